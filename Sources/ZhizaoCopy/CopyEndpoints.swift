import ZhizaoCore

/// A database whose tables `copy-db` reads: the SQLite engine (`ZhizaoStore`) and the PostgreSQL engine
/// (`ZhizaoPostgres`) each provide one, with SQL of their own; ``DatabaseCopy`` does the rest.
public protocol CopySource: Sendable {
    /// Where the data is, for messages and the target's audit entry: a path, or a URL without any secret.
    var location: String { get }
    /// The tables to copy, as this engine describes them.
    func copyTables() async throws -> [CopyTable]
    /// Runs `body` over one consistent view of every table (one read transaction or snapshot).
    func withSnapshot<Result: Sendable>(_ body: (any CopyRows) async throws -> Result) async throws -> Result
}

/// A database `copy-db` writes: every step between ``CopyTarget/replace(_:)``'s start and its end is one
/// all-or-nothing write, so that a failure leaves the target as it was.
public protocol CopyTarget: Sendable {
    var location: String { get }
    func copyTables() async throws -> [CopyTable]
    /// Runs `body` in one write that becomes visible only when `body` returns; when it throws, the target is
    /// left as it was.
    func replace<Result: Sendable>(_ body: (any CopyWriter) async throws -> Result) async throws -> Result
}

/// Rows read in order, a batch at a time.
public protocol CopyRows {
    /// How many rows `table` holds.
    func count(_ table: String) async throws -> Int
    /// Every row of `read.table` as `read.columns`, in ascending order of `read.order` (text compared byte by byte,
    /// as SQLite does and PostgreSQL's `COLLATE "C"`), given to `batch` a few thousand at a time; values as the
    /// columns hold them (``CopyColumn/normalised(_:)``).
    func rows(_ read: CopyRead, batch: ([[CopyValue]]) async throws -> Void) async throws
}

/// Rows on their way into the target: the values, and the same rows as COPY text (what PostgreSQL's `COPY`
/// reads and the checksum hashes), made once.
public struct CopyBatch: Sendable {
    public var rows: [[CopyValue]]
    public var text: [UInt8]

    public init(rows: [[CopyValue]], text: [UInt8]) {
        self.rows = rows
        self.text = text
    }
}

/// The target's side of one copy, inside its all-or-nothing write. Its ``CopyRows`` read what has been written.
public protocol CopyWriter: CopyRows {
    /// Rows `table` held before the copy began (what `--force` would replace).
    func existingRows(_ table: String) async throws -> Int
    /// Removes every row of `tables` (children before parents), the audit log's included.
    func clear(_ tables: [CopyTable]) async throws
    /// Writes the batches `feed` sends into `read.table`'s `read.columns`.
    func load(_ read: CopyRead, _ feed: (_ send: (CopyBatch) async throws -> Void) async throws -> Void) async throws
    /// After every table is loaded: numbering set past the highest id, search indexes rebuilt, foreign keys checked.
    func finish(_ tables: [CopyTable]) async throws
    /// Appends the audit entry, as `actor`'s, that says where the data came from, and records the write's time.
    func recordCopy(from source: String, tables: Int, rows: Int, by actor: Actor) async throws
}
