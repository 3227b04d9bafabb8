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
