/// Whether a cluster is the city's or a district's.
public enum ClusterScope: String, Sendable, Codable, CaseIterable {
    case city, district
}

/// An industrial cluster (产业集群), citywide or in one district; its output and targets live in
/// observations and targets.
public struct Cluster: Sendable, Codable, Hashable, Identifiable {
    /// A stable slug, e.g. "auto" or "huadu-auto".
    public var id: String
    public var name: LocalizedText
    public var scope: ClusterScope
    /// The city or district the cluster belongs to.
    public var placeId: String
    /// The citywide cluster a district cluster is part of, e.g. "auto" for "huadu-auto".
    public var parentId: String?
    public var sourceId: String?

    public init(
        id: String, name: LocalizedText, scope: ClusterScope, placeId: String, parentId: String? = nil,
        sourceId: String? = nil
    ) {
        self.id = id
        self.name = name
        self.scope = scope
        self.placeId = placeId
        self.parentId = parentId
        self.sourceId = sourceId
    }
}
