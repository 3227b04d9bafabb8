import Foundation
import Testing
import ZhizaoSheets
import ZhizaoSheetsTesting

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// True when `xml` parses as XML.
func isWellFormed(_ xml: String) -> Bool {
    XMLParser(data: Data(xml.utf8)).parse()
}

@Suite struct WorkbookWriterTests {
    @Test func writesEveryPartOfAWorkbook() throws {
        // Given two sheets
        let data = try WorkbookWriter.bytes { workbook in
            try workbook.addSheet("企业", headings: ["企业名称", "营业收入（元）", "成立日期", "从业人数"]) { sheet in
                try sheet.append([.text("广州汽车集团股份有限公司"), .amount(12_345_678_901), .date(CalendarDay(year: 2020, month: 1, day: 1)), .number(250)])
                try sheet.append([.text("A & B <公司>"), .empty, .empty, .number(1.5)])
            }
            try workbook.addSheet("说明", headings: ["列", "说明"]) { sheet in
                try sheet.append([.text("企业名称"), .text("必填")])
            }
        }
        // When unzipped
        let parts = try workbookParts(data)
        // Then every part is there and well-formed
        for path in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
        {
            let xml = try #require(parts[path], "missing \(path)")
            #expect(isWellFormed(xml), "\(path) is not well-formed")
        }
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="企业" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="说明" sheetId="2" r:id="rId2"/>"#))
        #expect(try #require(parts["[Content_Types].xml"]).contains("/xl/worksheets/sheet2.xml"))

        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        // a bold, frozen header
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">企业名称</t></is></c>"#))
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        // text inline, numbers as numbers, money with its format and exact, dates as serials with the date format
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">广州汽车集团股份有限公司</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B2" s="3"><v>12345678901</v></c>"#))
        #expect(sheet.contains(#"<c r="C2" s="2"><v>43831</v></c>"#))
        #expect(sheet.contains(#"<c r="D2"><v>250</v></c>"#))
        #expect(sheet.contains(#"<c r="D3"><v>1.5</v></c>"#))
        #expect(sheet.contains("A &amp; B &lt;公司&gt;"))
        #expect(!sheet.contains(#"r="B3""#), "an empty cell is left out")
        #expect(sheet.contains(#"<dimension ref="A1:D3"/>"#))
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains(#"formatCode="yyyy-mm-dd""#) && styles.contains("<b/>"))
    }

    @Test func columnWidthsCountChineseCharactersTwice() throws {
        let data = try WorkbookWriter.bytes { workbook in
            try workbook.addSheet("宽度", headings: ["名称", "code"]) { sheet in
                try sheet.append([.text("广州市花都区汽车城有限公司"), .text("abcdefghijklmn")])
            }
        }
        let sheet = try #require(try workbookParts(data)["xl/worksheets/sheet1.xml"])
        // 13 CJK characters: 26 units, plus 2; 14 ASCII letters: 14, plus 2
        #expect(sheet.contains(#"<col min="1" max="1" width="28" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="2" max="2" width="16" customWidth="1"/>"#))
    }

    @Test func textXMLCannotHoldIsDroppedAndSheetNamesAreMadeValid() throws {
        let data = try WorkbookWriter.bytes { workbook in
            try workbook.addSheet("a/b:c", headings: ["x"]) { try $0.append([.text("bell\u{7}tab\tend")]) }
            try workbook.addSheet("ab:c", headings: ["x"]) { _ in }
            try workbook.addSheet(String(repeating: "长", count: 40), headings: ["x"]) { _ in }
        }
        let parts = try workbookParts(data)
        #expect(try #require(parts["xl/worksheets/sheet1.xml"]).contains("belltab\tend"))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"name="abc""#) && workbook.contains(#"name="abc (2)""#))
        #expect(workbook.contains(#"name="\#(String(repeating: "长", count: 31))""#))
    }

    @Test(arguments: [
        (CalendarDay(year: 1900, month: 3, day: 1), 61),
        (CalendarDay(year: 2020, month: 1, day: 1), 43831),
        (CalendarDay(year: 2026, month: 12, day: 1), 46357),
    ])
    func excelSerialsOfDays(day: CalendarDay, serial: Int) {
        #expect(day.excelSerial == serial)
    }

    @Test func readsISODays() {
        #expect(CalendarDay(iso: "2023-09-30") == CalendarDay(year: 2023, month: 9, day: 30))
        #expect(CalendarDay(iso: "2023-9-30") == nil)
        #expect(CalendarDay(iso: "2023-13-01") == nil)
    }
}
