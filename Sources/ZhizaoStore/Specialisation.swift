import ZhizaoAnalytics
import ZhizaoCore

/// The registry's region × industry table of one measure with its complexity measures (location quotients,
/// relatedness, ECI, COI…) and the strong clusters: what the specialisation page, the opportunities and their
/// API and downloads show.
public struct Specialisation: Sendable {
    public let counts: RegionIndustryCounts
    public let measure: RegistryMeasure
    /// Regions and industries with a positive total of `measure`, sorted by id and code.
    public let table: RegionIndustryTable
    public let measures: ComplexityMeasures
    /// The strong clusters (U.S. Cluster Mapping's rule over employees and firms), as `region × industries +
    /// industry` indices into `table`.
    public let strong: Set<Int>
    /// Row and column sums of `table`, and its total.
    public let regionTotals: [Double]
    public let industryTotals: [Double]
    public let total: Double

    public init(counts: RegionIndustryCounts, measure: RegistryMeasure) {
        self.counts = counts
        self.measure = measure
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
        let table = dense(measure)
        self.table = table
        measures = ComplexityMeasures(table)
        strong = Set(
            StrongClusters.find(employees: dense(.employees), establishments: dense(.firms)).map {
                $0.region * industries.count + $0.industry
            })
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
        let places = PlaceDirectory(places: try places())
        let classification = IndustryClassification.gbt4754_2017
        var gaps: [DistrictOpportunities.Gap] = []
        for cluster in try clusters() where places.isInside(cluster.placeId, district) {
            guard let analysis = try chainAnalysis(clusterId: cluster.id, placeId: district) else { continue }
            for link in analysis.gaps {
                var industries: [Int] = []
                for code in link.classes {
                    let atLevel = classification.lineage(code).first { $0.level == level }?.code ?? code
                    if let index = specialisation.industry(atLevel), !industries.contains(index) { industries.append(index) }
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
