import GRDB
import ZhizaoStorage

extension Migrations {
    /// Ingested documents and the facts the report reader found in them, waiting for review.
    static func v2(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    sourceId TEXT NOT NULL REFERENCES source(id),
                    title TEXT NOT NULL,
                    date TEXT,
                    file TEXT,
                    text TEXT NOT NULL
                );
                CREATE TABLE pendingFact (
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    value REAL NOT NULL,
                    unit TEXT NOT NULL,
                    qualifier TEXT NOT NULL,
                    direction TEXT,
                    subjectText TEXT,
                    metricText TEXT,
                    periodStart TEXT,
                    periodEnd TEXT,
                    asOf TEXT,
                    quote TEXT NOT NULL,
                    spanStart INTEGER NOT NULL,
                    spanEnd INTEGER NOT NULL,
                    occurrences INTEGER NOT NULL,
                    -- What the reader matched in the database, "kind:id" and a metric id; a reviewer may change them.
                    subject TEXT,
                    metricId TEXT REFERENCES metric(id),
                    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
                    observationId TEXT REFERENCES observation(id)
                );
                CREATE INDEX pendingFact_document ON pendingFact(documentId);
                CREATE INDEX pendingFact_status ON pendingFact(status);
                """)
    }
}
