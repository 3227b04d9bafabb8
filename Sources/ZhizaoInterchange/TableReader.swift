import ZhizaoCore
import ZhizaoSheets

/// The columns of an import format, spelled as the CSV header spells them.
public protocol TableColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Columns the header must have.
    static var required: Set<Self> { get }
    /// The column's Chinese heading, as a bureau's spreadsheet names it (统一社会信用代码); headers may use it or the
    /// English name.
    var chineseHeading: String { get }
    /// Other headings accepted for the column (单位名称 for 企业名称).
    var alternativeHeadings: [String] { get }
}

/// Reads a file of a known format as rows: a CSV (UTF-8 or GBK), the JSON export writes, or a sheet of an `.xlsx`
/// workbook. It finds the header (below a title row or two), maps it to columns, and collects every problem with
/// its location so that a file is refused as a whole.
public final class TableReader<Column: TableColumn> {
    public let file: String
    private let source: Source
    private var csv: CSVReader
    /// The current CSV row's fields.
    private var fields: [CSVField] = []
    /// The current sheet row's cells (column A first).
    private var cells: [String] = []
    private var fieldIndex: [Column: Int] = [:]
    private var headerCount = 0
    /// The line (or sheet row) of the header.
    private var headerLine = 0
    public private(set) var problems: [ImportProblem] = []
    /// Values taken as meant but changed (a lowercase USCC upper-cased): said in the import's summary.
    public private(set) var notes: [ImportProblem] = []
    /// The line (or sheet row) the current row starts on.
    public private(set) var line = 0
    /// True when the input was a JSON array: problems then name records, not lines and columns.
    private let fromJSON: Bool

    private enum Source {
        case text
        case sheet(WorkbookReader, WorkbookReader.Sheet)
    }

    /// How many rows above the header may be titles.
    static var titleRows: Int { 5 }

    /// Reads the header of `bytes`: an `.xlsx` workbook (its sheet `sheet`, by name or 1-based number, the first by
    /// default), or text in UTF-8 or GB18030 (CSV, or JSON as export writes it). Throws when the file cannot be
    /// read at all or its header is wrong.
    public init(bytes: [UInt8], file: String, sheet: String? = nil) throws(ImportError) {
        self.file = file
        let headings = ColumnHeadings<Column>()
        var header: [String] = []
        if WorkbookReader.isWorkbook(bytes) {
            fromJSON = false
            csv = CSVReader([])
            let workbook: WorkbookReader, chosen: WorkbookReader.Sheet
            do {
                workbook = try WorkbookReader(bytes: bytes)
                chosen = try workbook.sheet(named: sheet)
            } catch {
                throw ImportError([ImportProblem(file: file, line: 0, column: 0, message: error.english, chinese: error.chinese)])
            }
            source = .sheet(workbook, chosen)
            (header, headerLine) = try Self.sheetHeader(workbook, chosen, headings: headings, file: file)
        } else {
            source = .text
            let text = try TextDecoding.utf8(bytes, file: file).text
            fromJSON = JSONRecords.isJSON(text)
            csv = CSVReader(fromJSON ? try JSONRecords.csv(from: text, columns: Column.allCases.map(\.rawValue), file: file) : text)
            header = try csvHeader(headings)
        }
        headerCount = header.count
        for (index, name) in header.enumerated() {
            let name = name.trimmingWhitespace()
            if name.isEmpty, isSheet { continue }  // a sheet's empty header cell: a column left blank
            if let column = headings.column(name) {
                if fieldIndex[column] != nil {
                    problems.append(headerProblem(
                        index, en: "column \"\(name)\" appears twice in the header", zh: "表头中的列“\(name)”重复出现，删去其中一列"))
                }
                fieldIndex[column] = index
            } else {
                problems.append(headerProblem(
                    index, en: "unknown column \"\(name)\"; the columns are \(Column.allCases.map(\.rawValue).joined(separator: ", "))",
                    zh: "未知的列名“\(name)”；可用的列名：\(Column.allCases.map(\.chineseHeading).joined(separator: "、"))"))
            }
        }
        let missing = Column.allCases.filter { Column.required.contains($0) && fieldIndex[$0] == nil }
        if !missing.isEmpty {
            let required = Column.allCases.filter(Column.required.contains)
            problems.append(headerProblem(
                0, en: "missing column(s) \(missing.map(\.rawValue).joined(separator: ", ")); the header needs "
                    + required.map(\.rawValue).joined(separator: ","),
                zh: "表头缺少列：\(missing.map(\.chineseHeading).joined(separator: "、"))；表头须有 "
                    + required.map(\.chineseHeading).joined(separator: "、")))
        }
        if !problems.isEmpty { throw ImportError(problems) }
    }

