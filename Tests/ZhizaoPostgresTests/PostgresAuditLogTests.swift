import PostgresNIO
import Testing
import ZhizaoCore
import ZhizaoStorage
@testable import ZhizaoPostgres

/// What only the PostgreSQL engine shows of the log (the contract suite tests the rest on every engine).
extension PostgresServerTests {
    @Suite struct PostgresAuditLogTests {
        @Test func theLogRefusesChangesEvenFromSQL() async throws {
            try await TestPostgres.withEngine { engine in
                // Given an entry
                try await engine.recordFailedLogin(name: "li", by: Actor(account: nil, name: "li", address: "10.0.0.9", via: "POST /login"))
                // Then neither an update nor a delete gets through, and the entry stays as written
                for sql in ["UPDATE audit SET actor = 'x'", "DELETE FROM audit"] {
                    await #expect(throws: PSQLError.self) {
                        try await engine.transaction { connection in
                            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: engine.logger)
                        }
                    }
                }
                #expect(try await engine.auditEntries(AuditQuery()).map(\.actor) == ["li"])
            }
        }
    }
}
