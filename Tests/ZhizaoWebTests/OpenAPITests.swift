import Foundation
import Hummingbird
import HummingbirdTesting
import ReportReader
import Testing
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoWeb

/// The API returns what its OpenAPI document says, route by route, checked with a JSON Schema subset
/// (type, enum, properties, required, additionalProperties, items, $ref).
@Suite struct OpenAPITests {
    let document: [String: Any]

    init() throws {
        document = try #require(try JSONSerialization.jsonObject(with: Data(APIRoutes.openAPI.utf8)) as? [String: Any])
    }

    var paths: [String: Any] { document["paths"] as? [String: Any] ?? [:] }

    /// A database with the built-in dataset and a small synthetic registry, so every field has data.
    static func database() async throws -> AppDatabase {
        let database = try AppDatabase.builtIn()
        var registry = SyntheticRegistry(seed: 3)
        let csv = SyntheticRegistry.headerLine + (0..<200).map { _ in registry.nextLine() }.joined()
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "gen.csv", by: .test)
        // A statement repeated, as a web page repeats its lead: the fact's spans are in the API too.
        _ = try await SQLiteStorage(database).ingest(
            text: "2020年，全市规上工业增加值增长2.5%，高于全国（2.3%）。\n2020年，全市规上工业增加值增长2.5%。"
                + "2023年，广州市共签约项目15个。截至2020年底，全市累计建成5G基站4.8万座。", title: "公报", date: "2021-01-20", file: nil, place: nil, by: .test)
        return database
    }

    /// Every reason a suggestion can give is one the document lists, for subjects and for metrics.
    @Test func listsEveryMatchReason() throws {
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let fact = try #require((schemas?["PendingFact"] as? [String: Any])?["properties"] as? [String: Any])
        for field in ["subjectReason", "metricReason"] {
            let listed = try #require((fact[field] as? [String: Any])?["enum"] as? [String])
            #expect(Set(listed) == Set(MatchReason.allCases.map(\.rawValue)), "\(field)")
        }
    }

    @Test func documentsEveryRouteAndNoOther() throws {
        let served = try buildRouter(database: SQLiteStorage(AppDatabase.inMemory())).routes.filter { $0.path.hasPrefix("/api/") }.map {
            "\($0.method.rawValue.lowercased()) " + $0.path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                .joined(separator: "/").replacingOccurrences(of: "api/", with: "/api/")
        }
        let documented = paths.flatMap { path, operations in ((operations as? [String: Any]) ?? [:]).keys.filter { $0 != "parameters" }.map { "\($0) \(path)" } }
        #expect(Set(served) == Set(documented))
        #expect(Set(APIRoutes.routes).isSubset(of: Set(paths.keys)))
        #expect(document["openapi"] as? String == "3.1.0")
    }

    @Test(arguments: APIRoutes.routes)
    func returnsWhatTheDocumentSays(route: String) async throws {
        let database = try await Self.database()
        let someUSCC = try #require(try database.enterprises(.init(perPage: 1)).items.first?.uscc)
        let id = route.contains("clusters") ? "auto" : route.contains("documents") ? "1" : route.contains("places") ? "huadu" : "hongli-led-backlight-2"
        let samples = ["{id}": id, "{ref}": someUSCC]
        let uri = samples.reduce(route) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        let schema = try #require(responseSchema(route, status: "200"))
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(database))
        let (status, type, body) = try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers[.contentType], String(buffer: $0.body)) }
        }
        #expect(status == .ok)
        #expect(type?.hasPrefix("application/json") == true)
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8))
        #expect(validate(json, schema, at: uri) == [])
    }

    @Test(arguments: [
        ("/api/v1/clusters/none", "/api/v1/clusters/{id}", "404"),
        ("/api/v1/projects/none", "/api/v1/projects/{id}", "404"),
        ("/api/v1/documents/99", "/api/v1/documents/{id}", "404"),
        ("/api/v1/enterprises/none", "/api/v1/enterprises/{ref}", "404"),
        ("/api/v1/enterprises?sort=sideways", "/api/v1/enterprises", "400"),
        ("/api/v1/enterprises?page=0", "/api/v1/enterprises", "400"),
        ("/api/v1/observations?subject=guangzhou", "/api/v1/observations", "400"),
        ("/api/v1/enterprises?per_page=201", "/api/v1/enterprises", "400"),
        ("/api/v1/enterprises?per_page=", "/api/v1/enterprises", "400"),
        ("/api/v1/enterprises?page=10001", "/api/v1/enterprises", "400"),
        ("/api/v1/enterprises?district=%E8%8A%B1%E5%BA%A6", "/api/v1/enterprises", "400"),  // 花度, a typo
        ("/api/v1/projects?cluster=nothing", "/api/v1/projects", "400"),
        ("/api/v1/clusters/auto/chain?place=nowhere", "/api/v1/clusters/{id}/chain", "400"),
        ("/api/v1/enterprises/%E9%B8%BF/eligibility", "/api/v1/enterprises/{ref}/eligibility", "404"),
        ("/api/v1/specialisation?level=section", "/api/v1/specialisation", "400"),
        ("/api/v1/places/huadu/opportunities?measure=profit", "/api/v1/places/{id}/opportunities", "400"),
        ("/api/v1/places/huadu/opportunities?limit=0", "/api/v1/places/{id}/opportunities", "400"),
        ("/api/v1/places/nowhere/opportunities", "/api/v1/places/{id}/opportunities", "404"),
    ])
    func errorsAreDocumentedJSON(uri: String, route: String, status: String) async throws {
        let schema = try #require(responseSchema(route, status: status))
        let (code, body) = try await PageTests.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status.code, String(buffer: $0.body)) }
        }
        #expect(String(code) == status)
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8))
        #expect(validate(json, schema, at: uri) == [])
        #expect(((json as? [String: Any])?["error"] as? [String: Any])?["message"] as? String != nil)
    }

    @Test func filtersTheRegistry() async throws {
        let app = buildApplication(configuration: ServerConfiguration(logLevel: "error"), database: SQLiteStorage(try await Self.database()))
        let body = try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/enterprises?district=huadu&designation=above-scale&per_page=5", method: .get) {
                String(buffer: $0.body)
            }
        }
        let page = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(!items.isEmpty && items.count <= 5)
        #expect(items.allSatisfy { $0["district"] as? String == "huadu" })
        #expect(items.allSatisfy { ($0["designations"] as? [[String: Any]])?.contains { $0["kind"] as? String == "above-scale" } == true })
        let revenues = items.compactMap { ($0["revenue"] as? [[String: Any]])?.last?["amountCNY"] as? Double }
        #expect(revenues == revenues.sorted(by: >))
    }

    // MARK: - Schema checking

    private func responseSchema(_ route: String, status: String) -> [String: Any]? {
        let get = (paths[route] as? [String: Any])?["get"] as? [String: Any]
        let response = (get?["responses"] as? [String: Any])?[status] as? [String: Any]
        return ((response?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        let name = String(ref.split(separator: "/").last ?? "")
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return resolve(schemas?[name] as? [String: Any] ?? [:])
    }

    /// Every way `value` breaks `schema`, with the JSON path.
    private func validate(_ value: Any, _ raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        var problems: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) {
            return ["\(path): expected \(type), found \(Swift.type(of: value))"]
        }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            problems.append("\(path): \"\(text)\" is not one of \(allowed)")
        }
        if let object = value as? [String: Any], schema["type"] as? String == "object" {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required \(key)")
            }
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    problems += validate(item, property, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    problems += validate(item, additional, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): undocumented field \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += validate(item, items, at: "\(path)[\(index)]") }
        }
        return problems
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "number": return value is NSNumber && !(value is String)
        case "integer": return (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "boolean": return (value as? NSNumber).map { $0 == 0 || $0 == 1 } ?? false
        default: return true
        }
    }
}
