import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheets
import ZhizaoStorage

/// Exports in the import formats, streamed so a million rows need little memory: text formats to `write`, an
/// Excel workbook through ``WorkbookWriter`` (Chinese headings, numbers as numbers, dates as date cells).
extension AppDatabase {
    /// The registry: enterprises with a USCC. Firms the dataset knows only by name (no source gives their
    /// USCC) cannot be imported, so they are not exported. `excel` writes CSV as Excel on Chinese Windows reads it:
    /// a UTF-8 byte-order mark and CRLF line ends.
    public func exportEnterprises(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .enterprises, excel: excel)
        write(table.start)
        try enterpriseRows { write(table.line($0)) }
        write(table.end)
    }

    public func exportProjects(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .projects, excel: excel)
        write(table.start)
        try projectRows { write(table.line($0)) }
        write(table.end)
    }

    public func exportObservations(_ format: ExportFormat, excel: Bool = false, to write: (String) -> Void) throws {
        var table = ExportTable(format, .observations, excel: excel)
        write(table.start)
        try observationRows { write(table.line($0)) }
        write(table.end)
    }

    /// Writes `kind` as an `.xlsx` workbook at `url`: one sheet with the Chinese headings of the import format,
    /// which import reads back.
    public func exportWorkbook(_ kind: ImportKind, to url: URL) throws {
        let shape = ExportShape(kind)
        let workbook = try WorkbookWriter(url: url)
        try workbook.addSheet(shape.sheetName, headings: shape.chineseHeadings) { sheet in
            let each: ([String]) throws -> Void = { try sheet.append(shape.cells($0)) }
            switch kind {
            case .enterprises: try enterpriseRows(each)
            case .projects: try projectRows(each)
            case .observations: try observationRows(each)
            }
        }
        try workbook.finish()
    }

    private func enterpriseRows(_ each: ([String]) throws -> Void) throws {
        let places = PlaceDirectory(places: try places())
        try forEachEnterprise(registryOnly: true) { try each(EnterpriseTable.row($0, places: places)) }
    }

    private func projectRows(_ each: ([String]) throws -> Void) throws {
        let places = PlaceDirectory(places: try places())
        for project in try projects() { try each(ProjectTable.row(project, places: places)) }
    }

    private func observationRows(_ each: ([String]) throws -> Void) throws {
        for observation in try observations() { try each(ObservationTable.row(observation)) }
    }
}

/// The columns of an import format as an export writes them: names, Chinese headings, which are numbers,
/// amounts of money or days.
struct ExportShape {
    let header: [String]
    let chineseHeadings: [String]
    let sheetName: String
    /// Columns written as bare JSON values (numbers, booleans); number cells when they are numbers.
    let numeric: Set<String>
    /// Numeric columns in 元, shown with thousands separators in a workbook.
    let amounts: Set<String>
    /// Columns of `YYYY-MM-DD` days, date cells in a workbook.
    let days: Set<String>

    init(_ kind: ImportKind) {
        switch kind {
        case .enterprises:
            header = EnterpriseTable.header
            chineseHeadings = EnterpriseTable.Column.allCases.map(\.chineseHeading)
            sheetName = "企业"
            numeric = ["founded", "employees", "revenue_cny", "revenue_year", "synthetic"]
            amounts = ["revenue_cny"]
            days = []
        case .projects:
            header = ProjectTable.header
            chineseHeadings = ProjectTable.Column.allCases.map(\.chineseHeading)
            sheetName = "重点项目"
            numeric = ["investment_cny"]
            amounts = ["investment_cny"]
            days = []
        case .observations:
            header = ObservationTable.header
            chineseHeadings = ObservationTable.Column.allCases.map(\.chineseHeading)
            sheetName = "数据"
            numeric = ["value", "rank"]
            amounts = []
            days = ["period_start", "period_end", "as_of"]
        }
    }

    /// A row of the import format as cells: numbers as numbers, days as dates, the rest as text.
    func cells(_ row: [String]) -> [Cell] {
        zip(header, row).map { name, value in
            if value.isEmpty { return .empty }
            if numeric.contains(name), let number = Double(value) {
                return amounts.contains(name) ? .amount(number) : .number(number)
            }
            if days.contains(name), let day = CalendarDay(iso: value) { return .date(day) }
            return .text(value)
        }
    }
}

/// Formats rows of strings as CSV lines, or as JSON objects one per line inside an array.
struct ExportTable {
    let format: ExportFormat
    let shape: ExportShape
    /// CSV for Excel: a byte-order mark first, CRLF line ends.
    let excel: Bool
    private var count = 0

    init(_ format: ExportFormat, _ kind: ImportKind, excel: Bool = false) {
        self.format = format
        self.shape = ExportShape(kind)
        self.excel = excel
    }

    private var lineEnd: String { excel ? "\r\n" : "\n" }

    var start: String {
        format == .csv ? (excel ? "\u{FEFF}" : "") + CSVWriter.line(shape.header, ending: lineEnd) : "["
    }

    var end: String { format == .csv ? "" : "\n]\n" }

    mutating func line(_ row: [String]) -> String {
        defer { count += 1 }
        switch format {
        case .csv:
            return CSVWriter.line(row, ending: lineEnd)
        case .json:
            let fields = zip(shape.header, row).compactMap { name, value -> String? in
                value.isEmpty
                    ? nil : "\(JSONText.quoted(name)):\(shape.numeric.contains(name) ? value : JSONText.quoted(value))"
            }
            return (count == 0 ? "\n" : ",\n") + "{" + fields.joined(separator: ",") + "}"
        }
    }
}
