import ZhizaoAnalytics
import ZhizaoCore

/// 招商目标 on a cluster's page: per gap of its chain in the place, the firms elsewhere to approach, each with its
/// score's parts and the evidence that puts it on the link; then suppliers for the place's chain leaders.
struct TargetsSection {
    let snapshot: Site.Snapshot
    let clusterId: String
    let targets: ChainTargets
    let query: TargetQuery

    /// Firms per gap when the page lists every gap; a gap asked for by `?gap=` lists up to the query's limit.
    static let perGap = 3
    static let perGapAlone = 50

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let downloadQuery = query.linkQuery
        var out: HTML = "<h2 id=\"targets\">\(w("招商目标", "Investment targets"))"
            + DownloadLink.html("/clusters/\(clusterId)/targets.xlsx", query: downloadQuery, l)
            + " <a class=\"download\" href=\"/clusters/\(clusterId)/targets.csv?\(downloadQuery.isEmpty ? "" : downloadQuery + "&")lang=\(l.rawValue)\" download>"
            + "\(w("下载CSV", "Download CSV"))</a></h2>"
        let place = targets.analysis.placeId.flatMap { snapshot.placeName($0, l) } ?? w("全市", "the whole city")
        out += "<p class=\"lead\">\(w("\(place)产业链的缺失与薄弱环节：本地以外归入该环节的企业，按规模、增长、称号和契合度排序。", "Absent and weak links of the chain in \(place): firms elsewhere on each link, ranked by size, growth, designations and fit."))</p>"
        out += "<details><summary>\(w("评分规则", "How firms are scored"))</summary><p>\(HTML.mixed(InvestmentTargets.rule.text(l), on: l))</p>"
            + "<p>\(HTML.mixed(ChainLinkClassifier.rule.text(l), on: l))</p></details>"
        if targets.gaps.isEmpty {
            out += "<p class=\"muted\">\(w("该产业链在此没有缺失或薄弱环节。", "The chain has no absent or weak link here."))</p>"
        }
        for gap in targets.gaps {
            out += "<h3>\(w(gap.presence.node.name)) <span class=\"status\">\(w(gap.presence.strength.name))</span></h3>"
            out += "<p class=\"meta\">\(w("本地以外归入该环节的企业\(gap.candidates)家", "\(gap.candidates) firms elsewhere on the link"))"
            if query.gap == nil, gap.candidates > gap.targets.count {
                var linkQuery = "gap=\(gap.link.nodeId)"
                if let placeId = query.place { linkQuery = "place=\(placeId)&" + linkQuery }
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
            if let placeId = query.place { back += "?place=\(placeId)" }
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
            + "<th>\(w("所在区", "District"))</th><th>\(w("得分", "Score"))</th><th>\(w("得分构成与依据", "Score's parts and evidence"))</th></tr></thead><tbody>"
        for (index, target) in list.enumerated() {
            let reasons = target.reasons(l).map { "<li>\(HTML.mixed($0, on: l))</li>" as HTML }.joined()
            out += "<tr><td>\(index + 1)</td><td>\(link(target.enterprise, f))</td><td>\(snapshot.placeName(target.enterprise.districtId, l) ?? "")</td>"
                + "<td title=\"\(target.explanation(l))\">\(InvestmentTarget.points(target.score))</td><td><ul class=\"reasons\">\(reasons)</ul></td></tr>"
        }
        return out + "</tbody></table></div>"
    }
}
