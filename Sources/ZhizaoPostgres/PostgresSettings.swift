import Foundation

/// Where and how to reach a PostgreSQL database: read from a `postgres://user@host:port/db` URL.
///
/// - A Unix-domain socket is given by a percent-encoded path as the host (`postgres://zhizao@%2Ftmp%2Fpg/zhizao`)
///   or by `?host=/tmp/pg`, as libpq accepts; the socket file is `DIRECTORY/.s.PGSQL.PORT`.
/// - The password never comes from the URL (it would show in `ps` and shell histories): `PGPASSWORD`, else the
///   `.pgpass` file (``PGPassFile``). A URL with a password is refused.
/// - Query parameters: `pool_size` (connections, default 8), `statement_timeout` (milliseconds, default 30,000;
///   0 for none), `connect_timeout` (seconds, default 10), `retries` (attempts after the first on a serialization
///   failure or lost connection, default 3).
public struct PostgresSettings: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The directory holding the socket and the port that names it.
        case socket(directory: String, port: Int)
    }

    public var endpoint: Endpoint
    public var user: String
    public var database: String
    public var password: String?
    public var poolSize = 8
    /// Milliseconds a statement may run before the server cancels it; 0 for no limit.
    public var statementTimeoutMilliseconds = 30_000
    public var connectTimeoutSeconds = 10
    public var retries = 3

    public var port: Int {
        switch endpoint {
        case .tcp(_, let port), .socket(_, let port): port
        }
    }

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads `url`, taking the password from `environment` (`PGPASSWORD`) or the `.pgpass` file it names.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let schemeEnd = url.range(of: "://"), Self.isURL(url) else {
            throw PostgresEngineError(.settings, "\(url) is not a postgres://user@host:port/database URL")
        }
        let rest = url[schemeEnd.upperBound...]
        let (beforeQuery, query) = Self.split(rest, at: "?")
        let (authority, path) = Self.split(beforeQuery, at: "/")
        var parameters: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let (name, value) = Self.split(pair, at: "=")
            parameters[Self.decode(name)] = Self.decode(value ?? "")
        }
        var hostPort = Substring(authority)
        var user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            if credentials.contains(":") {
                throw PostgresEngineError(
                    .settings,
                    "the database URL holds a password, which would show in the process list and shell history: "
                        + "remove it and set PGPASSWORD or write it in ~/.pgpass (hostname:port:database:username:password)")
            }
            user = Self.decode(credentials)
            hostPort = authority[authority.index(after: at)...]
        }
        var host = hostPort
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":"), !hostPort[colon...].contains("]") {
            guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(number) else {
                throw PostgresEngineError(.settings, "the port in \(url) is not a number from 1 to 65535")
            }
            port = number
            host = hostPort[..<colon]
        }
        if let portParameter = parameters["port"] {
            guard let number = Int(portParameter) else { throw PostgresEngineError(.settings, "port=\(portParameter) is not a number") }
            port = number
        }
        let hostText = parameters["host"] ?? Self.decode(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
        if hostText.hasPrefix("/") {
            endpoint = .socket(directory: hostText, port: port)
        } else {
            endpoint = .tcp(host: hostText.isEmpty ? "localhost" : hostText, port: port)
        }
        self.user = user
        database = path.map(Self.decode).flatMap { $0.isEmpty ? nil : $0 } ?? user
        poolSize = try Self.number(parameters, "pool_size", default: poolSize, in: 1...1000)
        statementTimeoutMilliseconds = try Self.number(
            parameters, "statement_timeout", default: statementTimeoutMilliseconds, in: 0...86_400_000)
        connectTimeoutSeconds = try Self.number(parameters, "connect_timeout", default: connectTimeoutSeconds, in: 1...3600)
        retries = try Self.number(parameters, "retries", default: retries, in: 0...20)
        let hostForPassword: String? = if case .tcp(let host, _) = endpoint { host } else { nil }
        password =
            environment["PGPASSWORD"]
            ?? PGPassFile.load(environment: environment)?.password(host: hostForPassword, port: port, database: database, user: user)
    }

    /// The URL without any secret, for logs and messages.
    public var redacted: String {
        switch endpoint {
        case .tcp(let host, let port): "postgres://\(user)@\(host):\(port)/\(database)"
        case .socket(let directory, let port): "postgres://\(user)@:\(port)/\(database)?host=\(directory)"
        }
    }

    private static func number(_ parameters: [String: String], _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = parameters[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw PostgresEngineError(.settings, "\(name)=\(text) in the database URL is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    private static func split<S: StringProtocol>(_ text: S, at separator: Character) -> (S.SubSequence, S.SubSequence?) {
        guard let index = text.firstIndex(of: separator) else { return (text[...], nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    private static func decode<S: StringProtocol>(_ text: S) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}
