import Foundation
import ZhizaoCore
import ZhizaoStorage

/// The audit log's words: actions and kinds of record in both languages, and an entry's change field by field.
public enum AuditWords {
    /// The actions the store logs, in the order the filter lists them.
    static let actions: [(code: String, name: LocalizedText)] = [
        ("create", .init(zh: "建库", en: "database created")), ("import", .init(zh: "导入", en: "import")), ("ingest", .init(zh: "收录文档", en: "report stored")),
        ("edit", .init(zh: "编辑", en: "edit")), ("merge", .init(zh: "合并", en: "merge")), ("delete", .init(zh: "删除", en: "delete")),
        ("accept", .init(zh: "接受", en: "accept")), ("reject", .init(zh: "驳回", en: "reject")),
        ("login", .init(zh: "登录", en: "sign-in")), ("login-failed", .init(zh: "登录失败", en: "failed sign-in")),
        ("logout", .init(zh: "退出", en: "sign-out")), ("account-add", .init(zh: "新增账号", en: "account added")),
        ("account-password", .init(zh: "设置密码", en: "password set")), ("account-role", .init(zh: "修改角色", en: "role changed")),
        ("account-disable", .init(zh: "停用账号", en: "account disabled")), ("account-enable", .init(zh: "启用账号", en: "account enabled")),
        ("token-create", .init(zh: "创建令牌", en: "token created")), ("token-revoke", .init(zh: "撤销令牌", en: "token revoked")),
    ]

    static let recordTypes: [(code: String, name: LocalizedText)] = [
        ("enterprise", .init(zh: "企业", en: "enterprise")), ("project", .init(zh: "项目", en: "project")),
        ("enterprises", .init(zh: "企业名录", en: "enterprise registry")), ("projects", .init(zh: "项目表", en: "project table")),
        ("observations", .init(zh: "数据表", en: "figures table")), ("document", .init(zh: "文档", en: "document")),
        ("pendingFact", .init(zh: "待审数据", en: "pending fact")), ("metricProposal", .init(zh: "指标提议", en: "metric proposal")),
        ("account", .init(zh: "账号", en: "account")), ("apiToken", .init(zh: "接口令牌", en: "API token")),
        ("boundaries", .init(zh: "行政区边界", en: "boundaries")),
    ]

    /// An entry's note in the page's language: `行数：2000；新增：12`; an older note in plain words as it is.
    static func note(_ entry: AuditEntry, _ w: Words) -> HTML {
        let values = entry.noteValues
        guard !values.isEmpty else { return HTML.name(entry.note ?? "—", on: w.language) }
        return values.map { key, value -> HTML in
            let name = AuditEntry.noteKeys.first { $0.key == key }.map { w($0.name) } ?? key
            let shown = key == "force" ? (value == "true" ? w("是", "yes") : w("否", "no")) : key == "dataset" && value == "guangzhou-2020" ? w("广州2020", "Guangzhou 2020")
                : key == "level" ? (value == "city" ? w("市级", "cities") : w("区级", "districts")) : value
            return "\(name)\(w("：", ": "))\(HTML.name(shown, on: w.language))"
        }.joined(separator: HTML(raw: w("；", "; ")))
    }

    static func action(_ code: String, _ w: Words) -> String { actions.first { $0.code == code }.map { w($0.name) } ?? code }

    static func recordType(_ code: String, _ w: Words) -> String { recordTypes.first { $0.code == code }.map { w($0.name) } ?? code }

    /// An entry's action, record and note in words of `language`, for the command line's audit listing.
    public static func line(_ entry: AuditEntry, _ language: Language) -> (action: String, record: String?, note: String?) {
        let w = Words(language: language)
        let record = entry.recordType.map { recordType($0, w) + (entry.recordId.map { " " + $0 } ?? "") }
        let values = entry.noteValues
        let note = values.isEmpty ? entry.note : values.map { key, value in
            (AuditEntry.noteKeys.first { $0.key == key }.map { w($0.name) } ?? key) + w("：", ": ") + value
        }.joined(separator: w("；", "; "))
        return (action(entry.action, w), record, note)
    }

    /// Where a record of the log is shown on the dashboard, when it has a page.
    static func link(type: String?, id: String?) -> String? {
        guard let type, let id else { return nil }
        switch type {
        case "enterprise": return "/enterprises/" + HTML.query(id)
        case "project": return "/projects/" + HTML.query(id)
        case "document": return "/documents/" + HTML.query(id)
        default: return nil
        }
    }

    /// A field that changed between an entry's before and after.
    struct FieldChange: Equatable {
        var field: String
        var before: String
        var after: String
    }

