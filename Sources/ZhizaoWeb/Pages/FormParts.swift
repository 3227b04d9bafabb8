import Foundation
import Hummingbird
import ZhizaoCore

/// What a write did, said on the page its redirect leads to: a code in `?done=` (`user-added`, `accepted-3`) that
/// the layout shows in the page's language, so that no text of the request is ever echoed.
enum Notice: Equatable, Sendable {
    case userAdded, passwordSet, userDisabled, userEnabled, roleSet, tokenRevoked, passwordChanged
    case enterpriseSaved, enterpriseMerged, enterpriseDeleted, projectSaved, projectDeleted
    case stored, alreadyStored, uploadExpired
    case accepted(Int64), rejected(Int64), handled(Int64), acceptedConfident(Int)

    private static let plain: [(Notice, String)] = [
        (.userAdded, "user-added"), (.passwordSet, "password-set"), (.userDisabled, "user-disabled"), (.userEnabled, "user-enabled"),
        (.roleSet, "role-set"), (.tokenRevoked, "token-revoked"), (.passwordChanged, "password-changed"),
        (.enterpriseSaved, "enterprise-saved"), (.enterpriseMerged, "enterprise-merged"), (.enterpriseDeleted, "enterprise-deleted"),
        (.projectSaved, "project-saved"), (.projectDeleted, "project-deleted"), (.stored, "stored"), (.alreadyStored, "already-stored"),
        (.uploadExpired, "upload-expired"),
    ]

    /// The notice a `?done=` code names; nil for anything else.
    init?(code: String?) {
        guard let code else { return nil }
        if let (notice, _) = Self.plain.first(where: { $0.1 == code }) {
            self = notice
            return
        }
        guard let dash = code.lastIndex(of: "-"), let number = Int64(code[code.index(after: dash)...]), number >= 0 else { return nil }
        switch code[..<dash] {
        case "accepted": self = .accepted(number)
        case "rejected": self = .rejected(number)
        case "handled": self = .handled(number)
        case "accepted-confident": self = .acceptedConfident(Int(number))
        default: return nil
        }
    }

    var code: String {
        switch self {
        case .accepted(let id): "accepted-\(id)"
        case .rejected(let id): "rejected-\(id)"
        case .handled(let id): "handled-\(id)"
        case .acceptedConfident(let n): "accepted-confident-\(n)"
        default: Self.plain.first { $0.0 == self }!.1
        }
    }

    var text: LocalizedText {
        switch self {
        case .userAdded: LocalizedText(zh: "已新增账号。", en: "Account added.")
        case .passwordSet: LocalizedText(zh: "已设置新密码；该账号在其他设备上的登录已退出。", en: "New password set; the account was signed out elsewhere.")
        case .userDisabled: LocalizedText(zh: "已停用账号；其登录和令牌立即失效。", en: "Account disabled; its sessions and tokens stop working.")
        case .userEnabled: LocalizedText(zh: "已启用账号。", en: "Account enabled.")
        case .roleSet: LocalizedText(zh: "已修改角色和辖区。", en: "Role and districts changed.")
        case .tokenRevoked: LocalizedText(zh: "已撤销令牌，立即失效。", en: "Token revoked; it stops working at once.")
        case .passwordChanged: LocalizedText(zh: "密码已修改；其他设备上的登录已退出。", en: "Password changed; you were signed out elsewhere.")
        case .enterpriseSaved: LocalizedText(zh: "已保存企业信息。", en: "Enterprise saved.")
        case .enterpriseMerged: LocalizedText(zh: "已合并两条企业记录。", en: "The two enterprise records were merged.")
        case .enterpriseDeleted: LocalizedText(zh: "已删除企业记录；原因已记入审计日志。", en: "Enterprise deleted; the reason is in the audit log.")
        case .projectSaved: LocalizedText(zh: "已保存项目分期。", en: "Project phases saved.")
        case .projectDeleted: LocalizedText(zh: "已删除项目；原因已记入审计日志。", en: "Project deleted; the reason is in the audit log.")
        case .stored: LocalizedText(zh: "已读入本文档，识别出的数字列在下方待审核。", en: "The document was read; its figures await review below.")
        case .alreadyStored: LocalizedText(zh: "同样的文本之前已保存为本文档，未重复保存。", en: "This document already holds the same text; nothing new was stored.")
        case .uploadExpired:
            LocalizedText(
                zh: "该文件已过期或不存在（检查后保留30分钟），未写入任何数据。请重新上传。",
                en: "That upload has expired or is unknown (files are kept 30 minutes after the check); nothing was written. Upload the file again.")
        case .acceptedConfident(let n):
            n == 0
                ? LocalizedText(zh: "没有可直接接受的高置信度事实。", en: "No confident fact to accept.")
                : LocalizedText(zh: "已接受 \(n) 条高置信度事实。", en: "Accepted \(n) confident facts.")
        case .accepted(let id): LocalizedText(zh: "已接受第 \(id) 条事实。", en: "Fact \(id) accepted.")
        case .rejected(let id): LocalizedText(zh: "已驳回第 \(id) 条事实。", en: "Fact \(id) rejected.")
        case .handled(let id): LocalizedText(zh: "第 \(id) 条事实已审核过，未作更改。", en: "Fact \(id) was already reviewed; nothing changed.")
        }
    }