    private var isSheet: Bool {
        if case .sheet = source { return true }
        return false
    }

    /// Reads CSV records up to the header: the first whose fields name a column, within the first few records.
    private func csvHeader(_ headings: ColumnHeadings<Column>) throws(ImportError) -> [String] {
        var first: (fields: [String], line: Int)?
        for _ in 0..<(fromJSON ? 1 : Self.titleRows + 1) {
            let found: Bool
            do { found = try csv.next(into: &fields) } catch {
                throw ImportError([Self.problem(error, file: file)])
            }
            guard found else { break }
            let names = fields.map { csv.string($0) }
            if first == nil { first = (names, fields[0].line) }
            if names.contains(where: { headings.column($0.trimmingWhitespace()) != nil }) {
                headerLine = fields[0].line
                return names
            }
        }
        guard let first else {
            throw ImportError([ImportProblem(file: file, line: 0, column: 0, message: "the file is empty", chinese: "文件是空的")])
        }
        // No header found: the first record is reported as one.
        headerLine = first.line
        return first.fields
    }

    /// Reads a sheet's rows up to the header: the first whose cells name a column, within the first few rows.
    private static func sheetHeader(
        _ workbook: WorkbookReader, _ sheet: WorkbookReader.Sheet, headings: ColumnHeadings<Column>, file: String
    ) throws(ImportError) -> ([String], Int) {
        var first: SheetRow?, header: SheetRow?
        var seen = 0
        do {
            try workbook.rows(of: sheet) { row in
                guard !row.isBlank else { return true }
                if first == nil { first = row }
                if row.cells.contains(where: { headings.column($0) != nil }) {
                    header = row
                    return false
                }
                seen += 1
                return seen <= titleRows
            }
        } catch let error as SheetError {
            throw ImportError([ImportProblem(file: file, line: 0, column: 0, message: error.english, chinese: error.chinese)])
        } catch {
            throw ImportError([ImportProblem(file: file, line: 0, column: 0, message: "\(error)")])
        }
        guard let row = header ?? first else {
            throw ImportError([ImportProblem(
                file: file, line: 0, column: 0, message: "sheet \"\(sheet.name)\" is empty; choose the sheet with --sheet",
                chinese: "工作表“\(sheet.name)”是空的；请选择有数据的工作表", sheet: sheet.name)])
        }
        return (row.cells, row.number)
    }

    /// Moves to the next CSV row; false at the end or after a syntax error (which is recorded).
    private func nextRow() -> Bool {
        do {
            guard try csv.next(into: &fields) else { return false }
        } catch {
            problems.append(Self.problem(error, file: file))
            return false
        }
        line = fields[0].line
        if fields.count != headerCount {
            problems.append(
                ImportProblem(
                    file: file, line: line, column: 1,
                    message: "row has \(fields.count) fields but the header has \(headerCount); "
                        + "quote fields that contain commas",
                    chinese: "本行有 \(fields.count) 个字段，表头有 \(headerCount) 个；含逗号的内容请用英文双引号括起"))
            fields.removeAll()
        }
        return true
    }

    /// Reads every row with `row` and hands each result to `accept` as long as no problem has been found in
    /// the file; then throws an ``ImportError`` with every problem, if any. Returns the number of rows.
    public func readAll<Record>(_ row: () -> Record?, accept: (Record) throws -> Void) throws -> Int {
        var rows = 0
        func take() throws {
            rows += 1
            guard rowIsComplete else { return }
            let record = row()
            if problems.isEmpty, let record { try accept(record) }
        }
        switch source {
        case .text:
            while nextRow() { try take() }
        case .sheet(let workbook, let sheet):
            do {
                try workbook.rows(of: sheet) { sheetRow in
                    guard sheetRow.number > headerLine, !sheetRow.isBlank else { return true }
                    cells = sheetRow.cells
                    line = sheetRow.number
                    try take()
                    return true
                }
            } catch let error as SheetError {
                problems.append(ImportProblem(file: file, line: 0, column: 0, message: error.english, chinese: error.chinese))
            }
        }
        if rows == 0 {
            problems.append(ImportProblem(
                file: file, line: 0, column: 0, message: "no rows below the header; nothing to import",
                chinese: "表头下没有数据行，没有可导入的内容"))
        }
        if !problems.isEmpty { throw ImportError(problems) }
        return rows
    }

    /// Reports `column`'s value when an earlier row had it; `seen` maps values to their first line.
    public func requireUnique<Key: Hashable>(_ column: Column, key: Key, seen: inout [Key: Int], hint: String = "", hintZh: String = "") {
        if let first = seen[key] {
            report(column, en: "appears again (first on \(isSheet ? "row" : "line") \(first))" + hint, zh: "与第 \(first) 行重复" + hintZh)
        } else {
            seen[key] = line
        }
    }

