import Foundation
import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCopy
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Enterprise imports on PostgreSQL, with the SQLite engine's rules (EnterpriseWriter): an enterprise whose USCC
/// exists is updated (name, places, industry, size, synthetic flag replaced; revenue merged by year, the file's
/// years winning; designations added or replaced by kind) and one audit entry records the import.
///
/// 1. The file is read and validated by ``EnterpriseTable`` against the database's places before anything is
///    written: any problem throws its located ``ImportError`` and nothing is written.
/// 2. In one transaction the rows go by `COPY … FROM STDIN` into temporary staging tables, revenue histories of
///    existing firms are merged, and one `INSERT … ON CONFLICT (uscc) DO UPDATE` merges them into `enterprise`.
extension PostgresEngine {
    /// `progress` is told the rows read; `largeLoad`: the fewest rows that build the secondary indexes after the load
    /// (PostgresEngine+SecondaryIndexes).
    public func importEnterprises(
        csv bytes: [UInt8], file: String, sheet: String? = nil, by actor: Actor, progress: ImportProgress? = nil,
        largeLoad: Int = PostgresEngine.largeLoad
    ) async throws -> ImportSummary {
        let places = PlaceDirectory(places: try await places())
        var staged = StagedEnterprises(capacity: bytes.count * 2)
        var tally = RowTally(progress)
        let reading = try EnterpriseTable.read(bytes, file: file, sheet: sheet, places: places, scope: WriteScope.of(actor, places: places)) {
            enterprise in
            staged.add(enterprise)
            tally.add()
        }
        let (rows, designations, rowCount) = (staged.rows.bytes, staged.designations.bytes, staged.count)
        let (inserted, total) = try await importTransaction { connection in
            try await connection.query(
                """
                CREATE TEMP TABLE enterprise_import (
                    line INTEGER, uscc TEXT, nameZh TEXT, nameEn TEXT, districtId TEXT, parkId TEXT, industryCode TEXT,
                    founded INTEGER, employees INTEGER, synthetic BOOLEAN, sourceId TEXT, revenueCNY DOUBLE PRECISION,
                    revenueYear INTEGER, revenueHistory TEXT, revenueProjectedCNY DOUBLE PRECISION, businessScope TEXT)
                    ON COMMIT DROP
                """, logger: self.logger)
            try await connection.query(
                "CREATE TEMP TABLE designation_import (position INTEGER, uscc TEXT, kind TEXT, year INTEGER, level TEXT) ON COMMIT DROP",
                logger: self.logger)
            try await self.copy(rows, into: "enterprise_import", StagedEnterprises.columns, connection)
            try await self.copy(designations, into: "designation_import", StagedEnterprises.designationColumns, connection)
            try await self.mergeRevenue(connection)
            let stored = try await self.enterpriseCount(connection)
            let indexes = Self.rebuildsIndexes(importing: rowCount, into: stored, largeLoad: largeLoad) ? try await self.dropSecondaryIndexes(connection) : []
            let counts = try await connection.query(
                """
                WITH merged AS (
                    INSERT INTO enterprise AS e (uscc, slug, nameZh, nameEn, districtId, parkId, industryCode, founded,
                        employees, synthetic, sourceId, revenueCNY, revenueYear, revenueHistory, revenueProjectedCNY,
                        businessScope)
                    SELECT uscc, NULL, nameZh, nameEn, districtId, parkId, industryCode, founded, employees, synthetic,
                        sourceId, revenueCNY, revenueYear, revenueHistory, revenueProjectedCNY, businessScope
                    FROM enterprise_import ORDER BY line
                    ON CONFLICT (uscc) DO UPDATE SET slug = excluded.slug, nameZh = excluded.nameZh,
                        nameEn = excluded.nameEn, districtId = excluded.districtId, parkId = excluded.parkId,
                        industryCode = excluded.industryCode, founded = excluded.founded, employees = excluded.employees,
                        synthetic = excluded.synthetic, sourceId = coalesce(excluded.sourceId, e.sourceId),
                        revenueCNY = excluded.revenueCNY, revenueYear = excluded.revenueYear,
                        revenueHistory = excluded.revenueHistory, revenueProjectedCNY = excluded.revenueProjectedCNY,
                        businessScope = coalesce(excluded.businessScope, e.businessScope)
                    RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted), count(*) FROM merged
                """, logger: self.logger)
            var result = (0, 0)
            for try await row in counts.decode((Int, Int).self) { result = row }
            try await self.createIndexes(indexes, connection)
            try await connection.query(
                """
                INSERT INTO designation (enterpriseId, kind, year, level)
                SELECT DISTINCT ON (e.id, d.kind) e.id, d.kind, d.year, d.level
                FROM designation_import d JOIN enterprise e ON e.uscc = d.uscc ORDER BY e.id, d.kind, d.position DESC
                ON CONFLICT (enterpriseId, kind) DO UPDATE SET year = excluded.year, level = excluded.level
                """, logger: self.logger)
            let summary = ImportSummary(rows: result.1, inserted: result.0, updated: result.1 - result.0, notes: [])
            try await self.auditImport(.enterprises, file: file, bytes: bytes, summary, actor, connection)
            return result
        }
        return ImportSummary(rows: total, inserted: inserted, updated: total - inserted, notes: reading.notes)
    }

