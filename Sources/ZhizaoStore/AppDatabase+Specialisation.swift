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
        district: String, level: IndustryClassification.Level, measure: RegistryMeasure, limit: Int, nearest: Int = DistrictOpportunities.defaultNearest
    ) throws -> DistrictOpportunities? {
        let specialisation = try specialisation(regions: .district, level: level, measure: measure)
        guard let region = specialisation.region(district) else { return nil }
        return try opportunities(specialisation, region: region, place: district, limit: limit, nearest: nearest)
    }

    /// The opportunities of `region` (an index into `specialisation`'s table) and, when it stands for `place`, the
    /// gaps of the chains of the clusters inside that place (``DistrictOpportunities/init(_:region:chains:limit:nearest:classification:)``).
    func opportunities(_ specialisation: Specialisation, region: Int, place: String?, limit: Int, nearest: Int) throws
        -> DistrictOpportunities
    {
        let inside = DistrictOpportunities.clusters(inside: place, of: try clusters(), places: PlaceDirectory(places: try places()))
        // The registry's cells are kept (the registry's specialisation was just summed from them): the chains'
        // class counts come from them too.
        let cells = inside.isEmpty ? nil : try registryCells.value(writer, compute: RegistryCells.read)
        let chains = try inside.compactMap { cluster in
            try chainAnalysis(clusterId: cluster.id, placeId: place, templates: .shipped, cells: cells).map { (cluster.id, $0) }
        }
        return DistrictOpportunities(specialisation, region: region, chains: chains, limit: limit, nearest: nearest)
    }
}
