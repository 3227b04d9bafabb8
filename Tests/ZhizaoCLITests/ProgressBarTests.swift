#if canImport(Glibc)
    import Glibc
#endif
import Testing
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// The progress bar's text, and when it is drawn at all.
@Suite struct ProgressBarTests {
    @Test func saysRowsRateAndTimeLeftInEachLanguage() {
        let zh = ProgressBar("导入企业", unit: ("行", "rows"), total: 1_000_000, language: .zh, isShown: false)
        #expect(zh.line(done: 300_000, elapsed: 3) == "导入企业 [██████░░░░░░░░░░░░░░] 30% 30万/100万行 10万行/秒 剩余7秒")
        let en = ProgressBar("Importing enterprises", unit: ("行", "rows"), total: 1_000_000, language: .en, isShown: false)
        #expect(en.line(done: 300_000, elapsed: 3) == "Importing enterprises [██████░░░░░░░░░░░░░░] 30% 300,000/1,000,000 rows 100,000 rows/s 7 s left")
    }

    @Test func withoutATotalSaysRowsAndRateOnly() {
        let bar = ProgressBar("Importing", unit: ("行", "rows"), total: nil, language: .en, isShown: false)
        #expect(bar.line(done: 5_000, elapsed: 2) == "Importing 5,000 rows 2,500 rows/s")
        #expect(bar.line(done: 0, elapsed: 0) == "Importing 0 rows")
    }

    @Test(arguments: [(7.0, "7秒", "7 s"), (125, "2分05秒", "2 min 05 s"), (3720, "1小时02分", "1 h 02 min")])
    func durations(seconds: Double, zh: String, en: String) {
        #expect(ProgressBar.duration(seconds, .zh) == zh)
        #expect(ProgressBar.duration(seconds, .en) == en)
    }

    @Test func quietOrNotATerminalDrawsNothing() {
        #expect(!ProgressBar.onTerminal("x", unit: ("行", "rows"), total: 1, language: .en, quiet: true).isShown)
        // The tests' standard error is a pipe or a file, never a terminal, under swift test and CI.
        #expect(ProgressBar.onTerminal("x", unit: ("行", "rows"), total: 1, language: .en, quiet: false).isShown == (isatty(2) == 1))
    }

    @Test func estimatesTheRowsOfACSVFileButNotOfJSON() {
        #expect(Zhizao.Import.rowEstimate(Array("a,b\n1,2\n3,4\n".utf8)) == 2)
        #expect(Zhizao.Import.rowEstimate(Array("\u{FEFF}a,b\n1,2\n3,4".utf8)) == 2)
        #expect(Zhizao.Import.rowEstimate(Array("  [{\"a\": 1}]".utf8)) == nil)
    }
}

/// `zhizao check` in words: a title per check, figures by metric and source name, no internal codes.
@Suite struct CheckTextTests {
    @Test(arguments: [Language.zh, .en])
    func printsNoInternalCodes(language: Language) async throws {
        let database = try ZhizaoStore.AppDatabase.builtIn()
        let findings = ZhizaoAnalytics.ConsistencyCheck.run(observations: try database.observations(), clusters: try database.clusters())
        try #require(!findings.isEmpty)
        let text = CheckText(findings: findings, metrics: try database.metrics(), sources: try database.sources(), language: language).text
        for code in ["growth-multiple", "annual-growth", "share-of-whole", "conflicting-values"] { #expect(!text.contains(code)) }
        for finding in findings {
            #expect(text.contains(finding.title.text(language)))
            for observation in finding.observations {
                #expect(!text.contains(observation.id) && !text.contains(" \(observation.sourceId)"))
            }
        }
        if language == .zh { #expect(text.contains("[不一致] ") || text.contains("[一致] ")) }
    }
}
