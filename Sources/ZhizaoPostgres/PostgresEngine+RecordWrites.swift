import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// Writing the programme's records as the SQLite engine's `save` does: a record with the id of a stored one
/// replaces it.
extension PostgresEngine {
    func save(_ s: Source, _ connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO source (id, titleZh, titleEn, publisher, published, url, note)
            VALUES (\(s.id), \(s.title.zh), \(s.title.en), \(s.publisher), \(s.published), \(s.url), \(s.note))
            ON CONFLICT (id) DO UPDATE SET titleZh = excluded.titleZh, titleEn = excluded.titleEn,
                publisher = excluded.publisher, published = excluded.published, url = excluded.url, note = excluded.note
            """, logger: logger)
    }

    func save(_ m: Metric, _ connection: PostgresConnection) async throws {
        let synonyms: String? = m.synonyms.isEmpty ? nil : m.synonyms.joined(separator: ";")
        try await connection.query(
            """
            INSERT INTO metric (id, nameZh, nameEn, unit, kind, topic, counts, descriptionZh, descriptionEn, synonyms)
            VALUES (\(m.id), \(m.name.zh), \(m.name.en), \(m.unit), \(m.kind.rawValue), \(m.topic.rawValue),
                \(m.counts?.rawValue), \(m.description?.zh), \(m.description?.en), \(synonyms))
            ON CONFLICT (id) DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, unit = excluded.unit,
                kind = excluded.kind, topic = excluded.topic, counts = excluded.counts, descriptionZh = excluded.descriptionZh,
                descriptionEn = excluded.descriptionEn, synonyms = excluded.synonyms
            """, logger: logger)
    }

    func save(_ o: Observation, _ connection: PostgresConnection) async throws {
        let subject = try await subjectColumns(o.subject, connection)
        try await connection.query(
            """
            INSERT INTO observation (id, placeId, clusterId, enterpriseId, projectId, metricId, value, qualifier,
                stated, periodStart, periodEnd, asOf, kind, rankPosition, rankScope, sourceId, quote, note)
            VALUES (\(o.id), \(subject.placeId), \(subject.clusterId), \(subject.enterpriseId), \(subject.projectId),
                \(o.metricId), \(o.quantity?.value), \(o.quantity?.qualifier.rawValue), \(o.quantity?.stated),
                \(o.period.start), \(o.period.end), \(o.period.asOf), \(o.kind.rawValue), \(o.rank?.position),
                \(o.rank?.scope), \(o.sourceId), \(o.quote), \(o.note))
            ON CONFLICT (id) DO UPDATE SET placeId = excluded.placeId, clusterId = excluded.clusterId,
                enterpriseId = excluded.enterpriseId, projectId = excluded.projectId, metricId = excluded.metricId,
                value = excluded.value, qualifier = excluded.qualifier, stated = excluded.stated,
                periodStart = excluded.periodStart, periodEnd = excluded.periodEnd, asOf = excluded.asOf,
                kind = excluded.kind, rankPosition = excluded.rankPosition, rankScope = excluded.rankScope,
                sourceId = excluded.sourceId, quote = excluded.quote, note = excluded.note
            """, logger: logger)
    }

    func save(_ t: Target, _ connection: PostgresConnection) async throws {
        let subject = try await subjectColumns(t.subject, connection)
        try await connection.query(
            """
            INSERT INTO target (id, programmeId, placeId, clusterId, enterpriseId, projectId, metricId,
                value, qualifier, stated, tier, deadline, descriptionZh, descriptionEn, sourceId)
            VALUES (\(t.id), \(t.programmeId), \(subject.placeId), \(subject.clusterId), \(subject.enterpriseId),
                \(subject.projectId), \(t.metricId), \(t.quantity?.value), \(t.quantity?.qualifier.rawValue),
                \(t.quantity?.stated), \(t.tier?.rawValue), \(t.deadline), \(t.description.zh), \(t.description.en),
                \(t.sourceId))
            ON CONFLICT (id) DO UPDATE SET programmeId = excluded.programmeId, placeId = excluded.placeId,
                clusterId = excluded.clusterId, enterpriseId = excluded.enterpriseId, projectId = excluded.projectId,
                metricId = excluded.metricId, value = excluded.value, qualifier = excluded.qualifier,
                stated = excluded.stated, tier = excluded.tier, deadline = excluded.deadline,
                descriptionZh = excluded.descriptionZh, descriptionEn = excluded.descriptionEn, sourceId = excluded.sourceId
            """, logger: logger)
    }

    /// Stores `p` with its investors (by slug or USCC, each of which must exist), phases and listings, replacing
    /// the stored project's.
    func save(_ p: Project, _ connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO project (id, nameZh, nameEn, kind, placeId, clusterId, investmentCNY, investmentQualifier,
                investmentStated, scopeZh, scopeEn, sourceId)
            VALUES (\(p.id), \(p.name.zh), \(p.name.en), \(p.kind.rawValue), \(p.placeId), \(p.clusterId),
                \(p.investment?.value), \(p.investment?.qualifier.rawValue), \(p.investment?.stated), \(p.scope?.zh),
                \(p.scope?.en), \(p.sourceId))
            ON CONFLICT (id) DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, kind = excluded.kind,
                placeId = excluded.placeId, clusterId = excluded.clusterId, investmentCNY = excluded.investmentCNY,
                investmentQualifier = excluded.investmentQualifier, investmentStated = excluded.investmentStated,
                scopeZh = excluded.scopeZh, scopeEn = excluded.scopeEn, sourceId = excluded.sourceId
            """, logger: logger)
        for table in ["projectInvestor", "projectPhase", "projectListing"] {
            try await connection.query("DELETE FROM \(unescaped: table) WHERE projectId = \(p.id)", logger: logger)
        }
        for (position, ref) in p.investorIds.enumerated() {
            guard let enterpriseId = try await enterpriseId(ref: ref, connection) else {
                throw StoreError(.notFound, "project \(p.id): no enterprise with slug or USCC \"\(ref)\"")
            }
            try await connection.query(
                "INSERT INTO projectInvestor (projectId, position, enterpriseId) VALUES (\(p.id), \(position), \(enterpriseId))",
                logger: logger)
        }
        for (position, phase) in p.phases.enumerated() {
            try await connection.query(
                """
                INSERT INTO projectPhase (projectId, position, number, status, since, plannedEnd)
                VALUES (\(p.id), \(position), \(phase.number), \(phase.status?.rawValue), \(phase.since), \(phase.plannedEnd))
                """, logger: logger)
        }
        for plan in Set(p.listings) {
            try await connection.query("INSERT INTO projectListing (projectId, plan) VALUES (\(p.id), \(plan))", logger: logger)
        }
    }
}
