import Foundation
import Testing
import ZhizaoSheets
import ZhizaoSheetsTesting

/// Every row of a workbook's sheet, as the reader gives them.
private func rows(_ workbook: TestWorkbook, sheet: String? = nil) throws -> [SheetRow] {
    let reader = try WorkbookReader(bytes: try workbook.bytes())
    var rows: [SheetRow] = []
    try reader.rows(of: try reader.sheet(named: sheet)) { row in
        rows.append(row)
        return true
    }
    return rows
}

@Suite("Reading .xlsx workbooks")
struct WorkbookReaderTests {
    @Test("shared strings, plain and rich text with its phonetic guide left out, and inline strings")
    func strings() throws {
        // Given a sheet of shared strings (one of them in two runs with a phonetic guide) and an inline string
        var workbook = TestWorkbook(sheets: [("企业", """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>所属区</t></is></c></row>
            """)])
        workbook.sharedStrings = [
            "<t>统一社会信用代码</t>",
            "<r><rPr><b/></rPr><t>企业</t></r><r><t xml:space=\"preserve\">名称 &amp; 简称</t></r><rPh sb=\"0\" eb=\"2\"><t>qiye</t></rPh>",
        ]
        // When it is read, Then each cell is its whole text
        #expect(try rows(workbook) == [SheetRow(number: 1, cells: ["统一社会信用代码", "企业名称 & 简称", "所属区"])])
    }

    @Test("numbers keep their digits without float noise or .0; numbers stored as text stay text")
    func numbers() throws {
        let workbook = TestWorkbook(sheets: [("Sheet1", """
            <row r="1"><c r="A1"><v>3670</v></c><c r="B1"><v>1234.5</v></c><c r="C1"><v>0.30000000000000004</v></c>\
            <c r="D1"><v>1.2E+3</v></c><c r="E1"><v>120000000.0</v></c><c r="F1" t="str"><f>A1*2</f><v>7340</v></c>\
            <c r="G1" t="inlineStr"><is><t>0012</t></is></c><c r="H1" t="b"><v>1</v></c><c r="I1" t="e"><v>#N/A</v></c>\
            <c r="J1"><v>-0.125</v></c></row>
            """)])
        #expect(try rows(workbook)[0].cells == ["3670", "1234.5", "0.3", "1200", "120000000", "7340", "0012", "TRUE", "#N/A", "-0.125"])
    }

    @Test(
        "date serials in date-formatted cells read as ISO dates",
        arguments: [
            (14, nil, "43529", "2019-03-05"),  // m/d/yyyy
            (22, nil, "43529.5", "2019-03-05 12:00"),  // m/d/yy h:mm
            (31, nil, "43529", "2019-03-05"),  // yyyy"年"m"月"d"日", Chinese Windows
            (164, "yyyy\"年\"m\"月\"", "43525", "2019-03-01"),
            (165, "yyyy/mm/dd;@", "36526", "2000-01-01"),
            (166, "[$-804]yyyy-mm-dd", "1", "1900-01-01"),
            (167, "0.00\"万元\"", "43529", "43529"),  // a number format with text, not a date
            (168, "h:mm", "0.5", "0.5"),  // a time of day stays a number
            (0, nil, "43529", "43529"),  // General
        ] as [(Int, String?, String, String)])
    func dates(format: Int, code: String?, serial: String, expected: String) throws {
        // Given a number cell whose style has the format
        var workbook = TestWorkbook(sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>\(serial)</v></c></row>")])
        workbook.cellStyles = [0, format]
        if let code { workbook.customFormats = [format: code] }
        // When read, Then a date format gives an ISO date and anything else the number
        #expect(try rows(workbook)[0].cells == [expected])
    }

    @Test("the 1904 date system counts from 1904-01-01")
    func dates1904() throws {
        var workbook = TestWorkbook(sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42067</v></c></row>")])
        workbook.cellStyles = [0, 14]
        workbook.uses1904 = true
        #expect(try rows(workbook)[0].cells == ["2019-03-05"])
    }

    @Test("missing cells are empty and missing rows are skipped, cell addresses or none")
    func gaps() throws {
        // Given row 2 with cells in A and D only, row 5 without addresses, and empty cells
        let workbook = TestWorkbook(sheets: [("Sheet1", """
            <row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="D2"><v>4</v></c></row>\
            <row r="5"><c t="inlineStr"><is><t>x</t></is></c><c/><c><v>3</v></c></row>\
            <row><c r="B6"><v>1</v></c></row>
            """)])
        let read = try rows(workbook)
        // Then the gaps are empty cells and the rows keep their numbers
        #expect(read == [
            SheetRow(number: 2, cells: ["a", "", "", "4"]), SheetRow(number: 5, cells: ["x", "", "3"]),
            SheetRow(number: 6, cells: ["", "1"]),
        ])
    }

    @Test("a sheet by name or by position; the first by default; an unknown one names the sheets")
    func sheetChoice() throws {
        let workbook = TestWorkbook(sheets: [
            ("说明", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>notes</t></is></c></row>"),
            ("企业名录", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>firms</t></is></c></row>"),
        ])
        #expect(try rows(workbook)[0].cells == ["notes"])
        #expect(try rows(workbook, sheet: "企业名录")[0].cells == ["firms"])
        #expect(try rows(workbook, sheet: "2")[0].cells == ["firms"])
        let error = #expect(throws: SheetError.self) { try rows(workbook, sheet: "3") }
        #expect(error?.code == .noSuchSheet)
        #expect(error?.english.contains("\"说明\", \"企业名录\"") == true)
        #expect(error?.chinese.contains("“企业名录”") == true)
    }

    @Test("reading stops when asked, and a workbook too large for one chunk is read across chunk boundaries")
    func streaming() throws {
        // Given 20,000 rows (several decompressed chunks), with text that needs escaping
        let rowsXML = (1...20_000).map {
            "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>企业&lt;\($0)&gt;</t></is></c><c r=\"B\($0)\"><v>\($0)</v></c></row>"
        }
        let reader = try WorkbookReader(bytes: try TestWorkbook(sheets: [("Sheet1", rowsXML.joined())]).bytes())
        var count = 0, last: SheetRow?
        try reader.rows(of: reader.sheets[0]) { row in
            count += 1
            last = row
            return true
        }
        #expect(count == 20_000)
        #expect(last == SheetRow(number: 20_000, cells: ["企业<20000>", "20000"]))
        var taken = 0
        try reader.rows(of: reader.sheets[0]) { _ in
            taken += 1
            return taken < 3
        }
        #expect(taken == 3)
    }

    @Test("files that are not workbooks are refused with what to do")
    func notWorkbooks() throws {
        #expect(!WorkbookReader.isWorkbook(Array("uscc,name\n".utf8)))
        let damaged: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40)
        #expect(WorkbookReader.isWorkbook(damaged))
        let error = #expect(throws: SheetError.self) { try WorkbookReader(bytes: damaged) }
        #expect(error?.code == .notAWorkbook)
        #expect(error?.chinese.contains("Excel") == true)
    }

    @Test("cell references", arguments: [("A1", 0, 1), ("Z9", 25, 9), ("AA10", 26, 10), ("$B$3", 1, 3), ("XFD1048576", 16383, 1_048_576)])
    func references(text: String, column: Int, row: Int) {
        let reference = CellReference(text)
        #expect(reference == CellReference(column: column, row: row))
        #expect(CellReference.letters(ofColumn: column) + String(row) == text.replacingOccurrences(of: "$", with: ""))
    }
}
