import Foundation
import GRDB
import ReportReader
import ZhizaoCore

/// A fact the reader found, as stored for review.
public struct PendingFact: Sendable, Identifiable {
    public enum Status: String, Sendable { case pending, accepted, rejected }

    public var id: Int64
    public var documentId: Int64
    public var fact: Fact
    /// The database subject it was matched to ("cluster:auto"), nil when none matched.
    public var subject: Subject?
    public var metricId: String?
    public var status: Status
    public var observationId: String?
}

/// An ingested document with its text.
public struct Document: Sendable, Identifiable {
    public var id: Int64
    public var sourceId: String
    public var title: String
    public var date: String?
    public var file: String?
    public var text: String
}

/// Ingesting reports: a document becomes a source, its facts pending observations, matched by name to the
/// database's places, clusters, enterprises and metrics; a reviewer accepts (with edits) or rejects them.
extension AppDatabase {
    /// Stores `text` as a source and a document, and the reader's facts as pending; returns the document id.
    public func ingest(text: String, title: String, date: String?, file: String?) throws -> Int64 {
        let facts = FactExtractor.extract(text, documentYear: date.flatMap { Int($0.prefix(4)) }, documentMonth: date.flatMap { Int($0.dropFirst(5).prefix(2)) })
        return try writer.write { db in
            let number = (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0) + 1
            let sourceId = "doc-\(number)"
            try Self.save(
                Source(id: sourceId, title: LocalizedText(zh: title), published: date,
                       note: "Ingested by zhizao ingest\(file.map { " from \($0)" } ?? ""); facts read by the report reader, each reviewed"), db)
            try db.execute(
                sql: "INSERT INTO document (sourceId, title, date, file, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [sourceId, title, date, file, text])
            let documentId = db.lastInsertedRowID
            let matcher = try Matcher(db)
            for f in facts {
                try db.execute(
                    sql: """
                        INSERT INTO pendingFact (documentId, value, unit, qualifier, direction, subjectText, metricText, periodStart,
                            periodEnd, asOf, quote, spanStart, spanEnd, occurrences, spans, subject, metricId)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        documentId, f.value, f.unit, f.qualifier.rawValue, f.direction, f.holder, f.measure, f.period?.start,
                        f.period?.end, f.period?.asOf, f.quote, f.span.lowerBound, f.span.upperBound, f.occurrences, Self.spansText(f.spans),
                        f.holder.flatMap(matcher.subject)?.description, matcher.metric(f.measure, unit: f.unit),
                    ])
            }
            return documentId
        }
    }

    public func documents() throws -> [Document] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id").map(Self.document) }
    }

    public func document(id: Int64) throws -> Document? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]).map(Self.document) }
    }

    /// Pending facts (or those with `status`), optionally of one document.
    public func pendingFacts(documentId: Int64? = nil, status: PendingFact.Status? = .pending) throws -> [PendingFact] {
        try writer.read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let documentId {
                conditions.append("documentId = ?")
                arguments += [documentId]
            }
            if let status {
                conditions.append("status = ?")
                arguments += [status.rawValue]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: "SELECT * FROM pendingFact \(filter) ORDER BY id", arguments: arguments).map(Self.pendingFact)
        }
    }

    /// Accepts a pending fact as an observation, with the reviewer's edits; the observation keeps the quote
    /// and names the span in its note. Returns the observation's id.
    public func accept(pendingFact id: Int64, subject: Subject? = nil, metricId: String? = nil, value: Double? = nil) throws -> String {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT p.*, d.sourceId FROM pendingFact p JOIN document d ON d.id = p.documentId WHERE p.id = ?", arguments: [id])
            else { throw StoreError(.notFound, "no pending fact \(id); zhizao review lists them") }
            let pending = Self.pendingFact(row)
            guard pending.status == .pending else { throw StoreError(.exists, "fact \(id) is already \(pending.status.rawValue)") }
            guard let subject = subject ?? pending.subject else {
                throw StoreError(.invalid, "fact \(id) matched no subject (\"\(pending.fact.holder ?? "")\"); pass --subject KIND:ID")
            }
            guard let metric = metricId ?? pending.metricId else {
                throw StoreError(.invalid, "fact \(id) matched no metric (\"\(pending.fact.measure ?? "")\"); pass --metric ID")
            }
            let observationId = "doc-\(pending.documentId)-fact-\(id)"
            let f = pending.fact
            try Self.save(
                Observation(
                    id: observationId, subject: subject, metricId: metric, quantity: Quantity(value ?? f.value, f.qualifier),
                    period: f.period ?? Period(), sourceId: row["sourceId"], quote: f.quote,
                    note: "文档\(pending.documentId)第\(f.span.lowerBound)–\(f.span.upperBound)字 / document \(pending.documentId), characters \(f.span.lowerBound)–\(f.span.upperBound)"),
                db)
            try db.execute(
                sql: "UPDATE pendingFact SET status = 'accepted', observationId = ?, subject = ?, metricId = ? WHERE id = ?",
                arguments: [observationId, subject.description, metric, id])
            return observationId
        }
    }

    public func reject(pendingFact id: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE pendingFact SET status = 'rejected' WHERE id = ? AND status = 'pending'", arguments: [id])
            if db.changesCount == 0 { throw StoreError(.notFound, "no pending fact \(id); zhizao review lists them") }
        }
    }

    /// "start-end;start-end" for a fact stated more than once; nil for one statement (spanStart, spanEnd hold it).
    static func spansText(_ spans: [Range<Int>]) -> String? {
        spans.count > 1 ? spans.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ";") : nil
    }

    static func spans(_ text: String) -> [Range<Int>]? {
        let spans = text.split(separator: ";").compactMap { pair -> Range<Int>? in
            let ends = pair.split(separator: "-").compactMap { Int($0) }
            return ends.count == 2 && ends[0] <= ends[1] ? ends[0]..<ends[1] : nil
        }
        return spans.isEmpty ? nil : spans
    }

    static func document(_ row: Row) -> Document {
        Document(id: row["id"], sourceId: row["sourceId"], title: row["title"], date: row["date"], file: row["file"], text: row["text"])
    }

    static func pendingFact(_ row: Row) -> PendingFact {
        let period: Period? = row["periodStart"] == nil && row["periodEnd"] == nil && row["asOf"] == nil
            ? nil : Period(start: row["periodStart"], end: row["periodEnd"], asOf: row["asOf"])
        var fact = Fact(
            value: row["value"], unit: row["unit"], qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact,
            direction: row["direction"], holder: row["subjectText"], measure: row["metricText"], kind: .level, period: period, quote: row["quote"],
            span: (row["spanStart"] as Int)..<(row["spanEnd"] as Int), occurrences: row["occurrences"])
        if let spans = (row["spans"] as String?).flatMap(Self.spans) { fact.spans = spans }
        return PendingFact(
            id: row["id"], documentId: row["documentId"], fact: fact, subject: (row["subject"] as String?).flatMap(Subject.init),
            metricId: row["metricId"], status: PendingFact.Status(rawValue: row["status"]) ?? .pending, observationId: row["observationId"])
    }
}

/// Matches the reader's words to the database: subjects by the names of places, clusters and named firms;
/// metrics by name and unit.
struct Matcher {
    let names: [(String, Subject)]
    let metrics: [Metric]

    init(_ db: Database) throws {
        var names: [(String, Subject)] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, nameZh FROM place") {
            let name: String = row["nameZh"]
            names.append((name, .place(row["id"])))
            if name.count > 2, name.hasSuffix("区") || name.hasSuffix("市") { names.append((String(name.dropLast()), .place(row["id"]))) }
        }
        names.append(("全市", .place(try String.fetchOne(db, sql: "SELECT id FROM place WHERE kind = 'city'") ?? "")))
        for row in try Row.fetchAll(db, sql: "SELECT id, nameZh FROM cluster") {
            names.append((row["nameZh"], .cluster(row["id"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT coalesce(slug, uscc) AS ref, nameZh FROM enterprise WHERE uscc IS NULL") {
            names.append((row["nameZh"], .enterprise(row["ref"])))
        }
        self.names = names.sorted { $0.0.count > $1.0.count }
        metrics = try Row.fetchAll(db, sql: "SELECT * FROM metric").map(Rows.metric)
    }

    /// The subject whose name the text is, else the longest name it contains (全市新一代信息技术产业 → the
    /// next-generation IT cluster rather than the city).
    func subject(_ text: String) -> Subject? {
        names.first { $0.0 == text }?.1 ?? names.first { text.contains($0.0) }?.1
    }

    /// The metric of the reader's metric words, among those whose unit fits: the same name (without its
    /// bracketed note), a name the words contain, or a name containing them. A count's or an amount's words must
    /// make most of the name (新能源汽车 is not 新能源汽车在建产能); a rate's may be its verb alone (同比增长).
    func metric(_ text: String?, unit: String) -> String? {
        guard let text, !text.isEmpty else { return nil }
        let fitting = metrics.filter { $0.unit == unit }.map { ($0.id, Self.bare($0.name.zh)) }
        let rate = unit == "%" || unit == "pp"
        return (fitting.first { $0.1 == text }
            ?? fitting.first { text.contains($0.1) || ($0.1.contains(text) && (rate || text.count * 3 >= $0.1.count * 2)) })?.0
    }

    /// A metric name without its bracketed note and quotation marks: 5G基站（含室外、室内及共享） → 5G基站.
    static func bare(_ name: String) -> String {
        var out = "", depth = 0
        for c in name {
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth = max(0, depth - 1) }
            else if depth == 0, c != "“", c != "”", c != "\"" { out.append(c) }
        }
        return out
    }
}
