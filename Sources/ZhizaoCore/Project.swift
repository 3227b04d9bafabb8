/// Where a project (or one of its phases) stands.
public enum ProjectStatus: String, Sendable, Codable, CaseIterable {
    case planned, signed, underConstruction = "under-construction", inProduction = "in-production", completed,
        cancelled

    public var name: LocalizedText {
        switch self {
        case .planned: LocalizedText(zh: "谋划中", en: "planned")
        case .signed: LocalizedText(zh: "已签约", en: "signed")
        case .underConstruction: LocalizedText(zh: "在建", en: "under construction")
        case .inProduction: LocalizedText(zh: "已投产", en: "in production")
        case .completed: LocalizedText(zh: "已竣工", en: "completed")
        case .cancelled: LocalizedText(zh: "已取消", en: "cancelled")
        }
    }
}

/// What kind of undertaking a project is.
public enum ProjectKind: String, Sendable, Codable, CaseIterable {
    /// An investment and construction project.
    case construction
    /// A framework or strategic cooperation agreement (战略合作协议).
    case agreement
}

/// One phase of a project (一期, 二期 …) with its status and dates.
public struct ProjectPhase: Sendable, Codable, Hashable {
    /// 1 for 一期, 2 for 二期; nil when the source names no phase.
    public var number: Int?
    public var status: ProjectStatus?
    /// When the phase reached its status ("2020-12"), where stated.
    public var since: String?
    /// When the phase is planned to be completed or in production, where stated.
    public var plannedEnd: String?

    public init(number: Int? = nil, status: ProjectStatus? = nil, since: String? = nil, plannedEnd: String? = nil) {
        self.number = number
        self.status = status
        self.since = since
        self.plannedEnd = plannedEnd
    }

    /// The import/export spelling `NUMBER:STATUS[:SINCE[:PLANNED_END]]`, e.g. `1:in-production:2020-12`.
    public var token: String {
        var parts = [number.map(String.init) ?? "", status?.rawValue ?? ""]
        if since != nil || plannedEnd != nil { parts.append(since ?? "") }
        if let plannedEnd { parts.append(plannedEnd) }
        return parts.joined(separator: ":")
    }
}

/// A key project: investors, place, cluster, phases, investment and the plans that list it.
public struct Project: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var kind: ProjectKind
    public var placeId: String?
    public var clusterId: String?
    /// Slugs or USCCs of investing enterprises in the registry.
    public var investorIds: [String]
    public var phases: [ProjectPhase]
    /// Total investment in CNY, with its qualifier.
    public var investment: Quantity?
    /// Plans that list the project, e.g. "广州市2020年重点建设项目建设计划".
    public var listings: [String]
    /// What the project covers, where the source says (e.g. the areas of a strategic agreement).
    public var scope: LocalizedText?
    public var sourceId: String?

    public init(
        id: String, name: LocalizedText, kind: ProjectKind = .construction, placeId: String? = nil,
        clusterId: String? = nil, investorIds: [String] = [], phases: [ProjectPhase] = [],
        investment: Quantity? = nil, listings: [String] = [], scope: LocalizedText? = nil, sourceId: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.placeId = placeId
        self.clusterId = clusterId
        self.investorIds = investorIds
        self.phases = phases
        self.investment = investment
        self.listings = listings
        self.scope = scope
        self.sourceId = sourceId
    }

    /// The status of the most advanced phase that states one; a project's headline status.
    public var status: ProjectStatus? {
        phases.last { $0.status != nil }?.status
    }
}
