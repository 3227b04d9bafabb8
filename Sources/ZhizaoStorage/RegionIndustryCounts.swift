import ZhizaoCore

/// The places a region × industry table has as rows.
public enum RegionKind: String, Sendable, CaseIterable, Codable {
    /// A firm's district (区).
    case district
    /// A firm's park (园区), for the firms registered in one.
    case park
}

/// What a region × industry table counts.
public enum RegistryMeasure: String, Sendable, CaseIterable, Codable {
    /// Firms (establishments).
    case firms
    /// Main-business revenue in CNY of the registry's latest revenue year.
    case revenue
    /// Employees.
    case employees
}

/// The registry's firms, revenue and employees by region and industry: the raw material of location quotients,
/// relatedness and the strong-cluster rule.
public struct RegionIndustryCounts: Sendable, Equatable {
    /// One region's figures in one industry.
    public struct Cell: Sendable, Equatable {
        public var region: String
        /// A GB/T 4754-2017 code at the table's level.
        public var industry: String
        public var firms: Int
        /// The sum of the revenue of the firms reporting for `RegionIndustryCounts.year`.
        public var revenueCNY: Double
        public var employees: Int

        public init(region: String, industry: String, firms: Int, revenueCNY: Double, employees: Int) {
            self.region = region
            self.industry = industry
            self.firms = firms
            self.revenueCNY = revenueCNY
            self.employees = employees
        }

        public func value(_ measure: RegistryMeasure) -> Double {
            switch measure {
            case .firms: Double(firms)
            case .revenue: revenueCNY
            case .employees: Double(employees)
            }
        }
    }

    public var regions: RegionKind
    public var level: IndustryClassification.Level
    /// The revenue year: the latest year any firm reports revenue for (nil when none does).
    public var year: Int?
    /// Cells with at least one firm, ordered by region and industry.
    public var cells: [Cell]

    /// The long table of one measure, `(region, industry, value)`, in the order `RegionIndustryTable(entries:)`
    /// takes; cells whose value is zero are left out (a dense table fills them with 0 anyway).
    public func entries(_ measure: RegistryMeasure) -> [(region: String, industry: String, value: Double)] {
        cells.compactMap { cell in
            let value = cell.value(measure)
            return value > 0 ? (cell.region, cell.industry, value) : nil
        }
    }

    public init(regions: RegionKind, level: IndustryClassification.Level, year: Int? = nil, cells: [Cell]) {
        self.regions = regions
        self.level = level
        self.year = year
        self.cells = cells
    }
}
