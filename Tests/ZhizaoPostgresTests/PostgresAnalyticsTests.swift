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
