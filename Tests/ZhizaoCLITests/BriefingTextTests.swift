import Testing
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

@Suite struct BriefingTextTests {
    let briefing: Briefing

    init() async throws { briefing = try await Briefing(SQLiteStorage(AppDatabase.builtIn())) }

    @Test func briefsInChineseWithSources() {
        let text = briefing.text(.zh)
        for expected in [
            "约5000亿元 · 2020年 [1]", "约千亿级", "进度约50%", "现有5个（其中3个按约数计）", "5829家 · 2020年 · 历史新高 [1]",
            "4.8万座 · 截至2020年12月31日 · 全省第1 [1]", "超640万户", "已投产 (2)", "总投资约20亿元",
            "637.47亿元 · 2020年前三季度", "占全市产值比重 ≥33% · 2020年", "[1] 羊城晚报",
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