    /// The fields of two JSON objects that differ, as readers read them (places by name, roles and statuses in
    /// words); empty when either side is not an object (a merge logs both records as a list).
    static func changes(before: String?, after: String?, places: PlaceDirectory?, _ w: Words) -> [FieldChange] {
        func object(_ text: String?) -> [String: Any]? {
            guard let text else { return [:] }
            return (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any]
        }
        guard let old = object(before), let new = object(after), !(old.isEmpty && new.isEmpty) else { return [] }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = old[key].map { json($0) }, b = new[key].map { json($0) }
            let shown = (value(key, a, places, w), value(key, b, places, w))
            guard a != b, shown.0 != shown.1 else { return nil }
            return FieldChange(field: label(key, w), before: shown.0, after: shown.1)
        }
    }

    private static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    private static let labels: [String: LocalizedText] = [
        "districtId": .init(zh: "所在区", en: "district"), "parkId": .init(zh: "园区", en: "park"),
        "version": .init(zh: "版本", en: "version"), "role": .init(zh: "角色", en: "role"), "districts": .init(zh: "辖区", en: "districts"),
        "disabled": .init(zh: "停用", en: "disabled"), "phases": .init(zh: "分期", en: "phases"), "status": .init(zh: "状态", en: "status"),
        "name": .init(zh: "名称", en: "name"), "uscc": .init(zh: "统一社会信用代码", en: "USCC"), "revokedAt": .init(zh: "撤销时间", en: "revoked"),
        "lastUsedAt": .init(zh: "最后使用", en: "last used"), "scope": .init(zh: "权限", en: "scope"), "expiresAt": .init(zh: "到期", en: "expires"),
        "revenueHistory": .init(zh: "历年营收", en: "revenue by year"), "employees": .init(zh: "从业人数", en: "employees"),
        "founded": .init(zh: "成立年份", en: "founded"), "industryCode": .init(zh: "行业代码", en: "industry code"),
    ]

    private static func label(_ key: String, _ w: Words) -> String { labels[key].map { w($0) } ?? key }

    /// A field's JSON value in words where the field is known.
    private static func value(_ key: String, _ json: String?, _ places: PlaceDirectory?, _ w: Words) -> String {
        guard let json, json != "null" else { return "—" }
        let text = json.hasPrefix("\"") ? String(json.dropFirst().dropLast()) : json
        func place(_ id: String) -> String { places?.place(id: id).map { w($0.name) } ?? id }
        switch key {
        case "districtId", "parkId": return place(text)
        case "districts":
            let ids = (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
            return ids.isEmpty ? "—" : ids.map(place).joined(separator: w("、", ", "))
        case "role": return Role(rawValue: text).map { w($0.name) } ?? text
        case "disabled": return text == "true" ? w("是", "yes") : w("否", "no")
        case "scope": return TokenScope(rawValue: text).map { $0 == .read ? w("只读", "read") : w("读写", "read and write") } ?? text
        case "revokedAt", "lastUsedAt", "expiresAt": return HTML.time(text)
        case "phases":
            guard let phases = try? JSONDecoder().decode([ProjectPhase].self, from: Data(json.utf8)) else { return text }
            return phases.map { phase in
                [phase.number.map { w("第\($0)期", "phase \($0)") }, phase.status.map { w($0.name) },
                 phase.since.map { w("\($0)起", "since \($0)") }, phase.plannedEnd.map { w("计划\($0)", "planned \($0)") }]
                    .compactMap { $0 }.joined(separator: " ")
            }.joined(separator: w("；", "; "))
        default: return text
        }
    }

    /// An entry's change: the fields that differ, and the JSON as logged behind a disclosure.
    static func change(_ entry: AuditEntry, places: PlaceDirectory?, _ w: Words) -> HTML {
        guard entry.before != nil || entry.after != nil else { return "—" }
        let fields = changes(before: entry.before, after: entry.after, places: places, w)
        var out: HTML = .empty
        if !fields.isEmpty {
            out += "<ul class=\"diff\">" + fields.map {
                "<li><b>\($0.field)</b>\(w("：", ": "))\(HTML.name($0.before, on: w.language)) → \(HTML.name($0.after, on: w.language))</li>" as HTML
            }.joined() + "</ul>"
        }
        out += "<details><summary>\(w("原始记录", "As logged"))</summary>"
        if let before = entry.before { out += "<p class=\"meta\">\(w("修改前", "Before"))</p><pre><code>\(before)</code></pre>" }
        if let after = entry.after { out += "<p class=\"meta\">\(w("修改后", "After"))</p><pre><code>\(after)</code></pre>" }
        return out + "</details>"
    }
}

/// 审计日志: who did what, when and from where, newest first, with filters.
struct AuditPage {
    struct Filter: Sendable {
        var since: String?
        var actor: String?
        var action: String?
        var recordType: String?
        var recordId: String?
        var limit: Int
    }

    let entries: [AuditEntry]
    let filter: Filter
    let places: PlaceDirectory

