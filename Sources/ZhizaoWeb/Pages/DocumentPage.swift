import ReportReader
import ZhizaoCore
import ZhizaoStore

/// An ingested document with the reader's facts marked in its text (read-only), and the list of documents.
struct DocumentPage {
    let snapshot: Site.Snapshot
    let document: Document
    let facts: [PendingFact]
    /// The metrics proposed for measures the catalogue lacks, by number.
    let proposals: [Int64: MetricProposal]

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<p class=\"meta\">\(HTML.link("/documents", w("文档", "Documents"))) ›</p><h1>\(document.title)</h1>"
        out += "<p class=\"lead\">\(document.date.map { $0 + " · " } ?? "")\(HTML.link("/sources#\(document.sourceId)", w("来源", "source")))"
        if let hash = document.contentHash {
            out += " · <span class=\"meta\" title=\"SHA-256 \(hash)\">SHA-256 \(String(hash.prefix(12)))…</span>"
        }
        out += "</p>"
        let legend = PendingFact.Status.allCases.map { "<span><mark class=\"fact \($0.rawValue)\">\(w($0.name))</mark></span>" as HTML }
        out += "<p class=\"legend\">\(legend.joined())</p>"
        out += "<div class=\"card document\">\(markedText(l))</div>"
        out += "<h2>\(w("识别出的数字", "Facts read"))</h2><div class=\"table-wrap\"><table><thead><tr><th>#</th>"
            + "<th>\(w("主体", "Holder"))</th><th>\(w("指标", "Measure"))</th><th>\(w("类型", "Kind"))</th><th>\(w("数值", "Value"))</th>"
            + "<th>\(w("比较基准", "Basis"))</th><th>\(w("时期", "Period"))</th><th>\(w("审核", "Review"))</th></tr></thead><tbody>"
        for p in facts { out += row(p, w) }
        out += "</tbody></table></div><p class=\"meta\">\(w("审核：zhizao review（列出并说明匹配理由）、zhizao review edit/accept/reject 编号、zhizao metric accept 编号", "Review with zhizao review (lists facts with why each was matched), zhizao review edit/accept/reject ID, zhizao metric accept N"))</p>"
        return out
    }

    /// One fact: holder and measure as read with what they were matched to and why, kind, value, basis, period and
    /// review status (with a duplicate flagged).
    private func row(_ p: PendingFact, _ w: Words) -> HTML {
        let f = p.fact, l = w.language
        var holder: HTML = "\(f.holder ?? "—")"
        if let written = f.holderWritten { holder += " <span class=\"meta\">(\(w("原文", "written")) \(written))</span>" }
        let subject = p.subject.map { "→ \($0.description) · \(p.subjectReason.map { w($0.name) } ?? "")" } ?? w("未匹配", "not matched")
        holder += "<div class=\"meta\">\(subject)</div>"
        let matched: String
        if let metric = p.metricId {
            matched = "→ " + (snapshot.metrics[metric].map { "\(metric) \(w($0.name))" } ?? metric) + " · " + (p.metricReason.map { w($0.name) } ?? "")
        } else if let proposal = p.proposalId.flatMap({ proposals[$0] }) {
            matched = w("建议新增指标", "proposed metric") + " \(proposal.id)：\(proposal.metric.nameZh)（\(proposal.metric.unit)）"
        } else {
            matched = w("未匹配", "not matched")
        }
        let measure: HTML = "\(f.measure ?? "—")<div class=\"meta\">\(matched)</div>"
        var review: HTML = "\(w(p.status.name))"
        if let o = p.observationId { review += "<div class=\"meta\">\(w("观测", "observation")) \(o)</div>" }
        if let t = p.targetId { review += "<div class=\"meta\">\(w("目标", "target")) \(t)</div>" }
        if let d = p.duplicateOf { review += "<div class=\"badge mark\">\(w("重复", "duplicate")): \(d)</div>" }
        return "<tr><td>\(p.id)</td><td>\(holder)</td><td>\(measure)</td><td>\(w(PendingFact.name(of: f.kind)))</td>"
            + "<td>\(f.directionMark)\(HTML.figure(Quantity(f.value, f.qualifier), unit: f.unit, l))</td>"
            + "<td>\(f.basis ?? "—")</td><td>\(f.period?.label(l) ?? "—")</td><td>\(review)</td></tr>"
    }

    /// The text with every statement of each fact marked; spans count Unicode scalars of the stored text.
    private func markedText(_ l: Language) -> HTML {
        let scalars = Array(document.text.unicodeScalars)
        var marks = facts.flatMap { p in p.fact.spans.map { (span: $0, fact: p) } }.sorted { $0.span.lowerBound < $1.span.lowerBound }
        var html = HTML.empty
        var plain = String.UnicodeScalarView()
        func flush() {
            html += String(plain).split(separator: "\n", omittingEmptySubsequences: false).map { "\(String($0))" as HTML }
                .joined(separator: "<br>")
            plain.removeAll()
        }
        var i = 0
        while i < scalars.count {
            while let next = marks.first, next.span.lowerBound < i { marks.removeFirst() }  // overlapping: skip
            if let (span, next) = marks.first, span.lowerBound == i, span.upperBound <= scalars.count {
                marks.removeFirst()
                flush()
                let f = next.fact
                let tip = [f.holder, f.measure, PendingFact.name(of: f.kind).text(l), f.period?.label(l), next.subject?.description, next.metricId]
                    .compactMap { $0 }.joined(separator: " · ")
                let marked = String(String.UnicodeScalarView(scalars[span]))
                html += "<mark class=\"fact \(next.status.rawValue)\" title=\"#\(next.id) \(tip)\">\(marked)</mark>"
                i = span.upperBound
                continue
            }
            plain.append(scalars[i])
            i += 1
        }
        flush()
        return html
    }
}

struct DocumentsPage {
    let documents: [Document]

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let out: HTML = "<h1>\(w("文档", "Documents"))</h1><p class=\"lead\">\(w("用 zhizao ingest 读入的报告与新闻，数字待审核。", "Reports and news read with zhizao ingest; their figures await review."))</p>"
        if documents.isEmpty { return out + "<p class=\"muted\">\(w("尚无文档。", "No document yet."))</p>" }
        let items = documents.map { "<li>\(HTML.link("/documents/\($0.id)", $0.title)) <span class=\"meta\">\($0.date ?? "")</span></li>" as HTML }
        return out + "<ul>\(items.joined())</ul>"
    }
}
