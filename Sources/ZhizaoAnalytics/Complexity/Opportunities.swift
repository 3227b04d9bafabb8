/// An industry a region is not yet specialised in, near its capabilities.
public struct Opportunity: Sendable {
    /// Index into `table.industries`.
    public var industry: Int
    public var density: Double, cog: Double, pci: Double, rca: Double
    /// The region's specialisations that make it near, nearest first (at most `Opportunity.relatedLimit`).
    public var related: [(industry: Int, proximity: Double)]

    /// How many related specialisations an opportunity names.
    public static let relatedLimit = 5
}

extension ComplexityMeasures {
    /// Not-yet-specialised industries (M = 0) ranked by density and COG.
    ///
    /// Ranking rule: every candidate (an industry present in the table with M = 0 and a density that is a
    /// number) gets its rank by density (nearest first) and its rank by COG (largest gain first); candidates
    /// are ordered by the sum of the two ranks — near and valuable weigh the same — then by density, then by
    /// industry order. When COG is NaN (a degenerate table) density alone ranks them.
    public func opportunities(region: Int, limit: Int) -> [Opportunity] {
        let width = table.industries.count
        let candidates = (0..<width).filter { industry in
            mcp[region * width + industry] == 0 && !density[region * width + industry].isNaN
        }
        func rankOf(_ key: (Int) -> Double) -> [Int: Int] {
            let ordered = candidates.sorted { first, second in
                let a = key(first), b = key(second)
                return a.isNaN ? false : b.isNaN ? true : a != b ? a > b : first < second
            }
            return Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        }
        let densityRank = rankOf { density[region * width + $0] }
        let gainRank = rankOf { cog[region * width + $0] }
        let ranked = candidates.sorted { first, second in
            let a = densityRank[first]! + gainRank[first]!, b = densityRank[second]! + gainRank[second]!
            return a != b ? a < b : densityRank[first]! < densityRank[second]!
        }
        return ranked.prefix(max(0, limit)).map { industry in
            Opportunity(
                industry: industry, density: density[region * width + industry], cog: cog[region * width + industry],
                pci: pci[industry], rca: rca[region * width + industry],
                related: nearestCapabilities(region: region, to: [industry], limit: Opportunity.relatedLimit)
                    .map { ($0.industry, $0.proximity) })
        }
    }

    /// The region's specialisations (M = 1) nearest to the given industries (e.g. a chain gap's classes):
    /// each with its largest proximity to any of them, nearest first (ties by RCA, then industry order);
    /// specialisations at proximity 0 are left out.
    public func nearestCapabilities(region: Int, to industries: [Int], limit: Int) -> [(industry: Int, proximity: Double, rca: Double)] {
        let width = table.industries.count
        var found: [(industry: Int, proximity: Double, rca: Double)] = []
        for industry in 0..<width where mcp[region * width + industry] == 1 {
            let nearest = industries.map { proximity[industry * width + $0] }.filter { !$0.isNaN }.max() ?? 0
            if nearest > 0 { found.append((industry, nearest, rca[region * width + industry])) }
        }
        found.sort { first, second in
            first.proximity != second.proximity
                ? first.proximity > second.proximity
                : first.rca != second.rca ? first.rca > second.rca : first.industry < second.industry
        }
        return Array(found.prefix(max(0, limit)))
    }
}
