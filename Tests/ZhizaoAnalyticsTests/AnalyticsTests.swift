import Foundation
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoDataset

/// Analytics against figures computed by hand.
@Suite struct TargetPathTests {
    let dataset: Dataset
    init() throws { dataset = try BuiltInDataset.guangzhou2020() }

    func path(_ cluster: String, _ target: String) throws -> TargetPath {
        let c = try #require(dataset.clusters.first { $0.id == cluster })
        let t = try #require(dataset.targets.first { $0.id == target })
        return TargetPath(cluster: c, target: t, outputs: dataset.observations.filter { $0.subject == .cluster(cluster) && $0.metricId == "output" })
    }

    @Test func softwareIsOnTrackForTheTrillionTier() throws {
        let p = try path("software", "gz-14th-software-trillion")
        // 近5000亿 in 2020 to 1 tn by 2025: 2^(1/5) − 1 = 14.87 % a year; 4283亿 → 5000亿 in 2019–20: 16.74 %.
        #expect(p.yearsLeft == 5)
        #expect(abs(p.requiredGrowth! - 0.148698) < 1e-5)
        #expect(abs(p.recentGrowth! - 0.167406) < 1e-5)
        #expect(abs(p.yearsAtRecentRate! - 4.478) < 1e-3)
        #expect(p.status == .onTrack)
        #expect(p.isApproximate)
    }

    @Test func autoHasNoGrowthToJudgeBy() throws {
        let p = try path("auto", "gz-14th-auto-trillion")
        #expect(abs(p.requiredGrowth! - 0.148698) < 1e-5)
        #expect(p.recentGrowth == nil)
        #expect(p.status == .unknown)
    }

    @Test func theProgrammeCountsClustersOnTrack() throws {
        let overview = ProgrammeOverview(
            places: dataset.places, programmes: dataset.programmes, clusters: dataset.clusters, metrics: dataset.metrics,
            observations: dataset.observations, targets: dataset.targets, projects: dataset.projects)
        let paths = [try path("software", "gz-14th-software-trillion"), try path("auto", "gz-14th-auto-trillion")]
        let trillion = try #require(overview.tierCounts.first { $0.target.tier == .trillion })
        let progress = TierProgress(count: trillion, paths: paths)
        #expect(progress.onTrack.map(\.id) == ["software"])
        #expect(progress.unknown.map(\.id) == ["auto"])
    }
}

@Suite struct ConsistencyCheckTests {
    @Test(arguments: [(140.0, 5.0), (428.3, 0.05), (8.3, 0.05), (15, 0.5), (5829, 0.5), (3000, 500)])
    func roundingFollowsTheStatedDigits(value: Double, tolerance: Double) {
        #expect(abs(ConsistencyCheck.roundingTolerance(value) - tolerance) < 1e-9)
    }

    @Test func checksTheBuiltInClaims() throws {
        let d = try BuiltInDataset.guangzhou2020()
        let findings = ConsistencyCheck.run(observations: d.observations, clusters: d.clusters)
        let byCheck = Dictionary(grouping: findings, by: \.check)
        // 428.3 / 3 = 142.77-fold against "140倍" (±5): consistent.
        #expect(byCheck["growth-multiple"]?.map(\.severity) == [.consistent])
        #expect(byCheck["growth-multiple"]?.first?.message.zh.contains("142.8倍") == true)
        // (428.3 / 3)^(1/19) − 1 = 29.8 % a year against "≥ 15 %": no contradiction.
        #expect(byCheck["annual-growth"]?.first?.message.zh.contains("29.8%") == true)
        #expect(byCheck["annual-growth"]?.map(\.severity) == [.consistent])
        // Huadu's share of the city's auto output: Huadu's output is not given.
        #expect(byCheck["share-of-whole"]?.map(\.severity) == [.unverifiable])
        #expect(byCheck["conflicting-values"] == nil)
    }

