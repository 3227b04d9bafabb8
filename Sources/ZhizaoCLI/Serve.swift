import ArgumentParser
import Dispatch
#if canImport(Glibc)
    import Glibc
#endif
import ZhizaoCore
import ZhizaoWeb

extension Zhizao {
    struct Serve: AsyncParsableCommand {
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

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let l = language.current
            let database = try await options.storage(l)
            let configuration = ServerConfiguration(
                host: host, port: port, logLevel: logLevel, readNeedsLogin: requireLogin, secureCookies: behindTLS)
            if !configuration.isLoopback, try await !database.hasAdmin() {
                throw Refusal(
                    l,
                    "--host \(host) 会把看板开放到网络上，而数据库 \(options.db) 还没有管理员账号来管理谁可以写入。"
                        + "请先添加一个：zhizao user add 用户名 --role admin --db \(options.db)",
                    "--host \(host) opens the dashboard to the network, and \(options.db) has no admin account to manage who may write. "
                        + "Add one first: zhizao user add NAME --role admin --db \(options.db)")
            }
            if let refusal = Self.refusal(PortProbe.probe(host: host, port: port), host: host, port: port, l) { throw refusal }
            let app = buildApplication(configuration: configuration, database: database)
            let address = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)/"
            print(l.pick("智造 Zhizao：请打开 \(address)（数据库 \(options.db)）；按 Ctrl-C 停止。",
                "智造 Zhizao: open \(address) (database \(options.db)); Ctrl-C stops."))
            fflush(nil)  // all streams: the address shows at once in logs, not at exit
            try await app.runService()
        }

        /// What to say when the server cannot listen on `host`:`port`; nil when it can.
        static func refusal(_ outcome: PortProbe.Outcome, host: String, port: Int, _ l: Language) -> Refusal? {
            switch outcome {
            case .free:
                return nil
            case .inUse:
                return Refusal(
                    l, "端口 \(port) 已被占用（也许另一个 zhizao serve 正在运行）：请停止占用它的程序，或用 --port 换一个端口，例如 --port \(port + 1)。",
                    "Port \(port) is already in use (perhaps by another zhizao serve): stop the program that holds it, "
                        + "or choose another port with --port, e.g. --port \(port + 1).")
            case .forbidden:
                return Refusal(
                    l, "端口 \(port) 低于 1024，需要管理员权限：请用 --port 选择 1024 以上的端口，例如 --port 8080。",
                    "Port \(port) is below 1024 and needs administrator rights: choose a port above 1024 with --port, e.g. --port 8080.")
            case .notLocal:
                return Refusal(
                    l, "地址 \(host) 不是本机的地址：请用 --host 指定本机地址，例如 127.0.0.1（仅本机）或 0.0.0.0（所有网卡）。",
                    "\(host) is no address of this machine: give one of its addresses with --host, e.g. 127.0.0.1 (this machine only) "
                        + "or 0.0.0.0 (every interface).")
            case .unknownHost:
                return Refusal(
                    l, "无法解析地址 \(host)：请用 --host 指定本机地址，例如 127.0.0.1。",
                    "\(host) is neither an address nor a name that resolves: give one with --host, e.g. 127.0.0.1.")
            case .failed(let code):
                let reason = String(cString: strerror(code))
                return Refusal(
                    l, "无法在 \(host):\(port) 上监听（\(reason)）：请用 --host 与 --port 指定其他地址或端口。",
                    "Cannot listen on \(host):\(port) (\(reason)): give another address or port with --host and --port.")
            }
        }
    }
}
