import GRDB
import ZhizaoCore
import ZhizaoStorage

/// Upserts of each kind of record, shared by the dataset loader and the CSV imports. Each replaces the record
/// with the same key; child rows (phases, investors, strands …) are replaced with the record's.
extension AppDatabase {
    static func save(_ s: Source, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO source (id, titleZh, titleEn, publisher, published, url, note) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET titleZh = excluded.titleZh, titleEn = excluded.titleEn,
                    publisher = excluded.publisher, published = excluded.published, url = excluded.url, note = excluded.note
                """, arguments: [s.id, s.title.zh, s.title.en, s.publisher, s.published, s.url, s.note])
    }

    static func save(_ p: Place, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO place (id, parentId, kind, nameZh, nameEn, layoutRole, parkTier, level, sourceId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET parentId = excluded.parentId, kind = excluded.kind,
                    nameZh = excluded.nameZh, nameEn = excluded.nameEn, layoutRole = excluded.layoutRole,
                    parkTier = excluded.parkTier, level = excluded.level, sourceId = excluded.sourceId
                """,
            arguments: [
                p.id, p.parentId, p.kind.rawValue, p.name.zh, p.name.en, p.layoutRole?.rawValue, p.parkTier?.rawValue,
                p.level, p.sourceId,
            ])
    }

    static func save(_ c: Cluster, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO cluster (id, nameZh, nameEn, scope, placeId, parentId, sourceId) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, scope = excluded.scope,
                    placeId = excluded.placeId, parentId = excluded.parentId, sourceId = excluded.sourceId
                """, arguments: [c.id, c.name.zh, c.name.en, c.scope.rawValue, c.placeId, c.parentId, c.sourceId])
    }

    static func save(_ m: Metric, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO metric (id, nameZh, nameEn, unit, kind, topic, counts, descriptionZh, descriptionEn, synonyms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, unit = excluded.unit,
                    kind = excluded.kind, topic = excluded.topic, counts = excluded.counts, descriptionZh = excluded.descriptionZh,
                    descriptionEn = excluded.descriptionEn, synonyms = excluded.synonyms
                """,
            arguments: [
                m.id, m.name.zh, m.name.en, m.unit, m.kind.rawValue, m.topic.rawValue, m.counts?.rawValue, m.description?.zh, m.description?.en,
                m.synonyms.isEmpty ? nil : m.synonyms.joined(separator: ";"),
            ])
    }

    static func save(_ p: Project, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO project (id, nameZh, nameEn, kind, placeId, clusterId, investmentCNY, investmentQualifier,
                    investmentStated, scopeZh, scopeEn, sourceId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, kind = excluded.kind,
                    placeId = excluded.placeId, clusterId = excluded.clusterId, investmentCNY = excluded.investmentCNY,
                    investmentQualifier = excluded.investmentQualifier, investmentStated = excluded.investmentStated,
                    scopeZh = excluded.scopeZh, scopeEn = excluded.scopeEn, sourceId = excluded.sourceId
                """,
            arguments: [
                p.id, p.name.zh, p.name.en, p.kind.rawValue, p.placeId, p.clusterId, p.investment?.value,
                p.investment?.qualifier.rawValue, p.investment?.stated, p.scope?.zh, p.scope?.en, p.sourceId,
            ])
        for table in ["projectInvestor", "projectPhase", "projectListing"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE projectId = ?", arguments: [p.id])
        }
        for (position, ref) in p.investorIds.enumerated() {
            guard let enterpriseId = try enterpriseId(ref: ref, db) else {
                throw StoreError(.notFound, "project \(p.id): no enterprise with slug or USCC \"\(ref)\"")
            }
            try db.execute(
                sql: "INSERT INTO projectInvestor (projectId, position, enterpriseId) VALUES (?, ?, ?)",
                arguments: [p.id, position, enterpriseId])
        }
        for (position, phase) in p.phases.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO projectPhase (projectId, position, number, status, since, plannedEnd)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [p.id, position, phase.number, phase.status?.rawValue, phase.since, phase.plannedEnd])
        }
        for plan in Set(p.listings) {
            try db.execute(sql: "INSERT INTO projectListing (projectId, plan) VALUES (?, ?)", arguments: [p.id, plan])
        }
    }

    static func save(_ o: Observation, _ db: Database) throws {
        let subject = try SubjectColumns(o.subject, db)
        try db.execute(
            sql: """
                INSERT INTO observation (id, placeId, clusterId, enterpriseId, projectId, metricId, value, qualifier,
                    stated, periodStart, periodEnd, asOf, kind, rankPosition, rankScope, sourceId, quote, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET placeId = excluded.placeId, clusterId = excluded.clusterId,
                    enterpriseId = excluded.enterpriseId, projectId = excluded.projectId, metricId = excluded.metricId,
                    value = excluded.value, qualifier = excluded.qualifier, stated = excluded.stated,
                    periodStart = excluded.periodStart, periodEnd = excluded.periodEnd, asOf = excluded.asOf,
                    kind = excluded.kind, rankPosition = excluded.rankPosition, rankScope = excluded.rankScope, sourceId = excluded.sourceId,
                    quote = excluded.quote, note = excluded.note
                """,
            arguments: StatementArguments(
                [o.id] + subject.arguments + [
                    o.metricId, o.quantity?.value, o.quantity?.qualifier.rawValue, o.quantity?.stated,
                    o.period.start, o.period.end, o.period.asOf, o.kind.rawValue, o.rank?.position, o.rank?.scope, o.sourceId, o.quote,
                    o.note,
                ]))
    }

    static func save(_ p: Programme, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO programme (id, nameZh, nameEn, placeId, periodStart, periodEnd, sourceId)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [p.id, p.name.zh, p.name.en, p.placeId, p.period.start, p.period.end, p.sourceId])
        try db.execute(sql: "DELETE FROM programmeStrand WHERE programmeId = ?", arguments: [p.id])
        for (position, strand) in p.strands.enumerated() {
            try db.execute(
                sql: "INSERT INTO programmeStrand (programmeId, position, textZh, textEn) VALUES (?, ?, ?, ?)",
                arguments: [p.id, position, strand.zh, strand.en])
        }
    }

    static func save(_ t: Target, _ db: Database) throws {
        let subject = try SubjectColumns(t.subject, db)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO target (id, programmeId, placeId, clusterId, enterpriseId, projectId, metricId,
                    value, qualifier, stated, tier, deadline, descriptionZh, descriptionEn, sourceId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: StatementArguments(
                [t.id, t.programmeId] + subject.arguments + [
                    t.metricId, t.quantity?.value, t.quantity?.qualifier.rawValue, t.quantity?.stated, t.tier?.rawValue,
                    t.deadline, t.description.zh, t.description.en, t.sourceId,
                ]))
    }

    static func save(_ s: ZhizaoCore.Statement, _ db: Database) throws {
        let subject = try SubjectColumns(s.subject, db)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO statement (id, placeId, clusterId, enterpriseId, projectId, kind, textZh, textEn,
                    sourceId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: StatementArguments(
                [s.id] + subject.arguments + [s.kind.rawValue, s.text.zh, s.text.en, s.sourceId]))
    }

    static func save(_ f: FutureIndustry, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO futureIndustry (id, nameZh, nameEn, placeId, sourceId) VALUES (?, ?, ?, ?, ?)",
            arguments: [f.id, f.name.zh, f.name.en, f.placeId, f.sourceId])
    }

    static func save(_ c: InnovationCentre, _ db: Database) throws {
        let host = try c.hostId.map { ref in
            guard let id = try enterpriseId(ref: ref, db) else {
                throw StoreError(.notFound, "innovation centre \(c.id): no enterprise \"\(ref)\"")
            }
            return id
        }
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO innovationCentre (id, nameZh, nameEn, level, placeId, hostEnterpriseId, sourceId)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [c.id, c.name.zh, c.name.en, c.level.rawValue, c.placeId, host, c.sourceId])
    }

    /// The row id of the enterprise with this slug or USCC.
    static func enterpriseId(ref: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM enterprise WHERE uscc = ?1 UNION ALL SELECT id FROM enterprise WHERE slug = ?1 LIMIT 1",
            arguments: [ref])
    }
}
