import ZhizaoCore

/// Copies every table of one database into another, whichever engines they are, and proves the copy.
///
/// The source is read from one snapshot; the target is written in one all-or-nothing write
/// (``CopyTarget/replace(_:)``): refused when it holds data unless `force`, cleared, loaded table by table with
/// parents before children, numbering and search indexes brought up to date, then read back: each table's row
/// count and ``TableChecksum`` must equal the source's, or nothing is kept. The last step appends an audit entry
/// saying where the data came from (after the check, so the audit log compares like every other table).
public enum DatabaseCopy {
    /// What was copied: a line a table, in the order copied.
    public struct Report: Sendable {
        public var tables: [Table]

        public struct Table: Sendable, Equatable {
            public var name: String
            public var rows: Int
            /// The source's checksum (64 hex digits).
            public var checksum: String
            /// True when the target's row count and checksum equal the source's.
            public var ok: Bool
        }

        public var rows: Int { tables.reduce(0) { $0 + $1.rows } }
    }

    /// Tables a newly migrated database already holds rows in (v7-backup-meta's one `databaseInfo` row): they do
    /// not make a target count as holding data.
    public static let seededTables: Set<String> = ["databaseinfo"]

    /// Copies `source` into `target`, recorded as `actor`'s. `progress` hears of each batch: the table, rows done, rows in all.
    public static func run(
        from source: some CopySource, to target: some CopyTarget, force: Bool, by actor: Actor,
        progress: (_ table: String, _ done: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async throws -> Report {
        let steps = try plan(source: try await source.copyTables(), target: try await target.copyTables())
        return try await source.withSnapshot { sourceRows in
            try await target.replace { writer in
                try await refuseData(writer, steps.map(\.table), force: force, target: target.location)
                try await writer.clear(steps.reversed().map(\.table))
                var copied: [(name: String, rows: Int, checksum: String)] = []
                for step in steps {
                    let total = try await sourceRows.count(step.source.table)
                    var checksum = TableChecksum()
                    try await writer.load(step.target) { send in
                        try await sourceRows.rows(step.source) { batch in
                            try await send(checksum.add(batch, columns: step.source.columns))
                            progress(step.table.name, checksum.rows, total)
                        }
                    }
                    copied.append((step.table.name, checksum.rows, checksum.hex()))
                }
                try await writer.finish(steps.map(\.table))
                var report = Report(tables: [])
                for (step, copy) in zip(steps, copied) {
                    let written = try await checksum(of: step.target, in: writer)
                    report.tables.append(
                        .init(name: copy.name, rows: copy.rows, checksum: copy.checksum, ok: written.rows == copy.rows && written.checksum == copy.checksum))
                }
                if let bad = report.tables.first(where: { !$0.ok }) {
                    throw CopyError(
                        .verification,
                        "table \(bad.name) differs after the copy to \(target.location) (rows or checksum): nothing was "
                            + "kept. Check that nothing wrote to the target meanwhile and run copy-db again")
                }
                try await writer.recordCopy(from: source.location, tables: report.tables.count, rows: report.rows, by: actor)
                return report
            }
        }
    }

    /// Every table's rows and checksum in `database`, from one snapshot, by table name.
    public static func checksums(of database: some CopySource) async throws -> [String: (rows: Int, checksum: String)] {
        let tables = try await database.copyTables()
        return try await database.withSnapshot { rows in
            var sums: [String: (rows: Int, checksum: String)] = [:]
            for table in tables { sums[table.name] = try await checksum(of: table.canonicalRead(), in: rows) }
            return sums
        }
    }

    /// The checksum of a table as its engine reads it back.
    public static func checksum(of read: CopyRead, in rows: any CopyRows) async throws -> (rows: Int, checksum: String) {
        var checksum = TableChecksum()
        try await rows.rows(read) { batch in _ = checksum.add(batch, columns: read.columns) }
        return (checksum.rows, checksum.hex())
    }

    /// One table's copy: the target's description and how each side reads it.
    struct Step {
        var table: CopyTable
        var source: CopyRead
        var target: CopyRead
    }

    /// The target's tables, parents before children, each matched with the source's table of the same name and
    /// columns (compared in lower case); columns in the order of their names, rows in primary-key order.
    static func plan(source: [CopyTable], target: [CopyTable]) throws -> [Step] {
        let sources = Dictionary(source.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let targetKeys = Set(target.map(\.key))
        let missing = source.map(\.key).filter { !targetKeys.contains($0) }.sorted()
        guard missing.isEmpty else {
            throw CopyError(
                .schema,
                "the target has no table \(missing.joined(separator: ", ")) that the source has: the source comes from a "
                    + "newer zhizao, or a migration lacks its counterpart in the target's engine; copy with that zhizao")
        }
        return try ordered(target).map { table in
            guard let from = sources[table.key] else {
                throw CopyError(.schema, "the source has no table \(table.name): open it once with this zhizao to migrate it, then copy again")
            }
            let keys = table.columns.map(\.key).sorted()
            let fromKeys = from.columns.map(\.key).sorted()
            guard keys == fromKeys else {
                let differ = Set(keys).symmetricDifference(fromKeys).sorted()
                throw CopyError(
                    .schema,
                    "table \(table.name) has different columns in the source and the target (\(differ.joined(separator: ", "))): "
                        + "migrate both with the same zhizao, then copy again")
            }
            return Step(table: table, source: from.canonicalRead(orderedBy: table.primaryKey), target: table.canonicalRead())
        }
    }

    /// `tables` with every table after those its foreign keys refer to (ties by name, so the order is stable).
    static func ordered(_ tables: [CopyTable]) throws -> [CopyTable] {
        var left = tables.sorted { $0.key < $1.key }
        let known = Set(tables.map(\.key))
        var placed: Set<String> = []
        var result: [CopyTable] = []
        while !left.isEmpty {
            guard let next = left.firstIndex(where: { $0.references.intersection(known).subtracting([$0.key]).isSubset(of: placed) }) else {
                throw CopyError(
                    .schema,
                    "the foreign keys of \(left.map(\.name).joined(separator: ", ")) form a cycle; copy-db cannot order them")
            }
            let table = left.remove(at: next)
            placed.insert(table.key)
            result.append(table)
        }
        return result
    }

    /// Throws unless the target holds no data (beyond ``seededTables``) or `force` replaces it.
    static func refuseData(_ writer: any CopyWriter, _ tables: [CopyTable], force: Bool, target: String) async throws {
        guard !force else { return }
        var held: [String] = []
        for table in tables where !seededTables.contains(table.key) {
            let rows = try await writer.existingRows(table.name)
            if rows > 0 { held.append("\(table.name) (\(rows))") }
        }
        guard held.isEmpty else {
            throw CopyError(
                .notEmpty,
                "\(target) already holds data (\(held.prefix(5).joined(separator: ", "))\(held.count > 5 ? ", …" : "")): "
                    + "copy into an empty database, or add --force to replace its data with the source's")
        }
    }
}
