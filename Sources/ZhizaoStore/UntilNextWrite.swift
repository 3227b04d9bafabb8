import GRDB
import Synchronization
import ZhizaoStorage

/// When the database was last written, as the write clock tells it: `databaseInfo.lastWriteAt`, which every
/// process's writes set, and the writes this process has recorded, which tell apart two writes made within the same
/// millisecond. Two equal stamps read before two reads mean no write was recorded between them.
struct WriteStamp: Equatable, Sendable {
    var lastWriteAt: String?
    var localWrites: Int
}

/// A value computed from the database and kept until the next write: the write clock (``WriteStamp``) is read with
/// the value, in the same read transaction, and a later read computes it again only when the clock has moved.
/// One computation at a time: a caller that finds another computing waits for it instead of reading the same rows.
final class UntilNextWrite<Value: Sendable>: Sendable {
    private let kept = Mutex<(stamp: WriteStamp, value: Value)?>(nil)

    /// The value as of now: the kept one when no write was recorded since it was computed, else `compute`'s.
    func value(_ writer: any DatabaseWriter, compute: (Database) throws -> Value) throws -> Value {
        try kept.withLock { kept in
            // Read before the transaction: a write counted here committed before it, so `compute` sees it.
            let localWrites = WriteClock.localWrites
            return try writer.read { db in
                let stamp = WriteStamp(
                    lastWriteAt: try String.fetchOne(db, sql: "SELECT lastWriteAt FROM databaseInfo WHERE id = 1"),
                    localWrites: localWrites)
                if let kept, kept.stamp == stamp { return kept.value }
                let value = try compute(db)
                kept = (stamp, value)
                return value
            }
        }
    }
}
