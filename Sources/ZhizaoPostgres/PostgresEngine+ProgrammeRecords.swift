import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The programme's records and the registry's counts as one reading: every read in one `REPEATABLE READ READ ONLY`
/// transaction, a snapshot that an import committed in between cannot tear.
extension PostgresEngine: RecordStore {
    public func programmeRecords() async throws -> ProgrammeRecords {
        try await snapshot { connection in
            let places = try await self.places(on: connection), programmes = try await self.programmes(on: connection)
            let clusters = try await self.clusters(on: connection), metrics = try await self.metrics(on: connection)
            let observations = try await self.observations(subject: nil, metricId: nil, on: connection)
            let targets = try await self.targets(on: connection), projects = try await self.projects(on: connection)
            return ProgrammeRecords(
                overview: ProgrammeOverview(
                    places: places, programmes: programmes, clusters: clusters, metrics: metrics, observations: observations,
                    targets: targets, projects: projects),
                registry: try await self.registryCounts(on: connection), places: places, clusters: clusters, metrics: metrics,
                sources: try await self.sources(on: connection), observations: observations, targets: targets,
                statements: try await self.statements(on: connection), projects: projects, programmes: programmes,
                futureIndustries: try await self.futureIndustries(on: connection),
                districtBoundaries: try await self.boundaries(.district, on: connection), cityBoundaries: try await self.boundaries(.city, on: connection),
                districtRegistry: try await self.registryByDistrict(on: connection))
        }
    }

    /// The programme's overview computed from the records, read in one snapshot.
    public func overview() async throws -> ProgrammeOverview {
        try await snapshot { connection in
            ProgrammeOverview(
                places: try await self.places(on: connection), programmes: try await self.programmes(on: connection),
                clusters: try await self.clusters(on: connection), metrics: try await self.metrics(on: connection),
                observations: try await self.observations(subject: nil, metricId: nil, on: connection), targets: try await self.targets(on: connection),
                projects: try await self.projects(on: connection))
        }
    }

    /// Runs `body` in a read-only transaction that sees one snapshot of the database throughout.
    func snapshot<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: self.logger)
            return try await body(connection)
        }
    }
}
