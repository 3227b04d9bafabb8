/// A subject as a reviewer writes it: `KIND:ID` as stored (`place:huadu`, `cluster:auto`), or the name of a place or
/// a cluster as people write it (花都区, 广州市花都区, 汽车产业集群, 汽車). A name that could be both, or neither, is
/// refused with what to write instead; so is a place or cluster id the database does not hold, unless it is a name
/// of that kind (place:花都区).
public struct SubjectNames: Sendable {
    private let places: PlaceDirectory
    private let clusters: NameResolver
    private let clusterIds: Set<String>

    public init(places: [Place], clusters: [Cluster]) {
        self.places = PlaceDirectory(places: places)
        self.clusters = NameResolver.clusters(clusters, places: places)
        clusterIds = Set(clusters.map(\.id))
    }

    /// The subject `text` names, or what is wrong with it and what to write instead, in both languages.
    public func resolve(_ text: String) -> Result<Subject, SubjectNameProblem> {
        switch Subject(text) {
        case .place(let id)? where places.place(id: id) == nil:
            return Self.result(places.resolve(id, as: .place), .place, Subject.place)
        case .cluster(let id)? where !clusterIds.contains(id):
            return Self.result(clusters.resolve(id), .cluster, Subject.cluster)
        case let subject?:
            return .success(subject)
        case nil:
            break
        }
        let place = places.resolve(text, as: .place), cluster = clusters.resolve(text)
        switch (place.entry, cluster.entry) {
        case (let found?, nil): return .success(.place(found.id))
        case (nil, let found?): return .success(.cluster(found.id))
        case (let p?, let c?):
            return .failure(SubjectNameProblem(LocalizedText(
                zh: "\u{201C}\(text)\u{201D}既可指地区\u{201C}\(p.name.zh)\u{201D}，也可指产业集群\u{201C}\(c.name.zh)\u{201D}：请写 place:\(p.id) 或 cluster:\(c.id)。",
                en: "\"\(text)\" could be the place \"\(p.name.en ?? p.name.zh)\" or the cluster \"\(c.name.en ?? c.name.zh)\": write place:\(p.id) or cluster:\(c.id).")))
        case (nil, nil):
            if case .ambiguous = place { return Self.result(place, .place, Subject.place) }
            if case .ambiguous = cluster { return Self.result(cluster, .cluster, Subject.cluster) }
            let nearest = place.alternatives.prefix(3).map { ("place:\($0.id)", $0.name) } + cluster.alternatives.prefix(3).map { ("cluster:\($0.id)", $0.name) }
            let zh = nearest.map { "\u{201C}\($1.zh)\u{201D}（\($0)）" }.joined(separator: "、")
            let en = nearest.map { "\"\($1.en ?? $1.zh)\" (\($0))" }.joined(separator: ", ")
            return .failure(SubjectNameProblem(LocalizedText(
                zh: "没有名为\u{201C}\(text)\u{201D}的地区、园区或产业集群。" + (nearest.isEmpty ? "" : "是否要找：\(zh)？") + "也可写作 类型:编号，如 place:huadu。",
                en: "No place, park or cluster is named \"\(text)\"." + (nearest.isEmpty ? "" : " Did you mean \(en)?") + " Or write KIND:ID, e.g. place:huadu.")))
        }
    }

    /// The subject `resolution` found, made by `subject` from its id, or its problem as a name of `kind`.
    private static func result(_ resolution: NameResolution, _ kind: NameKind, _ subject: (String) -> Subject) -> Result<Subject, SubjectNameProblem> {
        resolution.entry.map { .success(subject($0.id)) } ?? .failure(SubjectNameProblem(resolution.problem(kind)!))
    }
}

/// Why a subject's name was refused, and what to write instead.
public struct SubjectNameProblem: Error, Sendable {
    public let text: LocalizedText
    init(_ text: LocalizedText) { self.text = text }
}
