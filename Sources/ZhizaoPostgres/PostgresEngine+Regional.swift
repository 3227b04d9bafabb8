import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCopy
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Outside region × industry tables on PostgreSQL (v3's `regionalTable` and `regionalValue`), with the SQLite engine's
/// behaviour (AppDatabase+Regional, +RegionalOpportunities): read by `RegionalTable` before anything is written,
/// stored whole by `COPY` with the audit entry in one transaction, listed, read back a table a year.
extension PostgresEngine {
    public func importRegionalTable(
        _ bytes: [UInt8], file: String, sheet: String?, name: String, measure: String?, source: String?, replace: Bool,
        by actor: Actor
    ) async throws -> RegionalTableInfo {
        let named = PostgresNamedImport.regional
        let name = try named.rules.name(name, by: actor)
        let (entries, reading) = try RegionalTable.read(bytes, file: file, sheet: sheet)
        let info = RegionalTableInfo(
            importing: name, measure: measure, source: source, file: file, bytes: bytes, rows: reading.rows,
            entries: entries)
        var values = CopyText()
        for (index, entry) in entries.enumerated() {
            values.addRow(name, index + 1, entry.year, entry.region, entry.industry, entry.value)
        }
        let text = values.bytes
        try await importTransaction { connection in
            let existed = try await named.clear(name, replace: replace, connection, logger: self.logger)
            try await connection.query(
                """
                INSERT INTO regionalTable (name, measure, source, file, sha256, importedAt, rowCount)
                VALUES (\(name), \(measure), \(source), \(file), \(info.sha256), \(info.importedAt), \(info.rows))
                """, logger: self.logger)
            try await self.copy(
                text, into: "regionalvalue", ["tablename", "position", "year", "region", "industry", "value"],
                connection)
            try await self.appendAudit(
                actor, existed ? "replace" : "import", record: ("regionalTable", name), note: info.auditNote, connection
            )
        }
        return info
    }

    public func hasRegionalTable(named name: String) async throws -> Bool {
        try await withConnection { connection in
            try await PostgresNamedImport.regional.exists(name, connection, logger: self.logger)
        }
    }

    /// Every stored regional table, by name (byte order, as SQLite's `BINARY`).
    public func regionalTables() async throws -> [RegionalTableInfo] {
        try await snapshot { connection in
            var years: [String: [Int]] = [:]
            let yearRows = try await connection.query(
                "SELECT DISTINCT tableName, year FROM regionalValue WHERE year IS NOT NULL ORDER BY tableName, year",
                logger: self.logger)
            for try await (table, year) in yearRows.decode((String, Int).self) {
                years[table, default: []].append(year)
            }
            var tables: [RegionalTableInfo] = []
            let rows = try await connection.query(
                """
                SELECT name, measure, source, file, sha256, importedAt, rowCount FROM regionalTable ORDER BY name COLLATE "C"
                """, logger: self.logger)
            for try await (name, measure, source, file, sha256, importedAt, rowCount) in rows.decode(
                (String, String?, String?, String, String, String, Int).self)
            {
                tables.append(
                    RegionalTableInfo(
                        name: name, measure: measure, source: source, file: file, sha256: sha256,
                        importedAt: importedAt, rows: rowCount,
                        years: years[name] ?? []))
            }
            return tables
        }
    }

    public func regionalTable(named name: String) async throws -> [(year: Int?, table: RegionIndustryTable)]? {
        let tables = try await snapshot { connection -> [RegionalYear]? in
            guard try await PostgresNamedImport.regional.exists(name, connection, logger: self.logger) else { return nil }
            var values: [(year: Int?, region: String, industry: String, value: Double)] = []
            let rows = try await connection.query(
                "SELECT year, region, industry, value FROM regionalValue WHERE tableName = \(name) ORDER BY position",
                logger: self.logger)
            for try await value in rows.decode((Int?, String, String, Double).self) { values.append(value) }
            return RegionIndustryTable.byYear(values).map { RegionalYear(year: $0.year, table: $0.table) }
        }
        return tables?.map { ($0.year, $0.table) }
    }

    public func specialisation(regionalTable name: String, year: Int?) async throws -> Specialisation {
        try Specialisation.stored(
            regionalTable: name, year: year, tables: try await regionalTables(),
            byYear: try await regionalTable(named: name))
    }

    public func opportunities(regionalTable name: String, year: Int?, region text: String, limit: Int) async throws
        -> DistrictOpportunities
    {
        let specialisation = try await specialisation(regionalTable: name, year: year)
        let region = try specialisation.region(named: text, places: PlaceDirectory(places: try await places()))
        return try await opportunities(
            specialisation, region: region.index, place: region.place, limit: limit,
            nearest: DistrictOpportunities.defaultNearest)
    }
}

/// One year of a stored regional table (a tuple is not `Sendable` out of a transaction).
private struct RegionalYear: Sendable {
    var year: Int?
    var table: RegionIndustryTable
}
