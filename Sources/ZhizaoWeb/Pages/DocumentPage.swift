import ReportReader
import ZhizaoCore
import ZhizaoStorage

/// An ingested document with the reader's facts marked in its text (read-only), and the list of documents.
struct DocumentPage {
    let snapshot: Site.Snapshot
    let document: Document
    let facts: [PendingFact]
    /// The metrics proposed for measures the catalogue lacks, by number.
    let proposals: [Int64: MetricProposal]
    /// What the reader may do here: nil for those who may not write (no buttons).
    var review: Review? = nil
    /// The outcome of the write that sent the browser back here.
    /// Why a review form was refused.
    var problem: (zh: String, en: String)? = nil

    /// A writer's review controls.
    struct Review {
        var csrf: String?
        /// The pending facts the reader may accept or reject (those of their districts).
        var facts: Set<Int64>
        /// The number of confident facts, when the reader may accept all of them at once.
        var confident: Int?
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<p class=\"meta\">\(HTML.link("/documents", w("文档", "Documents"))) ›</p><h1>\(HTML.name(document.title, on: l))</h1>"
        if let problem { out += "<p class=\"problem\" role=\"alert\">\(w(problem.zh, problem.en))</p>" }
        out += "<p class=\"lead\">\(document.date.map { $0 + " · " } ?? "")\(HTML.link("/sources#\(document.sourceId)", w("来源", "source")))"
        if let hash = document.contentHash {
            out += " · <span class=\"meta\">SHA-256 <code title=\"\(hash)\">\(String(hash.prefix(12)))…</code></span>"
        }
        out += "</p>"
        let legend = PendingFact.Status.allCases.map { "<span><mark class=\"fact \($0.rawValue)\">\(w($0.name))</mark></span>" as HTML }
        out += "<p class=\"legend\">\(legend.joined())</p>"
        let written: HTML = Language.of(document.text).map { $0 == l ? "" : " lang=\"\($0.htmlTag)\"" } ?? ""
        out += "<div class=\"card document\"\(written)>\(markedText(l))</div>"
        out += "<h2>\(w("识别出的数字", "Facts read"))\(facts.isEmpty ? .empty : DownloadLink.html("/documents/\(document.id)/facts.xlsx", l))</h2>"
        if let review, let confident = review.confident, confident > 0 {
            out += """
                <form class="confident" method="post" action="/documents/\(document.id)/accept-confident">\(ImportPage.csrfField(review.csrf))\
                <button type="submit">\(w("接受全部高置信度事实（\(confident) 条）", "Accept every confident fact (\(confident))"))</button>\
                <span class="meta">\(w("已匹配主体和指标、写明主体且与已有数据不重复的事实", "matched to a subject and a metric, its holder written, and not a duplicate"))</span></form>
                """
        }
        out += "<div class=\"table-wrap\"><table class=\"facts\"><thead><tr><th>#</th>"
            + "<th>\(w("主体", "Holder"))</th><th>\(w("指标", "Measure"))</th><th>\(w("类型", "Kind"))</th><th>\(w("数值", "Value"))</th>"
            + "<th>\(w("比较基准", "Basis"))</th><th>\(w("时期", "Period"))</th><th>\(w("审核", "Review"))</th></tr></thead><tbody>"
        for p in facts { out += row(p, w) }
        out += "</tbody></table></div><p class=\"meta\">\(w("命令行审核：", "Review on the command line: "))<code>zhizao review</code>\(w("（列出并说明匹配理由）、", " (lists facts with why each was matched), "))"
            + "<code>zhizao review edit|accept|reject ID</code>\(w("、", ", "))<code>zhizao metric accept N</code></p>"
        return out
    }

    /// One fact: holder and measure as read with what they were matched to and why, kind, value, basis, period and
    /// review status (with a duplicate flagged).
    private func row(_ p: PendingFact, _ w: Words) -> HTML {
        let f = p.fact, l = w.language
        var holder = f.holder.map { HTML.name($0, on: l) } ?? "—"
        if let written = f.holderWritten { holder += " <span class=\"meta\">(\(w("原文", "written")) \(HTML.name(written, on: l)))</span>" }
        let subject: HTML = p.subject.map { "→ \(subjectName($0, l)) · \(p.subjectReason.map { w($0.name) } ?? "")" } ?? "\(w("未匹配", "not matched"))"
        holder += "<div class=\"meta\">\(subject)</div>"
        let matched: HTML
        if let metric = p.metricId {
            matched = "→ \(snapshot.metrics[metric].map { w($0.name) } ?? "") <code>\(metric)</code> · \(p.metricReason.map { w($0.name) } ?? "")"
        } else if let proposal = p.proposalId.flatMap({ proposals[$0] }) {
            let unit = l == .zh ? ChineseNumberFormat.zhUnit(proposal.metric.unit) : ChineseNumberFormat.enUnit(proposal.metric.unit)
            matched = "\(w("建议新增指标", "proposed metric")) \(proposal.id)\(w("：", ": "))\(HTML.name(proposal.metric.nameZh, on: l))"
                + (unit.isEmpty ? "" : "\(w("（", " (") + unit + w("）", ")"))")
        } else {
            matched = "\(w("未匹配", "not matched"))"
        }
        let measure: HTML = "\(f.measure.map { HTML.name($0, on: l) } ?? "—")<div class=\"meta\">\(matched)</div>"
        var review: HTML = "\(w(p.status.name))"
        if let o = p.observationId { review += "<div class=\"meta\">\(w("观测", "observation")) \(o)</div>" }
        if let t = p.targetId { review += "<div class=\"meta\">\(w("目标", "target")) \(t)</div>" }
        if let d = p.duplicateOf { review += "<div class=\"badge mark\">\(w("重复", "duplicate")): \(d)</div>" }
        if p.status == .pending, let controls = self.review, controls.facts.contains(p.id) { review += actions(p, controls.csrf, w) }
        return "<tr><td>\(p.id)</td><td>\(holder)</td><td>\(measure)</td><td class=\"kind\">\(w(PendingFact.name(of: f.kind)))</td>"
            + "<td>\(f.directionMark)\(HTML.figure(Quantity(f.value, f.qualifier), unit: f.unit, l))</td>"
            + "<td>\(f.basis.map { HTML.name($0, on: l) } ?? "—")</td><td>\(f.period?.label(l) ?? "—")</td><td>\(review)</td></tr>"
    }

