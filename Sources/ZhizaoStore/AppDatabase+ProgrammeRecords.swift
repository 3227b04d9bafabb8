import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

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
