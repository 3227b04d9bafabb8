extension IndustryClassification {
    /// A division, group or class as plain text in a language: "3670 汽车零部件及配件制造"; in English its
    /// division's English name (our translation, ``IndustryDivisionNames``) with the Chinese name of a group or
    /// class beside it, "3670 Automobiles (汽车零部件及配件制造)". For terminals and files.
    public func label(_ code: String, _ language: Language) -> String {
        guard let entry = entry(code) else { return code }
        let name = entry.name.trimmingWhitespace()
        guard language == .en, let english = IndustryDivisionNames.english[String(code.prefix(2))] else {
            return "\(code) \(name)"
        }
        return entry.level == .division ? "\(code) \(english)" : "\(code) \(english) (\(name))"
    }

    /// The name of an industry level in a language: 大类, 中类, 小类.
    public static func levelName(_ level: Level, _ language: Language) -> String {
        switch level {
        case .section: language.pick("门类", "section")
        case .division: language.pick("大类", "division")
        case .group: language.pick("中类", "group")
        case .class: language.pick("小类", "class")
        }
    }
}
