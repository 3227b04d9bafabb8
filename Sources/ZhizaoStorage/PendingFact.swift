import ReportReader
import ZhizaoCore

/// A fact the reader found, as stored for review: what the reader read (with the reviewer's edits), what it was
/// matched to and why, and what became of it.
public struct PendingFact: Sendable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case pending, accepted, rejected

        public var name: LocalizedText {
            switch self {
            case .pending: LocalizedText(zh: "待审核", en: "pending")
            case .accepted: LocalizedText(zh: "已采纳", en: "accepted")
            case .rejected: LocalizedText(zh: "已驳回", en: "rejected")
            }
        }
    }

    public var id: Int64
    public var documentId: Int64
    /// Holder, measure, kind, basis, value and period as read, or as the reviewer corrected them.
    public var fact: Fact
    /// The database subject suggested for the holder ("cluster:auto"), nil when none fits.
    public var subject: Subject?
    public var subjectReason: MatchReason?
    public var metricId: String?
    public var metricReason: MatchReason?
    /// The metric proposed for the measure when the catalogue has none.
    public var proposalId: Int64?
    public var status: Status
    /// The observation an accepted fact became.
    public var observationId: String?
    /// The target an accepted goal became.
    public var targetId: String?
    /// An observation of the record with the same subject, metric, value, period and kind: accepting the fact
    /// would state it twice.
    public var duplicateOf: String?

    /// Whether the reviewer may accept the fact as it stands, with others at once: matched to a subject and a
    /// metric, dated (unless a goal or an expectation), not already in the record, and its subject read from its
    /// words, not from the document's place nor taken as the city for want of one.
    public var isConfident: Bool {
        subject != nil && metricId != nil && duplicateOf == nil && subjectReason != .document && subjectReason != .assumedCity && !needsPeriod
    }

    /// Whether the fact is an actual that says no period: it cannot be accepted until given one (a goal or an
    /// expectation may have none: 建成后可新增产值10亿元).
    public var needsPeriod: Bool { fact.period == nil && fact.kind != .target && fact.kind != .forecast }

    /// A fact kind's name in both languages.
    public static func name(of kind: FactKind) -> LocalizedText {
        LocalizedText(zh: kind.label, en: kind.rawValue)
    }

    public init(id: Int64, documentId: Int64, fact: Fact, subject: Subject? = nil, subjectReason: MatchReason? = nil, metricId: String? = nil, metricReason: MatchReason? = nil, proposalId: Int64? = nil, status: Status, observationId: String? = nil, targetId: String? = nil, duplicateOf: String? = nil) {
        self.id = id
        self.documentId = documentId
        self.fact = fact
        self.subject = subject
        self.subjectReason = subjectReason
        self.metricId = metricId
        self.metricReason = metricReason
        self.proposalId = proposalId
        self.status = status
        self.observationId = observationId
        self.targetId = targetId
        self.duplicateOf = duplicateOf
    }
}

/// An ingested document with its text.
public struct Document: Sendable, Identifiable {
    public var id: Int64
    public var sourceId: String
    public var title: String
    public var date: String?
    public var file: String?
    public var text: String
    /// SHA-256 of the text, 64 hex digits.
    public var contentHash: String?

    public init(id: Int64, sourceId: String, title: String, date: String? = nil, file: String? = nil, text: String, contentHash: String? = nil) {
        self.id = id
        self.sourceId = sourceId
        self.title = title
        self.date = date
        self.file = file
        self.text = text
        self.contentHash = contentHash
    }
}

/// What ingesting a text did.
public enum IngestOutcome: Sendable, Equatable {
    /// The text was stored as this document, its facts pending review.
    case stored(documentId: Int64)
    /// This document already holds the same text (same SHA-256); nothing was stored.
    case alreadyStored(documentId: Int64)

    public var documentId: Int64 {
        switch self {
        case .stored(let id), .alreadyStored(let id): id
        }
    }
}

/// A reviewer's corrections of a pending fact; nil fields keep what is stored. A new holder or measure is matched
/// again unless a subject or metric is given too.
public struct FactEdit: Sendable {
    public var subject: Subject?
    public var metricId: String?
    public var holder: String?
    public var measure: String?
    public var kind: FactKind?
    public var value: Double?
    public var period: Period?

    public init(
        subject: Subject? = nil, metricId: String? = nil, holder: String? = nil, measure: String? = nil,
        kind: FactKind? = nil, value: Double? = nil, period: Period? = nil
    ) {
        self.subject = subject
        self.metricId = metricId
        self.holder = holder
        self.measure = measure
        self.kind = kind
        self.value = value
        self.period = period
    }

    public var isEmpty: Bool {
        subject == nil && metricId == nil && holder == nil && measure == nil && kind == nil && value == nil && period == nil
    }
}

/// What an accepted fact became: an observation (actual or forecast) or a target.
public enum AcceptedRecord: Sendable, Equatable {
    case observation(String)
    case target(String)
}

/// A metric proposed for a measure the catalogue lacks, with the number of facts waiting for it.
public struct MetricProposal: Sendable, Identifiable {
    public var id: Int64
    public var metric: ProposedMetric
    public var status: PendingFact.Status
    /// The metric it became, once accepted.
    public var metricId: String?
    public var pendingFacts: Int

    public init(id: Int64, metric: ProposedMetric, status: PendingFact.Status, metricId: String? = nil, pendingFacts: Int) {
        self.id = id
        self.metric = metric
        self.status = status
        self.metricId = metricId
        self.pendingFacts = pendingFacts
    }
}

/// The fields of a metric a reviewer accepts from a proposal; nil fields take the proposal's.
public struct MetricAcceptance: Sendable {
    public var id: String?
    public var nameZh: String?
    public var nameEn: String?
    public var unit: String?
    public var kind: MetricKind?
    public var topic: MetricTopic?

    public init(
        id: String? = nil, nameZh: String? = nil, nameEn: String? = nil, unit: String? = nil, kind: MetricKind? = nil,
        topic: MetricTopic? = nil
    ) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.unit = unit
        self.kind = kind
        self.topic = topic
    }
}
