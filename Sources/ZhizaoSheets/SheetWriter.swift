import Foundation

/// Writes one worksheet's rows as they come: each row's XML goes through a small buffer into a temporary file,
/// so a sheet of a million rows is never held in memory. The sheet's first row is its header, in bold and frozen;
/// column widths follow the widest cell seen (a CJK character counts two).
public final class SheetWriter {
    /// The sheet's name as Excel shows it on its tab.
    public let name: String
    let bodyURL: URL
    private let file: FileHandle
    private var buffer: [UInt8] = []
    private(set) var rowCount = 0
    private(set) var columnCount = 0
    /// The widest cell of each column so far, in Excel character units.
    private(set) var widths: [Int] = []
    /// `A`, `B`, … for the columns seen so far, as bytes.
    private var columnNames: [[UInt8]] = []

    static let flushSize = 1 << 16

    init(name: String, bodyURL: URL) throws {
        self.name = name
        self.bodyURL = bodyURL
        guard FileManager.default.createFile(atPath: bodyURL.path, contents: nil) else {
            throw WorkbookWriterError("cannot create the temporary file \(bodyURL.path)")
        }
        file = try FileHandle(forWritingTo: bodyURL)
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// Appends the header row: text in bold.
    func appendHeader(_ headings: [String]) throws {
        try append(headings.map(Cell.text), style: .header)
    }

    /// Appends one row of cells; `.empty` cells are left out.
    public func append(_ cells: [Cell]) throws {
        try append(cells, style: nil)
    }

    private func append(_ cells: [Cell], style: WorkbookXML.Style?) throws {
        rowCount += 1
        while columnNames.count < cells.count {
            columnNames.append(Array(WorkbookXML.columnName(columnNames.count).utf8))
            widths.append(0)
        }
        columnCount = max(columnCount, cells.count)
        let rowNumber = Array(String(rowCount).utf8)
        buffer.append(contentsOf: Self.rowOpen)
        buffer.append(contentsOf: rowNumber)
        buffer.append(contentsOf: Self.tagClose)
        for (index, cell) in cells.enumerated() {
            let width: Int
            switch cell {
            case .empty:
                continue
            case .text(let text):
                open(index, rowNumber, style: style, type: Self.inlineString)
                buffer.append(contentsOf: Self.inlineOpen)
                width = WorkbookXML.appendEscaped(text, to: &buffer)
                buffer.append(contentsOf: Self.inlineClose)
            case .number(let value), .amount(let value):
                guard value.isFinite else { continue }
                let isAmount = if case .amount = cell { true } else { false }
                open(index, rowNumber, style: isAmount ? WorkbookXML.Style.amount : style, type: nil)
                let digits = Self.numberText(value)
                buffer.append(contentsOf: Self.valueOpen)
                buffer.append(contentsOf: digits.utf8)
                buffer.append(contentsOf: Self.valueClose)
                width = isAmount ? digits.utf8.count * 4 / 3 + 1 : digits.utf8.count
            case .date(let day):
                open(index, rowNumber, style: .date, type: nil)
                buffer.append(contentsOf: Self.valueOpen)
                buffer.append(contentsOf: String(day.excelSerial).utf8)
                buffer.append(contentsOf: Self.valueClose)
                width = 10
            }
            widths[index] = max(widths[index], width)
        }
        buffer.append(contentsOf: Self.rowClose)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// `<c r="B7" s="1" t="inlineStr">`
    private func open(_ column: Int, _ rowNumber: [UInt8], style: WorkbookXML.Style?, type: [UInt8]?) {
        buffer.append(contentsOf: Self.cellOpen)
        buffer.append(contentsOf: columnNames[column])
        buffer.append(contentsOf: rowNumber)
        buffer.append(UInt8(ascii: "\""))
        if let style, style != .plain {
            buffer.append(contentsOf: Self.styleAttribute)
            buffer.append(contentsOf: String(style.rawValue).utf8)
            buffer.append(UInt8(ascii: "\""))
        }
        if let type { buffer.append(contentsOf: type) }
        buffer.append(UInt8(ascii: ">"))
    }

    /// A number as its shortest exact decimal text; integers without a fraction.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try file.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes the file; returns the part's opening (dimension, frozen header,
    /// column widths) and closing XML, which go around the rows.
    func finish() throws -> (head: String, tail: String) {
        try flush()
        try file.close()
        let last = WorkbookXML.columnName(max(columnCount, 1) - 1) + String(max(rowCount, 1))
        let columns = widths.enumerated().map { index, width in
            let excelWidth = min(max(width, 6) + 2, 60)
            return #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(excelWidth)" customWidth="1"/>"#
        }
        let head = WorkbookXML.declaration
            + #"<worksheet xmlns="\#(WorkbookXML.mainNamespace)" xmlns:r="\#(WorkbookXML.relationshipNamespace)">"#
            + #"<dimension ref="A1:\#(last)"/>"#
            + #"<sheetViews><sheetView workbookViewId="0">"#
            + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
            + #"<sheetFormatPr defaultRowHeight="15"/>"#
            + (columns.isEmpty ? "" : "<cols>" + columns.joined() + "</cols>")
            + "<sheetData>"
        return (head, "</sheetData></worksheet>")
    }

    private static let rowOpen = Array(#"<row r=""#.utf8)
    private static let rowClose = Array("</row>".utf8)
    private static let tagClose = Array(#"">"#.utf8)
    private static let cellOpen = Array(#"<c r=""#.utf8)
    private static let styleAttribute = Array(#" s=""#.utf8)
    private static let inlineString = Array(#" t="inlineStr""#.utf8)
    private static let inlineOpen = Array("<is><t xml:space=\"preserve\">".utf8)
    private static let inlineClose = Array("</t></is></c>".utf8)
    private static let valueOpen = Array("<v>".utf8)
    private static let valueClose = Array("</v></c>".utf8)
}
