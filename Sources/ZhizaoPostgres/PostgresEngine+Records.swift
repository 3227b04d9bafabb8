import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// The programme's records as domain values, in the order they were added (v4's `rowid`, as SQLite's), each read
/// on a connection so that ``programmeRecords()`` can read them all in one transaction. Values whose columns need
/// more than a read are built by ``StoredColumns``, as the SQLite engine builds them.
extension PostgresEngine {
    public func sources() async throws -> [Source] { try await withConnection { try await self.sources(on: $0) } }
    public func clusters() async throws -> [Cluster] { try await withConnection { try await self.clusters(on: $0) } }
    public func metrics() async throws -> [Metric] { try await withConnection { try await self.metrics(on: $0) } }
    public func targets() async throws -> [Target] { try await withConnection { try await self.targets(on: $0) } }
    public func statements() async throws -> [ZhizaoCore.Statement] { try await withConnection { try await self.statements(on: $0) } }
    public func programmes() async throws -> [Programme] { try await withConnection { try await self.programmes(on: $0) } }
    public func futureIndustries() async throws -> [FutureIndustry] { try await withConnection { try await self.futureIndustries(on: $0) } }
    public func projects() async throws -> [Project] { try await withConnection { try await self.projects(on: $0) } }

    public func observations(subject: Subject?, metricId: String?) async throws -> [Observation] {
        try await withConnection { try await self.observations(subject: subject, metricId: metricId, on: $0) }
    }

    func sources(on connection: PostgresConnection) async throws -> [Source] {
        let rows = try await connection.query(
            "SELECT id, titleZh, titleEn, publisher, published, url, note FROM source ORDER BY id COLLATE \"C\"", logger: logger)
        var sources: [Source] = []
        for try await (id, titleZh, titleEn, publisher, published, url, note) in rows.decode(
            (String, String, String?, String?, String?, String?, String?).self)
        {
            sources.append(
                Source(id: id, title: LocalizedText(zh: titleZh, en: titleEn), publisher: publisher, published: published, url: url, note: note))
        }
        return sources
    }

    func clusters(on connection: PostgresConnection) async throws -> [Cluster] {
        let rows = try await connection.query(
            "SELECT id, nameZh, nameEn, scope, placeId, parentId, sourceId FROM cluster ORDER BY rowid", logger: logger)
        var clusters: [Cluster] = []
        for try await (id, nameZh, nameEn, scope, placeId, parentId, sourceId) in rows.decode(
            (String, String, String?, String, String, String?, String?).self)
        {
            clusters.append(
                Cluster(
                    id: id, name: LocalizedText(zh: nameZh, en: nameEn), scope: ClusterScope(rawValue: scope) ?? .city, placeId: placeId,
                    parentId: parentId, sourceId: sourceId))
        }
        return clusters
    }

    func metrics(on connection: PostgresConnection) async throws -> [Metric] {
        let rows = try await connection.query(
            """
            SELECT id, nameZh, nameEn, unit, kind, topic, counts, descriptionZh, descriptionEn, synonyms
            FROM metric ORDER BY rowid
            """, logger: logger)
        var metrics: [Metric] = []
        for try await (id, nameZh, nameEn, unit, kind, topic, counts, descriptionZh, descriptionEn, synonyms) in rows.decode(
            (String, String, String?, String, String, String, String?, String?, String?, String?).self)
        {
            metrics.append(
                Metric(
                    id: id, nameZh: nameZh, nameEn: nameEn, unit: unit, kind: kind, topic: topic, counts: counts,
                    descriptionZh: descriptionZh, descriptionEn: descriptionEn, synonyms: synonyms))
        }
        return metrics
    }

    /// The subject columns of table alias `t` as ``subject(_:)`` reads them: place, cluster, project and the
    /// enterprise's slug or USCC.
    static func subjectColumns(_ t: String) -> String {
        "\(t).placeId, \(t).clusterId, \(t).projectId, (SELECT coalesce(slug, uscc) FROM enterprise WHERE id = \(t).enterpriseId)"
    }

