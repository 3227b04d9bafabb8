import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// 专业化: a heat map of location quotients, regions (districts or parks) across, industries down, coloured by
/// how concentrated each region is in each industry; strong clusters marked; each district linked to its
/// opportunities. Sorted by industry size, industry code or one region's quotients, chosen by links.
struct SpecialisationPage {
    let snapshot: Site.Snapshot
    let specialisation: Specialisation
    let query: SpecialisationQuery
    /// The stored regional tables, offered as the page's data beside the registry.
    var tables: [RegionalTableInfo] = []

    /// The most industries the page shows; the downloads hold all of them.
    static let rowLimit = 60
    /// The bounds of the colour classes `lq-0` … `lq-5`.
    static let bounds: [Double] = [0.5, 1, 1.5, 2.5, 4]

    static func colourClass(_ lq: Double) -> Int { bounds.firstIndex { lq < $0 } ?? bounds.count }

    /// The industries in the page's order: by total size (default), by code, or by one region's quotients.
    var industryOrder: [Int] {
        let s = specialisation
        let all = Array(s.table.industries.indices)
        if query.sort == "industry" { return all }
        if let region = s.region(query.sort) {
            return all.sorted { (s.lq(region, $0), s.industryTotals[$0]) > (s.lq(region, $1), s.industryTotals[$1]) }
        }
        return all.sorted { s.industryTotals[$0] > s.industryTotals[$1] }
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let s = specialisation
        let classification = IndustryClassification.gbt4754_2017
        var out: HTML = "<h1>\(w("专业化", "Specialisation"))</h1>"
        out += "<p class=\"lead\">\(w("各区在哪些行业上比全市更集中：颜色越深，区位商越高。", "Where each region is more concentrated than the city: the darker, the higher the location quotient."))</p>"
        out += choices(w)
        let strongRule = w(
            "★ 强集群（美国集群地图项目的标准）：从业人数的区位商不低于1且居各地区前四分之一，从业人数和企业数都高于各地区的第25百分位。",
            "★ Strong cluster (U.S. Cluster Mapping's rule): an employment location quotient of at least 1 and in the top quarter of "
                + "regions, with employment and establishments both above the 25th percentile.")
        // The rule is one of employment: its stars stand beside employment's quotients only, where they agree.
        let marksStrong = query.table == nil && query.measure == .employees
        let strongNote = marksStrong
            ? strongRule
            : query.table != nil
            ? w("地区表没有从业人数和企业数，不判定强集群。", "A regional table has no employment and firm counts: no strong clusters are judged.")
            : w("强集群按从业人数判定，见“按从业人数”。", "Strong clusters are judged by employment: see “By employees”.")
        out += "<p class=\"meta\">\(s.lqRule(l)) \(strongNote)</p>"
        guard !s.table.regions.isEmpty else {
            return out + MissingIndustryData.html(place: nil, w)
        }
        let order = industryOrder
        let shown = order.prefix(Self.rowLimit)
        let download = DownloadLink.html("/specialisation.xlsx", query: query.query(), l)
        let csv: HTML = " <a class=\"download\" href=\"/specialisation.csv?\(query.query().isEmpty ? "" : query.query() + "&")lang=\(l.rawValue)\" download>\(w("下载CSV", "Download CSV"))</a>"
        let level = IndustryClassification.levelName(query.level, l)
        out += "<h2>\(w("区位商热力图", "Location quotients"))\(download)\(csv)</h2>"
        let note = (query.table == nil
                ? w("按\(Specialisation.measureName(query.measure, l))、行业\(level)计；", "By \(Specialisation.measureName(query.measure, l)), industry \(level); ")
                : s.basis(l) + w("；", "; "))
            + (s.counts?.year.map { w("营业收入为\($0)年；", "revenue of \($0); ") } ?? "")
            + (order.count > shown.count ? w("显示\(shown.count)个行业（共\(order.count)个，下载文件含全部）；", "\(shown.count) of \(order.count) industries shown (the downloads hold all); ") : "")
            + w("点击区名按该区的区位商排序。", "click a region to sort by its quotients.")
        out += "<p class=\"meta\">\(note)</p>"
        out += "<div class=\"table-wrap\"><table class=\"heat\"><thead><tr><th>"
            + HTML.link("/specialisation?" + query.query(sort: "industry"), w("行业", "Industry")) + " · "
            + HTML.link("/specialisation?" + query.query(sort: "size"), w("按规模", "by size")) + "</th>"
        for id in s.table.regions {
            let mark: HTML = query.sort == id ? " aria-sort=\"descending\"" : .empty
            out += "<th class=\"num\"\(mark)>\(HTML.link("/specialisation?" + query.query(sort: id), regionName(id, l)))"
            if query.regions == .district {
                let source = query.source.query()
                let href = OpportunityRegion(id: id, name: LocalizedText(zh: id)).path() + (source.isEmpty ? "" : "?" + source)
                out += "<br><a class=\"meta\" href=\"\(href)\" title=\"\(w("\(hoverName(id, l))的发展机会", "Opportunities for \(hoverName(id, l))"))\">\(w("发展机会", "Opportunities"))</a>"
            }
            out += "</th>"
        }
        out += "</tr></thead><tbody>"
        for i in shown {
            let code = s.table.industries[i]
            out += "<tr><th scope=\"row\">\(f.industry(code))</th>"
            for r in s.table.regions.indices {
                let lq = s.lq(r, i)
                let strong = marksStrong && s.isStrong(r, i)
                let title = cellTitle(r, i, classification, l) + (strong ? w("；符合强集群标准", "; a strong cluster") : "")
                let text = s.table[r, i] > 0 ? ChineseNumberFormat.decimal(lq, maxFraction: 2) : "·"
                out += "<td class=\"num lq-\(Self.colourClass(lq))\(strong ? " strong" : "")\" title=\"\(title)\">\(strong ? "★" : "")\(text)</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        out += "<p class=\"meta legend\">\(w("图例", "Legend"))\(w("：", ": "))"
        let labels = ["< 0.5", "0.5–1", "1–1.5", "1.5–2.5", "2.5–4", "≥ 4"]
        for (k, label) in labels.enumerated() { out += "<span class=\"lq-key lq-\(k)\">\(label)</span>" }
        out += "</p>"
        return out
    }

    /// The choice of regions, level and measure, as links (no script needed).
    func choices(_ w: Words) -> HTML {
        func link(_ text: String, _ query: String, current: Bool) -> HTML {
            "<a href=\"/specialisation\(query.isEmpty ? "" : "?" + query)\"\(current ? " aria-current=\"page\"" : "" as HTML)>\(text)</a>"
        }
        let sources = ([nil] + tables.map(\.name)).map { name -> HTML in
            var chosen = SpecialisationQuery()
            chosen.table = name
            return link(name ?? w("企业名录", "The registry"), chosen.query(), current: name == query.table)
        }.joined()
        let data: HTML = tables.isEmpty ? .empty : "<nav class=\"subnav\" aria-label=\"\(w("数据", "Data"))\">\(sources)</nav>"
        guard query.table == nil else { return data }
        let regions = RegionKind.allCases.map {
            link($0 == .district ? w("各区", "Districts") : w("各园区", "Parks"), query.query(regions: $0, sort: "size"), current: $0 == query.regions)
        }.joined()
        let levels = SpecialisationQuery.levels.map {
            link(w("行业", "Industry ") + IndustryClassification.levelName($0, w.language), query.query(level: $0, sort: "size"), current: $0 == query.level)
        }.joined()
        let measures = RegistryMeasure.allCases.map {
            link(w("按", "By ") + Specialisation.measureName($0, w.language), query.query(measure: $0), current: $0 == query.measure)
        }.joined()
        return data + "<nav class=\"subnav\" aria-label=\"\(w("地区", "Regions"))\">\(regions)</nav>"
            + "<nav class=\"subnav\" aria-label=\"\(w("行业层级", "Industry level"))\">\(levels)</nav>"
            + "<nav class=\"subnav\" aria-label=\"\(w("计量", "Measure"))\">\(measures)</nav>"
    }

    /// A region's name in the page's language; one written only in Chinese marked as such on an English page.
    func regionName(_ id: String, _ l: Language) -> HTML {
        HTML.name(snapshot.placeName(id, l) ?? id, on: l)
    }

    /// A region's name for hover text, which cannot mark a language: its id when its name is not in the page's.
    func hoverName(_ id: String, _ l: Language) -> String {
        let name = snapshot.placeName(id, l) ?? id
        return l == .en && Language.hasChineseScript(name) ? id : name
    }

    /// "花都区 · 36 汽车制造业：区位商 2.31 = (1,234家 ÷ 5,678家) ÷ (…)", the exact values and the formula.
    func cellTitle(_ r: Int, _ i: Int, _ classification: IndustryClassification, _ l: Language) -> String {
        let s = specialisation
        let unit = s.measure?.unit ?? ""
        let code = s.table.industries[i]
        let industry = l == .zh ? classification.label(code, l)
            : "\(code) " + (IndustryDivisionNames.english[String(code.prefix(2))] ?? "")
        func exact(_ v: Double) -> String { ChineseNumberFormat.exact(v, unit: unit, language: l) }
        let lq = ChineseNumberFormat.decimal(s.lq(r, i), maxFraction: 4)
        return l.pick(
            "\(hoverName(s.table.regions[r], l)) · \(industry)：区位商 \(lq) ＝（\(exact(s.table[r, i])) ÷ \(exact(s.regionTotals[r]))）÷（\(exact(s.industryTotals[i])) ÷ \(exact(s.total))）",
            "\(hoverName(s.table.regions[r], l)) · \(industry): location quotient \(lq) = (\(exact(s.table[r, i])) ÷ \(exact(s.regionTotals[r]))) ÷ (\(exact(s.industryTotals[i])) ÷ \(exact(s.total)))")
    }
}
