import PostgresNIO
import Testing
@testable import ZhizaoPostgres

/// The schema's migrations: applied once, under an advisory lock, with SQLite's tables and constraints.
extension PostgresServerTests {
@Suite struct PostgresMigrationTests {
    @Test func aNewDatabaseGetsEveryMigrationAndASecondRunNone() async throws {
        try await TestPostgres.withEngine(migrated: false) { engine in
            let appliedFirst = try await engine.migrate()
            #expect(appliedFirst == PostgresMigrations.ids)
            let appliedAgain = try await engine.migrate()
            #expect(appliedAgain == [])
            let recorded = try await TestPostgres.count(engine, "zhizao_migration")
            #expect(recorded == PostgresMigrations.ids.count)
        }
    }

    @Test func twoServersStartingAtOnceMigrateOnce() async throws {
        // Given two engines (two servers' pools) on one new database
        let name = try await TestPostgres.createDatabase()
        let first = PostgresEngine(settings: try TestPostgres.settings(database: name))
        let second = PostgresEngine(settings: try TestPostgres.settings(database: name))
        // When both migrate at the same moment
        async let a = first.migrate()
        async let b = second.migrate()
        let (appliedByFirst, appliedBySecond) = try await (a, b)
        // Then one applied every migration and the other none, and each is recorded once
        #expect([appliedByFirst, appliedBySecond].sorted { $0.count < $1.count } == [[], PostgresMigrations.ids])
        let recorded = try await TestPostgres.count(first, "zhizao_migration")
        #expect(recorded == PostgresMigrations.ids.count)
        await first.shutdown()
        await second.shutdown()
    }

    @Test func theSchemaHasSQLitesTables() async throws {
        try await TestPostgres.withEngine { engine in
            let tables = Set(
                try await TestPostgres.column(
                    engine, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
                ).compactMap { $0 })
            let sqlite: Set<String> = [
                "source", "place", "cluster", "metric", "enterprise", "designation", "project", "projectinvestor",
                "projectphase", "projectlisting", "observation", "programme", "programmestrand", "target", "statement",
                "futureindustry", "innovationcentre", "document", "pendingfact", "metricproposal", "account",
                "accountdistrict", "session", "apitoken", "audit", "databaseinfo", "boundary", "regionaltable",
                "regionalvalue", "targetlist", "outsidefirm",
            ]
            #expect(tables == sqlite.union(["zhizao_migration"]))
        }
    }

    @Test(arguments: [
        // The audit log is append-only.
        "UPDATE audit SET actor = 'x'",
        // An observation is about exactly one subject.
        """
        INSERT INTO source (id, titleZh) VALUES ('s', '来源');
        INSERT INTO metric (id, nameZh, unit, kind, topic) VALUES ('m', '产值', 'CNY', 'flow', 'clusters');
        INSERT INTO observation (id, placeId, clusterId, metricId, value, sourceId) VALUES ('o', '440114', NULL, 'm', 1, 's');
        INSERT INTO observation (id, metricId, value, sourceId) VALUES ('o2', 'm', 1, 's')
        """,
        // Account names are unique whatever their case.
        """
        INSERT INTO account (name, role, passwordHash, createdAt) VALUES ('Wang', 'viewer', 'h', 'now');
        INSERT INTO account (name, role, passwordHash, createdAt) VALUES ('wang', 'viewer', 'h', 'now')
        """,
    ])
    func constraintsRefuseWhatSQLitesRefuse(sql: String) async throws {
        try await TestPostgres.withEngine { engine in
            _ = try await engine.withConnection { connection in
                try await connection.query("INSERT INTO audit (at, actor, via, action) VALUES ('t', 'a', 'v', 'login')", logger: engine.logger)
            }
            await #expect(throws: (any Error).self) {
                try await engine.transaction { connection in
                    for statement in PostgresMigrations.statements(sql + ";") {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: engine.logger)
                    }
                }
            }
        }
    }

    @Test func statementsAreCutAtSemicolonsEndingALine() {
        let sql = "CREATE TABLE a (x TEXT);\nCREATE FUNCTION f() AS $$\n    BEGIN RAISE 'a; b'; END $$;\n"
        #expect(PostgresMigrations.statements(sql) == ["CREATE TABLE a (x TEXT);", "CREATE FUNCTION f() AS $$\n    BEGIN RAISE 'a; b'; END $$;"])
    }
}
}