    @Test func flagsWhatDoesNotAddUp() {
        let cluster = Cluster(id: "x", name: LocalizedText(zh: "X"), scope: .city, placeId: "city")
        let part = Cluster(id: "x-d", name: LocalizedText(zh: "X区"), scope: .district, placeId: "d", parentId: "x")
        func output(_ id: String, _ subject: String, _ value: Double, _ year: Int, source: String = "s") -> Observation {
            Observation(id: id, subject: .cluster(subject), metricId: "output", quantity: Quantity(value), period: .year(year), sourceId: source)
        }
        let observations = [
            output("a", "x", 1e9, 2000), output("b", "x", 1e11, 2010), output("c", "x", 1.3e11, 2010, source: "t"),
            Observation(id: "m", subject: .cluster("x"), metricId: "growth-multiple", quantity: Quantity(50), period: .years(2000, 2010), sourceId: "s"),
            output("p", "x-d", 6e10, 2010),
            Observation(id: "share", subject: .cluster("x-d"), metricId: "share-of-city-output", quantity: Quantity(33, .ge), period: .year(2010), sourceId: "s"),
        ]
        let findings = ConsistencyCheck.run(observations: observations, clusters: [cluster, part])
        let severity = Dictionary(uniqueKeysWithValues: findings.map { ($0.check, $0.severity) })
        #expect(severity["growth-multiple"] == .inconsistent)  // 1e11 / 1e9 = 100-fold, not 50
        #expect(severity["conflicting-values"] == .inconsistent)  // 1e11 and 1.3e11 for the same year
        #expect(severity["share-of-whole"] == .consistent)  // 6e10 / 1e11 = 60 % ≥ 33 %
        #expect(findings.first?.severity == .inconsistent)
    }
}

@Suite struct PipelineTests {
    func firm(_ revenue: [Int: Double], founded: Int? = nil, designations: [Designation] = []) -> Enterprise {
        Enterprise(uscc: "91110000600037341L", name: LocalizedText(zh: "甲"), founded: founded, revenue: revenue, designations: designations)
    }

    @Test func projectsSmallFirmsOverTheLine() throws {
        // (1900 / 1500)^(1/2) − 1 = 12.55 % a year; 1900万 × 1.1255 = 2138万 ≥ 2000万.
        let c = try #require(CultivationPipeline.candidate(firm([2018: 1.5e7, 2019: 1.7e7, 2020: 1.9e7])))
        #expect(abs(c.growth - 0.125463) < 1e-5)
        #expect(abs(c.projected - 21_383_000) < 1_000)
        #expect(c.reason.zh.contains("2021年"))
        #expect(CultivationPipeline.candidate(firm([2019: 1.0e7, 2020: 1.1e7])) == nil)  // 1210万 next year
        #expect(CultivationPipeline.candidate(firm([2019: 2.5e7, 2020: 3e7])) == nil)  // already above
        #expect(CultivationPipeline.candidate(firm([2020: 1.9e7])) == nil)  // no history
        #expect(CultivationPipeline.isAboveScale(firm([2020: 2e7])))
    }

    @Test func judgesEligibilityCriterionByCriterion() {
        let e = firm([2018: 1e8, 2019: 1.1e8, 2020: 1.21e8], founded: 2015)
        let giant = Dictionary(uniqueKeysWithValues: Eligibility.shipped.evaluate(e, for: .littleGiant, year: 2020).map { ($0.criterion.id, $0) })
        #expect(giant["lg-years-in-niche"]?.verdict == .pass)  // 5 years
        #expect(giant["lg-growth"]?.verdict == .pass)  // 10 % a year ≥ 5 %
        #expect(giant["lg-debt-ratio"]?.verdict == .unknown)
        #expect(giant["lg-debt-ratio"]?.missing?.zh == "资产负债率")
        let champion = Dictionary(uniqueKeysWithValues: Eligibility.shipped.evaluate(e, for: .singleChampion, year: 2020).map { ($0.criterion.id, $0) })
        #expect(champion["sc-years-in-field"]?.verdict == .fail)  // 5 < 10
        #expect(champion["sc-revenue"]?.verdict == .fail)  // 1.21亿 < 4亿, not a little giant
        let giantFirm = firm([2020: 1.21e8], founded: 2015, designations: [Designation(.littleGiant, year: 2021)])
        #expect(Eligibility.shipped.evaluate(giantFirm, for: .singleChampion, year: 2020).first { $0.criterion.id == "sc-revenue" }?.verdict == .pass)
    }
}

