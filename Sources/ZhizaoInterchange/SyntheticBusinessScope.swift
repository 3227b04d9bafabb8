import ZhizaoCore

/// The business scope (经营范围) of a generated firm, written as registrations list it (items separated by ；, in
/// the standard wording of activities): the firm's own class, sometimes a neighbouring class of its group, one or two
/// of the usual services, then the licensing clause.
/// Wording is drawn from a stream of its own, so the registry's other columns stay as they were.
struct SyntheticBusinessScope {
    private var random: SplitMix64
    /// Each class's neighbours: the other classes of its group (the first three digits), found once.
    private let neighbours: [String: [IndustryClassification.Entry]]

    static let services = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "货物进出口", "技术进出口", "机械设备租赁", "软件开发", "工程和技术研究和试验发展"]
    static let licensing = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"

    init(seed: UInt64, classification: IndustryClassification) {
        random = SplitMix64(seed: seed ^ 0xB05C_0BE5)
        let groups = Dictionary(grouping: classification.classes(inSection: "C"), by: { $0.code.prefix(3) })
        neighbours = groups.values.reduce(into: [:]) { neighbours, group in
            for entry in group { neighbours[entry.code] = group.filter { $0.code != entry.code } }
        }
    }

    /// The scope of a firm of `industry` (a GB/T 4754-2017 class).
    mutating func text(for industry: IndustryClassification.Entry) -> String {
        var clauses = [industry.name]
        if random.unit() < 0.4, let neighbour = neighbour(of: industry) { clauses.append(neighbour.name) }
        let first = random.below(Self.services.count)
        clauses.append(Self.services[first])
        if random.unit() < 0.5 { clauses.append(Self.services[(first + 1 + random.below(Self.services.count - 1)) % Self.services.count]) }
        return clauses.joined(separator: "；") + Self.licensing
    }

    /// Another class of the same group, when the group has one.
    private mutating func neighbour(of industry: IndustryClassification.Entry) -> IndustryClassification.Entry? {
        guard let others = neighbours[industry.code], !others.isEmpty else { return nil }
        return others[random.below(others.count)]
    }
}
