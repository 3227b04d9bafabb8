import Foundation

/// Reads the JSON that `zhizao export --format json` writes (an array of objects whose fields are the CSV
/// columns) as CSV text with one row per object, so that both formats go through the same validation.
enum JSONRecords {
    /// Whether the text starts, after white space, with `[`.
    static func isJSON(_ utf8: [UInt8]) -> Bool {
        utf8.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } == UInt8(ascii: "[")
    }

    /// CSV bytes for the objects of `utf8`, header `columns`; record N becomes line N + 1.
    static func csv(from utf8: [UInt8], columns: [String], file: String) throws(ImportError) -> [UInt8] {
        func refuse(_ record: Int, _ message: String) -> ImportError {
            ImportError([ImportProblem(file: file, line: record, column: 0, message: message, isRecord: record > 0)])
        }
        guard let array = try? JSONSerialization.jsonObject(with: Data(utf8)) as? [Any] else {
            throw refuse(0, "is not a JSON array of objects; fix the JSON or export it again with --format json")
        }
        var text = CSVWriter.line(columns)
        let known = Set(columns)
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any] else { throw refuse(index + 1, "is not a JSON object") }
            if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
                throw refuse(index + 1, "unknown field \"\(unknown)\"; the fields are \(columns.joined(separator: ", "))")
            }
            var row: [String] = []
            for column in columns {
                switch object[column] {
                case nil, is NSNull: row.append("")
                case let value as String: row.append(value)
                case let value as NSNumber: row.append("\(value)")  // true and false come as 1 and 0
                default: throw refuse(index + 1, "field \"\(column)\" must be a string, a number or true/false")
                }
            }
            text += CSVWriter.line(row)
        }
        return Array(text.utf8)
    }
}
