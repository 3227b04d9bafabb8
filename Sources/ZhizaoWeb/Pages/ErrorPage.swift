import ZhizaoCore

/// The page for a missing address or a failure: what happened and where to go.
struct ErrorPage {
    let status: Int
    let message: String?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let title = status == 404 ? w("页面不存在", "Page not found") : w("出错了", "Something went wrong")
        let advice = status == 404
            ? w("地址有误，或该记录不在数据库中。", "The address is wrong, or the record is not in the database.")
            : w("请求未能完成。请稍后重试；若问题持续，请查看服务器日志。", "The request could not be completed. Try again; if it persists, see the server log.")
        var out: HTML = "<h1>\(status) · \(title)</h1><p>\(advice)</p>"
        if let message { out += "<p class=\"meta\">\(message)</p>" }
        out += "<p>\(HTML.link("/", w("返回总览", "Back to the overview")))</p>"
        return out
    }
}
