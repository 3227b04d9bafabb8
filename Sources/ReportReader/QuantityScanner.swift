import ZhizaoCore

/// A figure found in text: its value in base units, unit, qualifier, direction and where it stands.
public struct QuantityMention: Sendable, Equatable {
    /// Base units: 元 amounts in CNY with 万/亿 folded in, percentages as percent points, counts as counted.
    public var value: Double
    /// "CNY", "USD", "%", "pp" (个百分点), "倍", or the measure word as written ("座", "户", "家" …).
    public var unit: String
    /// Money, a ratio (%, pp, 倍: what growth is stated in) or a count of things.
    public var kind: UnitKind
    /// One number a unit, for telling units apart without comparing their names.
    var unitID: Int
    public var qualifier: Qualifier
    /// The upper end of a range (3至5亿元), in the same unit.
    public var upTo: Double?
    /// Written with a minus sign (增速为-2.1%): a decline, the value kept positive.
    public var negative = false
    /// Written with a plus sign (同比+15.88%): a rise.
    public var positive = false
    /// For a rank (居全国第四): where the ranking's scope is written (全国), empty when none is; nil for other figures.
    public var rank: Range<Int>? = nil
    /// `[start, end)` in Unicode scalars of the scanned text.
    public var span: Range<Int>
    /// A rate a table's row gives bare, in a column or section of rates (（单位：亿元，%） … 进出口总额⇥4021.7⇥-4.6): a change,
    /// whatever verb is missing.
    var tableRate = false
    /// The column of a table's row the figure stands in (the tabs before it), when a head named the columns.
    var column: Int? = nil
}

/// What a unit measures.
public enum UnitKind: Sendable, Equatable {
    case money, ratio, count
}

/// Finds figures in Chinese text. Not figures: technology and product names (5G, 4K, 8K, 12英寸), years and
/// dates (2020年, 12月), durations (连续15年), section numbers (一、, (二)).
public enum QuantityScanner {
    /// A unit: the name a fact carries, what it measures, the power of ten to base units (成 is ten percent),
    /// and a number that tells units apart without comparing their names.
    struct Unit: Sendable {
        let name: String
        let kind: UnitKind
        let power: Int
        let id: Int
    }

