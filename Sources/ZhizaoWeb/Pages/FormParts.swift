import Foundation
import Hummingbird
import ZhizaoCore

/// What a form's redirect says was done, by a code in `?done=`: the page shows it in its language, and no text
/// of the request is ever echoed.
enum Notice: String, CaseIterable, Sendable {
    case userAdded = "user-added", passwordSet = "password-set", userDisabled = "user-disabled", userEnabled = "user-enabled"
    case roleSet = "role-set", tokenRevoked = "token-revoked", passwordChanged = "password-changed"
    case enterpriseSaved = "enterprise-saved", enterpriseMerged = "enterprise-merged", enterpriseDeleted = "enterprise-deleted"
    case projectSaved = "project-saved", projectDeleted = "project-deleted"

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
        }
    }

    /// A 303 to `path` (a path of this site) that shows the notice there.
    func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path + (path.contains("?") ? "&" : "?") + "done=" + rawValue])
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
