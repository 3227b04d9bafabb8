/// What kind of record a name is looked up among.
public enum NameKind: String, Sendable, CaseIterable {
    case cluster, place, district, park, designation, enterprise, chainLink

    public var name: LocalizedText {
        switch self {
        case .cluster: LocalizedText(zh: "产业集群", en: "cluster")
        case .place: LocalizedText(zh: "地区或园区", en: "place")
        case .district: LocalizedText(zh: "区", en: "district")
        case .park: LocalizedText(zh: "园区", en: "park or zone")
        case .designation: LocalizedText(zh: "企业认定", en: "designation")
        case .enterprise: LocalizedText(zh: "企业", en: "enterprise")
        case .chainLink: LocalizedText(zh: "产业链环节", en: "chain link")
        }
    }
}

/// What a name was found to stand for.
public enum NameResolution: Sendable, Equatable {
    /// One record.
    case found(NameResolver.Entry)
    /// Several records, none more likely than the others.
    case ambiguous(text: String, candidates: [NameResolver.Entry])
    /// No record; the nearest ones, perhaps none.
    case unknown(text: String, suggestions: [NameResolver.Entry])

    public var entry: NameResolver.Entry? {
        if case .found(let entry) = self { return entry }
        return nil
    }

    /// The records to offer instead: an ambiguous name's candidates, an unknown one's suggestions.
    public var alternatives: [NameResolver.Entry] {
        switch self {
        case .found: []
        case .ambiguous(_, let candidates): candidates
        case .unknown(_, let suggestions): suggestions
        }
    }

    /// What is wrong with the name and what to write instead, in both languages; nil when one record was found.
    public func problem(_ kind: NameKind) -> LocalizedText? {
        let zhNames = alternatives.map { "\u{201C}\($0.name.zh)\u{201D}" }.joined(separator: "、")
        let enNames = alternatives.map { "\"\($0.name.en ?? $0.name.zh)\" (\($0.id))" }.joined(separator: ", ")
        switch self {
        case .found:
            return nil
        case .ambiguous(let text, _):
            return LocalizedText(
                zh: "\u{201C}\(text)\u{201D}可指多个\(kind.name.zh)：\(zhNames)。请写出其中一个的全称。",
                en: "\"\(text)\" could be several \(kind.name.en!)s: \(enNames). Write one of them in full.")
        case .unknown(let text, let suggestions):
            if suggestions.isEmpty {
                return LocalizedText(
                    zh: "没有名为\u{201C}\(text)\u{201D}的\(kind.name.zh)。",
                    en: "No \(kind.name.en!) is named \"\(text)\".")
            }
            return LocalizedText(
                zh: "没有名为\u{201C}\(text)\u{201D}的\(kind.name.zh)。是否要找：\(zhNames)？",
                en: "No \(kind.name.en!) is named \"\(text)\". Did you mean \(enNames)?")
        }
    }
}
