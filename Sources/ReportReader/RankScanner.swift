/// Finds ranks (居全国第四, 排名第6, 位列第11位, 稳居全球首位) and changes of rank (上升2位, 前移4位): positions are
/// figures too, in the unit 位.
enum RankScanner {
    /// Verbs that place something in a ranking.
    static let verbs = Lexicon(words: ["居", "位居", "排名", "排", "位列", "列", "稳居", "居于", "跃居", "名列", "排在", "位于", "排第", "跻身", "保持"])
    /// Verbs that move a rank: what follows is a number of places.
    static let moves = Lexicon(words: ["上升", "提升", "前移", "上移", "前进", "下降", "后移", "下滑", "跃升"])
    /// What may follow a position: 第四位, 第6名, 第一，.
    static let ends = ScalarSet("位名的".unicodeScalars)
    /// The unit's number: ranks are told apart from every other unit.
    static let unitID = 10_000
    /// How far before the position the verb and the ranking's scope may stand (居全省地级市第2).
    static let reach = 10

    /// The rank that starts at `i` (第 or 首), its span running from its verb, with the ranking's scope; or the next of
    /// a list of ranks after `previous` (分别居全省第一、第二、第三; 第1、2、3位), its span its own, in the same ranking.
    static func mention(_ s: [Unicode.Scalar], at i: Int, start: Int, end: Int, previous: QuantityMention? = nil) -> QuantityMention? {
        var value: Double, j: Int
        if s[i] == "首", i + 1 < end, s[i + 1] == "位" {
            (value, j) = (1, i + 2)
        } else if s[i] == "第" {
            j = i + 1
            while j < end, j - i <= 3, ChineseNumeral.arabic(s[j]) != nil || ChineseNumeral.digit(s[j]) != nil || ChineseNumeral.smallUnit(s[j]) != nil {
                j += 1
            }
            guard j > i + 1, let position = number(s[(i + 1)..<j]) else { return nil }
            value = position
            // 第一批, 第三产业 are no ranks; 第三和第五 are.
            let listed = j + 1 < end && (s[j] == "和" || s[j] == "及") && s[j + 1] == "第"
            if j < end, ends.contains(s[j]), s[j] != "的" { j += 1 } else if j < end, Words.isHan(s[j]), s[j] != "的", !listed { return nil }
        } else if let previous, previous.unitID == unitID, i > 0, previous.span.upperBound == i - 1, s[i - 1] == "、" {
            // 第1、2、3位, 第一、二、三位: the next of a list of positions that share the first's 第.
            j = i
            while j < end, j - i < 3, ChineseNumeral.arabic(s[j]) != nil || ChineseNumeral.digit(s[j]) != nil || ChineseNumeral.smallUnit(s[j]) != nil {
                j += 1
            }
            guard j > i, j < end, s[j] == "、" || ends.contains(s[j]) && s[j] != "的", let position = number(s[i..<j]) else { return nil }
            value = position
            if s[j] != "、" { j += 1 }
        } else {
            return nil
        }
        // 第2位和第4位: the next of a list, whose verb (位列) is the first's.
        if let previous, previous.unitID == unitID, let scope = previous.rank, previous.span.upperBound == i - 1, s[i - 1] == "、" || s[i - 1] == "和" {
            var mention = QuantityMention(value: value, unit: "位", kind: .count, unitID: unitID, qualifier: .exact, span: i..<j)
            mention.rank = scope
            return mention
        }
        // 居全国第三、全省第一: the next of a list in a ranking of its own, whose verb is the first's.
        if let previous, previous.unitID == unitID, previous.rank != nil, case let gap = previous.span.upperBound, gap < i - 2, i - gap <= 7,
            s[gap] == "、", (gap + 1..<i).allSatisfy({ Words.isHan(s[$0]) })
        {
            var mention = QuantityMention(value: value, unit: "位", kind: .count, unitID: unitID, qualifier: .exact, span: i..<j)
            mention.rank = (gap + 1)..<i
            return mention
        }
        guard let verb = verbs.last(in: s, max(start, i - reach)..<i, accept: { r in
            !(r.lowerBound..<i).contains(where: { Words.punctuation.contains(s[$0]) || s[$0] == "、" })
        }) else { return nil }
        var mention = QuantityMention(
            value: value, unit: "位", kind: .count, unitID: unitID, qualifier: .exact, span: verb.range.lowerBound..<j)
        mention.rank = verb.range.upperBound < i ? verb.range.upperBound..<i : verb.range.upperBound..<verb.range.upperBound
        // 在全国资源型城市中排名第4位: the ranking written before its verb, between 在 and 中, part of the rank.
        if verb.range.upperBound == i, case let among = verb.range.lowerBound - 1, among > start + 2, s[among] == "中",
            let at = s[max(start, among - 16)..<among].lastIndex(of: "在"), at + 2 <= among,
            !s[at..<among].contains(where: { Words.punctuation.contains($0) || ChineseNumeral.arabic($0) != nil })
        {
            mention.span = at..<j
            mention.rank = (at + 1)..<among
        }
        return mention
    }

    /// A position written in digits (11) or in Chinese numerals (十一).
    static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        if scalars.allSatisfy({ ChineseNumeral.arabic($0) != nil }) {
            return Double(scalars.reduce(0) { $0 * 10 + ChineseNumeral.arabic($1)! })
        }
        return ChineseNumeral.value(of: scalars)
    }

    /// A change of rank that starts at `i`: 上升2位 read from its number.
    static func move(_ s: [Unicode.Scalar], at i: Int, start: Int, end: Int) -> QuantityMention? {
        guard i > start, moves.match(s, endingAt: i, start: max(start, i - 2)) != nil else { return nil }
        var j = i
        while j < end, j - i < 3, ChineseNumeral.arabic(s[j]) != nil || ChineseNumeral.digit(s[j]) != nil { j += 1 }
        guard j > i, j < end, s[j] == "位", let places = number(s[i..<j]) else { return nil }
        return QuantityMention(value: places, unit: "位", kind: .count, unitID: unitID, qualifier: .exact, span: i..<(j + 1))
    }
}
