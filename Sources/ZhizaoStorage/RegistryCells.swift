import ZhizaoAnalytics
import ZhizaoCore

/// The registry counted once by district, park and industry code: the finer table each region × industry table is
/// summed from, and the class counts of a chain analysis, which each engine keeps until the next write.
public struct RegistryCells: Sendable {
    /// The firms of one district, park and industry code (any of them may be missing).
    public struct Cell: Sendable {
        public var district: String?
        public var park: String?
        public var industryCode: String?
        public var firms: Int
        /// The revenue of the firms reporting for `RegistryCells.year`.
        public var revenueCNY: Double
        /// The revenue of all its firms, each firm's latest whatever its year: what a chain analysis sums.
        public var revenueAnyYearCNY: Double
        public var employees: Int
    }

    /// One group of the registry's `GROUP BY districtId, parkId, industryCode, revenueYear`: its firms, the sum of
    /// their latest revenue (0 when none reports) and of their employees.
    public struct Group: Sendable {
        public var district: String?, park: String?, industryCode: String?, revenueYear: Int?
        public var firms: Int, revenueCNY: Double, employees: Int

        public init(
            district: String?, park: String?, industryCode: String?, revenueYear: Int?, firms: Int, revenueCNY: Double,
            employees: Int
        ) {
            (self.district, self.park, self.industryCode, self.revenueYear) = (
                district, park, industryCode, revenueYear
            )
            (self.firms, self.revenueCNY, self.employees) = (firms, revenueCNY, employees)
        }
    }

    /// The latest year any firm reports revenue for (nil when none does).
    public private(set) var year: Int?
    public private(set) var cells: [Cell]

    /// The cells of `groups`, which come ordered by district, park and industry code, so that a cell's years are next
    /// to each other: the revenue of the latest year is kept apart, the years are summed.
    public init(groups: [Group]) {
        let year = groups.compactMap(\.revenueYear).max()
        var cells: [Cell] = []
        for group in groups {
            let cell = Cell(
                district: group.district, park: group.park, industryCode: group.industryCode, firms: group.firms,
                revenueCNY: year != nil && group.revenueYear == year ? group.revenueCNY : 0,
                revenueAnyYearCNY: group.revenueCNY, employees: group.employees)
            if let last = cells.last, last.district == cell.district, last.park == cell.park,
                last.industryCode == cell.industryCode
            {
                cells[cells.count - 1].firms += cell.firms
                cells[cells.count - 1].revenueCNY += cell.revenueCNY
                cells[cells.count - 1].revenueAnyYearCNY += cell.revenueAnyYearCNY
                cells[cells.count - 1].employees += cell.employees
            } else {
                cells.append(cell)
            }
        }
        self.year = year
        self.cells = cells
    }

    /// The firms and their revenue (each firm's latest, whatever its year) in each of `classes`, of the firms of
    /// `district` (of every firm when nil): the class counts of a chain analysis, without reading the registry
    /// again. Classes without a firm are left out, as a `GROUP BY` leaves them.
    public func classStats(_ classes: [String], district: String?) -> [String: ClassStats] {
        let wanted = Set(classes)
        var stats: [String: ClassStats] = [:]
        for cell in cells where district == nil || cell.district == district {
            guard let code = cell.industryCode, wanted.contains(code) else { continue }
            stats[code, default: ClassStats()].firms += cell.firms
            stats[code, default: ClassStats()].revenue += cell.revenueAnyYearCNY
        }
        return stats
    }

    /// The table of firms with a region of `regions`' kind and a valid class, grouped by region and by the class's
    /// division, group or class.
    public func counts(regions: RegionKind, level: IndustryClassification.Level, classification: IndustryClassification)
        -> RegionIndustryCounts
    {
        precondition(level != .section, "sections are not a level of the region × industry tables")
        var atLevel: [String: String?] = [:]
        var summed: [String: RegionIndustryCounts.Cell] = [:]
        for cell in cells {
            guard let region = regions == .district ? cell.district : cell.park, let code = cell.industryCode else {
                continue
            }
            if atLevel[code] == nil {
                atLevel[code] =
                    classification.isClass(code) ? classification.lineage(code).first { $0.level == level }?.code : nil
            }
            guard let industry = atLevel[code] ?? nil else { continue }
            let key = region + "\u{1F}" + industry
            var sum = summed[key] ?? .init(region: region, industry: industry, firms: 0, revenueCNY: 0, employees: 0)
            sum.firms += cell.firms
            sum.revenueCNY += cell.revenueCNY
            sum.employees += cell.employees
            summed[key] = sum
        }
        let ordered = summed.values.sorted { ($0.region, $0.industry) < ($1.region, $1.industry) }
        return RegionIndustryCounts(regions: regions, level: level, year: year, cells: ordered)
    }
}
