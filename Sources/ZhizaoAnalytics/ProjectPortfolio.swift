import ZhizaoCore

/// Key projects added up: investment by status, cluster and district, and phases late against plan.
public struct ProjectPortfolio: Sendable {
    /// Projects sharing a key, with the investment that is known.
    public struct Group: Sendable {
        public var key: String?
        public var projects: [Project]
        /// The sum of known investments; approximate when any part is.
        public var knownInvestment: Quantity?
        /// Projects in the group whose investment is not reported.
        public var unreported: Int
    }

    /// A phase whose planned end has passed without it being completed or in production.
    public struct LatePhase: Sendable {
        public var project: Project
        public var phase: ProjectPhase
    }

    public var byStatus: [Group]
    public var byCluster: [Group]
    public var byDistrict: [Group]
    public var late: [LatePhase]

    /// `asOf` is an ISO date ("2021-01-31"); planned ends given as months count from the month's end.
    public init(projects: [Project], places: PlaceDirectory, asOf: String) {
        func groups(_ key: (Project) -> String?) -> [Group] {
            var order: [String?] = []
            var members: [String?: [Project]] = [:]
            for p in projects {
                let k = key(p)
                if members[k] == nil { order.append(k) }
                members[k, default: []].append(p)
            }
            return order.map { k in
                let list = members[k]!
                let known = list.compactMap(\.investment)
                let sum = known.isEmpty
                    ? nil : Quantity(known.map(\.value).reduce(0, +), known.allSatisfy { $0.qualifier == .exact } ? .exact : .approx)
                return Group(key: k, projects: list, knownInvestment: sum, unreported: list.count - known.count)
            }
        }
        byStatus = groups { $0.status?.rawValue }
        byCluster = groups { $0.clusterId }
        byDistrict = groups { $0.placeId.flatMap { places.district(of: $0)?.id } }
        late = projects.flatMap { project in
            project.phases.compactMap { phase -> LatePhase? in
                guard let planned = phase.plannedEnd else { return nil }
                let end = planned.count == 7 ? planned + "-31" : planned
                let done: Set<ProjectStatus?> = [.completed, .inProduction, .cancelled]
                return end < asOf && !done.contains(phase.status) ? LatePhase(project: project, phase: phase) : nil
            }
        }
    }
}
