import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// Writes enterprises through prepared statements bound with SQLite's C API: a million-row import is bound by
/// SQLite, not by argument building.
///
/// An enterprise whose USCC (or slug) exists is updated: its name, place, industry, size and synthetic flag
/// are replaced (the business scope when the row gives one); revenue is added or replaced for the years given, others kept; designations are added or
/// replaced by kind, others kept. `revenueCNY`/`revenueYear` follow the latest year of the history.
///
/// The writer keeps the name index (`enterpriseSearch`) itself: renamed firms at once, new firms in one
/// statement in ``finish()``, which must be called before the transaction ends.
struct EnterpriseWriter {
    private let db: Database
    private let insert: RawStatement
    private let find: RawStatement
    private let update: RawStatement
    private let designation: RawStatement
    /// Every enterprise with a larger id is new in this write and not yet in the name index.
    private let lastIdBefore: Int64

    init(_ db: Database) throws {
        self.db = db
        insert = try RawStatement(
            db,
            """
            INSERT INTO enterprise (uscc, slug, nameZh, nameEn, districtId, parkId, industryCode, founded, employees,
                synthetic, sourceId, revenueCNY, revenueYear, revenueHistory, revenueProjectedCNY, businessScope)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        find = try RawStatement(
            db,
            """
            SELECT id, nameZh, nameEn, revenueHistory FROM enterprise WHERE uscc = ?1
            UNION ALL SELECT id, nameZh, nameEn, revenueHistory FROM enterprise WHERE ?1 IS NULL AND slug = ?2
            """)
        update = try RawStatement(
            db,
            """
            UPDATE enterprise SET uscc = ?1, slug = ?2, nameZh = ?3, nameEn = ?4, districtId = ?5, parkId = ?6,
                industryCode = ?7, founded = ?8, employees = ?9, synthetic = ?10, sourceId = coalesce(?11, sourceId),
                revenueCNY = ?12, revenueYear = ?13, revenueHistory = ?14, revenueProjectedCNY = ?15,
                businessScope = coalesce(?16, businessScope)
            WHERE id = ?17
            """)
        designation = try RawStatement(
            db,
            """
            INSERT INTO designation (enterpriseId, kind, year, level) VALUES (?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET year = excluded.year, level = excluded.level
            """)
        lastIdBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM enterprise") ?? 0
    }

    /// Inserts or updates `e`; returns its row id.
    @discardableResult
    func write(_ e: Enterprise) throws -> Int64 {
        bind(insert, e, revenue: e.revenue)
        try insert.step()
        insert.reset()
        var id = db.lastInsertedRowID
        if db.changesCount == 0 {
            id = try updateExisting(e)
        }
        for d in e.designations {
            designation.bind(1, id)
            designation.bind(2, d.kind.rawValue)
            designation.bind(3, d.year)
            designation.bind(4, d.level?.rawValue)
            try designation.step()
            designation.reset()
        }
        return id
    }

    /// Updates the enterprise with `e`'s USCC or slug, merging revenue by year; reindexes a changed name.
    private func updateExisting(_ e: Enterprise) throws -> Int64 {
        find.bind(1, e.uscc)
        find.bind(2, e.slug)
        defer { find.reset() }
        guard try find.step() else {
            throw StoreError(.invalid, "enterprise \(e.uscc ?? e.slug ?? e.name.zh) conflicts with another record")
        }
        let id = find.int64(0)
        let oldZh = find.text(1) ?? "", oldEn = find.text(2)
        var revenue = find.text(3).flatMap(RevenueHistory.decode) ?? [:]
        revenue.merge(e.revenue) { _, new in new }
        bind(update, e, revenue: revenue)
        update.bind(17, id)
        try update.step()
        update.reset()
        if id <= lastIdBefore, oldZh != e.name.zh || oldEn != e.name.en {
            try db.execute(
                sql: """
                    INSERT INTO enterpriseSearch(enterpriseSearch, rowid, nameZh, nameEn) VALUES ('delete', ?, ?, ?);
                    INSERT INTO enterpriseSearch(rowid, nameZh, nameEn) VALUES (?, ?, ?);
                    """, arguments: [id, oldZh, oldEn, id, e.name.zh, e.name.en])
        }
        return id
    }

    /// Binds parameters 1–16 of the insert and update statements.
    private func bind(_ s: RawStatement, _ e: Enterprise, revenue: [Int: Double]) {
        let columns = RevenueColumns(revenue)
        s.bind(1, e.uscc)
        s.bind(2, e.slug)
        s.bind(3, e.name.zh)
        s.bind(4, e.name.en)
        s.bind(5, e.districtId)
        s.bind(6, e.parkId)
        s.bind(7, e.industryCode)
        s.bind(8, e.founded)
        s.bind(9, e.employees)
        s.bind(10, e.synthetic)
        s.bind(11, e.sourceId)
        s.bind(12, columns.latestCNY)
        s.bind(13, columns.latestYear)
        s.bind(14, columns.history)
        s.bind(15, columns.projectedCNY)
        s.bind(16, e.businessScope)
    }

    /// Adds the enterprises inserted by this writer to the name index, in one statement. Segment merging is
    /// paused meanwhile (a bulk load then costs a third less); later writes merge the segments as they go.
    func finish() throws {
        try db.execute(
            sql: """
                INSERT INTO enterpriseSearch(enterpriseSearch, rank) VALUES ('automerge', 0);
                INSERT INTO enterpriseSearch(rowid, nameZh, nameEn) SELECT id, nameZh, nameEn FROM enterprise WHERE id > ?;
                INSERT INTO enterpriseSearch(enterpriseSearch, rank) VALUES ('automerge', 4);
                """, arguments: [lastIdBefore])
    }
}
