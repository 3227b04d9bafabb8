import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheetsTesting

/// Enterprise files as a bureau keeps them: .xlsx workbooks with Chinese headers under a title, GBK CSVs, values
/// written the way people write them.
@Suite struct WorkbookImportTests {
    let places = PlaceDirectory(places: [
        Place(id: "guangzhou", kind: .city, name: LocalizedText(zh: "广州市", en: "Guangzhou")),
        Place(id: "huadu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "花都区", en: "Huadu")),
        Place(id: "huangpu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "黄埔区", en: "Huangpu")),
    ])
    let chineseHeader = ["统一社会信用代码", "企业名称", "所属区", "所在园区", "行业代码", "成立年份", "从业人数", "营业收入（元）", "营业收入年份", "认定称号"]

    private func read(_ bytes: [UInt8], file: String = "名录.xlsx", sheet: String? = nil) throws -> (firms: [Enterprise], reading: TableReading) {
        var firms: [Enterprise] = []
        let reading = try EnterpriseTable.read(bytes, file: file, sheet: sheet, places: places) { firms.append($0) }
        return (firms, reading)
    }

    private func problems(_ bytes: [UInt8], file: String = "名录.xlsx") -> [ImportProblem] {
        do {
            _ = try read(bytes, file: file)
            return []
        } catch let error as ImportError {
            return error.problems
        } catch {
            return [ImportProblem(file: file, line: -1, column: 0, message: "unexpected \(error)")]
        }
    }

    @Test func readsAWorkbookWithChineseHeadersBelowATitle() throws {
        // Given a sheet with a title row, a blank row, then Chinese headers and two firms
        let workbook = TestWorkbook(name: "企业名录", rows: [
            ["2023年花都区工业企业名录"], [],
            chineseHeader,
            ["91110000600037341L", "广州测试汽车零部件有限公司", "花都", "", "3670", "2010", "1,200", "2000万", "2020", "小巨人:2021:国家级"],
            ["91440114MA5C00002L", "广州第二测试有限公司", "黄埔区", "", "3670", "2019年3月", "", "", "", ""],
        ])
        // When it is read
        let (firms, reading) = try read(try workbook.bytes())
        // Then both firms are read with their values
        #expect(reading.rows == 2)
        #expect(firms.map(\.uscc) == ["91110000600037341L", "91440114MA5C00002L"])
        #expect(firms.map(\.districtId) == ["huadu", "huangpu"])
        #expect(firms.map(\.founded) == [2010, 2019])
        #expect(firms[0].revenue == [2020: 2e7])
        #expect(firms[0].employees == 1200)
    }

    @Test func readsNumberCellsSharedStringsAndADateCellForFounded() throws {
        // Given the header as shared strings, the industry code and revenue as number cells and founded as a date cell
        var workbook = TestWorkbook(sheets: [("Sheet1", """
            <row r="1">\(chineseHeader.indices.map { "<c r=\"\(TestWorkbook.letters($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined())</row>\
            <row r="2"><c r="A2" t="s"><v>10</v></c><c r="B2" t="s"><v>11</v></c><c r="C2" t="s"><v>12</v></c>\
            <c r="E2"><v>3670</v></c><c r="F2" s="1"><v>43529</v></c><c r="G2"><v>120</v></c>\
            <c r="H2"><v>20000000.000000004</v></c><c r="I2"><v>2023</v></c></row>
            """)])
        workbook.sharedStrings = (chineseHeader + ["91110000600037341L", "广州测试有限公司", "花都区"]).map { "<t>\($0)</t>" }
        workbook.cellStyles = [0, 14]
        let (firms, _) = try read(try workbook.bytes())
        let firm = try #require(firms.first)
        #expect(firm.industryCode == "3670")
        #expect(firm.founded == 2019)
        #expect(firm.revenue == [2023: 2e7])
        #expect(firm.employees == 120)
    }

    @Test func locatesProblemsBySheetAndCellInBothLanguages() throws {
        // Given a second sheet with a bad industry code in E4 and a missing name in B5
        let workbook = TestWorkbook(sheets: [
            ("说明", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>填表说明</t></is></c></row>"),
            ("企业", TestWorkbook(name: "企业", rows: [
                ["企业名录"], [], chineseHeader,
                ["91110000600037341L", "甲", "花都区", "", "9999", "", "", "", "", ""],
                ["91440114MA5C00002L", "", "花都区", "", "3670", "", "", "", "", ""],
            ]).sheets[0].data),
        ])
        let error = #expect(throws: ImportError.self) { try read(try workbook.bytes(), sheet: "企业") }
        let problems = try #require(error?.problems)
        // Then each problem names its cell, in English and Chinese
        #expect(problems.map(\.description) == [
            "名录.xlsx:企业!E4: industry_code \"9999\": is not a class of GB/T 4754-2017 (e.g. 3670 汽车零部件及配件制造)",
            "名录.xlsx:企业!B5: name \"\": is required",
        ])
        #expect(problems.map(\.cell) == ["企业!E4", "企业!B5"])
        #expect(problems[1].chinese == "企业名称“”：不能为空，请填写")
        #expect(problems[0].chineseDescription.hasPrefix("名录.xlsx:企业!E4：行业代码“9999”：不是国民经济行业分类"))
    }

    @Test func choosesTheSheetByNameOrNumberAndNamesTheSheetsWhenItIsMissing() throws {
        let firm = ["91110000600037341L", "甲", "花都区", "", "3670", "", "", "", "", ""]
        let bytes = try TestWorkbook(sheets: [
            ("说明", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>notes</t></is></c></row>"),
            ("企业", TestWorkbook(rows: [chineseHeader, firm]).sheets[0].data),
        ]).bytes()
        #expect(try read(bytes, sheet: "企业").reading.rows == 1)
        #expect(try read(bytes, sheet: "2").reading.rows == 1)
        // The first sheet, by default, has no header: the problem says which columns are missing
        #expect(problems(bytes).map(\.message).contains { $0.hasPrefix("missing column(s) uscc, name, district") })
        let missing = #expect(throws: ImportError.self) { try read(bytes, sheet: "Sheet9") }
        #expect(missing?.problems.first?.message.contains("\"说明\", \"企业\"") == true)
    }

    @Test func upperCasesALowercaseUSCCWithANote() throws {
        let bytes = try TestWorkbook(rows: [chineseHeader, ["91110000600037341l", "甲", "花都区", "", "3670", "", "", "", "", ""]]).bytes()
        let (firms, reading) = try read(bytes)
        #expect(firms.first?.uscc == "91110000600037341L")
        #expect(reading.notes.map(\.description) == ["名录.xlsx:Sheet1!A2: uscc \"91110000600037341l\": read as 91110000600037341L (upper case)"])
        #expect(reading.notes.first?.chinese == "统一社会信用代码“91110000600037341l”：已按大写读作 91110000600037341L")
    }

    @Test(arguments: [
        ("2019", 2019), ("2019年", 2019), ("2019/3/5", 2019), ("2019-03", 2019), ("2019-3-5", 2019), ("2019年3月", 2019),
        ("2019年3月5日", 2019), ("2019.3", 2019), ("２０１９年３月", 2019), ("2019-03-05 00:00", 2019),
    ])
    func readsFoundedAsBureausWriteIt(text: String, year: Int) throws {
        let csv = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
            + "91110000600037341L,甲,广州市花都区,,3670,\(text),,,,\n"
        let (firms, _) = try read(Array(csv.utf8), file: "e.csv")
        #expect(firms.first?.founded == year)
        #expect(firms.first?.districtId == "huadu")
    }

    @Test(arguments: ["2019/13/5", "3月5日", "19年", "2019-3-5-1", "2019年3日", "二〇一九"])
    func refusesFoundedThatIsNoDate(text: String) {
        let csv = "uscc,name,district,park,industry_code,founded,employees,revenue_cny,revenue_year,designations\n"
            + "91110000600037341L,甲,花都区,,3670,\(text),,,,\n"
        #expect(problems(Array(csv.utf8), file: "e.csv").map(\.chinese) == ["成立年份“\(text)”：不是年份，请写作 2019、2019-03-05、2019/3/5 或 2019年3月"])
    }

    @Test func importsAGBKCSVWithChineseHeaders() throws {
        // Given a CSV saved by Excel on Chinese Windows (GBK, CRLF) with common variants of the Chinese headings:
        // 统一社会信用代码,企业名称,区域,园区,国民经济行业代码,成立时间,从业人员,营业收入（元）,营业收入年份,认定称号
        // 91440114ma5c00002l,广州花都测试有限公司,广州市花都区,,3670,2019/3/5,120,2000万,2023,小巨人:2021:国家级
        let gbk: [UInt8] = [
        0xCD, 0xB3, 0xD2, 0xBB, 0xC9, 0xE7, 0xBB, 0xE1, 0xD0, 0xC5, 0xD3, 0xC3, 0xB4, 0xFA, 0xC2, 0xEB, 0x2C,
        0xC6, 0xF3, 0xD2, 0xB5, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xC7, 0xF8, 0xD3, 0xF2, 0x2C, 0xD4, 0xB0, 0xC7,
        0xF8, 0x2C, 0xB9, 0xFA, 0xC3, 0xF1, 0xBE, 0xAD, 0xBC, 0xC3, 0xD0, 0xD0, 0xD2, 0xB5, 0xB4, 0xFA, 0xC2,
        0xEB, 0x2C, 0xB3, 0xC9, 0xC1, 0xA2, 0xCA, 0xB1, 0xBC, 0xE4, 0x2C, 0xB4, 0xD3, 0xD2, 0xB5, 0xC8, 0xCB,
        0xD4, 0xB1, 0x2C, 0xD3, 0xAA, 0xD2, 0xB5, 0xCA, 0xD5, 0xC8, 0xEB, 0xA3, 0xA8, 0xD4, 0xAA, 0xA3, 0xA9,
        0x2C, 0xD3, 0xAA, 0xD2, 0xB5, 0xCA, 0xD5, 0xC8, 0xEB, 0xC4, 0xEA, 0xB7, 0xDD, 0x2C, 0xC8, 0xCF, 0xB6,
        0xA8, 0xB3, 0xC6, 0xBA, 0xC5, 0x0D, 0x0A, 0x39, 0x31, 0x34, 0x34, 0x30, 0x31, 0x31, 0x34, 0x6D, 0x61,
        0x35, 0x63, 0x30, 0x30, 0x30, 0x30, 0x32, 0x6C, 0x2C, 0xB9, 0xE3, 0xD6, 0xDD, 0xBB, 0xA8, 0xB6, 0xBC,
        0xB2, 0xE2, 0xCA, 0xD4, 0xD3, 0xD0, 0xCF, 0xDE, 0xB9, 0xAB, 0xCB, 0xBE, 0x2C, 0xB9, 0xE3, 0xD6, 0xDD,
        0xCA, 0xD0, 0xBB, 0xA8, 0xB6, 0xBC, 0xC7, 0xF8, 0x2C, 0x2C, 0x33, 0x36, 0x37, 0x30, 0x2C, 0x32, 0x30,
        0x31, 0x39, 0x2F, 0x33, 0x2F, 0x35, 0x2C, 0x31, 0x32, 0x30, 0x2C, 0x32, 0x30, 0x30, 0x30, 0xCD, 0xF2,
        0x2C, 0x32, 0x30, 0x32, 0x33, 0x2C, 0xD0, 0xA1, 0xBE, 0xDE, 0xC8, 0xCB, 0x3A, 0x32, 0x30, 0x32, 0x31,
        0x3A, 0xB9, 0xFA, 0xBC, 0xD2, 0xBC, 0xB6, 0x0D, 0x0A
        ]
        let (firms, reading) = try read(gbk, file: "名录.csv")
        let firm = try #require(firms.first)
        #expect(firm.uscc == "91440114MA5C00002L")
        #expect(firm.name.zh == "广州花都测试有限公司")
        #expect(firm.districtId == "huadu")
        #expect(firm.founded == 2019)
        #expect(firm.revenue == [2023: 2e7])
        #expect(firm.designations == [Designation(.littleGiant, year: 2021, level: .national)])
        #expect(reading.notes.count == 1)
    }

    @Test func skipsATitleLineAboveACSVHeaderAndCountsLinesFromTheFile() throws {
        let csv = "2023年花都区企业名录,,\n\n统一社会信用代码,企业名称,所属区,所在园区,行业代码,成立年份,从业人数,营业收入（元）,营业收入年份,认定称号\n"
            + "91110000600037341L,甲,花都区,,3670,2010,,,,\n91110000600037341L,乙,花都区,,3670,2011,,,,\n"
        let found = problems(Array(csv.utf8), file: "e.csv")
        #expect(found.map(\.description) == ["e.csv:5:1: uscc \"91110000600037341L\": appears again (first on line 4); each enterprise needs one row"])
    }

    @Test func acceptsHeadingsWithSpacesAndEitherParentheses() throws {
        let header = ["统一社会 信用代码", "单位名称", "所在区", "所属园区", "行业代码", "成立日期", "从业人员数", "营业收入(元)", "营业收入年份", "认定称号"]
        let bytes = try TestWorkbook(rows: [header, ["91110000600037341L", "甲", "花都区", "", "3670", "", "", "5", "2020", ""]]).bytes()
        #expect(try read(bytes).firms.first?.revenue == [2020: 5])
    }

    @Test func namesAnUnknownChineseHeadingWithTheHeadingsItKnows() {
        let csv = "统一社会信用代码,企业名称,所属区,备注\n91110000600037341L,甲,花都区,无\n"
        let found = problems(Array(csv.utf8), file: "e.csv")
        #expect(found.first?.description.hasPrefix("e.csv:1:19: unknown column \"备注\"") == true)
        #expect(found.first?.chinese?.contains("统一社会信用代码、企业名称") == true)
    }
}
