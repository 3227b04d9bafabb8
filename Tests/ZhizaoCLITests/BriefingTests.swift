import Testing
import ZhizaoCore
import ZhizaoStore
@testable import ZhizaoCLI

@Suite struct BriefingTests {
    let briefing: Briefing

    init() throws { briefing = try Briefing(AppDatabase.builtIn()) }

    @Test func assessesTiersAndTargetProgress() throws {
        let auto = try #require(briefing.clusters.first { $0.cluster.id == "auto" })
        #expect(auto.tier == TierAssessment(output: Quantity(5e11, .approx)))
        #expect(auto.tier?.tier == .hundredBillion && auto.tier?.isCertain == false)
        #expect(auto.progress == 0.5)  // ≈500 bn of the 1 tn goal
        let huaduAuto = try #require(briefing.clusters.first { $0.cluster.id == "huadu-auto" })
        #expect(huaduAuto.target?.goal == 2e11)
        #expect(huaduAuto.progress == nil)  // Huadu's auto output is not given
    }

    @Test func countsClustersTowardsTheProgrammeTiers() throws {
        let hundredBillion = try #require(briefing.tierCounts.first { $0.target.tier == .hundredBillion })
        #expect(hundredBillion.reaching.map(\.id) == ["auto", "software", "uhd-display", "green-petrochem", "high-end-equipment"])
        #expect(hundredBillion.approximate == 3)
        let trillion = try #require(briefing.tierCounts.first { $0.target.tier == .trillion })
        #expect(trillion.reaching.isEmpty)
    }

    @Test func briefsInChineseWithSources() {
        let text = briefing.text(.zh)
        for expected in [
            "约5000亿元 · 2020年 [1]", "约千亿级", "进度约50%", "现有5个（其中3个按约数计）", "5829家 · 2020年 · 历史新高 [1]",
            "4.8万座 · 截至2020年12月31日 · 全省第1 [1]", "超640万户", "已投产 (2)", "总投资约20亿元",
            "637.47亿元 · 2020年前三季度", "[1] 羊城晚报",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func briefsInEnglish() {
        let text = briefing.text(.en)
        for expected in [
            "≈ 500 bn CNY · 2020 [1]", "≈100-bn tier", "48,000 stations · as of 2020-12-31 · #1 provincial [1]",
            "in production (2)", "Sources",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }
}
