import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoRegistryTesting
import ZhizaoStorage

extension StorageContract {
    /// Chains, the cultivation pipeline, investment targets and the registry's classification scan (``AnalysisStore``),
    /// the same on every engine.
    struct ChainContractTests {
        @Test(arguments: StorageEngine.available)
        func aChainIsAnalysedInItsPlaceAndAnUnknownPlaceIsRefused(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the built-in dataset: Huadu's auto cluster is analysed in Huadu, a city cluster city-wide
                let huadu = try #require(try await store.chainAnalysis(clusterId: "huadu-auto", placeId: nil))
                #expect(huadu.placeId == "huadu" && !huadu.nodes.isEmpty)
                let city = try #require(try await store.chainAnalysis(clusterId: "auto", placeId: nil))
                #expect(city.placeId == nil && city.nodes.map(\.node.id) == huadu.nodes.map(\.node.id))
                #expect(try await store.chainAnalysis(clusterId: "no-such-cluster", placeId: nil) == nil)
                let error = try await #require(throws: StoreError.self) {
                    try await store.chainAnalysis(clusterId: "huadu-auto", placeId: "atlantis")
                }
                #expect(error.code == .notFound && error.message.contains("districts are") && error.message.contains("huadu"))
            }
        }

        @Test(arguments: StorageEngine.available)
        func aChainsClassCountsAreTheRegionIndustryCells(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given a seeded synthetic registry of 3,000 firms beside the built-in dataset
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.synthetic(3_000))
                let cells = try await store.regionIndustryCounts(regions: .district, level: .class, classification: .gbt4754_2017)
                var compared = 0
                for cluster in ["auto", "huadu-auto", "next-gen-it", "high-end-equipment"] {
                    for place in ["huadu", "panyu", "huangpu"] {
                        // When a chain is analysed in a district
                        guard let analysis = try await store.chainAnalysis(clusterId: cluster, placeId: place) else { continue }
                        // Then each link's firms are the district's cells of its classes
                        for presence in analysis.nodes {
                            let expected = cells.cells.filter { $0.region == place && presence.node.classes.contains($0.industry) }
                                .map(\.firms).reduce(0, +)
                            #expect(presence.stats.firms == expected, "\(cluster) \(presence.node.id) in \(place)")
                            compared += expected
                        }
                    }
                }
                // (and the comparison is of firms, not of empty chains)
                #expect(compared > 50)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aChainsDesignatedFirmsAndLeadersFollowAnImport(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given Panyu's auto chain analysed once (an engine may keep its counts until the next write)
                func parts(_ analysis: ChainAnalysis) throws -> ClassStats {
                    try #require(analysis.nodes.first { $0.node.classes.contains("3670") }).stats
                }
                let before = try parts(try #require(try await store.chainAnalysis(clusterId: "auto", placeId: "panyu")))
                // When the auto firms are imported: two parts makers in Panyu, one a little giant
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                // Then Panyu's parts link counts both, and the little giant as designated
                let after = try parts(try #require(try await store.chainAnalysis(clusterId: "auto", placeId: "panyu")))
                #expect(after.firms == before.firms + 2 && after.designated == before.designated + 1)
                // and Huadu's chain names its designated chain leader, then its largest firm (the chain leader again,
                // counted once, and the parts maker: its only firms with an industry class)
                let huadu = try #require(try await store.chainAnalysis(clusterId: "huadu-auto", placeId: nil))
                #expect(huadu.leaders.map(\.name.zh) == ["广州戊汽车制造有限公司", "广州丁汽车零部件有限公司"])
            }
        }

        @Test(arguments: StorageEngine.available)
        func theUpgradeCandidatesAreTheFirmsProjectedOverTheLine(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the built-in dataset, whose firms report no revenue: no candidate, none above the line
                #expect(try await store.upgradeCandidates(limit: 10).isEmpty)
                #expect(try await store.upgradeCandidateCount() == 0)
                #expect(try await store.aboveScaleCount() == 0)
                // When a synthetic registry is imported
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.synthetic(3_000))
                // Then the candidates are all counted, furthest over the line first, each below it and projected over it
                let count = try await store.upgradeCandidateCount()
                let all = try await store.upgradeCandidates(limit: 100_000)
                #expect(count > 0 && all.count == count)
                #expect(all.allSatisfy { $0.revenue < CultivationPipeline.aboveScaleLine && $0.projected >= CultivationPipeline.aboveScaleLine })
                #expect(all.map(\.projected) == all.map(\.projected).sorted(by: >))
                #expect(try await store.upgradeCandidates(limit: 3).map(\.ref) == all.prefix(3).map(\.ref))
                #expect(try await store.aboveScaleCount() > 0)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aGapsTargetsAreFirmsElsewhereOnTheLinkRankedAndExplained(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                // When the parts link of Huadu's auto chain is asked for
                let targets = try #require(
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "parts", limit: 5, list: nil))
                let gap = try #require(targets.gaps.first)
                // Then the parts makers of other districts are listed, the larger little giant first; not Huadu's own, not the shop
                #expect(targets.gaps.count == 1)
                #expect(gap.targets.map(\.enterprise.name.zh) == ["广州甲汽车零部件有限公司", "广州乙汽车零部件有限公司"])
                #expect(gap.candidates == 2)
                let first = gap.targets[0]
                #expect(first.parts.map(\.kind) == [.size, .growth, .designation, .fit])
                #expect(first.parts.first { $0.kind == .designation }?.points == 20)
                #expect(first.origin == nil)
                // and no cluster without a chain template has targets
                #expect(try await store.chainTargets(clusterId: "no-such-cluster", placeId: nil, gap: nil, limit: 5, list: nil) == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aChainLeaderGetsItsUpstreamSuppliersTheDistrictsFirst(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                let targets = try #require(
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: "vehicles", limit: 3, list: nil))
                let leader = try #require(targets.leaders.first)
                #expect(targets.leaders.count == 1)
                #expect(leader.leader.name.zh == "广州戊汽车制造有限公司")
                #expect(leader.link.code == "auto/vehicles")
                // Huadu's parts maker first although the Panyu little giant scores higher
                #expect(leader.suppliers.map(\.enterprise.name.zh).prefix(2) == ["广州丁汽车零部件有限公司", "广州甲汽车零部件有限公司"])
                #expect(leader.suppliers.count <= 3)
            }
        }

        @Test(arguments: StorageEngine.available)
        func everyGapIsListedWhenNoneIsNamed(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                let targets = try #require(
                    try await store.chainTargets(clusterId: "huadu-auto", placeId: "huadu", gap: nil, limit: 10, list: nil))
                #expect(targets.gaps.map(\.link.nodeId) == InvestmentTargets.gaps(of: targets.analysis).map(\.node.id))
                #expect(!targets.gaps.isEmpty && targets.gaps.allSatisfy { $0.presence.strength != .strong })
            }
        }

        @Test(arguments: StorageEngine.available)
        func theRegistryFoldedInPartsReadsEachFirmOnceInIdOrder(_ engine: StorageEngine) async throws {
            try await engine.with((any AnalysisStore).self) { store in
                // Given the five auto firms beside the built-in dataset's
                try await ContractRegistry.importEnterprises(store, csv: RegistryFixtures.autoFirms)
                let line: @Sendable (UnsafeBufferPointer<UInt8>, String?, UnsafeBufferPointer<UInt8>?) -> String = { name, code, scope in
                    String(decoding: name, as: UTF8.self) + "|" + (code ?? "-") + "|" + (scope.map { String(decoding: $0, as: UTF8.self) } ?? "-")
                }
                // When the registry is folded in one part
                let whole = try await store.foldFirmsToClassify(parts: 1, into: [String]()) { $0.append(line($1, $2, $3)) }
                // Then every firm comes once, with its class
                let records = try #require(store as? any RecordStore)
                let firms = try await records.enterpriseCount()
                #expect(whole.count == 1 && whole[0].count == firms)
                #expect(whole[0].contains { $0.hasPrefix("广州甲汽车零部件有限公司|3670|") })
                #expect(whole[0].contains { $0 == "广州乙汽车零部件有限公司|3670|-" || $0 == "广州乙汽车零部件有限公司|3670|" })
                for parts in [2, 3, 7] {
                    // and in that many parts there is a tally a part, none empty, together every firm once in id order
                    let tallies = try await store.foldFirmsToClassify(parts: parts, into: [String]()) { $0.append(line($1, $2, $3)) }
                    #expect(tallies.count == parts)
                    #expect(tallies.allSatisfy { !$0.isEmpty })
                    #expect(tallies.flatMap { $0 } == whole[0])
                }
            }
        }
    }
}
