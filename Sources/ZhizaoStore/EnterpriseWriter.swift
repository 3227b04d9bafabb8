import GRDB
import ZhizaoCore

/// Writes enterprises with prepared statements, fast enough for a million-row import.
///
/// An enterprise whose USCC (or slug) exists is updated: its name, place, industry, size and synthetic flag
/// are replaced; revenue is added or replaced for the years given, others kept; designations are added or
/// replaced by kind, others kept. `revenueCNY`/`revenueYear` on the enterprise follow the latest year.
struct EnterpriseWriter {
    private let upsert: GRDB.Statement
    private let upsertBySlug: GRDB.Statement
    private let revenue: GRDB.Statement
    private let designation: GRDB.Statement

    init(_ db: Database) throws {
        let columns = """
            (uscc, slug, nameZh, nameEn, districtId, parkId, industryCode, founded, employees, revenueCNY, revenueYear,
            synthetic, sourceId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        let update = """
            DO UPDATE SET nameZh = excluded.nameZh, nameEn = excluded.nameEn, districtId = excluded.districtId,
                parkId = excluded.parkId, industryCode = excluded.industryCode, founded = excluded.founded,
                employees = excluded.employees, synthetic = excluded.synthetic,
                sourceId = coalesce(excluded.sourceId, enterprise.sourceId),
                revenueCNY = CASE WHEN excluded.revenueYear >= coalesce(enterprise.revenueYear, 0)
                    THEN excluded.revenueCNY ELSE enterprise.revenueCNY END,
                revenueYear = CASE WHEN excluded.revenueYear >= coalesce(enterprise.revenueYear, 0)
                    THEN excluded.revenueYear ELSE enterprise.revenueYear END
            RETURNING id
            """
        upsert = try db.makeStatement(sql: "INSERT INTO enterprise \(columns) ON CONFLICT(uscc) \(update)")
        upsertBySlug = try db.makeStatement(sql: "INSERT INTO enterprise \(columns) ON CONFLICT(slug) \(update)")
        revenue = try db.makeStatement(
            sql: """
                INSERT INTO enterpriseRevenue (enterpriseId, year, amountCNY) VALUES (?, ?, ?)
                ON CONFLICT DO UPDATE SET amountCNY = excluded.amountCNY
                """)
        designation = try db.makeStatement(
            sql: """
                INSERT INTO designation (enterpriseId, kind, year, level) VALUES (?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET year = excluded.year, level = excluded.level
                """)
    }

    /// Inserts or updates `e`; returns its row id.
    @discardableResult
    func write(_ e: Enterprise) throws -> Int64 {
        let latest = e.latestRevenue
        let arguments: StatementArguments = [
            e.uscc, e.slug, e.name.zh, e.name.en, e.districtId, e.parkId, e.industryCode, e.founded, e.employees,
            latest?.amount, latest?.year, e.synthetic, e.sourceId,
        ]
        let statement = e.uscc == nil ? upsertBySlug : upsert
        guard let id = try Int64.fetchOne(statement, arguments: arguments) else {
            throw StoreError(.invalid, "enterprise \(e.uscc ?? e.slug ?? e.name.zh) was not written")
        }
        for (year, amount) in e.revenue { try revenue.execute(arguments: [id, year, amount]) }
        for d in e.designations { try designation.execute(arguments: [id, d.kind.rawValue, d.year, d.level?.rawValue]) }
        return id
    }
}
