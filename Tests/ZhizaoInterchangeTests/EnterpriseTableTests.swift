import Testing
import ZhizaoCore
import ZhizaoInterchange

@Suite struct EnterpriseTableTests {
    let places = PlaceDirectory(places: [
        Place(id: "guangzhou", kind: .city, name: LocalizedText(zh: "广州市", en: "Guangzhou")),
        Place(id: "huadu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "花都区", en: "Huadu")),
        Place(id: "huangpu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "黄埔区", en: "Huangpu")),
        Place(id: "gz-dz", parentId: "huangpu", kind: .zone, name: LocalizedText(zh: "广州开发区")),
    ])
    let header = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"

    private func read(_ text: String) throws -> [Enterprise] {
        var out: [Enterprise] = []
        try EnterpriseTable.read(Array(text.utf8), file: "e.csv", places: places) { out.append($0) }
        return out
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch let error as ImportError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func readsAValidRow() throws {
        let rows = try read(
            header + "91110000600037341L,广州测试汽车零部件有限公司,花都,,3670,2010,\"1,200\",\"２０００万\",2020,"
                + "\"above-scale:2020;小巨人:2021:national\"\n")
        let e = try #require(rows.first)
        #expect(e.uscc == "91110000600037341L")
        #expect(e.districtId == "huadu")
        #expect(e.industryCode == "3670")
        #expect(e.employees == 1200)
        #expect(e.revenue == [2020: 2e7])
        #expect(e.designations == [Designation(.aboveScale, year: 2020), Designation(.littleGiant, year: 2021, level: .national)])
        #expect(!e.synthetic)
    }

    @Test func locatesEveryBadValue() {
        let text = header
            + "91110000600037341L,甲,花都区,,3670,2010,10,100,2020,\n"
            + "91350100M000100Y4Z,乙,番禺区,广州开发区,9999,二〇一〇,-5,abc,2020,champion\n"
            + "91110000600037341L,丙,黄埔区,广州开发区,36,2010,10,,,\n"
        #expect(problems(text) == [
            "e.csv:3:1: uscc \"91350100M000100Y4Z\": character 18 'Z' is not allowed (0-9 and A-Y without I, O, S, V, Z)",
            "e.csv:3:22: district \"番禺区\": is not a district of the database; use one of 花都区 黄埔区",
            "e.csv:3:32: industry_code \"9999\": is not a class of GB/T 4754-2017 (e.g. 3670 汽车零部件及配件制造)",
            "e.csv:3:37: founded \"二〇一〇\": is not a year (write 2019, 2019-03-05, 2019/3/5 or 2019年3月)",
            "e.csv:3:42: employees \"-5\": must be between 0 and 10000000",
            "e.csv:3:45: revenue_cny \"abc\": is not a number (write 1234.5, 1,234.5 or 2000万)",
            "e.csv:3:54: designations \"champion\": item \"champion\" is not KIND[:YEAR[:LEVEL]] with KIND one of "
                + DesignationKind.allCases.map(\.rawValue).joined(separator: ", "),
            "e.csv:4:1: uscc \"91110000600037341L\": appears again (first on line 2); each enterprise needs one row",
            "e.csv:4:32: industry_code \"36\": is a division (汽车制造业); give a 4-digit class of GB/T 4754-2017",
        ])
    }

    /// A name longer than any firm's is a column out of place; the longest allowed is read.
    @Test func refusesANameLongerThanAnyFirmsName() throws {
        let longest = String(repeating: "汽", count: EnterpriseTable.longestName)
        #expect(try read(header + "91110000600037341L,\(longest),花都区,,3670,,,,,\n").first?.name.zh == longest)
        #expect(problems(header + "91110000600037341L,\(longest)车,花都区,,3670,,,,,\n") == [
            "e.csv:2:20: name \"\(longest)车\": is longer than 200 characters, which no firm's name is; check that the columns are in order"
        ])
    }

    @Test func namesAParkOutsideItsDistrict() {
        let text = header + "91110000600037341L,甲,花都区,广州开发区,3670,,,,,\n"
        #expect(problems(text) == ["e.csv:2:26: park \"广州开发区\": lies outside district 花都区"])
    }

    @Test func refusesABadHeader() {
        #expect(problems("uscc,name,distrct\n") == [
            "e.csv:1:11: unknown column \"distrct\"; the columns are "
                + EnterpriseTable.Column.allCases.map(\.rawValue).joined(separator: ", "),
            "e.csv:1:1: missing column(s) district, park, industry_code, founded, employees, revenue_cny, revenue_year, "
                + "designations; the header needs uscc,name,district,park,industry_code,founded,employees,revenue_cny,"
                + "revenue_year,designations",
        ])
    }

    @Test func refusesARowWithTheWrongNumberOfFields() {
        #expect(problems(header + "91110000600037341L,甲,花都区\n") == [
            "e.csv:2:1: row has 3 fields but the header has 10; quote fields that contain commas"
        ])
    }

    @Test func acceptsNothingOnceAProblemIsFound() {
        var accepted = 0
        let text = header + "91110000600037341L,甲,花都区,,3670,,,,,\n" + "bad,乙,花都区,,3670,,,,,\n"
            + "91110000600037342L,丙,花都区,,3670,,,,,\n"
        #expect(throws: ImportError.self) {
            try EnterpriseTable.read(Array(text.utf8), file: "e.csv", places: places) { _ in accepted += 1 }
        }
        #expect(accepted == 1)  // The store writes inside a transaction it then rolls back.
    }

    @Test func writesRowsThatReadBack() throws {
        let e = Enterprise(
            uscc: "91110000600037341L", name: LocalizedText(zh: "甲, \"引号\"", en: "A"), districtId: "huangpu",
            parkId: "gz-dz", industryCode: "3670", founded: 2001, employees: 12,
            revenue: [2018: 1_000_000, 2019: 1_500_000.5, 2020: 2_000_000], designations: [Designation(.specialised, year: 2020, level: .provincial)],
            synthetic: true)
        let text = CSVWriter.line(EnterpriseTable.header) + CSVWriter.line(EnterpriseTable.row(e, places: places))
        #expect(try read(text) == [e])
    }
}

