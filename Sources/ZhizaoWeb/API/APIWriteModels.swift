import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStorage

/// The JSON of the API's writes and of its account routes.
extension API {
    /// What an import wrote, or, with `?check=true`, would write.
    struct ImportJSON: Encodable {
        var kind: String
        var checked: Bool
        var rows: Int
        var inserted: Int?
        var updated: Int?
    }

    /// A target list checked (`checked`: nothing stored) or stored.
    struct TargetListJSON: Encodable {
        var name: String
        var checked: Bool
        var rows: Int
        var source: String?
        var sha256: String?
        var importedAt: String?

        init(name: String, checked: Bool, rows: Int) {
            self.name = name
            self.checked = checked
            self.rows = rows
        }

        init(_ info: TargetListInfo) {
            self.init(name: info.name, checked: false, rows: info.rows)
            (source, sha256, importedAt) = (info.source, info.sha256, info.importedAt)
        }
    }

    /// An import refused as a whole: every located problem (422).
    struct ImportProblemsJSON: Encodable {
        struct Problem: Encodable {
            var line: Int
            var column: Int
            var record: Bool
            var sheet: String?
            var cell: String?
            var message: String
            var messageZh: String?
        }

        struct Body: Encodable {
            var status: Int
            var message: String
            var problems: [Problem]
        }

        var error: Body

        init(_ error: ImportError) {
            self.error = Body(
                status: 422, message: "\(error.problems.count) problem(s); nothing was written",
                problems: error.problems.map {
                    Problem(line: $0.line, column: $0.column, record: $0.isRecord, sheet: $0.sheet, cell: $0.cell, message: $0.message,
                            messageZh: $0.chinese)
                })
        }
    }

    struct AuditEntryJSON: Encodable {
        var id: Int64
        var at: String
        var actor: String
        var address: String?
        var via: String
        var action: String
        var recordType: String?
        var recordId: String?
        var before: String?
        var after: String?
        var note: String?

        init(_ e: AuditEntry) {
            (id, at, actor, address, via, action) = (e.id, e.at, e.actor, e.address, e.via, e.action)
            (recordType, recordId, before, after, note) = (e.recordType, e.recordId, e.before, e.after, e.note)
        }
    }

    /// The caller: who the token or session stands for, and what it may do.
    struct MeJSON: Encodable {
        var name: String?
        var role: String?
        var districts: [String]
        var scope: String?
    }
}

extension API {
    /// A report read into the review queue, or found there already.
    struct DocumentCreatedJSON: Encodable {
        var document: Int64
        var alreadyStored: Bool
    }

    /// What an accepted fact became.
    struct AcceptedJSON: Encodable {
        var observation: String?
        var target: String?

        init(_ record: AcceptedRecord) {
            switch record {
            case .observation(let id): observation = id
            case .target(let id): target = id
            }
        }
    }
}
