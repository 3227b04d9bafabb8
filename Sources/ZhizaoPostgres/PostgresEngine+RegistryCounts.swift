import PostgresNIO
import ZhizaoCore
import ZhizaoStorage

/// One enterprise by reference, and the registry's counts: in all, by designation and by district.
extension PostgresEngine {
    /// The enterprise with this USCC, else this slug, with its revenue history and designations.
    public func enterprise(ref: String) async throws -> Enterprise? {
        var binds = PostgresBindings()
        binds.append(ref)
        let sql = """
            SELECT \(Self.enterpriseColumns) FROM (SELECT *, 0 AS preference FROM enterprise WHERE uscc = $1
                UNION ALL SELECT *, 1 FROM enterprise WHERE slug = $1) e
            ORDER BY e.preference LIMIT 1
            """
        return try await enterprises(sql, binds).first
    }

    public func enterpriseCount() async throws -> Int {
        try await withConnection { connection in
            try await Self.single(Int.self, try await connection.query("SELECT count(*) FROM enterprise", logger: self.logger))
        }
    }

    public func registryCounts() async throws -> RegistryCounts { try await snapshot { try await self.registryCounts(on: $0) } }

    public func registryByDistrict() async throws -> [String: DistrictRegistry] {
        try await snapshot { try await self.registryByDistrict(on: $0) }
    }

    /// The registry's counts as of the snapshot on `connection`: kept until the next write, since every page's
    /// snapshot reads them and at 10M firms they take seconds.
    func registryCounts(on connection: PostgresConnection) async throws -> RegistryCounts {
        try await kept.registryCounts.value(self, on: connection) { connection in
            let totals = try await connection.query(
                "SELECT count(*), count(*) FILTER (WHERE synthetic) FROM enterprise", logger: self.logger)
            var counts = RegistryCounts(enterprises: 0, synthetic: 0, designations: [:])
            for try await (enterprises, synthetic) in totals.decode((Int, Int).self) {
                counts.enterprises = enterprises
                counts.synthetic = synthetic
            }
            let designated = try await connection.query("SELECT kind, count(*) FROM designation GROUP BY kind", logger: self.logger)
            for try await (kind, count) in designated.decode((String, Int).self) {
                if let kind = DesignationKind(rawValue: kind) { counts.designations[kind] = count }
            }
            return counts
        }
    }

    /// The registry's counts and revenue by district as of the snapshot on `connection`, kept until the next write as
    /// the counts are. A firm holds a kind of designation once (the table's key), so the above-scale firms are the
    /// rows counted.
    func registryByDistrict(on connection: PostgresConnection) async throws -> [String: DistrictRegistry] {
        try await kept.districtRegistry.value(self, on: connection) { connection in
            var result: [String: DistrictRegistry] = [:]
            let rows = try await connection.query(
                """
                SELECT districtId, count(*), coalesce(sum(revenueCNY), 0), count(revenueCNY)
                FROM enterprise WHERE districtId IS NOT NULL GROUP BY districtId
                """, logger: self.logger)
            for try await (districtId, enterprises, revenue, reporting) in rows.decode((String, Int, Double, Int).self) {
                result[districtId] = DistrictRegistry(enterprises: enterprises, revenueCNY: revenue, firmsWithRevenue: reporting)
            }
            let designated = try await connection.query(
                """
                SELECT e.districtId, count(*) FROM designation d JOIN enterprise e ON e.id = d.enterpriseId
                WHERE d.kind = \(DesignationKind.aboveScale.rawValue) AND e.districtId IS NOT NULL GROUP BY e.districtId
                """, logger: self.logger)
            for try await (districtId, aboveScale) in designated.decode((String, Int).self) {
                result[districtId, default: DistrictRegistry()].aboveScale = aboveScale
            }
            return result
        }
    }
}