@Suite struct SyntheticRegistryTests {
    let places = PlaceDirectory(places: [Place(id: "guangzhou", kind: .city, name: LocalizedText(zh: "广州市"))]
        + ["荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"].enumerated().map {
            Place(id: "d\($0.offset)", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: $0.element))
        } + [
            Place(id: "z1", parentId: "d5", kind: .zone, name: LocalizedText(zh: "广州开发区")),
            Place(id: "z2", parentId: "d8", kind: .zone, name: LocalizedText(zh: "南沙开发区")),
            Place(id: "z3", parentId: "d10", kind: .zone, name: LocalizedText(zh: "增城开发区")),
            Place(id: "z4", parentId: "d7", kind: .zone, name: LocalizedText(zh: "广州花都高新区")),
        ])

    private func generate(_ count: Int, seed: UInt64) -> String {
        var registry = SyntheticRegistry(seed: seed)
        return SyntheticRegistry.headerLine + (0..<count).map { _ in registry.nextLine() }.joined()
    }

    @Test func generatesValidMarkedManufacturingFirms() throws {
        var firms: [Enterprise] = []
        try EnterpriseTable.read(Array(generate(2000, seed: 7).utf8), file: "gen.csv", places: places) { firms.append($0) }
        #expect(firms.count == 2000)
        #expect(firms.allSatisfy { $0.synthetic && $0.name.zh.hasPrefix(SyntheticRegistry.marker) })
        #expect(firms.allSatisfy { IndustryClassification.gbt4754_2017.entry($0.industryCode!)?.section == "C" })
        #expect(Set(firms.map(\.districtId)).count == 11)
        #expect(firms.allSatisfy { $0.revenue.count == 3 })
        // Lognormal revenues: a minority above the 20 M CNY 规上 line, and they carry the designation.
        let above = firms.filter { ($0.revenue[2020] ?? 0) >= 2e7 }
        #expect(above.count > 200 && above.count < 1000)
        #expect(above.allSatisfy { $0.designations.contains { $0.kind == .aboveScale } })
    }

    @Test func districtsAreSpecialisedInTheirFavouredDivisions() throws {
        // Given a generated registry of 6,000 firms
        let registry = SyntheticRegistry(seed: 5)
        var firms: [Enterprise] = []
        try EnterpriseTable.read(Array(generate(6000, seed: 5).utf8), file: "gen.csv", places: places) { firms.append($0) }
        let byName = Dictionary(uniqueKeysWithValues: places.places.map { ($0.id, $0.name.zh) })
        func division(_ firm: Enterprise) -> String { String(firm.industryCode!.prefix(2)) }
        // Then no two districts favour the same division
        let favoured = registry.favouredDivisions
        #expect(favoured.count == 11)
        #expect(Set(favoured.values.flatMap { $0 }).count == 22)
        // And each district's location quotient in its favoured divisions is well above 1
        for (district, divisions) in favoured {
            let local = firms.filter { byName[$0.districtId ?? ""] == district }
            let localShare = Double(local.filter { divisions.contains(division($0)) }.count) / Double(local.count)
            let cityShare = Double(firms.filter { divisions.contains(division($0)) }.count) / Double(firms.count)
            #expect(localShare / cityShare > 2, "\(district): LQ \(localShare / cityShare) in \(divisions)")
        }
        // And a different seed favours other divisions
        #expect(SyntheticRegistry(seed: 6).favouredDivisions != favoured)
    }

    @Test func firmsHaveABusinessScopeNamingTheirClass() throws {
        var firms: [Enterprise] = []
        try EnterpriseTable.read(Array(generate(500, seed: 9).utf8), file: "gen.csv", places: places) { firms.append($0) }
        // Every firm's scope starts with its own class's name, as registrations list their main activity first.
        for firm in firms {
            let className = IndustryClassification.gbt4754_2017.entry(firm.industryCode!)!.name
            #expect(firm.businessScope?.hasPrefix(className + "；") == true, "\(firm.name.zh): \(firm.businessScope ?? "none")")
        }
        #expect(Set(firms.compactMap(\.businessScope)).count > 400)
    }

    @Test func theSameSeedGivesTheSameRegistry() {
        #expect(generate(50, seed: 3) == generate(50, seed: 3))
        #expect(generate(50, seed: 3) != generate(50, seed: 4))
    }
}