@Suite struct ChainTests {
    let auto = ChainTemplates.shipped.chain(forCluster: "huadu-auto")!

    @Test func templatesMapToRealClasses() {
        for chain in ChainTemplates.shipped.chains {
            for node in chain.nodes {
                for code in node.classes { #expect(IndustryClassification.gbt4754_2017.isClass(code), "\(chain.id)/\(node.id): \(code)") }
            }
        }
        #expect(ChainTemplates.shipped.chains.count == 9)
    }

    @Test func weighsPresentLinksAndRanksGaps() {
        // Six parts makers (strong) and one vehicle maker (weak, half its weight): (3 + 3 × 0.5) / 17.
        let analysis = ChainAnalysis(
            chain: auto, placeId: "huadu", classStats: ["3670": ClassStats(firms: 6, revenue: 1e8), "3612": ClassStats(firms: 1, revenue: 5e8)],
            namedFirms: [], leaders: [], projects: [], thresholds: ChainTemplates.shipped.thresholds)
        #expect(abs(analysis.completeness - 4.5 / 17.0) < 1e-9)
        #expect(analysis.nodes.first { $0.node.id == "parts" }?.strength == .strong)
        #expect(analysis.nodes.first { $0.node.id == "vehicles" }?.strength == .weak)
        #expect(analysis.gaps.first?.id == "batteries-motors")  // weight 3, the heaviest gap
        #expect(analysis.gaps.map(\.weight) == analysis.gaps.map(\.weight).sorted(by: >))
    }

    @Test func tagsNamedFirmsAndFindsProjectsForGaps() throws {
        let d = try BuiltInDataset.guangzhou2020()
        let analysis = ChainAnalysis(
            chain: auto, placeId: "huadu", classStats: [:], namedFirms: d.enterprises, leaders: [],
            projects: d.projects.filter { $0.placeId == "huadu" }, thresholds: ChainTemplates.shipped.thresholds)
        #expect(analysis.nodes.first { $0.node.id == "vehicles" }?.tagged.map(\.slug) == ["dongfeng-nissan"])
        // R&D and design (2) and vehicles (3) of 17, both weak (one named firm each): half their weight.
        #expect(abs(analysis.completeness - 2.5 / 17.0) < 1e-9)
        let agreement = try #require(analysis.projects.first { $0.project.id == "huadu-dongfeng-nissan-agreement" })
        #expect(agreement.nodes.map(\.id).contains("smart-cockpit"))
    }
}

@Suite struct ProjectPortfolioTests {
    @Test func addsUpInvestmentAndFindsLatePhases() throws {
        let d = try BuiltInDataset.guangzhou2020()
        let late = Project(
            id: "late", name: LocalizedText(zh: "迟"), placeId: "huadu",
            phases: [ProjectPhase(number: 1, status: .underConstruction, plannedEnd: "2020-06")], investment: Quantity(1e9))
        let portfolio = ProjectPortfolio(projects: d.projects + [late], places: PlaceDirectory(places: d.places), asOf: "2021-01-31")
        #expect(portfolio.late.map(\.project.id) == ["late"])
        let huadu = try #require(portfolio.byDistrict.first { $0.key == "huadu" })
        #expect(huadu.knownInvestment == Quantity(3e9, .approx))  // ≈20亿 + 10亿
        #expect(huadu.unreported == 7)
        let signed = try #require(portfolio.byStatus.first { $0.key == "signed" })
        #expect(signed.projects.count == 2)
    }
}
