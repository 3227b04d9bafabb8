import ZhizaoAnalytics
import ZhizaoCore

/// What a chain analysis reads from the registry, decided from the programme's records before any query, and the
/// analysis built from what the queries return: the rules every engine's `chainAnalysis` follows.
public struct ChainScope: Sendable {
    public var clusterId: String
    public var chain: ChainTemplates.Chain
    /// The district analysed; nil for the whole city.
    public var place: String?
    /// The industry classes of the chain's links.
    public var classes: [String]
    /// The projects in the place.
    public var projects: [Project]
    public var thresholds: ChainTemplates.Thresholds

    /// How many designated chain leaders, then largest firms, a chain's leaders are chosen from (and at most how many).
    public static let leaderCount = 5

    /// The designations that count a firm as designated on a chain's link: specialised (专精特新) and above.
    public static let designatedKinds: [String] = DesignationKind.ladder.drop { $0 != .specialised }.map(\.rawValue)

    /// The scope of `clusterId`'s chain in its place (a district cluster's district, the whole city for a city
    /// cluster), or in `placeId` when given; nil when the cluster is unknown or no template covers it. A `placeId`
    /// that names no place is a `StoreError(.notFound)` listing the districts.
    public init?(
        clusterId: String, placeId: String?, clusters: [Cluster], places: [Place], projects: [Project],
        templates: ChainTemplates
    ) throws {
        guard let cluster = clusters.first(where: { $0.id == clusterId }),
            let chain = templates.chain(forCluster: clusterId)
        else { return nil }
        let place = placeId ?? (cluster.scope == .district ? cluster.placeId : nil)
        if let place, !places.contains(where: { $0.id == place }) {
            throw StoreError(
                .notFound,
                "no place \"\(place)\"; districts are \(places.filter { $0.kind == .district }.map(\.id).joined(separator: ", "))"
            )
        }
        self.clusterId = clusterId
        self.chain = chain
        self.place = place
        classes = ChainAnalysis.classes(of: chain)
        self.projects = projects.filter { place == nil || $0.placeId == place }
        thresholds = templates.thresholds
    }

    /// The analysis from the registry's figures: `classStats` by class in the place, `named` every firm known without
    /// a USCC (those operating in the place are kept: their district is it or they invest there), and `leaders` the
    /// designated chain leaders on the chain's classes in the place then its largest firms there (each firm once,
    /// ``leaderCount`` at most).
    public func analysis(classStats: [String: ClassStats], named: [Enterprise], leaders: [Enterprise]) -> ChainAnalysis
    {
        let investors = Set(projects.flatMap(\.investorIds))
        let operating = named.filter { place == nil || $0.districtId == place || investors.contains($0.slug ?? "") }
        var seen = Set<String>()
        let distinct = leaders.filter { seen.insert($0.uscc ?? $0.slug ?? "").inserted }.prefix(Self.leaderCount)
        return ChainAnalysis(
            chain: chain, placeId: place, classStats: classStats, namedFirms: operating, leaders: Array(distinct),
            projects: projects, thresholds: thresholds)
    }
}