    /// A 303 to `path` (a path of this site) that shows the notice there.
    func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path + (path.contains("?") ? "&" : "?") + "done=" + code])
    }
}

/// A form's input that cannot be used, said in both languages: the error page shows it in the page's language
/// (422) with a link back to the form.
struct FormProblem: Error, Sendable {
    var text: LocalizedText
    var back: String

    init(_ zh: String, _ en: String, back: String) {
        text = LocalizedText(zh: zh, en: en)
        self.back = back
    }
}

extension HTML {
    /// The hidden CSRF field a session's form must carry.
    static func csrf(_ token: String?) -> HTML {
        token.map { "<input type=\"hidden\" name=\"csrf\" value=\"\($0)\">" } ?? .empty
    }

    /// `<option>` with `value`, marked selected when it is `selected`.
    static func option(_ value: String, _ label: String, selected: Bool) -> HTML {
        "<option value=\"\(value)\"\(selected ? " selected" as HTML : .empty)>\(label)</option>"
    }

    /// An option whose label is a name as written (an account), marked with its script's language when it is not the
    /// page's (an option holds text only).
    static func option(_ value: String, _ name: String, selected: Bool, on l: Language) -> HTML {
        let own = Language.of(name).flatMap { $0 == l ? nil : $0 }
        let mark: HTML = own.map { " lang=\"\($0.htmlTag)\"" } ?? .empty
        return "<option value=\"\(value)\"\(mark)\(selected ? " selected" as HTML : .empty)>\(name)</option>"
    }

    /// An ISO 8601 time as Guangzhou reads it (China Standard Time): `2026-05-01 18:22`.
    static func time(_ iso: String) -> String {
        let date = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(iso)) ?? (try? Date.ISO8601FormatStyle().parse(iso))
        guard let date else { return String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}

extension Form {
    /// A field's text with surrounding whitespace removed; nil when missing or empty.
    func value(_ name: String) -> String? {
        text(name).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every value of a repeated field (a multi-select, checkboxes).
    func values(_ name: String) -> [String] {
        parts.filter { $0.name == name && $0.filename == nil }.map(\.text).filter { !$0.isEmpty }
    }

    /// The record version a form was made on.
    func version(_ name: String = "version", back: String) throws -> Int {
        guard let version = value(name).flatMap(Int.init) else {
            throw FormProblem("表单缺少记录版本，请重新打开页面。", "The form lacks the record's version; reload the page.", back: back)
        }
        return version
    }
}
