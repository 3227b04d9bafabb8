import Hummingbird
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// A name in a request (a filter's district, a path's cluster) that names no record or several. The API answers
/// with `status` and the candidates or nearest names in the error body; pages show the message with links.
struct NameError: Error, Sendable {
    /// The query parameter or path segment that held the name.
    var parameter: String
    var kind: NameKind
    var resolution: NameResolution
    var status: HTTPResponse.Status = .badRequest

    var problem: LocalizedText { resolution.problem(kind) ?? LocalizedText(zh: "", en: "") }
}

/// Names in requests resolved as the command line resolves them (`NameResolver`).
extension Site.Snapshot {
    var clusterNames: NameResolver { .clusters(clusters, places: places.places) }

    /// The id of the cluster `text` names, else a `NameError` for `parameter`.
    func clusterId(_ text: String, parameter: String, status: HTTPResponse.Status = .badRequest) throws -> String {
        try Self.id(clusterNames.resolve(text), .cluster, parameter, status)
    }

    /// The id of the place `text` names among places of `kind` (`.place`, `.district`, `.park`).
    func placeId(_ text: String, as kind: NameKind, parameter: String, status: HTTPResponse.Status = .badRequest) throws -> String {
        try Self.id(places.resolve(text, as: kind), kind, parameter, status)
    }

    /// The project named `text` (Chinese or English, simplified or traditional), when exactly one is.
    func project(named text: String) -> Project? {
        let key = NameResolver.normalised(text)
        let named = projects.filter { project in
            NameResolver.normalised(project.name.zh) == key || project.name.en.map(NameResolver.normalised) == key
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The id of the link of `chain` that `text` names (id, name or part of it), else a `NameError` for `parameter`.
    static func linkId(_ text: String, in chain: ChainTemplates.Chain, parameter: String) throws -> String {
        try id(chain.linkNames.resolve(text), .chainLink, parameter, .badRequest)
    }

    /// The designation `text` names.
    static func designation(_ text: String, parameter: String) throws -> DesignationKind {
        DesignationKind(rawValue: try id(NameResolver.designations.resolve(text), .designation, parameter, .badRequest))!
    }

    private static func id(_ resolution: NameResolution, _ kind: NameKind, _ parameter: String, _ status: HTTPResponse.Status) throws -> String {
        guard let entry = resolution.entry else { throw NameError(parameter: parameter, kind: kind, resolution: resolution, status: status) }
        return entry.id
    }
}

extension Site {
    /// The enterprise `ref` names: a USCC (in any case), a slug, or the exact name of one firm; else a `NameError`
    /// (404) with the firms whose names contain it, or the firms of that name.
    func enterprise(named ref: String, parameter: String) async throws -> Enterprise {
        let text = ref.trimmingWhitespace()
        if let firm = try await database.enterprise(ref: text) { return firm }
        if let firm = try await database.enterprise(ref: text.uppercased()) { return firm }
        let named = try await database.enterprises(named: text, limit: 10)
        if named.count == 1, let firm = try await database.enterprise(ref: named[0].ref) { return firm }
        let entries = { (matches: [NameMatch]) in matches.map { NameResolver.Entry(id: $0.ref, name: $0.name) } }
        let resolution: NameResolution = named.isEmpty
            ? .unknown(text: text, suggestions: entries(try await database.searchEnterprises(text, limit: 5)))
            : .ambiguous(text: text, candidates: entries(named))
        throw NameError(parameter: parameter, kind: .enterprise, resolution: resolution, status: .notFound)
    }
}
