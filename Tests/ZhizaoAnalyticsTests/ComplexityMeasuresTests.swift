import Testing
@testable import ZhizaoAnalytics

/// The complexity module's pieces on tables small enough to check by hand.
@Suite struct ComplexityMeasuresTests {
    typealias Entry = (region: String, industry: String, value: Double)

    @Test func entriesAreSummedInFirstSeenOrder() {
        // Given long entries with a repeated pair
        let entries: [Entry] = [("花都", "3610", 2), ("番禺", "3610", 1), ("花都", "3670", 4), ("花都", "3610", 3)]
        let table = RegionIndustryTable(entries: entries)
        // Then regions and industries keep first-seen order, absent pairs are 0 and repeats are summed
        #expect(table.regions == ["花都", "番禺"])
        #expect(table.industries == ["3610", "3670"])
        #expect(table[0, 0] == 5 && table[0, 1] == 4 && table[1, 0] == 1 && table[1, 1] == 0)
    }

    @Test func rcaIsTheLocationQuotient() {
        // Given 花都 with 30 of its 40 firms in 3610, against 50 of the city's 100
        let table = RegionIndustryTable(regions: ["花都", "番禺"], industries: ["3610", "3670"], values: [30, 10, 20, 40])
        let measures = ComplexityMeasures(table)
        // Then its RCA (LQ) is (30/40)/(50/100) = 1.5 and M is 1 there, 0 where RCA < 1
        #expect(abs(measures.rca[0] - 1.5) < 1e-15)
        #expect(measures.mcp == [1, 0, 0, 1])
        #expect(measures.diversity == [1, 1] && measures.ubiquity == [1, 1])
    }

    @Test func jacobiFindsEigenpairs() {
        // Given a symmetric tridiagonal matrix
        let diagonal = [2.0, 3, 1, 4], off = [1.0, 0.5, 2]
        let (value, vector) = SecondEigenvector.largestEigenpair(diagonal: diagonal, offDiagonal: off)
        // Then A v = λ v
        for row in 0..<4 {
            var product = diagonal[row] * vector[row]
            if row > 0 { product += off[row - 1] * vector[row - 1] }
            if row < 3 { product += off[row] * vector[row + 1] }
            #expect(abs(product - value * vector[row]) < 1e-12)
        }
        #expect(value > 4)
    }

    /// A table where 花都 and 从化 share capabilities, for the opportunity tests.
    static let sampleEntries: [Entry] = [
        ("花都", "汽车", 50), ("花都", "零部件", 30), ("花都", "电子", 2), ("花都", "纺织", 1),
        ("番禺", "汽车", 20), ("番禺", "零部件", 25), ("番禺", "电子", 30), ("番禺", "纺织", 5),
        ("从化", "汽车", 5), ("从化", "零部件", 2), ("从化", "电子", 40), ("从化", "纺织", 30),
        ("增城", "汽车", 10), ("增城", "零部件", 5), ("增城", "电子", 5), ("增城", "纺织", 40),
    ]
    static let sample = RegionIndustryTable(entries: sampleEntries)

    @Test func opportunitiesAreAbsentIndustriesWithTheirReasons() throws {
        let measures = ComplexityMeasures(Self.sample)
        let width = Self.sample.industries.count
        let region = try #require(Self.sample.regions.firstIndex(of: "花都"))
        // When 花都's opportunities are asked for
        let found = measures.opportunities(region: region, limit: 10)
        // Then they are exactly its industries with M = 0, each with density and COG from the measures
        #expect(Set(found.map(\.industry)) == Set((0..<width).filter { measures.mcp[region * width + $0] == 0 }))
        for opportunity in found {
            #expect(opportunity.density == measures.density[region * width + opportunity.industry])
            #expect(opportunity.cog == measures.cog[region * width + opportunity.industry])
            // and their related industries are 花都's specialisations, nearest first
            for related in opportunity.related { #expect(measures.mcp[region * width + related.industry] == 1) }
            #expect(opportunity.related.map { $0.proximity } == opportunity.related.map { $0.proximity }.sorted(by: >))
        }
        // and the first is not behind any other in both density and COG
        if let first = found.first {
            #expect(!found.dropFirst().contains { $0.density > first.density && $0.cog > first.cog })
        }
    }

    @Test func nearestCapabilitiesRankByProximity() throws {
        let measures = ComplexityMeasures(Self.sample)
        let width = Self.sample.industries.count
        let region = try #require(Self.sample.regions.firstIndex(of: "花都"))
        let gap = try #require(Self.sample.industries.firstIndex(of: "电子"))
        let nearest = measures.nearestCapabilities(region: region, to: [gap], limit: 3)
        #expect(!nearest.isEmpty)
        for capability in nearest {
            #expect(measures.mcp[region * width + capability.industry] == 1)
            #expect(capability.proximity == measures.proximity[capability.industry * width + gap])
        }
        #expect(nearest.map { $0.proximity } == nearest.map { $0.proximity }.sorted(by: >))
    }

    @Test func strongClustersFollowTheClusterMappingRule() {
        // Given employees and establishments of five regions in two industries
        let regions = ["A", "B", "C", "D", "E"], industries = ["汽车", "电子"]
        let employees = RegionIndustryTable(regions: regions, industries: industries, values: [
            900, 100, 400, 600, 100, 900, 50, 50, 300, 700,
        ])
        let establishments = RegionIndustryTable(regions: regions, industries: industries, values: [
            40, 5, 20, 20, 5, 40, 2, 2, 1, 30,
        ])
        // When the rule is applied
        let strong = StrongClusters.find(employees: employees, establishments: establishments)
        // Then A's 汽车 (LQ 2.11) and C's 电子 (LQ 1.57) are strong, and E's 电子, whose LQ 1.22 is the 75th
        // percentile itself; D's 汽车 reaches the LQ line (1.17) but has 50 employees, below the 25th percentile
        // (100); B's 电子 (LQ 1.05) is below the line
        #expect(strong.map { "\(regions[$0.region]) \(industries[$0.industry])" } == ["A 汽车", "C 电子", "E 电子"])
    }

    @Test func percentileInterpolatesLikeNumpy() {
        #expect(StrongClusters.percentile([1, 2, 3, 4], 0.75) == 3.25)
        #expect(StrongClusters.percentile([5], 0.25) == 5)
    }
}
