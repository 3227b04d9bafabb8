import Foundation
import ReportReader
import ZhizaoCore

/// What reviewing a read fact decides, apart from any engine: how a reviewer's corrections change it and what it is
/// filed under, whether it may be accepted, what record it becomes, and the errors saying why not. Each storage
/// engine reads and writes the rows; the decisions are made here once.
public enum FactReview {
    // MARK: - Ingesting

    /// The id of the source a document stored as the `number`th becomes.
    public static func sourceId(documentNumber number: Int) -> String { "doc-\(number)" }

    /// The source an ingested document is stored under.
    public static func source(id: String, of document: ReadDocument) -> Source {
        Source(
            id: id, title: LocalizedText(zh: document.title), published: document.date,
            note: "读入的文档；数字由报告阅读器读出，逐条审核后入库 / Ingested document; facts read by the report reader, each reviewed")
    }

    /// The audit note of an ingest.
    public static func ingestNote(_ document: ReadDocument) -> [String: String] {
        ["title": document.title, "facts": "\(document.facts.count)"]
    }

    /// "start-end;start-end" for a fact stated more than once; nil for one statement (spanStart, spanEnd hold it).
    public static func spansText(_ spans: [Range<Int>]) -> String? {
        spans.count > 1 ? spans.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ";") : nil
    }

    /// The spans `text` (``spansText(_:)``) lists; nil when it lists none.
    public static func spans(_ text: String) -> [Range<Int>]? {
        let spans = text.split(separator: ";").compactMap { pair -> Range<Int>? in
            let ends = pair.split(separator: "-").compactMap { Int($0) }
            return ends.count == 2 && ends[0] <= ends[1] ? ends[0]..<ends[1] : nil
        }
        return spans.isEmpty ? nil : spans
    }

    // MARK: - Editing

    /// A pending fact as the reviewer's corrections leave it: the fact edited, its subject, metric and proposed
    /// metric filed again where the edit calls for it.
    public struct Refiled: Sendable {
        public var fact: Fact
        public var subject: Match<Subject>?
        public var metric: Match<String>?
        /// The metric proposed for a changed measure or kind (nil when it matched a metric or nothing fits);
        /// absent (`.none`) when the stored proposal stands.
        public var proposal: ProposedMetric??
    }

    /// Applies `edit` to `pending`: a new holder is matched again unless a subject is given, a new measure or kind
    /// unless a metric is given. A given subject or metric must exist: the caller checks that first
    /// (``noSubject(_:)``, ``noMetric(_:)``).
    public static func refiled(_ pending: PendingFact, _ edit: FactEdit, filing: FactFiling) -> Refiled {
        var fact = pending.fact
        if let holder = edit.holder {
            fact.holder = holder
            fact.holderWritten = nil
        }
        if let measure = edit.measure { fact.measure = measure }
        if let kind = edit.kind { fact.kind = kind }
        if let value = edit.value { fact.value = value }
        if let period = edit.period { fact.period = period }
        var subject = pending.subject.map { Match($0, pending.subjectReason ?? .reviewer) }
        if let given = edit.subject {
            subject = Match(given, .reviewer)
        } else if edit.holder != nil {
            subject = filing.subjects.subject(fact.holder)
        }
        var metric = pending.metricId.map { Match($0, pending.metricReason ?? .reviewer) }
        var proposal: ProposedMetric?? = .none
        if let given = edit.metricId {
            metric = Match(given, .reviewer)
        } else if edit.measure != nil || edit.kind != nil {
            metric = filing.metric(fact)
            proposal = .some(metric == nil ? filing.proposal(fact) : nil)
        }
        return Refiled(fact: fact, subject: subject, metric: metric, proposal: proposal)
    }

    public static func noSubject(_ subject: Subject) -> StoreError {
        StoreError(
            .notFound, zh: "没有\(subject.kind) “\(subject.id)”：zhizao report 以及 /api/v1/places、/clusters 列出可用的主体",
            en: "no \(subject.kind) \"\(subject.id)\"; zhizao report and /api/v1/places, /clusters list them")
    }

    public static func noMetric(_ id: String) -> StoreError {
        StoreError(.notFound, zh: "没有指标 “\(id)”：zhizao metric list 列出指标目录", en: "no metric \"\(id)\"; zhizao metric list shows the catalogue")
    }

    // MARK: - Pending facts and proposals

    public static func noPendingFact(_ id: Int64) -> StoreError {
        StoreError(.notFound, zh: "没有待审事实 #\(id)：zhizao review 列出待审事实", en: "no pending fact \(id); zhizao review lists them")
    }

    /// `fact`, which must still be pending to be edited, accepted or rejected.
    public static func stillPending(_ fact: PendingFact) throws -> PendingFact {
        guard fact.status == .pending else {
            throw StoreError(.exists, zh: "事实 #\(fact.id) 已处理（\(fact.status.rawValue)），不能再次审核", en: "fact \(fact.id) is already \(fact.status.rawValue)")
        }
        return fact
    }

    public static func noProposal(_ id: Int64) -> StoreError {
        StoreError(.notFound, zh: "没有拟议指标 #\(id)：zhizao metric proposals 列出拟议指标", en: "no proposed metric \(id); zhizao metric proposals lists them")
    }

    /// `proposal`, which must still be pending to be accepted or rejected.
    public static func stillPending(_ proposal: MetricProposal) throws -> MetricProposal {
        guard proposal.status == .pending else {
            throw StoreError(
                .exists, zh: "拟议指标 #\(proposal.id) 已处理（\(proposal.status.rawValue)）",
                en: "proposed metric \(proposal.id) is already \(proposal.status.rawValue)")
        }
        return proposal
    }

    /// A fact accepted with a new metric must have had one proposed.
    public static func proposalId(of fact: PendingFact) throws -> Int64 {
        guard let id = fact.proposalId else {
            throw StoreError(
                .invalid, zh: "事实 #\(fact.id) 没有拟议指标：请用 --metric 指定已有指标的 ID",
                en: "fact \(fact.id) has no proposed metric; pass --metric ID of an existing metric")
        }
        return id
    }

    /// The metric `proposal` becomes with the reviewer's fields; its id is checked here, whether it is taken by the
    /// caller (``metricExists(_:)``).
    public static func metric(accepting proposal: MetricProposal, _ acceptance: MetricAcceptance) throws -> Metric {
        let proposed = proposal.metric
        guard let metricId = acceptance.id ?? proposed.suggestedId else {
            throw StoreError(
                .invalid, zh: "拟议指标 #\(proposal.id)（\(proposed.nameZh)）需要一个 ID：请用 --id 指定，例如 --id signed-projects",
                en: "proposal \(proposal.id) (\(proposed.nameZh)) needs an id: pass --id, e.g. --id signed-projects")
        }
        guard metricId.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
            throw StoreError(
                .invalid, zh: "指标 ID “\(metricId)” 只能由小写字母和数字组成、以连字符连接，例如 signed-projects",
                en: "metric id \"\(metricId)\" must be lowercase letters and digits joined by hyphens, e.g. signed-projects")
        }
        let nameZh = acceptance.nameZh ?? proposed.nameZh
        return Metric(
            id: metricId, name: LocalizedText(zh: nameZh, en: acceptance.nameEn), unit: acceptance.unit ?? proposed.unit,
            kind: acceptance.kind ?? proposed.kind, topic: acceptance.topic ?? proposed.topic,
            synonyms: proposed.growthOf == nil && nameZh != proposed.nameZh ? [proposed.nameZh] : [])
    }

    public static func metricExists(_ id: String) -> StoreError {
        StoreError(
            .exists, zh: "指标 \(id) 已存在：请用 zhizao review edit ID --metric \(id) 把事实归入该指标",
            en: "metric \(id) exists; give the facts it with zhizao review edit ID --metric \(id)")
    }

    // MARK: - Accepting

    /// The subject and metric of a fact that may be accepted: matched to both, dated (an actual with no period would
    /// hold for no time the analytics could place), and not repeating the record.
    public static func acceptable(_ pending: PendingFact) throws -> (subject: Subject, metricId: String) {
        let f = pending.fact, id = pending.id
        if pending.needsPeriod {
            throw StoreError(.invalid, "fact \(id) says no period; pass --period 2023, --period 2023-01..2023-09 or --as-of 2023-09-30")
        }
        guard let subject = pending.subject else {
            throw StoreError(.invalid, "fact \(id) matched no subject (holder \"\(f.holder ?? "")\"); pass --subject KIND:ID or --holder")
        }
        guard let metricId = pending.metricId else {
            let hint = pending.proposalId.map { "accept its proposed metric (zhizao metric accept \($0) --id ID …) or " } ?? ""
            throw StoreError(.invalid, "fact \(id) matched no metric (measure \"\(f.measure ?? "")\"); \(hint)pass --metric ID")
        }
        if let duplicate = pending.duplicateOf {
            let (record, when) = pending.fact.kind == .target ? ("target", "deadline") : ("observation", "period")
            throw StoreError(.exists, "fact \(id) repeats \(record) \(duplicate) (same subject, metric, value and \(when)); reject it")
        }
        return (subject, metricId)
    }

    /// Checks that the fact's unit is `unit`, the unit of its metric `metricId` (nil when the metric is gone); a
    /// rank has no unit of its metric's.
    public static func checkUnit(_ pending: PendingFact, metricId: String, unit: String?) throws {
        guard let unit else { throw StoreError(.notFound, "no metric \"\(metricId)\"") }
        let f = pending.fact
        if f.kind != .rank, unit != f.unit {
            throw StoreError(
                .invalid, "fact \(pending.id) is in \(f.unit) but metric \(metricId) is in \(unit); pass --metric with a metric in \(f.unit)")
        }
    }

    public static func documentGone(_ id: Int64) -> StoreError { StoreError(.notFound, "document \(id) is gone") }

    /// What an accepted fact is stored as.
    public enum Accepted: Sendable {
        case observation(Observation)
        case target(Target)

        public var record: AcceptedRecord {
            switch self {
            case .observation(let o): .observation(o.id)
            case .target(let t): .target(t.id)
            }
        }
    }

    /// The record an acceptable fact (``acceptable(_:)``) becomes: a goal a target, anything else an observation
    /// (a forecast for an expectation) keeping its period, quote and span. `document` is the source and text of
    /// the document it was read from.
    public static func accepted(
        _ pending: PendingFact, subject: Subject, metricId: String, document: (sourceId: String, text: String)
    ) -> Accepted {
        let f = pending.fact
        let recordId = "doc-\(pending.documentId)-fact-\(pending.id)"
        let quantity = Quantity(signedValue(f), f.qualifier, stated: stated(f, text: document.text))
        if f.kind == .target {
            return .target(
                Target(
                    id: recordId, subject: subject, metricId: metricId, quantity: quantity,
                    deadline: f.period?.endYear, description: LocalizedText(zh: f.quote), sourceId: document.sourceId))
        }
        let rank = f.kind == .rank ? Rank(Int(f.value), in: rankScope(f, text: document.text)) : nil
        let span = "\(f.span.lowerBound)–\(f.span.upperBound)"
        return .observation(
            Observation(
                id: recordId, subject: subject, metricId: metricId, quantity: rank == nil ? quantity : nil,
                period: f.period ?? Period(), kind: f.kind == .forecast ? .forecast : .actual, rank: rank, sourceId: document.sourceId,
                quote: f.quote, note: "文档\(pending.documentId)第\(span)字 / document \(pending.documentId), characters \(span)"))
    }

    /// The audit note of an acceptance: the record made.
    public static func acceptNote(_ record: AcceptedRecord) -> [String: String] {
        switch record {
        case .observation(let id): ["observation": id]
        case .target(let id): ["target": id]
        }
    }

    /// The figure as the record holds it: a decline (direction down, 下降3.2%) is a negative change.
    public static func signedValue(_ f: Fact) -> Double {
        f.direction == "down" ? -f.value : f.value
    }

    /// Where a rank holds, from the widest scope the sentence stating it names (全球, 全国, 全省, 全市), else 全国.
    /// The figure as the document writes it (约5000亿元, 逾1300亿元), from its span: what keeps the stated precision;
    /// none when the span is not in the text (a document edited since).
    public static func stated(_ f: Fact, text: String) -> String? {
        let scalars = text.unicodeScalars
        guard f.span.lowerBound >= 0, f.span.lowerBound < f.span.upperBound, f.span.upperBound <= scalars.count else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: f.span.lowerBound), end = scalars.index(start, offsetBy: f.span.count)
        return String(scalars[start..<end])
    }

    public static func rankScope(_ f: Fact, text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = min(f.span.lowerBound, scalars.count), end = min(f.span.upperBound, scalars.count)
        while start > 0, !"。！？\n".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, !"。！？\n".unicodeScalars.contains(scalars[end]) { end += 1 }
        let sentence = (f.basis ?? "") + String(String.UnicodeScalarView(scalars[start..<end]))
        for (word, scope) in [("全球", "global"), ("全国", "national"), ("全省", "provincial"), ("全市", "city")] where sentence.contains(word) {
            return scope
        }
        return "national"
    }

    // MARK: - Duplicates

    /// What an observation repeating `pending` shares with it: subject, metric, kind ("actual" or "forecast") and
    /// period; nil when no check applies (a fact no longer pending, unmatched, or a goal: ``targetDuplicateKey(_:)``).
    public static func duplicateKey(_ pending: PendingFact) -> (subject: Subject, metricId: String, kind: String, period: Period)? {
        guard pending.status == .pending, let subject = pending.subject, let metricId = pending.metricId, pending.fact.kind != .target
        else { return nil }
        return (subject, metricId, pending.fact.kind == .forecast ? "forecast" : "actual", pending.fact.period ?? Period())
    }

    /// What a target repeating a pending goal shares with it: subject, metric and deadline (a work report restating
    /// the plan's 力争到2025年…突破3000亿元); nil for any other fact.
    public static func targetDuplicateKey(_ pending: PendingFact) -> (subject: Subject, metricId: String, deadline: Int?)? {
        guard pending.status == .pending, let subject = pending.subject, let metricId = pending.metricId, pending.fact.kind == .target
        else { return nil }
        return (subject, metricId, pending.fact.period?.endYear)
    }

    /// The first of `candidates` (observations with the same ``duplicateKey(_:)``) holding the same value to a part
    /// in a billion.
    public static func duplicate(of pending: PendingFact, among candidates: [(id: String, value: Double?)]) -> String? {
        let value = signedValue(pending.fact)
        return candidates.first { candidate in
            guard let other = candidate.value else { return false }
            return abs(other - value) <= 1e-9 * max(abs(value), 1)
        }?.id
    }
}

extension RecordStore {
    /// The subject a reviewer typed, a place's or a cluster's name or KIND:ID (``SubjectNames``), against the
    /// store's places and clusters.
    public func subject(named text: String) async throws -> Result<Subject, SubjectNameProblem> {
        SubjectNames(places: try await places(), clusters: try await clusters()).resolve(text)
    }
}
