import ZhizaoCore

/// 新建文档: paste a report or upload a .txt file, with an optional title, date and place, to read its figures
/// into the review queue.
struct NewDocumentPage {
    let csrf: String?
    /// The districts and the city, as (name, zh, en) for the place menu.
    let places: [(value: String, name: LocalizedText)]
    var title = ""
    var date = ""
    var place = ""
    var text = ""
    var problem: (zh: String, en: String)?

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<p class=\"meta\">\(HTML.link("/documents", w("文档", "Documents"))) ›</p><h1>\(w("新建文档", "New document"))</h1>"
        out += "<p class=\"lead\">\(w("粘贴报告、公报或新闻的正文，或上传 .txt 文件（UTF-8 或 GBK）。系统读出其中的数字，列入待审核；同一文本不会重复保存。", "Paste a report's, bulletin's or article's text, or upload a .txt file (UTF-8 or GBK). Its figures are read into the review queue; the same text is not stored twice."))</p>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem.zh, problem.en))</p>" }
        let options: [(value: String, name: LocalizedText)] = [("", LocalizedText(zh: "按正文判断", en: "as the text says"))] + places
        let menu = options.map { option -> HTML in
            let selected: HTML = option.0 == place ? " selected" : .empty
            return "<option value=\"\(option.0)\"\(selected)>\(w(option.1))</option>"
        }.joined()
        out += """
            <form class="card document-form" method="post" action="/documents" enctype="multipart/form-data">
            \(ImportPage.csrfField(csrf))
            <label>\(w("正文", "Text"))<textarea name="text" rows="12">\(text)</textarea></label>
            <label>\(w("或上传文本文件", "or upload a text file"))<input type="file" name="file" accept=".txt,text/plain"></label>
            <div class="fields">
            <label>\(w("标题（可空，默认取首行）", "Title (optional; default: the first line)"))<input name="title" value="\(title)" maxlength="200"></label>
            <label>\(w("日期（可空）", "Date (optional)"))<input name="date" type="date" value="\(date)"></label>
            <label>\(l == .zh ? "所述地区（“全区”“全市”指哪里）" : "Place (what <span lang=\"zh-CN\">全区</span>, <span lang=\"zh-CN\">全市</span> mean)" as HTML)<select name="place">\(menu)</select></label>
            </div>
            <button type="submit">\(w("读取并列入审核", "Read into the review queue"))</button>
            </form>
            """
        return out
    }
}
