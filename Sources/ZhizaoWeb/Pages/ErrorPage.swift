import ZhizaoCore

/// The page for a missing address or a failure: what happened and where to go. A message with no Chinese
/// (the server's own, in English) is shown on the English page only; the Chinese page says what the status means.
struct ErrorPage {
    let status: Int
    let message: LocalizedText?
    /// Where to go back to (the form), when the failure was a form's input.
    var back: String? = nil

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let title = status == 404 ? w("页面不存在", "Page not found") : w("出错了", "Something went wrong")
        let advice = switch status {
        case 404: w("地址有误，或该记录不在数据库中。", "The address is wrong, or the record is not in the database.")
        case 403: w("您的账号无权执行此操作。", "Your account may not do this.")
        case 409: w("记录与现有数据冲突，未保存。", "This conflicts with the data as it is; nothing was saved.")
        case 400, 422: w("提交的内容无法使用，未保存。", "What was sent cannot be used; nothing was saved.")
        default: w("请求未能完成。请稍后重试；若问题持续，请查看服务器日志。", "The request could not be completed. Try again; if it persists, see the server log.")
        }
        var out: HTML = "<h1>\(status) · \(title)</h1><p>\(advice)</p>"
        if let message, !(l == .zh && message.zh.isEmpty) {
            out += "<p class=\"\(back == nil ? "meta" : "problem")\" role=\"alert\">\(w(message))</p>"
        }
        if let back { out += "<p>\(HTML.link(back, w("返回表单", "Back to the form")))</p>" }
        out += "<p>\(HTML.link("/", w("返回总览", "Back to the overview")))</p>"
        return out
    }
}
