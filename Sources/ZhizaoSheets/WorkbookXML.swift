/// The fixed XML parts of a workbook the writer makes, and the escaping of text put into them.
enum WorkbookXML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Style indexes into `styles`' `cellXfs`.
    enum Style: Int {
        case plain = 0, header = 1, date = 2, amount = 3
    }

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...max(sheetCount, 1)).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" "#
                + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + sheets.joined() + "</Types>"
    }

    static let packageRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" "#
        + #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" "#
        + #"Target="xl/workbook.xml"/></Relationships>"#

    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + "<sheets>" + sheets.joined() + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sheets = (0..<sheetCount).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(type)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        return declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.joined()
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(type)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Fonts: regular and bold; formats: 164 a day, 165 an amount with thousands separators.
    static let styles = declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>"#
        + ##"<numFmt numFmtId="165" formatCode="#,##0"/></numFmts>"##
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// Text for an attribute or text node: `& < > "` escaped, characters XML 1.0 cannot hold dropped.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped to `bytes` and returns its display width in Excel character units (a CJK character
    /// counts two).
    @discardableResult
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) -> Int {
        var width = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): bytes.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): bytes.append(contentsOf: greaterThan)
            case UInt8(ascii: "\""): bytes.append(contentsOf: quote)
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20: continue
            default: bytes.append(byte)
            }
            // Count characters by their first byte: ASCII and two-byte sequences are narrow, longer ones (CJK) wide.
            switch byte {
            case ..<0x80, 0xC0..<0xE0: width += 1
            case 0xE0...: width += 2
            default: break
            }
        }
        return width
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)

    /// The column letters of a 0-based index: A … Z, AA ….
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var letters: [UInt8] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(remainder))
            index = (index - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
