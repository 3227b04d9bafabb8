/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote, line break or edge spaces.
public enum CSVWriter {
    /// One record, ending in `\n`.
    public static func line(_ fields: [String]) -> String {
        line(fields, ending: "\n")
    }

    /// One record, ending in `ending` (`\r\n` for Excel).
    public static func line(_ fields: [String], ending: String) -> String {
        fields.map(escape).joined(separator: ",") + ending
    }

    public static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
