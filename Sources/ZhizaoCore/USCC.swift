/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character.
///
/// Alphabet, weights and check formula from `shared/reference/criteria.md` (GB 32100-2015).
public enum USCC {
    /// The 31 characters in value order: 0–9 then A–Y without I, O, S, V, Z.
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    /// Weights of positions 1–17: 3^(i−1) mod 31.
    static let weights: [Int] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// Value of each ASCII byte in the alphabet, -1 elsewhere.
    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(value) }
        return table
    }()

    /// Why a code is not a valid USCC.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        case length(Int)
        case character(position: Int, found: Character)
        case divisionCode
        case checkCharacter(expected: Character, found: Character)

        public var description: String {
            switch self {
            case .length(let n): "has \(n) characters; a unified social credit code has 18"
            case .character(let position, let found):
                "character \(position) '\(found)' is not allowed (0-9 and A-Y without I, O, S, V, Z)"
            case .divisionCode: "characters 3-8 must be digits (the administrative division code)"
            case .checkCharacter(let expected, let found):
                "check character is '\(found)' but the first 17 characters give '\(expected)' (GB 32100-2015)"
            }
        }
    }

    /// The check character for the first 17 characters, nil when one of them is outside the alphabet.
    public static func checkCharacter<C: Collection<UInt8>>(forFirst17 bytes: C) -> UInt8? {
        var sum = 0
        for (i, byte) in bytes.prefix(17).enumerated() {
            let value = Int(values[Int(byte)])
            if value < 0 { return nil }
            sum += value * weights[i]
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// The first problem with `code`, nil when it is a valid USCC.
    public static func problem(_ code: String) -> Problem? {
        problem(utf8: Array(code.utf8))
    }

    /// The first problem with the UTF-8 bytes of a code, nil when valid.
    public static func problem<C: Collection<UInt8>>(utf8 bytes: C) -> Problem? where C.Index == Int {
        guard bytes.count == 18 else { return .length(String(decoding: bytes, as: UTF8.self).count) }
        for (i, byte) in bytes.enumerated() where values[Int(byte)] < 0 {
            return .character(position: i + 1, found: Character(Unicode.Scalar(byte)))
        }
        let start = bytes.startIndex
        for i in 2..<8 where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[start + i]) {
            return .divisionCode
        }
        let expected = checkCharacter(forFirst17: bytes)!
        let found = bytes[start + 17]
        if expected != found {
            return .checkCharacter(expected: Character(Unicode.Scalar(expected)), found: Character(Unicode.Scalar(found)))
        }
        return nil
    }

    public static func isValid(_ code: String) -> Bool { problem(code) == nil }

    /// A compact key for a valid code (5 bits a character), for fast duplicate detection.
    public static func key(_ code: String) -> UInt128 {
        var high: UInt64 = 0, low: UInt64 = 0
        for (i, byte) in code.utf8.enumerated() {
            let value = UInt64(UInt8(bitPattern: values[Int(byte)]))
            if i < 9 { high = high << 5 | value } else { low = low << 5 | value }
        }
        return UInt128(high) << 64 | UInt128(low)
    }
}
