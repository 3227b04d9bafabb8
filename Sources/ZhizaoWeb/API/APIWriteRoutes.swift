import Hummingbird
import ZhizaoAccess
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// The API's writes and account routes: imports, the audit log, the caller's identity.
struct APIWriteRoutes {
    let site: Site
    let cache: ResponseCache

    func add(to book: RouteBook) {
        for kind in ImportKind.allCases {
            book.post("/api/v1/imports/\(kind.rawValue)", .write) { request, context in
                var request = request
                let bytes = Array(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
                let check = try Self.flag("check", request)
                let file = request.uri.queryParameters.get("file") ?? "upload.csv"
                let sheet = request.uri.queryParameters.get("sheet")
                do {
                    if check {
                        let actor = try context.actor(request)
                        let rows = try await site.database.check(kind, csv: bytes, file: file, sheet: sheet, as: actor, progress: nil)
                        return try Reply.json(API.ImportJSON(kind: kind.rawValue, checked: true, rows: rows)).response
                    }
                    let s = try await site.write(request, context, cache) { database, actor in
                        try await database.import(kind, csv: bytes, file: file, sheet: sheet, by: actor, progress: nil)
                    }
                    return try Reply.json(API.ImportJSON(kind: kind.rawValue, checked: false, rows: s.rows, inserted: s.inserted, updated: s.updated)).response
                } catch let error as ImportError {
                    return try Reply.json(API.ImportProblemsJSON(error), status: .unprocessableContent).response
                }
            }
        }
        // A target list: no district, so analysts and admins only; stored whole under its name.
        book.post("/api/v1/target-lists", .writeAny) { request, context in
            var request = request
            let bytes = Array(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
            let p = request.uri.queryParameters
            guard let name = p.get("name"), !name.trimmingWhitespace().isEmpty else {
                throw HTTPError(.badRequest, message: "name is required: the list's name, e.g. ?name=national")
            }
            let (check, replace) = (try Self.flag("check", request), try Self.flag("replace", request))
            let (file, sheet, source) = (p.get("file") ?? "upload.csv", p.get("sheet"), p.get("source"))
            do {
                if check {
                    let reading = try await site.database.checkTargetList(
                        bytes, file: file, sheet: sheet, name: name, replace: replace, by: try context.actor(request))
                    return try Reply.json(API.TargetListJSON(name: name.trimmingWhitespace(), checked: true, rows: reading.rows)).response
                }
                let info = try await site.write(request, context, cache) { database, actor in
                    try await database.importTargetList(bytes, file: file, sheet: sheet, name: name, source: source, replace: replace, by: actor)
                }
                return try Reply.json(API.TargetListJSON(info)).response
            } catch let error as ImportError {
                return try Reply.json(API.ImportProblemsJSON(error), status: .unprocessableContent).response
            }
        }
        book.get("/api/v1/audit", .admin) { request, _ in
            let p = request.uri.queryParameters
            var limit = 200
            if let text = p.get("limit") {
                guard let n = Int(text), (1...10_000).contains(n) else { throw HTTPError(.badRequest, message: "limit must be a whole number from 1 to 10000") }
                limit = n
            }
            let query = AuditQuery(
                since: p.get("since"), actor: p.get("user"), action: p.get("action"), recordType: p.get("record_type"),
                recordId: p.get("record_id"), limit: limit)
            let entries = try await site.database.auditEntries(query)
            return try Reply.json(API.Items(items: entries.map(API.AuditEntryJSON.init))).response
        }
        book.get("/api/v1/me", .read) { _, context in
            let account = context.principal?.account
            return try Reply.json(API.MeJSON(
                name: account?.name, role: account?.role.rawValue, districts: account?.districts ?? [],
                scope: context.principal.map { $0.tokenScope?.rawValue ?? "session" })).response
        }
    }

    /// A query's yes-or-no parameter: absent, false or 0 is no; true or 1 is yes; anything else a 400.
    private static func flag(_ name: String, _ request: Request) throws -> Bool {
        switch request.uri.queryParameters.get(name) {
        case nil, "false", "0": false
        case "true", "1": true
        default: throw HTTPError(.badRequest, message: "\(name) is true or false")
        }
    }
}
