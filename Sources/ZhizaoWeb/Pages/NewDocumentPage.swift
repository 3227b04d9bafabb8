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
            <label>\(w("所述地区（“全区”“全市”指哪里）", "Place (what 全区, 全市 mean)"))<select name="place">\(menu)</select></label>
            </div>
            <button type="submit">\(w("读取并列入审核", "Read into the review queue"))</button>
            </form>
            """
        return out
    }
}

/// A one-line notice a write leaves on the page it sends the browser back to, named in the `notice` query
/// parameter (`accepted-3`), so that no text from the address is shown.
enum ReviewNotice: Equatable {
    case stored, alreadyStored, accepted(Int64), rejected(Int64), acceptedConfident(Int), handled(Int64), uploadExpired

    init?(_ text: String?) {
        guard let text else { return nil }
        let number = text.split(separator: "-").last.flatMap { Int64($0) }
        switch text {
        case "stored": self = .stored
        case "already-stored": self = .alreadyStored
        case "upload-expired": self = .uploadExpired
        case _ where text.hasPrefix("accepted-confident-"): guard let number else { return nil }; self = .acceptedConfident(Int(number))
        case _ where text.hasPrefix("accepted-"): guard let number else { return nil }; self = .accepted(number)
        case _ where text.hasPrefix("rejected-"): guard let number else { return nil }; self = .rejected(number)
        case _ where text.hasPrefix("handled-"): guard let number else { return nil }; self = .handled(number)
        default: return nil
        }
    }

    var query: String {
        switch self {
        case .stored: "stored"
        case .alreadyStored: "already-stored"
        case .uploadExpired: "upload-expired"
        case .acceptedConfident(let n): "accepted-confident-\(n)"
        case .accepted(let id): "accepted-\(id)"
        case .rejected(let id): "rejected-\(id)"
        case .handled(let id): "handled-\(id)"
        }
    }

    var text: (zh: String, en: String) {
        switch self {
        case .stored: ("已读入本文档，识别出的数字列在下方待审核。", "The document was read; its figures await review below.")
        case .alreadyStored: ("同样的文本之前已保存为本文档，未重复保存。", "This document already holds the same text; nothing new was stored.")
        case .uploadExpired: ("该文件已过期或不存在（检查后保留30分钟），未写入任何数据。请重新上传。", "That upload has expired or is unknown (files are kept 30 minutes after the check); nothing was written. Upload the file again.")
        case .acceptedConfident(let n): (n == 0 ? "没有可直接接受的高置信度事实。" : "已接受 \(n) 条高置信度事实。", n == 0 ? "No confident fact to accept." : "Accepted \(n) confident facts.")
        case .accepted(let id): ("已接受第 \(id) 条事实。", "Fact \(id) accepted.")
        case .rejected(let id): ("已驳回第 \(id) 条事实。", "Fact \(id) rejected.")
        case .handled(let id): ("第 \(id) 条事实已审核过，未作更改。", "Fact \(id) was already reviewed; nothing changed.")
        }
    }

    func html(_ l: Language) -> HTML {
        "<p class=\"notice\" role=\"status\">\(Words(language: l)(text.zh, text.en))</p>"
    }
}
