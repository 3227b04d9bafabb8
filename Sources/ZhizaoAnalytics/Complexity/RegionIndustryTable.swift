/// A region × industry table of non-negative values (firms, revenue, employees, exports …), dense, row-major.
///
/// The input of every complexity measure (see `ComplexityMeasures`). Regions and industries keep the order
/// they were first seen in; an absent pair is 0.
public struct RegionIndustryTable: Sendable, Equatable {
    /// Region ids or names, in first-seen order.
    public var regions: [String]
    /// Industry codes or names, in first-seen order.
    public var industries: [String]
    /// `regions.count × industries.count` values, row-major (one row per region); 0 where absent.
    public var values: [Double]

    public init(regions: [String], industries: [String], values: [Double]) {
        precondition(values.count == regions.count * industries.count, "values must be regions × industries")
        self.regions = regions
        self.industries = industries
        self.values = values
    }

    /// A table from long-format entries; repeated (region, industry) pairs are summed.
    public init<S: Sequence>(entries: S) where S.Element == (region: String, industry: String, value: Double) {
        var regionIndex: [String: Int] = [:]
        var industryIndex: [String: Int] = [:]
        var regions: [String] = []
        var industries: [String] = []
        var cells: [(region: Int, industry: Int, value: Double)] = []
        for entry in entries {
            let region = regionIndex[entry.region] ?? {
                regions.append(entry.region)
                regionIndex[entry.region] = regions.count - 1
                return regions.count - 1
            }()
            let industry = industryIndex[entry.industry] ?? {
                industries.append(entry.industry)
                industryIndex[entry.industry] = industries.count - 1
                return industries.count - 1
            }()
            cells.append((region, industry, entry.value))
        }
        var values = [Double](repeating: 0, count: regions.count * industries.count)
        for cell in cells { values[cell.region * industries.count + cell.industry] += cell.value }
        self.init(regions: regions, industries: industries, values: values)
    }

    public subscript(region: Int, industry: Int) -> Double { values[region * industries.count + industry] }

    /// The sum of each region's row.
    public var regionTotals: [Double] {
        let width = industries.count
        return (0..<regions.count).map { region in
            var sum = 0.0
            for industry in 0..<width { sum += values[region * width + industry] }
            return sum
        }
    }

    /// The sum of each industry's column.
    public var industryTotals: [Double] {
        let width = industries.count
        var totals = [Double](repeating: 0, count: width)
        for region in 0..<regions.count {
            for industry in 0..<width { totals[industry] += values[region * width + industry] }
        }
        return totals
    }
}
