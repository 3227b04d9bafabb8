import ReportReader
import ZhizaoCore
import ZhizaoStore

/// An ingested document with the reader's facts marked in its text (read-only), and the list of documents.
struct DocumentPage {
    let snapshot: Site.Snapshot
    let document: Document
    let facts: [PendingFact]

    func html(_ l: Language) -> String {
        let w = Words(language: l)
        var out = "<p class=\"meta\">\(HTML.link("/documents", w("文档", "Documents"))) ›</p><h1>\(HTML.escape(document.title))</h1>"
        out += "<p class=\"lead\">\(document.date.map { HTML.escape($0) + " · " } ?? "")\(HTML.link("/sources#\(document.sourceId)", w("来源", "source")))</p>"
        out += "<p class=\"legend\"><span><mark class=\"fact pending\">\(w("待审核", "pending"))</mark></span><span><mark class=\"fact accepted\">\(w("已采纳", "accepted"))</mark></span>"
            + "<span><mark class=\"fact rejected\">\(w("已驳回", "rejected"))</mark></span></p>"
        // The text with every statement of each fact marked; spans count Unicode scalars of the stored text.
        let scalars = Array(document.text.unicodeScalars)
        var marks = facts.flatMap { p in p.fact.spans.map { (span: $0, fact: p) } }.sorted { $0.span.lowerBound < $1.span.lowerBound }
        var html = ""
        var plain = String.UnicodeScalarView()
        func flush() {
            html += HTML.escape(String(plain)).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
            plain.removeAll()
        }
        var i = 0
        while i < scalars.count {
            while let next = marks.first, next.span.lowerBound < i { marks.removeFirst() }  // overlapping: skip
            if let (span, next) = marks.first, span.lowerBound == i, span.upperBound <= scalars.count {
                marks.removeFirst()
                flush()
                let f = next.fact
                let tip = [f.holder, f.measure, f.period?.label(l), next.subject?.description, next.metricId].compactMap { $0 }.joined(separator: " · ")
                html += "<mark class=\"fact \(next.status.rawValue)\" title=\"#\(next.id) \(HTML.escape(tip))\">"
                    + HTML.escape(String(String.UnicodeScalarView(scalars[span]))) + "</mark>"
                i = span.upperBound
                continue
            }
            plain.append(scalars[i])
            i += 1
        }
        flush()
        out += "<div class=\"card document\">\(html)</div>"
        out += "<h2>\(w("识别出的数字", "Facts read"))</h2><div class=\"table-wrap\"><table><thead><tr><th>#</th><th>\(w("对象", "Subject"))</th><th>\(w("指标", "Metric"))</th>"
            + "<th>\(w("数值", "Value"))</th><th>\(w("时期", "Period"))</th><th>\(w("状态", "Status"))</th></tr></thead><tbody>"
        for p in facts {
            let f = p.fact
            out += "<tr><td>\(p.id)</td><td>\(HTML.escape(f.holder ?? "—"))<div class=\"meta\">\(HTML.escape(p.subject?.description ?? ""))</div></td>"
                + "<td>\(HTML.escape(f.measure ?? "—"))<div class=\"meta\">\(HTML.escape(p.metricId ?? ""))</div></td>"
                + "<td>\(f.directionMark)\(HTML.figure(Quantity(f.value, f.qualifier), unit: f.unit, l))</td>"
                + "<td>\(HTML.escape(f.period?.label(l) ?? "—"))</td><td>\(HTML.escape(p.status.rawValue))</td></tr>"
        }
        out += "</tbody></table></div><p class=\"meta\">\(w("审核：zhizao review accept 编号 / reject 编号", "Review with zhizao review accept ID / reject ID"))</p>"
        return out
    }
}

struct DocumentsPage {
    let documents: [Document]

    func html(_ l: Language) -> String {
        let w = Words(language: l)
        let out = "<h1>\(w("文档", "Documents"))</h1><p class=\"lead\">\(w("用 zhizao ingest 读入的报告与新闻，数字待审核。", "Reports and news read with zhizao ingest; their figures await review."))</p>"
        if documents.isEmpty { return out + "<p class=\"muted\">\(w("尚无文档。", "No document yet."))</p>" }
        return out + "<ul>" + documents.map { "<li>\(HTML.link("/documents/\($0.id)", $0.title)) <span class=\"meta\">\(HTML.escape($0.date ?? ""))</span></li>" }.joined() + "</ul>"
    }
}
