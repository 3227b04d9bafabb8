import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// 发展机会: what a district could grow into — industries it is not yet specialised in, ranked by density and
/// opportunity gain, each with the specialisations that make it near — and, for each gap of its clusters' chains,
/// the nearest capabilities it has; its ECI and COI in plain words; every number explained.
struct OpportunitiesPage {
    let snapshot: Site.Snapshot
    let place: OpportunityRegion
    let found: DistrictOpportunities
    let query: SpecialisationQuery

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let s = found.specialisation
        let region = found.region
        let name = w(place.name)
        let number = { (v: Double) -> String in v.isNaN ? "—" : ChineseNumberFormat.decimal(v, maxFraction: 2) }
        let back: HTML = place.placeId.map { id -> HTML in "\(HTML.link("/places/\(id)", "← " + name)) · " } ?? .empty
        let source = query.source.query()
        let specialisation = "/specialisation" + (source.isEmpty ? "" : "?" + source)
        var out: HTML = "<p class=\"meta back\">\(back)\(HTML.link(specialisation, w("专业化", "Specialisation")))</p>"
        out += "<h1>\(w("\(name)的发展机会", "Opportunities for \(name)"))</h1>"
        out += "<p class=\"lead\">\(s.complexitySentence(region, name: name, l))</p>"
        out += query.table == nil ? choices(w) : "<p class=\"meta\">\(s.basis(l))\(w("；地区按该表计。", "; regions as the table has them."))</p>"

