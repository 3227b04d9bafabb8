import ZhizaoCore

/// A table's checksum as `copy-db` computes it on both sides: SHA-256 over the rows in primary-key order, each
/// written as COPY text (``CopyText``) with the columns in the order of their lower-case names. Values are
/// compared as the engines hold them after ``CopyColumn/normalised(_:)``: NULL as `\N`, integers and flags
/// (0/1) in decimal, reals in Swift's shortest round-trip form (so `2156.3` from either engine is the same
/// bytes), text as UTF-8 with tabs, newlines and backslashes escaped. Times are text in both schemas.
public struct TableChecksum: Sendable {
    private var hasher = SHA256.Hasher()
    public private(set) var rows = 0

    public init() {}

    /// Adds `batch` (rows of `columns`) to the checksum; returns the rows normalised and as COPY text.
    public mutating func add(_ batch: [[CopyValue]], columns: [CopyColumn]) -> CopyBatch {
        var text = CopyText(capacity: batch.count * columns.count * 12)
        var normalised: [[CopyValue]] = []
        normalised.reserveCapacity(batch.count)
        for row in batch {
            let values = zip(row, columns).map { value, column in column.normalised(value) }
            for value in values { text.add(value) }
            text.endRow()
            normalised.append(values)
        }
        hasher.update(text.bytes)
        rows += batch.count
        return CopyBatch(rows: normalised, text: text.bytes)
    }

    /// The checksum, 64 hex digits.
    public mutating func hex() -> String { hasher.hex() }
}
