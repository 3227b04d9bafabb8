import ZhizaoCore

/// Where a city's programme stands: clusters with output, tier and target progress; targets that count
/// clusters at a tier; the enterprise ladder; key projects by status; digital infrastructure. Computed from
/// plain records, so the briefing, the dashboard and the API tell the same figures.
public struct ProgrammeOverview: Sendable {
    /// A cluster's headline figure with its tier and its output target.
    public struct ClusterLine: Sendable {
        public var cluster: Cluster
        /// The latest annual actual output, else a year-to-date output, else value added, else any actual
        /// figure about the cluster; nil when none is given. Never a forecast.
        public var headline: Observation?
        /// The latest actual output for a whole calendar year: what the tier and the progress count.
        public var annualOutput: Observation?
        /// An actual output for part of a year (1–9月) later than the annual one: shown as year to date, never
        /// counted as annual output (no stated rule projects it to a year).
        public var yearToDate: Observation?
        /// The tier of the latest annual output; nil when no annual output is stated.
        public var tier: TierAssessment?
        public var target: Target?
        /// Latest annual output over the target's goal.
        public var progress: Double?
        /// Whether the progress rests on an approximate or bounded figure.
        public var progressIsApproximate: Bool
    }

    /// A programme target counting clusters at a tier, with the city clusters that reach it now.
    public struct TierCount: Sendable {
        public var target: Target
        public var reaching: [Cluster]
        /// How many of those reach it only on an approximate figure.
        public var approximate: Int
    }

    /// Projects sharing a status (nil: not stated).
    public struct ProjectGroup: Sendable {
        public var status: ProjectStatus?
        public var projects: [Project]
    }

    public var city: Place?
    public var programme: Programme?
    public var clusters: [ClusterLine]
    public var tierCounts: [TierCount]
    public var ladder: [Observation]
    public var digital: [Observation]
    public var projectFigures: [Observation]
    public var projectGroups: [ProjectGroup]

    /// The order in which project statuses are listed: furthest along first.
    public static let statusOrder: [ProjectStatus?] = [
        .completed, .inProduction, .underConstruction, .signed, .planned, .cancelled, nil,
    ]

    public init(
        places: [Place], programmes: [Programme], clusters: [Cluster], metrics: [Metric], observations: [Observation],
        targets: [Target], projects: [Project]
    ) {
        let city = places.first { $0.kind == .city }
        self.city = city
        programme = programmes.first
        let topics = Dictionary(metrics.map { ($0.id, $0.topic) }, uniquingKeysWith: { a, _ in a })
        self.clusters = clusters.map { cluster in
            let figures = observations.filter { $0.subject == .cluster(cluster.id) && $0.quantity != nil && $0.kind == .actual }
            let outputs = figures.filter { $0.metricId == "output" }
            let output = Self.latest(outputs.filter(\.isAnnualActual))
            let yearToDate = Self.latest(outputs.filter(\.isYearToDate)).flatMap { ytd in
                (ytd.period.end ?? "") > (output?.period.end ?? "") ? ytd : nil
            }
            let target = Self.target(among: targets.filter { $0.subject == .cluster(cluster.id) && $0.metricId == "output" }, after: output ?? yearToDate)
            var progress: Double?
            if let value = output?.quantity?.value, let goal = target?.goal, goal > 0 { progress = value / goal }
            let valueAdded = Self.latest(figures.filter { $0.metricId == "value-added" })
            return ClusterLine(
                cluster: cluster, headline: output ?? yearToDate ?? valueAdded ?? figures.first, annualOutput: output,
                yearToDate: yearToDate, tier: output?.quantity.map(TierAssessment.init(output:)), target: target,
                progress: progress, progressIsApproximate: output?.quantity?.qualifier != .exact)
        }
        let cityLines = self.clusters.filter { $0.cluster.scope == .city }
        tierCounts = targets.filter { $0.metricId == "cluster-count" }.compactMap { target in
            guard let tier = target.tier else { return nil }
            let reaching = cityLines.filter { ($0.tier?.tier).map { $0 >= tier } ?? false }
            return TierCount(
                target: target, reaching: reaching.map(\.cluster),
                approximate: reaching.filter { $0.tier?.isCertain == false }.count)
        }
        let cityId = city?.id ?? ""
        let cityFigures = observations.filter { $0.subject == .place(cityId) && $0.kind == .actual }
        ladder = cityFigures.filter { topics[$0.metricId] == .enterprises }
        digital = cityFigures.filter { topics[$0.metricId] == .digital }
        projectFigures = observations.filter { topics[$0.metricId] == .projects && $0.kind == .actual }
        projectGroups = Self.statusOrder.compactMap { status in
            let matching = projects.filter { $0.status == status }
            return matching.isEmpty ? nil : ProjectGroup(status: status, projects: matching)
        }
    }

    /// The observation whose period ends last (callers pass actuals: a forecast is never the latest figure).
    /// The goal a cluster is on its way to: of its targets, the one with the earliest deadline not before the year of
    /// its latest figure (a plan's 2025 goal, then a 2027 one accepted from a work report), else the one with the latest
    /// deadline; a target without one only when none has.
    static func target(among targets: [Target], after latest: Observation?) -> Target? {
        let year = (latest?.period.asOf ?? latest?.period.end).flatMap { Int($0.prefix(4)) } ?? Int.min
        let dated = targets.filter { $0.deadline != nil }
        return dated.filter { $0.deadline! >= year }.min { $0.deadline! < $1.deadline! }
            ?? dated.max { $0.deadline! < $1.deadline! } ?? targets.first
    }

    static func latest(_ observations: [Observation]) -> Observation? {
        observations.max { ($0.period.asOf ?? $0.period.end ?? "") < ($1.period.asOf ?? $1.period.end ?? "") }
    }
}
