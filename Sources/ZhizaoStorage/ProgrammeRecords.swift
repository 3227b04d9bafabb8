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

    public init(overview: ProgrammeOverview, registry: RegistryCounts, places: [Place], clusters: [Cluster], metrics: [Metric], sources: [Source], observations: [Observation], targets: [Target], statements: [ZhizaoCore.Statement], projects: [Project], programmes: [Programme], futureIndustries: [FutureIndustry], districtBoundaries: [Boundary], cityBoundaries: [Boundary], districtRegistry: [String: DistrictRegistry]) {
        self.overview = overview
        self.registry = registry
        self.places = places
        self.clusters = clusters
        self.metrics = metrics
        self.sources = sources
        self.observations = observations
        self.targets = targets
        self.statements = statements
        self.projects = projects
        self.programmes = programmes
        self.futureIndustries = futureIndustries
        self.districtBoundaries = districtBoundaries
        self.cityBoundaries = cityBoundaries
        self.districtRegistry = districtRegistry
    }
}
