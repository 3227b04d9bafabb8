import ZhizaoAnalytics
import ZhizaoCharts
import ZhizaoCore
import ZhizaoStorage

/// 企业: the registry with substring search, filters, sorting and pages that stay fast on a million rows.
struct EnterprisesPage {
    let snapshot: Site.Snapshot
    let query: EnterpriseQuery
    /// Nil when a filter named no record (`nameProblem`).
    let page: RegistryPage?
    var nameProblem: NameError? = nil

    /// The query string for `query`, without defaults, for links.
    static func queryString(_ q: EnterpriseQuery, page: Int? = nil) -> String {
        var parts: [String] = []
        if let text = q.text, !text.isEmpty { parts.append("q=" + HTML.query(text)) }
        if let d = q.districtId { parts.append("district=" + HTML.query(d)) }
        if let p = q.parkId { parts.append("park=" + HTML.query(p)) }
        if let i = q.industryCode { parts.append("industry=" + HTML.query(i)) }
        if let d = q.designation { parts.append("designation=" + d.rawValue) }
        if q.sort != .revenueDescending { parts.append("sort=" + HTML.query(q.sort.rawValue)) }
        if let page = page ?? (q.page > 1 ? q.page : nil) { parts.append("page=\(page)") }
        return parts.joined(separator: "&")
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let q = query
        var out: HTML = "<h1>\(w("企业", "Enterprises"))</h1>"
        let registry = snapshot.registry
        func firms(_ count: Int) -> HTML { HTML.firms(count, l) }
        out += "<p class=\"lead\">\(w("企业库共", "The registry holds "))\(firms(registry.enterprises))\(w("企业", " enterprises"))"
        if registry.synthetic > 0 {
            out += "<span class=\"badge synthetic\">\(w("其中", ""))\(firms(registry.synthetic))\(w("为合成数据，仅供演示", " of them synthetic, for demonstration"))</span>"
        }
        out += "</p>"
        func option(_ value: String, _ label: String, selected: Bool) -> HTML {
            "<option value=\"\(value)\"\(selected ? " selected" as HTML : .empty)>\(label)</option>"
        }
        let districts = snapshot.places.places.filter { $0.kind == .district }
        let parks = snapshot.places.places.filter { $0.kind == .park || $0.kind == .zone }
        out += "<form class=\"filters\" method=\"get\" action=\"/enterprises\" role=\"search\">"
        out += "<label>\(w("名称包含", "Name contains"))<input type=\"search\" name=\"q\" value=\"\(q.text ?? "")\" placeholder=\"\(w("如：汽车零部件", "part of a firm's name"))\"></label>"
        out += "<label>\(w("区", "District"))<select name=\"district\">\(option("", w("全部", "all"), selected: q.districtId == nil))"
            + districts.map { option($0.id, w($0.name), selected: q.districtId == $0.id) }.joined() + "</select></label>"
        out += "<label>\(w("园区", "Park"))<select name=\"park\">\(option("", w("全部", "all"), selected: q.parkId == nil))"
            + parks.map { option($0.id, w($0.name), selected: q.parkId == $0.id) }.joined() + "</select></label>"
        out += "<label>\(w("行业代码", "Industry code"))<input name=\"industry\" size=\"6\" value=\"\(q.industryCode ?? "")\" placeholder=\"36\"></label>"
        out += "<label>\(w("称号", "Designation"))<select name=\"designation\">\(option("", w("全部", "all"), selected: q.designation == nil))"
            + DesignationKind.allCases.map { option($0.rawValue, w($0.name), selected: q.designation == $0) }.joined() + "</select></label>"
        let sorts: [(EnterpriseQuery.Sort, String, String)] = [
            (.revenueDescending, "营收从高到低", "revenue, highest first"), (.revenue, "营收从低到高", "revenue, lowest first"),
            (.employees, "从业人数", "employees"), (.founded, "成立年份", "founded"), (.name, "名称", "name"),
        ]
        out += "<label>\(w("排序", "Sort"))<select name=\"sort\">\(sorts.map { option($0.0.rawValue, w($0.1, $0.2), selected: q.sort == $0.0) }.joined())</select></label>"
        out += "<button type=\"submit\">\(w("查询", "Search"))</button></form>"
        guard let page else { return out + nameNotice(w) }
        var firstPage = q
        firstPage.page = 1
        let count: HTML = page.isCountCapped ? "\(w("超过", "more than "))\(firms(page.matching))" : firms(page.matching)
        out += "<p class=\"meta\">\(w("符合条件：", "Matching: "))\(count)"
            + "\(page.items.isEmpty ? .empty : DownloadLink.html("/enterprises.xlsx", query: Self.queryString(firstPage), l))</p>"
        if page.items.isEmpty {
            out += "<p class=\"muted\">\(w("没有符合条件的企业。", "No enterprise matches."))</p>"
            return out
        }
        out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("企业名称", "Name"))</th><th>\(w("所在地", "Location"))</th>"
            + "<th class=\"hide-narrow\">\(w("行业", "Industry"))</th><th>\(w("主营业务收入", "Revenue"))</th><th class=\"hide-narrow\">\(w("称号", "Designations"))</th></tr></thead><tbody>"
        for e in page.items {
            let ref = e.uscc ?? e.slug ?? ""
            let revenue = e.latestRevenue.map { "\(HTML.figure(Quantity($0.amount), unit: "CNY", l)) <span class=\"meta\">\($0.year)</span>" as HTML } ?? .empty
            let synthetic: HTML = e.synthetic ? "<span class=\"badge synthetic\">\(w("合成", "synthetic"))</span>" : .empty
            out += "<tr><td>\(HTML.link("/enterprises/\(ref)", f.name(e.name)))\(synthetic)<div class=\"meta\">\(e.uscc ?? "")</div></td>"
                + "<td>\(f.location(district: e.districtId, park: e.parkId))</td><td class=\"hide-narrow\">\(f.industry(e.industryCode))</td>"
                + "<td class=\"num\">\(revenue)</td><td class=\"hide-narrow\">\(e.designations.map(f.designation).joined())</td></tr>"
        }
        out += "</tbody></table></div><div class=\"pager\">"
        if q.page > 1 { out += "<a href=\"/enterprises?\(Self.queryString(q, page: q.page - 1))\" rel=\"prev\">‹ \(w("上一页", "previous"))</a>" }
        out += "<span class=\"meta\">\(w("第\(q.page)页", "page \(q.page)"))</span>"
        if page.hasMore { out += "<a href=\"/enterprises?\(Self.queryString(q, page: q.page + 1))\" rel=\"next\">\(w("下一页", "next")) ›</a>" }
        else if page.matching > q.page * q.perPage { out += "<span class=\"meta\">\(w("请缩小筛选范围以查看更多", "narrow the filters to see more"))</span>" }
        out += "</div>"
        return out
    }

    /// Why the list is not shown: the filter's name, what it could be, each a link to the list filtered by it.
    private func nameNotice(_ w: Words) -> HTML {
        guard let problem = nameProblem else { return .empty }
        var out: HTML = "<p class=\"problem\" role=\"alert\">\(w(problem.problem))</p>"
        let alternatives = problem.resolution.alternatives
        guard !alternatives.isEmpty else { return out }
        var base = Self.queryString(query)
        if !base.isEmpty { base += "&" }
        out += "<ul class=\"suggestions\">" + alternatives.map { entry -> HTML in
            "<li>\(HTML.link("/enterprises?" + base + problem.parameter + "=" + HTML.query(entry.id), w(entry.name)))</li>"
        }.joined() + "</ul>"
        return out
    }
}

