/// The units a table declares once for the bare figures of its rows: （单位：亿元，%） above 榆次区：412.6，增长5.3；.
struct DeclaredUnits: Equatable, Sendable {
    /// The unit of its amounts and the power of ten its magnitude adds (亿元: CNY and 8); nil when only rates are declared.
    var amount: Amount?
    /// Whether rates are declared in % (（单位：亿元，%）): a table of amounts alone still states its growth in %.
    var percent: Bool
    /// What its rates are compared with, as its header says (指标⇥1-5月⇥同比增长 → 同比).
    var basis: String? = nil
    /// The place its caption names (表1　2025年1-5月全省主要经济指标): the holder of rows that name none.
    var holder: [Unicode.Scalar]? = nil

    struct Amount: Equatable, Sendable {
        var unit: String
        var kind: UnitKind
        var id: Int
        var power: Int
    }

    /// Words written just before a bare rate in a row: 增长5.3, 下降1.8, 增速为-2.7.
    static let rateWords = Lexicon(words: ["增长", "下降", "增速", "增幅", "增速为", "增幅为", "同比", "回落", "降幅", "涨幅"])
    /// What may stand right before a figure alone in its cell (榆次区：6.8, 412.6，增长5.3) and right after it.
    static let cellOpeners = ScalarSet("：:，,\t （(".unicodeScalars)
    static let cellClosers = ScalarSet("；;，,。\n\t ）)".unicodeScalars)
    static let separators = ScalarSet("，、,/；;".unicodeScalars)
    /// What ends the run of cells a figure stands in: a line, a clause, a label.
    static let runStarts = ScalarSet("\n；;，,：:".unicodeScalars)
    /// What a cell with no figure holds: 固定资产投资⇥—⇥3.2.
    static let placeholders = ScalarSet("—－-…".unicodeScalars)
    /// The label of the currency a declaration names after its units (单位：万元　币种：人民币).
    static let currencyLabel = Array("币种".unicodeScalars)

    /// The units declared in `range` (单位：亿元，%; 计量单位：万吨; a heading's 二、设区市规上工业增加值增速（%）), nil when
    /// it declares none it can read.
    static func declared(in s: [Unicode.Scalar], _ range: Range<Int>) -> DeclaredUnits? {
        // (A declaration stands on a short line of its own, or ends a table's caption or a heading, in brackets.)
        guard range.count <= 64, let unitsStart = (range.lowerBound..<max(range.lowerBound, range.upperBound - 2)).first(where: { k in
            s[k] == "单" && s[k + 1] == "位" && (s[k + 2] == "：" || s[k + 2] == ":")
        }).map({ $0 + 3 }) ?? unitBracket(in: s, range).map({ $0 + 1 }) else { return nil }
        var declared = DeclaredUnits(amount: nil, percent: false)
        var start = unitsStart
        // (单位：新台币仟元（每股盈余单位：新台币元）: what the bracket after the units says is of other figures.)
        for k in start...range.upperBound where k == range.upperBound || separators.contains(s[k]) || "）)（(".unicodeScalars.contains(s[k]) {
            var token = s[start..<k].filter { $0 != " " && $0 != "\u{3000}" }
            if let label = Words.index(of: Self.currencyLabel, in: token), label > 0 { token.removeLast(token.count - label) }  // (单位：万元　币种：人民币)
            token = token.map { $0 == "仟" ? "千" : $0 == "佰" ? "百" : $0 }  // (新台币仟元: Taiwan's formal 千)
            start = k + 1
            if token == ["%"] || token == ["％"] {
                declared.percent = true
            } else if declared.amount == nil, !token.isEmpty {
                declared.amount = amount(token)
            }
            if k < range.upperBound, "）)（(".unicodeScalars.contains(s[k]) { break }
        }
        return declared.amount == nil && !declared.percent ? nil : declared
    }

    /// The unit of amounts `token` writes alone (亿元, 人民币千元, 万辆), read as a figure of one: 亿元 as 1亿元, its
    /// value the power of ten. Nil for a rate's unit or words that are no unit.
    static func amount(_ token: [Unicode.Scalar]) -> Amount? {
        // (人民币千元: the currency written before the figure.)
        let currency = QuantityScanner.currenciesBefore.match(token, at: 0, end: token.count)?.length ?? 0
        let probe: [Unicode.Scalar] = token[..<currency] + ["1"] + token[currency...]
        guard case let (mention?, _) = QuantityScanner.mention(probe, at: currency, end: probe.count), mention.span.upperBound == probe.count,
            mention.kind != .ratio
        else { return nil }
        let power = (0...16).first { QuantityScanner.powersOfTen[$0] == mention.value } ?? 0
        return Amount(unit: mention.unit, kind: mention.kind, id: mention.unitID, power: power)
    }

    /// Where the brackets that close a line start when they hold units alone (增速（%）, 产值（亿元）): the line's own
    /// words are then a heading.
    static func unitBracket(in s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard range.count > 3, s[range.upperBound - 1] == "）" || s[range.upperBound - 1] == ")",
            let open = (range.lowerBound..<(range.upperBound - 1)).last(where: { s[$0] == "（" || s[$0] == "(" }), open > range.lowerBound,
            // (…实际使用外资及增速（单位：万美元，%）: the word 单位 may say what the bracket holds.)
            case let first = open + 3 < range.upperBound && s[open + 1] == "单" && s[open + 2] == "位" && (s[open + 3] == "：" || s[open + 3] == ":") ? open + 4 : open + 1,
            first < range.upperBound - 1, (first..<(range.upperBound - 1)).allSatisfy({ unitScalars.contains(s[$0]) || separators.contains(s[$0]) })
        else { return nil }
        return open
    }
    /// Whether words are a unit of money alone, its magnitude a character: 仟元, 万元, 百万元; not 百家, 百分之五 or 千万元以上,
    /// figures in a sentence (`unitBracket`, for a head's label, takes 百家 for units too).
    static func isMoneyUnitAlone(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        words.count >= 2 && words.count <= 4 && "千仟万百佰亿".unicodeScalars.contains(words.first!) && words.last == "元"
            && words.allSatisfy { "千仟万百佰亿元".unicodeScalars.contains($0) }
    }
    /// What a bracket of units alone may hold: % and the scalars of units of money (万美元 too), count and measure.
    static let unitScalars = ScalarSet("%％‰元万亿千百吨辆台套件家个户人次平方米公里千瓦时亩立方标箱美港欧币民新澳门仟".unicodeScalars)

