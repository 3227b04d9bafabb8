import GRDB
import ReportReader
import ZhizaoCore
import ZhizaoStorage

extension Migrations {
    /// v5: ingest and review keep the record true.
    /// - `document.contentHash`: SHA-256 of the text, so the same text is never stored twice (filled for stored
    ///   documents; not unique, as documents ingested twice before v5 may share one).
    /// - `metric.synonyms`: other names of a metric (`a;b`), which ingest maps to it; the built-in ones filled.
    /// - `metricProposal`: a metric proposed for a measure the catalogue lacks, until a reviewer accepts it.
    /// - `pendingFact`: what the reader says a fact is (holder, holderWritten, measure, kind, basis; `subjectText`
    ///   and `metricText` stay for rows read before), why its subject and metric were suggested, the proposal for
    ///   its measure, and the target an accepted goal became.
    static func v5(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE document ADD COLUMN contentHash TEXT;
                CREATE INDEX document_contentHash ON document(contentHash);
                ALTER TABLE metric ADD COLUMN synonyms TEXT;
                CREATE TABLE metricProposal (
                    id INTEGER PRIMARY KEY,
                    nameZh TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    -- The id to give it, when one follows from the catalogue (value-added-growth).
                    suggestedId TEXT,
                    -- The metric it is the growth of, for a growth rate.
                    growthOf TEXT REFERENCES metric(id),
                    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
                    metricId TEXT REFERENCES metric(id),
                    UNIQUE (nameZh, unit)
                );
                ALTER TABLE pendingFact ADD COLUMN holder TEXT;
                ALTER TABLE pendingFact ADD COLUMN holderWritten TEXT;
                ALTER TABLE pendingFact ADD COLUMN measure TEXT;
                ALTER TABLE pendingFact ADD COLUMN kind TEXT;
                ALTER TABLE pendingFact ADD COLUMN basis TEXT;
                ALTER TABLE pendingFact ADD COLUMN subjectReason TEXT;
                ALTER TABLE pendingFact ADD COLUMN metricReason TEXT;
                ALTER TABLE pendingFact ADD COLUMN proposalId INTEGER REFERENCES metricProposal(id);
                ALTER TABLE pendingFact ADD COLUMN targetId TEXT REFERENCES target(id);
                CREATE INDEX pendingFact_proposal ON pendingFact(proposalId) WHERE proposalId IS NOT NULL;
                """)
        for row in try Row.fetchAll(db, sql: "SELECT id, text FROM document") {
            let text: String = row["text"]
            try db.execute(
                sql: "UPDATE document SET contentHash = ? WHERE id = ?", arguments: [FactFiling.contentHash(text), row["id"] as Int64])
        }
        let synonyms = [
            "output": "总产值;工业总产值;工业产值;规模以上工业总产值",
            "value-added": "工业增加值;规模以上工业增加值",
            "share-of-city-output": "产值占全市比重;占全市工业总产值比重",
            "above-scale-enterprise-count": "规模以上工业企业数;规模以上企业数",
            "key-project-count": "重点建设项目数;市重点建设项目数",
        ]
        for (id, names) in synonyms.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "UPDATE metric SET synonyms = ? WHERE id = ? AND synonyms IS NULL", arguments: [names, id])
        }
    }
}
