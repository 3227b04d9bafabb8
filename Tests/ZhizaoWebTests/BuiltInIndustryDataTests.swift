import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

/// On the built-in dataset (a few named firms, no industry classes, no districts) the specialisation and
/// opportunities pages explain what is missing and how to add it; no page links to an address that answers 404.
@Suite struct BuiltInIndustryDataTests {
    static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
    }

    /// The addresses of a page's links on this server (`href="/…"`), without their fragments.
    static func links(_ html: String) -> Set<String> {
        Set(html.matches(of: /href="(\/[^"#]*)"/).map { String($0.output.1).replacingOccurrences(of: "&amp;", with: "&") })
    }

    @Test(arguments: ["zh", "en"])
    func theDistrictPageExplainsInsteadOfLinkingToNothing(lang: String) async throws {
        try await PageTests.app().test(.router) { client in
            // Given the built-in database, whose firms have no class and no district
            let (status, html) = try await Self.get(client, "/places/huadu?lang=\(lang)")
            #expect(status == .ok)
            // Then the district page does not link its opportunities, and says why and what to do, in its language
            #expect(!html.contains("href=\"/places/huadu/opportunities"))
            #expect(html.contains(lang == "zh" ? "企业名录中没有花都区带行业代码的企业" : "The registry holds no firm in Huadu with an industry class"))
            #expect(html.contains("zhizao import enterprises"))
            #expect(html.contains("zhizao import regional"))
            #expect(html.contains("zhizao generate enterprises"))
            // And none of its links, nor those of the specialisation page, answers 404
            let (_, specialisation) = try await Self.get(client, "/specialisation?lang=\(lang)")
            for link in Self.links(html).union(Self.links(specialisation)) where !link.hasPrefix("/assets/") {
                let (linked, _) = try await Self.get(client, link)
                #expect(linked != .notFound, "\(link) answers 404")
            }
        }
    }

    @Test func theSpecialisationPageSaysWhatIsMissing() async throws {
        try await PageTests.app().test(.router) { client in
            let (status, html) = try await Self.get(client, "/specialisation?lang=zh")
            #expect(status == .ok)
            #expect(html.contains("企业名录中没有同时带所属区（或园区）和行业代码的企业"))
            #expect(html.contains("内置数据集（广州2020年）只收录来源点名的几家企业"))
            #expect(!html.contains("href=\"/places/"))
        }
    }

    @Test func theOpportunitiesAddressExplainsWhileTheAPIAnswers404() async throws {
        try await PageTests.app().test(.router) { client in
            // Given an old bookmark of the page
            let (page, html) = try await Self.get(client, "/places/huadu/opportunities?lang=en")
            // Then it explains rather than failing
            #expect(page == .ok)
            #expect(html.contains("The registry holds no firm in Huadu with an industry class"))
            #expect(html.contains("zhizao import enterprises"))
            // While a script asking the API learns there is nothing to compute
            let (api, body) = try await Self.get(client, "/api/v1/places/huadu/opportunities")
            #expect(api == .notFound)
            #expect(body.contains("no firm in huadu with an industry class"))
        }
    }
}
