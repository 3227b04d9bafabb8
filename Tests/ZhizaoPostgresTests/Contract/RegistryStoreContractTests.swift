import Testing
import ZhizaoCore
import ZhizaoDataset
import ZhizaoInterchange
import ZhizaoStorage

extension StorageContract {
    /// The registry page, its download, the name searches and where records are (``RegistryStore``'s reads), the
    /// same on every engine.
    struct RegistryStoreContractTests {
        /// Two firms beside the built-in dataset's, with valid USCCs.
        static let twoFirms: [UInt8] = {
            let header = "uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
            let rows = [
                "91110000600037341L,广州花都精密汽车零部件有限公司,Huadu Precision Auto Parts,花都区,,3670,,,,,",
                "91440114MA5D0X1Y2K,广州黄埔新材料科技有限公司,,黄埔区,,2651,,,,,",
            ]
            return Array((header + rows.map(withCheckCharacter).joined(separator: "\n") + "\n").utf8)
        }()

        /// The row with its USCC's check character made right.
        static func withCheckCharacter(_ row: String) -> String {
            let code = Array(row.utf8.prefix(17))
            return String(decoding: code + [USCC.checkCharacter(forFirst17: code)!], as: UTF8.self) + String(row.dropFirst(18))
        }

        /// A store holding the built-in dataset and ``twoFirms``.
        static func withTwoFirms<Result: Sendable>(_ engine: StorageEngine, _ body: (any RegistryStore) async throws -> Result) async throws -> Result {
            try await engine.with((any RegistryStore).self) { store in
                _ = try await store.importEnterprises(csv: twoFirms, file: "s.csv", sheet: nil, by: .contract, progress: nil)
                return try await body(store)
            }
        }

        /// `count` generated firms (synthetic, with revenue, designations and business scopes).
        static func generated(_ count: Int, seed: UInt64 = 11) -> [UInt8] {
            var registry = SyntheticRegistry(seed: seed)
            return Array((SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()).utf8)
        }

        @Test(arguments: StorageEngine.available)
        func enterprisesAreFoundBySubstringsOfEitherName(_ engine: StorageEngine) async throws {
            let cases: [(query: String, names: [String])] = [
                ("汽车零部件", ["广州花都精密汽车零部件有限公司"]),  // three characters or more
                ("花都", ["广州花都精密汽车零部件有限公司"]),  // two characters
                ("材", ["广州黄埔新材料科技有限公司"]),  // one character
                ("precision", ["广州花都精密汽车零部件有限公司"]),  // English, any case
                ("有限公司", ["阿尔特汽车技术股份有限公司", "广州花都精密汽车零部件有限公司", "广州黄埔新材料科技有限公司"]),
                ("不存在的企业", []),
                ("\"", []),
                ("100%", []),  // a LIKE wildcard is taken literally
            ]
            try await Self.withTwoFirms(engine) { store in
                for (query, names) in cases {
                    let found = try await store.searchEnterprises(query, limit: 20)
                    #expect(found.map(\.name.zh) == names, "\(query)")
                }
                // More matches than the limit: the first by id, with a short word too
                #expect(try await store.searchEnterprises("有限公司", limit: 2).map(\.name.zh) == ["阿尔特汽车技术股份有限公司", "广州花都精密汽车零部件有限公司"])
                #expect(try await store.searchEnterprises("有限公司 广州", limit: 1).map(\.name.zh) == ["广州花都精密汽车零部件有限公司"])
            }
        }

        @Test(arguments: StorageEngine.available)
        func everyWordMustMatchInEitherScript(_ engine: StorageEngine) async throws {
            let cases: [(query: String, names: [String])] = [
                ("汽車零部件", ["广州花都精密汽车零部件有限公司"]),  // traditional script
                ("花都 汽车", ["广州花都精密汽车零部件有限公司"]),  // two short words: both must match
                ("广州 汽车零部件", ["广州花都精密汽车零部件有限公司"]),  // a short word and a long one
                ("廣州　新材料", ["广州黄埔新材料科技有限公司"]),  // ideographic space, traditional
                ("有限公司 科技", ["广州黄埔新材料科技有限公司"]),  // two long words
                ("花都 新材料", []),  // each word matches a firm, no firm both
            ]
            try await Self.withTwoFirms(engine) { store in
                for (query, names) in cases {
                    let found = try await store.searchEnterprises(query, limit: 20)
                    let page = try await store.enterprises(EnterpriseQuery(text: query))
                    #expect(found.map(\.name.zh) == names, "\(query)")
                    #expect(page.items.map(\.name.zh).sorted() == names, "\(query)")
                }
            }
        }

