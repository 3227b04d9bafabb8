/// One row of a worksheet as text: `cells[i]` is column i's (A = 0), empty where the sheet has no cell.
public struct SheetRow: Sendable, Equatable {
    /// The 1-based row number the sheet gives (`<row r="12">`).
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// True when every cell is empty (a row that only carries formatting).
    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}

/// Turns the tags of a worksheet part (`<sheetData><row><c r="A1" t="s" s="3"><v>0</v></c>…`) into rows of text.
///
/// Cell types: `s` a shared string, `inlineStr` the text of `<is>`, `str` a formula's text, `b` a boolean, `e` an
/// error (`#N/A`, kept as written), `d` an ISO date; no type is a number, shown as a date when its style is one.
struct WorksheetRows {
    let strings: SharedStrings
    let formats: NumberFormats
    let uses1904: Bool

    private var stream = XMLStream()
    private var row = SheetRow(number: 0, cells: [])
    private var inRow = false
    private var column = -1
    private var type: ArraySlice<UInt8> = []
    private var style = 0
    private var value: [UInt8] = []
    private var capturing = false, inInline = false, inPhonetic = false

    init(strings: SharedStrings, formats: NumberFormats, uses1904: Bool) {
        self.strings = strings
        self.formats = formats
        self.uses1904 = uses1904
    }

    /// Reads the next chunk of the part and hands each completed row to `emit`.
    mutating func feed(_ chunk: some Sequence<UInt8>, _ emit: (SheetRow) throws -> Void) rethrows {
        var scanner = stream
        stream = XMLStream()  // the scanner's buffer stays uniquely referenced while it is fed
        defer { stream = scanner }
        try scanner.feed(chunk) { event in try handle(event, emit) }
    }

    private mutating func handle(_ event: XMLStream.Event, _ emit: (SheetRow) throws -> Void) rethrows {
        switch event {
        case .start(let tag):
            if tag.is("c") {
                column = tag.attribute("r").flatMap { CellReference.parse($0)?.column } ?? column + 1
                type = tag.attribute("t") ?? []
                style = tag.attribute("s").flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
                value.removeAll(keepingCapacity: true)
            } else if tag.is("v") {
                capturing = !tag.isEmpty
            } else if tag.is("is") {
                inInline = true
            } else if tag.is("t") {
                capturing = inInline && !inPhonetic && !tag.isEmpty
            } else if tag.is("rPh") {
                inPhonetic = true
            } else if tag.is("row") {
                let number = tag.attribute("r").flatMap { Int(String(decoding: $0, as: UTF8.self)) }
                row.number = number ?? row.number + 1
                row.cells.removeAll(keepingCapacity: true)
                inRow = true
                column = -1
            }
        case .end(let tag):
            if tag.is("v") || tag.is("t") {
                capturing = false
            } else if tag.is("c") {
                if inRow, column >= 0, let text = cellText(), !text.isEmpty {
                    if row.cells.count <= column { row.cells.append(contentsOf: repeatElement("", count: column + 1 - row.cells.count)) }
                    row.cells[column] = text
                }
                inInline = false
            } else if tag.is("rPh") {
                inPhonetic = false
            } else if tag.is("row") {
                inRow = false
                try emit(row)
            }
        case .text(let bytes):
            if capturing { value.append(contentsOf: bytes) }
        }
    }

    /// The text of the cell just closed.
    private func cellText() -> String? {
        switch String(decoding: type, as: UTF8.self) {
        case "s":
            return Int(String(decoding: value, as: UTF8.self)).flatMap { strings[$0] }
        case "inlineStr", "str", "e":
            return XMLText.decode(value[...])
        case "d":
            let date = XMLText.decode(value[...])
            return date.hasSuffix("T00:00:00") ? String(date.dropLast(9)) : date
        case "b":
            return value == [UInt8(ascii: "1")] ? "TRUE" : "FALSE"
        default:
            guard !value.isEmpty else { return nil }
            let raw = String(decoding: value, as: UTF8.self)
            if formats.isDate(style: style), let date = CellText.date(serial: raw, uses1904: uses1904) { return date }
            return CellText.number(raw)
        }
    }
}
