import ZhizaoAnalytics
import Hummingbird
import ZhizaoCore
import ZhizaoStorage

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
            let page = SpecialisationPage(
                snapshot: try await site.snapshot(), specialisation: try await specialisation(query), query: query, tables: try await site.database.regionalTables())
            return Reply.page(request, context, title: { Words(language: $0)("专业化", "Specialisation") }, body: page.html)
        }
        get("/places/:id/opportunities") { request, context in
            let (place, found, query) = try await opportunities(request, context, required: false)
            let title = { (l: Language) in Words(language: l)("\(Words(language: l)(place.name))的发展机会", "Opportunities for \(Words(language: l)(place.name))") }
            guard let found else {
                // The page explains what is missing rather than answering 404 (the API and downloads do).
                return Reply.page(request, context, title: title) { l in
                    let w = Words(language: l)
                    return "<p class=\"meta back\">\(HTML.link("/places/\(place.id)", "← " + w(place.name)))</p><h1>\(title(l))</h1>"
                        + MissingIndustryData.html(place: w(place.name), w)
                }
            }
            let page = OpportunitiesPage(snapshot: try await site.snapshot(), place: place, found: found, query: query)
            return Reply.page(request, context, title: title, body: page.html)
        }
        let formats: [(String, @Sendable (SheetDownload) throws -> Rendered)] = [(".xlsx", { try $0.rendered() }), (".csv", { $0.renderedCSV() })]
        for (suffix, render) in formats {
            get("/specialisation" + suffix) { request, context in
                try render(await lists(context).specialisation(try await specialisation(try SpecialisationQuery(request))))
            }
            get("/places/:id/opportunities" + suffix) { request, context in
                let (place, found, _) = try await opportunities(request, context)
                return try render(try await lists(context).opportunities(found, place: place))
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

    private func lists(_ context: AppContext) async throws -> ListDownloads {
        ListDownloads(snapshot: try await site.snapshot(), language: context.language)
    }

    private func specialisation(_ query: SpecialisationQuery) async throws -> Specialisation {
        if let table = query.table { return try await site.database.specialisation(regionalTable: table, year: query.year) }
        return try await site.database.specialisation(regions: query.regions, level: query.level, measure: query.measure)
    }

    /// The region a path names and its opportunities, which must be there (a 404 otherwise).
    private func opportunities(_ request: Request, _ context: AppContext) async throws -> (OpportunityRegion, DistrictOpportunities, SpecialisationQuery) {
        let (place, found, query) = try await opportunities(request, context, required: true)
        return (place, found!, query)
    }

    /// The region a path names and its opportunities by the request's level, measure and `limit`. Over the registry
    /// the path names a district (by id or any of its names; 404 with the nearest names), and a district without
    /// classified firms is a 404 that says so, or nil when not `required`. With `table`, the path names a region of
    /// that regional table (as written, or a place it names); an unknown table, year or region is a 404 saying which
    /// there are.
    private func opportunities(_ request: Request, _ context: AppContext, required: Bool) async throws
        -> (OpportunityRegion, DistrictOpportunities?, SpecialisationQuery)
    {
        let snapshot = try await site.snapshot()
        let query = try SpecialisationQuery(request, regions: [.district])
        var limit = Self.defaultLimit
        if let text = request.uri.queryParameters.get("limit") {
            guard let n = Int(text.trimmingWhitespace()), Self.limits.contains(n) else {
                throw HTTPError(.badRequest, message: "limit must be a whole number from \(Self.limits.lowerBound) to \(Self.limits.upperBound)")
            }
            limit = n
        }
        let path = try PageRoutes.pathName(context, "id")
        if let table = query.table {
            let found = try await site.database.opportunities(regionalTable: table, year: query.year, region: path, limit: limit)
            let written = found.specialisation.table.regions[found.region]
            let place = snapshot.places.resolve(written).entry.flatMap { snapshot.places.place(id: $0.id) }
            let region = OpportunityRegion(id: place?.id ?? written, name: place?.name ?? LocalizedText(zh: written), placeId: place?.id)
            return (region, found, query)
        }
        let id = try snapshot.placeId(path, as: .district, parameter: "id", status: .notFound)
        guard let place = snapshot.places.place(id: id) else { throw HTTPError(.notFound) }
        let found = try await site.database.opportunities(district: id, level: query.level, measure: query.measure, limit: limit, nearest: 3)
        guard found != nil || !required else {
            throw HTTPError(.notFound, message: "the registry holds no firm in \(id) with an industry class; its opportunities cannot be computed")
        }
        return (OpportunityRegion(id: place.id, name: place.name, placeId: place.id), found, query)
    }
}

/// The region an opportunities address names: a district of the registry, or a region of a regional table.
struct OpportunityRegion: Sendable {
    /// The address's id: a place's id, else the region as the table writes it.
    var id: String
    var name: LocalizedText
    /// The place it is, when it is one (its page is linked).
    var placeId: String?

    /// The address of its opportunities with `query`'s choices.
    func path(_ suffix: String = "") -> String { "/places/\(HTML.query(id))/opportunities\(suffix)" }
}
