/// How a metric's values combine over time.
public enum MetricKind: String, Sendable, Codable, CaseIterable {
    /// Accumulates over a period (output, production, new users).
    case flow
    /// Counted at a moment (base stations, enterprises in a pool).
    case stock
    /// A growth rate or share, in percent.
    case rate
    /// A multiple (倍).
    case ratio
}

/// Which part of the programme a metric belongs to; the briefing and dashboard group figures by it.
public enum MetricTopic: String, Sendable, Codable, CaseIterable {
    case clusters, enterprises, digital, projects

    public var name: LocalizedText {
        switch self {
        case .clusters: LocalizedText(zh: "产业集群", en: "Clusters")
        case .enterprises: LocalizedText(zh: "企业梯度培育", en: "Enterprise ladder")
        case .digital: LocalizedText(zh: "数字基础设施", en: "Digital infrastructure")
        case .projects: LocalizedText(zh: "重点项目", en: "Key projects")
        }
    }
}

/// What an observation measures: code, names, unit and kind.
public struct Metric: Sendable, Codable, Hashable, Identifiable {
    /// A stable code, e.g. "output" or "5g-base-stations".
    public var id: String
    public var name: LocalizedText
    /// The base unit: "CNY", "%", "倍", or a measure word such as "辆", "座", "户", "家", "个".
    public var unit: String
    public var kind: MetricKind
    public var topic: MetricTopic
    /// For a count of enterprises holding a designation (规上企业数), that designation.
    public var counts: DesignationKind?
    public var description: LocalizedText?
    /// Other names reports give the quantity (工业总产值 for 产值), which ingest maps to this metric.
    public var synonyms: [String]

    public init(
        id: String, name: LocalizedText, unit: String, kind: MetricKind, topic: MetricTopic,
        counts: DesignationKind? = nil, description: LocalizedText? = nil, synonyms: [String] = []
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.kind = kind
        self.topic = topic
        self.counts = counts
        self.description = description
        self.synonyms = synonyms
    }
}

extension Metric {
    private enum CodingKeys: String, CodingKey {
        case id, name, unit, kind, topic, counts, description, synonyms
    }

    /// Decodes a metric; `synonyms` may be missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(LocalizedText.self, forKey: .name),
            unit: try c.decode(String.self, forKey: .unit), kind: try c.decode(MetricKind.self, forKey: .kind),
            topic: try c.decode(MetricTopic.self, forKey: .topic),
            counts: try c.decodeIfPresent(DesignationKind.self, forKey: .counts),
            description: try c.decodeIfPresent(LocalizedText.self, forKey: .description),
            synonyms: try c.decodeIfPresent([String].self, forKey: .synonyms) ?? [])
    }
}
