import Foundation
import Hummingbird
import ZhizaoAccess
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The dashboard's pages.
struct PageRoutes {
    let site: Site
    let cache: ResponseCache

    /// What a page route renders: its title and body in a language.
    struct Rendering {
        var title: (Language) -> String
        var body: (Language) -> HTML
    }

    func add(to book: RouteBook) {
        /// Registers a page: rendered in the layout, kept in the response cache.
        func page(_ path: String, _ render: @escaping @Sendable (Request, AppContext) async throws -> Rendering) {
            book.get(path, .read) { request, context in
                try await cache.respond(to: request, context) {
                    let rendering = try await render(request, context)
                    return Reply.page(request, context, title: rendering.title, body: rendering.body)
                }
            }
        }
        page("/") { _, _ in
            let snapshot = try await site.snapshot()
            let page = OverviewPage(snapshot: snapshot)
            return Rendering(title: { Words(language: $0)(page.title) }, body: page.html)
        }
        page("/clusters") { _, _ in
            let page = ClustersPage(snapshot: try await site.snapshot())
            return Rendering(title: { Words(language: $0)("产业集群", "Clusters") }, body: page.html)
        }
        page("/clusters/:id") { request, context in
            let snapshot = try await site.snapshot()
            let id = try Self.pathName(context, "id")
            guard let cluster = snapshot.cluster(id) else {
                throw Self.canonical(request, "/clusters/", try snapshot.clusterId(id, parameter: "id", status: .notFound))
            }
            let refs = Array(Set(snapshot.projects(ofCluster: cluster.id).flatMap(\.investorIds))).sorted()
            let query = try TargetQuery(request, snapshot: snapshot, clusterId: cluster.id, defaultLimit: TargetsSection.perGap)
            var page = ClusterPage(
                snapshot: snapshot, cluster: cluster, enterprises: try await refs.asyncCompactMap(site.database.enterprise(ref:)),
                chain: try await site.database.chainAnalysis(clusterId: cluster.id, placeId: query.place))
            if let targets = try await site.database.chainTargets(
                clusterId: cluster.id, placeId: query.place, gap: query.gap,
                limit: query.gap == nil ? query.limit : max(query.limit, TargetsSection.perGapAlone), list: query.list)
            {
                page.targets = (targets, query, try await site.database.targetLists().map(\.name))
            }
            return Rendering(title: { Words(language: $0)(cluster.name) }, body: page.html)
        }
        page("/enterprises") { request, _ in
            let snapshot = try await site.snapshot()
            let page: EnterprisesPage
            do {
                let query = try Self.enterpriseQuery(request, snapshot)
                page = EnterprisesPage(snapshot: snapshot, query: query, page: try await site.database.enterprises(query))
            } catch let problem as NameError {
                // A filter that names no place or designation says so, with the nearest names, instead of an empty list.
                page = EnterprisesPage(snapshot: snapshot, query: try Self.enterpriseQuery(request, snapshot, without: problem.parameter), page: nil, nameProblem: problem)
            }
            return Rendering(title: { Words(language: $0)("企业", "Enterprises") }, body: page.html)
        }
        page("/enterprises/:ref") { request, context in
            let ref = try context.parameters.require("ref")
            guard let enterprise = try await site.database.enterprise(ref: ref) else { throw HTTPError(.notFound) }
            let edit = try await EditContext.of(context, district: enterprise.districtId) { try await site.database.enterpriseVersion(ref: ref) }
            let page = EnterprisePage(
                snapshot: try await site.snapshot(), enterprise: enterprise, projects: try await site.database.projects(investor: ref), edit: edit)
            return Rendering(title: { Words(language: $0)(enterprise.name) }, body: page.html)
        }
        page("/projects") { request, _ in
            let status = request.uri.queryParameters.get("status")
            if let status, status != "unknown", ProjectStatus(rawValue: status) == nil {
                throw HTTPError(.badRequest, message: "status must be one of \(ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")) or unknown")
            }
            let page = ProjectsPage(snapshot: try await site.snapshot(), status: status)
            return Rendering(title: { Words(language: $0)("重点项目", "Key projects") }, body: page.html)
        }
        page("/projects/:id") { request, context in
            let snapshot = try await site.snapshot()
            let id = try Self.pathName(context, "id")
            guard let project = snapshot.project(id) else {
                guard let named = snapshot.project(named: id) else { throw HTTPError(.notFound) }
                throw Self.canonical(request, "/projects/", named.id)
            }
            let district = project.placeId.flatMap { snapshot.places.district(of: $0)?.id }
            let chain = try await project.clusterId.asyncFlatMap { try await site.database.chainAnalysis(clusterId: $0, placeId: district) }
            let page = ProjectPage(
                snapshot: snapshot, project: project, investors: try await project.investorIds.asyncCompactMap(site.database.enterprise(ref:)),
                fills: chain?.projects.first { $0.project.id == project.id }?.nodes ?? [],
                edit: try await EditContext.of(context, district: district) { try await site.database.projectVersion(id: project.id) })
            return Rendering(title: { Words(language: $0)(project.name) }, body: page.html)
        }
        page("/pipeline") { request, _ in
            var checked: (enterprise: Enterprise, results: [(DesignationKind, [Eligibility.Result])])?
            var miss: (query: String, candidates: [NameMatch])?
            if let ref = request.uri.queryParameters.get("enterprise")?.trimmingWhitespace(), !ref.isEmpty {
                if let firm = try await site.database.enterprise(ref: ref) {
                    let year = firm.latestRevenue?.year ?? 2020
                    checked = (firm, [DesignationKind.littleGiant, .singleChampion].map { ($0, Eligibility.shipped.evaluate(firm, for: $0, year: year)) })
                } else {
                    miss = (ref, try await site.database.enterpriseCandidates(for: ref, limit: 8))
                }
            }
            let page = PipelinePage(
                snapshot: try await site.snapshot(), aboveScale: try await site.database.aboveScaleCount(),
                candidates: try await site.database.upgradeCandidates(limit: PipelinePage.candidateLimit), checked: checked, miss: miss)
            return Rendering(title: { Words(language: $0)("梯度培育", "Cultivation pipeline") }, body: page.html)
        }
        page("/checks") { _, _ in
            let page = ChecksPage(snapshot: try await site.snapshot())
            return Rendering(title: { Words(language: $0)("数据核查", "Consistency checks") }, body: page.html)
        }
        page("/documents") { _, context in
            let page = DocumentsPage(documents: try await site.database.documents(), canWrite: AccessPolicy.allows(context.principal, .writeSome))
            return Rendering(title: { Words(language: $0)("文档", "Documents") }, body: page.html)
        }
        page("/documents/:id") { request, context in
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            return try await Self.documentRendering(site, context, id)
        }
        page("/indicators") { _, _ in
            let page = IndicatorsPage(snapshot: try await site.snapshot())
            return Rendering(title: { Words(language: $0)("指标", "Indicators") }, body: page.html)
        }
        page("/layout") { request, _ in
            let parameters = request.uri.queryParameters
            func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
                guard let text = parameters.get(name), !text.isEmpty else { return nil }
                guard let value = T(rawValue: text) else {
                    throw HTTPError(.badRequest, message: "\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
            let page = SpatialPage(
                snapshot: try await site.snapshot(), measure: try choice("measure", MapMeasure.self), scope: try choice("scope", MapScope.self) ?? .city)
            return Rendering(title: { Words(language: $0)("空间布局", "Spatial layout") }, body: page.html)
        }
        page("/places/:id") { request, context in
            let snapshot = try await site.snapshot()
            let id = try Self.pathName(context, "id")
            guard let place = snapshot.places.place(id: id), place.kind == .district else {
                throw Self.canonical(request, "/places/", try snapshot.placeId(id, as: .district, parameter: "id", status: .notFound))
            }
            let page = PlacePage(
                snapshot: snapshot, place: place,
                topFirms: try await site.database.enterprises(EnterpriseQuery(districtId: place.id, sort: .revenueDescending, perPage: 10)),
                hasIndustryData: try await site.database.hasClassifiedFirms(inDistrict: place.id))
            return Rendering(title: { Words(language: $0)(place.name) }, body: page.html)
        }
        page("/sources") { _, _ in
            let page = SourcesPage(snapshot: try await site.snapshot())
            return Rendering(title: { Words(language: $0)("数据来源", "Sources") }, body: page.html)
        }
        book.get("/assets/app.css", .open) { _, _ in Reply.asset(Assets.css, type: "text/css; charset=utf-8") }
        book.get("/assets/app.js", .open) { _, _ in Reply.asset(Assets.js, type: "text/javascript; charset=utf-8") }
        book.get("/assets/icon.svg", .open) { _, _ in Reply.asset(Assets.icon, type: "image/svg+xml") }
        book.get("/favicon.ico", .open) { _, _ in Response(status: .movedPermanently, headers: [.location: "/assets/icon.svg"]) }
    }

    /// A document with its facts; for a reader who may write, the review forms of the facts of their districts.
    static func documentRendering(
        _ site: Site, _ context: AppContext, _ id: Int64, problem: (zh: String, en: String)? = nil
    ) async throws -> Rendering {
        guard let document = try await site.database.document(id: id) else { throw HTTPError(.notFound) }
        let facts = try await site.database.pendingFacts(documentId: id, status: nil)
        var review: DocumentPage.Review?
        if AccessPolicy.allows(context.principal, .writeSome) {
            var pending: [PendingFact] = []
            for fact in facts where fact.status == .pending {
                if try await FactReview.mayReview(fact, context.principal, site.database) { pending.append(fact) }
            }
            let confident = try await site.database.confidentFacts(documentId: id)
            let reviewable = Set(pending.map(\.id))
            review = DocumentPage.Review(
                csrf: context.session?.csrf, facts: reviewable,
                confident: confident.allSatisfy { reviewable.contains($0.id) } ? confident.count : nil)
        }
        let page = DocumentPage(
            snapshot: try await site.snapshot(), document: document, facts: facts, proposals: try await site.database.metricProposals(documentId: id),
            review: review, problem: problem)
        return Rendering(title: { _ in document.title }, body: page.html)
    }

    /// The registry query of a request: `q`, `district`, `park`, `industry`, `designation`, `sort`, `page`, `per_page`.
    /// District, park and designation are names as people write them (花都区, 花都, 小巨人); one that names nothing,
    /// or several, is a `NameError`. `without` leaves a parameter out (the one whose name was not found).
    static func enterpriseQuery(_ request: Request, _ snapshot: Site.Snapshot, without: String? = nil) throws -> EnterpriseQuery {
        let parameters = request.uri.queryParameters
        func value(_ name: String) -> String? {
            guard name != without else { return nil }
            return parameters.get(name).map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func number(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
            // Present but empty (`per_page=`) is no number either.
            guard let text = parameters.get(name)?.trimmingWhitespace() else { return fallback }
            guard let n = Int(text), range.contains(n) else {
                throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        let designation = try value("designation").map { try Site.Snapshot.designation($0, parameter: "designation") }
        let district = try value("district").map { try snapshot.placeId($0, as: .district, parameter: "district") }
        let park = try value("park").map { try snapshot.placeId($0, as: .park, parameter: "park") }
        var sort = EnterpriseQuery.Sort.revenueDescending
        if let text = value("sort") {
            guard let s = EnterpriseQuery.Sort(rawValue: text) else {
                throw HTTPError(.badRequest, message: "sort must be one of \(EnterpriseQuery.Sort.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            sort = s
        }
        if let industry = value("industry"), !industry.allSatisfy(\.isNumber) || industry.count > 4 {
            throw HTTPError(.badRequest, message: "industry must be a GB/T 4754-2017 code of 2 to 4 digits, e.g. 36 or 3670")
        }
        return EnterpriseQuery(
            text: value("q"), districtId: district, parkId: park, industryCode: value("industry"),
            designation: designation, sort: sort, page: try number("page", default: 1, range: EnterpriseQuery.pages),
            perPage: try number("per_page", default: 50, range: EnterpriseQuery.perPageRange))
    }

    /// A path segment as the reader typed it (汽车 arrives percent-encoded).
    static func pathName(_ context: AppContext, _ name: String) throws -> String {
        let raw = try context.parameters.require(name)
        return raw.contains("%") ? raw.removingPercentEncoding ?? raw : raw
    }

    /// A permanent redirect from a name's address to the record's canonical one, keeping the query (`?lang=en`).
    static func canonical(_ request: Request, _ prefix: String, _ id: String) -> HTTPError {
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return HTTPError(.movedPermanently, headers: [.location: prefix + HTML.query(id) + query])
    }
}
