import Foundation
import Hummingbird
import ZhizaoCore
import ZhizaoStorage

/// The record pages' forms: an enterprise's district, park and designations, merging and deleting it; a project's
/// phases and deleting it. The same edits as the JSON API (`RecordEdits`), from form fields; each answers with a
/// redirect to the record and a notice, the 409 page when the record changed since the form was opened, or 403
/// for another district's record.
struct EditPageRoutes {
    let site: Site
    let cache: ResponseCache

    private var edits: RecordEdits { RecordEdits(site: site, cache: cache) }

    func add(to book: RouteBook) {
        book.post("/enterprises/:ref/edit", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let back = "/enterprises/" + HTML.query(ref)
            let form = try await Form.read(request, context)
            let version = try form.version(back: back)
            let district = form.value("district"), park = form.value("park")
            let places = try await site.snapshot().places
            if let park, district == nil || !places.isInside(park, district!) {
                throw FormProblem("所选园区不在所选的区内。", "The park chosen is not in the district chosen.", back: back)
            }
            let designations = try Self.designations(form, back: back)
            _ = try await edits.editEnterprise(
                ref, version: version, district: district, park: park, designations: designations,
                businessScope: form.text("business_scope"), request, context)
            return Notice.enterpriseSaved.redirect(to: back)
        }
        book.get("/enterprises/:ref/merge", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let back = "/enterprises/" + HTML.query(ref)
            let into = (request.uri.queryParameters.get("into") ?? "").trimmingCharacters(in: .whitespaces)
            let database = site.database
            guard let from = try await database.enterprise(ref: ref), let fromVersion = try await database.enterpriseVersion(ref: ref) else {
                throw HTTPError(.notFound)
            }
            guard !into.isEmpty, let target = try await database.enterprise(ref: into),
                let intoVersion = try await database.enterpriseVersion(ref: into)
            else {
                throw FormProblem("找不到统一社会信用代码或标识为“\(into)”的企业。", "No enterprise has the USCC or slug \u{201C}\(into)\u{201D}.", back: back)
            }
            guard (target.uscc ?? target.slug) != (from.uscc ?? from.slug) else {
                throw FormProblem("不能把记录并入它自己。", "A record cannot be merged into itself.", back: back)
            }
            try context.requireWrite(from.districtId, target.districtId)
            let page = MergePage(
                from: from, into: target, versions: (fromVersion, intoVersion), csrf: context.session?.csrf, snapshot: try await site.snapshot())
            return AdminRoutes.page(request, context, title: ("确认合并", "Confirm the merge"), body: page.html)
        }
        book.post("/enterprises/:ref/merge", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let back = "/enterprises/" + HTML.query(ref)
            let form = try await Form.read(request, context)
            guard let into = form.value("into") else { throw FormProblem("请填写目标企业。", "Name the target enterprise.", back: back) }
            let versions = (try form.version(back: back), try form.version("intoVersion", back: back))
            let merged = try await edits.mergeEnterprise(ref, into: into, versions: versions, request, context)
            return Notice.enterpriseMerged.redirect(to: "/enterprises/" + HTML.query(merged.uscc ?? merged.slug ?? into))
        }
        book.post("/enterprises/:ref/delete", .write) { request, context in
            let ref = try context.parameters.require("ref")
            let back = "/enterprises/" + HTML.query(ref)
            let form = try await Form.read(request, context)
            let version = try form.version(back: back)
            let reason = try Self.reason(form, back: back)
            let invests = try await !site.database.projects(investor: ref).isEmpty
            if invests {
                throw FormProblem(
                    "该企业是重点项目的投资方，不能删除；如是重复记录，请并入另一条记录。",
                    "This enterprise invests in key projects and cannot be deleted; if it is a duplicate, merge it into the other record.", back: back)
            }
            try await edits.deleteEnterprise(ref, version: version, reason: reason, request, context)
            return Notice.enterpriseDeleted.redirect(to: "/enterprises")
        }
        book.post("/projects/:id/edit", .write) { request, context in
            let id = try context.parameters.require("id")
            let back = "/projects/" + HTML.query(id)
            let form = try await Form.read(request, context)
            let version = try form.version(back: back)
            let phases = try Self.phases(form, back: back)
            _ = try await edits.editProject(id, version: version, phases: phases, request, context)
            return Notice.projectSaved.redirect(to: back)
        }
        book.post("/projects/:id/delete", .write) { request, context in
            let id = try context.parameters.require("id")
            let back = "/projects/" + HTML.query(id)
            let form = try await Form.read(request, context)
            let version = try form.version(back: back)
            try await edits.deleteProject(id, version: version, reason: try Self.reason(form, back: back), request, context)
            return Notice.projectDeleted.redirect(to: "/projects")
        }
    }

    // MARK: - Fields

    /// The ticked designations with their year and level.
    static func designations(_ form: Form, back: String) throws -> [Designation] {
        try form.values("designation").compactMap(DesignationKind.init(rawValue:)).map { kind in
            var year: Int?
            if let text = form.value("year.\(kind.rawValue)") {
                guard let y = Int(text), (1949...2100).contains(y) else {
                    throw FormProblem("“\(kind.name.zh)”的年份应为四位数年份。", "The year of \(kind.name.en ?? kind.rawValue) must be a four-digit year.", back: back)
                }
                year = y
            }
            return Designation(kind, year: year, level: form.value("level.\(kind.rawValue)").flatMap(DesignationLevel.init(rawValue:)))
        }
    }

    /// The phases as the form lists them: `phases` rows of `number.N`, `status.N`, `since.N`, `end.N`.
    static func phases(_ form: Form, back: String) throws -> [ProjectPhase] {
        let count = min(form.value("phases").flatMap(Int.init) ?? 0, 50)
        func date(_ name: String) throws -> String? {
            guard let text = form.value(name) else { return nil }
            guard text.wholeMatch(of: /\d{4}(-\d{2}){0,2}/) != nil else {
                throw FormProblem("日期应写作年、年-月或年-月-日，如2024-06。", "Dates are written year, year-month or year-month-day, e.g. 2024-06.", back: back)
            }
            return text
        }
        return try (0..<count).map { index in
            ProjectPhase(
                number: form.value("number.\(index)").flatMap(Int.init), status: form.value("status.\(index)").flatMap(ProjectStatus.init(rawValue:)),
                since: try date("since.\(index)"), plannedEnd: try date("end.\(index)"))
        }
    }

    static func reason(_ form: Form, back: String) throws -> String {
        guard let reason = form.value("reason"), reason.count >= 2 else {
            throw FormProblem("请写明删除原因（至少两个字），它会记入审计日志。", "Say why the record is deleted (two characters or more); it is kept in the audit log.", back: back)
        }
        return reason
    }
}
