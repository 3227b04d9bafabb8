/// Why a copy was refused or undone, with a message that says what to do. The target is as it was.
public struct CopyError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The target holds data and `--force` was not given.
        case notEmpty
        /// Source and target do not have the same tables and columns.
        case schema
        /// A table's rows or checksum differ after the copy.
        case verification
        /// The source or target cannot be opened as given.
        case location
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
