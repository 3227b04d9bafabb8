import Foundation
import Synchronization
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// What the dashboard and the API read. The programme's records are few and read on every page, so they are
/// kept in a snapshot refreshed every few seconds (imports from the command line show up within that time);
/// registry pages query the database each time.
final class Site: Sendable {
    /// The programme's records, the overview computed from them, and the registry's counts.
    struct Snapshot: Sendable {
        var overview: ProgrammeOverview
        var registry: RegistryCounts
        var places: PlaceDirectory
        var clusters: [Cluster]
        var metrics: [String: Metric]
        var metricList: [Metric]
        var sources: [Source]
        var observations: [Observation]
        var targets: [Target]
        var statements: [ZhizaoCore.Statement]
        var projects: [Project]
        var programmes: [Programme]
        var futureIndustries: [FutureIndustry]
        /// Each cluster's path to its output target.
        var paths: [TargetPath]
        var findings: [Finding]
        /// The programme's tier targets with the clusters on track to them.
        var tierProgress: [TierProgress]
        /// The maps' outlines (imported, or the shipped ones) and the registry per district they shade by.
        var districtBoundaries: [Boundary]
        var cityBoundaries: [Boundary]
        var districtRegistry: [String: DistrictRegistry]
        var taken: Date

        func path(_ clusterId: String) -> TargetPath? { paths.first { $0.cluster.id == clusterId } }

        /// The observations about a cluster.
        func observations(ofCluster id: String) -> [Observation] { observations.filter { $0.subject == .cluster(id) } }

        /// The projects of a cluster and of its district clusters.
        func projects(ofCluster id: String) -> [Project] {
            let ids = Set([id] + clusters.filter { $0.parentId == id }.map(\.id))
            return projects.filter { $0.clusterId.map(ids.contains) ?? false }
        }

        func source(_ id: String) -> Source? { sources.first { $0.id == id } }
        func cluster(_ id: String) -> Cluster? { clusters.first { $0.id == id } }
        func project(_ id: String) -> Project? { projects.first { $0.id == id } }
        func placeName(_ id: String?, _ l: Language) -> String? { id.flatMap { places.place(id: $0)?.name.text(l) } }
    }

    let database: any Storage
    private let current = Mutex<(snapshot: Snapshot?, refreshing: Bool)>((nil, false))
    private let lifetime: TimeInterval

    /// How long a snapshot (and a rendered page) is served before it is read again.
    static let lifetime: TimeInterval = 5

    init(database: any Storage, lifetime: TimeInterval = Site.lifetime) {
        self.database = database
        self.lifetime = lifetime
    }

    /// The snapshot. An old one is served while a task reads the next, so no request waits for the registry's
    /// counts over a million rows. The first is read by the first caller.
    func snapshot() async throws -> Snapshot {
        let (snapshot, startRefresh) = current.withLock { state -> (Snapshot?, Bool) in
            guard let snapshot = state.snapshot else { return (nil, false) }
            if Date().timeIntervalSince(snapshot.taken) < lifetime || state.refreshing { return (snapshot, false) }
            state.refreshing = true
            return (snapshot, true)
        }
        if startRefresh {
            Task { [self] in
                let fresh = try? await read()
                current.withLock { state in
                    if let fresh { state.snapshot = fresh }
                    state.refreshing = false
                }
            }
        }
        if let snapshot { return snapshot }
        let fresh = try await read()
        current.withLock { $0.snapshot = fresh }
        return fresh
    }

    /// The places of the snapshot at hand, without reading the database: nil before the first was read.
    var cachedPlaces: PlaceDirectory? { current.withLock { $0.snapshot?.places } }

    /// After a write: the next request reads the database again, and no cached page shows the old record.
    func changed(_ cache: ResponseCache) {
        current.withLock { $0.snapshot = nil }
        cache.clear()
    }

    /// The programme's records, read in one transaction, with what is computed from them.
    private func read() async throws -> Snapshot {
        let records = try await database.programmeRecords()
        let paths = TargetPath.all(clusters: records.clusters, targets: records.targets, observations: records.observations)
        return Snapshot(
            overview: records.overview, registry: records.registry, places: PlaceDirectory(places: records.places),
            clusters: records.clusters,
            metrics: Dictionary(records.metrics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), metricList: records.metrics,
            sources: records.sources, observations: records.observations, targets: records.targets,
            statements: records.statements, projects: records.projects, programmes: records.programmes,
            futureIndustries: records.futureIndustries, paths: paths,
            findings: ConsistencyCheck.run(observations: records.observations, clusters: records.clusters),
            tierProgress: records.overview.tierCounts.map { TierProgress(count: $0, paths: paths) },
            districtBoundaries: records.districtBoundaries, cityBoundaries: records.cityBoundaries,
            districtRegistry: records.districtRegistry, taken: Date())
    }
}
