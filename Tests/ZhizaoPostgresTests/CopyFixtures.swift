import Foundation
import ZhizaoCopy
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

/// Databases for copy-db's tests: files in a folder of their own, and a source that fails part-way.
enum CopyFixtures {
    static let actor = Actor.local("test", via: "copy-db tests")

    /// A new folder's path for `name`.
    static func path(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydb-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// A SQLite file holding the built-in Guangzhou 2020 dataset.
    static func builtInFile() throws -> String {
        let path = try path("built-in.sqlite")
        try AppDatabase.create(path: path, force: false)
        return path
    }

    /// Reads a store gives, to compare two databases by what the application sees.
    static func reads(_ database: AppDatabase) throws -> [String] {
        [
            "\(try database.dataset())", "\(try database.searchEnterprises("汽车", limit: 50))",
            "\(try database.searchProjectsAndPlaces("广州", limit: 50))", "\(try database.enterpriseCount())",
        ]
    }
}

/// A source that reads like `base` but throws once `failAfter` batches of `table` have been read, as a lost
/// connection or a full disk would part-way through a copy.
struct FailingSource<Base: CopySource>: CopySource {
    struct Failure: Error {}
    let base: Base
    let table: String
    var failAfter = 1

    var location: String { base.location }
    func copyTables() async throws -> [CopyTable] { try await base.copyTables() }

    func withSnapshot<Result: Sendable>(_ body: (any CopyRows) async throws -> Result) async throws -> Result {
        try await base.withSnapshot { rows in try await body(Rows(base: rows, table: table, failAfter: failAfter)) }
    }

    struct Rows: CopyRows {
        let base: any CopyRows
        let table: String
        let failAfter: Int

        func count(_ table: String) async throws -> Int { try await base.count(table) }

        func rows(_ read: CopyRead, batch: ([[CopyValue]]) async throws -> Void) async throws {
            var batches = 0
            try await base.rows(read) { rows in
                if read.table.lowercased() == table.lowercased(), batches == failAfter { throw Failure() }
                batches += 1
                try await batch(rows)
            }
        }
    }
}