    /// Sends `bytes` (COPY text) into temporary table `table` in pieces of a megabyte.
    func copy(_ bytes: [UInt8], into table: String, _ columns: [String], _ connection: PostgresConnection) async throws {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            var start = 0
            while start < bytes.count {
                let end = min(start + (1 << 20), bytes.count)
                try await writer.write(ByteBuffer(bytes: bytes[start..<end]))
                start = end
            }
        }
    }

    /// Merges the stored revenue history of firms already present into the staged rows (stored years kept, the
    /// file's years winning), with the latest revenue and projection that follow, as the SQLite engine does.
    private func mergeRevenue(_ connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            """
            SELECT s.uscc, e.revenueHistory, s.revenueHistory FROM enterprise_import s JOIN enterprise e ON e.uscc = s.uscc
            WHERE e.revenueHistory IS NOT NULL AND e.revenueHistory IS DISTINCT FROM s.revenueHistory
            """, logger: logger)
        var fixes = CopyText()
        var count = 0
        for try await (uscc, stored, given) in rows.decode((String, String, String?).self) {
            let file = given.flatMap(RevenueHistory.decode) ?? [:]
            var merged = RevenueHistory.decode(stored) ?? [:]
            merged.merge(file) { _, new in new }
            guard merged != file else { continue }
            fixes.add(uscc)
            StagedEnterprises.addRevenue(merged, to: &fixes)
            fixes.endRow()
            count += 1
        }
        guard count > 0 else { return }
        try await connection.query(
            """
            CREATE TEMP TABLE revenue_merge (uscc TEXT, revenueCNY DOUBLE PRECISION, revenueYear INTEGER,
                revenueHistory TEXT, revenueProjectedCNY DOUBLE PRECISION) ON COMMIT DROP
            """, logger: logger)
        try await copy(fixes.bytes, into: "revenue_merge", ["uscc"] + StagedEnterprises.revenueColumns, connection)
        try await connection.query(
            """
            UPDATE enterprise_import s SET revenueCNY = m.revenueCNY, revenueYear = m.revenueYear,
                revenueHistory = m.revenueHistory, revenueProjectedCNY = m.revenueProjectedCNY
            FROM revenue_merge m WHERE s.uscc = m.uscc
            """, logger: logger)
    }
}

/// Enterprises read from a file, as COPY text for the staging tables: one row each in `enterprise_import`, one row
/// a designation in `designation_import`.
struct StagedEnterprises {
    static let revenueColumns = ["revenuecny", "revenueyear", "revenuehistory", "revenueprojectedcny"]
    static let columns =
        ["line", "uscc", "namezh", "nameen", "districtid", "parkid", "industrycode", "founded", "employees", "synthetic", "sourceid"]
        + revenueColumns + ["businessscope"]
    static let designationColumns = ["position", "uscc", "kind", "year", "level"]

    private(set) var rows: CopyText
    private(set) var designations = CopyText()
    /// Rows staged so far.
    private(set) var count = 0
    private var position = 0

    init(capacity: Int) { rows = CopyText(capacity: capacity) }

    mutating func add(_ e: Enterprise) {
        count += 1
        rows.add(count)
        rows.add(e.uscc)
        rows.add(e.name.zh)
        rows.add(e.name.en)
        rows.add(e.districtId)
        rows.add(e.parkId)
        rows.add(e.industryCode)
        rows.add(e.founded)
        rows.add(e.employees)
        rows.add(e.synthetic)
        rows.add(e.sourceId)
        Self.addRevenue(e.revenue, to: &rows)
        rows.add(e.businessScope)
        rows.endRow()
        for designation in e.designations {
            position += 1
            designations.add(position)
            designations.add(e.uscc)
            designations.add(designation.kind.rawValue)
            designations.add(designation.year)
            designations.add(designation.level?.rawValue)
            designations.endRow()
        }
    }

    /// The revenue columns for `revenue`: the latest year's amount and year, the history, the projection.
    static func addRevenue(_ revenue: [Int: Double], to text: inout CopyText) {
        let columns = RevenueColumns(revenue)
        text.add(columns.latestCNY)
        text.add(columns.latestYear)
        text.add(columns.history)
        text.add(columns.projectedCNY)
    }
}
