import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

extension RegistryCells {
    /// One pass over the registry, reading the table in order rather than through the district index: every row is
    /// needed, and a scan is 2.7× faster than a million index lookups (1.47 s against 3.96 s at 1M firms, sqlite3
    /// shell). Grouping by revenue year too gives the latest year and its revenue in the same pass.
    static func read(_ db: Database) throws -> RegistryCells {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT districtId, parkId, industryCode, revenueYear, count(*), total(revenueCNY), total(employees)
                FROM enterprise NOT INDEXED GROUP BY districtId, parkId, industryCode, revenueYear
                ORDER BY districtId, parkId, industryCode
                """)
        return RegistryCells(
            groups: rows.map { row in
                Group(
                    district: row[0], park: row[1], industryCode: row[2], revenueYear: row[3], firms: row[4], revenueCNY: row[5],
                    employees: Int(row[6] as Double))
            })
    }
}

extension AppDatabase {
    /// The registry's region × industry table: firms with a region of `regions`' kind and a valid GB/T 4754-2017
    /// class, grouped by region and by the class's division, group or class (derived from the class with the
    /// classification, so a code that is not a class is left out). Summed from ``RegistryCells``, which one pass over
    /// the registry counts once until the next write.
    public func regionIndustryCounts(
        regions: RegionKind, level: IndustryClassification.Level,
        classification: IndustryClassification = .gbt4754_2017
    ) throws -> RegionIndustryCounts {
        try registryCells.value(writer, compute: RegistryCells.read)
            .counts(regions: regions, level: level, classification: classification)
    }
}
