import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset

@Suite struct ProgrammeOverviewTests {
    let overview: ProgrammeOverview

    init() throws {
        let d = try BuiltInDataset.guangzhou2020()
        overview = ProgrammeOverview(
            places: d.places, programmes: d.programmes, clusters: d.clusters, metrics: d.metrics,
            observations: d.observations, targets: d.targets, projects: d.projects)
    }

    @Test func assessesTiersAndTargetProgress() throws {
        let auto = try #require(overview.clusters.first { $0.cluster.id == "auto" })
        #expect(auto.tier?.tier == .hundredBillion && auto.tier?.isCertain == false)
        #expect(auto.progress == 0.5)  // ≈500 bn of the 1 tn goal
        #expect(auto.progressIsApproximate)
        let huaduAuto = try #require(overview.clusters.first { $0.cluster.id == "huadu-auto" })
        #expect(huaduAuto.target?.goal == 2e11)
        #expect(huaduAuto.progress == nil)  // Huadu's auto output is not given
        #expect(huaduAuto.headline?.metricId == "share-of-city-output")  // ≥ 33 % of the city's
        let software = try #require(overview.clusters.first { $0.cluster.id == "software" })
        #expect(software.headline?.period == .year(2020))  // the latest of 2000, 2019 and 2020
    }

    @Test func countsClustersTowardsTheProgrammeTiers() throws {
        let hundredBillion = try #require(overview.tierCounts.first { $0.target.tier == .hundredBillion })
        #expect(hundredBillion.reaching.map(\.id) == ["auto", "software", "uhd-display", "green-petrochem", "high-end-equipment"])
        #expect(hundredBillion.approximate == 3)
        let trillion = try #require(overview.tierCounts.first { $0.target.tier == .trillion })
        #expect(trillion.reaching.isEmpty)
    }

    @Test func groupsFiguresAndProjects() {
        #expect(overview.ladder.map(\.metricId).contains("above-scale-enterprise-count"))
        #expect(overview.digital.map(\.metricId).first == "cloud-adoption-share")
        #expect(overview.projectGroups.map(\.status) == [.inProduction, .signed, nil])
        #expect(overview.projectGroups.map(\.projects.count) == [2, 2, 5])
    }
}
