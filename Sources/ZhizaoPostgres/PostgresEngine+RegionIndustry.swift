import PostgresNIO
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStorage

/// The registry's region × industry tables, specialisation and opportunities on PostgreSQL, with the SQLite engine's
/// results (AppDatabase+RegionIndustry, +Specialisation): the tables are summed from ``RegistryCells``, one grouped
/// pass over the registry kept until the next write (``KeptUntilNextWrite``).
extension PostgresEngine {
    /// The registry's cells as of now: the kept ones, or one `GROUP BY` over the registry after a write.
    func registryCells() async throws -> RegistryCells {
        try await kept.registryCells.value(self) { connection in
            let rows = try await connection.query(
                """
                SELECT districtId, parkId, industryCode, revenueYear, count(*), coalesce(sum(revenueCNY), 0),
                    coalesce(sum(employees), 0)::bigint
                FROM enterprise GROUP BY districtId, parkId, industryCode, revenueYear
                ORDER BY districtId, parkId, industryCode
                """, logger: self.logger)
            var groups: [RegistryCells.Group] = []
            for try await (district, park, code, year, firms, revenue, employees) in rows.decode(
                (String?, String?, String?, Int?, Int, Double, Int).self)
            {
                groups.append(
                    .init(
                        district: district, park: park, industryCode: code, revenueYear: year, firms: firms,
                        revenueCNY: revenue,
                        employees: employees))
            }
            return RegistryCells(groups: groups)
        }
    }

    public func regionIndustryCounts(
        regions: RegionKind, level: IndustryClassification.Level, classification: IndustryClassification
    ) async throws -> RegionIndustryCounts {
        try await registryCells().counts(regions: regions, level: level, classification: classification)
    }

    public func specialisation(regions: RegionKind, level: IndustryClassification.Level, measure: RegistryMeasure)
        async throws
        -> Specialisation
    {
        Specialisation(
            counts: try await regionIndustryCounts(regions: regions, level: level, classification: .gbt4754_2017),
            measure: measure)
    }

    public func opportunities(
        district: String, level: IndustryClassification.Level, measure: RegistryMeasure, limit: Int, nearest: Int
    ) async throws -> DistrictOpportunities? {
        let specialisation = try await specialisation(regions: .district, level: level, measure: measure)
        guard let region = specialisation.region(district) else { return nil }
        return try await opportunities(specialisation, region: region, place: district, limit: limit, nearest: nearest)
    }

    /// The opportunities of `region` and, when it stands for `place`, the gaps of the chains of the clusters inside
    /// that place, their class counts from the kept cells.
    func opportunities(_ specialisation: Specialisation, region: Int, place: String?, limit: Int, nearest: Int)
        async throws
        -> DistrictOpportunities
    {
        let inside = DistrictOpportunities.clusters(
            inside: place, of: try await clusters(), places: PlaceDirectory(places: try await places()))
        let cells = inside.isEmpty ? nil : try await registryCells()
        var chains: [(clusterId: String, analysis: ChainAnalysis)] = []
        for cluster in inside {
            if let analysis = try await chainAnalysis(
                clusterId: cluster.id, placeId: place, templates: .shipped, cells: cells)
            {
                chains.append((cluster.id, analysis))
            }
        }
        return DistrictOpportunities(specialisation, region: region, chains: chains, limit: limit, nearest: nearest)
    }

    public func hasClassifiedFirms(inDistrict id: String) async throws -> Bool {
        try await withConnection { connection in
            try await Self.single(
                Bool.self,
                try await connection.query(
                    "SELECT EXISTS (SELECT 1 FROM enterprise WHERE districtId = \(id) AND industryCode IS NOT NULL)",
                    logger: self.logger))
        }
    }
}
