import Foundation
import ZIPFoundation

/// An `.xlsx` workbook assembled from XML written in the test, zipped with ZIPFoundation: the parts a reader
/// needs and nothing else, so that each test states exactly what Excel would have written.
public struct TestWorkbook {
    /// Sheet name → the `<sheetData>` content (rows and cells as XML).
    public var sheets: [(name: String, data: String)]
    /// The `<si>` items of the shared string table, as XML (`<t>…</t>` or rich-text runs).
    public var sharedStrings: [String] = []
    /// Custom number formats (`numFmtId` ≥ 164 → code), and the `numFmtId` of each cell style (style 0 first).
    public var customFormats: [Int: String] = [:]
    public var cellStyles: [Int] = [0]
    /// Whether dates count from 1904 (old Mac workbooks).
    public var uses1904 = false

    public init(sheets: [(name: String, data: String)]) {
        self.sheets = sheets
    }

    /// One sheet whose rows are inline-string cells, `rows[0]` in row 1; empty strings leave the cell out.
    public init(name: String = "Sheet1", rows: [[String]]) {
        let data = rows.enumerated().map { index, row in
            let cells = row.enumerated().filter { !$0.element.isEmpty }.map { column, text in
                "<c r=\"\(Self.letters(column))\(index + 1)\" t=\"inlineStr\"><is><t>\(Self.escape(text))</t></is></c>"
            }
            return "<row r=\"\(index + 1)\">\(cells.joined())</row>"
        }
        self.init(sheets: [(name, data.joined())])
    }

    /// The workbook's bytes.
    public func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        let sheetList = sheets.indices.map { "<sheet name=\"\(Self.escape(sheets[$0].name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
        try add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(main)" xmlns:r="\(relations)"><workbookPr\(uses1904 ? " date1904=\"1\"" : "")/>\
            <sheets>\(sheetList.joined())</sheets></workbook>
            """)
        // Sheet parts in reverse order of the tabs, so that only the relationships say which is which.
        let targets = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet\(sheets.count - $0).xml\"/>"
        }
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(targets.joined())</Relationships>
            """)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(sheets.count - index).xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(main)"><sheetData>\(sheet.data)</sheetData></worksheet>
                """)
        }
        if !sharedStrings.isEmpty {
            try add("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="\(main)" count="\(sharedStrings.count)">\(sharedStrings.map { "<si>\($0)</si>" }.joined())</sst>
                """)
        }
        let formats = customFormats.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(Self.escape($0.value))\"/>" }
        try add("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(main)"><numFmts count="\(formats.count)">\(formats.joined())</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs count="\(cellStyles.count)">\(cellStyles.map { "<xf numFmtId=\"\($0)\" applyNumberFormat=\"1\"/>" }.joined())</cellXfs>\
            </styleSheet>
            """)
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }

    /// A column's letters (0 → A).
    public static func letters(_ column: Int) -> String {
        column < 26 ? String(UnicodeScalar(UInt8(65 + column))) : letters(column / 26 - 1) + letters(column % 26)
    }

    /// `&`, `<`, `>` and `"` escaped for XML.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