    func observations(subject: Subject?, metricId: String?, on connection: PostgresConnection) async throws -> [Observation] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let subject {
            switch subject {
            case .place(let id): binds.append(id); conditions.append("o.placeId = $\(binds.count)")
            case .cluster(let id): binds.append(id); conditions.append("o.clusterId = $\(binds.count)")
            case .project(let id): binds.append(id); conditions.append("o.projectId = $\(binds.count)")
            case .enterprise(let ref):
                binds.append(ref)
                conditions.append("o.enterpriseId = (SELECT id FROM enterprise WHERE slug = $\(binds.count) OR uscc = $\(binds.count) LIMIT 1)")
            }
        }
        if let metricId {
            binds.append(metricId)
            conditions.append("o.metricId = $\(binds.count)")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT o.id, \(Self.subjectColumns("o")), o.metricId, o.value, o.qualifier, o.stated, o.periodStart, o.periodEnd,
                o.asOf, o.kind, o.rankPosition, o.rankScope, o.sourceId, o.quote, o.note
            FROM observation o \(filter) ORDER BY o.rowid
            """
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        var observations: [Observation] = []
        for try await (
            id, placeId, clusterId, projectId, enterpriseRef, metricId, value, qualifier, stated, periodStart, periodEnd, asOf, kind,
            rankPosition, rankScope, sourceId, quote, note
        ) in rows.decode(
            (String, String?, String?, String?, String?, String, Double?, String?, String?, String?, String?, String?, String, Int?,
                String?, String, String?, String?).self)
        {
            observations.append(
                Observation(
                    id: id,
                    subject: StoredColumns.subject(placeId: placeId, clusterId: clusterId, projectId: projectId, enterpriseRef: enterpriseRef),
                    metricId: metricId, quantity: StoredColumns.quantity(value: value, qualifier: qualifier, stated: stated),
                    period: Period(start: periodStart, end: periodEnd, asOf: asOf), kind: ObservationKind(rawValue: kind) ?? .actual,
                    rank: StoredColumns.rank(position: rankPosition, scope: rankScope), sourceId: sourceId, quote: quote, note: note))
        }
        return observations
    }
}

extension PostgresEngine {
    func targets(on connection: PostgresConnection) async throws -> [Target] {
        let rows = try await connection.query(
            """
            SELECT t.id, t.programmeId, \(unescaped: Self.subjectColumns("t")), t.metricId, t.value, t.qualifier, t.stated, t.tier,
                t.deadline, t.descriptionZh, t.descriptionEn, t.sourceId
            FROM target t ORDER BY t.rowid
            """, logger: logger)
        var targets: [Target] = []
        for try await (
            id, programmeId, placeId, clusterId, projectId, enterpriseRef, metricId, value, qualifier, stated, tier, deadline,
            descriptionZh, descriptionEn, sourceId
        ) in rows.decode(
            (String, String?, String?, String?, String?, String?, String, Double?, String?, String?, String?, Int?, String, String?, String)
                .self)
        {
            targets.append(
                Target(
                    id: id, programmeId: programmeId,
                    subject: StoredColumns.subject(placeId: placeId, clusterId: clusterId, projectId: projectId, enterpriseRef: enterpriseRef),
                    metricId: metricId, quantity: StoredColumns.quantity(value: value, qualifier: qualifier, stated: stated),
                    tier: tier.flatMap(OutputTier.init), deadline: deadline, description: LocalizedText(zh: descriptionZh, en: descriptionEn),
                    sourceId: sourceId))
        }
        return targets
    }

    func statements(on connection: PostgresConnection) async throws -> [ZhizaoCore.Statement] {
        let rows = try await connection.query(
            """
            SELECT s.id, \(unescaped: Self.subjectColumns("s")), s.kind, s.textZh, s.textEn, s.sourceId
            FROM statement s ORDER BY s.rowid
            """, logger: logger)
        var statements: [ZhizaoCore.Statement] = []
        for try await (id, placeId, clusterId, projectId, enterpriseRef, kind, textZh, textEn, sourceId) in rows.decode(
            (String, String?, String?, String?, String?, String, String, String?, String).self)
        {
            statements.append(
                ZhizaoCore.Statement(
                    id: id,
                    subject: StoredColumns.subject(placeId: placeId, clusterId: clusterId, projectId: projectId, enterpriseRef: enterpriseRef),
                    kind: StatementKind(rawValue: kind) ?? .focus, text: LocalizedText(zh: textZh, en: textEn), sourceId: sourceId))
        }
        return statements
    }

    func programmes(on connection: PostgresConnection) async throws -> [Programme] {
        let strandRows = try await connection.query(
            "SELECT programmeId, textZh, textEn FROM programmeStrand ORDER BY programmeId, position", logger: logger)
        var strands: [String: [LocalizedText]] = [:]
        for try await (programmeId, textZh, textEn) in strandRows.decode((String, String, String?).self) {
            strands[programmeId, default: []].append(LocalizedText(zh: textZh, en: textEn))
        }
        let rows = try await connection.query(
            "SELECT id, nameZh, nameEn, placeId, periodStart, periodEnd, sourceId FROM programme ORDER BY rowid", logger: logger)
        var programmes: [Programme] = []
        for try await (id, nameZh, nameEn, placeId, periodStart, periodEnd, sourceId) in rows.decode(
            (String, String, String?, String, String?, String?, String?).self)
        {
            programmes.append(
                Programme(
                    id: id, name: LocalizedText(zh: nameZh, en: nameEn), placeId: placeId, period: Period(start: periodStart, end: periodEnd),
                    strands: strands[id] ?? [], sourceId: sourceId))
        }
        return programmes
    }

    func futureIndustries(on connection: PostgresConnection) async throws -> [FutureIndustry] {
        let rows = try await connection.query(
            "SELECT id, nameZh, nameEn, placeId, sourceId FROM futureIndustry ORDER BY rowid", logger: logger)
        var industries: [FutureIndustry] = []
        for try await (id, nameZh, nameEn, placeId, sourceId) in rows.decode((String, String, String?, String, String).self) {
            industries.append(FutureIndustry(id: id, name: LocalizedText(zh: nameZh, en: nameEn), placeId: placeId, sourceId: sourceId))
        }
        return industries
    }

    /// Projects with their investors (by slug or USCC, in their order), phases and listings (in byte order).
    func projects(on connection: PostgresConnection) async throws -> [Project] {
        var investors: [String: [String]] = [:], phases: [String: [ProjectPhase]] = [:], listings: [String: [String]] = [:]
        let investorRows = try await connection.query(
            """
            SELECT i.projectId, coalesce(e.slug, e.uscc) FROM projectInvestor i JOIN enterprise e ON e.id = i.enterpriseId
            ORDER BY i.projectId, i.position
            """, logger: logger)
        for try await (projectId, ref) in investorRows.decode((String, String).self) { investors[projectId, default: []].append(ref) }
        let phaseRows = try await connection.query(
            "SELECT projectId, number, status, since, plannedEnd FROM projectPhase ORDER BY projectId, position", logger: logger)
        for try await (projectId, number, status, since, plannedEnd) in phaseRows.decode((String, Int?, String?, String?, String?).self) {
            phases[projectId, default: []].append(
                ProjectPhase(number: number, status: status.flatMap(ProjectStatus.init), since: since, plannedEnd: plannedEnd))
        }
        let listingRows = try await connection.query(
            "SELECT projectId, plan FROM projectListing ORDER BY projectId, plan COLLATE \"C\"", logger: logger)
        for try await (projectId, plan) in listingRows.decode((String, String).self) { listings[projectId, default: []].append(plan) }
        let rows = try await connection.query(
            """
            SELECT id, nameZh, nameEn, kind, placeId, clusterId, investmentCNY, investmentQualifier, investmentStated, scopeZh,
                scopeEn, sourceId
            FROM project ORDER BY rowid
            """, logger: logger)
        var projects: [Project] = []
        for try await (id, nameZh, nameEn, kind, placeId, clusterId, investment, qualifier, stated, scopeZh, scopeEn, sourceId)
            in rows.decode((String, String, String?, String, String?, String?, Double?, String?, String?, String?, String?, String?).self)
        {
            projects.append(
                Project(
                    id: id, name: LocalizedText(zh: nameZh, en: nameEn), kind: ProjectKind(rawValue: kind) ?? .construction,
                    placeId: placeId, clusterId: clusterId, investorIds: investors[id] ?? [], phases: phases[id] ?? [],
                    investment: StoredColumns.quantity(value: investment, qualifier: qualifier, stated: stated),
                    listings: listings[id] ?? [], scope: StoredColumns.optionalText(zh: scopeZh, en: scopeEn), sourceId: sourceId))
        }
        return projects
    }
}
