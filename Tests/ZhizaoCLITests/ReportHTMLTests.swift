import Foundation
import Testing
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao report --format html`: one self-contained file, in one language, with the charts and the map.
@Suite struct ReportHTMLTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-report-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    func briefing(_ lang: String) async throws -> String {
        let db = directory.appendingPathComponent("z.sqlite").path
        let file = directory.appendingPathComponent("briefing.\(lang).html")
        var report = try Zhizao.parseAsRoot(["report", "--format", "html", "--lang", lang, "--output", file.path, "--db", db])
        try await Zhizao.run(&report)
        return try String(contentsOf: file, encoding: .utf8)
    }

    @Test(arguments: ["zh", "en"])
    func isSelfContained(lang: String) async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try await briefing(lang)
        // Nothing to fetch: no stylesheet, script, image or frame from anywhere, no web font
        #expect(html.matches(of: /(?i)<(link|script|img|iframe|object|embed)\b/).isEmpty)
        #expect(html.matches(of: /(?i)\ssrc\s*=/).isEmpty)
        #expect(html.matches(of: /(?i)url\(/).isEmpty && !html.contains("@import"))
        // Links are plain links to the web or none: the site's own addresses are gone with their text kept
        #expect(html.matches(of: /href="(?!https?:\/\/|#)[^"]*"/).isEmpty)
        // The style, the charts and the map are inline
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(html.components(separatedBy: "<svg ").count - 1 >= 3)
        #expect(html.contains("map-area"))
        #expect(html.contains(lang == "zh" ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">"))
    }

    @Test func theChineseBriefingReadsAsChinese() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try await briefing("zh")
        #expect(html.contains("智造简报") && html.contains("对数刻度") && html.contains("花都区"))
        #expect(!html.contains("Zhizao briefing") && !html.contains("log scale"))
    }
}
