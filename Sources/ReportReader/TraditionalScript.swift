import Foundation

/// Reports written in traditional characters (繁體) read as simplified ones: every word the reader knows is
/// written in simplified form. The table is OpenCC's (Resources/ts-characters.txt).
enum TraditionalScript {
    /// Traditional scalar → simplified scalar.
    static let table: [UInt32: Unicode.Scalar] = {
        guard let url = Bundle.module.url(forResource: "ts-characters", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var table: [UInt32: Unicode.Scalar] = [:]
        // Line by line over the scalars (splitting the String by Characters took most of the start-up).
        var pair: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars + ["\n"] {
            guard scalar == "\n" else {
                pair.append(scalar)
                continue
            }
            if pair.count == 2, pair[0] != "#" { table[pair[0].value] = pair[1] }
            pair.removeAll(keepingCapacity: true)
        }
        return table
    }()
    static let traditional = ScalarSet(table.keys.compactMap(Unicode.Scalar.init))

    /// Whether text reads as traditional: `hits` of its `count` scalars have a simplified form, and that is more
    /// than one in fifty (and at least four). Simplified text has almost none (著, 乾 and a few others are both).
    static func isTraditional(hits: Int, of count: Int) -> Bool {
        hits >= 4 && hits * 50 >= count
    }

    /// `scalars` with every traditional character replaced by its simplified form, one for one.
    static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { traditional.contains($0) ? table[$0.value] ?? $0 : $0 }
    }
}
