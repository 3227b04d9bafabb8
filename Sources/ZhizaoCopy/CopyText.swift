/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: fields separated by tabs, rows ended by newlines,
/// NULL written `\N`, and backslash, tab, newline and carriage return escaped with a backslash.
///
/// It is also the canonical form that `copy-db`'s checksums hash (``TableChecksum``): each engine's rows are
/// written here the same way, whichever engine they come from.
public struct CopyText: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func add(_ text: String?) {
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

    public mutating func add(_ number: Int?) { add(number.map { String($0) }) }

    /// A double as PostgreSQL reads it back exactly (Swift's shortest round-trip form).
    public mutating func add(_ number: Double?) { add(number.map { "\($0)" }) }

    public mutating func add(_ flag: Bool) { add(flag ? "t" : "f") }

    /// A value copied between databases: a flag is the integer 0 or 1 (SQLite's form, which PostgreSQL's boolean
    /// input also reads).
    public mutating func add(_ value: CopyValue) {
        switch value {
        case .null: add(nil as String?)
        case .integer(let number): add(number)
        case .real(let number): add(number)
        case .text(let text): add(text)
        }
    }

    /// Ends the current row.
    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }
}
