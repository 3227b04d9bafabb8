/// A title an enterprise holds on the cultivation ladder, or a role such as chain leader (链主).
public enum DesignationKind: String, Sendable, Codable, CaseIterable {
    /// In the "两高四新" cultivation pool (high growth, high tech; new technology, industry, format, model).
    case cultivationPool = "cultivation-pool"
    /// Upgraded from small to above-designated-size (小升规) in the given year.
    case upgradedToAboveScale = "upgraded-to-above-scale"
    /// Above-designated-size industrial enterprise (规模以上工业企业).
    case aboveScale = "above-scale"
    /// Innovative SME (创新型中小企业).
    case innovativeSME = "innovative-sme"
    /// Specialised, refined, distinctive, novel SME (专精特新), usually provincial.
    case specialised
    /// National specialised "little giant" (专精特新"小巨人").
    case littleGiant = "little-giant"
    /// Hidden champion (隐形冠军).
    case hiddenChampion = "hidden-champion"
    /// National manufacturing single-item champion (制造业单项冠军).
    case singleChampion = "single-champion"
    /// Chain leader (链主) of an industrial chain.
    case chainLeader = "chain-leader"
    /// Hosts a manufacturing innovation centre (制造业创新中心).
    case innovationCentreHost = "innovation-centre-host"

    public var name: LocalizedText {
        switch self {
        case .cultivationPool: LocalizedText(zh: "两高四新", en: "high-growth pool")
        case .upgradedToAboveScale: LocalizedText(zh: "小升规", en: "upgraded to above-scale")
        case .aboveScale: LocalizedText(zh: "规模以上", en: "above designated size")
        case .innovativeSME: LocalizedText(zh: "创新型中小企业", en: "innovative SME")
        case .specialised: LocalizedText(zh: "专精特新", en: "specialised SME")
        case .littleGiant: LocalizedText(zh: "专精特新\u{201C}小巨人\u{201D}", en: "little giant")
        case .hiddenChampion: LocalizedText(zh: "隐形冠军", en: "hidden champion")
        case .singleChampion: LocalizedText(zh: "单项冠军", en: "single-item champion")
        case .chainLeader: LocalizedText(zh: "链主", en: "chain leader")
        case .innovationCentreHost: LocalizedText(zh: "创新中心承建", en: "innovation-centre host")
        }
    }

    /// Other spellings accepted on import, besides the code and the Chinese name.
    public var aliases: [String] {
        switch self {
        case .cultivationPool: ["两高四新企业库", "培育库"]
        case .aboveScale: ["规上", "规上企业", "规模以上工业企业"]
        case .littleGiant: ["小巨人", "专精特新小巨人"]
        case .singleChampion: ["制造业单项冠军", "国家制造业单项冠军"]
        case .innovationCentreHost: ["制造业创新中心"]
        default: []
        }
    }

    /// Finds a kind by its code, Chinese name or an alias.
    public init?(spelling: String) {
        guard let kind = Self.bySpelling[spelling] ?? Self.bySpelling[spelling.trimmingWhitespace()] else { return nil }
        self = kind
    }

    private static let bySpelling: [String: DesignationKind] = Dictionary(
        allCases.flatMap { kind in ([kind.rawValue, kind.name.zh] + kind.aliases).map { ($0, kind) } },
        uniquingKeysWith: { first, _ in first })

    /// The rungs of the cultivation ladder, bottom to top, as the funnel shows them.
    public static let ladder: [DesignationKind] = [
        .cultivationPool, .upgradedToAboveScale, .aboveScale, .specialised, .littleGiant, .singleChampion, .chainLeader,
    ]
}

/// The government level that grants a designation.
public enum DesignationLevel: String, Sendable, Codable, CaseIterable {
    case national, provincial, municipal, district

    public var name: LocalizedText {
        switch self {
        case .national: LocalizedText(zh: "国家级", en: "national")
        case .provincial: LocalizedText(zh: "省级", en: "provincial")
        case .municipal: LocalizedText(zh: "市级", en: "municipal")
        case .district: LocalizedText(zh: "区级", en: "district")
        }
    }

    /// Finds a level by its code or Chinese name.
    public init?(spelling: String) {
        guard let level = Self.allCases.first(where: { $0.rawValue == spelling || $0.name.zh == spelling }) else {
            return nil
        }
        self = level
    }
}

/// One designation an enterprise holds, with the year granted and the level where known.
public struct Designation: Sendable, Codable, Hashable {
    public var kind: DesignationKind
    public var year: Int?
    public var level: DesignationLevel?

    public init(_ kind: DesignationKind, year: Int? = nil, level: DesignationLevel? = nil) {
        self.kind = kind
        self.year = year
        self.level = level
    }

    /// The import/export spelling `KIND[:YEAR[:LEVEL]]`, e.g. `little-giant:2021:national`.
    public var token: String {
        var parts = [kind.rawValue]
        if year != nil || level != nil { parts.append(year.map(String.init) ?? "") }
        if let level { parts.append(level.rawValue) }
        return parts.joined(separator: ":")
    }
}
