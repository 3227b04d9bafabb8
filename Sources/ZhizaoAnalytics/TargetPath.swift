import Foundation
import ZhizaoCore

/// A cluster against its output target: where it is, the annual growth the deadline needs, the growth it
/// has shown, and whether that is enough. Qualifiers carry through: a path from an approximate figure is
/// approximate.
public struct TargetPath: Sendable {
    public enum Status: String, Sendable {
        /// The latest output already reaches the goal.
        case reached
        /// The recent growth, kept up, reaches the goal by the deadline.
        case onTrack = "on-track"
        /// The recent growth falls short of what the deadline needs.
        case behind
        /// Output, growth or deadline is not known.
        case unknown
    }

    public var cluster: Cluster
    public var target: Target
    /// The latest stated annual actual output.
    public var current: Observation?
    public var goal: Double?
    /// Years from the latest output to the deadline.
    public var yearsLeft: Int?
    /// Annual growth (0.149 for 14.9 %) that reaches the goal by the deadline.
    public var requiredGrowth: Double?
    /// Annual growth between the two latest outputs.
    public var recentGrowth: Double?
    /// The outputs the recent growth comes from, older first.
    public var recentGrowthBasis: [Observation]
    /// Years to the goal at the recent growth.
    public var yearsAtRecentRate: Double?
    public var status: Status
    /// True when a figure it rests on is approximate or bounded (约, 近, 超).
    public var isApproximate: Bool

    /// The path of `cluster` to its output `target`, from the cluster's output observations: only actuals for
    /// whole calendar years count (a year-to-date figure or a forecast is not an annual output).
    public init(cluster: Cluster, target: Target, outputs: [Observation]) {
        self.cluster = cluster
        self.target = target
        let series = outputs.filter(\.isAnnualActual).sorted { $0.period.calendarYear! < $1.period.calendarYear! }
        let current = series.last
        self.current = current
        let goal = target.goal
        self.goal = goal
        let basis = series.count >= 2 ? Array(series.suffix(2)) : []
        recentGrowthBasis = basis
        isApproximate = series.suffix(2).contains { $0.quantity!.qualifier != .exact }
        var yearsLeft: Int?
        if let year = current?.period.endYear, let deadline = target.deadline { yearsLeft = deadline - year }
        self.yearsLeft = yearsLeft
        let value = current?.quantity?.value
        var required: Double?
        if let value, let goal, value > 0, let yearsLeft, yearsLeft > 0 { required = pow(goal / value, 1 / Double(yearsLeft)) - 1 }
        requiredGrowth = required
        var recent: Double?
        if basis.count == 2, let from = basis[0].quantity?.value, let to = basis[1].quantity?.value, from > 0,
            let y1 = basis[0].period.endYear, let y2 = basis[1].period.endYear, y2 > y1
        {
            recent = pow(to / from, 1 / Double(y2 - y1)) - 1
        }
        recentGrowth = recent
        if let recent, let goal, let value, recent > 0, goal > value { yearsAtRecentRate = log(goal / value) / log(1 + recent) }
        let qualifier = current?.quantity?.qualifier
        if let value, let goal, value >= goal, qualifier != .lt, qualifier != .nearly {
            status = .reached
        } else if let required, let recent {
            status = recent >= required ? .onTrack : .behind
        } else {
            status = .unknown
        }
    }
}

extension TargetPath {
    /// The path of every cluster that has an output target with a goal, to the goal ahead of its latest actual (the
    /// overview's: `ProgrammeOverview.target(among:after:)`).
    public static func all(clusters: [Cluster], targets: [Target], observations: [Observation]) -> [TargetPath] {
        clusters.compactMap { cluster in
            let outputs = observations.filter { $0.subject == .cluster(cluster.id) && $0.metricId == "output" }
            let latest = ProgrammeOverview.latest(outputs.filter { $0.kind == .actual && $0.quantity != nil })
            guard let target = ProgrammeOverview.target(
                among: targets.filter { $0.subject == .cluster(cluster.id) && $0.metricId == "output" && $0.goal != nil }, after: latest)
            else { return nil }
            return TargetPath(cluster: cluster, target: target, outputs: outputs)
        }
    }
}

/// The programme's tier targets: how many clusters qualify now and how many are on track to by the deadline.
public struct TierProgress: Sendable {
    public var count: ProgrammeOverview.TierCount
    /// City clusters not yet at the tier whose own target path to it is on track.
    public var onTrack: [Cluster]
    /// Clusters whose path is unknown (no growth or no deadline to judge by).
    public var unknown: [Cluster]

    public init(count: ProgrammeOverview.TierCount, paths: [TargetPath]) {
        self.count = count
        let tier = count.target.tier
        let reaching = Set(count.reaching.map(\.id))
        let candidates = paths.filter { $0.target.tier == tier && !reaching.contains($0.cluster.id) && $0.cluster.scope == .city }
        onTrack = candidates.filter { $0.status == .onTrack || $0.status == .reached }.map(\.cluster)
        unknown = candidates.filter { $0.status == .unknown }.map(\.cluster)
    }
}
