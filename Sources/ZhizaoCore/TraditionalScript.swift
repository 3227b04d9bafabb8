/// Traditional characters (繁體) read as simplified ones, one for one: reports, queries and names typed in
/// traditional script find what is stored in simplified form. The table is OpenCC's (Resources/ts-characters.txt).
public enum TraditionalScript {
    /// Traditional scalar → simplified scalar. The table is compiled into the program (`embedInCode`): finding and
    /// reading a resource file through `Bundle.module` took longer than the rest of the reader's start-up.
    public static let table: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        table.reserveCapacity(4_200)
        // Line by line over the scalars (splitting the String by Characters took most of the start-up).
        var pair: [Unicode.Scalar] = []
        for scalar in String(decoding: PackageResources.ts_characters_txt, as: UTF8.self).unicodeScalars + ["\n"] {
            guard scalar == "\n" else {
                pair.append(scalar)
                continue
            }
            if pair.count == 2, pair[0] != "#" { table[pair[0].value] = pair[1] }
            pair.removeAll(keepingCapacity: true)
        }
        return table
    }()

    /// `scalars` with every traditional character replaced by its simplified form, one for one.
    public static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { table[$0.value] ?? $0 }
    }

    /// `text` in simplified characters; text without traditional characters comes back unchanged.
    public static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { table[$0.value] != nil }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.map { table[$0.value] ?? $0 })
        return String(result)
    }
}
