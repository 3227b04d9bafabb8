import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

@Suite struct SearchTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.builtIn()
        let header = "uscc,name,name_en,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
        let rows = [
            "91110000600037341L,广州花都精密汽车零部件有限公司,Huadu Precision Auto Parts,花都区,,3670,,,,,",
            "91440114MA5D0X1Y2K,广州黄埔新材料科技有限公司,,黄埔区,,2651,,,,,",
        ]
        let csv = header + rows.map { fixCheck($0) }.joined(separator: "\n") + "\n"
        _ = try database.importEnterprises(csv: Array(csv.utf8), file: "s.csv", by: .test)
    }

    /// Replaces the row's USCC check character with the right one.
    private func fixCheck(_ row: String) -> String {
        let code = Array(row.utf8.prefix(17))
        return String(decoding: code + [USCC.checkCharacter(forFirst17: code)!], as: UTF8.self) + String(row.dropFirst(18))
    }

    @Test(arguments: [
        ("汽车零部件", ["广州花都精密汽车零部件有限公司"]),  // trigram index
        ("花都", ["广州花都精密汽车零部件有限公司"]),  // two characters: instr fallback
        ("材", ["广州黄埔新材料科技有限公司"]),  // one character
        ("precision", ["广州花都精密汽车零部件有限公司"]),  // English, any case
        ("有限公司", ["阿尔特汽车技术股份有限公司", "广州花都精密汽车零部件有限公司", "广州黄埔新材料科技有限公司"]),
        ("不存在的企业", []),
        ("\"", []),
    ])
    func findsEnterprisesBySubstring(query: String, names: [String]) throws {
        let found = try database.searchEnterprises(query).map(\.name.zh)
        #expect(found == names)
    }

    @Test(arguments: [
        ("汽車零部件", ["广州花都精密汽车零部件有限公司"]),  // traditional script, trigram index
        ("花都 汽车", ["广州花都精密汽车零部件有限公司"]),  // two short words: both must match
        ("广州 汽车零部件", ["广州花都精密汽车零部件有限公司"]),  // a short word and a long one
        ("廣州　新材料", ["广州黄埔新材料科技有限公司"]),  // ideographic space, traditional
        ("有限公司 科技", ["广州黄埔新材料科技有限公司"]),  // two long words
        ("花都 新材料", []),  // each word matches a firm, no firm both
    ])
    func everyWordMustMatchInEitherScript(query: String, names: [String]) throws {
        #expect(try database.searchEnterprises(query).map(\.name.zh) == names)
        #expect(try database.enterprises(EnterpriseQuery(text: query)).items.map(\.name.zh).sorted() == names)
    }

    @Test func findsAFirmByItsExactName() throws {
        #expect(try database.enterprises(named: "廣州黃埔新材料科技有限公司").map(\.name.zh) == ["广州黄埔新材料科技有限公司"])
        #expect(try database.enterprises(named: "黄埔新材料").isEmpty)  // part of a name is no name
    }

    @Test func followsARename() throws {
        let code = try #require(try database.searchEnterprises("精密汽车").first?.ref)
        let header = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
        _ = try database.importEnterprises(csv: Array((header + "\(code),广州花都智能装备有限公司,花都区,,3670,,,,,\n").utf8), file: "r.csv", by: .test)
        #expect(try database.searchEnterprises("精密汽车").isEmpty)
        #expect(try database.searchEnterprises("智能装备").map(\.ref) == [code])
    }

    @Test func findsProjectsAndPlaces() throws {
        #expect(try database.searchProjectsAndPlaces("东风日产").map(\.ref) == ["dongfeng-nissan-model-upgrade", "huadu-dongfeng-nissan-agreement"])
        #expect(try database.searchProjectsAndPlaces("花都").contains { $0.kind == "place" && $0.ref == "huadu" })
    }

    @Test(arguments: [
        ("广州花都精密汽车", "91110000600037341L"),  // part of a name
        ("广州花都精蜜汽车零部件有限公司", "91110000600037341L"),  // a name with a typo (蜜 for 密)
        ("91110000600073341L", "91110000600037341L"),  // two digits swapped
        ("91110000600037341l", "91110000600037341L"),  // lowercase
        ("鸿利", "hongli"),  // a firm of the built-in dataset, by its slug
    ])
    func offersTheFirmsAReferenceMayMean(text: String, ref: String) throws {
        let candidates = try database.enterpriseCandidates(for: text)
        #expect(candidates.first?.ref == ref, "\(text): \(candidates.map(\.ref))")
    }

    @Test func offersNothingForTextNoNameHolds() throws {
        #expect(try database.enterpriseCandidates(for: "乙乙乙乙乙乙").isEmpty)
        #expect(try database.enterpriseCandidates(for: "  ").isEmpty)
    }
}
