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

extension LocalizedText {
    /// A text written as "中文 / English" (the dataset's notes and publishers), or one language alone, which then
    /// stands for both.
    public init(pair text: String) {
        let halves = text.split(separator: " / ", maxSplits: 1).map(String.init)
        self.init(zh: halves[0], en: halves.count == 2 ? halves[1] : nil)
    }
}

extension Language {
    /// The language a text is written in, by its letters: Chinese when Han characters are at least a third as many
    /// as Latin letters, English when it has Latin letters otherwise, nil for digits and signs alone.
    public static func of(_ text: String) -> Language? {
        var han = 0, latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3400...0x9FFF, 0xF900...0xFAFF: han += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        if han > 0 && han * 3 >= latin { return .zh }
        return latin > 0 ? .en : nil
    }

    /// True when `text` has a character of Chinese script (Han characters or full-width punctuation).
    public static func hasChineseScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }
}
