/// A government programme with a time frame, e.g. the city's 14th Five-Year Plan for manufacturing.
public struct Programme: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var placeId: String
    public var period: Period
    /// Named strands or brands of the programme, e.g. 强主体, 抓创新, 蓄后劲.
    public var strands: [LocalizedText]
    public var sourceId: String?

    public init(
        id: String, name: LocalizedText, placeId: String, period: Period, strands: [LocalizedText] = [],
        sourceId: String? = nil
    ) {
        self.id = id
        self.name = name
        self.placeId = placeId
        self.period = period
        self.strands = strands
        self.sourceId = sourceId
    }
}

/// A target: a subject's metric to reach a value (or tier) by a deadline, or a count of clusters at a tier.
public struct Target: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var programmeId: String?
    public var subject: Subject
    public var metricId: String
    /// The value to reach in the metric's unit; nil where the source states only a tier or nothing countable.
    public var quantity: Quantity?
    /// The tier to reach (for an output target) or the tier the counted clusters must be at.
    public var tier: OutputTier?
    /// The year by which it is to be reached, where stated.
    public var deadline: Int?
    public var description: LocalizedText
    public var sourceId: String

    public init(
        id: String, programmeId: String? = nil, subject: Subject, metricId: String, quantity: Quantity? = nil,
        tier: OutputTier? = nil, deadline: Int? = nil, description: LocalizedText, sourceId: String
    ) {
        self.id = id
        self.programmeId = programmeId
        self.subject = subject
        self.metricId = metricId
        self.quantity = quantity
        self.tier = tier
        self.deadline = deadline
        self.description = description
        self.sourceId = sourceId
    }

    /// The value the target asks for: its stated quantity, else its tier's threshold.
    public var goal: Double? {
        quantity?.value ?? tier?.threshold
    }
}
