import ZhizaoAnalytics
import ZhizaoCore

/// 招商目标 on a cluster's page: per gap of its chain in the place, the firms elsewhere to approach, each with its
/// score's parts and the evidence that puts it on the link; then suppliers for the place's chain leaders.
struct TargetsSection {
    let snapshot: Site.Snapshot
    let clusterId: String
    let targets: ChainTargets
    let query: TargetQuery
    /// The stored target lists (招商名单), offered as a choice beside the registry.
    var lists: [String] = []

    /// Firms per gap when the page lists every gap; a gap asked for by `?gap=` lists up to the query's limit.
    static let perGap = 3
    static let perGapAlone = 50

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let downloadQuery = query.linkQuery()
        var out: HTML = "<h2 id=\"targets\">\(w("招商目标", "Investment targets"))"
            + DownloadLink.html("/clusters/\(clusterId)/targets.xlsx", query: downloadQuery, l)
            + " <a class=\"download\" href=\"/clusters/\(clusterId)/targets.csv?\(downloadQuery.isEmpty ? "" : downloadQuery + "&")lang=\(l.rawValue)\" download>"
            + "\(w("下载CSV", "Download CSV"))</a></h2>"
        let place = targets.analysis.placeId.flatMap { snapshot.placeName($0, l) } ?? w("全市", "the whole city")
        let elsewhere = query.list.map { w("本地以外及名单\u{201C}\($0)\u{201D}中", "elsewhere or on the list \"\($0)\"") } ?? w("本地以外", "elsewhere")
        out += "<p class=\"lead\">\(w("\(place)产业链的缺失与薄弱环节：\(elsewhere)归入该环节的企业，按规模、增长、称号和契合度排序。", "Absent and weak links of the chain in \(place): firms \(elsewhere) on each link, ranked by size, growth, designations and fit."))</p>"
        if !lists.isEmpty {
            let choices = ([nil] + lists).map { list -> HTML in
                let query = self.query.linkQuery(list: .some(list))
                let current: HTML = list == self.query.list ? " aria-current=\"page\"" : .empty
                let text = list.map { w("加上名单\u{201C}\($0)\u{201D}", "with the list \"\($0)\"") } ?? w("仅企业名录", "the registry only")
                return "<a href=\"/clusters/\(clusterId)\(query.isEmpty ? "" : "?" + query)#targets\"\(current)>\(text)</a>"
            }.joined()
            out += "<nav class=\"subnav\" aria-label=\"\(w("招商名单", "Target lists"))\">\(choices)</nav>"
        }
        out += "<details><summary>\(w("评分规则", "How firms are scored"))</summary><p>\(HTML.mixed(InvestmentTargets.rule.text(l), on: l))</p>"
            + "<p>\(HTML.mixed(ChainLinkClassifier.rule.text(l), on: l))</p></details>"
        if targets.gaps.isEmpty {
            out += "<p class=\"muted\">\(w("该产业链在此没有缺失或薄弱环节。", "The chain has no absent or weak link here."))</p>"
        }
        for gap in targets.gaps {
            out += "<h3>\(w(gap.presence.node.name)) <span class=\"status\">\(w(gap.presence.strength.name))</span></h3>"
            let candidates = query.list.map { list in
                w("本地以外及名单\u{201C}\(list)\u{201D}中归入该环节的企业\(gap.candidates)家", "\(gap.candidates) firms elsewhere or on the list \"\(list)\" on the link")
            } ?? w("本地以外归入该环节的企业\(gap.candidates)家", "\(gap.candidates) firms elsewhere on the link")
            out += "<p class=\"meta\">\(candidates)"
            if query.gap == nil, gap.candidates > gap.targets.count {
                let linkQuery = query.linkQuery(gap: .some(gap.link.nodeId))
                out += " · " + HTML.link("/clusters/\(clusterId)?\(linkQuery)#targets", w("查看全部名单", "see the full list"))
            }
            out += "</p>" + table(gap.targets, f, l)
        }
        for leader in targets.leaders {
            let node = targets.analysis.chain.nodes.first { $0.id == leader.link.nodeId }.map { w($0.name) } ?? leader.link.nodeId
            out += "<h3>\(w("链主", "Chain leader ")) \(link(leader.leader, f)) \(w("的上游配套", "— upstream suppliers"))</h3>"
            out += "<p class=\"meta\">\(w("链主所在环节：\(node)；本区企业在前。", "The leader's link: \(node); firms of the district first."))</p>"
            out += table(leader.suppliers, f, l)
        }
        if query.gap != nil {
            var back = "/clusters/\(clusterId)"
            let backQuery = query.linkQuery(gap: .some(nil))
            if !backQuery.isEmpty { back += "?" + backQuery }
            out += "<p>\(HTML.link(back + "#targets", w("返回全部缺失环节", "back to every gap")))</p>"
        }
        return out
    }

    private func link(_ firm: Enterprise, _ f: Fragments) -> HTML {
        let ref = firm.uscc ?? firm.slug
        return ref.map { HTML.link("/enterprises/\($0)", f.name(firm.name)) } ?? f.name(firm.name)
    }

    private func table(_ list: [InvestmentTarget], _ f: Fragments, _ l: Language) -> HTML {
        let w = f.w
        guard !list.isEmpty else { return "<p class=\"muted\">\(w("没有归入该环节的企业。", "No firm on this link."))</p>" }
        var out: HTML = "<div class=\"table-wrap\"><table><thead><tr><th>#</th><th>\(w("企业", "Enterprise"))</th>"
            + "<th>\(w("所在地", "Where"))</th><th>\(w("得分", "Score"))</th><th>\(w("得分构成与依据", "Score's parts and evidence"))</th></tr></thead><tbody>"
        for (index, target) in list.enumerated() {
            let reasons = target.reasons(l).map { "<li>\(HTML.mixed($0, on: l))</li>" as HTML }.joined()
            // A firm of an outside list has no page here: its name is not a link, and its place and list are said.
            let firm: HTML = target.origin == nil ? link(target.enterprise, f) : f.name(target.enterprise.name)
            let place: HTML = target.origin.map { origin -> HTML in
                "\(origin.location) <span class=\"badge\">\(w("名单", "list"))\(w("：", ": "))\(origin.list)</span>"
            } ?? "\(snapshot.placeName(target.enterprise.districtId, l) ?? "")"
            out += "<tr><td>\(index + 1)</td><td>\(firm)</td><td>\(place)</td>"
                + "<td title=\"\(target.explanation(l))\">\(InvestmentTarget.points(target.score))</td><td><ul class=\"reasons\">\(reasons)</ul></td></tr>"
        }
        return out + "</tbody></table></div>"
    }
}
