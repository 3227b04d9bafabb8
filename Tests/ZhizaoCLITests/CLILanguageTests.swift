import Testing
import ZhizaoCore
@testable import ZhizaoCLI

/// One place decides the command line's language: `--lang`, else the locale.
@Suite struct CLILanguageTests {
    @Test(arguments: [
        (nil, ["LANG": "zh_CN.UTF-8"], Language.zh),
        (nil, ["LANG": "en_US.UTF-8"], .en),
        (nil, [:], .en),
        (nil, ["LANG": "C.UTF-8"], .en),
        (nil, ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (nil, ["LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"], .en),
        (nil, ["LC_ALL": "", "LC_MESSAGES": "zh_CN.GB18030", "LANG": "en_GB"], .zh),
        (.en, ["LANG": "zh_CN.UTF-8"], .en),
        (.zh, ["LANG": "en_US.UTF-8"], .zh),
    ] as [(Language?, [String: String], Language)])
    func followsTheOptionThenTheLocale(option: Language?, environment: [String: String], expected: Language) {
        #expect(CLILanguage.current(option: option, environment: environment) == expected)
    }

    @Test func everyCommandTakesLang() throws {
        for arguments in [
            ["report"], ["check"], ["pipeline"], ["chain", "auto"], ["import", "enterprises", "x.csv"], ["export", "projects"],
            ["generate", "enterprises", "--count", "1"], ["ingest", "x.txt"], ["user", "list"], ["token", "list"], ["backup", "b"],
            ["serve"], ["init"], ["audit"], ["review"], ["metric"], ["extract", "x.txt"],
        ] {
            #expect(throws: Never.self, "\(arguments)") { _ = try Zhizao.parseAsRoot(arguments + ["--lang", "zh"]) }
        }
    }
}