    /// The figure written alone in a row's cell at `i` (榆次区：6.8；, 412.6，增长5.3；, 营业收入2618.9；), in the declared unit: % after a
    /// word of growth or in a section of rates alone (`rates`), else the amounts' unit. Nil for a number that does not
    /// stand alone between a cell's marks.
    func cell(_ s: [Unicode.Scalar], at i: Int, end limit: Int, rates: Bool) -> QuantityMention? {
        guard let amount = QuantityScanner.readAmount(s, at: i, end: limit), amount.magnitude == 0, amount.end == limit || Self.cellClosers.contains(s[amount.end]) else {
            return nil
        }
        // ((1)董事会决议…: a list's number in brackets, opening its line.)
        if i > 0, s[i - 1] == "(" || s[i - 1] == "（", amount.end < limit, s[amount.end] == ")" || s[amount.end] == "）", i == 1 || s[i - 2] == "\n" { return nil }
        var start = i
        let signed = start > 0 && (QuantityScanner.minusSigns.contains(s[start - 1]) || s[start - 1] == "+" || s[start - 1] == "＋")
        if signed { start -= 1 }
        let afterRate = Self.rateWords.match(s, endingAt: start, start: 0) != nil
        // (…；规上工业营业收入2618.9，增长2.2: a measure written before its figure opens the cell too.)
        guard start == 0 || afterRate || Self.cellOpeners.contains(s[start - 1]) || Words.metrics.match(s, endingAt: start, start: 0) != nil
            || Gazetteer.names.match(s, endingAt: start, start: max(0, start - 8)).map { Self.opensLine($0.length, before: start, in: s) } == true  // 滑县　8.7
            || Self.isPlaceLabel(s, before: start)  // 某某示范区　5.7
        else { return nil }
        // A row's cells after its first are rates, when the table declares % (进出口总额⇥4021.7⇥-4.6).
        let laterCell = percent && Self.cellsBefore(s, start) > 0
        let inPercent = afterRate || rates || self.amount == nil || laterCell
        // (基本每股盈余：5.42 below 单位：新台币仟元: what is per share is in the currency's own unit.)
        let lineStart = s[max(0, start - 64)..<start].lastIndex(of: "\n").map { $0 + 1 } ?? max(0, start - 64)
        let perShare = Words.index(of: FactShape.perShare, in: Array(s[lineStart..<start])) != nil
        var mention = figure(s, at: i, amount.number, end: amount.end, limit: limit, inPercent: inPercent, ownUnit: perShare)
        mention?.tableRate = inPercent && !afterRate
        return mention
    }

    /// The bare number at `i` in the declared units: in %, or the amounts' unit, its magnitude too unless `ownUnit`
    /// (a figure per share is in yuan, whatever thousands the table declares).
    func figure(
        _ s: [Unicode.Scalar], at i: Int, _ number: QuantityScanner.Number, end: Int, limit: Int, inPercent: Bool, ownUnit: Bool = false
    ) -> QuantityMention? {
        let declared = inPercent ? nil : self.amount
        let unit = declared.map { QuantityScanner.Unit(name: $0.unit, kind: $0.kind, power: 0, id: $0.id) } ?? QuantityScanner.percent
        let power = ownUnit ? 0 : declared?.power ?? 0
        return QuantityScanner.finish(s, i, number.times(power), upTo: nil, unit: unit, more: false, end: end, limit: limit).0
    }

    /// Whether the line up to `end` is a place's name no gazetteer knows: two to eleven Chinese characters ending in a
    /// level's character, 旗, a park's 园 or a subdistrict's 街道 (青岭区, 某某示范区, 某某旗, 东川工业园, 雉城街道).
    static func isPlaceLabel(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        guard end > 1, DocumentPlace.level(of: s[end - 1]) != nil || s[end - 1] == "园" || s[end - 1] == "道" && end > 2 && s[end - 2] == "街" else { return false }
        var k = end - 1
        while k > 0, end - k < 12, Words.isHan(s[k - 1]) { k -= 1 }
        return end - k >= 2 && (k == 0 || s[k - 1] == "\n")
    }

    /// Whether the word of `length` ending at `end` opens its line.
    static func opensLine(_ length: Int, before end: Int, in s: [Unicode.Scalar]) -> Bool {
        end - length == 0 || s[end - length - 1] == "\n"
    }

    /// How many cells with a figure or a placeholder stand before `position` in its run (from the line's start, or the
    /// last clause's or label's end): 社会消费品零售总额10231.6 5.3 has one before 5.3.
    static func cellsBefore(_ s: [Unicode.Scalar], _ position: Int) -> Int {
        var count = 0, k = position - 1
        while k >= 0, !runStarts.contains(s[k]) {
            let value = ChineseNumeral.arabic(s[k]) != nil || placeholders.contains(s[k])
            let before = k > 0 ? s[k - 1] : "\n"
            if value, !(ChineseNumeral.arabic(before) != nil || placeholders.contains(before) || before == "." || before == ",") { count += 1 }
            k -= 1
        }
        return count
    }
}
