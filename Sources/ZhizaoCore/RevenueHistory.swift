/// Revenue by year written as `YEAR=AMOUNT;YEAR=AMOUNT`, years ascending: how the store keeps an enterprise's
/// revenue history and how the CSV `revenue_history` column spells it.
public enum RevenueHistory {
    public static func encode(_ revenue: [Int: Double]) -> String {
        revenue.keys.sorted().map { "\($0)=\(ChineseNumberFormat.decimal(revenue[$0]!, maxFraction: 2))" }
            .joined(separator: ";")
    }

    /// The years and amounts of `text`; nil when an item is not `YEAR=AMOUNT` with plain numbers.
    public static func decode(_ text: String) -> [Int: Double]? {
        var revenue: [Int: Double] = [:]
        var text = text
        return text.withUTF8 { bytes -> [Int: Double]? in
            var i = 0
            while i < bytes.count {
                let yearStart = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "=") { i += 1 }
                guard let year = wholeNumber(bytes[yearStart..<i]), i < bytes.count else { return nil }
                i += 1
                let amountStart = i
                while i < bytes.count, bytes[i] != UInt8(ascii: ";") { i += 1 }
                let digits = bytes[amountStart..<i]
                guard let amount = wholeNumber(digits).map(Double.init) ?? Double(String(decoding: digits, as: UTF8.self))
                else { return nil }
                revenue[year] = amount
                i += 1
            }
            return revenue
        }
    }

    /// The value of 1 to 15 ASCII digits, nil for anything else.
    static func wholeNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
