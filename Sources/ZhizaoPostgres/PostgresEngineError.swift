import PostgresNIO

/// What went wrong in the PostgreSQL engine, with a message that says what to do.
public struct PostgresEngineError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The connection URL or a setting is malformed or unsafe (a password on the command line).
        case settings
        /// The server, its locale or its extensions cannot serve Zhizao as configured.
        case server
        /// A migration failed; the message names it.
        case migration
        /// The pool gave a connection that had closed already (retried on another; see ``PostgresEngine/open(_:)``).
        case lostConnection
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension PostgresEngineError {
    /// What PostgreSQL said about `error`, for a person (PostgresNIO's own description hides it): the server's message
    /// and SQLSTATE, its detail and hint, and for a statement timeout how to lift it; nil when `error` is not
    /// PostgreSQL's.
    public static func serverMessage(_ error: any Error) -> String? {
        guard let error = error as? PSQLError else { return nil }
        guard let info = error.serverInfo, let message = info[.message] else { return "PostgreSQL: \(error.code)" }
        var lines = ["PostgreSQL: \(message)" + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")]
        if let detail = info[.detail] { lines.append(detail) }
        if let hint = info[.hint] { lines.append(hint) }
        if info[.sqlState] == "57014" {
            lines.append(
                "语句超过了 statement_timeout；可在 --db 的地址后加 ?statement_timeout=毫秒数（0 为不限）。"
                    + " / The statement ran past statement_timeout; add ?statement_timeout=MILLISECONDS to the --db URL (0: no limit).")
        }
        return lines.joined(separator: "\n")
    }
}