    static let unitList: [(String, String, UnitKind, Int)] =
        [("个百分点", "pp", .ratio, 0), ("%", "%", .ratio, 0), ("％", "%", .ratio, 0), ("‰", "‰", .ratio, 0), ("倍", "倍", .ratio, 0), ("成", "%", .ratio, 1)]
        + currencies.map { ($0.0, $0.1, .money, 0) }
        + [
            "平方公里", "平方米", "公顷", "万千瓦", "千瓦时", "千瓦", "公里", "公斤", "吨", "亩", "家", "个", "辆", "座", "户", "台", "项", "人次", "人", "名",
            "GWh", "MWh", "GW", "MW", "EFLOPS", "PFLOPS", "EFlops", "PFlops", "TFLOPS", "TFlops", "P",  // (算力规模6.8万P: computing power, as written)
            "头", "只", "分",
            "台套", "套", "件", "条", "颗", "所", "艘", "架", "部", "张", "批", "款", "根", "片", "块", "栋", "间", "支", "标准箱", "标箱", "立方米", "千米",
            "列", "趟",  // trains: 开行中欧班列3812列
            "笔",  // deals: 获得股权融资18笔
            "宗",  // parcels of land: 供应工业用地168宗
            "载重吨", "修正总吨",  // ships: 新接订单312万载重吨
            "吉瓦时", "兆瓦时", "吉瓦", "兆瓦",  // 出货量8.6吉瓦时: GWh written out, kept as written
            "千伏安", "兆伏安",  // transformers: 变压器产量2.6亿千伏安
            "千伏安时",  // lead batteries: 蓄电池产量3.05亿千伏安时
            "吨标准煤", "吨标煤",  // energy used: 规上工业能耗97.4万吨标准煤
            "千升",  // liquor: 黄酒产量12.4万千升
            "双",  // shoes: 皮鞋出口215万双
            "平方呎", "平方英尺",  // Hong Kong's floor space
            "台/万人",  // robots per 10,000 workers: 工业机器人密度达到412台/万人
            "人年",  // full-time equivalents: R&D人员全时当量9.36万人年 (not 人 before 年均)
            "家次",  // firms served, each time counted: 服务企业2860家次
        ].map { ($0, $0, .count, 0) }
        + [("港仙", "HKD", .money, -2), ("美仙", "USD", .money, -2), ("仙", "仙", .money, -2)]  // 41.3港仙, 港币38.6仙: cents
        + [("度", "千瓦时", .count, 0)]  // 6.42亿度: electricity, a 度 a kilowatt-hour
        + [("台／万人", "台/万人", .count, 0)]  // (a full-width slash)
    /// Currencies by the words that write them after a figure (1200亿新台币) or, for all but 元, before it or
    /// after its 元 (新台币1200亿元, 1200亿元新台币: the 元 is then of that currency).
    static let currencies = [
        ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("日元", "JPY"), ("新台币", "TWD"), ("台币", "TWD"), ("港币", "HKD"), ("美金", "USD"),
        ("澳门元", "MOP"), ("澳门币", "MOP"), ("澳元", "AUD"), ("英镑", "GBP"), ("韩元", "KRW"), ("新加坡元", "SGD"), ("人民币", "CNY"), ("元", "CNY"),
    ]
    static let currenciesBefore = Lexicon<Unit>(
        currencies.filter { $0.0 != "元" }.map { word, _ in
            (word, units.match(Array(word.unicodeScalars), at: 0, end: word.unicodeScalars.count)!.value)
        })
    /// Units by the words that write them; one id a name, so that ％ and % are one unit.
    static let units: Lexicon<Unit> = {
        var ids: [String: Int] = [:]
        return Lexicon(unitList.map { word, name, kind, power in
            let id = ids[name] ?? ids.count
            ids[name] = id
            return (word, Unit(name: name, kind: kind, power: power, id: id))
        })
    }()
    static let percent = units.match(["%"], at: 0, end: 1)!.value
    static let piece = units.match(["个"], at: 0, end: 1)!.value
    static let percentagePoint = units.match(Array("个百分点".unicodeScalars), at: 0, end: 4)!.value
    static let score = units.match(["分"], at: 0, end: 1)!.value
    static let computingP = units.match(["P"], at: 0, end: 1)!.value
    static let computingPower = Array("算力".unicodeScalars)
    /// A transformer's capacity (千伏安, 兆伏安), which a station's voltage and name also write (500千伏安吉变电站).
    static let voltAmperes: Set<Int> = Set(["千伏安", "兆伏安"].map { word in units.match(Array(word.unicodeScalars), at: 0, end: word.unicodeScalars.count)!.value.id })
    /// 仙 alone: cents of the currency named before the figure.
    static let cent = units.match(["仙"], at: 0, end: 1)!.value
    /// The words a score in 分 may run on into (86.42分，居…; 86.42分的成绩; 较上年提高2分); before any other Chinese
    /// character 分 is a word's (分之, 百分点, 分钟, 分类).
    static let scoreFollowers = ScalarSet("的居位排列较比高低和及与".unicodeScalars)
    /// 每万人 written before a count of robots (每万人412台), which then is a density, 台/万人.
    static let perTenThousand = Array("每万人".unicodeScalars)
    static let robotDensity = units.match(Array("台/万人".unicodeScalars), at: 0, end: 5)!.value
    static let personYear = units.match(Array("人年".unicodeScalars), at: 0, end: 2)!.value, person = units.match(["人"], at: 0, end: 1)!.value
    /// The digits as cheques write them (壹…玖), which alone are characters of names (陆家镇).
    static let chequeDigits = ScalarSet("壹贰叁肆伍陆柒捌玖".unicodeScalars)
    /// Qualifiers written before the figure.
    static let before = Lexicon<Qualifier>([
        ("大约", .approx), ("约", .approx), ("接近", .nearly), ("将近", .nearly), ("近", .nearly), ("过", .gt), ("超过", .gt), ("超", .gt), ("逾", .gt), ("突破", .gt),
        ("不低于", .ge), ("不少于", .ge), ("至少", .ge), ("最低", .ge), ("不超过", .le), ("最高", .le), ("最多", .le), ("不足", .lt),
        ("不到", .lt), ("达到", .exact),
    ])
    /// Qualifiers written after it.
    static let after = Lexicon<Qualifier>([
        ("左右", .approx), ("以上", .ge), ("以下", .le), ("以内", .le), ("多", .gt), ("余", .gt),
    ])
    static let rangeMarks = ScalarSet(["至", "-", "~", "～", "到", "—", "–"])  // (– an en dash: 1.2亿元–1.5亿元)
    static let minusSigns = ScalarSet(["-", "－", "−"])
    static let listMarks = ScalarSet(["、", "和", "及"])
    /// What follows a count of 个 when it counts time, not things: 3个月, 24个小时.
    static let durations = Lexicon(words: ["月", "小时", "工作日", "星期", "季度", "年头"])
    /// What follows an amount that describes a class of things rather than stating a figure: 超10亿元项目, 千亿元级集群.
    static let classNouns = Lexicon(words: ["企业", "项目", "产业项目", "级", "以上企业", "以上项目", "楼宇"])  // (纳税超亿元楼宇19栋)
    static let classHeads = Lexicon(words: ["项目", "企业"])
    /// Words that end in a qualifier's character without being one: 签约 is no 约 (about), 附近 no 近 (nearly), 通过 no 过 (over).
    static let notQualifiers = Lexicon(words: ["签约", "合约", "制约", "预约", "节约", "条约", "公约", "履约", "附近", "最近", "临近", "赶超", "通过", "经过", "出超", "入超"])  // (出超115.2亿美元: a surplus)
    /// What follows 成 when it is a verb, not tenths: 成为, 成立.
    static let notTenths = ScalarSet("为立果本功交长".unicodeScalars)
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// Every figure in `text`, in order.
    public static func scan(_ text: String) -> [QuantityMention] {
        let s = Array(text.unicodeScalars)
        var found: [QuantityMention] = []
        var i = 0
        while i < s.count {
            if mayStart(s[i]) {
                let (mention, next) = mention(s, at: i, end: s.count)
                if let mention { found.append(mention) }
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// Scalars a figure can start with: digits, Chinese numerals, and 万/亿 standing alone (突破万亿元).
    static let startScalars = Array("0123456789０１２３４５６７８９零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿".unicodeScalars)

    /// Whether a figure can start with this scalar.
    @inline(__always) static func mayStart(_ c: Unicode.Scalar) -> Bool {
        ChineseNumeral.arabic(c) != nil || ChineseNumeral.digit(c) != nil || ChineseNumeral.smallUnit(c) != nil || ChineseNumeral.largeUnit(c) != nil
    }

    /// A number with the 万, 亿 or 万亿 written after it.
    struct Amount {
        var number: Number
        var magnitude: Int
        var end: Int
        func value(_ power: Int = 0) -> Double { number.times(magnitude + power) }
    }

    /// The figure whose number starts at `i` (its span may start earlier, at a qualifier), and where to look next.
    static func mention(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> (QuantityMention?, next: Int) {
        // 百分之十五: a percentage in words.
        if s[i] == "百", i + 3 < limit, s[i + 1] == "分", s[i + 2] == "之", let amount = readAmount(s, at: i + 3, end: limit) {
            return finish(s, i, amount.value(), upTo: nil, unit: percent, more: false, end: amount.end, limit: limit)
        }
        guard var first = readAmount(s, at: i, end: limit) else { return (nil, i + 1) }
        // (陆家镇, 伍家岗区: one numeral of the forms written on cheques, alone, is a name's character, no figure.)
        if first.number.end - first.number.start == 1, first.magnitude == 0, Self.chequeDigits.contains(s[first.number.start]) { return (nil, first.end) }
        // (【03 项目投资】, 01 工业…: a point's number with a leading zero, opening a line or a bracket, is no figure; 0.5 is
        // one, and so is 新签约项目06个.)
        if s[i] == "0", i + 1 < first.number.end, s[i + 1].isASCII, ChineseNumeral.arabic(s[i + 1]) != nil,
            i == 0 || s[i - 1] == "\n" || s[i - 1] == "【" || Words.postMarks.contains(s[i - 1])  // (✅02 个体工商户)
        {
            return (nil, first.end)
        }
        var end = first.end
        var upTo: Amount?
        // A range: 3至5亿元, 30亿～50亿元.
        if end < limit, rangeMarks.contains(s[end]), let second = readAmount(s, at: secondStart(s, mark: end, first: first.number.start, end: limit), end: limit) {
            if first.magnitude == 0 { first.magnitude = second.magnitude }
            upTo = second
            end = second.end
        }
        // 300余家, 150多家: more than the figure.
        var more = false
        if end < limit, s[end] == "余" || s[end] == "多", units.match(s, at: end + 1, end: limit) != nil {
            more = true
            end += 1
        }
        var unit: Unit
        if let (found, length) = units.match(s, at: end, end: limit) {
            // 86.42分 is a score; 三分之一, 百分点, 10分钟, 00123分类 and 16时30分 (a time of day) are none.
            if found.id == score.id, ChineseNumeral.arabic(s[i]) == nil
                || end + length < limit && Words.isHan(s[end + length]) && !scoreFollowers.contains(s[end + length])
                || i >= 2 && (s[i - 1] == "时" || s[i - 1] == "点" || s[i - 1] == "點") && ChineseNumeral.arabic(s[i - 2]) != nil
            {
                return (nil, end + length)
            }
            // (迈上千亿台阶: a step, no machines.)
            if found.name == "台", end + length < limit, s[end + length] == "阶" { return (nil, end + length) }
            // 2.6亿千伏安，… is a capacity; 500千伏安吉变电站 a station's voltage (千伏) and a name.
            if voltAmperes.contains(found.id), end + length < limit, Words.isHan(s[end + length]) { return (nil, end + length) }
            // (6.8万P, computing power; 1.5P变频空调, 1080P高清, 100Pa are a size, a resolution and a unit of their own.)
            if found.id == computingP.id,
                first.magnitude == 0 && Words.index(of: Self.computingPower, in: Array(s[max(0, i - 10)..<i])) == nil
                    || end + 1 < limit && (Words.isHan(s[end + 1]) && after.match(s, at: end + 1, end: limit) == nil || s[end + 1].isASCII && s[end + 1].properties.isAlphabetic)
            {
                return (nil, end + 1)  // (6.8万P, 算力2000P; 3万P以上 still: not 1080P, 3P, 1.5P变频空调)
            }
            unit = found
            end += length
            // (32.6万人年均增长8%: people, and 年均 after them, not 人年.)
            if found.id == personYear.id, end < limit, s[end] == "均" || s[end] == "度" { (unit, end) = (person, end - 1) }
            // 1.5个和0.7个百分点: the first 个 of a pair is the second's 个百分点.
            if found.id == piece.id, end < limit, listMarks.contains(s[end]), let next = readAmount(s, at: end + 1, end: limit),
                let (paired, _) = units.match(s, at: next.end, end: limit), paired.id == percentagePoint.id
            {
                unit = paired
            }
        } else if upTo == nil, end < limit, listMarks.contains(s[end]), let next = readAmount(s, at: end + 1, end: limit),
            let (shared, _) = units.match(s, at: next.end, end: limit)
        {
            // 0.6和1.1个百分点: the first figure of a pair takes the unit of the second.
            if first.magnitude == 0 { first.magnitude = next.magnitude }
            unit = shared
        } else {
            return (nil, max(first.number.end, i + 1))
        }
        if unit.power == 1, first.value() > 10 || (end < limit && notTenths.contains(s[end])) { return (nil, first.end) }
        // 港币38.6仙: cents of the currency written before the figure, in digits (八仙过海 is none).
        if unit.id == cent.id {
            guard ChineseNumeral.arabic(s[first.number.start]) != nil, let (named, _) = currenciesBefore.match(s, endingAt: first.number.start, start: 0) else {
                return (nil, end)
            }
            unit = Unit(name: named.name, kind: .money, power: -2, id: named.id)
        }
        // A range written out in full: 80万元到120万元, 0.69元/股–0.82元/股 (what it is per after each).
        let per = end + 2 < limit && (s[end] == "/" || s[end] == "／") && Words.isHan(s[end + 1]) ? 2 : 0
        if upTo == nil, end + per < limit, rangeMarks.contains(s[end + per]),
            let second = readAmount(s, at: secondStart(s, mark: end + per, first: first.number.start, end: limit), end: limit),
            let (again, length) = units.match(s, at: second.end, end: limit), again.id == unit.id,
            per == 0 || second.end + length + 1 < limit && s[second.end + length] == s[end] && s[second.end + length + 1] == s[end + 1]
        {
            upTo = second
            end = second.end + length
        }
        if isClassifier(s, first.number.start, end, limit, unit: unit) { return (nil, end) }
        // 新台币1200亿元, 1200亿元新台币: the currency named before the figure or after its 元.
        if unit.kind == .money, unit.name == "CNY" {
            if let (named, length) = currenciesBefore.match(s, at: end, end: limit) {
                unit = named
                end += length
            } else if let (named, _) = currenciesBefore.match(s, endingAt: first.number.start, start: 0) {
                unit = named
            }
        }
        return finish(s, first.number.start, first.value(unit.power), upTo: upTo?.value(unit.power), unit: unit, more: more, end: end, limit: limit)
    }

    /// Where a range's second figure starts after its mark: right after it, or after a minus sign when the first figure
    /// has one too (-1.85亿元至-1.42亿元, a loss expected).
    private static func secondStart(_ s: [Unicode.Scalar], mark: Int, first: Int, end limit: Int) -> Int {
        let negative = first > 0 && minusSigns.contains(s[first - 1]) && (first < 2 || ChineseNumeral.arabic(s[first - 2]) == nil)
        return mark + (negative && mark + 2 < limit && minusSigns.contains(s[mark + 1]) ? 2 : 1)
    }

    /// The mention from `start` to `end`, its span widened to the qualifiers written around it.
    static func finish(
        _ s: [Unicode.Scalar], _ start: Int, _ value: Double, upTo: Double?, unit: Unit, more: Bool, end: Int, limit: Int
    ) -> (QuantityMention?, next: Int) {
        var (start, end, unit) = (start, end, unit)
        var qualifier = more ? Qualifier.gt : .exact
        // (工业机器人密度达到每万人412台: robots per 10,000 workers, written before the figure.)
        if unit.name == "台", start >= 3, s[(start - 3)..<start].elementsEqual(perTenThousand) { (unit, start) = (robotDensity, start - 3) }
        // A minus sign, not a range's dash: nothing numeric before it.
        let negative = start > 0 && minusSigns.contains(s[start - 1]) && (start < 2 || ChineseNumeral.arabic(s[start - 2]) == nil)
        let positive = start > 0 && (s[start - 1] == "+" || s[start - 1] == "＋")
        if negative || positive { start -= 1 }
        if let (q, length) = before.match(s, endingAt: start, start: 0), length > 1 || notQualifiers.match(s, endingAt: start, start: 0) == nil {
            qualifier = q
            start -= length
        } else if let (_, named) = currenciesBefore.match(s, endingAt: start, start: 0) {
            // (收益约为港币58.64亿元: the currency's name is the figure's, no part of the words before it.)
            start -= named
            if let (q, length) = before.match(s, endingAt: start, start: 0),
                length > 1 || notQualifiers.match(s, endingAt: start, start: 0) == nil  // (节约人民币1200万元 is saved, no approximation)
            {
                (qualifier, start) = (q, start - length)  // (约人民币486亿元: the qualifier before the currency's name)
            }
        }
        if let (q, length) = after.match(s, at: end, end: limit) {
            qualifier = q
            end += length
        }
        let mention = QuantityMention(
            value: value, unit: unit.name, kind: unit.kind, unitID: unit.id, qualifier: qualifier, upTo: upTo, negative: negative, positive: positive,
            span: start..<end)
        return (mention, end)
    }

    /// A number and its 万/亿 at `i`. 万亿 and 亿 may stand alone after a qualifier: 突破万亿元, 近亿元.
    static func readAmount(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> Amount? {
        var number: Number
        if let n = readNumber(s, at: i, end: limit) {
            number = n
        } else if i < limit, s[i] == "亿" || (s[i] == "万" && i + 1 < limit && s[i + 1] == "亿"), before.match(s, endingAt: i, start: 0) != nil {
            number = Number(digits: 1, exponent: 0, start: i, end: i)
        } else {
            return nil
        }
        var end = number.end
        var magnitude = 0
        if end + 1 < limit, s[end] == "万", s[end + 1] == "亿" {
            magnitude = 12
            end += 2
        } else if end + 1 < limit, s[end] == "百" || s[end] == "千", s[end + 1] == "万", end > number.start, ChineseNumeral.arabic(s[end - 1]) != nil {
            magnitude = s[end] == "百" ? 6 : 7  // 港币4,236.7百万元: a Hong Kong report's millions
            end += 2
        } else if end < limit, s[end] == "万" || s[end] == "亿" {
            magnitude = s[end] == "万" ? 4 : 8
            end += 1
        } else if end + 1 < limit, s[end] == "千" || s[end] == "仟", ChineseNumeral.arabic(s[end - 1]) != nil, let (unit, _) = units.match(s, at: end + 1, end: limit),
            unit.kind == .money
        {
            magnitude = 3  // 人民币2,918,436千元: a Hong Kong report's thousands (5,513,426仟元, Taiwan's)
            end += 1
        } else if end + 1 < limit, s[end] == "兆", let (unit, _) = units.match(s, at: end + 1, end: limit), unit.kind == .money {
            magnitude = 12  // 新台币1.2兆元: a trillion (兆 of watts, 兆瓦, is a million, and no money)
            end += 1
        }
        guard end > number.start else { return nil }
        // 1兆217億元, 5萬1,238人: a lower order written after a higher one adds to it.
        var order = magnitude
        if order == 0, end + 1 < limit, s[end] == "兆", ChineseNumeral.arabic(s[end + 1]) != nil { order = 12 }
        let tailStart = order == 12 && magnitude == 0 ? end + 1 : end
        if order >= 4, tailStart < limit, ChineseNumeral.arabic(s[tailStart]) != nil, let tail = readArabic(s, at: tailStart, end: limit), tail.exponent >= 0 {
            var (tailOrder, tailEnd) = (0, tail.end)
            if tailEnd < limit, s[tailEnd] == "亿" || s[tailEnd] == "万" { (tailOrder, tailEnd) = (s[tailEnd] == "亿" ? 8 : 4, tailEnd + 1) }
            if tailOrder < order, tail.times(tailOrder) < powersOfTen[order], tailEnd >= limit || !notAfterTails.contains(s[tailEnd]) {
                let low = min(number.exponent + order, tail.exponent + tailOrder)
                let digits = number.times(order - low) + tail.times(tailOrder - low)
                return Amount(number: Number(digits: digits, exponent: low - order, start: number.start, end: tailEnd), magnitude: order, end: tailEnd)
            }
        }
        return Amount(number: number, magnitude: magnitude, end: end)
    }

    /// What after a number makes it no lower order of the one before: a date's (3万2024年), a range's (万至).
    static let notAfterTails = ScalarSet("年月日至到-—–~～、.".unicodeScalars)

    /// 以上 after an amount, and what after it starts no words it bounds: a change, a comparison.
    static let atLeast = Lexicon(words: ["以上", "及以上"])
    static let notBounded = ScalarSet("增同比较下占的和及与并或用为".unicodeScalars)

    /// Whether the figure from `start` to `end` is no statement of its own: an ordinal (第一个), a rate's base
    /// (每百户), a duration (3个月), a slogan's count (“三个一批”), or a class of things (超10亿元项目, 千亿元级).
    static func isClassifier(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ limit: Int, unit: Unit) -> Bool {
        if start > 0, s[start - 1] == "第" || s[start - 1] == "每" { return true }
        if unit.id == piece.id, durations.match(s, at: end, end: limit) != nil { return true }
        // (“三个一批”, “五个一”: a slogan's count in characters in quotes, 一 right after its 个, counts nothing; 三个一级资质 counts.)
        if unit.id == piece.id, start > 0, s[start - 1] == "“", end < limit, s[end] == "一", ChineseNumeral.arabic(s[start]) == nil,
            end + 1 < limit && s[end + 1] == "”" || end + 2 < limit && s[end + 2] == "”"
        {
            return true
        }
        if unit.kind == .money {
            if classNouns.match(s, at: end, end: limit) != nil { return true }
            // 500万元以上固定资产投资: a threshold before the measure it bounds, no figure (not 10亿元以上，同比增长…; 50亿元以上的
            // 目标, 30亿元以上用于…, 120亿元以上和工业投资…: a figure the words after it say more of).
            if let (_, n) = atLeast.match(s, at: end, end: limit), end + n < limit, Words.isHan(s[end + n]), !notBounded.contains(s[end + n]) {
                var k = end + n
                while k < min(limit, end + n + 10), Words.isHan(s[k]) { k += 1 }
                if Words.metrics.last(in: s, (end + n)..<k) != nil { return true }
            }
            // 超10亿元重大项目17个: an amount a few words before 项目 or 企业 names a class of them.
            var k = end
            while k < min(limit, end + 6), Words.isHan(s[k]) {
                if classHeads.match(s, at: k, end: limit) != nil { return true }
                k += 1
            }
        }
        return false
    }

    /// A number as written: `digits` × 10^`exponent`, so that 4,500.6亿 is 45006 × 10^7 exactly, not 4500.6 × 10^8.
    struct Number {
        var digits: Double
        var exponent: Int
        var start: Int, end: Int

        /// Its value times 10^`power`: one multiplication or division of exact operands, so rounded once.
        func times(_ power: Int) -> Double {
            let e = exponent + power
            return e >= 0 ? digits * QuantityScanner.powersOfTen[min(e, 22)] : digits / QuantityScanner.powersOfTen[min(-e, 22)]
        }
    }

    /// A number at `i`: Arabic (1,234.5, full-width) or Chinese (两千, 一百二十); nil when none starts there.
    static func readNumber(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> Number? {
        guard i < limit else { return nil }
        if ChineseNumeral.arabic(s[i]) != nil {
            // Not the tail of a word or code like "A3".
            if i > 0, isASCIIAlphanumeric(s[i - 1]) || s[i - 1] == "." { return nil }
            return readArabic(s, at: i, end: limit)
        }
        guard ChineseNumeral.digit(s[i]) != nil || ChineseNumeral.smallUnit(s[i]) != nil else { return nil }
        // A Chinese numeral takes its 万 and 亿 with it: 三亿五千万 is one number.
        var j = i
        while j < limit, ChineseNumeral.isNumeral(s[j]) { j += 1 }
        // A lone 一 is an article more often than a figure (一个, 一家, 一批); a lone 零 starts a word (零部件).
        // (单一零件: a 零 before 件 or 部 is the word's, 零件 and 零部件, whatever stands before it.)
        guard j > i, !(j == i + 1 && (s[i] == "一" || s[i] == "零" || s[i] == "〇")), !(s[j - 1] == "零" && j < limit && (s[j] == "件" || s[j] == "部")),
            let value = ChineseNumeral.value(of: s[i..<j])
        else { return nil }
        return Number(digits: value, exponent: 0, start: i, end: j)
    }

    /// Digits with an optional fraction and thousands separators (exactly three digits after each).
    private static func readArabic(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> Number? {
        var j = i
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0
        var inFraction = false
        func isDigit(_ k: Int) -> Bool { k < limit && ChineseNumeral.arabic(s[k]) != nil }
        while j < limit {
            if let d = ChineseNumeral.arabic(s[j]) {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(d)
                    digits += 1
                    if inFraction { fractionDigits += 1 }
                } else if !inFraction {
                    return nil  // longer than any figure: a code or an identifier
                }
            } else if !inFraction, s[j] == "." || s[j] == "．", isDigit(j + 1) {
                inFraction = true
            } else if !inFraction, s[j] == "," || s[j] == "，", isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) {
                // A thousands separator: exactly three digits follow.
            } else {
                break
            }
            j += 1
        }
        // (5.1月1日累计至本期止营业收入：…: a list's number before a month, no decimal.)
        if inFraction, j < limit, s[j] == "月" { return nil }
        guard digits <= 15 else {
            let text = String(String.UnicodeScalarView(s[i..<j].compactMap { c in ChineseNumeral.arabic(c).map { Unicode.Scalar(UInt8(48 + $0)) } ?? (c == "." || c == "．" ? "." : nil) }))
            return Double(text).map { Number(digits: $0, exponent: 0, start: i, end: j) }
        }
        return Number(digits: Double(mantissa), exponent: -fractionDigits, start: i, end: j)
    }

    /// A Latin letter or an ASCII digit: part of a code or model name (A3, 5G).
    @inline(__always) static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

}
