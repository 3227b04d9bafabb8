import Foundation
import Synchronization
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore

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
        var taken: Date

        func source(_ id: String) -> Source? { sources.first { $0.id == id } }
        func cluster(_ id: String) -> Cluster? { clusters.first { $0.id == id } }
        func project(_ id: String) -> Project? { projects.first { $0.id == id } }
        func placeName(_ id: String?, _ l: Language) -> String? { id.flatMap { places.place(id: $0)?.name.text(l) } }
    }

    let database: AppDatabase
    private let current = Mutex<Snapshot?>(nil)
    private let lifetime: TimeInterval

    init(database: AppDatabase, lifetime: TimeInterval = 5) {
        self.database = database
        self.lifetime = lifetime
    }

    /// The snapshot, read again when older than its lifetime.
    func snapshot() throws -> Snapshot {
        if let snapshot = current.withLock({ $0 }), Date().timeIntervalSince(snapshot.taken) < lifetime {
            return snapshot
        }
        let metrics = try database.metrics()
        let fresh = Snapshot(
            overview: try database.overview(), registry: try database.registryCounts(),
            places: PlaceDirectory(places: try database.places()), clusters: try database.clusters(),
            metrics: Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), metricList: metrics,
            sources: try database.sources(), observations: try database.observations(), targets: try database.targets(),
            statements: try database.statements(), projects: try database.projects(),
            programmes: try database.programmes(), futureIndustries: try database.futureIndustries(), taken: Date())
        current.withLock { $0 = fresh }
        return fresh
    }
}
