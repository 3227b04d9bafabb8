import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore

extension PostgresEngine {
    /// Stores a dataset's named firms (those without a USCC, known by slug) as the dataset's load does, without
    /// their sources (`sourceId` stays empty, as sources are not stored here yet); firms already stored are kept.
    /// Not audited, as the SQLite engine's dataset load is not, but recorded as a write (the registry changed).
    public func loadNamedEnterprises(_ enterprises: [Enterprise]) async throws {
        try await transaction { connection in
            try await self.recordWrite(connection)
            for firm in enterprises where firm.uscc == nil {
                guard let slug = firm.slug else { continue }
                let latest = firm.latestRevenue
                let history: String? = firm.revenue.isEmpty ? nil : RevenueHistory.encode(firm.revenue)
                let inserted = try await connection.query(
                    """
                    INSERT INTO enterprise (slug, nameZh, nameEn, districtId, parkId, industryCode, founded, employees,
                        revenueCNY, revenueYear, revenueHistory, revenueProjectedCNY, synthetic)
                    VALUES (\(slug), \(firm.name.zh), \(firm.name.en), \(firm.districtId), \(firm.parkId),
                        \(firm.industryCode), \(firm.founded), \(firm.employees), \(latest?.amount), \(latest?.year),
                        \(history),
                        \(CultivationPipeline.projection(firm.revenue)?.projected), \(firm.synthetic))
                    ON CONFLICT (slug) DO NOTHING RETURNING id
                    """, logger: self.logger)
                var ids: [Int64] = []
                for try await id in inserted.decode(Int64.self) { ids.append(id) }
                for enterpriseId in ids {
                    for designation in firm.designations {
                        try await connection.query(
                            """
                            INSERT INTO designation (enterpriseId, kind, year, level)
                            VALUES (\(enterpriseId), \(designation.kind.rawValue), \(designation.year), \(designation.level?.rawValue))
                            """, logger: self.logger)
                    }
                }
            }
        }
    }
}
