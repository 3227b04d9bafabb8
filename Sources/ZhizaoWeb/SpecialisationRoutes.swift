import ZhizaoAnalytics
import Hummingbird
import ZhizaoCore
import ZhizaoStore

/// The specialisation page and a district's opportunities: pages, their workbooks and CSV files, and their API.
struct SpecialisationRoutes {
    let site: Site
    let cache: ResponseCache

    /// How many opportunities a page, a download and the API list by default, and at most.
    static let defaultLimit = 20
    static let limits = 1...200

    func add(to book: RouteBook) {
        /// Registers a cached GET route.
        func get(_ path: String, _ render: @escaping @Sendable (Request, AppContext) async throws -> Rendered) {
            book.get(path, .read) { request, context in try await cache.respond(to: request, context) { try await render(request, context) } }
        }
        get("/specialisation") { request, context in
            let query = try SpecialisationQuery(request)
            let page = SpecialisationPage(snapshot: try await site.snapshot(), specialisation: try await specialisation(query), query: query)
            return Reply.page(request, context, title: { Words(language: $0)("专业化", "Specialisation") }, body: page.html)
        }
        get("/places/:id/opportunities") { request, context in
            let (place, found, query) = try await opportunities(request, context)
            let page = OpportunitiesPage(snapshot: try await site.snapshot(), place: place, found: found, query: query)
            return Reply.page(request, context, title: { Words(language: $0)("\(Words(language: $0)(place.name))的发展机会", "Opportunities for \(Words(language: $0)(place.name))") }, body: page.html)
        }
        let formats: [(String, @Sendable (SheetDownload) throws -> Rendered)] = [(".xlsx", { try $0.rendered() }), (".csv", { $0.renderedCSV() })]
        for (suffix, render) in formats {
            get("/specialisation" + suffix) { request, _ in
                try render(await lists(request).specialisation(try await specialisation(try SpecialisationQuery(request))))
            }
            get("/places/:id/opportunities" + suffix) { request, context in
                let (place, found, _) = try await opportunities(request, context)
                return try render(try await lists(request).opportunities(found, place: place))
            }
        }
        get("/api/v1/specialisation") { request, _ in
            let snapshot = try await site.snapshot()
            return try Reply.json(API.specialisation(try await specialisation(try SpecialisationQuery(request))) { id in
                snapshot.places.place(id: id)?.name ?? LocalizedText(zh: id)
            })
        }
        get("/api/v1/places/:id/opportunities") { request, context in
            let (place, found, _) = try await opportunities(request, context)
            return try Reply.json(API.opportunities(found, place: place))
        }
    }

    private func lists(_ request: Request) async throws -> ListDownloads {
        ListDownloads(snapshot: try await site.snapshot(), language: Reply.language(request).language)
    }

    private func specialisation(_ query: SpecialisationQuery) async throws -> Specialisation {
        try await site.database.specialisation(regions: query.regions, level: query.level, measure: query.measure)
    }

    /// The district a path names (by id or any of its names; 404 with the nearest names) and its opportunities
    /// by the request's level, measure and `limit`; a district without firms is a 404 that says so.
    private func opportunities(_ request: Request, _ context: AppContext) async throws -> (Place, DistrictOpportunities, SpecialisationQuery) {
        let snapshot = try await site.snapshot()
        let id = try snapshot.placeId(try PageRoutes.pathName(context, "id"), as: .district, parameter: "id", status: .notFound)
        guard let place = snapshot.places.place(id: id) else { throw HTTPError(.notFound) }
        let query = try SpecialisationQuery(request, regions: [.district])
        var limit = Self.defaultLimit
        if let text = request.uri.queryParameters.get("limit") {
            guard let n = Int(text.trimmingWhitespace()), Self.limits.contains(n) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from \(Self.limits.lowerBound) to \(Self.limits.upperBound)")
            }
            limit = n
        }
        guard let found = try await site.database.opportunities(district: id, level: query.level, measure: query.measure, limit: limit, nearest: 3) else {
            throw HTTPError(.notFound, message: "the registry holds no firm in \(id) with an industry class; its opportunities cannot be computed")
        }
        return (place, found, query)
    }
}
