import ZhizaoAnalytics
import ZhizaoCore

/// A region × industry table of one measure — the registry's, or an imported regional table's — with its complexity
/// measures (location quotients, relatedness, ECI, COI…) and the strong clusters: what the specialisation page, the
/// opportunities and their API and downloads show.
public struct Specialisation: Sendable {
    /// Where the table comes from.
    public enum Origin: Sendable {
        /// The registry's counts, by the measure chosen.
        case registry(RegionIndustryCounts, RegistryMeasure)
        /// A table imported with `zhizao import regional`, one of its years (nil when it has none).
        case regional(RegionalTableInfo, year: Int?)
    }

    public let origin: Origin
    /// The registry's counts; nil for a regional table.
    public var counts: RegionIndustryCounts? {
        if case .registry(let counts, _) = origin { return counts }
        return nil
    }
    /// The registry measure; nil for a regional table.
    public var measure: RegistryMeasure? {
        if case .registry(_, let measure) = origin { return measure }
        return nil
    }
    /// The regional table; nil for the registry.
    public var regional: RegionalTableInfo? {
        if case .regional(let info, _) = origin { return info }
        return nil
    }
    /// The regional table's year; nil for the registry or a table without years.
    public var regionalYear: Int? {
        if case .regional(_, let year) = origin { return year }
        return nil
    }
    /// Regions and industries with a positive total of `measure`, sorted by id and code.
    public let table: RegionIndustryTable
    public let measures: ComplexityMeasures
    /// The strong clusters (U.S. Cluster Mapping's rule over employees and firms), as `region × industries +
    /// industry` indices into `table`; none for a regional table, which has neither.
    public let strong: Set<Int>
    /// Row and column sums of `table`, and its total.
    public let regionTotals: [Double]
    public let industryTotals: [Double]
    public let total: Double

    public init(counts: RegionIndustryCounts, measure: RegistryMeasure) {
        var byRegion: [String: Double] = [:]
        var byIndustry: [String: Double] = [:]
        for cell in counts.cells {
            byRegion[cell.region, default: 0] += cell.value(measure)
            byIndustry[cell.industry, default: 0] += cell.value(measure)
        }
        let regions = byRegion.filter { $0.value > 0 }.keys.sorted()
        let industries = byIndustry.filter { $0.value > 0 }.keys.sorted()
        let regionIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1, $0) })
        let industryIndex = Dictionary(uniqueKeysWithValues: industries.enumerated().map { ($1, $0) })
        /// The dense table of a measure over the regions and industries kept.
        func dense(_ of: RegistryMeasure) -> RegionIndustryTable {
            var values = [Double](repeating: 0, count: regions.count * industries.count)
            for cell in counts.cells {
                guard let r = regionIndex[cell.region], let i = industryIndex[cell.industry] else { continue }
                values[r * industries.count + i] += cell.value(of)
            }
            return RegionIndustryTable(regions: regions, industries: industries, values: values)
        }
        let strong = Set(
            StrongClusters.find(employees: dense(.employees), establishments: dense(.firms)).map {
                $0.region * industries.count + $0.industry
            })
        self.init(origin: .registry(counts, measure), table: dense(measure), strong: strong)
    }

    /// The specialisation of an imported regional table's `year`: its regions and industries in the table's order,
    /// those whose total is zero left out (as py-ecomplexity drops them).
    public init(regional info: RegionalTableInfo, year: Int?, table: RegionIndustryTable) {
        let regions = table.regions.indices.filter { r in table.industries.indices.contains { table[r, $0] > 0 } }
        let industries = table.industries.indices.filter { i in table.regions.indices.contains { table[$0, i] > 0 } }
        let kept = RegionIndustryTable(
            regions: regions.map { table.regions[$0] }, industries: industries.map { table.industries[$0] },
            values: regions.flatMap { r in industries.map { table[r, $0] } })
        self.init(origin: .regional(info, year: year), table: kept, strong: [])
    }

    private init(origin: Origin, table: RegionIndustryTable, strong: Set<Int>) {
        self.origin = origin
        self.table = table
        self.strong = strong
        measures = ComplexityMeasures(table)
        let (regions, industries) = (table.regions, table.industries)
        regionTotals = regions.indices.map { r in industries.indices.reduce(0) { $0 + table[r, $1] } }
        industryTotals = industries.indices.map { i in regions.indices.reduce(0) { $0 + table[$1, i] } }
        total = regionTotals.reduce(0, +)
    }

    public func region(_ id: String) -> Int? { table.regions.firstIndex(of: id) }
    public func industry(_ code: String) -> Int? { table.industries.firstIndex(of: code) }

    /// The location quotient of a region in an industry: its share of the industry over the city's.
    public func lq(_ region: Int, _ industry: Int) -> Double { measures.rca[region * table.industries.count + industry] }
    public func isStrong(_ region: Int, _ industry: Int) -> Bool { strong.contains(region * table.industries.count + industry) }

    /// A region's rank by ECI (1 = most complex) among the regions whose ECI is a number.
    public func eciRank(_ region: Int) -> Int? {
        let eci = measures.eci[region]
        guard !eci.isNaN else { return nil }
        return measures.eci.filter { !$0.isNaN && $0 > eci }.count + 1
    }

    /// A region's rank by COI (1 = most opportunity).
    public func coiRank(_ region: Int) -> Int? {
        let coi = measures.coi[region]
        guard !coi.isNaN else { return nil }
        return measures.coi.filter { !$0.isNaN && $0 > coi }.count + 1
    }
}

/// A district's opportunities: industries it is not yet specialised in, near what it does, and for each gap
/// of its clusters' chains the nearest capabilities it already has.
public struct DistrictOpportunities: Sendable {
    /// A chain link absent in the district, with the industries it stands for at the table's level.
    public struct Gap: Sendable {
        public var clusterId: String
        public var link: ChainTemplates.Node
        /// Indices into the table's industries of the link's classes at the table's level.
        public var industries: [Int]
        public var nearest: [Capability]
    }

    public struct Capability: Sendable {
        public var industry: Int
        public var proximity: Double
        public var rca: Double
    }

    public let specialisation: Specialisation
    public let region: Int
    public let opportunities: [Opportunity]
    public let gaps: [Gap]
    /// The district's specialisations (M = 1), largest LQ first.
    public var specialisedIn: [Int] {
        let s = specialisation
        return s.table.industries.indices.filter { s.measures.mcp[region * s.table.industries.count + $0] == 1 }
            .sorted { s.lq(region, $0) > s.lq(region, $1) }
    }
}

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
