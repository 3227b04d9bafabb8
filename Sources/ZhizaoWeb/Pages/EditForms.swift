import ZhizaoAccess
import ZhizaoCore

/// What a reader who may edit a record needs on its page: the session's form token, the version shown (sent back
/// with every form, so that a change made meanwhile is caught) and who they are (an editor picks among their
/// districts only). Nil for anyone who may not write the record: anonymous readers, viewers, other districts'
/// editors, read-only tokens, and callers without a browser session.
struct EditContext: Sendable {
    var csrf: String?
    var version: Int
    var principal: Principal

    static func of(_ context: AppContext, district: String?, version: () async throws -> Int?) async rethrows -> EditContext? {
        guard context.session != nil, let principal = context.principal, AccessPolicy.allows(principal, .write(district: district)),
            let version = try await version()
        else { return nil }
        return EditContext(csrf: context.session?.csrf, version: version, principal: principal)
    }

    /// The districts this reader may move a record to.
    func districts(_ places: PlaceDirectory) -> [Place] {
        places.places.filter { $0.kind == .district && AccessPolicy.allows(principal, .write(district: $0.id)) }
    }

    var fields: HTML { HTML.csrf(csrf) + "<input type=\"hidden\" name=\"version\" value=\"\(version)\">" }

    /// Deleting the record at `base`, with a reason.
    func deleteForm(_ base: String, title: String, _ w: Words) -> HTML {
        """
        <details><summary>\(title)</summary>
        <form class="stack" method="post" action="\(base)/delete">\(fields)
        <label>\(w("删除原因（记入审计日志）", "Reason (kept in the audit log)"))<textarea name="reason" required minlength="2" rows="2"></textarea></label>
        <button type="submit" class="danger">\(w("删除", "Delete"))</button>
        </form></details>
        """
    }
}

/// The enterprise page's forms: district, park and designations; merging into another record; deleting.
struct EnterpriseForms {
    let enterprise: Enterprise
    let places: PlaceDirectory
    let edit: EditContext

    var ref: String { enterprise.uscc ?? enterprise.slug ?? "" }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let base = "/enterprises/" + HTML.query(ref)
        let districts = edit.districts(places)
        let districtOptions = [HTML.option("", w("未注明", "not stated"), selected: enterprise.districtId == nil)]
            + districts.map { HTML.option($0.id, w($0.name), selected: $0.id == enterprise.districtId) }
        let parks = districts.flatMap { district in
            places.places.filter { ($0.kind == .park || $0.kind == .zone) && places.isInside($0.id, district.id) }
                .map { HTML.option($0.id, w(district.name) + " · " + w($0.name), selected: $0.id == enterprise.parkId) }
        }
        let parkOptions = [HTML.option("", w("无", "none"), selected: enterprise.parkId == nil)] + parks
        let held = Dictionary(enterprise.designations.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        let designations = DesignationKind.allCases.map { kind -> HTML in
            let d = held[kind]
            let levels = [HTML.option("", w("级别", "level"), selected: d?.level == nil)]
                + DesignationLevel.allCases.map { HTML.option($0.rawValue, w($0.name), selected: d?.level == $0) }
            return """
                <div class="designation"><label class="check"><input type="checkbox" name="designation" value="\(kind.rawValue)"\(d != nil ? " checked" as HTML : .empty)> \(w(kind.name))</label>
                <input name="year.\(kind.rawValue)" type="number" min="1949" max="2100" placeholder="\(w("年份", "year"))" value="\(d?.year.map(String.init) ?? "")" aria-label="\(w(kind.name)) \(w("年份", "year"))">
                <select name="level.\(kind.rawValue)" aria-label="\(w(kind.name)) \(w("级别", "level"))">\(levels.joined())</select></div>
                """
        }.joined()
        return """
            <section class="edit" aria-labelledby="edit-title">
            <h2 id="edit-title">\(w("编辑", "Edit"))</h2>
            <details open><summary>\(w("所在地、经营范围与称号", "Location, business scope and designations"))</summary>
            <form class="stack" method="post" action="\(base)/edit">\(edit.fields)
            <label>\(w("所在区", "District"))<select name="district">\(districtOptions.joined())</select></label>
            <label>\(w("园区", "Park"))<select name="park">\(parkOptions.joined())</select></label>
            <label>\(w("经营范围", "Business scope"))<textarea name="business_scope" rows="3" maxlength="2000">\(enterprise.businessScope ?? "")</textarea></label>
            <fieldset><legend>\(w("称号（勾选并填写年份、级别）", "Designations (tick, with year and level)"))</legend>\(designations)</fieldset>
            <button type="submit">\(w("保存", "Save"))</button>
            </form></details>
            <details><summary>\(w("合并到另一条记录", "Merge into another record"))</summary>
            <form class="stack" method="get" action="\(base)/merge">
            <p class="meta">\(w("同一企业有两条记录时，把本记录并入另一条：对方保留其信息并补入本记录的代码、营收年份、称号等，本记录删除。下一步会显示两条记录供确认。", "When one firm has two records, merge this one into the other: the other keeps its fields and takes what it lacks from this one; this one is deleted. The next step shows both to confirm."))</p>
            <label>\(w("目标企业的统一社会信用代码或标识", "Target's USCC or slug"))<input name="into" required></label>
            <button type="submit">\(w("下一步", "Next"))</button>
            </form></details>
            \(edit.deleteForm(base, title: w("删除记录", "Delete the record"), w))
            </section>
            """
    }
}

