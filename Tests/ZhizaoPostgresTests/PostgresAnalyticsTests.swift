import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoPostgres

/// The registry's part of `zhizao analyze` on PostgreSQL gives what the SQLite engine gives on the same file.
extension PostgresServerTests {
@Suite struct PostgresAnalyticsTests {
    @Test func chainsAndPipelineCountsEqualSQLitesOnTheSameImport() async throws {
        // Given the same 4,000 generated firms imported into SQLite (built-in dataset) and PostgreSQL (its places
        // and named firms)
        let dataset = try BuiltInDataset.guangzhou2020()
        let file = PostgresImportTests.generated(4_000, seed: 29)
        let sqlite = try AppDatabase.builtIn()
        _ = try sqlite.importEnterprises(csv: file, file: "e.csv", by: PostgresImportTests.actor)
        try await TestPostgres.withEngine { engine in
            try await engine.loadNamedEnterprises(dataset.enterprises)
            _ = try await engine.importEnterprises(csv: file, file: "e.csv", by: PostgresImportTests.actor)
            // When both analyse every cluster's chain (city-wide and in Huadu) and count the pipeline
            var linksCompared = 0
            var designatedFirms = 0
            for cluster in dataset.clusters {
                let expected = try #require(try sqlite.chainAnalysis(clusterId: cluster.id))
                let scope = try #require(
                    try ChainScope(
                        clusterId: cluster.id, placeId: nil, clusters: dataset.clusters, places: dataset.places,
                        projects: dataset.projects, templates: .shipped))
                let actual = try await engine.chainAnalysis(scope)
                // Then each link has the same firms, designated firms, revenue (sums in another order: 1e-9) and
                // strength, and the chain the same completeness, gaps, leaders and gap-filling projects
                #expect(actual.placeId == expected.placeId)
                for (mine, theirs) in zip(actual.nodes, expected.nodes) {
                    #expect(mine.node.id == theirs.node.id)
                    #expect(mine.stats.firms == theirs.stats.firms && mine.stats.designated == theirs.stats.designated)
                    #expect(abs(mine.stats.revenue - theirs.stats.revenue) <= 1e-9 * max(1, theirs.stats.revenue))
                    #expect(mine.tagged.map(\.slug) == theirs.tagged.map(\.slug))
                    #expect(mine.strength == theirs.strength, "\(cluster.id) \(mine.node.id)")
                    linksCompared += 1
                    designatedFirms += mine.stats.designated
                }
                #expect(actual.nodes.count == expected.nodes.count)
                #expect(actual.completeness == expected.completeness)
                #expect(actual.gaps.map(\.id) == expected.gaps.map(\.id))
                #expect(actual.leaders.map(\.uscc) == expected.leaders.map(\.uscc))
                #expect(actual.leaders.map(\.designations) == expected.leaders.map(\.designations))
                #expect(actual.projects.map(\.project.id) == expected.projects.map(\.project.id))
            }
            let aboveScale = try await engine.aboveScaleCount()
            let candidates = try await engine.upgradeCandidateCount()
            #expect(aboveScale == (try sqlite.aboveScaleCount()))
            #expect(candidates == (try sqlite.upgradeCandidateCount()))
            // (and the comparison covered real figures, not empty chains)
            #expect(linksCompared > 50 && designatedFirms > 0 && aboveScale > 0 && candidates > 0)
        }
    }

    @Test func tablesOpportunitiesTargetsAndTheFoldEqualSQLitesOnTheSameImport() async throws {
        // Given the built-in dataset and the same 4,000 generated firms on both engines, without their business scope
        // (the last column), which PostgreSQL's enterprise import does not store yet
        let generated = String(decoding: PostgresImportTests.generated(4_000, seed: 31), as: UTF8.self)
        #expect(!generated.contains("\""))
        let file = Array(
            generated.split(separator: "\n").map { $0[..<$0.lastIndex(of: ",")!] }.joined(separator: "\n").utf8) + [UInt8(ascii: "\n")]
        let sqlite = SQLiteStorage(try AppDatabase.builtIn())
        _ = try await sqlite.importEnterprises(csv: file, file: "e.csv", sheet: nil, by: PostgresImportTests.actor, progress: nil)
        let engine = PostgresEngine(settings: try TestPostgres.settings(database: try await StorageEngine.copyOfBuiltIn()))
        do {
            _ = try await engine.importEnterprises(csv: file, file: "e.csv", by: PostgresImportTests.actor)
            try await Self.expectTheSameAnalyses(sqlite, engine)
            await engine.shutdown()
        } catch {
            await engine.shutdown()
            throw error
        }
    }

