import Foundation
import Hummingbird
import ReportReader
import ZhizaoAccess
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

extension Site {
    /// Runs a write as the caller, then shows it on the next read (pages and API alike).
    func write<T: Sendable>(
        _ request: Request, _ context: AppContext, _ cache: ResponseCache, _ work: @Sendable (any Storage, Actor) async throws -> T
    ) async throws -> T {
        let actor = try context.actor(request)
        let result = try await work(database, actor)
        changed(cache)
        return result
    }
}

/// Reviewing ingested facts as a caller, shared by the API and the document page's forms: what an edit may say,
/// and the district checks before the store accepts or rejects (an editor reviews facts of their districts only).
enum FactReview {
    /// An edit that cannot be read, in both languages.
    struct InputError: Error {
        var zh: String
        var en: String
    }

    /// The corrections a reviewer typed; empty or nil fields keep what is stored. The subject is a place's or a
    /// cluster's name (花都区) or KIND:ID, resolved against `database`; `value` is in base units, and may be written as
    /// imports allow (`1,234.5`, `2000万`). Throws `InputError` for what was typed wrong.
    static func edit(
        subject: String?, metric: String?, holder: String? = nil, measure: String? = nil, kind: FactKind?, value: Double?, period: String?,
        database: any Storage
    ) async throws -> FactEdit {
        var edit = FactEdit(
            metricId: metric.flatMap(nonEmpty), holder: holder.flatMap(nonEmpty), measure: measure.flatMap(nonEmpty), kind: kind, value: value)
        if let text = subject.flatMap(nonEmpty) {
            switch try await database.subject(named: text) {
            case .success(let subject): edit.subject = subject
            case .failure(let problem): throw InputError(zh: problem.text.zh, en: problem.text.en ?? problem.text.zh)
            }
        }
        // A new holder is matched here, not later in the store: the caller's right to write is checked on the
        // subject the fact will have.
        if edit.subject == nil, let holder = edit.holder {
            edit.subject = FactFiling(try await database.filingCatalogue()).subjects.subject(holder)?.value
        }
        if let text = period.flatMap(nonEmpty) {
            guard let period = Period(text: text) else {
                throw InputError(
                    zh: "时期应写作 2023、2023-01..2023-09 或截至日期 2023-09-30",
                    en: "period must be YYYY, YYYY-MM..YYYY-MM or an as-of date")
            }
            edit.period = period
        }
        return edit
    }

    /// A value as a reviewer types it: digits in base units, or as imports allow (`2000万`).
    static func value(_ text: String?) throws(InputError) -> Double? {
        guard let text = text.flatMap(nonEmpty) else { return nil }
        guard let value = NumberText.decimal(text) else {
            throw InputError(zh: "数值应为数字（基本单位，如元），例如 132000000000 或 1320亿", en: "value must be a number in base units, e.g. 132000000000")
        }
        return value
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether `principal` may accept or reject `fact`: writes of the district its subject lies in.
    static func mayReview(_ fact: PendingFact, _ principal: Principal?, _ database: any Storage) async throws -> Bool {
        guard AccessPolicy.allows(principal, .writeSome) else { return false }
        return AccessPolicy.allows(principal, .write(district: try await district(fact.subject, database)))
    }

    static func accept(_ id: Int64, _ edit: FactEdit, _ context: AppContext, _ database: any Storage, _ actor: Actor) async throws -> AcceptedRecord {
        guard let fact = try await database.pendingFact(id: id) else { throw HTTPError(.notFound, message: "no pending fact \(id)") }
        try context.requireWrite(try await district(edit.subject ?? fact.subject, database))
        return try await database.accept(pendingFact: id, edit: edit, newMetric: nil, by: actor)
    }

    static func reject(_ id: Int64, _ context: AppContext, _ database: any Storage, _ actor: Actor) async throws {
        guard let fact = try await database.pendingFact(id: id) else { throw HTTPError(.notFound, message: "no pending fact \(id)") }
        try context.requireWrite(try await district(fact.subject, database))
        try await database.reject(pendingFact: id, by: actor)
    }

    /// Accepts every confident fact of a document (`PendingFact.isConfident`), or none when one is outside the caller's
    /// districts.
    static func acceptConfident(documentId: Int64, _ context: AppContext, _ database: any Storage, _ actor: Actor) async throws -> [AcceptedRecord] {
        let facts = try await database.confidentFacts(documentId: documentId)
        for fact in facts { try context.requireWrite(try await district(fact.subject, database)) }
        var accepted: [AcceptedRecord] = []
        for fact in facts { accepted.append(try await database.accept(pendingFact: fact.id, edit: FactEdit(), newMetric: nil, by: actor)) }
        return accepted
    }

    /// The district `subject` lies in, if any.
    private static func district(_ subject: Subject?, _ database: any Storage) async throws -> String? {
        guard let subject else { return nil }
        return try await database.district(of: subject)
    }
}
