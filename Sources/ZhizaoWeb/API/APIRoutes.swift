import ReportReader
import ZhizaoAnalytics
import Foundation
import Hummingbird
import ZhizaoCore
import ZhizaoStorage

/// The JSON API under /api/v1, documented in `Resources/openapi.json`.
struct APIRoutes {
    let site: Site
    let cache: ResponseCache

    /// Every route of the API as method and path, in the OpenAPI document's path syntax.
    static let routes: [String] = [
        "/api/v1/overview", "/api/v1/clusters", "/api/v1/clusters/{id}", "/api/v1/clusters/{id}/chain",
        "/api/v1/clusters/{id}/targets",
        "/api/v1/pipeline", "/api/v1/checks", "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/enterprises",
        "/api/v1/enterprises/{ref}", "/api/v1/enterprises/{ref}/eligibility", "/api/v1/projects", "/api/v1/projects/{id}",
        "/api/v1/observations",
        "/api/v1/metrics", "/api/v1/places", "/api/v1/sources", "/api/v1/targets", "/api/v1/statements",
        "/api/v1/openapi.json", "/api/v1/specialisation", "/api/v1/places/{id}/opportunities",
    ]

    static let openAPI: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("openapi.json is missing from the ZhizaoWeb bundle") }
        return text
    }()

    func add(to book: RouteBook) {
        /// Registers a cached GET route.
        func get(_ path: String, _ render: @escaping @Sendable (Request, AppContext) async throws -> Rendered) {
            book.get("/api/v1/" + path, .read) { request, context in try await cache.respond(to: request, context) { try await render(request, context) } }
        }
        get("overview") { _, _ in try Reply.json(overview(try await site.snapshot())) }
        get("clusters") { _, _ in try Reply.json(API.Items(items: clusterSummaries(try await site.snapshot()))) }
        get("clusters/:id") { _, context in
            let s = try await site.snapshot()
            let id = try PageRoutes.pathName(context, "id")
            guard let cluster = try s.cluster(id) ?? s.cluster(s.clusterId(id, parameter: "id", status: .notFound)) else {
                throw HTTPError(.notFound, message: "no cluster with this id; GET /api/v1/clusters lists them")
            }
            return try Reply.json(API.ClusterDetailJSON(
                cluster: .init(cluster), observations: s.observations(ofCluster: cluster.id).map { observation($0, s) },
                targets: s.targets.filter { $0.subject == .cluster(cluster.id) }.map { target($0, s) },
                statements: s.statements.filter { $0.subject == .cluster(cluster.id) }.map(API.StatementJSON.init),
                projects: s.projects(ofCluster: cluster.id).map(API.ProjectJSON.init)))
        }
        get("clusters/:id/chain") { request, context in
            let s = try await site.snapshot()
            let id = try s.clusterId(try PageRoutes.pathName(context, "id"), parameter: "id", status: .notFound)
            let place = try request.uri.queryParameters.get("place").map { try s.placeId($0, as: .place, parameter: "place") }
            guard let a = try await site.database.chainAnalysis(clusterId: id, placeId: place) else {
                throw HTTPError(.notFound, message: "no cluster with this id, or no chain template for it")
            }
            return try Reply.json(API.ChainJSON(
                chain: a.chain.id, name: API.Text(a.chain.name), cluster: id, place: a.placeId, completeness: a.completeness,
                nodes: a.nodes.map {
                    API.ChainNodeJSON(
                        id: $0.node.id, name: API.Text($0.node.name), stage: $0.node.stage, weight: $0.node.weight, classes: $0.node.classes,
                        strength: $0.strength.rawValue, firms: $0.stats.firms, revenueCNY: $0.stats.revenue, designated: $0.stats.designated,
                        tagged: $0.tagged.compactMap { $0.uscc ?? $0.slug })
                },
                gaps: a.gaps.map(\.id), leaders: a.leaders.compactMap { $0.uscc ?? $0.slug },
                projects: Dictionary(uniqueKeysWithValues: a.projects.map { ($0.project.id, $0.nodes.map(\.id)) })))
        }
        get("clusters/:id/targets") { request, context in
            let s = try await site.snapshot()
            let id = try s.clusterId(try PageRoutes.pathName(context, "id"), parameter: "id", status: .notFound)
            let query = try TargetQuery(request, snapshot: s, clusterId: id, defaultLimit: 10)
            guard let targets = try await site.database.chainTargets(clusterId: id, placeId: query.place, gap: query.gap, limit: query.limit, list: query.list)
            else { throw HTTPError(.notFound, message: "no chain template for this cluster") }
            return try Reply.json(API.InvestmentTargetsJSON(targets, cluster: id))
        }
        get("pipeline") { _, _ in
            let registry = try await site.snapshot().registry
            return try Reply.json(API.PipelineJSON(
                line: CultivationPipeline.aboveScaleLine, aboveScale: try await site.database.aboveScaleCount(),
                ladder: Dictionary(uniqueKeysWithValues: registry.designations.map { ($0.key.rawValue, $0.value) }),
                candidates: try await site.database.upgradeCandidates(limit: 100).map {
                    API.CandidateJSON(
                        ref: $0.ref, name: API.Text($0.name), district: $0.districtId, year: $0.year, revenueCNY: $0.revenue,
                        growth: $0.growth, projectedCNY: $0.projected, reason: API.Text($0.reason))
                }))
        }
        get("checks") { _, _ in
            try Reply.json(API.Items(items: try await site.snapshot().findings.map {
                API.FindingJSON(
                    severity: $0.severity.rawValue, check: $0.check, message: API.Text($0.message), observations: $0.observations.map(\.id),
                    sources: $0.sources)
            }))
        }
        get("documents") { _, _ in
            try Reply.json(API.Items(items: try await site.database.documents().map(API.DocumentJSON.init)))
        }
        get("documents/:id") { _, context in
            guard let id = Int64(try context.parameters.require("id")), let d = try await site.database.document(id: id) else {
                throw HTTPError(.notFound, message: "no document with this id; GET /api/v1/documents lists them")
            }
            let proposals = try await site.database.metricProposals(documentId: id)
            let facts = try await site.database.pendingFacts(documentId: id, status: nil).map { p in
                API.PendingFactJSON(p, proposal: p.proposalId.flatMap { proposals[$0] })
            }
            return try Reply.json(API.DocumentDetailJSON(document: API.DocumentJSON(d), text: d.text, facts: facts))
        }
        get("enterprises") { request, _ in
            let page = try await site.database.enterprises(try PageRoutes.enterpriseQuery(request, try await site.snapshot()))
            return try Reply.json(API.EnterprisePageJSON(
                items: page.items.map(API.EnterpriseJSON.init), page: page.query.page, perPage: page.query.perPage,
                matching: page.matching, countCapped: page.isCountCapped, hasMore: page.hasMore))
        }
        get("enterprises/:ref") { _, context in
            let ref = try context.parameters.require("ref")
            guard let enterprise = try await site.database.enterprise(ref: ref) else {
                throw HTTPError(.notFound, message: "no enterprise with this USCC or slug")
            }
            let classifier = ChainLinkClassifier.shipped
            let links = classifier.classify(name: enterprise.name.zh, industryCode: enterprise.industryCode, businessScope: enterprise.businessScope)
            return try Reply.json(API.EnterpriseDetailJSON(
                enterprise: .init(enterprise), projects: try await site.database.projects(investor: ref).map(\.id),
                chainLinks: links.compactMap { API.ChainLinkJSON($0, classifier: classifier) }))
        }
        get("projects") { request, _ in
            let p = request.uri.queryParameters
            let s = try await site.snapshot()
            var projects = s.projects
            if let status = p.get("status") { projects = projects.filter { ($0.status?.rawValue ?? "unknown") == status } }
            if let place = try p.get("place").map({ try s.placeId($0, as: .place, parameter: "place") }) {
                projects = projects.filter { $0.placeId == place }
            }
            if let cluster = try p.get("cluster").map({ try s.clusterId($0, parameter: "cluster") }) {
                projects = projects.filter { $0.clusterId == cluster }
            }
            return try Reply.json(API.Items(items: projects.map(API.ProjectJSON.init)))
        }
        get("enterprises/:ref/eligibility") { _, context in
            try Reply.json(API.EligibilityJSON(try await site.enterprise(named: try PageRoutes.pathName(context, "ref"), parameter: "ref")))
        }
        get("projects/:id") { _, context in
            guard let project = try await site.snapshot().project(try context.parameters.require("id")) else {
                throw HTTPError(.notFound, message: "no project with this id; GET /api/v1/projects lists them")
            }
            return try Reply.json(API.ProjectJSON(project))
        }
        get("observations") { request, _ in
            let s = try await site.snapshot()
            let p = request.uri.queryParameters
            var observations = s.observations
            if let subject = p.get("subject") {
                guard let parsed = Subject(subject) else {
                    throw HTTPError(.badRequest, message: "subject must be KIND:ID, e.g. place:guangzhou or cluster:auto")
                }
                observations = observations.filter { $0.subject == parsed }
            }
            if let metric = p.get("metric") { observations = observations.filter { $0.metricId == metric } }
            return try Reply.json(API.Items(items: observations.map { observation($0, s) }))
        }
        get("metrics") { _, _ in try Reply.json(API.Items(items: try await site.snapshot().metricList.map(API.MetricJSON.init))) }
        get("places") { _, _ in try Reply.json(API.Items(items: try await site.snapshot().places.places.map(API.PlaceJSON.init))) }
        get("sources") { _, _ in try Reply.json(API.Items(items: try await site.snapshot().sources.map(API.SourceJSON.init))) }
        get("targets") { _, _ in
            let s = try await site.snapshot()
            return try Reply.json(API.Items(items: s.targets.map { target($0, s) }))
        }
        get("statements") { _, _ in try Reply.json(API.Items(items: try await site.snapshot().statements.map(API.StatementJSON.init))) }
        book.get("/api/v1/openapi.json", .open) { _, _ in Reply.asset(Self.openAPI, type: "application/json; charset=utf-8") }
    }

    /// Every cluster with its latest figure and tier, as the overview computes them.
    func clusterSummaries(_ s: Site.Snapshot) -> [API.ClusterSummaryJSON] {
        let lines = Dictionary(s.overview.clusters.map { ($0.cluster.id, $0) }, uniquingKeysWith: { first, _ in first })
        return s.clusters.map { c in
            let line = lines[c.id]
            return API.ClusterSummaryJSON(
                id: c.id, name: API.Text(c.name), scope: c.scope.rawValue, place: c.placeId, parent: c.parentId,
                latest: line?.headline.map { observation($0, s) },
                tier: line?.tier.map(API.TierJSON.init))
        }
    }

    func observation(_ o: Observation, _ s: Site.Snapshot) -> API.ObservationJSON {
        API.ObservationJSON(o, unit: s.metrics[o.metricId]?.unit ?? "")
    }

    func target(_ t: Target, _ s: Site.Snapshot) -> API.TargetJSON {
        API.TargetJSON(t, unit: s.metrics[t.metricId]?.unit ?? "")
    }

    func overview(_ s: Site.Snapshot) -> API.OverviewJSON {
        let o = s.overview
        return API.OverviewJSON(
            city: o.city?.id, programme: o.programme?.id,
            clusters: o.clusters.map { line in
                API.ClusterLineJSON(
                    cluster: .init(line.cluster), headline: line.headline.map { observation($0, s) },
                    annualOutput: line.annualOutput.map { observation($0, s) },
                    yearToDate: line.yearToDate.map { observation($0, s) },
                    tier: line.tier.map(API.TierJSON.init),
                    target: line.target.map { target($0, s) }, progress: line.progress,
                    progressIsApproximate: line.progressIsApproximate)
            },
            tierCounts: o.tierCounts.map { .init(target: target($0.target, s), reaching: $0.reaching.map(\.id), approximate: $0.approximate) },
            ladder: o.ladder.map { observation($0, s) }, digital: o.digital.map { observation($0, s) },
            registry: .init(
                enterprises: s.registry.enterprises, synthetic: s.registry.synthetic,
                designations: Dictionary(uniqueKeysWithValues: s.registry.designations.map { ($0.key.rawValue, $0.value) })))
    }
}
