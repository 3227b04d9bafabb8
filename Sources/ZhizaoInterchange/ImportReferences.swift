import ZhizaoCore

/// What imported rows may refer to, as the database holds it when the import starts.
public struct ImportReferences {
    public var places: PlaceDirectory
    public var clusterIds: Set<String>
    public var metrics: [String: Metric]
    public var sourceIds: Set<String>
    public var projectIds: Set<String>
    /// Whether an enterprise with this slug or USCC exists.
    public var enterpriseExists: (String) -> Bool
    /// Where the import may write; nil: everywhere.
    public var scope: WriteScope?

    public init(
        places: PlaceDirectory, clusterIds: Set<String>, metrics: [String: Metric], sourceIds: Set<String>,
        projectIds: Set<String>, enterpriseExists: @escaping (String) -> Bool
    ) {
        self.places = places
        self.clusterIds = clusterIds
        self.metrics = metrics
        self.sourceIds = sourceIds
        self.projectIds = projectIds
        self.enterpriseExists = enterpriseExists
    }

    /// Why `subject` does not resolve, nil when it does.
    func problem(with subject: Subject) -> String? {
        let exists: Bool
        switch subject {
        case .place(let id): exists = places.place(id: id) != nil
        case .cluster(let id): exists = clusterIds.contains(id)
        case .enterprise(let id): exists = enterpriseExists(id)
        case .project(let id): exists = projectIds.contains(id)
        }
        return exists ? nil : "no \(subject.kind) \"\(subject.id)\" in the database"
    }
}
