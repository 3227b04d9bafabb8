import Foundation
import ZhizaoCore

/// Industrial-chain templates (`Resources/chains.json`): for each built-in cluster, the links from upstream to
/// downstream, each mapped to GB/T 4754-2017 classes and name keywords, with a weight.
public struct ChainTemplates: Sendable, Decodable {
    public struct Node: Sendable, Decodable, Hashable {
        public var id: String
        public var stage: String
        public var weight: Double
        public var name: LocalizedText
        public var classes: [String]
        public var keywords: [String]
    }

    public struct Chain: Sendable, Decodable {
        public var id: String
        public var clusters: [String]
        public var name: LocalizedText
        public var nodes: [Node]
    }

    public struct Thresholds: Sendable, Decodable {
        public var strongFirms: Int
        public var strongRevenueCNY: Double
        public var weakFirms: Int
        public var text: LocalizedText
    }

    public var note: LocalizedText
    public var thresholds: Thresholds
    public var chains: [Chain]

    public static let shipped: ChainTemplates = {
        guard let url = Bundle.module.url(forResource: "chains", withExtension: "json"),
            let data = try? Data(contentsOf: url), let templates = try? JSONDecoder().decode(ChainTemplates.self, from: data)
        else { fatalError("chains.json is missing or malformed in the ZhizaoAnalytics bundle") }
        return templates
    }()

    /// The chain of a cluster (a district cluster shares its city cluster's chain).
    public func chain(forCluster id: String) -> Chain? {
        chains.first { $0.clusters.contains(id) }
    }
}

/// What the registry holds for one industry class in one place.
public struct ClassStats: Sendable, Hashable {
    public var firms: Int
    public var revenue: Double
    /// Firms designated specialised (专精特新) or above.
    public var designated: Int

    public init(firms: Int = 0, revenue: Double = 0, designated: Int = 0) {
        self.firms = firms
        self.revenue = revenue
        self.designated = designated
    }

    static func + (a: ClassStats, b: ClassStats) -> ClassStats {
        ClassStats(firms: a.firms + b.firms, revenue: a.revenue + b.revenue, designated: a.designated + b.designated)
    }
}

/// A chain in a place: which links are present, how complete it is, its gaps, who could lead it and which
/// key projects fill which gaps.
public struct ChainAnalysis: Sendable {
    public enum Strength: String, Sendable {
        case strong, weak, absent

        public var name: LocalizedText {
            switch self {
            case .strong: LocalizedText(zh: "强", en: "strong")
            case .weak: LocalizedText(zh: "弱", en: "weak")
            case .absent: LocalizedText(zh: "缺", en: "absent")
            }
        }

        /// The share of its link's weight a link counts toward completeness: a weak link (one small firm)
        /// counts half a strong one, so a chain of weak links is never complete.
        public var credit: Double {
            switch self {
            case .strong: 1
            case .weak: 0.5
            case .absent: 0
            }
        }
    }

    /// How completeness is computed, as the cluster page and `zhizao chain` state it.
    public static let completenessRule = LocalizedText(
        zh: "完整度 = Σ(环节权重 × 得分) ÷ Σ环节权重，强环节得1分，弱环节得0.5分，缺失环节得0分",
        en: "completeness = Σ(link weight × credit) ÷ Σ link weight; a strong link counts 1, a weak link 0.5, an absent link 0")

    public struct NodePresence: Sendable {
        public var node: ChainTemplates.Node
        public var stats: ClassStats
        /// Firms tagged to the link by name (firms the registry holds without a class, e.g. a dataset's).
        public var tagged: [Enterprise]
        public var strength: Strength
    }

    public struct ProjectFit: Sendable {
        public var project: Project
        /// The gap links it fills.
        public var nodes: [ChainTemplates.Node]
    }

    public var chain: ChainTemplates.Chain
    public var placeId: String?
    public var nodes: [NodePresence]
    /// Weighted share of the chain present, 0…1: each link's weight times its strength's credit
    /// (``completenessRule``).
    public var completeness: Double
    /// Absent links, heaviest first.
    public var gaps: [ChainTemplates.Node]
    /// Candidate chain leaders (链主): the largest firms on the chain's links, designated ones first.
    public var leaders: [Enterprise]
    public var projects: [ProjectFit]

    /// Analyses `chain` from the registry's statistics by class for the place, the named firms operating
    /// there (tagged by keyword) and the place's key projects.
    public init(
        chain: ChainTemplates.Chain, placeId: String?, classStats: [String: ClassStats], namedFirms: [Enterprise],
        leaders: [Enterprise], projects: [Project], thresholds: ChainTemplates.Thresholds
    ) {
        self.chain = chain
        self.placeId = placeId
        nodes = chain.nodes.map { node in
            let stats = node.classes.reduce(ClassStats()) { $0 + (classStats[$1] ?? ClassStats()) }
            let tagged = namedFirms.filter { firm in
                node.keywords.contains { firm.name.zh.contains($0) } || (firm.industryCode.map(node.classes.contains) ?? false)
            }
            let firms = stats.firms + tagged.count
            let strength: Strength =
                firms >= thresholds.strongFirms || stats.revenue >= thresholds.strongRevenueCNY || stats.designated > 0
                ? .strong : firms >= thresholds.weakFirms ? .weak : .absent
            return NodePresence(node: node, stats: stats, tagged: tagged, strength: strength)
        }
        let total = chain.nodes.map(\.weight).reduce(0, +)
        let present = nodes.map { $0.node.weight * $0.strength.credit }.reduce(0, +)
        completeness = total > 0 ? present / total : 0
        let gapNodes = nodes.filter { $0.strength == .absent }.map(\.node).sorted { $0.weight > $1.weight }
        gaps = gapNodes
        self.leaders = leaders
        self.projects = projects.compactMap { project in
            let text = project.name.zh + (project.scope?.zh ?? "")
            let filled = gapNodes.filter { node in node.keywords.contains { text.contains($0) } }
            return filled.isEmpty ? nil : ProjectFit(project: project, nodes: filled)
        }
    }

    /// The classes of every link, for the registry queries.
    public static func classes(of chain: ChainTemplates.Chain) -> [String] {
        Array(Set(chain.nodes.flatMap(\.classes))).sorted()
    }
}
