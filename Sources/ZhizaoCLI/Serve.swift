import ArgumentParser
import Dispatch
#if canImport(Glibc)
    import Glibc
#endif
import ZhizaoWeb

extension Zhizao {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the dashboard and the JSON API (creates the database with the built-in dataset when missing).")

        @OptionGroup var options: DatabaseOptions

        @Option(help: "Address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "Port to listen on.")
        var port = 8080

        @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
        var logLevel = "info"

        @Flag(help: "Require signing in to read the dashboard and the API too (writes always require it).")
        var requireLogin = false

        @Flag(help: "Mark session cookies Secure: the server is reached over HTTPS, e.g. behind a TLS proxy.")
        var behindTLS = false

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
            let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
            guard levels.contains(logLevel) else { throw ValidationError("--log-level must be one of \(levels.joined(separator: ", "))") }
        }

        func run() throws {
            let database = try options.open()
            let configuration = ServerConfiguration(
                host: host, port: port, logLevel: logLevel, readNeedsLogin: requireLogin, secureCookies: behindTLS)
            if !configuration.isLoopback, try !database.hasAdmin() {
                throw Refusal(
                    "--host \(host) opens the dashboard to the network, and \(options.db) has no admin account to manage who may write. "
                        + "Add one first: zhizao user add NAME --role admin --db \(options.db)")
            }
            let app = buildApplication(configuration: configuration, database: database)
            print("智造 Zhizao: open http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/ (database \(options.db)); Ctrl-C stops.")
            fflush(nil)  // all streams: the address shows at once in logs, not at exit
            try waitFor { try await app.runService() }
        }
    }
}

/// Runs `work` to its end from synchronous code: the command line stays synchronous, the server is async.
private func waitFor(_ work: @escaping @Sendable () async throws -> Void) throws {
    final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { try await work() } catch { outcome.error = error }
        done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
}
