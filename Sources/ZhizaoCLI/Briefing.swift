import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

/// What `zhizao report` tells: the programme's overview with the registry's counts, and the names the text
/// needs for metrics, sources and places.
struct Briefing {
    var overview: ProgrammeOverview
    var registry: RegistryCounts
    var metrics: [String: Metric]
    var sources: [String: Source]
    var places: PlaceDirectory

    init(_ database: any Storage) async throws {
        overview = try await database.overview()
        registry = try await database.registryCounts()
        metrics = Dictionary(try await database.metrics().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sources = Dictionary(try await database.sources().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        places = PlaceDirectory(places: try await database.places())
    }
}