    /// Whether the header has `column`.
    public func has(_ column: Column) -> Bool { fieldIndex[column] != nil }

    /// The trimmed value of `column` in the current row, nil when absent or empty.
    public subscript(_ column: Column) -> String? {
        guard let text = raw(column) else { return nil }
        let trimmed = text.utf8.first == 0x20 || text.utf8.last == 0x20 ? text.trimmingWhitespace() : text
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `column`'s value as the file has it.
    private func raw(_ column: Column) -> String? {
        guard let index = fieldIndex[column] else { return nil }
        if isSheet { return index < cells.count ? cells[index] : nil }
        return index < fields.count ? csv.string(fields[index]) : nil
    }

    /// Records a problem with `column`'s value in the current row, quoting the value (English only).
    public func report(_ column: Column, _ message: String) {
        report(column, en: message, zh: nil)
    }

    /// Records a problem with `column`'s value in the current row, quoting the value, in English and Chinese.
    public func report(_ column: Column, en: String, zh: String?) {
        problems.append(problem(column, en: en, zh: zh))
    }

    /// Records a change made to `column`'s value to read it (said in the summary, not refused).
    public func note(_ column: Column, en: String, zh: String) {
        notes.append(problem(column, en: en, zh: zh))
    }

    private func problem(_ column: Column, en: String, zh: String?) -> ImportProblem {
        let value = raw(column) ?? ""
        let english = "\(column.rawValue) \"\(value)\": \(en)"
        let chinese = zh.map { "\(column.chineseHeading)“\(value)”：\($0)" }
        guard let index = fieldIndex[column] else {
            return rowProblem("\(column.rawValue): \(en)", zh.map { "\(column.chineseHeading)：\($0)" })
        }
        if isSheet, case .sheet(_, let sheet) = source {
            return ImportProblem(file: file, line: line, column: index + 1, message: english, chinese: chinese, sheet: sheet.name)
        }
        guard index < fields.count else { return rowProblem(english, chinese) }
        if fromJSON { return record(fields[index].line, english, chinese) }
        return ImportProblem(file: file, line: fields[index].line, column: csv.column(fields[index]), message: english, chinese: chinese)
    }

    /// Records a problem with the row as a whole.
    public func reportRow(_ message: String, zh: String? = nil) {
        problems.append(rowProblem(message, zh))
    }

    private func rowProblem(_ message: String, _ chinese: String?) -> ImportProblem {
        if fromJSON { return record(line, message, chinese) }
        if case .sheet(_, let sheet) = source {
            return ImportProblem(file: file, line: line, column: 0, message: message, chinese: chinese, sheet: sheet.name)
        }
        return ImportProblem(file: file, line: line, column: 1, message: message, chinese: chinese)
    }

    /// A problem with the header cell at `index` (0: the header as a whole).
    private func headerProblem(_ index: Int, en: String, zh: String) -> ImportProblem {
        switch source {
        case .sheet(_, let sheet):
            return ImportProblem(file: file, line: headerLine, column: index + 1, message: en, chinese: zh, sheet: sheet.name)
        case .text:
            if fromJSON { return ImportProblem(file: file, line: 0, column: 0, message: en, chinese: zh) }
            let column = index < fields.count && fields[0].line == headerLine ? csv.column(fields[index]) : 1
            return ImportProblem(file: file, line: headerLine, column: column, message: en, chinese: zh)
        }
    }

    /// Whether the current row is readable (a CSV row had as many fields as the header).
    public var rowIsComplete: Bool { isSheet || !fields.isEmpty }

    /// A CSV syntax error as a located problem, said in Chinese too.
    private static func problem(_ error: CSVSyntaxError, file: String) -> ImportProblem {
        let chinese: String? =
            if error.message.hasPrefix("quoted field is never closed") {
                "引号内的内容没有结束，请补上右边的英文双引号"
            } else if error.message.hasPrefix("unexpected text after a closing quote") {
                "右引号后还有文字，请把整个字段放在英文双引号内"
            } else if error.message.hasPrefix("double quote inside an unquoted field") {
                "未加引号的字段中有英文双引号，请给字段加上引号，并把其中的双引号写两遍"
            } else {
                nil
            }
        return ImportProblem(file: file, line: error.line, column: error.column, message: error.message, chinese: chinese)
    }

    /// A problem in the JSON record that became CSV line `line`.
    private func record(_ line: Int, _ message: String, _ chinese: String?) -> ImportProblem {
        ImportProblem(file: file, line: line - 1, column: 0, message: message, chinese: chinese, isRecord: true)
    }
}
