import Foundation

/// How every engine writes the audit log's values and the times of accounts, sessions and tokens, so that a log
/// entry or a time reads the same whichever engine wrote it.
public enum AuditText {
    /// A value as the log keeps it (a record before or after a change): JSON with sorted keys.
    public static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// An entry's note: named values as a JSON object (`{"rows":"2000","inserted":"12"}`), so that pages say them in
    /// their own language; the names are `AuditEntry.noteKeys`.
    public static func note(_ values: [String: String]) -> String { json(values) }

    /// Now, as the log and the sessions write times: ISO 8601 in UTC to the millisecond, which sorts as text.
    public static func now() -> String { time(Date()) }

    /// `date` as the log and the sessions write it.
    public static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// The time `text` writes (with or without milliseconds); the distant past when it is not one.
    public static func date(_ text: String) -> Date {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
    }
}
