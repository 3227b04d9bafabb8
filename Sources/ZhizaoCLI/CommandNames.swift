import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

/// Names typed on the command line (汽车, 花都区, 广州市花都区, 汽車) resolved to ids as the pages and the API
/// resolve them; an ambiguous or unknown name is refused with the candidates or the nearest names, in the
/// command's language.
struct CommandNames {
    let database: any Storage
    let language: Language

    /// The id of the cluster `text` names.
    func cluster(_ text: String) async throws -> String {
        try id(NameResolver.clusters(try await database.clusters(), places: try await database.places()).resolve(text), .cluster)
    }

    /// The id of the place `text` names, among places of `kind` (`.place`, `.district` or `.park`).
    func place(_ text: String, as kind: NameKind = .place) async throws -> String {
        try id(PlaceDirectory(places: try await database.places()).resolve(text, as: kind), kind)
    }

    /// The id of the link of `chain` that `text` names (its id, its name or part of it).
    func link(_ text: String, in chain: ChainTemplates.Chain) throws -> String {
        try id(chain.linkNames.resolve(text), .chainLink)
    }

    private func id(_ resolution: NameResolution, _ kind: NameKind) throws -> String {
        if let problem = resolution.problem(kind) { throw Refusal(problem.text(language)) }
        return resolution.entry!.id
    }
}
