import ZhizaoCore

/// The columns of an import format, spelled as the CSV header spells them.
public protocol TableColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// Columns the header must have.
    static var required: Set<Self> { get }
    /// The column's Chinese heading, as a bureau's spreadsheet names it (统一社会信用代码); headers may use it or the
    /// English name.
    var chineseHeading: String { get }
}

/// Reads a CSV file as rows of a known format: decodes it, maps the header to columns, and collects every
/// problem with its location so that a file is refused as a whole.
public final class TableReader<Column: TableColumn> {
    public let file: String
    private var csv: CSVReader
    private var fields: [CSVField] = []
    private var fieldIndex: [Column: Int] = [:]
    private var headerCount = 0
    public private(set) var problems: [ImportProblem] = []
    /// The line the current row starts on.
    public private(set) var line = 0
    /// True when the input was a JSON array: problems then name records, not lines and columns.
    private let fromJSON: Bool

    /// Decodes `bytes` (UTF-8 or GB18030; CSV, or JSON as export writes it) and reads the header; throws when the
    /// file cannot be read at all.
    public init(bytes: [UInt8], file: String) throws(ImportError) {
        self.file = file
        let text = try TextDecoding.utf8(bytes, file: file).text
        fromJSON = JSONRecords.isJSON(text)
        csv = CSVReader(fromJSON ? try JSONRecords.csv(from: text, columns: Column.allCases.map(\.rawValue), file: file) : text)
        let hasHeader: Bool
        do { hasHeader = try csv.next(into: &fields) } catch {
            throw ImportError([ImportProblem(file: file, line: error.line, column: error.column, message: error.message)])
        }
        guard hasHeader else {
            throw ImportError([ImportProblem(file: file, line: 0, column: 0, message: "the file is empty")])
        }
        headerCount = fields.count
        let known = Column.allCases.map(\.rawValue).joined(separator: ", ")
        for (index, field) in fields.enumerated() {
            let name = csv.string(field).trimmingWhitespace().lowercased()
            if let column = Column(rawValue: name) {
                if fieldIndex[column] != nil {
                    problems.append(locate(field, "column \"\(name)\" appears twice in the header"))
                }
                fieldIndex[column] = index
            } else {
                problems.append(locate(field, "unknown column \"\(name)\"; the columns are \(known)"))
            }
        }
        let missing = Column.allCases.filter { Column.required.contains($0) && fieldIndex[$0] == nil }
        if !missing.isEmpty {
            problems.append(
                ImportProblem(
                    file: file, line: 1, column: 1,
                    message: "missing column(s) \(missing.map(\.rawValue).joined(separator: ", ")); the header needs "
                        + Column.allCases.filter(Column.required.contains).map(\.rawValue).joined(separator: ",")))
        }
        if !problems.isEmpty { throw ImportError(problems) }
    }

    /// Moves to the next row; false at the end or after a syntax error (which is recorded).
    public func nextRow() -> Bool {
        do {
            guard try csv.next(into: &fields) else { return false }
        } catch {
            problems.append(ImportProblem(file: file, line: error.line, column: error.column, message: error.message))
            return false
        }
        line = fields[0].line
        if fields.count != headerCount {
            problems.append(
                ImportProblem(
                    file: file, line: line, column: 1,
                    message: "row has \(fields.count) fields but the header has \(headerCount); "
                        + "quote fields that contain commas"))
            fields.removeAll()
        }
        return true
    }

    /// Reads every row with `row` and hands each result to `accept` as long as no problem has been found in
    /// the file; then throws an ``ImportError`` with every problem, if any. Returns the number of rows.
    public func readAll<Record>(_ row: () -> Record?, accept: (Record) throws -> Void) throws -> Int {
        var rows = 0
        while nextRow() {
            rows += 1
            guard rowIsComplete else { continue }
            let record = row()
            if problems.isEmpty, let record { try accept(record) }
        }
        if rows == 0 {
            problems.append(ImportProblem(file: file, line: 0, column: 0, message: "no rows below the header; nothing to import"))
        }
        if !problems.isEmpty { throw ImportError(problems) }
        return rows
    }

    /// Reports `column`'s value when an earlier row had it; `seen` maps values to their first line.
    public func requireUnique<Key: Hashable>(_ column: Column, key: Key, seen: inout [Key: Int], hint: String = "") {
        if let first = seen[key] {
            report(column, "appears again (first on line \(first))" + hint)
        } else {
            seen[key] = line
        }
    }

    /// Whether the header has `column`.
    public func has(_ column: Column) -> Bool { fieldIndex[column] != nil }

    /// The trimmed value of `column` in the current row, nil when absent or empty.
    public subscript(_ column: Column) -> String? {
        guard let index = fieldIndex[column], index < fields.count else { return nil }
        let text = csv.string(fields[index])
        let trimmed = text.utf8.first == 0x20 || text.utf8.last == 0x20 ? text.trimmingWhitespace() : text
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Records a problem with `column`'s value in the current row, quoting the value.
    public func report(_ column: Column, _ message: String) {
        guard let index = fieldIndex[column], index < fields.count else {
            reportRow("\(column.rawValue): \(message)")
            return
        }
        let value = csv.string(fields[index])
        problems.append(locate(fields[index], "\(column.rawValue) \"\(value)\": \(message)"))
    }

    /// Records a problem with the row as a whole.
    public func reportRow(_ message: String) {
        problems.append(fromJSON ? record(line, message) : ImportProblem(file: file, line: line, column: 1, message: message))
    }

    /// Whether the current row is readable (it had as many fields as the header).
    public var rowIsComplete: Bool { !fields.isEmpty }

    private func locate(_ field: CSVField, _ message: String) -> ImportProblem {
        fromJSON ? record(field.line, message) : ImportProblem(file: file, line: field.line, column: csv.column(field), message: message)
    }

    /// A problem in the JSON record that became CSV line `line`.
    private func record(_ line: Int, _ message: String) -> ImportProblem {
        ImportProblem(file: file, line: line - 1, column: 0, message: message, isRecord: true)
    }
}
