import Foundation
import Hummingbird
import ReportReader
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// The API's edits by hand and review: each takes the version it was made on (409 when stale) and is logged.
struct APIEditRoutes {
    let site: Site
    let cache: ResponseCache

    private var edits: RecordEdits { RecordEdits(site: site, cache: cache) }

    struct EnterpriseEdit: Decodable {
        var version: Int
        var district: String?
        var park: String?
        /// `KIND[:YEAR[:LEVEL]]`, as in imports.
        var designations: [String]
        /// The business scope (经营范围); absent keeps it, empty clears it.
        var businessScope: String?
    }

    struct PhaseJSON: Decodable {
        var number: Int?
        var status: ProjectStatus?
        var since: String?
        var plannedEnd: String?
    }

    struct ProjectEdit: Decodable {
        var version: Int
        var phases: [PhaseJSON]
    }

    struct Deletion: Decodable {
        var version: Int
        var reason: String
    }

    struct Merge: Decodable {
        var into: String
        var version: Int
        var intoVersion: Int
    }

    struct FactAcceptance: Decodable {
        var subject: String?
        var metric: String?
        var holder: String?
        var measure: String?
        var kind: FactKind?
        var value: Double?
        var period: String?
    }

    func add(to book: RouteBook) {
        book.on(.patch, "/api/v1/enterprises/:ref", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let edit = try await decodeBody(EnterpriseEdit.self, request, context)
            let designations = try edit.designations.map { token in
                guard let d = EnterpriseTable.designation(token) else {
                    throw HTTPError(.badRequest, message: "designation \"\(token)\" is not KIND[:YEAR[:LEVEL]], e.g. little-giant:2021:national")
                }
                return d
            }
            if let scope = edit.businessScope, scope.count > 2000 {
                throw HTTPError(.badRequest, message: "businessScope is longer than 2000 characters")
            }
            let enterprise = try await edits.editEnterprise(
                ref, version: edit.version, district: edit.district, park: edit.park, designations: designations,
                businessScope: edit.businessScope, request, context)
            return try Reply.json(API.EnterpriseJSON(enterprise)).response
        }
        book.on(.patch, "/api/v1/projects/:id", .write) { request, context in
            let id = try context.parameters.require("id")
            let edit = try await decodeBody(ProjectEdit.self, request, context)
            let phases = edit.phases.map { ProjectPhase(number: $0.number, status: $0.status, since: $0.since, plannedEnd: $0.plannedEnd) }
            let project = try await edits.editProject(id, version: edit.version, phases: phases, request, context)
            return try Reply.json(API.ProjectJSON(project)).response
        }
        book.on(.delete, "/api/v1/enterprises/:ref", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let deletion = try await decodeBody(Deletion.self, request, context)
            try await edits.deleteEnterprise(ref, version: deletion.version, reason: deletion.reason, request, context)
            return Response(status: .noContent)
        }
        book.on(.delete, "/api/v1/projects/:id", .write) { request, context in
            let id = try context.parameters.require("id")
            let deletion = try await decodeBody(Deletion.self, request, context)
            try await edits.deleteProject(id, version: deletion.version, reason: deletion.reason, request, context)
            return Response(status: .noContent)
        }
        book.post("/api/v1/enterprises/:ref/merge", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let merge = try await decodeBody(Merge.self, request, context)
            let merged = try await edits.mergeEnterprise(ref, into: merge.into, versions: (merge.version, merge.intoVersion), request, context)
            return try Reply.json(API.EnterpriseJSON(merged)).response
        }
        book.post("/api/v1/documents", .write) { request, context in
            var request = request
            let text = String(decoding: try await request.collectBody(upTo: 16 << 20).readableBytesView, as: UTF8.self)
            let p = request.uri.queryParameters
            guard text.contains(where: { !$0.isWhitespace }) else { throw HTTPError(.badRequest, message: "the body is empty; send the report's text") }
            let outcome = try await edits.write(request, context) { database, actor in
                try await database.ingest(
                    text: text, title: p.get("title") ?? FactExtractor.title(of: text) ?? "report", date: p.get("date"), file: nil,
                    place: p.get("place"), by: actor)
            }
            switch outcome {
            case .stored(let id): return try Reply.json(API.DocumentCreatedJSON(document: id, alreadyStored: false), status: .created).response
            case .alreadyStored(let id): return try Reply.json(API.DocumentCreatedJSON(document: id, alreadyStored: true)).response
            }
        }
        book.post("/api/v1/facts/:id/accept", .write) { request, context in
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            let body = try await decodeBody(FactAcceptance.self, request, context)
            let edit: FactEdit
            do {
                edit = try await FactReview.edit(
                    subject: body.subject, metric: body.metric, holder: body.holder, measure: body.measure, kind: body.kind, value: body.value, period: body.period, database: site.database)
            } catch let error as FactReview.InputError {
                throw HTTPError(.badRequest, message: error.en)
            }
            let record = try await edits.write(request, context) { database, actor in
                try await FactReview.accept(id, edit, context, database, actor)
            }
            return try Reply.json(API.AcceptedJSON(record)).response
        }
        book.post("/api/v1/facts/:id/reject", .write) { request, context in
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            try await edits.write(request, context) { database, actor in try await FactReview.reject(id, context, database, actor) }
            return Response(status: .noContent)
        }
        book.post("/api/v1/documents/:id/accept-confident", .write) { request, context in
            guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
            let records = try await edits.write(request, context) { database, actor in
                try await FactReview.acceptConfident(documentId: id, context, database, actor)
            }
            return try Reply.json(API.Items(items: records.map(API.AcceptedJSON.init))).response
        }
    }
}
