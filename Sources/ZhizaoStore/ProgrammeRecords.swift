import ZhizaoAnalytics
import ZhizaoCore

/// The programme's records and the registry's counts as one reading of the database: what every dashboard page
/// shows beside its own query, read in one transaction so that an import in between cannot tear it.
public struct ProgrammeRecords: Sendable {
    public var overview: ProgrammeOverview
    public var registry: RegistryCounts
    public var places: [Place]
    public var clusters: [Cluster]
    public var metrics: [Metric]
    public var sources: [Source]
    public var observations: [Observation]
    public var targets: [Target]
    public var statements: [ZhizaoCore.Statement]
    public var projects: [Project]
    public var programmes: [Programme]
    public var futureIndustries: [FutureIndustry]
    public var districtBoundaries: [Boundary]
    public var cityBoundaries: [Boundary]
    /// The registry per district id, which district maps shade by.
    public var districtRegistry: [String: DistrictRegistry]
}

extension AppDatabase {
    /// The programme's records, read in one transaction.
    public func programmeRecords() throws -> ProgrammeRecords {
        try inOneRead {
            let places = try places(), programmes = try programmes(), clusters = try clusters(), metrics = try metrics()
            let observations = try observations(), targets = try targets(), projects = try projects()
            return ProgrammeRecords(
                overview: ProgrammeOverview(
                    places: places, programmes: programmes, clusters: clusters, metrics: metrics,
                    observations: observations, targets: targets, projects: projects),
                registry: try registryCounts(), places: places, clusters: clusters, metrics: metrics, sources: try sources(),
                observations: observations, targets: targets, statements: try statements(), projects: projects,
                programmes: programmes, futureIndustries: try futureIndustries(), districtBoundaries: try boundaries(.district),
                cityBoundaries: try boundaries(.city), districtRegistry: try registryByDistrict())
        }
    }
}
