/// A stated rank, e.g. first in the province (全省第一).
public struct Rank: Sendable, Codable, Hashable {
    public var position: Int
    /// Where the ranking holds: "national", "provincial", "global", "city".
    public var scope: String

    public init(_ position: Int, in scope: String) {
        self.position = position
        self.scope = scope
    }

    public func label(_ language: Language) -> String {
        let zhScope = ["national": "全国", "provincial": "全省", "global": "全球", "city": "全市"][scope] ?? scope
        return language == .zh ? "\(zhScope)第\(position)" : "#\(position) \(scope)"
    }
}

/// One figure about a subject, as a source states it: value (or only a rank), qualifier, period, source, quote.
public struct Observation: Sendable, Codable, Hashable, Identifiable {
    /// A stable id, e.g. "gz-2020-5g-base-stations".
    public var id: String
    public var subject: Subject
    public var metricId: String
    /// The figure in the metric's base unit; nil where the source gives only a rank or a statement.
    public var quantity: Quantity?
    public var period: Period
    public var rank: Rank?
    public var sourceId: String
    /// The words of the source that state the figure.
    public var quote: String?
    /// A remark; "中文 / English" gives both languages.
    public var note: String?

    public init(
        id: String, subject: Subject, metricId: String, quantity: Quantity?, period: Period, rank: Rank? = nil,
        sourceId: String, quote: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.subject = subject
        self.metricId = metricId
        self.quantity = quantity
        self.period = period
        self.rank = rank
        self.sourceId = sourceId
        self.quote = quote
        self.note = note
    }

    /// The note in `language`, from the "中文 / English" convention.
    public func note(_ language: Language) -> String? {
        guard let note else { return nil }
        let halves = note.split(separator: " / ", maxSplits: 1).map(String.init)
        return language == .zh || halves.count == 1 ? halves[0] : halves[1]
    }
}
