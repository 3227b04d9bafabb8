/// Reads numbers as people type them in spreadsheets: `1234.5`, `1,234.5`, full-width `１２３４．５`,
/// `2000万`, `1.2亿元`.
public enum NumberText {
    /// The value of `text`, nil when it is not a number. Thousands separators must group by three.
    public static func decimal(_ text: String) -> Double? {
        if isPlainASCII(text) { return Double(text).flatMap { $0.isFinite ? $0 : nil } }
        var scalars = Array(normalised(text).unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        var multiplier = 1.0
        if scalars.last == "元" { scalars.removeLast() }
        if scalars.last == "万" {
            multiplier = 1e4
            scalars.removeLast()
        } else if scalars.last == "亿" {
            multiplier = 1e8
            scalars.removeLast()
        }
        var plain = String.UnicodeScalarView()
        var digitsSinceComma = -1  // -1: no comma seen yet
        var sawPoint = false
        var sawExponent = false
        for (i, s) in scalars.enumerated() {
            switch s {
            case "0"..."9":
                if digitsSinceComma >= 0, !sawPoint, !sawExponent { digitsSinceComma += 1 }
                plain.append(s)
            case ",":
                guard !sawPoint, !sawExponent, i > 0, digitsSinceComma == -1 || digitsSinceComma == 3 else {
                    return nil
                }
                if digitsSinceComma == -1 {
                    // The first group has 1 to 3 digits.
                    let lead = plain.filter { ("0"..."9").contains($0) }.count
                    guard (1...3).contains(lead) else { return nil }
                }
                digitsSinceComma = 0
            case ".":
                guard digitsSinceComma == -1 || digitsSinceComma == 3 else { return nil }
                sawPoint = true
                plain.append(s)
            case "e", "E":
                sawExponent = true
                plain.append(s)
            case "+", "-":
                plain.append(s)
            default:
                return nil
            }
        }
        if digitsSinceComma >= 0, !sawPoint, !sawExponent, digitsSinceComma != 3 { return nil }
        guard let value = Double(String(plain)), value.isFinite else { return nil }
        return value * multiplier
    }

    /// The integer value of `text`, nil when it is not a whole number.
    public static func integer(_ text: String) -> Int? {
        if text.utf8.count <= 15, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return Int(text)
        }
        guard let value = decimal(text), value == value.rounded(), abs(value) < 9e15 else { return nil }
        return Int(value)
    }

    /// Whether `text` is only ASCII digits with at most one point and a leading minus: what `Double` reads as is.
    static func isPlainASCII(_ text: String) -> Bool {
        var points = 0
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where i == 0: continue
            default: return false
            }
        }
        return points <= 1 && !text.isEmpty && text.utf8.last != UInt8(ascii: ".") && text.utf8.first != UInt8(ascii: ".")
    }

    /// Full-width digits and punctuation folded to ASCII, spaces removed.
    static func normalised(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            case 0xFF0C: out.append(",")
            case 0xFF0E: out.append(".")
            case 0xFF0D: out.append("-")
            case 0xFF0B: out.append("+")
            case 0x20, 0x3000, 0x09: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
