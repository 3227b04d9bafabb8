import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// 梯度培育: the ladder, firms above the 规上 line, 小升规 candidates, and an eligibility check for one firm.
struct PipelinePage {
    let snapshot: Site.Snapshot
    let aboveScale: Int
    let candidates: [CultivationPipeline.Candidate]
    /// The firm asked about with `?enterprise=`, and its checks for little giant and single champion.
    let checked: (enterprise: Enterprise, results: [(DesignationKind, [Eligibility.Result])])?
    /// A `?enterprise=` that names no firm, and the firms it may mean (by name, or a USCC one typo away).
    var miss: (query: String, candidates: [NameMatch])? = nil

    /// How many 小升规 candidates the page lists (and its download holds).
    static let candidateLimit = 50

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("梯度培育", "Cultivation pipeline"))</h1><p class=\"lead\">"
            + "\(w("两高四新 → 小升规 → 规模以上 → 专精特新 → “小巨人” → 单项冠军 → 链主", "High-growth pool → upgraded → above-scale → specialised → little giant → champion → chain leader"))"
            + "</p>"
        out += OverviewPage(snapshot: snapshot).funnel(l)
        out += "<p>\(w("企业库中按最新营收达到规上线（年主营业务收入2000万元）的企业：", "Registry firms at or above the above-scale line (20 mn CNY main-business revenue a year) by latest revenue: "))<strong>\(aboveScale)</strong>"
        if snapshot.registry.synthetic > 0 { out += " <span class=\"badge synthetic\">\(w("含合成数据", "synthetic included"))</span>" }
        out += "</p><h2>\(w("小升规候选", "Candidates to cross the line next year"))"
            + "\(candidates.isEmpty ? .empty : DownloadLink.html("/pipeline.xlsx", l))</h2>"
        out += "<p class=\"meta\">\(w("规上线以下、按营收历史年均增速预计明年越线的企业，按预计越线幅度排序。", "Below the line now, projected over it next year at their average growth; furthest over first."))</p>"
        if candidates.isEmpty {
            out += "<p class=\"muted\">\(w("暂无候选：需要至少两年营收记录。", "No candidate: it takes two years of revenue at least."))</p>"
        } else {
            out += "<div class=\"table-wrap\"><table><thead><tr><th>#</th><th>\(w("企业", "Enterprise"))</th><th>\(w("所在区", "District"))</th><th>\(w("理由", "Reason"))</th></tr></thead><tbody>"
            for (i, c) in candidates.enumerated() {
                out += "<tr><td>\(i + 1)</td><td>\(HTML.link("/enterprises/\(c.ref)", f.name(c.name)))<div class=\"meta\"><a href=\"/pipeline?enterprise=\(HTML.query(c.ref))\">\(w("资格核对", "check eligibility"))</a></div></td>"
                    + "<td class=\"nowrap\">\(f.placeLink(c.districtId))</td><td>\(w(c.reason))</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        out += "<h2 id=\"eligibility\">\(w("资格核对：专精特新“小巨人”与单项冠军", "Eligibility: little giant and single champion"))</h2>"
        let asked = checked.map { $0.enterprise.uscc ?? $0.enterprise.slug ?? "" } ?? miss?.query ?? ""
        out += "<form class=\"filters\" method=\"get\" action=\"/pipeline#eligibility\"><label>\(w("统一社会信用代码、标识或企业名称", "USCC, slug or firm name"))<input name=\"enterprise\" size=\"22\" value=\"\(asked)\"></label><button type=\"submit\">\(w("核对", "Check"))</button></form>"
        if let miss { out += missHTML(miss, w) }
        if let checked {
            out += "<p>\(HTML.link("/enterprises/\(checked.enterprise.uscc ?? checked.enterprise.slug ?? "")", f.name(checked.enterprise.name)))</p>"
            for (kind, results) in checked.results {
                out += "<h3>\(w(kind.name))</h3><ul>"
                for r in results {
                    let verdict = ["pass": w("符合", "pass"), "fail": w("不符合", "fail"), "unknown": w("未知", "unknown")][r.verdict.rawValue]!
                    var line: HTML = "<strong class=\"verdict-\(r.verdict.rawValue)\">[\(verdict)]</strong> \(w(r.criterion.text))"
                    if let missing = r.missing { line += " <span class=\"meta\">\(w("缺少：", "missing: "))\(w(missing))</span>" }
                    if r.criterion.unverified == true { line += " <span class=\"badge synthetic\">\(w("规则未经核实", "rule unverified"))</span>" }
                    out += "<li>\(line)</li>"
                }
                out += "</ul>"
            }
            out += "<p class=\"meta\">\(w(Eligibility.shipped.source))</p>"
        }
        return out
    }
}

extension PipelinePage {
    /// What an eligibility lookup that names no firm shows: the message, and the firms it may mean as links to
    /// their checks.
    func missHTML(_ miss: (query: String, candidates: [NameMatch]), _ w: Words) -> HTML {
        var out: HTML = "<p class=\"problem\" role=\"alert\">\(w("没有统一社会信用代码或标识为“\(miss.query)”的企业。", "No enterprise has the USCC or slug \"\(miss.query)\"."))"
        guard !miss.candidates.isEmpty else {
            return out + " \(w("也没有名称含有它的企业；请核对后重新输入，或在企业页搜索。", "No firm's name contains it either; check it, or search on the Enterprises page."))</p>"
                + "<p>\(HTML.link("/enterprises?q=\(HTML.query(miss.query))", w("在企业库中搜索", "Search the registry")))</p>"
        }
        out += " \(w("您要找的可能是：", "Perhaps one of these:"))</p><ul class=\"candidates\">"
        for candidate in miss.candidates {
            // A USCC is shown to tell firms of one name apart; a slug is an internal key and is not.
            let code: HTML = USCC.isValid(candidate.ref) ? " <span class=\"meta\">\(candidate.ref)</span>" : .empty
            out += "<li>\(HTML.link("/pipeline?enterprise=\(HTML.query(candidate.ref))#eligibility", w(candidate.name)))\(code)</li>"
        }
        return out + "</ul>"
    }
}

/// 数据核查: published figures checked against each other.
struct ChecksPage {
    let snapshot: Site.Snapshot

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("数据核查", "Consistency checks"))</h1><p class=\"lead\">"
            + "\(w("增长倍数与增速是否与数字相符，部分与整体是否相符，不同来源同期数值是否一致。", "Growth claims against the figures, parts against wholes, the same figure from different sources."))"
            + "</p>"
        if snapshot.findings.isEmpty { return out + "<p class=\"muted\">\(w("没有可核对的数字。", "Nothing to check."))</p>" }
        out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("结论", "Verdict"))</th><th>\(w("核查", "Check"))</th><th>\(w("涉及数字与来源", "Figures and sources"))</th></tr></thead><tbody>"
        for finding in snapshot.findings {
            let figures = finding.observations.map { "<li>\(f.observation($0, showMetric: true))</li>" as HTML }
            out += "<tr><td class=\"severity-\(finding.severity.rawValue)\">\(w(finding.severity.name))</td><td>\(w(finding.message))</td>"
                + "<td><ul>\(figures.joined())</ul></td></tr>"
        }
        return out + "</tbody></table></div>"
    }
}
