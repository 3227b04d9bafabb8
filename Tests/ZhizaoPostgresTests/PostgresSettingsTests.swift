import Foundation
import Testing
@testable import ZhizaoPostgres

/// The connection URL: endpoints, parameters, and passwords only from PGPASSWORD or .pgpass.
@Suite struct PostgresSettingsTests {
    let noPassword = ["HOME": "/nonexistent", "USER": "tester"]

    @Test func aTCPURLGivesHostPortUserAndDatabase() throws {
        let settings = try PostgresSettings(url: "postgres://zhizao@db.example:6543/bureau", environment: noPassword)
        #expect(settings.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(settings.user == "zhizao")
        #expect(settings.database == "bureau")
        #expect(settings.password == nil)
        #expect(settings.poolSize == 8)
        #expect(settings.statementTimeoutMilliseconds == 30_000)
    }

    @Test(arguments: [
        "postgres://zhizao@%2Fvar%2Frun%2Fpostgresql:5433/bureau",
        "postgresql://zhizao@/bureau?host=/var/run/postgresql&port=5433",
    ])
    func aSocketDirectoryIsAHostThatIsAPath(url: String) throws {
        let settings = try PostgresSettings(url: url, environment: noPassword)
        #expect(settings.endpoint == .socket(directory: "/var/run/postgresql", port: 5433))
        #expect(settings.database == "bureau")
    }

    @Test func withoutUserOrDatabaseTheUserAndItsNameAreTaken() throws {
        let settings = try PostgresSettings(url: "postgres://localhost", environment: noPassword)
        #expect(settings.user == "tester")
        #expect(settings.database == "tester")
        #expect(settings.port == 5432)
    }

    @Test func poolTimeoutAndRetriesComeFromParameters() throws {
        let settings = try PostgresSettings(
            url: "postgres://z@h/d?pool_size=32&statement_timeout=2500&connect_timeout=3&retries=5", environment: noPassword)
        #expect(settings.poolSize == 32)
        #expect(settings.statementTimeoutMilliseconds == 2500)
        #expect(settings.connectTimeoutSeconds == 3)
        #expect(settings.retries == 5)
    }

    @Test(arguments: [
        ("postgres://z@h/d?pool_size=0", "pool_size=0"),
        ("postgres://z@h:port/d", "port"),
        ("mysql://z@h/d", "not a postgres://"),
    ])
    func badSettingsAreRefusedSayingWhich(url: String, named: String) {
        #expect {
            try PostgresSettings(url: url, environment: noPassword)
        } throws: { error in
            (error as? PostgresEngineError)?.code == .settings && "\(error)".contains(named)
        }
    }

    @Test func aPasswordInTheURLIsRefusedWithWhereToPutIt() {
        #expect {
            try PostgresSettings(url: "postgres://zhizao:secret@db/bureau", environment: noPassword)
        } throws: { error in
            let message = "\(error)"
            return message.contains("PGPASSWORD") && message.contains(".pgpass") && !message.contains("secret")
        }
    }

    @Test func thePasswordComesFromPGPASSWORDBeforeThePasswordFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pass").path
        try "db:5432:bureau:zhizao:from-file\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let url = "postgres://zhizao@db/bureau"

        #expect(try PostgresSettings(url: url, environment: ["PGPASSFILE": file]).password == "from-file")
        #expect(try PostgresSettings(url: url, environment: ["PGPASSFILE": file, "PGPASSWORD": "from-env"]).password == "from-env")
        // A file others may read is ignored, as libpq ignores it.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try PostgresSettings(url: url, environment: ["PGPASSFILE": file]).password == nil)
    }

    @Test func theRedactedURLHasNoPassword() throws {
        let settings = try PostgresSettings(url: "postgres://zhizao@db:5433/bureau", environment: ["PGPASSWORD": "secret"])
        #expect(settings.password == "secret")
        #expect(settings.redacted == "postgres://zhizao@db:5433/bureau")
    }
}

/// `.pgpass` lines as libpq reads them.
@Suite struct PGPassFileTests {
    @Test func theFirstMatchingLineWinsWithWildcards() {
        let file = PGPassFile(
            text: """
                # comment:*:*:*:not-this
                db.example:5432:bureau:zhizao:exact
                *:*:bureau:*:any-host
                *:*:*:*:fallback
                """)
        #expect(file.password(host: "db.example", port: 5432, database: "bureau", user: "zhizao") == "exact")
        #expect(file.password(host: "other", port: 6000, database: "bureau", user: "someone") == "any-host")
        #expect(file.password(host: "other", port: 6000, database: "city", user: "someone") == "fallback")
    }

    @Test func escapedColonsAndBackslashesAreTakenLiterally() {
        let file = PGPassFile(text: #"db:5432:bureau:zhizao:pa\:ss\\word"#)
        #expect(file.password(host: "db", port: 5432, database: "bureau", user: "zhizao") == #"pa:ss\word"#)
    }

    @Test func localhostMatchesASocketConnectionAndShortLinesAreSkipped() {
        let file = PGPassFile(text: "db:5432:bureau\nlocalhost:5432:bureau:zhizao:local\n")
        #expect(file.entries.count == 1)
        #expect(file.password(host: nil, port: 5432, database: "bureau", user: "zhizao") == "local")
        #expect(file.password(host: "db", port: 5432, database: "bureau", user: "zhizao") == nil)
    }
}
