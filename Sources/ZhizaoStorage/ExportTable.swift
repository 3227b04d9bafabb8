import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheets

/// The columns of an import format as an export writes them: names, Chinese headings, which are numbers,
/// amounts of money or days.
public struct ExportShape: Sendable {
    public let header: [String]
    public let chineseHeadings: [String]
    public let sheetName: String
    /// Columns written as bare JSON values (numbers, booleans); number cells when they are numbers.
    public let numeric: Set<String>
    /// Numeric columns in 元, shown with thousands separators in a workbook.
    public let amounts: Set<String>
    /// Columns of `YYYY-MM-DD` days, date cells in a workbook.
    public let days: Set<String>

    public init(_ kind: ImportKind) {
        switch kind {
        case .enterprises:
            self.init(
                EnterpriseTable.header, EnterpriseTable.Column.allCases.map(\.chineseHeading), sheetName: "企业",
                numeric: ["founded", "employees", "revenue_cny", "revenue_year", "synthetic"], amounts: ["revenue_cny"])
        case .projects:
            self.init(
                ProjectTable.header, ProjectTable.Column.allCases.map(\.chineseHeading), sheetName: "重点项目", numeric: ["investment_cny"],
                amounts: ["investment_cny"])
        case .observations:
            self.init(
                ObservationTable.header, ObservationTable.Column.allCases.map(\.chineseHeading), sheetName: "数据", numeric: ["value", "rank"],
                days: ["period_start", "period_end", "as_of"])
        }
    }

    private init(
        _ header: [String], _ chineseHeadings: [String], sheetName: String, numeric: Set<String>, amounts: Set<String> = [],
        days: Set<String> = []
    ) {
        self.header = header
        self.chineseHeadings = chineseHeadings
        self.sheetName = sheetName
        self.numeric = numeric
        self.amounts = amounts
        self.days = days
    }

    /// A row of the import format as cells: numbers as numbers, days as dates, the rest as text.
    public func cells(_ row: [String]) -> [Cell] {
        zip(header, row).map { name, value in
            if value.isEmpty { return .empty }
            if numeric.contains(name), let number = Double(value) {
                return amounts.contains(name) ? .amount(number) : .number(number)
            }
            if days.contains(name), let day = CalendarDay(iso: value) { return .date(day) }
            return .text(value)
        }
    }

    /// Writes the rows `rows` gives (each to the function it is handed) as an `.xlsx` workbook at `url`: one sheet
    /// with the Chinese headings of the import format, numbers as numbers, days as dates.
    public func writeWorkbook(to url: URL, rows: (_ each: ([String]) throws -> Void) throws -> Void) throws {
        let workbook = try WorkbookWriter(url: url)
        try workbook.addSheet(sheetName, headings: chineseHeadings) { sheet in
            try rows { try sheet.append(cells($0)) }
        }
        try workbook.finish()
    }

    /// Writes a workbook as the synchronous ``writeWorkbook(to:rows:)`` does, from rows that an async
    /// function reads as it goes, so that they are never all in memory.
    public func writeWorkbook(to url: URL, rows: (_ each: ([String]) throws -> Void) async throws -> Void) async throws {
        let workbook = try WorkbookWriter(url: url)
        try await workbook.addSheet(sheetName, headings: chineseHeadings) { sheet in
            try await rows { try sheet.append(cells($0)) }
        }
        try workbook.finish()
    }
}

/// Formats rows of strings as CSV lines, or as JSON objects one per line inside an array.
public struct ExportTable: Sendable {
    public let format: ExportFormat
    public let shape: ExportShape
    /// CSV for Excel: a byte-order mark first, CRLF line ends.
    public let excel: Bool
    private var count = 0

    public init(_ format: ExportFormat, _ kind: ImportKind, excel: Bool = false) {
        self.format = format
        self.shape = ExportShape(kind)
        self.excel = excel
    }

    private var lineEnd: String { excel ? "\r\n" : "\n" }

    public var start: String {
        format == .csv ? (excel ? "\u{FEFF}" : "") + CSVWriter.line(shape.header, ending: lineEnd) : "["
    }

    public var end: String { format == .csv ? "" : "\n]\n" }

    public mutating func line(_ row: [String]) -> String {
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
