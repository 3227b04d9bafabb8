/// The two languages Zhizao speaks: Chinese first, English second.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en

    /// The wording in this language, of two given side by side.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

/// A name or text in Chinese with an optional English alternative.
public struct LocalizedText: Sendable, Codable, Hashable {
    public var zh: String
    public var en: String?

    public init(zh: String, en: String? = nil) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`, falling back to Chinese when no English is given.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en ?? zh
        }
    }
}