    /// What `expected` (SQLite) and `actual` (PostgreSQL) analyse of the same registry, compared.
    static func expectTheSameAnalyses(_ expected: some AnalysisStore, _ actual: some AnalysisStore) async throws {
        // The region × industry tables: the same cells in the same order (revenue summed in another order: 1e-9)
        for regions in RegionKind.allCases {
            for level in [IndustryClassification.Level.class, .group, .division] {
                let mine = try await actual.regionIndustryCounts(regions: regions, level: level, classification: .gbt4754_2017)
                let theirs = try await expected.regionIndustryCounts(regions: regions, level: level, classification: .gbt4754_2017)
                #expect(mine.year == theirs.year)
                #expect(mine.cells.map { "\($0.region) \($0.industry) \($0.firms) \($0.employees)" }
                    == theirs.cells.map { "\($0.region) \($0.industry) \($0.firms) \($0.employees)" })
                #expect(zip(mine.cells, theirs.cells).allSatisfy { abs($0.revenueCNY - $1.revenueCNY) <= 1e-9 * max(1, $1.revenueCNY) })
            }
        }
        // A district's opportunities and its chains' gaps with their nearest capabilities
        var gaps = 0
        for district in ["huadu", "panyu", "huangpu"] {
            let mine = try #require(
                try await actual.opportunities(district: district, level: .division, measure: .firms, limit: 10, nearest: 3))
            let theirs = try #require(
                try await expected.opportunities(district: district, level: .division, measure: .firms, limit: 10, nearest: 3))
            #expect(mine.specialisation.table == theirs.specialisation.table)
            #expect(mine.opportunities.map(\.industry) == theirs.opportunities.map(\.industry))
            let describe = { (gap: DistrictOpportunities.Gap) in
                "\(gap.clusterId) \(gap.link.id) \(gap.industries) \(gap.nearest.map(\.industry))"
            }
            #expect(mine.gaps.map(describe) == theirs.gaps.map(describe))
            gaps += theirs.gaps.count
        }
        // The targets of chains in a district and city-wide: the same firms with the same scores, and the same suppliers
        var targets = 0
        for (cluster, place) in [("huadu-auto", "huadu"), ("auto", "panyu"), ("next-gen-it", nil), ("high-end-equipment", "huangpu")] {
            let mine = try #require(try await actual.chainTargets(clusterId: cluster, placeId: place, gap: nil, limit: 10, list: nil))
            let theirs = try #require(try await expected.chainTargets(clusterId: cluster, placeId: place, gap: nil, limit: 10, list: nil))
            let describe = { (gap: ChainTargets.Gap) in
                "\(gap.link.nodeId) \(gap.candidates) \(gap.targets.map { "\($0.enterprise.uscc ?? "") \($0.score)" })"
            }
            #expect(mine.gaps.map(describe) == theirs.gaps.map(describe), "\(cluster)")
            let suppliers = { (leader: ChainTargets.LeaderSuppliers) in
                "\(leader.leader.uscc ?? "") \(leader.link.nodeId) \(leader.suppliers.map { $0.enterprise.uscc ?? "" })"
            }
            #expect(mine.leaders.map(suppliers) == theirs.leaders.map(suppliers), "\(cluster)")
            targets += theirs.gaps.map(\.targets.count).reduce(0, +)
        }
        // The 小升规 candidates, and the registry folded in parts
        #expect(try await actual.upgradeCandidates(limit: 50).map(\.ref) == (try await expected.upgradeCandidates(limit: 50).map(\.ref)))
        let names: @Sendable (inout [String], UnsafeBufferPointer<UInt8>, String?, UnsafeBufferPointer<UInt8>?) -> Void = {
            tally, name, code, _ in tally.append(String(decoding: name, as: UTF8.self) + "|" + (code ?? "-"))
        }
        let mine = try await actual.foldFirmsToClassify(parts: 3, into: [String](), names).flatMap { $0 }
        #expect(mine == (try await expected.foldFirmsToClassify(parts: 3, into: [String](), names).flatMap { $0 }))
        // (and the comparison covered real figures)
        #expect(gaps > 0 && targets > 20 && mine.count > 4_000)
    }

    @Test func namedFirmsAreLoadedOnceWithTheirNames() async throws {
        try await TestPostgres.withEngine { engine in
            // Given the dataset's named firms loaded twice
            let named = try BuiltInDataset.guangzhou2020().enterprises.filter { $0.uscc == nil }
            try await engine.loadNamedEnterprises(named)
            try await engine.loadNamedEnterprises(named)
            // Then each is stored once, by slug, with its names
            let stored = try await engine.namedEnterprises()
            #expect(stored.map(\.slug) == named.map(\.slug))
            #expect(stored.map(\.name) == named.map(\.name))
        }
    }
}
}
