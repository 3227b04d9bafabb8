/// A workbook that cannot be read, with what went wrong in Chinese and English.
public struct SheetError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// Not a ZIP archive, or a part of it is damaged.
        case notAWorkbook
        /// A part the workbook needs is missing or malformed.
        case malformed
        /// The sheet asked for does not exist.
        case noSuchSheet
    }

    public var code: Code
    public var english: String
    public var chinese: String

    public init(_ code: Code, english: String, chinese: String) {
        self.code = code
        self.english = english
        self.chinese = chinese
    }

    public var description: String { english }
}
