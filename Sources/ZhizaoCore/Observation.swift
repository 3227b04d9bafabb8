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
    /// Actual or forecast; a forecast is shown as one and never counted as an actual.
    public var kind: ObservationKind
    public var rank: Rank?
    public var sourceId: String
    /// The words of the source that state the figure.
    public var quote: String?
    /// A remark; "中文 / English" gives both languages.
    public var note: String?

    public init(
        id: String, subject: Subject, metricId: String, quantity: Quantity?, period: Period,
        kind: ObservationKind = .actual, rank: Rank? = nil, sourceId: String, quote: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.subject = subject
        self.metricId = metricId
        self.quantity = quantity
        self.period = period
        self.kind = kind
        self.rank = rank
        self.sourceId = sourceId
        self.quote = quote
        self.note = note
    }

    /// The note in `language`, from the "中文 / English" convention.
    public func note(_ language: Language) -> String? {
        note.map { LocalizedText(pair: $0).text(language) }
    }
}

extension Observation {
    private enum CodingKeys: String, CodingKey {
        case id, subject, metricId, quantity, period, kind, rank, sourceId, quote, note
    }

    /// Decodes an observation; `kind` may be missing (the built-in dataset states actuals) and reads as actual.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), subject: try c.decode(Subject.self, forKey: .subject),
            metricId: try c.decode(String.self, forKey: .metricId),
            quantity: try c.decodeIfPresent(Quantity.self, forKey: .quantity),
            period: try c.decode(Period.self, forKey: .period),
            kind: try c.decodeIfPresent(ObservationKind.self, forKey: .kind) ?? .actual,
            rank: try c.decodeIfPresent(Rank.self, forKey: .rank), sourceId: try c.decode(String.self, forKey: .sourceId),
            quote: try c.decodeIfPresent(String.self, forKey: .quote), note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    /// Whether the figure is an actual for exactly one whole calendar year: what annual output, tiers and
    /// target paths count. A part-year figure (1–9月) or a forecast never is.
    public var isAnnualActual: Bool {
        kind == .actual && quantity != nil && period.calendarYear != nil
    }

    /// Whether the figure is an actual from 1 January to a day before 31 December of one year (1–9月, 上半年).
    public var isYearToDate: Bool {
        kind == .actual && period.isYearToDate
    }

    /// What a reader must know before taking the figure for an actual of a whole period: 预计 for a forecast,
    /// 年初至今 for a year to date.
    public var marks: [LocalizedText] {
        (kind == .forecast ? [kind.name] : []) + (isYearToDate ? [Period.yearToDateName] : [])
    }
}
