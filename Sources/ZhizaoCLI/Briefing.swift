import ZhizaoCore
import ZhizaoStore

/// What `zhizao report` tells: clusters with output, tier and target progress; the programme's targets; the
/// enterprise ladder; key projects by status; digital infrastructure. Every figure keeps its source.
struct Briefing {
    /// A cluster's headline figure with its tier and its output target.
    struct ClusterLine {
        var cluster: Cluster
        /// Output where stated, else value added; nil when no figure is given.
        var headline: Observation?
        var tier: TierAssessment?
        var target: Target?
        /// Headline output over the target's goal.
        var progress: Double?
    }

    /// A programme target counting clusters at a tier, with the clusters that reach it now.
    struct TierCount {
        var target: Target
        var reaching: [Cluster]
        /// How many of those reach it only on an approximate figure.
        var approximate: Int
    }

    var city: Place?
    var programme: Programme?
    var clusters: [ClusterLine] = []
    var tierCounts: [TierCount] = []
    var ladder: [Observation] = []
    var registry: (total: Int, designations: [DesignationKind: Int]) = (0, [:])
    var projectsByStatus: [(status: ProjectStatus?, projects: [Project])] = []
    var projectFigures: [Observation] = []
    var digital: [Observation] = []
    var metrics: [String: Metric] = [:]
    var sources: [String: Source] = [:]
    var places: PlaceDirectory = PlaceDirectory(places: [])

    init(_ database: AppDatabase) throws {
        let places = try database.places()
        self.places = PlaceDirectory(places: places)
        city = places.first { $0.kind == .city }
        programme = try database.programmes().first
        metrics = Dictionary(try database.metrics().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sources = Dictionary(try database.sources().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let observations = try database.observations()
        let targets = try database.targets()
        let allClusters = try database.clusters()

        func latest(_ cluster: Cluster, _ metric: String) -> Observation? {
            observations.filter { $0.subject == .cluster(cluster.id) && $0.metricId == metric && $0.quantity != nil }
                .max { ($0.period.endYear ?? 0, $0.period.end ?? "") < ($1.period.endYear ?? 0, $1.period.end ?? "") }
        }
        clusters = allClusters.map { cluster in
            let output = latest(cluster, "output")
            let target = targets.first { $0.subject == .cluster(cluster.id) && $0.metricId == "output" }
            let tier = output?.quantity.map(TierAssessment.init(output:))
            var progress: Double?
            if let value = output?.quantity?.value, let goal = target?.goal, goal > 0 { progress = value / goal }
            return ClusterLine(
                cluster: cluster, headline: output ?? latest(cluster, "value-added"), tier: tier, target: target,
                progress: progress)
        }
        let cityLines = clusters.filter { $0.cluster.scope == .city }
        tierCounts = targets.filter { $0.metricId == "cluster-count" && $0.tier != nil }.map { target in
            let reaching = cityLines.filter { ($0.tier?.tier).map { $0 >= target.tier! } ?? false }
            return TierCount(
                target: target, reaching: reaching.map(\.cluster),
                approximate: reaching.filter { $0.tier?.isCertain == false }.count)
        }
        let cityObservations = observations.filter { $0.subject == .place(city?.id ?? "") }
        ladder = cityObservations.filter { metrics[$0.metricId]?.topic == .enterprises }
        digital = cityObservations.filter { metrics[$0.metricId]?.topic == .digital }
        projectFigures = observations.filter { metrics[$0.metricId]?.topic == .projects }
        registry = (try database.enterpriseCount(), try database.designationCounts())
        let projects = try database.projects()
        let order: [ProjectStatus?] = [.completed, .inProduction, .underConstruction, .signed, .planned, .cancelled, nil]
        projectsByStatus = order.compactMap { status in
            let matching = projects.filter { $0.status == status }
            return matching.isEmpty ? nil : (status, matching)
        }
    }
}