        @Test(arguments: StorageEngine.available)
        func aFirmIsFoundByItsExactNameAndItsNewName(_ engine: StorageEngine) async throws {
            try await Self.withTwoFirms(engine) { store in
                #expect(try await store.enterprises(named: "廣州黃埔新材料科技有限公司", limit: 10).map(\.name.zh) == ["广州黄埔新材料科技有限公司"])
                #expect(try await store.enterprises(named: "huadu precision auto parts", limit: 10).map(\.ref) == ["91110000600037341L"])
                #expect(try await store.enterprises(named: "黄埔新材料", limit: 10).isEmpty)  // part of a name is no name
                // A rename by import is found by the new name only
                let header = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
                let renamed = Array((header + "91110000600037341L,广州花都智能装备有限公司,花都区,,3670,,,,,\n").utf8)
                _ = try await store.importEnterprises(csv: renamed, file: "r.csv", sheet: nil, by: .contract, progress: nil)
                #expect(try await store.searchEnterprises("精密汽车", limit: 20).isEmpty)
                #expect(try await store.searchEnterprises("智能装备", limit: 20).map(\.ref) == ["91110000600037341L"])
            }
        }

        @Test(arguments: StorageEngine.available)
        func projectsAndPlacesAreFoundByPartOfTheirNames(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                #expect(
                    try await store.searchProjectsAndPlaces("东风日产", limit: 20).map(\.ref)
                        == ["dongfeng-nissan-model-upgrade", "huadu-dongfeng-nissan-agreement"])
                let huadu = try await store.searchProjectsAndPlaces("花都", limit: 20)
                #expect(huadu.contains { $0.kind == "place" && $0.ref == "huadu" && $0.name.zh == "花都区" })
                // Projects before places, each by id
                #expect(huadu.map(\.kind) == huadu.map(\.kind).sorted())
                #expect(try await store.searchProjectsAndPlaces("huadu", limit: 20).contains { $0.ref == "huadu" })
                #expect(try await store.searchProjectsAndPlaces("花都", limit: 1).count == 1)
                #expect(try await store.searchProjectsAndPlaces("  ", limit: 20).isEmpty)
                #expect(try await store.searchProjectsAndPlaces("不存在的项目", limit: 20).isEmpty)
            }
        }

        @Test(arguments: StorageEngine.available)
        func offersTheFirmsAReferenceMayMean(_ engine: StorageEngine) async throws {
            let cases: [(text: String, ref: String)] = [
                ("广州花都精密汽车", "91110000600037341L"),  // part of a name
                ("广州花都精蜜汽车零部件有限公司", "91110000600037341L"),  // a name with a typo (蜜 for 密)
                ("91110000600073341L", "91110000600037341L"),  // two digits swapped
                ("91110000600037341l", "91110000600037341L"),  // lowercase
                ("鸿利", "hongli"),  // a firm of the built-in dataset, by its slug
            ]
            try await Self.withTwoFirms(engine) { store in
                for (text, ref) in cases {
                    let candidates = try await store.enterpriseCandidates(for: text, limit: 8)
                    #expect(candidates.first?.ref == ref, "\(text): \(candidates.map(\.ref))")
                }
                #expect(try await store.enterpriseCandidates(for: "乙乙乙乙乙乙", limit: 8).isEmpty)
                #expect(try await store.enterpriseCandidates(for: "  ", limit: 8).isEmpty)
            }
        }

        @Test(arguments: StorageEngine.available)
        func theRegistryPageFiltersSortsAndCounts(_ engine: StorageEngine) async throws {
            try await engine.with((any RegistryStore).self) { store in
                _ = try await store.importEnterprises(csv: Self.generated(300), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                let all = try await store.enterprises(matching: EnterpriseQuery(perPage: 200), limit: 1000)
                #expect(all.count == 305)
                // By revenue, largest first; firms without revenue last
                let revenues = all.map { $0.revenue.max { $0.key < $1.key }?.value }
                let known = revenues.prefix { $0 != nil }.compactMap { $0 }
                #expect(known == known.sorted(by: >) && revenues.dropFirst(known.count).allSatisfy { $0 == nil } && known.count >= 250)

                let page = try await store.enterprises(EnterpriseQuery(page: 2, perPage: 50))
                #expect(page.items.map(\.name) == all[50..<100].map(\.name))
                #expect(page.matching == 305 && !page.isCountCapped && page.hasMore)
                let last = try await store.enterprises(EnterpriseQuery(page: 7, perPage: 50))
                #expect(last.items.count == 5 && !last.hasMore)

                // A district's firms, an industry by prefix, a designation
                let huadu = try await store.enterprises(EnterpriseQuery(districtId: "huadu", perPage: 200))
                #expect(huadu.matching == all.filter { $0.districtId == "huadu" }.count && huadu.items.allSatisfy { $0.districtId == "huadu" })
                let code = try #require(all.compactMap(\.industryCode).first)
                let division = String(code.prefix(2))
                let industry = try await store.enterprises(EnterpriseQuery(industryCode: division, perPage: 200))
                #expect(industry.matching == all.filter { $0.industryCode?.hasPrefix(division) == true }.count && industry.matching > 0)
                let designated = try await store.enterprises(EnterpriseQuery(designation: .specialised, perPage: 200))
                #expect(designated.matching == all.filter { $0.designations.contains { $0.kind == .specialised } }.count)

                // Every sort gives the same firms in an order both engines agree on
                for sort in EnterpriseQuery.Sort.allCases {
                    let sorted = try await store.enterprises(matching: EnterpriseQuery(sort: sort), limit: 1000)
                    #expect(Set(sorted.map(\.name.zh)) == Set(all.map(\.name.zh)) && sorted.count == all.count, "\(sort)")
                    switch sort {
                    case .name: #expect(sorted.map(\.name.zh) == sorted.map(\.name.zh).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
                    case .founded:
                        let years = sorted.map(\.founded)
                        #expect(years.compactMap { $0 } == years.compactMap { $0 }.sorted())
                        #expect(years.drop { $0 != nil }.allSatisfy { $0 == nil })
                    case .employees:
                        let sizes = sorted.map(\.employees)
                        #expect(sizes.compactMap { $0 } == sizes.compactMap { $0 }.sorted(by: >))
                        #expect(sizes.drop { $0 != nil }.allSatisfy { $0 == nil })
                    case .revenue, .revenueDescending: break
                    }
                }
                #expect(try await store.enterprises(matching: EnterpriseQuery(), limit: 7).count == 7)
            }
        }

        @Test(arguments: StorageEngine.available)
        func theRegistryPagesAreTheSameOnEveryEngine(_ engine: StorageEngine) async throws {
            // Both engines give the pages the SQLite engine gives (every page of every sort, so that the firms without
            // a value and the ties come where SQLite puts them): compared with ones built here.
            @Sendable func pages(_ store: any RegistryStore) async throws -> [[String]] {
                _ = try await store.importEnterprises(csv: Self.generated(120, seed: 3), file: "gen.csv", sheet: nil, by: .contract, progress: nil)
                var pages: [[String]] = []
                for sort in EnterpriseQuery.Sort.allCases {
                    for page in 1...4 { pages.append(try await store.enterprises(EnterpriseQuery(sort: sort, page: page, perPage: 40)).items.map(\.name.zh)) }
                    pages.append(try await store.enterprises(matching: EnterpriseQuery(sort: sort), limit: 70).map(\.name.zh))
                }
                return pages
            }
            let reference = try await StorageEngine.sqlite.with((any RegistryStore).self) { try await pages($0) }
            try await engine.with((any RegistryStore).self) { store in
                let mine = try await pages(store)
                #expect(mine == reference)
                #expect(mine.joined().count == EnterpriseQuery.Sort.allCases.count * (125 + 70))
            }
        }

        @Test(arguments: StorageEngine.available)
        func projectsAreFoundByTheirInvestorsAndRecordsByDistrict(_ engine: StorageEngine) async throws {
            let dataset = try BuiltInDataset.guangzhou2020()
            try await engine.with((any RegistryStore).self) { store in
                let hongli = try await store.projects(investor: "hongli")
                #expect(!hongli.isEmpty && hongli == dataset.projects.filter { $0.investorIds.contains("hongli") })
                #expect(try await store.projects(investor: "nobody").isEmpty)

                #expect(try await store.district(of: .place("huadu")) == "huadu")
                #expect(try await store.district(of: .place("guangzhou")) == nil)
                let park = try #require(dataset.places.first { $0.kind == .park && $0.parentId != nil })
                #expect(try await store.district(of: .place(park.id)) != nil)
                let cluster = try #require(dataset.clusters.first { $0.scope == .district })
                #expect(try await store.district(of: .cluster(cluster.id)) == cluster.placeId)
                let project = try #require(hongli.first)
                #expect(try await store.district(of: .project(project.id)) == project.placeId.flatMap { PlaceDirectory(places: dataset.places).district(of: $0)?.id })
                let firm = try #require(dataset.enterprises.first { $0.slug == "hongli" })
                #expect(try await store.district(of: .enterprise("hongli")) == firm.districtId)
                #expect(try await store.district(of: .enterprise("nobody")) == nil)
                #expect(try await store.district(of: .cluster("nothing")) == nil)
            }
        }
    }
}