    /// What a fact was matched to, by name: 花都区, 汽车产业集群, the firm's reference.
    private func subjectName(_ subject: Subject, _ l: Language) -> String {
        switch subject {
        case .place(let id): snapshot.placeName(id, l) ?? id
        case .cluster(let id): snapshot.cluster(id)?.name.text(l) ?? id
        case .project(let id): snapshot.project(id)?.name.text(l) ?? id
        case .enterprise(let ref): ref
        }
    }

    /// Accept (when the fact is matched to a subject and a metric), reject, and accept with corrections (empty
    /// fields keep what was read).
    private func actions(_ p: PendingFact, _ csrf: String?, _ w: Words) -> HTML {
        let path = "/documents/\(document.id)/facts/\(p.id)"
        let token = ImportPage.csrfField(csrf)
        let kinds = FactKind.allCases.map { "<option value=\"\($0.rawValue)\">\(w(PendingFact.name(of: $0)))</option>" as HTML }.joined()
        let missing = [
            p.subject == nil ? ("主体", "a subject") : nil, p.metricId == nil ? ("指标", "a metric") : nil, p.needsPeriod ? ("时期", "a period") : nil,
        ].compactMap { $0 }
        var accept: HTML = .empty  // none for a duplicate: its badge says to reject it
        if p.duplicateOf == nil, missing.isEmpty {
            accept = "<form method=\"post\" action=\"\(path)/accept\">\(token)<button type=\"submit\">\(w("接受", "Accept"))</button></form>"
        } else if p.duplicateOf == nil {
            accept = "<span class=\"meta\">\(w("先补全" + missing.map(\.0).joined(separator: "和"), "Add " + missing.map(\.1).joined(separator: " and ") + " first"))</span>"
        }
        return """
            <div class="review-actions">
            \(accept)
            <form method="post" action="\(path)/reject">\(token)<button type="submit" class="secondary">\(w("驳回", "Reject"))</button></form>
            </div>
            <details class="fact-edit"><summary>\(w("修改后接受", "Accept with edits"))</summary>
            <form method="post" action="\(path)/accept">\(token)
            <label>\(w("主体（地区、园区或产业集群的名称，如 花都区；或", "Subject (a place's or a cluster's name, e.g. Huadu; or")) <code>place:huadu</code>\(w("）", ")"))<input name="subject" value="\(p.subject?.description ?? "")"></label>
            <label>\(w("指标编号（如", "Metric id (e.g.")) <code>output</code>\(w("）", ")"))<input name="metric" value="\(p.metricId ?? "")"></label>
            <label>\(w("主体原文（可空；改后重新匹配对象）", "Holder as it should read (empty keeps it; matched again)"))<input name="holder"></label>
            <label>\(w("度量（如 规模以上工业总产值；可空；改后重新匹配指标）", "Measure as it should read (empty keeps it; matched again)"))<input name="measure"></label>
            <label>\(w("类型", "Kind"))<select name="kind"><option value="">\(w("不变", "unchanged"))</option>\(kinds)</select></label>
            <label>\(w("数值（基本单位，可空）", "Value (base units; empty keeps it)"))<input name="value" inputmode="decimal"></label>
            <label>\(w("时期（可空）", "Period (empty keeps it)"))<input name="period" placeholder="2023-01..2023-09"></label>
            <button type="submit">\(w("接受", "Accept"))</button>
            </form></details>
            """
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
                // What was read (Chinese words of the text) on a Chinese page; what it was matched to on both.
                let read = l == .zh ? [f.holder, f.measure] : []
                let tip = (read + [PendingFact.name(of: f.kind).text(l), f.period?.label(l), next.subject.map { subjectName($0, l) },
                    next.metricId.flatMap { snapshot.metrics[$0]?.name.text(l) }]).compactMap { $0 }.joined(separator: " · ")
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
    /// Whether the reader may add one.
    var canWrite = false

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        var out: HTML = "<h1>\(w("文档", "Documents"))</h1><p class=\"lead\">\(w("读入的报告与新闻，数字待审核。", "Reports and news read in; their figures await review."))</p>"
        if canWrite { out += "<p>\(HTML.link("/documents/new", w("新建文档", "New document")))</p>" }
        if documents.isEmpty {
            // (Someone who may not add one is told who may, and how.)
            let how = canWrite ? "" : w("分析员登录后可在此新建文档，也可在命令行用 zhizao ingest 读入报告。", " An analyst signed in can add one here, or read a report in with zhizao ingest.")
            return out + "<p class=\"muted\">\(w("尚无文档。", "No document yet."))\(how)</p>"
        }
        let items = documents.map { "<li><a href=\"/documents/\($0.id)\">\(HTML.name($0.title, on: l))</a> <span class=\"meta\">\($0.date ?? "")</span></li>" as HTML }
        return out + "<ul>\(items.joined())</ul>"
    }
}
