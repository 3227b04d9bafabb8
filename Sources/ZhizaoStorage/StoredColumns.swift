import ZhizaoCore

/// Domain values from the columns every engine stores them in, where reading them is more than taking a column:
/// a default, a choice among columns, a split list. Each engine reads its columns and builds the value here.
public enum StoredColumns {
    /// A quantity from its three columns: none without a value; an unknown or missing qualifier is exact.
    public static func quantity(value: Double?, qualifier: String?, stated: String?) -> Quantity? {
        value.map { Quantity($0, qualifier.flatMap(Qualifier.init(rawValue:)) ?? .exact, stated: stated) }
    }

    /// The subject of a row from its four subject columns (exactly one set), the enterprise given by slug or USCC.
    public static func subject(placeId: String?, clusterId: String?, projectId: String?, enterpriseRef: String?) -> Subject {
        if let placeId { return .place(placeId) }
        if let clusterId { return .cluster(clusterId) }
        if let projectId { return .project(projectId) }
        return .enterprise(enterpriseRef ?? "")
    }

    /// A rank from its two columns: none without a position; a rank without a scope is national.
    public static func rank(position: Int?, scope: String?) -> Rank? {
        position.map { Rank($0, in: scope ?? "national") }
    }

    /// Text in two languages where the Chinese may be absent (a description, a project's scope).
    public static func optionalText(zh: String?, en: String?) -> LocalizedText? {
        zh.map { LocalizedText(zh: $0, en: en) }
    }

    /// A metric's synonyms from the column that keeps them joined by `;`.
    public static func synonyms(_ column: String?) -> [String] {
        column.map { $0.split(separator: ";").map(String.init) } ?? []
    }
}