        out += "<h2>\(w("已专业化的行业", "Specialised in"))</h2>"
        let specialised = found.specialisedIn
        out += specialised.isEmpty
            ? "<p class=\"muted\">\(w("该\(s.regionNoun(.zh))尚无区位商不低于1的行业。", "The region has no industry with a location quotient of 1 or more."))</p>"
            : "<p>\(specialised.prefix(12).map { i -> HTML in "<span class=\"badge\" title=\"\(w("区位商", "location quotient")) \(ChineseNumberFormat.decimal(s.lq(region, i), maxFraction: 4))\">\(label(i, l))</span>" }.joined(separator: " "))</p>"

        let query = self.query.query()
        let download = DownloadLink.html(place.path(".xlsx"), query: query, l)
        let csv: HTML = " <a class=\"download\" href=\"\(place.path(".csv"))?\(query.isEmpty ? "" : query + "&")lang=\(l.rawValue)\" download>\(w("下载CSV", "Download CSV"))</a>"
        out += "<h2>\(w("可发展的行业", "Industries it could grow into"))\(download)\(csv)</h2>"
        out += "<p class=\"meta\">\(found.specialisation.opportunityRule(l))</p>"
        if found.opportunities.isEmpty {
            out += "<p class=\"muted\">\(w("没有可列出的行业：该区没有专业化行业，或已专业化于全部行业。", "None to list: the district has no specialisation, or is specialised in every industry."))</p>"
        } else {
            out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("排名", "#"))</th><th>\(w("行业", "Industry"))</th>"
                + "<th class=\"num\" title=\"\(w("本区已有能力与该行业的接近程度", "how near the industry is to what the district does"))\">\(w("密度", "Density"))</th>"
                + "<th class=\"num\" title=\"\(w("发展该行业后机会展望的增量", "what specialising in it would add to the outlook"))\">\(w("机会收益", "Opportunity gain"))</th>"
                + "<th class=\"num hide-narrow\" title=\"\(w("产品复杂度指数", "product complexity index"))\">\(w("产品复杂度", "Complexity"))</th>"
                + "<th class=\"num hide-narrow\">\(w("当前区位商", "Current quotient"))</th><th>\(w("因何相近", "Near because of"))</th></tr></thead><tbody>"
            for (rank, o) in found.opportunities.enumerated() {
                let related: HTML = o.related.isEmpty ? "<span class=\"muted\">—</span>"
                    : o.related.prefix(3).map { r -> HTML in
                        "<span title=\"\(w("邻近度", "proximity")) \(ChineseNumberFormat.decimal(r.proximity, maxFraction: 4))\">\(label(r.industry, l))</span>"
                    }.joined(separator: "\(w("；", "; "))")
                out += "<tr><td>\(rank + 1)</td><td>\(f.industry(s.table.industries[o.industry]))</td>"
                    + "<td class=\"num\" title=\"\(ChineseNumberFormat.decimal(o.density, maxFraction: 6))\">\(number(o.density))</td>"
                    + "<td class=\"num\" title=\"\(ChineseNumberFormat.decimal(o.cog, maxFraction: 6))\">\(number(o.cog))</td>"
                    + "<td class=\"num hide-narrow\">\(number(o.pci))</td><td class=\"num hide-narrow\">\(number(o.rca))</td><td>\(related)</td></tr>"
            }
            out += "</tbody></table></div>"
        }

        out += "<h2>\(w("产业链缺失环节与最接近的已有能力", "Chain gaps and the nearest capabilities"))</h2>"
        if found.gaps.isEmpty {
            out += "<p class=\"muted\">\(w("该区的产业集群没有缺失环节，或来源未提及该区的产业集群。", "The district's clusters have no gap, or the sources name no cluster in it."))</p>"
        } else {
            out += "<p class=\"meta\">\(w("对每个缺失环节，列出本区已专业化、且与该环节行业最邻近的行业：从这些能力出发补链最容易。", "For each absent link, the district's specialisations nearest to the link's industries: the easiest starting points to fill it."))</p>"
            out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("产业集群", "Cluster"))</th><th>\(w("缺失环节", "Absent link"))</th><th>\(w("最接近的已有能力", "Nearest capabilities"))</th></tr></thead><tbody>"
            for gap in found.gaps {
                let nearest: HTML = gap.nearest.isEmpty
                    ? "<span class=\"muted\">\(gap.industries.isEmpty ? w("全市没有该环节的企业", "no firm of this link in the city") : w("本区没有专业化行业", "no specialisation in the district"))</span>"
                    : gap.nearest.map { c -> HTML in
                        "<span title=\"\(w("邻近度", "proximity")) \(ChineseNumberFormat.decimal(c.proximity, maxFraction: 4))\(w("，区位商 ", "; location quotient "))\(ChineseNumberFormat.decimal(c.rca, maxFraction: 2))\">\(label(c.industry, l))</span>"
                    }.joined(separator: "\(w("；", "; "))")
                out += "<tr><td>\(f.clusterLink(gap.clusterId))</td><td>\(linkName(gap.link.name, l))</td><td>\(nearest)</td></tr>"
            }
            out += "</tbody></table></div>"
        }
        out += "<p class=\"meta\">\(found.specialisation.lqRule(l))</p>"
        return out
    }

    /// An industry by name: Chinese on a Chinese page; its division's English name on an English one, the Chinese
    /// name of a group or class beside it, marked.
    func label(_ index: Int, _ l: Language) -> HTML {
        let code = found.specialisation.table.industries[index]
        guard let entry = IndustryClassification.gbt4754_2017.entry(code) else { return "\(code)" }
        guard l == .en, let english = IndustryDivisionNames.english[String(code.prefix(2))] else { return "\(entry.name)" }
        return entry.level == .division ? "\(english)" : "\(english) (\(HTML.name(entry.name, on: l)))"
    }

    /// A chain link's name; on a Chinese page a Latin abbreviation in it (航空维修（MRO）) marked as English.
    func linkName(_ name: LocalizedText, _ l: Language) -> HTML {
        let text = name.text(l)
        guard l == .zh else { return "\(text)" }
        var out = HTML.empty
        var rest = Substring(text)
        while let match = rest.firstMatch(of: /[A-Za-z][A-Za-z0-9]*/) {
            out += "\(String(rest[..<match.range.lowerBound]))<span lang=\"en\">\(String(match.output))</span>"
            rest = rest[match.range.upperBound...]
        }
        return out + "\(String(rest))"
    }

    /// The choice of level and measure, as links.
    func choices(_ w: Words) -> HTML {
        let path = place.path()
        func link(_ text: String, _ query: String, current: Bool) -> HTML {
            "<a href=\"\(path)\(query.isEmpty ? "" : "?" + query)\"\(current ? " aria-current=\"page\"" : "" as HTML)>\(text)</a>"
        }
        let levels = SpecialisationQuery.levels.map {
            link(w("行业", "Industry ") + IndustryClassification.levelName($0, w.language), query.query(level: $0), current: $0 == query.level)
        }.joined()
        let measures = RegistryMeasure.allCases.map {
            link(w("按", "By ") + Specialisation.measureName($0, w.language), query.query(measure: $0), current: $0 == query.measure)
        }.joined()
        return "<nav class=\"subnav\" aria-label=\"\(w("行业层级", "Industry level"))\">\(levels)</nav>"
            + "<nav class=\"subnav\" aria-label=\"\(w("计量", "Measure"))\">\(measures)</nav>"
    }
}
