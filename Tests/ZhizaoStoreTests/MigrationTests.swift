import GRDB
import Testing
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage

/// Databases written before a migration read right after it.
@Suite struct MigrationTests {
    @Test func documentsAndObservationsFromBeforeV5ReadRight() async throws {
        // Given a v3 database with a document, a pending fact read by the first reader and an observation,
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v3")
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO source (id, titleZh) VALUES ('doc-1', '公报');
                INSERT INTO document (id, sourceId, title, text) VALUES (1, 'doc-1', '公报', '全市5G基站4.8万座。');
                INSERT INTO pendingFact (documentId, value, unit, qualifier, subjectText, metricText, quote, spanStart, spanEnd, occurrences)
                    VALUES (1, 48000, '座', 'exact', '全市', '5G基站', '全市5G基站4.8万座', 6, 11, 1);
                INSERT INTO place (id, kind, nameZh) VALUES ('city', 'city', '某市');
                INSERT INTO metric (id, nameZh, unit, kind, topic) VALUES ('output', '产值', 'CNY', 'flow', 'clusters');
                INSERT INTO observation (id, placeId, metricId, value, periodStart, periodEnd, sourceId)
                    VALUES ('o', 'city', 'output', 1e11, '2020-01-01', '2020-12-31', 'doc-1');
                """)
        }
        // When it is opened (migrated to the latest),
        let database = try AppDatabase(queue)
        // Then the document has its hash, the old fact reads as a level with its words as holder and measure,
        // the observation is an actual, and the built-in metric gained its synonyms.
        #expect(try database.document(id: 1)?.contentHash == SHA256.hex("全市5G基站4.8万座。".utf8))
        #expect(try await SQLiteStorage(database).ingest(text: "全市5G基站4.8万座。", title: "again", date: nil, file: nil, place: nil, by: .test) == .alreadyStored(documentId: 1))
        let fact = try #require(try database.pendingFacts().first?.fact)
        #expect(fact.holder == "全市" && fact.measure == "5G基站" && fact.kind == .level)
        #expect(try database.observations().first?.kind == .actual)
        #expect(try database.metrics().first?.synonyms == ["总产值", "工业总产值", "工业产值", "规模以上工业总产值"])
    }
}
