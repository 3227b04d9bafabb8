import Foundation
import Testing
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage

/// What only the SQLite engine shows of the log: the contract suite (Tests/ZhizaoPostgresTests/Contract/
/// AccountStoreContractTests.swift) tests accounts, sessions, tokens and the log on every engine.
@Suite("The audit log in SQLite")
struct AccountTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.builtIn()
    }

    @Test func anImportIsLoggedAndTheLogCannotBeChanged() throws {
        // Given an import
        let csv = "id,subject,metric,value,qualifier,period_start,period_end,as_of,source\na9,cluster:auto,output,4.8e11,exact,2019-01-01,2019-12-31,,ycwb-2021-gz-manufacturing\n"
        _ = try database.importObservations(csv: Array(csv.utf8), file: "o.csv", by: .local("wang", via: "zhizao import observations"))
        // Then the log holds it with who, how and what
        let entry = try #require(try database.auditEntries().first)
        #expect(entry.action == "import" && entry.actor == "wang" && entry.via == "zhizao import observations")
        #expect(entry.noteValues.contains { $0 == ("rows", "1") })
        // And the log refuses changes even from SQL
        #expect(throws: (any Error).self) { try database.writer.write { try $0.execute(sql: "UPDATE audit SET actor = 'x'") } }
        #expect(throws: (any Error).self) { try database.writer.write { try $0.execute(sql: "DELETE FROM audit") } }
    }
}