/// One enterprise: identity, place, industry, designations, revenue by year, projects.
struct EnterprisePage {
    let snapshot: Site.Snapshot
    let enterprise: Enterprise
    let projects: [Project]
    /// The forms, for a reader who may edit this record.
    var edit: EditContext? = nil

    /// Revenue by year against the 20 M CNY 规上 line (criteria.md, National Bureau of Statistics since 2011).
    func revenueChart(_ l: Language) -> HTML? {
        guard !enterprise.revenue.isEmpty else { return nil }
        let w = Words(language: l)
        let columns = enterprise.revenue.keys.sorted().map { year in
            let amount = enterprise.revenue[year]!
            return ColumnChart.Column(
                label: String(year), value: amount, valueLabel: ChineseNumberFormat.format(amount, unit: "CNY", language: l),
                tooltip: ChineseNumberFormat.exact(amount, unit: "CNY", language: l))
        }
        return HTML(raw: ColumnChart(columns: columns, reference: (2e7, w("规上线 2000万元", "above-scale line, 20 M CNY")))
            .render(title: w("主营业务收入（按年）", "Main-business revenue by year"), id: "revenue"))
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let e = enterprise
        var out: HTML = "<p class=\"meta\">\(HTML.link("/enterprises", w("企业", "Enterprises"))) ›</p><h1>\(f.name(e.name))</h1>"
        if e.synthetic {
            out += "<p class=\"notice\">\(w("合成数据：此企业由生成器产生，并非真实企业。", "Synthetic: this enterprise was generated, it is not a real firm."))</p>"
        }
        out += "<div class=\"table-wrap\"><table><tbody>"
        func row(_ label: String, _ value: HTML) -> HTML { "<tr><th>\(label)</th><td>\(value)</td></tr>" }
        out += row(w("统一社会信用代码", "Unified social credit code"), "\(e.uscc ?? w("来源未给出", "not given by the source"))")
        out += row(w("所在地", "Location"), f.location(district: e.districtId, park: e.parkId))
        out += row(w("行业", "Industry"), f.industry(e.industryCode))
        if let scope = e.businessScope { out += row(w("经营范围", "Business scope"), HTML.name(scope, on: l)) }
        out += row(w("成立年份", "Founded"), "\(e.founded.map(String.init) ?? "—")")
        out += row(w("从业人数", "Employees"), "\(e.employees.map(String.init) ?? "—")")
        out += row(w("称号", "Designations"), e.designations.isEmpty ? "—" : e.designations.map(f.designation).joined())
        out += row(
            w("资格核对", "Eligibility"),
            HTML.link("/pipeline?enterprise=\(HTML.query(e.uscc ?? e.slug ?? ""))#eligibility", w("核对专精特新“小巨人”与单项冠军资格", "check against little giant and single champion")))
        if let latest = e.latestRevenue {
            let above = CultivationPipeline.isAboveScale(e)
            var status = above
                ? w("规模以上（\(latest.year)年主营业务收入达2000万元）", "above designated size (\(latest.year) revenue at least 20 mn CNY)")
                : w("规模以下（\(latest.year)年主营业务收入不足2000万元）", "below designated size (\(latest.year) revenue under 20 mn CNY)")
            if let c = CultivationPipeline.candidate(e) { status += w("；", "; ") + w(c.reason) }
            out += row(w("规上状态", "Size status"), "\(status)")
        }
        if let source = e.sourceId { out += row(w("来源", "Source"), f.sourceLink(source, quote: nil)) }
        out += "</tbody></table></div>"
        out += ChainLinksSection(enterprise: e).html(l)
        if let chart = revenueChart(l) { out += "<h2>\(w("主营业务收入", "Revenue"))</h2>\(chart)" }
        if !projects.isEmpty { out += "<h2>\(w("投资项目", "Projects"))</h2>" + ProjectsPage.table(projects, f) }
        if let edit { out += EnterpriseForms(enterprise: enterprise, places: snapshot.places, edit: edit).html(l) }
        return out
    }
}