/// 确认合并: both records side by side before one is merged into the other.
struct MergePage {
    let from: Enterprise
    let into: Enterprise
    let versions: (from: Int, into: Int)
    let csrf: String?
    let snapshot: Site.Snapshot

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        func ref(_ e: Enterprise) -> String { e.uscc ?? e.slug ?? "" }
        func column(_ e: Enterprise) -> HTML {
            let location = f.location(district: e.districtId, park: e.parkId)
            return "<td>\(HTML.link("/enterprises/" + HTML.query(ref(e)), w(e.name)))<br>\(w("代码", "USCC"))：\(e.uscc ?? "—")<br>"
                + "\(w("所在地", "Location"))：\(location.isEmpty ? "—" : location)<br>"
                + "\(w("称号", "Designations"))：\(e.designations.isEmpty ? "—" : e.designations.map(f.designation).joined())</td>"
        }
        return """
            <h1>\(w("确认合并", "Confirm the merge"))</h1>
            <p class="lead">\(w("将“\(w(from.name))”并入“\(w(into.name))”。合并后前者删除，其数据、观测值和项目投资归入后者。", "Merge \u{201C}\(w(from.name))\u{201D} into \u{201C}\(w(into.name))\u{201D}. The first is deleted; its data, figures and project stakes move to the second."))</p>
            <div class="table-wrap"><table><thead><tr><th>\(w("并入（将删除）", "Merged (deleted)"))</th><th>\(w("保留", "Kept"))</th></tr></thead>
            <tbody><tr>\(column(from))\(column(into))</tr></tbody></table></div>
            <form class="stack" method="post" action="/enterprises/\(HTML.query(ref(from)))/merge">\(HTML.csrf(csrf))
            <input type="hidden" name="into" value="\(ref(into))">
            <input type="hidden" name="version" value="\(versions.from)">
            <input type="hidden" name="intoVersion" value="\(versions.into)">
            <button type="submit" class="danger">\(w("确认合并", "Merge"))</button>
            </form>
            <p>\(HTML.link("/enterprises/" + HTML.query(ref(from)), w("取消", "Cancel")))</p>
            """
    }
}

/// The project page's forms: each phase's status and dates; deleting.
struct ProjectForms {
    let project: Project
    let edit: EditContext

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let base = "/projects/" + HTML.query(project.id)
        let phases = project.phases.isEmpty ? [ProjectPhase()] : project.phases
        let rows = phases.enumerated().map { index, phase -> HTML in
            let statuses = [HTML.option("", w("未注明", "not stated"), selected: phase.status == nil)]
                + ProjectStatus.allCases.map { HTML.option($0.rawValue, w($0.name), selected: $0 == phase.status) }
            return """
                <fieldset class="phase"><legend>\(phase.number.map { w("第\($0)期", "Phase \($0)") } ?? w("项目", "Project"))</legend>
                <input type="hidden" name="number.\(index)" value="\(phase.number.map(String.init) ?? "")">
                <label>\(w("状态", "Status"))<select name="status.\(index)">\(statuses.joined())</select></label>
                <label>\(w("起始（年-月）", "Since (year-month)"))<input name="since.\(index)" value="\(phase.since ?? "")" placeholder="2024-06" pattern="\\d{4}(-\\d{2}){0,2}"></label>
                <label>\(w("计划完成（年-月）", "Planned end (year-month)"))<input name="end.\(index)" value="\(phase.plannedEnd ?? "")" placeholder="2026-12" pattern="\\d{4}(-\\d{2}){0,2}"></label>
                </fieldset>
                """
        }.joined()
        return """
            <section class="edit" aria-labelledby="edit-title">
            <h2 id="edit-title">\(w("编辑", "Edit"))</h2>
            <details open><summary>\(w("分期状态与日期", "Phase status and dates"))</summary>
            <form class="stack" method="post" action="\(base)/edit">\(edit.fields)
            <input type="hidden" name="phases" value="\(phases.count)">
            \(rows)
            <button type="submit">\(w("保存", "Save"))</button>
            </form></details>
            \(edit.deleteForm(base, title: w("删除项目", "Delete the project"), w))
            </section>
            """
    }
}
