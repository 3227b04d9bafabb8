import ZhizaoAnalytics
import ZhizaoCore

// How every engine turns a specialisation into a region's opportunities: the clusters whose chains' gaps it lists,
// the gaps' nearest capabilities, and the region a regional table's text names.

extension DistrictOpportunities {
    /// How many nearest specialisations a gap lists when the caller does not say.
    public static let defaultNearest = 3

    /// The clusters inside `place` (none when it is nil): the ones whose chains' gaps, analysed in `place`, the
    /// place's opportunities list.
    public static func clusters(inside place: String?, of clusters: [Cluster], places: PlaceDirectory) -> [Cluster] {
        clusters.filter { cluster in place.map { places.isInside(cluster.placeId, $0) } ?? false }
    }

    /// The opportunities of `region` (an index into `specialisation`'s table), `limit` industries, and for each
    /// absent link of `chains` (the clusters inside the place, each analysed in it) its `nearest` nearest
    /// specialisations. A link's class counts as the finest code of its lineage the table has (its group in a table
    /// of groups).
    public init(
        _ specialisation: Specialisation, region: Int, chains: [(clusterId: String, analysis: ChainAnalysis)],
        limit: Int,
        nearest: Int, classification: IndustryClassification = .gbt4754_2017
    ) {
        var gaps: [Gap] = []
        for (clusterId, analysis) in chains {
            for link in analysis.gaps {
                var industries: [Int] = []
                for code in link.classes {
                    let lineage = classification.lineage(code).reversed().map(\.code)
                    if let index = (lineage.isEmpty ? [code] : lineage).lazy.compactMap(specialisation.industry).first,
                        !industries.contains(index)
                    {
                        industries.append(index)
                    }
                }
                let capabilities =
                    industries.isEmpty
                    ? []
                    : specialisation.measures.nearestCapabilities(
                        region: region, to: industries, limit: nearest
                    ).map { Capability(industry: $0.industry, proximity: $0.proximity, rca: $0.rca) }
                gaps.append(.init(clusterId: clusterId, link: link, industries: industries, nearest: capabilities))
            }
        }
        self.init(
            specialisation: specialisation, region: region,
            opportunities: specialisation.measures.opportunities(region: region, limit: limit), gaps: gaps)
    }
}

extension Specialisation {
    /// The specialisation of the stored regional table `name` in `year` (its latest year when nil), from the stored
    /// `tables` and the table's years (`byYear`, nil when no table has that name). Throws a `StoreError(.notFound)`
    /// naming the stored tables, or the table's years, when either is not there.
    public static func stored(
        regionalTable name: String, year: Int?, tables: [RegionalTableInfo],
        byYear: [(year: Int?, table: RegionIndustryTable)]?
    ) throws -> Specialisation {
        guard let info = tables.first(where: { $0.name == name }), let byYear else {
            throw NamedImportRules.regionalTable.notFound(name, stored: tables.map(\.name))
        }
        let chosen = year.map { wanted in byYear.first { $0.year == wanted } } ?? byYear.last
        guard let chosen else {
            throw StoreError(
                .notFound,
                "the regional table \(name) has no year \(year!); its years are \(info.years.map(String.init).joined(separator: ", "))"
            )
        }
        return Specialisation(regional: info, year: chosen.year, table: chosen.table)
    }

    /// The index of the region of the table that `text` names — written the same, or naming the same place (花都 or
    /// huadu for a table's 花都区) — with the id of the place it names, if any. Throws a `StoreError(.notFound)`
    /// saying which regions the table has when none matches.
    public func region(named text: String, places: PlaceDirectory) throws -> (index: Int, place: String?) {
        let regions = table.regions
        guard let index = Self.region(text, among: regions, places: places) else {
            throw StoreError(
                .notFound,
                "the regional table \(regional?.name ?? "") has no region \(text); its regions are "
                    + regions.prefix(30).joined(separator: ", ") + (regions.count > 30 ? " …" : ""))
        }
        return (index, Self.place(of: regions[index], places: places))
    }

    /// The index of the region of `regions` that `text` names: written the same, or naming the same place.
    public static func region(_ text: String, among regions: [String], places: PlaceDirectory) -> Int? {
        let text = text.trimmingWhitespace()
        if let exact = regions.firstIndex(of: text) { return exact }
        guard let wanted = place(of: text, places: places) else { return nil }
        return regions.firstIndex { place(of: $0, places: places) == wanted }
    }

    /// The id of the one place a region's name names, if any.
    public static func place(of region: String, places: PlaceDirectory) -> String? {
        places.resolve(region).entry?.id
    }
}
