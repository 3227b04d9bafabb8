/// A cell's address in A1 notation (`B12`: column B, row 12), as worksheets and error messages write it.
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// 0-based column index (A = 0).
    public var column: Int
    /// 1-based row number.
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B12` (letters, then digits); nil for anything else.
    public init?(_ text: some StringProtocol) {
        guard let parsed = Self.parse(Array(text.utf8)[...]), let row = parsed.row else { return nil }
        self.init(column: parsed.column, row: row)
    }

    /// Reads the letters and the digits of an address given as bytes; the row is nil when there are no digits.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (column: Int, row: Int?)? {
        var column = 0, letters = 0, row = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0 else { return nil }
        return (column - 1, digits > 0 ? row : nil)
    }

    /// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func letters(ofColumn index: Int) -> String {
        var scalars: [Unicode.Scalar] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.insert(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)), at: 0)
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars))
    }

    public var description: String { Self.letters(ofColumn: column) + String(row) }
}
