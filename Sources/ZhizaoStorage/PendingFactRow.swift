import ReportReader
import ZhizaoCore

/// A `pendingFact` row as both engines store it, column for column: each engine reads its row into this and
/// ``pendingFact`` builds the value the same way. Rows read before SQLite's v5 have their words in `subjectText`
/// and `metricText` and are levels.
public struct PendingFactRow: Sendable {
    /// The table's columns in the order both engines hold them (what an audit entry's before and after list).
    public static let columns = [
        "id", "documentId", "value", "unit", "qualifier", "direction", "subjectText", "metricText", "periodStart", "periodEnd",
        "asOf", "quote", "spanStart", "spanEnd", "occurrences", "subject", "metricId", "status", "observationId", "spans", "holder",
        "holderWritten", "measure", "kind", "basis", "subjectReason", "metricReason", "proposalId", "targetId",
    ]

    public var id: Int64
    public var documentId: Int64
    public var value: Double
    public var unit: String
    public var qualifier: String
    public var direction: String?
    public var subjectText: String?
    public var metricText: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var asOf: String?
    public var quote: String
    public var spanStart: Int
    public var spanEnd: Int
    public var occurrences: Int
    public var subject: String?
    public var metricId: String?
    public var status: String
    public var observationId: String?
    public var spans: String?
    public var holder: String?
    public var holderWritten: String?
    public var measure: String?
    public var kind: String?
    public var basis: String?
    public var subjectReason: String?
    public var metricReason: String?
    public var proposalId: Int64?
    public var targetId: String?

    public init(
        id: Int64, documentId: Int64, value: Double, unit: String, qualifier: String, direction: String?, subjectText: String?,
        metricText: String?, periodStart: String?, periodEnd: String?, asOf: String?, quote: String, spanStart: Int, spanEnd: Int,
        occurrences: Int, subject: String?, metricId: String?, status: String, observationId: String?, spans: String?,
        holder: String?, holderWritten: String?, measure: String?, kind: String?, basis: String?, subjectReason: String?,
        metricReason: String?, proposalId: Int64?, targetId: String?
    ) {
        self.id = id
        self.documentId = documentId
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.direction = direction
        self.subjectText = subjectText
        self.metricText = metricText
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.asOf = asOf
        self.quote = quote
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.occurrences = occurrences
        self.subject = subject
        self.metricId = metricId
        self.status = status
        self.observationId = observationId
        self.spans = spans
        self.holder = holder
        self.holderWritten = holderWritten
        self.measure = measure
        self.kind = kind
        self.basis = basis
        self.subjectReason = subjectReason
        self.metricReason = metricReason
        self.proposalId = proposalId
        self.targetId = targetId
    }

    /// The pending fact this row holds, without its duplicate (which needs the observations).
    public var pendingFact: PendingFact {
        let period: Period? =
            periodStart == nil && periodEnd == nil && asOf == nil ? nil : Period(start: periodStart, end: periodEnd, asOf: asOf)
        var fact = Fact(
            value: value, unit: unit, qualifier: Qualifier(rawValue: qualifier) ?? .exact, direction: direction,
            holder: holder ?? subjectText, holderWritten: holderWritten, measure: measure ?? metricText,
            kind: kind.flatMap(FactKind.init) ?? .level, basis: basis, period: period, quote: quote, span: spanStart..<spanEnd,
            occurrences: occurrences)
        if let spans = spans.flatMap(FactReview.spans) { fact.spans = spans }
        return PendingFact(
            id: id, documentId: documentId, fact: fact, subject: subject.flatMap(Subject.init),
            subjectReason: subjectReason.flatMap(MatchReason.init), metricId: metricId,
            metricReason: metricReason.flatMap(MatchReason.init), proposalId: proposalId,
            status: PendingFact.Status(rawValue: status) ?? .pending, observationId: observationId, targetId: targetId)
    }
}

extension MetricProposal {
    /// A `metricProposal` row as both engines store it, with `waiting` pending facts.
    public init(
        id: Int64, nameZh: String, unit: String, kind: String, topic: String, suggestedId: String?, growthOf: String?,
        status: String, metricId: String?, waiting: Int
    ) {
        self.init(
            id: id,
            metric: ProposedMetric(
                nameZh: nameZh, unit: unit, kind: MetricKind(rawValue: kind) ?? .flow, topic: MetricTopic(rawValue: topic) ?? .clusters,
                suggestedId: suggestedId, growthOf: growthOf),
            status: PendingFact.Status(rawValue: status) ?? .pending, metricId: metricId, pendingFacts: waiting)
    }
}
