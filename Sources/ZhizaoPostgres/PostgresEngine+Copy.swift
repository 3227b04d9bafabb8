import PostgresNIO
import ZhizaoCopy
import ZhizaoCore

/// `copy-db` on PostgreSQL: tables described from the catalog, read in one `REPEATABLE READ` snapshot, written in
/// one transaction (`TRUNCATE`, which fires no row trigger, so the audit log's append-only triggers do not refuse
/// replacing it; `COPY … FROM STDIN`; identities set past the highest id), and read back for the checksums in
/// that same transaction before `COMMIT`. Statements of a copy run without the statement timeout, which is for
/// requests: one `COPY` of a million rows takes longer.
extension PostgresEngine: CopySource, CopyTarget {
    public var location: String { settings.redacted }

    public func copyTables() async throws -> [CopyTable] {
        try await withConnection { connection in try await PostgresCopyConnection(connection, logger: self.logger).tables() }
    }

    public func withSnapshot<Result: Sendable>(_ body: (any CopyRows) async throws -> Result) async throws -> Result {
        try await leasedInPlace { connection in
            try await Self.inTransaction(connection, logger: self.logger) { connection in
                try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: self.logger)
                try await connection.query("SET LOCAL statement_timeout = 0", logger: self.logger)
                return try await body(PostgresCopyConnection(connection, logger: self.logger))
            }
        }
    }

    /// The advisory lock a copy into this database holds for its transaction.
    static let copyLockKey: Int64 = 0x7A68_697A_636F

    public func replace<Result: Sendable>(_ body: (any CopyWriter) async throws -> Result) async throws -> Result {
        try await leasedInPlace { connection in
            try await Self.inTransaction(connection, logger: self.logger) { connection in
                try await connection.query("SET LOCAL statement_timeout = 0", logger: self.logger)
                // Copies into one database wait for each other: of two servers seeding an empty database at once,
                // the second finds it holding data.
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.copyLockKey))", logger: self.logger)
                return try await body(PostgresCopyConnection(connection, logger: self.logger, engine: self))
            }
        }
    }
}

/// One connection's side of a copy: reads for a source snapshot, and writes too for a target.
struct PostgresCopyConnection: CopyWriter {
    let connection: PostgresConnection
    let logger: Logger
    /// The engine, for the audit entry; nil for a source.
    var engine: PostgresEngine?

    init(_ connection: PostgresConnection, logger: Logger, engine: PostgresEngine? = nil) {
        self.connection = connection
        self.logger = logger
        self.engine = engine
    }

    /// Rows a batch.
    static let batchSize = 5_000

    /// The schema's tables (not `zhizao_migration`) with their columns, primary keys, references and identities.
    func tables() async throws -> [CopyTable] {
        var tables: [String: CopyTable] = [:]
        let columns = try await connection.query(
            """
            SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_identity::text
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'zhizao_migration'
            ORDER BY c.table_name, c.ordinal_position
            """, logger: logger)
        for try await (table, column, type, identity) in columns.decode((String, String, String, String).self) {
            tables[table, default: CopyTable(name: table, columns: [], primaryKey: [], references: [], identity: nil)]
                .columns.append(CopyColumn(name: column, kind: Self.kind(type)))
            if identity == "YES" { tables[table]?.identity = column }
        }
        let keys = try await connection.query(
            """
            SELECT k.table_name::text, k.column_name::text
            FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k
                ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
            WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema()
            ORDER BY k.table_name, k.ordinal_position
            """, logger: logger)
        for try await (table, column) in keys.decode((String, String).self) { tables[table]?.primaryKey.append(column) }
        let references = try await connection.query(
            """
            SELECT child.relname::text, parent.relname::text
            FROM pg_constraint f JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid
            WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace
            """, logger: logger)
        for try await (table, parent) in references.decode((String, String).self) where table != parent {
            tables[table]?.references.insert(parent)
        }
        return tables.values.sorted { $0.name < $1.name }
    }

    /// The kind of values a column of SQL type `type` holds.
    static func kind(_ type: String) -> CopyColumn.Kind {
        switch type {
        case "bigint", "integer", "smallint": .integer
        case "double precision", "real", "numeric": .real
        case "boolean": .boolean
        default: .text
        }
    }

    func count(_ table: String) async throws -> Int {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(Self.quoted(table))"), logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    func rows(_ read: CopyRead, batch: ([[CopyValue]]) async throws -> Void) async throws {
        let order = read.order.map { $0.kind == .text ? "\(Self.quoted($0.name)) COLLATE \"C\"" : Self.quoted($0.name) }
        let sql = "SELECT \(read.columns.map { Self.quoted($0.name) }.joined(separator: ", ")) FROM \(Self.quoted(read.table)) "
            + "ORDER BY \(order.joined(separator: ", "))"
        var rows: [[CopyValue]] = []
        rows.reserveCapacity(Self.batchSize)
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
            rows.append(try zip(row, read.columns).map { cell, column in try Self.value(cell, column.kind) })
            if rows.count == Self.batchSize {
                try await batch(rows)
                rows.removeAll(keepingCapacity: true)
            }
        }
        if !rows.isEmpty { try await batch(rows) }
    }

    /// A cell as a copied value; a boolean is the integer 0 or 1.
    static func value(_ cell: PostgresCell, _ kind: CopyColumn.Kind) throws -> CopyValue {
        guard cell.bytes != nil else { return .null }
        switch kind {
        case .integer: return .integer(try cell.decode(Int.self))
        case .real: return .real(try cell.decode(Double.self))
        case .boolean: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .text: return .text(try cell.decode(String.self))
        }
    }

    func existingRows(_ table: String) async throws -> Int { try await count(table) }

    func clear(_ tables: [CopyTable]) async throws {
        guard !tables.isEmpty else { return }
        try await connection.query(
            PostgresQuery(unsafeSQL: "TRUNCATE \(tables.map { Self.quoted($0.name) }.joined(separator: ", "))"), logger: logger)
    }

    func load(_ read: CopyRead, _ feed: (_ send: (CopyBatch) async throws -> Void) async throws -> Void) async throws {
        try await connection.copyFrom(table: read.table, columns: read.columns.map(\.name), logger: logger) { writer in
            try await feed { batch in try await writer.write(ByteBuffer(bytes: batch.text)) }
        }
    }

    /// Identities set past the highest id (the next insert must not collide with a copied row), and statistics
    /// gathered for the planner, which has none for rows just copied.
    func finish(_ tables: [CopyTable]) async throws {
        for table in tables {
            if let identity = table.identity {
                let (name, column) = (Self.quoted(table.name), Self.quoted(identity))
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT setval(pg_get_serial_sequence('\(name)', '\(identity)'), coalesce(max(\(column)), 0) + 1, false) FROM \(name)"),
                    logger: logger)
            }
            try await connection.query(PostgresQuery(unsafeSQL: "ANALYZE \(Self.quoted(table.name))"), logger: logger)
        }
    }

    func recordCopy(from source: String, tables: Int, rows: Int, by actor: Actor) async throws {
        guard let engine else { return }
        try await engine.appendAudit(
            actor, "copy", record: ("database", source), note: ["from": source, "tables": "\(tables)", "rows": "\(rows)"], connection)
    }

    /// `name` as a quoted identifier (names come from the catalog, lower case).
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
