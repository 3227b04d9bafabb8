import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoAccess
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// One language per page: every string a reader sees on a Chinese page is Chinese, on an English page English —
/// text, hover titles, placeholders, labels and button values. Text in an element marked with the other language
/// (`lang="en"` on a Chinese page: a proper name or title in its own script), quotations (`<q>`: the source's words as
/// written, which a Chinese page shows only when they are Chinese) and code (`<code>`, what one types) are left alone;
/// the few names below are allowed as they are. A page's `<title>` repeats its heading, which is checked (a document's
/// title is its name as written).
@Suite struct LanguageTests {
    /// Proper names and technical terms written in Latin letters in Chinese too.
    static let latinNames: Set<String> = ["GB/T", "LED", "Mini/Micro", "4K", "5G", "IT", "FTTH/O", "CSV", "GBK", "Excel", "txt", "JSON", "xlsx"]

    static let pages = PageTests.pages + [
        "/clusters/auto/chain", "/enterprises?district=huadu", "/documents/1", "/login", "/no-such-page", "/places/huadu",
        "/places/liwan", "/layout?measure=revenue", "/layout?scope=province", "/specialisation", "/specialisation?level=class&sort=huadu",
        "/specialisation?regions=park&measure=employees", "/places/huadu/opportunities", "/places/huadu/opportunities?level=group&measure=revenue",
    ]
    static let signedInPages = [
        "/imports", "/documents/new", "/documents/1", "/admin/users", "/admin/tokens", "/audit", "/account",
        "/enterprises/hongli", "/projects/hongli-mini-micro-led-1",
    ]

    /// The strings of `html` a reader sees in its language, with where they stand.
    static func visibleStrings(_ html: String, language: Language) -> [String] {
        var strings: [String] = []
        var foreignDepth: [Bool] = []  // per open element: inside another language, code, script or style
        let voids: Set<String> = ["br", "img", "input", "meta", "link", "hr", "wbr", "col", "source"]
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if !(foreignDepth.last ?? false) { strings.append(String(text)) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") { _ = foreignDepth.popLast(); continue }
            let name = String(tag.prefix { $0.isLetter || $0.isNumber }).lowercased()
            let attributes = Self.attributes(String(tag))
            let ownLanguage = language == .zh ? "zh" : "en"
            let foreign = (foreignDepth.last ?? false) || ["script", "style", "code", "q", "title"].contains(name)
                || attributes["lang"].map { !$0.hasPrefix(ownLanguage) } ?? false
            if !foreign {
                for key in ["title", "placeholder", "aria-label", "alt"] { if let value = attributes[key] { strings.append(value) } }
                if name == "input", ["submit", "button"].contains(attributes["type"]), let value = attributes["value"] {
                    strings.append(value)
                }
            }
            if !voids.contains(name) && !tag.hasSuffix("/") { foreignDepth.append(foreign) }
            if name == "script" || name == "style", let end = rest.range(of: "</\(name)>") {
                rest = rest[end.lowerBound...]
            }
        }
        return strings.map(Self.unescape)
    }

    static func attributes(_ tag: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in tag.matches(of: /([a-zA-Z-]+)="([^"]*)"/) { found[String(match.output.1)] = String(match.output.2) }
        return found
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Words of the other language in `strings`, each with the text around it.
    static func foreignWords(_ strings: [String], language: Language) -> [String] {
        var found: [String] = []
        for string in strings {
            switch language {
            case .zh:
                for match in string.matches(of: /[A-Za-z0-9][A-Za-z0-9_\-\/:.]*/) {
                    let word = String(match.output).trimmingCharacters(in: CharacterSet(charactersIn: ".:-"))
                    guard word.contains(where: \.isLetter), !latinNames.contains(word) else { continue }
                    // Codes: a USCC, an industry class (C3670), a plan number.
                    if word.contains(where: \.isNumber) && word.allSatisfy({ $0.isNumber || $0.isUppercase || $0 == "-" }) { continue }
                    found.append("\(word) in “\(string.trimmingCharacters(in: .whitespacesAndNewlines).prefix(80))”")
                }
            case .en:
                for match in string.matches(of: /[\u{3000}-\u{9fff}\u{ff00}-\u{ffef}]+/) {
                    found.append("\(match.output) in “\(string.trimmingCharacters(in: .whitespacesAndNewlines).prefix(80))”")
                }
            }
        }
        return found
    }

    /// The built-in dataset, a synthetic registry (labelled synthetic), a document read into the review queue and
    /// an admin's session.
    static func database() async throws -> (AppDatabase, HTTPFields) {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 7)
        var rows = SyntheticRegistry.headerLine
        for _ in 0..<200 { rows += registry.nextLine() }
        _ = try database.importEnterprises(csv: Array(rows.utf8), file: "firms.csv", by: .test)
        _ = try await SQLiteStorage(database).ingest(
            text: "花都区工业和信息化局2023年工作总结\n2023年，全区规上工业总产值2156.3亿元，同比增长8.2%，居全市第三。全年新签约项目46个，总投资612亿元。",
            title: "花都区工业和信息化局2023年工作总结", date: "2024-01-20", file: "report.txt", place: nil, by: .test)
        let admin = try database.addAccount(
            name: "admin", role: .admin, districts: [], passwordHash: Passwords.hash("a long enough secret", cost: 4), by: .test)
        let secret = Secrets.make(), csrf = Secrets.make()
        try database.startSession(idHash: Secrets.stored(secret), csrf: csrf, account: admin, by: .test)
        return (database, [.cookie: "\(Sessions.cookieName)=\(secret)"])
    }

    @Test(arguments: Language.allCases)
    func everyPageSpeaksOneLanguage(language: Language) async throws {
        let (database, session) = try await Self.database()
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        let leaks = try await app.test(.router) { client in
            var leaks: [String] = []
            let visits = Self.pages.map { ($0, HTTPFields()) } + Self.signedInPages.map { ($0, session) }
            for (path, headers) in visits {
                let uri = path + (path.contains("?") ? "&" : "?") + "lang=\(language.rawValue)"
                let html = try await client.execute(uri: uri, method: .get, headers: headers) { String(buffer: $0.body) }
                if language == .zh && html.contains("<q lang=\"en\"") { leaks.append("\(path): an English quotation") }
                leaks += Self.foreignWords(Self.visibleStrings(html, language: language), language: language).map { "\(path): \($0)" }
            }
            return leaks
        }
        var seen = Set<String>()
        let unique = leaks.filter { seen.insert($0).inserted }
        #expect(leaks.isEmpty, "\(leaks.count) words of the other language:\n\(unique.prefix(150).joined(separator: "\n"))")
    }

    @Test func theScanFindsWordsOfTheOtherLanguageOutsideMarkedNames() {
        let html = """
            <p title="exact: 5 bn">约50亿元</p><p lang="en">Guangzhou</p><code>zhizao serve</code><p>GB/T 4754 C3670</p>
            <input type="submit" value="Save"><script>let a = "x"</script>
            """
        let strings = Self.visibleStrings(html, language: .zh)
        #expect(Self.foreignWords(strings, language: .zh).map { $0.split(separator: " ")[0] } == ["exact", "bn", "Save"])
        #expect(Self.foreignWords(Self.visibleStrings("<p>Output <span lang=\"zh-CN\">广州</span>，</p>", language: .en), language: .en).count == 1)
    }
}
