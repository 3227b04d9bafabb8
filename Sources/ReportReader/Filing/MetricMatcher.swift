import ZhizaoCore

/// What about a measure a figure gives: its level, a change in it, a share, or a rank.
public enum MeasureAspect: Sendable {
    case level, change, share, rank
}

/// A metric for a measure the catalogue lacks, as ingest proposes it; the reviewer may change every field.
public struct ProposedMetric: Sendable, Hashable {
    public var nameZh: String
    public var unit: String
    public var kind: MetricKind
    public var topic: MetricTopic
    /// The id to give it when the catalogue implies one (value-added-growth), else nil: the reviewer names it.
    public var suggestedId: String?
    /// The metric it is the growth of.
    public var growthOf: String?

    public init(nameZh: String, unit: String, kind: MetricKind, topic: MetricTopic, suggestedId: String? = nil, growthOf: String? = nil) {
        self.nameZh = nameZh
        self.unit = unit
        self.kind = kind
        self.topic = topic
        self.suggestedId = suggestedId
        self.growthOf = growthOf
    }
}

/// Maps a fact's measure to the metric catalogue: the metric's name or one of its synonyms (compared as
/// ``MeasureName`` says) in the fact's unit; a change in % to the growth metric of the measure's metric
/// (`ID-growth`); a share to a metric named for the share of its whole; a rank to the measure's metric. A measure
/// with no metric yields a ``ProposedMetric``.
public struct MetricMatcher: Sendable {
    private struct Entry {
        var metric: Metric
        var names: [(String, MatchReason)]
    }

    private let entries: [Entry]
    private let byId: [String: Metric]

    public init(metrics: [Metric]) {
        entries = metrics.map { metric in
            let names = [(MeasureName.normalized(metric.name.zh), MatchReason.name)]
                + metric.synonyms.map { (MeasureName.normalized($0), MatchReason.synonym) }
            return Entry(metric: metric, names: names)
        }
        byId = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The metric for `measure` as the aspect and unit say, else nil.
    public func metric(_ measure: String?, unit: String, aspect: MeasureAspect, basis: String? = nil) -> Match<String>? {
        guard let measure, !measure.isEmpty else { return nil }
        switch aspect {
        case .level:
            return named(measure, unit: unit)
        case .change:
            guard unit == "%", let base = named(measure, unit: nil) else { return nil }
            return byId["\(base.value)-growth"].map { Match($0.id, .growth) }
        case .share:
            return named(Self.shareName(measure, basis: basis), unit: unit)
        case .rank:
            return named(measure, unit: nil).map { Match($0.value, .rank) }
        }
    }

    /// The metric to propose for a measure with none; nil when there is no measure or its metric exists.
    public func proposal(_ measure: String?, unit: String, aspect: MeasureAspect, basis: String? = nil, isStock: Bool) -> ProposedMetric? {
        guard let measure, !measure.isEmpty, metric(measure, unit: unit, aspect: aspect, basis: basis) == nil else { return nil }
        let name = MeasureName.normalized(measure)
        let topic = Self.topic(name)
        switch aspect {
        case .level:
            let kind: MetricKind = unit == "%" || unit == "pp" ? .rate : unit == "倍" ? .ratio : isStock ? .stock : .flow
            return ProposedMetric(nameZh: name, unit: unit, kind: kind, topic: topic)
        case .change:
            guard unit == "%" else { return nil }
            if let base = named(measure, unit: nil), let metric = byId[base.value] {
                return ProposedMetric(
                    nameZh: MeasureName.normalized(metric.name.zh) + "增速", unit: "%", kind: .rate, topic: metric.topic,
                    suggestedId: "\(metric.id)-growth", growthOf: metric.id)
            }
            return ProposedMetric(nameZh: name + "增速", unit: "%", kind: .rate, topic: topic)
        case .share:
            return ProposedMetric(nameZh: Self.shareName(name, basis: basis), unit: unit, kind: .rate, topic: topic)
        case .rank:
            return nil
        }
    }

    /// The metric whose name or synonym the measure is, in `unit` when given; a count's 数 is dropped on both sides.
    private func named(_ measure: String, unit: String?) -> Match<String>? {
        let name = MeasureName.normalized(measure)
        for entry in entries where unit == nil || entry.metric.unit == unit {
            let count = MeasureName.isCount(entry.metric.unit)
            for (candidate, reason) in entry.names
            where candidate == name || (count && MeasureName.counted(candidate) == MeasureName.counted(name)) {
                return Match(entry.metric.id, reason)
            }
        }
        return nil
    }

    /// 产值占全市比重 for a share of 产值 in 全市; 占比 alone when the whole is not written.
    static func shareName(_ measure: String, basis: String?) -> String {
        MeasureName.normalized(measure) + "占" + (basis.map(MeasureName.normalized) ?? "") + "比重"
    }

    /// The programme part a measure most likely belongs to, for a proposal; the reviewer may change it.
    static func topic(_ name: String) -> MetricTopic {
        if ["项目", "投资", "签约"].contains(where: name.contains) { return .projects }
        if ["5G", "基站", "宽带", "上云", "光纤", "数据中心", "算力"].contains(where: name.contains) { return .digital }
        if ["企业", "专精特新", "小巨人", "冠军"].contains(where: name.contains) { return .enterprises }
        return .clusters
    }
}
