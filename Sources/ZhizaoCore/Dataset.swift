/// Everything a city's programme holds, as plain values: what the built-in dataset files decode into and
/// what the store loads.
public struct Dataset: Sendable, Codable, Hashable {
    public var sources: [Source] = []
    public var places: [Place] = []
    public var clusters: [Cluster] = []
    public var metrics: [Metric] = []
    public var enterprises: [Enterprise] = []
    public var projects: [Project] = []
    public var observations: [Observation] = []
    public var programmes: [Programme] = []
    public var targets: [Target] = []
    public var statements: [Statement] = []
    public var futureIndustries: [FutureIndustry] = []
    public var innovationCentres: [InnovationCentre] = []

    public init() {}
}
