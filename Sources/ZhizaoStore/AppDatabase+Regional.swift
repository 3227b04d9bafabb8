import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// Outside region × industry tables (v9-regional-values): imported whole, listed, read back as
/// `RegionIndustryTable`s for the complexity measures.
extension AppDatabase {
    /// Imports a long table (`region,industry,value[,year]`, CSV, JSON or an `.xlsx` sheet) under `name`, all rows
    /// or none, in one transaction with its audit entry. A table of that name is replaced only with `replace`;
    /// otherwise a `StoreError(.exists)` says so. Problems in the file throw an ``ImportError``.
    @discardableResult
    public func importRegionalTable(
        _ bytes: [UInt8], file: String, sheet: String? = nil, name: String, measure: String? = nil, source: String? = nil,
        replace: Bool = false, by actor: Actor
    ) throws -> RegionalTableInfo {
        let name = try NamedImport.regional.name(name, by: actor)
        let (entries, reading) = try RegionalTable.read(bytes, file: file, sheet: sheet)
        let info = RegionalTableInfo(
            importing: name, measure: measure, source: source, file: file, bytes: bytes, rows: reading.rows, entries: entries)
        try writer.write { db in
            let existed = try NamedImport.regional.clear(name, replace: replace, db)
            try db.execute(
                sql: "INSERT INTO regionalTable (name, measure, source, file, sha256, importedAt, rowCount) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [name, measure, source, file, info.sha256, info.importedAt, info.rows])
            let insert = try db.makeStatement(
                sql: "INSERT INTO regionalValue (tableName, position, year, region, industry, value) VALUES (?, ?, ?, ?, ?, ?)")
            for (index, entry) in entries.enumerated() {
                try insert.execute(arguments: [name, index + 1, entry.year, entry.region, entry.industry, entry.value])
            }
            try Self.audit(actor, existed ? "replace" : "import", record: ("regionalTable", name), note: Self.note(info.auditNote), db)
        }
        return info
    }

    /// Whether a regional table of that name is stored.
    public func hasRegionalTable(named name: String) throws -> Bool {
        try writer.read { db in try NamedImport.regional.exists(name, db) }
    }

    /// Every stored regional table, by name.
    public func regionalTables() throws -> [RegionalTableInfo] {
        try writer.read { db in
            let years = try Row.fetchAll(
                db, sql: "SELECT DISTINCT tableName, year FROM regionalValue WHERE year IS NOT NULL ORDER BY tableName, year")
            var yearsByTable: [String: [Int]] = [:]
            for row in years { yearsByTable[row["tableName"], default: []].append(row["year"]) }
            return try Row.fetchAll(db, sql: "SELECT * FROM regionalTable ORDER BY name").map { row in
                RegionalTableInfo(
                    name: row["name"], measure: row["measure"], source: row["source"], file: row["file"], sha256: row["sha256"],
                    importedAt: row["importedAt"], rows: row["rowCount"], years: yearsByTable[row["name"]] ?? [])
            }
        }
    }

    /// The stored table `name` as one `RegionIndustryTable` a year (years ascending; one with year nil when the
    /// table has no years), regions and industries in the file's order; nil when no table has that name.
    public func regionalTable(named name: String) throws -> [(year: Int?, table: RegionIndustryTable)]? {
        try writer.read { db in
            guard try NamedImport.regional.exists(name, db) else { return nil }
            let values = try Row.fetchCursor(
                db, sql: "SELECT year, region, industry, value FROM regionalValue WHERE tableName = ? ORDER BY position", arguments: [name]
            ).map { row -> (year: Int?, region: String, industry: String, value: Double) in
                (row["year"], row["region"], row["industry"], row["value"])
            }
            return RegionIndustryTable.byYear(try Array(values))
        }
    }
}
