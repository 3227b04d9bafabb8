import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

extension AppDatabase {
    /// The registry's region × industry table of `measure` with its complexity measures.
    public func specialisation(regions: RegionKind, level: IndustryClassification.Level, measure: RegistryMeasure) throws
        -> Specialisation
    {
        Specialisation(counts: try regionIndustryCounts(regions: regions, level: level), measure: measure)
    }

    /// A district's opportunities (`limit` industries) and, for each absent link of the chains of the clusters
    /// inside it, its `nearest` nearest specialisations; nil when the registry holds no firm of the district.
    public func opportunities(
        district: String, level: IndustryClassification.Level, measure: RegistryMeasure, limit: Int, nearest: Int = 3
    ) throws -> DistrictOpportunities? {
        let specialisation = try specialisation(regions: .district, level: level, measure: measure)
        guard let region = specialisation.region(district) else { return nil }
        return try opportunities(specialisation, region: region, place: district, limit: limit, nearest: nearest)
    }

    /// The opportunities of `region` (an index into `specialisation`'s table) and, when it stands for `place`, the
    /// gaps of the chains of the clusters inside that place with their `nearest` nearest specialisations. A link's
    /// class counts as the finest code of its lineage the table has (its group in a table of groups).
    func opportunities(_ specialisation: Specialisation, region: Int, place: String?, limit: Int, nearest: Int) throws
        -> DistrictOpportunities
    {
        let places = PlaceDirectory(places: try places())
        let classification = IndustryClassification.gbt4754_2017
        var gaps: [DistrictOpportunities.Gap] = []
        let inside = try clusters().filter { cluster in place.map { places.isInside(cluster.placeId, $0) } ?? false }
        // The registry's cells are kept (the registry's specialisation was just summed from them): the chains'
        // class counts come from them too.
        let cells = inside.isEmpty ? nil : try registryCells.value(writer, compute: RegistryCells.read)
        for cluster in inside {
            guard let analysis = try chainAnalysis(clusterId: cluster.id, placeId: place, templates: .shipped, cells: cells)
            else { continue }
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
                let capabilities = industries.isEmpty ? [] : specialisation.measures.nearestCapabilities(
                    region: region, to: industries, limit: nearest
                ).map { DistrictOpportunities.Capability(industry: $0.industry, proximity: $0.proximity, rca: $0.rca) }
                gaps.append(.init(clusterId: cluster.id, link: link, industries: industries, nearest: capabilities))
            }
        }
        return DistrictOpportunities(
            specialisation: specialisation, region: region,
            opportunities: specialisation.measures.opportunities(region: region, limit: limit), gaps: gaps)
    }
}
