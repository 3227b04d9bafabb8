/// U.S. Cluster Mapping's strong-cluster rule (criteria.md), over a table of employees with establishments
/// beside it.
///
/// A region's cluster (industry) is strong when, among the regions with employees in that industry:
/// its location quotient (RCA of the employees table) is at or above the 75th percentile and at least 1, and
/// both its employees and its establishments are above the 25th percentile. Percentiles are numpy's default
/// (linear interpolation between order statistics). The establishments table is matched to the employees
/// table by region and industry name; a pair it lacks counts as 0 establishments.
public enum StrongClusters {
    /// The strong (region, industry) pairs, indices into `employees`' regions and industries, by region then
    /// industry.
    public static func find(employees: RegionIndustryTable, establishments: RegionIndustryTable) -> [(region: Int, industry: Int)] {
        let rca = RevealedAdvantage.rca(values: employees.values, rows: employees.regions.count, columns: employees.industries.count)
        let regionIndex = Dictionary(establishments.regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let industryIndex = Dictionary(establishments.industries.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func establishmentCount(_ region: Int, _ industry: Int) -> Double {
            guard let row = regionIndex[employees.regions[region]], let column = industryIndex[employees.industries[industry]] else {
                return 0
            }
            return establishments[row, column]
        }
        let width = employees.industries.count
        var strong: [(region: Int, industry: Int)] = []
        for industry in 0..<width {
            let regions = employees.regions.indices.filter { employees[$0, industry] > 0 }
            guard !regions.isEmpty else { continue }
            let quotientLine = percentile(regions.map { rca[$0 * width + industry] }, 0.75)
            let employeeLine = percentile(regions.map { employees[$0, industry] }, 0.25)
            let establishmentLine = percentile(regions.map { establishmentCount($0, industry) }, 0.25)
            for region in regions {
                let quotient = rca[region * width + industry]
                if quotient >= quotientLine && quotient >= 1 && employees[region, industry] > employeeLine
                    && establishmentCount(region, industry) > establishmentLine
                {
                    strong.append((region, industry))
                }
            }
        }
        return strong.sorted { $0.region != $1.region ? $0.region < $1.region : $0.industry < $1.industry }
    }

    /// The `fraction` percentile of `values` by linear interpolation (numpy's default method).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
