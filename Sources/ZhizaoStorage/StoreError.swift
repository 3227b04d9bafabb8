/// Something the store cannot do, with what to do about it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// The database file exists and would be overwritten.
        case exists
        /// A referenced record is not in the database.
        case notFound
        /// The database or a dataset file is not what Zhizao expects.
        case invalid
        /// The database holds changes that what would replace it (a backup) lacks.
        case newer
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
