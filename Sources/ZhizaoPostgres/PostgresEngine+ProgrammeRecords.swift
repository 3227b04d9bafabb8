import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The programme's records and the registry's counts as one reading: every read in one `REPEATABLE READ READ ONLY`
/// transaction, a snapshot that an import committed in between cannot tear.
extension PostgresEngine: RecordStore {
    public func programmeRecords() async throws -> ProgrammeRecords {
        try await snapshot { connection in
            let places = try await places(on: connection), programmes = try await programmes(on: connection)
            let clusters = try await clusters(on: connection), metrics = try await metrics(on: connection)
            let observations = try await observations(subject: nil, metricId: nil, on: connection)
            let targets = try await targets(on: connection), projects = try await projects(on: connection)
            return ProgrammeRecords(
                overview: ProgrammeOverview(
                    places: places, programmes: programmes, clusters: clusters, metrics: metrics, observations: observations,
                    targets: targets, projects: projects),
                registry: try await registryCounts(on: connection), places: places, clusters: clusters, metrics: metrics,
                sources: try await sources(on: connection), observations: observations, targets: targets,
                statements: try await statements(on: connection), projects: projects, programmes: programmes,
                futureIndustries: try await futureIndustries(on: connection),
                districtBoundaries: try await boundaries(.district, on: connection), cityBoundaries: try await boundaries(.city, on: connection),
                districtRegistry: try await registryByDistrict(on: connection))
        }
    }

    /// The programme's overview computed from the records, read in one snapshot.
    public func overview() async throws -> ProgrammeOverview {
        try await snapshot { connection in
            ProgrammeOverview(
                places: try await places(on: connection), programmes: try await programmes(on: connection),
                clusters: try await clusters(on: connection), metrics: try await metrics(on: connection),
                observations: try await observations(subject: nil, metricId: nil, on: connection), targets: try await targets(on: connection),
                projects: try await projects(on: connection))
        }
    }

    /// Runs `body` in a read-only transaction that sees one snapshot of the database throughout.
    func snapshot<Result: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            return try await body(connection)
        }
    }
}
