import Foundation
import ZhizaoCore

/// What a database holds that a report's facts are filed under: its places, clusters, firms known by name only
/// (no USCC), and metric catalogue.
public struct FilingCatalogue: Sendable {
    public var places: [Place]
    public var clusters: [Cluster]
    public var firms: [(name: String, ref: String)]
    public var metrics: [Metric]

    public init(places: [Place], clusters: [Cluster], firms: [(name: String, ref: String)], metrics: [Metric]) {
        self.places = places
        self.clusters = clusters
        self.firms = firms
        self.metrics = metrics
    }
}

/// A fact with the subject its holder names and the metric its measure is, or the metric proposed for it.
public struct FiledFact: Sendable {
    public var fact: Fact
    public var subject: Match<Subject>?
    public var metric: Match<String>?
    public var proposal: ProposedMetric?
}

/// A report read for the review queue: its text's hash, the place it is about, and its facts filed.
public struct ReadDocument: Sendable {
    public var title: String
    public var date: String?
    public var file: String?
    public var text: String
    /// The SHA-256 of the text as read (``contentHash(_:)``).
    public var contentHash: String
    public var facts: [FiledFact]
}

/// Files facts under a catalogue: each holder matched to a subject, each measure to a metric or a proposed one.
/// Engine-neutral: a storage engine supplies the catalogue and stores what this decides.
public struct FactFiling: Sendable {
    public let subjects: SubjectMatcher
    public let metrics: MetricMatcher

    public init(_ catalogue: FilingCatalogue) {
        subjects = SubjectMatcher(places: catalogue.places, clusters: catalogue.clusters, firms: catalogue.firms)
        metrics = MetricMatcher(metrics: catalogue.metrics)
    }

    /// Reads `text` (the reader's facts, 全区 and 全市 resolved to `place` or the place the text names) and files
    /// its facts. A document given no date keeps the one its text gives near its start (2023年10月20日 → 2023-10-20).
    public func read(text: String, title: String, date: String?, file: String?, place: String?) -> ReadDocument {
        let documentPlace = FactExtractor.documentPlace(text, place: place)
        let facts = FactExtractor.extract(text, date: date, place: place).map { f in
            let metric = metric(f)
            return FiledFact(
                fact: f, subject: subjects.subject(f.holder, documentPlace: documentPlace), metric: metric,
                proposal: metric == nil ? proposal(f) : nil)
        }
        let written = FactExtractor.documentDate(text).map { d in
            String(format: "%04d-%02d", d.year, d.month) + (d.day.map { String(format: "-%02d", $0) } ?? "")
        }
        return ReadDocument(title: title, date: date ?? written, file: file, text: text, contentHash: Self.contentHash(text), facts: facts)
    }

    public func metric(_ f: Fact) -> Match<String>? {
        metrics.metric(f.measure, unit: f.unit, aspect: Self.aspect(f), basis: f.basis)
    }

    public func proposal(_ f: Fact) -> ProposedMetric? {
        metrics.proposal(f.measure, unit: f.unit, aspect: Self.aspect(f), basis: f.basis, isStock: f.period?.asOf != nil)
    }

    /// What of its measure a fact gives: a goal or an expectation of growth (力争增长8%) is a change.
    static func aspect(_ f: Fact) -> MeasureAspect {
        switch f.kind {
        case .level: .level
        case .change: .change
        case .share: .share
        case .rank: .rank
        case .target, .forecast: f.direction != nil ? .change : .level  // 将比上年增加10万辆: an increase, no level
        }
    }

    /// The SHA-256 of a document's text as read: line ends and the blank around the text do not make it another.
    public static func contentHash(_ text: String) -> String {
        SHA256.hex(text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines).utf8)
    }
}
