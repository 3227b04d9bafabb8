import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoSheets
import ZhizaoStorage

/// The specialisation table and a district's opportunities as sheets, in the page's language.
extension ListDownloads {
    private func industryName(_ code: String) -> String { IndustryClassification.gbt4754_2017.label(code, language) }

    /// Every region and industry with a value: the value, its location quotient, specialised (M) and strong.
    func specialisation(_ s: Specialisation) -> SheetDownload {
        let measure = s.measure.map { Specialisation.measureName($0, language) } ?? s.regional?.measure ?? w("数值", "value")
        let headings = [
            w("地区代码", "Region id"), w("地区", "Region"), w("行业代码", "Industry code"), w("行业", "Industry"),
            w("\(measure)", "Value (\(measure))"), w("地区合计", "Region total"), w("行业合计", "Industry total"),
            w("区位商", "Location quotient"), w("专业化（区位商≥1）", "Specialised (LQ ≥ 1)"), w("强集群", "Strong cluster"),
        ]
        let n = s.table.industries.count
        var rows: [[Cell]] = []
        for (r, region) in s.table.regions.enumerated() {
            for (i, code) in s.table.industries.enumerated() where s.table[r, i] > 0 {
                let value: Cell = s.measure == .revenue ? .amount(s.table[r, i]) : .number(s.table[r, i])
                rows.append([
                    .text(region), .text(snapshot.placeName(region, language) ?? region), .text(code), .text(industryName(code)), value,
                    .number(s.regionTotals[r]), .number(s.industryTotals[i]), .number(s.lq(r, i)),
                    s.measures.mcp[r * n + i] == 1 ? .text(w("是", "yes")) : .empty, s.isStrong(r, i) ? .text(w("是", "yes")) : .empty,
                ])
            }
        }
        return SheetDownload(
            fileName: w("专业化区位商", "specialisation"), sheetName: w("区位商", "Location quotients"), headings: headings, rows: rows)
    }

    /// A district's opportunities, ranked, with what makes each near.
    func opportunities(_ found: DistrictOpportunities, place: OpportunityRegion) -> SheetDownload {
        let s = found.specialisation
        let headings = [
            w("排名", "Rank"), w("行业代码", "Industry code"), w("行业", "Industry"), w("密度", "Density"), w("机会收益", "Opportunity gain (COG)"),
            w("产品复杂度", "Product complexity (PCI)"), w("当前区位商", "Current location quotient"), w("相近的已有行业", "Near because of"),
        ]
        let rows = found.opportunities.enumerated().map { rank, o -> [Cell] in
            [
                .integer(rank + 1), .text(s.table.industries[o.industry]), .text(industryName(s.table.industries[o.industry])),
                .number(ifAny: o.density.isNaN ? nil : o.density), .number(ifAny: o.cog.isNaN ? nil : o.cog),
                .number(ifAny: o.pci.isNaN ? nil : o.pci), .number(o.rca),
                .text(orEmpty: o.related.map { industryName(s.table.industries[$0.industry]) }.joined(separator: w("；", "; "))),
            ]
        }
        return SheetDownload(
            fileName: w("\(place.name.zh)发展机会", "opportunities of \(place.name.text(.en))"), sheetName: w("发展机会", "Opportunities"),
            headings: headings, rows: rows)
    }
}
