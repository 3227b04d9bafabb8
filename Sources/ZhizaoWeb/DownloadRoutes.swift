import Hummingbird
import ZhizaoCore
import ZhizaoStorage

/// The pages' lists as Excel workbooks (`.xlsx`), in the page's language, with the page's filters: the registry,
/// a cluster's chain, the 小升规 candidates, a document's facts, the programme's targets.
struct DownloadRoutes {
    let site: Site
    let cache: ResponseCache

    /// The most firms one registry download holds (Excel holds 1,048,576 rows a sheet).
    static let enterpriseLimit = 100_000

    func add(to book: RouteBook) {
        /// Registers a download: built when asked, kept in the response cache like a page.
        func download(_ path: String, _ build: @escaping @Sendable (Request, AppContext, ListDownloads) async throws -> SheetDownload) {
            book.get(path, .read) { request, context in
                try await cache.respond(to: request, context) {
                    let lists = ListDownloads(snapshot: try await site.snapshot(), language: context.language)
                    return try await build(request, context, lists).rendered()
                }
            }
        }
        download("/enterprises.xlsx") { request, _, lists in
            lists.enterprises(try await site.database.enterprises(matching: try PageRoutes.enterpriseQuery(request, lists.snapshot), limit: Self.enterpriseLimit))
        }
        download("/clusters/:id/chain.xlsx") { _, context, lists in
            guard let cluster = lists.snapshot.cluster(try context.parameters.require("id")),
                let chain = try await site.database.chainAnalysis(clusterId: cluster.id, placeId: nil)
            else { throw HTTPError(.notFound) }
            return lists.chain(chain, cluster: cluster)
        }
        /// A cluster's investment targets, as `/clusters/ID` shows them with the same `place` and `gap`.
        let targets: @Sendable (Request, AppContext, ListDownloads) async throws -> SheetDownload = { request, context, lists in
            guard let cluster = lists.snapshot.cluster(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            let query = try TargetQuery(request, snapshot: lists.snapshot, clusterId: cluster.id, defaultLimit: TargetsSection.perGap)
            guard let found = try await site.database.chainTargets(
                clusterId: cluster.id, placeId: query.place, gap: query.gap, limit: query.gap == nil ? query.limit : TargetsSection.perGapAlone,
                list: query.list)
            else { throw HTTPError(.notFound) }
            return lists.investmentTargets(found, cluster: cluster)
        }
        download("/clusters/:id/targets.xlsx", targets)
        book.get("/clusters/:id/targets.csv", .read) { request, context in
            try await cache.respond(to: request, context) {
                let lists = ListDownloads(snapshot: try await site.snapshot(), language: context.language)
                return try await targets(request, context, lists).renderedCSV()
            }
        }
        download("/pipeline.xlsx") { _, _, lists in
            lists.candidates(try await site.database.upgradeCandidates(limit: PipelinePage.candidateLimit))
        }
        download("/documents/:id/facts.xlsx") { _, context, lists in
            guard let id = Int64(try context.parameters.require("id")), let document = try await site.database.document(id: id) else {
                throw HTTPError(.notFound)
            }
            return lists.facts(try await site.database.pendingFacts(documentId: id, status: nil), document: document)
        }
        download("/targets.xlsx") { _, _, lists in lists.targets(lists.snapshot.targets) }
    }
}
