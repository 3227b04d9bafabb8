import Foundation
import Synchronization
import ZhizaoAccess
import ZhizaoStorage

/// Files uploaded for import, kept in memory between the preview and the commit so that no one uploads twice.
/// Each is known by a random id, belongs to the account that uploaded it (another account's id is unknown to
/// it), and is dropped after `lifetime`, when committed, or when newer uploads need the room: at most
/// `capacity` files and `budget` bytes in all; a file larger than `largest` is checked but not kept.
final class Uploads: Sendable {
    struct Upload: Sendable {
        var id: String
        var account: Int64
        var content: UploadContent
        var file: String
        var bytes: [UInt8]
        /// The workbook's sheet chosen on the form, nil for the first (or a CSV file).
        var sheet: String? = nil
        var rows: Int
        var time: Date
    }

    private let entries = Mutex<[String: Upload]>([:])
    let lifetime: TimeInterval
    let capacity: Int
    let budget: Int
    let largest: Int

    init(lifetime: TimeInterval = 30 * 60, capacity: Int = 32, budget: Int = 256 << 20, largest: Int = 64 << 20) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.budget = budget
        self.largest = largest
    }

    /// Keeps a checked file for `account` and returns its id; nil when the file is too large to keep.
    func keep(
        _ content: UploadContent, file: String, bytes: [UInt8], sheet: String? = nil, rows: Int, account: Int64, now: Date = Date()
    ) -> String? {
        guard bytes.count <= largest else { return nil }
        let id = Secrets.make()
        entries.withLock { entries in
            entries = entries.filter { now.timeIntervalSince($0.value.time) < lifetime }
            // Oldest first, until the new file fits.
            for old in entries.values.sorted(by: { $0.time < $1.time }) {
                let used = entries.values.reduce(0) { $0 + $1.bytes.count }
                guard entries.count >= capacity || used + bytes.count > budget else { break }
                entries[old.id] = nil
            }
            entries[id] = Upload(id: id, account: account, content: content, file: file, bytes: bytes, sheet: sheet, rows: rows, time: now)
        }
        return id
    }

    /// Takes `account`'s upload `id` out (it is committed once); nil when unknown, expired or someone else's.
    func take(_ id: String, account: Int64, now: Date = Date()) -> Upload? {
        entries.withLock { entries in
            guard let upload = entries[id], upload.account == account else { return nil }
            entries[id] = nil
            return now.timeIntervalSince(upload.time) < lifetime ? upload : nil
        }
    }

    var count: Int { entries.withLock { $0.count } }
}

/// What an uploaded file is to become: records of an import kind, written row by row, or a target list (招商名单)
/// stored whole under a name, apart from the registry.
enum UploadContent: Sendable, Equatable {
    case records(ImportKind)
    case targetList(TargetListUpload)
}

/// A target list's name and source as the upload form gives them, and whether it replaces a stored list of that name.
struct TargetListUpload: Sendable, Equatable {
    var name: String
    var source: String?
    var replace: Bool
}
