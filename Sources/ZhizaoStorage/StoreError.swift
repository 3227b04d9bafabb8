import ZhizaoCore

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
    /// The message in Chinese, where one is written (the review's): the command line speaks its user's language.
    public var messageZh: String?

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// An error said in both languages.
    public init(_ code: Code, zh: String, en: String) {
        self.init(code, en)
        messageZh = zh
    }

    /// The message in `language`: the English one where no Chinese is written.
    public func message(in language: Language) -> String { language == .zh ? messageZh ?? message : message }

    public var description: String { message }
}
