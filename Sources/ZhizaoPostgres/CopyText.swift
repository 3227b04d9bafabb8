/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: fields separated by tabs, rows ended by newlines,
/// NULL written `\N`, and backslash, tab, newline and carriage return escaped with a backslash.
struct CopyText: Sendable {
    private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func add(_ text: String?) {
        separate()
        guard var text else { return bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")]) }
        text.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default: bytes.append(byte)
                }
            }
        }
    }

    mutating func add(_ number: Int?) { add(number.map { String($0) }) }

    /// A double as PostgreSQL reads it back exactly (Swift's shortest round-trip form).
    mutating func add(_ number: Double?) { add(number.map { "\($0)" }) }

    mutating func add(_ flag: Bool) { add(flag ? "t" : "f") }

    /// Ends the current row.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }
}
