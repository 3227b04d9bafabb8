import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The API's shapes for the specialisation table and a district's opportunities (documented in openapi.json).
extension API {
    struct SpecialisationJSON: Encodable {
        /// The registry's choices; absent for a regional table.
        var regionKind: String?
        var level: String?
        var measure: String?
        /// The regional table the values come from; absent for the registry.
        var table: String?
        /// The revenue year of the registry, or the regional table's year.
        var year: Int?
        var threshold: Double
        var regions: [RegionJSON]
        var industries: [IndustryJSON]
        /// The cells with a positive value; the rest are 0 with a location quotient of 0.
        var cells: [CellJSON]
    }

    struct RegionJSON: Encodable {
        var id: String
        var name: Text
        var total: Double
        var diversity: Double
        var eci: Double?
        var coi: Double?
    }

    struct IndustryJSON: Encodable {
        var code: String
        var name: Text
        var total: Double
        var ubiquity: Double
        var pci: Double?
    }

    struct CellJSON: Encodable {
        var region: String
        var industry: String
        var value: Double
        var lq: Double
        var specialised: Bool
        var strong: Bool
    }

    struct OpportunitiesJSON: Encodable {
        var place: String
        /// The registry's choices; absent for a regional table.
        var level: String?
        var measure: String?
        /// The regional table and its year; absent for the registry.
        var table: String?
        var year: Int?
        var eci: Double?
        var coi: Double?
        var eciRank: Int?
        var coiRank: Int?
        var regions: Int
        var summary: Text
        var specialisedIn: [IndustryLQJSON]
        var opportunities: [OpportunityJSON]
        var gaps: [GapJSON]
    }

    struct IndustryLQJSON: Encodable {
        var industry: String
        var lq: Double
    }

    struct OpportunityJSON: Encodable {
        var industry: String
        var name: Text
        var density: Double?
        var cog: Double?
        var pci: Double?
        var lq: Double
        var related: [RelatedJSON]
    }

    struct RelatedJSON: Encodable {
        var industry: String
        var proximity: Double
    }

    struct GapJSON: Encodable {
        var cluster: String
        var link: String
        var name: Text
        var industries: [String]
        var nearest: [CapabilityJSON]
    }

    struct CapabilityJSON: Encodable {
        var industry: String
        var proximity: Double
        var lq: Double
    }

    /// An industry's name in both languages: the classification's Chinese, its division's English.
    static func industryName(_ code: String) -> Text {
        let classification = IndustryClassification.gbt4754_2017
        return Text(LocalizedText(zh: classification.entry(code)?.name ?? code, en: classification.label(code, .en)))
    }

    /// A number, or nil for NaN (JSON has none).
    static func finite(_ value: Double) -> Double? { value.isNaN ? nil : value }

    static func specialisation(_ s: Specialisation, names: (String) -> LocalizedText) -> SpecialisationJSON {
        let m = s.measures
        let n = s.table.industries.count
        var cells: [CellJSON] = []
        for r in s.table.regions.indices {
            for i in s.table.industries.indices where s.table[r, i] > 0 {
                cells.append(CellJSON(
                    region: s.table.regions[r], industry: s.table.industries[i], value: s.table[r, i], lq: s.lq(r, i),
                    specialised: m.mcp[r * n + i] == 1, strong: s.isStrong(r, i)))
            }
        }
        return SpecialisationJSON(
            regionKind: s.counts?.regions.rawValue, level: s.counts?.level.rawValue, measure: s.measure?.rawValue, table: s.regional?.name,
            year: s.counts?.year ?? s.regionalYear,
            threshold: m.threshold,
            regions: s.table.regions.enumerated().map { r, id in
                RegionJSON(id: id, name: Text(names(id)), total: s.regionTotals[r], diversity: m.diversity[r], eci: finite(m.eci[r]), coi: finite(m.coi[r]))
            },
            industries: s.table.industries.enumerated().map { i, code in
                IndustryJSON(code: code, name: industryName(code), total: s.industryTotals[i], ubiquity: m.ubiquity[i], pci: finite(m.pci[i]))
            },
            cells: cells)
    }

    static func opportunities(_ found: DistrictOpportunities, place: OpportunityRegion) -> OpportunitiesJSON {
        let s = found.specialisation
        let r = found.region
        let code = { (i: Int) in s.table.industries[i] }
        return OpportunitiesJSON(
            place: place.id, level: s.counts?.level.rawValue, measure: s.measure?.rawValue, table: s.regional?.name, year: s.regionalYear,
            eci: finite(s.measures.eci[r]),
            coi: finite(s.measures.coi[r]), eciRank: s.eciRank(r), coiRank: s.coiRank(r), regions: s.table.regions.count,
            summary: Text(LocalizedText(
                zh: s.complexitySentence(r, name: place.name.zh, .zh), en: s.complexitySentence(r, name: place.name.text(.en), .en))),
            specialisedIn: found.specialisedIn.map { IndustryLQJSON(industry: code($0), lq: s.lq(r, $0)) },
            opportunities: found.opportunities.map { o in
                OpportunityJSON(
                    industry: code(o.industry), name: industryName(code(o.industry)), density: finite(o.density), cog: finite(o.cog), pci: finite(o.pci),
                    lq: o.rca, related: o.related.map { RelatedJSON(industry: code($0.industry), proximity: $0.proximity) })
            },
            gaps: found.gaps.map { g in
                GapJSON(
                    cluster: g.clusterId, link: g.link.id, name: Text(g.link.name), industries: g.industries.map(code),
                    nearest: g.nearest.map { CapabilityJSON(industry: code($0.industry), proximity: $0.proximity, lq: $0.rca) })
            })
    }
}
