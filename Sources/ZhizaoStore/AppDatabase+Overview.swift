import GRDB
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

extension AppDatabase {
    /// The programme's overview computed from the database's records.
    public func overview() throws -> ProgrammeOverview {
        ProgrammeOverview(
            places: try places(), programmes: try programmes(), clusters: try clusters(), metrics: try metrics(),
            observations: try observations(), targets: try targets(), projects: try projects())
    }

    public func registryCounts() throws -> RegistryCounts {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, total(synthetic) AS s FROM enterprise")
            var designations: [DesignationKind: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM designation GROUP BY kind") {
                if let kind = DesignationKind(rawValue: row["kind"]) { designations[kind] = row["n"] }
            }
            return RegistryCounts(
                enterprises: row?["n"] ?? 0, synthetic: Int((row?["s"] as Double?) ?? 0), designations: designations)
        }
    }
}
