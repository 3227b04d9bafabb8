import ZhizaoCore

/// The link beside a list's heading that downloads the list as shown, as a workbook in the page's language.
enum DownloadLink {
    /// `<a class="download" href="PATH?QUERY&lang=zh" download>下载电子表格</a>`; `query` is already encoded.
    static func html(_ path: String, query: String = "", _ l: Language) -> HTML {
        let w = Words(language: l)
        let href = path + "?" + (query.isEmpty ? "" : query + "&") + "lang=" + l.rawValue
        return " <a class=\"download\" href=\"\(href)\" download title=\"\(w("按当前页面的列表与筛选条件下载", "the list as shown, with the page's filters"))\">"
            + "\(w("下载电子表格", "Download spreadsheet (.xlsx)"))</a>"
    }
}
