import GRDB
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
}

extension AppDatabase {
    /// The registry's region × industry table: firms with a region of `regions`' kind and a valid GB/T 4754-2017
    /// class, grouped by region and by the class's division, group or class (derived from the class with the
    /// classification, so a code that is not a class is left out). One grouped query over the registry, reading the
    /// table in order rather than through the district index: every row is needed, and a scan is 2.7× faster than
    /// a million index lookups (1.47 s against 3.96 s at 1M firms, sqlite3 shell).
    public func regionIndustryCounts(
        regions: RegionKind, level: IndustryClassification.Level,
        classification: IndustryClassification = .gbt4754_2017
    ) throws -> RegionIndustryCounts {
        precondition(level != .section, "sections are not a level of the region × industry tables")
        let column = regions == .district ? "districtId" : "parkId"
        return try writer.read { db in
            let year = try Int.fetchOne(db, sql: "SELECT max(revenueYear) FROM enterprise")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(column) AS region, industryCode AS code, count(*) AS firms,
                        total(CASE WHEN revenueYear = ? THEN revenueCNY END) AS revenue, total(employees) AS employees
                    FROM enterprise NOT INDEXED WHERE \(column) IS NOT NULL AND industryCode IS NOT NULL
                    GROUP BY \(column), industryCode
                    """, arguments: [year])
            var cells: [String: RegionIndustryCounts.Cell] = [:]
            for row in rows {
                let code: String = row["code"]
                guard classification.isClass(code),
                    let industry = classification.lineage(code).first(where: { $0.level == level })?.code
                else { continue }
                let region: String = row["region"]
                let key = region + "\u{1F}" + industry
                var cell = cells[key] ?? .init(region: region, industry: industry, firms: 0, revenueCNY: 0, employees: 0)
                cell.firms += row["firms"] as Int
                cell.revenueCNY += row["revenue"] as Double
                cell.employees += Int(row["employees"] as Double)
                cells[key] = cell
            }
            let ordered = cells.values.sorted { ($0.region, $0.industry) < ($1.region, $1.industry) }
            return RegionIndustryCounts(regions: regions, level: level, year: year, cells: ordered)
        }
    }
}
