import ZhizaoCore

/// Why ingest suggested a subject or a metric for a fact, shown to the reviewer beside the suggestion.
public enum MatchReason: String, Sendable, CaseIterable {
    /// The words are the name of the place, cluster, firm or metric.
    case name = "name match"
    /// The words contain the name (花都区政府 → 花都区).
    case contained = "name contained"
    /// An industry the words name is a cluster's (新一代信息技术产业 → the cluster 新一代信息技术).
    case cluster = "industry names a cluster"
    /// A generic place word the reader could not resolve, read as the database's city (全市).
    case city = "city word"
    /// No holder written: the place the document is about (its title, first lines or `--place`).
    case document = "document's place"
    /// 全市, or an industry with no place, in a document that names no place: taken as the database's city, which
    /// the reviewer must confirm (a bulletin of another city says 全市 too).
    case assumedCity = "city assumed"
    /// The measure is one of the metric's other names (规上工业增加值 → 增加值).
    case synonym
    /// A change in % of a measure: that metric's growth metric.
    case growth = "growth of the measure"
    /// A rank of a measure: that metric's rank.
    case rank = "rank of the measure"
    /// A proposed metric the reviewer accepted.
    case proposal = "proposed metric accepted"
    /// Set by the reviewer.
    case reviewer = "set by the reviewer"

    public var name: LocalizedText {
        switch self {
        case .name: LocalizedText(zh: "名称一致", en: "name match")
        case .contained: LocalizedText(zh: "包含名称", en: "name contained")
        case .cluster: LocalizedText(zh: "产业对应集群", en: "industry names a cluster")
        case .city: LocalizedText(zh: "泛指全市", en: "city word")
        case .document: LocalizedText(zh: "未写主体，取文档所述地区", en: "no holder written: the document's place")
        case .assumedCity: LocalizedText(zh: "文档未写地区，按本市计，请核对", en: "the document names no place: taken as the city, to be checked")
        case .synonym: LocalizedText(zh: "同义名称", en: "synonym")
        case .growth: LocalizedText(zh: "该指标的增速", en: "growth of the measure")
        case .rank: LocalizedText(zh: "该指标的排名", en: "rank of the measure")
        case .proposal: LocalizedText(zh: "已采纳的新增指标", en: "proposed metric accepted")
        case .reviewer: LocalizedText(zh: "审核人指定", en: "set by the reviewer")
        }
    }
}

/// A suggestion and why it was made.
public struct Match<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var reason: MatchReason

    public init(_ value: Value, _ reason: MatchReason) {
        self.value = value
        self.reason = reason
    }
}