    /// The page's address with `filter` and another limit.
    func address(limit: Int) -> String {
        let pairs: [(String, String?)] = [
            ("since", filter.since), ("actor", filter.actor), ("action", filter.action), ("type", filter.recordType), ("id", filter.recordId),
            ("limit", String(limit)),
        ]
        return "/audit?" + pairs.compactMap { key, value in value.map { "\(key)=\(HTML.query($0))" } }.joined(separator: "&")
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<h1>\(w("审计日志", "Audit log"))</h1>"
        out += "<p class=\"lead\">\(w("每次写入和登录都记录在此，不可修改或删除。时间为北京时间。", "Every write and sign-in is recorded here and cannot be changed or deleted. Times are China Standard Time."))</p>"
        let actionOptions = [HTML.option("", w("全部", "all"), selected: filter.action == nil)]
            + AuditWords.actions.map { HTML.option($0.code, w($0.name), selected: filter.action == $0.code) }
        let typeOptions = [HTML.option("", w("全部", "all"), selected: filter.recordType == nil)]
            + AuditWords.recordTypes.map { HTML.option($0.code, w($0.name), selected: filter.recordType == $0.code) }
        out += """
            <form class="filters" method="get" action="/audit">
            <label>\(w("起始日期", "From"))<input type="date" name="since" value="\(filter.since ?? "")"></label>
            <label>\(w("用户", "User"))<input name="actor" value="\(filter.actor ?? "")"></label>
            <label>\(w("操作", "Action"))<select name="action">\(actionOptions.joined())</select></label>
            <label>\(w("记录类型", "Record type"))<select name="type">\(typeOptions.joined())</select></label>
            <label>\(w("记录编号", "Record id"))<input name="id" value="\(filter.recordId ?? "")"></label>
            <input type="hidden" name="limit" value="\(filter.limit)">
            <button type="submit">\(w("筛选", "Filter"))</button>
            </form>
            """
        guard !entries.isEmpty else { return out + "<p>\(w("没有符合条件的记录。", "No entries match."))</p>" }
        out += "<p class=\"meta\">\(w("显示最新的\(entries.count)条", "The newest \(entries.count) entries"))</p>"
        out += "<div class=\"table-wrap\"><table class=\"audit\"><thead><tr><th>\(w("时间", "Time"))</th><th>\(w("用户", "Who"))</th>"
            + "<th>\(w("来源地址", "From"))</th><th>\(w("途径", "Via"))</th><th>\(w("操作", "Action"))</th><th>\(w("记录", "Record"))</th>"
            + "<th>\(w("说明", "Note"))</th><th>\(w("变更", "Change"))</th></tr></thead><tbody>"
        for entry in entries {
            var record: HTML = "—"
            if let type = entry.recordType {
                let text: HTML = "\(AuditWords.recordType(type, w))" + (entry.recordId.map { " " + HTML.name($0, on: l) } ?? .empty)
                record = AuditWords.link(type: type, id: entry.recordId).map { HTML.link($0, text) } ?? text
            }
            out += "<tr><td class=\"nowrap\">\(HTML.time(entry.at))</td><td>\(HTML.name(entry.actor, on: l))</td><td>\(entry.address ?? "—")</td>"
                + "<td><code>\(entry.via)</code></td><td class=\"nowrap\">\(AuditWords.action(entry.action, w))</td><td>\(record)</td>"
                + "<td class=\"note\">\(AuditWords.note(entry, w))</td><td class=\"change\">\(AuditWords.change(entry, places: places, w))</td></tr>"
        }
        out += "</tbody></table></div>"
        if entries.count >= filter.limit, filter.limit < 10_000 {
            out += "<p>\(HTML.link(address(limit: min(filter.limit * 2, 10_000)), w("显示更多", "Show more")))</p>"
        }
        return out
    }
}

/// The 409 page: the record changed since the form was opened; what changed, by whom, and the way back.
struct StaleEditPage {
    let stale: StaleEditError
    let places: PlaceDirectory?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let record = AuditWords.recordType(stale.recordType, w)
        var out: HTML = "<h1>409 · \(w("记录已被他人修改", "The record changed meanwhile"))</h1>"
        out += "<p class=\"lead\">\(w("您打开表单后，这条\(record)记录已被修改（您看到的是第\(stale.expected)版，现为第\(stale.current)版）。您的修改没有保存。请查看以下变更，重新打开记录后再修改。", "This \(record) was changed after you opened the form (you saw version \(stale.expected); it is now version \(stale.current)). Your edit was not saved. Check the changes below, reopen the record and make your edit again."))</p>"
        if !stale.changes.isEmpty {
            out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("时间", "When"))</th><th>\(w("用户", "Who"))</th>"
                + "<th>\(w("操作", "What"))</th><th>\(w("变更", "Change"))</th><th>\(w("说明", "Note"))</th></tr></thead><tbody>"
            for change in stale.changes {
                out += "<tr><td class=\"nowrap\">\(HTML.time(change.at))</td><td>\(HTML.name(change.actor, on: l))</td><td>\(AuditWords.action(change.action, w))</td>"
                    + "<td>\(AuditWords.change(change, places: places, w))</td><td>\(AuditWords.note(change, w))</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        if let link = AuditWords.link(type: stale.recordType, id: stale.recordId) {
            out += "<p>\(HTML.link(link, w("重新打开记录", "Reopen the record")))</p>"
        }
        return out
    }
}
