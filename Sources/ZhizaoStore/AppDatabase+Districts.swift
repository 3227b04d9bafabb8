import GRDB
import ZhizaoCore
import ZhizaoStorage

extension AppDatabase {
    /// The registry's counts and revenue per district id (districts without firms are absent), read from the
    /// `(districtId, revenueCNY)` index and the designation table.
    public func registryByDistrict() throws -> [String: DistrictRegistry] {
        try read { db in
            var result: [String: DistrictRegistry] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT districtId, count(*) AS n, total(revenueCNY) AS revenue, count(revenueCNY) AS reporting
                    FROM enterprise WHERE districtId IS NOT NULL GROUP BY districtId
                    """)
            for row in rows {
                result[row["districtId"]] = DistrictRegistry(
                    enterprises: row["n"], revenueCNY: row["revenue"], firmsWithRevenue: row["reporting"])
            }
            let designated = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.districtId, count(DISTINCT e.id) AS n FROM designation d JOIN enterprise e ON e.id = d.enterpriseId
                    WHERE d.kind = ? AND e.districtId IS NOT NULL GROUP BY e.districtId
                    """, arguments: [DesignationKind.aboveScale.rawValue])
            for row in designated {
                result[row["districtId"], default: DistrictRegistry()].aboveScale = row["n"]
            }
            return result
        }
    }

    /// Whether the registry holds a firm in district `id` with an industry class: what a district's specialisation
    /// and opportunities need (one lookup in the district index).
    public func hasClassifiedFirms(inDistrict id: String) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM enterprise WHERE districtId = ? AND industryCode IS NOT NULL)", arguments: [id]
            ) ?? false
        }
    }
}
