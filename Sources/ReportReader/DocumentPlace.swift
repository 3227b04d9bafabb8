/// The place a document is about, for the generic words that stand for it (全市, 全区, 本县): given (`--place`) or
/// named in its title or first lines (广州市花都区工业和信息化局…).
struct DocumentPlace: Sendable {
    /// The place's name at each level the document names, 市 and 区 for 广州市花都区.
    private(set) var names: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    /// A name given without a level (花都): it stands for every generic word but 全国 and 全省.
    private var any: [Unicode.Scalar]?
    /// Whether the first lines name Taiwan (台灣上半年出口…): its pages write 我國 for it.
    private var taiwan = false
    /// The special region the first lines name first (香港經濟…, 本澳…): 特区政府 is its government.
    private var region: [Unicode.Scalar]?
    /// Short names the text declares (（下称“白沙高新区”）): kept as written, not resolved to the zone's full name.
    var declaredShortNames: Set<[Unicode.Scalar]> = []

    /// Generic words by the level they stand for: 全市 the city, 全区 the district, 全旗 the banner (a county's level).
    static let generic = Lexicon<Unicode.Scalar>(
        Words.genericPlaces.map { word in (word, word.unicodeScalars.lazy.compactMap(level(of:)).first!) })  // 全区, 区内: 区
    /// The level a character of a generic word names: 省, 市, 区, 县 and 镇 their own; 旗, a banner, a county's; 州, an
    /// autonomous prefecture, a city's; 街 of 街道, a subdistrict's.
    static func level(of c: Unicode.Scalar) -> Unicode.Scalar? {
        levels.contains(c) || c == "街" ? c : c == "旗" ? "县" : c == "州" ? "市" : nil
    }
    static let levels = ScalarSet("省市区县镇".unicodeScalars)
    /// What before a level character makes it part of a word, not a place: 园区, 城区, 社区, 全市, 上市 (listed), 县级市.
    static let notNames = ScalarSet("全本我该园社小街景市场辖片厂营地从在有到排上批级".unicodeScalars)
    /// What after a level character makes it an adjective, a title or a word of its own, not a place's end: 市级, 区属,
    /// 【对话区长】, 旅游市场, 县域, 总市值.
    static let notAfterNames = ScalarSet("级属长委场場域值".unicodeScalars)
    /// The characters a date ends with: 2025年, 3月, 15日.
    static let dateEnds = ScalarSet("年月日".unicodeScalars)
    /// What a slogan calls a place it would make strong (工业强镇, 经济强县): no place's name.
    static let slogans = Lexicon(words: ["工业强", "经济强", "制造强", "产业强", "农业强", "科技强", "文化强", "旅游强", "生态强", "质量强", "品牌强", "商贸强"])
    /// What may stand before a place name in a title: its start, a higher level, a date, 关于, 是 (今年是小榄镇…攻坚之年).
    static let beforeNames = ScalarSet("省市年月日度季于在从据是：:】」“ ".unicodeScalars)
    /// Whether what stands before `i` (not the text's start) may stand before a place's name: `beforeNames`, or 9月份's 份
    /// (not 股份's).
    static func mayPrecedeName(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        beforeNames.contains(t[i - 1]) || t[i - 1] == "份" && i >= 2 && t[i - 2] == "月"
    }

    /// Whether the name of `n` at `i` writes out in full the short name found before at `at` (恩施新闻网 above 恩施州赴深圳…:
    /// 恩施 is first read as 恩施市, a county-level city, but the title names the prefecture 恩施州).
    static func extendsShortName(_ known: [Unicode.Scalar]?, _ at: Int?, _ text: [Unicode.Scalar], _ i: Int, _ n: Int) -> Bool {
        guard let known, let at, n > 2, i > at, Gazetteer.match(text, at: at, end: min(text.count, at + 20))?.length == 2 else { return false }
        return text[at..<(at + 2)].elementsEqual(text[i..<(i + 2)]) && !known.elementsEqual(text[i..<(i + n)])
    }

    init?(given: String?) {
        guard let given, !given.isEmpty else { return nil }
        let scalars = Array(given.unicodeScalars)
        if let last = scalars.last, Self.levels.contains(last), scalars.count > 1 { names[last] = scalars } else { any = scalars }
    }

    /// The places named in the first lines of `text` as written (up to 300 scalars, six lines: a web page's menus
    /// and bylines come first).
    init?(heading text: [Unicode.Scalar]) {
        var lines = 0
        var i = 0
        var known: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var knownAt: [Unicode.Scalar: Int] = [:], writtenAt: [Unicode.Scalar: Int] = [:]  // where each was found
        // 长兴：一块电池的…: a title that opens with a county's short name and a colon is about that county.
        if let (name, level) = Self.titleCounty(text) { (known[level], knownAt[level]) = (name, 0) }
        while i < min(text.count, 300), lines < 6 {
            if text[i] == "\n" { lines += 1 }
            if text[i] == "。" { break }
            // 东莞再添…, 乌鲁木齐市…: a city by its short name, a division by a name longer than the scan below reads
            // (taken when the heading names none of its level in full: 滁州日报讯…滁州市 is 滁州市).
            // (A full name of three or more is taken after any word: 专访了萧山区.)
            if let (level, n) = Gazetteer.match(text, at: i, end: min(text.count, 300)),
                n > 3 || n == 3 && (level != "市" || text[i + 2] == "州") || n == 2 && "市省县".unicodeScalars.contains(level),  // (黔南州)
                n > 2 || i == 0 || !Words.isHan(text[i - 1]) || Self.mayPrecedeName(text, at: i) && (level != "县" || Self.dateEnds.contains(text[i - 1])),
                known[level] == nil || Self.extendsShortName(known[level], knownAt[level], text, i, n),  // (2025年滑县…: a county of one character after a date)
                !Self.isVenue(text, at: i)
            {
                // (扬州数字基础设施…: 我市 is 扬州市, the city's full name; 甘肃上半年…: 全省 is 甘肃省.)
                known[level] = (level == "市" || level == "省") && n <= 3 ? Gazetteer.fullName(Array(text[i..<(i + n)])) : Array(text[i..<(i + n)])
                knownAt[level] = i
            }
            // 容桂街道2024年…: a subdistrict, named by two or three characters before 街道 at a line's start.
            if text[i] == "街", i + 1 < text.count, text[i + 1] == "道", names["街"] == nil,
                let start = [i - 2, i - 3].first(where: { $0 >= 0 && ($0 == 0 || text[$0 - 1] == "\n") }),
                text[start..<i].allSatisfy({ Words.isHan($0) && !Self.notNames.contains($0) }), !"部各每城".unicodeScalars.contains(text[start])  // (部分街道, 城市街道)
            {
                names["街"] = Array(text[start...(i + 1)])
            }
            // A two- or three-character name before a level: 花都区, 广州市, 乌鲁木齐市 is left out; 市级 (city-level:
            // 第一批市级重点项目) ends no place, nor does a numbered batch (第一批).
            if Self.levels.contains(text[i]), i + 1 >= text.count || !Self.notAfterNames.contains(text[i + 1]) {
                for length in [2, 3] where i - length >= 0 {
                    let start = i - length
                    let name = text[start...i]
                    // (经开区 alone is a zone's kind, no place's name.)
                    // (“千亿强县”: a slogan in quotes names no place; 自治区 is the region a document is about: `resolve`.)
                    // (柳市镇: a town's name may end with 市; 各市镇, 城市镇 name none.)
                    let townOfMarket = text[i] == "镇" && text[i - 1] == "市" && length == 2 && !Self.notNames.contains(text[start]) && !Self.levels.contains(text[start])
                        && !"各城乡两超".unicodeScalars.contains(text[start])
                    guard name.dropLast().allSatisfy(Words.isHan), !Self.notNames.contains(text[i - 1]) || townOfMarket, !FactShape.zoneKinds.matchesWhole(Array(name)),
                        Self.slogans.match(text, endingAt: i, start: start) == nil,  // (今年是工业强镇建设攻坚之年: a slogan; 图强镇 is a town)
                        !(Self.dateEnds.contains(text[start]) && start > 0 && ChineseNumeral.arabic(text[start - 1]) != nil),  // (2025年某县: no 年某县)
                        !(text[i - 1] == "治" && i > 1 && text[i - 2] == "自"),
                        !(text[i - 1] == "开" && i > 1 && text[i - 2] == "召"),  // (日前召开市人大会议)
                        start == 0 || !Words.isHan(text[start - 1]) || Self.mayPrecedeName(text, at: start)
                            || (text[i] == "镇" || text[i] == "乡") && "县区旗".unicodeScalars.contains(text[start - 1]),  // (泉港区某峰镇: a town after its district)
                        start == 0 || text[start - 1] != "“" || i + 1 == text.count || text[i + 1] != "”"
                    else { continue }
                    if names[text[i]] == nil { (names[text[i]], writtenAt[text[i]]) = (Array(name), start) }
                    break
                }
            }
            i += 1
        }
        // 洛阳高新技术产业开发区管理委员会: a zone named whole at a line's start is the district level's place.
        // (——访萧山区区长: the gazetteer's 萧山区, not the words 访萧山区 that end with it.)
        taiwan = (0..<min(text.count, 300)).contains { text[$0] == "台" && $0 + 1 < text.count && text[$0 + 1] == "湾" }
        region = Self.regions.first(in: text, 0..<min(text.count, 300)).flatMap { Self.regions.match(text, at: $0, end: text.count) }
            .map { Array($0.value.unicodeScalars) }
        // The gazetteer's name wins when written first (宁德：… above 在福鼎市的…: 全市 is 宁德市) or when the words read before
        // a level end with it (访萧山区 → 萧山区).
        for (level, name) in known {
            guard let written = names[level] else {
                names[level] = name
                continue
            }
            if written.count > name.count && written.suffix(name.count).elementsEqual(name) || knownAt[level]! < writtenAt[level] ?? 0 { names[level] = name }
        }
        // (——访长春汽车经济技术开发区管委会主任, then 汽开区: a zone named in full wins over a short name no gazetteer knows.)
        if known["区"] == nil, let zone = Self.zone(in: text), names["区"].map({ zone.count > $0.count }) ?? true {
            names["区"] = zone
        }
        // 许昌市建安区2025年…: a division first named within its city (or municipality: 上海市浦东新区) is one place, which 全区
        // stands for; 建安区… above 来源：许昌市建安区… stays 建安区. (——访湖州市吴兴区区长: the gazetteer's 湖州市 before it,
        // not the words 访湖州市.)
        // (晋江市某埭镇…: a town or a subdistrict within its county or district, too.)
        for level in "区县镇乡街".unicodeScalars {
            let town = level == "镇" || level == "乡" || level == "街"
            if let division = names[level], let k = Self.firstNamed(division, in: text),
                let (outer, n) = Gazetteer.names.match(text, endingAt: k, start: max(0, k - 8)),
                town ? "市县区旗".unicodeScalars.contains(text[k - 1]) && outer != "省" : (outer == "市" || outer == "省") && text[k - 1] == "市"
            {
                names[level] = Array(text[(k - n)..<k]) + division
            }
        }
        if names.isEmpty && !taiwan && region == nil { return nil }
    }

    /// Where `division` is first written in the text's head, a site's name aside (佛山市南海区人民政府网站 above a title's
    /// 南海区2023年…: the title's way), unless only the site's name writes it.
    static func firstNamed(_ division: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        let head = Array(text.prefix(300))
        var first: Int?
        var from = 0
        while let found = head[from...].firstRange(of: division) {
            let lineStart = head[..<found.lowerBound].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            let lineEnd = head[found.lowerBound...].firstIndex(of: "\n") ?? head.count
            // (西安市高陵区人民政府 alone on its line is a site's name too.)
            let site = siteNames.occurs(in: head, lineStart..<lineEnd) || governmentLine.match(head, endingAt: lineEnd, start: found.upperBound) != nil
            if !site { return found.lowerBound }
            first = first ?? found.lowerBound
            from = found.upperBound
        }
        return first
    }
    /// What a site's name line holds (佛山市南海区人民政府网站, 某区人民政府门户网站).
    static let siteNames = Lexicon(words: ["政府网", "门户网站"])
    /// What a site's name line ends with after its place (西安市高陵区人民政府).
    static let governmentLine = Lexicon(words: ["人民政府"])

    /// Whether the place at `i` is where the text's own place went (我市在上海举办…推介会, 我区赴深圳招商): not what
    /// the text is about, which 我市 stands for. (在某旗…人民代表大会上 is the place itself.)
    static func isVenue(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        i >= 3 && (text[i - 1] == "在" || text[i - 1] == "赴") && levels.contains(text[i - 2]) && (text[i - 3] == "我" || text[i - 3] == "本")
    }

    /// The county or district a title names by its short name before a colon (长兴： → 长兴县; 佛山顺德： → 佛山市顺德区,
    /// after its city's short name), and its level; none for a province's or a city's short name (河北：, 朝阳：), which the
    /// gazetteer reads as such.
    static func titleCounty(_ text: [Unicode.Scalar]) -> (name: [Unicode.Scalar], level: Unicode.Scalar)? {
        var k = 0
        while k < min(text.count, 5), Words.isHan(text[k]) { k += 1 }
        guard (2...4).contains(k), k < text.count, text[k] == "：" || text[k] == ":" else { return nil }
        var (city, start) = ([Unicode.Scalar](), 0)
        if let (level, n) = Gazetteer.match(text, at: 0, end: k) {
            guard level == "市", n == 2, k == 4, case let full = Gazetteer.fullName(Array(text[..<2])), full.count == 3 else { return nil }
            (city, start) = (full, 2)
        }
        for level: Unicode.Scalar in city.isEmpty ? ["县"] : ["区", "县"] {
            let name = Array(text[start..<k]) + [level]
            if let (found, n) = Gazetteer.match(name, at: 0, end: name.count), n == name.count, found == level, city.isEmpty || Gazetteer.isDivision(name, of: city) {
                return (city + name, level)
            }
        }
        return nil
    }

    /// The zone the document is about when `words` are a short name of it (`isShortName`), or another name of it with
    /// the same place (青岭高新区 on a line below the title 青岭高新技术产业开发区…).
    func zone(shortNamed words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard !declaredShortNames.contains(words) else { return nil }
        return names["区"].flatMap { Self.names(words, $0) ? $0 : nil }
    }

    /// Whether `words` name `zone` written shorter: a short name (`isShortName`), or the name with its place and the
    /// kind written short (合肥经开区 for 合肥经济技术开发区).
    static func names(_ words: [Unicode.Scalar], _ zone: [Unicode.Scalar]) -> Bool {
        isShortName(words, of: zone) || words.count < zone.count && isSameZone(words, zone)
    }

    /// Whether `words` name `zone`, written in full, short or without the place its name opens with: 南湖高新区 for
    /// 嘉兴南湖高新技术产业开发区, 某某经济开发区 for 海南某某经济开发区, 崖州湾科技城 for 三亚崖州湾科技城. (合肥经开区 names
    /// 合肥经济技术开发区 with its place, `names`' other case; 仲恺高新区 a 惠州仲恺高新区 that is itself short, kept as written;
    /// 哈经开区 and 汽开区 name 哈尔滨经济技术开发区 and 长春汽车经济技术开发区 by a character.)
    static func isShortName(_ words: [Unicode.Scalar], of zone: [Unicode.Scalar]) -> Bool {
        guard words.count < zone.count else { return false }
        // 崖州湾科技城 of 三亚崖州湾科技城: the name without the place it opens with, of a kind with no short form.
        if FactShape.zoneFamilies.match(words, endingAt: words.count, start: 0) == nil, zone.suffix(words.count).elementsEqual(words),
            Gazetteer.match(zone, at: 0, end: zone.count)?.length == zone.count - words.count
        {
            return true
        }
        guard let (kind, n) = FactShape.zoneFamilies.match(words, endingAt: words.count, start: 0), n < words.count,
            let (zoneKind, m) = FactShape.zoneFamilies.match(zone, endingAt: zone.count, start: 0), FactShape.sameFamily(written: kind, named: zoneKind),
            m > n || m == n && (m >= 5 || kind == "新区" || kind == "投资")  // (新区 and 投资区 have no short form: 冀南新区 of 邯郸冀南新区)
        else { return false }
        let own = words.dropLast(n), zoneOwn = zone.dropLast(m)
        // (哈经开区 of 哈尔滨经济技术开发区, 汽开区 of 长春汽车经济技术开发区: the first character of the city or of the
        // name after it stands for the zone.)
        if own.count == 1, m > n, Gazetteer.match(words, at: 0, end: words.count)?.length != words.count {  // (南开区 is a district)
            let city = Gazetteer.match(Array(zoneOwn), at: 0, end: zoneOwn.count)?.length ?? 0
            if city == zoneOwn.count && own.first == zoneOwn.first || city > 0 && city < zoneOwn.count && own.first == zoneOwn[zoneOwn.startIndex + city] {
                return true
            }
        }
        return own.count >= 2 && zoneOwn.count > own.count && zoneOwn.suffix(own.count).elementsEqual(own)
    }

    /// Whether two names of zones name one, of the same family after the same words: 青岭高新区 and
    /// 青岭高新技术产业开发区, 某某开发区 and 某某经济技术开发区.
    static func isSameZone(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard let (kind, n) = FactShape.zoneFamilies.match(a, endingAt: a.count, start: 0), n < a.count,
            let (other, m) = FactShape.zoneFamilies.match(b, endingAt: b.count, start: 0), FactShape.sameFamily(written: kind, named: other)
        else { return false }
        return a.dropLast(n).elementsEqual(b.dropLast(m))
    }

    /// The most local place the document names (花都区 of 广州市花都区): what it is about.
    var name: String? {
        for level in "镇县区市省".unicodeScalars { if let name = names[level] { return Words.text(name) } }
        return any.map(Words.text)
    }

    /// How a zone's name ends, and the longest name looked for.
    static let zoneEnds = Lexicon(words: ["开发区", "高新区", "工业园区", "科技城", "投资区", "新区", "示范区", "试验区", "自贸区", "经开区", "保税区", "综保区", "合作区"])
    static let longestZone = 16

    /// A zone (开发区, 高新区) named at the start of one of the first six lines not blank, or after a place's name within one
    /// (——访包头稀土高新区管委会主任).
    /// The first, unless a later line names it in full (南湖高新区… above 记者从嘉兴南湖高新技术产业开发区获悉…).
    static func zone(in text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var start = 0, lines = 0, found: [Unicode.Scalar]?
        while lines < 6, start < min(text.count, 300) {  // (a blank line counts for none)
            let end = text[start...].firstIndex(of: "\n") ?? text.count
            if end == start {
                start += 1
                continue
            }
            lines += 1
            // (A zone at the line's start, from the place its name opens with, and after who heard of it: 记者从嘉兴经济技术开发区获悉
            // names 嘉兴经济技术开发区, 记者从某某经济开发区获悉 某某经济开发区.)
            // (——访青枫经开区主任: who an interview is with, after 访, whether or not a gazetteer knows its place.)
            var opening = start
            if let k = text[start..<min(end, start + 8)].firstIndex(of: "从"), Words.text(text[start..<k]).contains("记者") { opening = k + 1 }
            if let k = text[start..<min(end, start + 5)].firstIndex(of: "访"), !text[start..<k].contains(where: Words.isHan) || text[k - 1] == "专" { opening = k + 1 }
            // (今年以来高新区已签约…: a time the line opens with is no part of the zone's name.)
            if let (_, n) = timesBefore.match(text, at: opening, end: end) { opening += n }
            let lineZone = zoneEnd(in: text, from: opening, to: end, shortest: 1)
            var named: [Unicode.Scalar]?
            for i in start..<end where named == nil {
                if let (_, n) = Gazetteer.match(text, at: i, end: end), let k = zoneEnd(in: text, from: i, to: end, shortest: n), lineZone.map({ $0 == k }) ?? true {
                    named = Array(text[i..<k])
                }
            }
            if named == nil, let lineZone { named = Array(text[opening..<lineZone]) }
            // (青枫高新区…⏎青枫高新技术产业开发区…: the full name below a title that writes it short.)
            if let named, let first = found, names(first, named) { return named }
            found = found ?? named
            start = end + 1
        }
        return found
    }

    /// Times a line opens with before the zone it speaks of: 今年以来, 目前.
    static let timesBefore = Lexicon(words: ["今年以来", "年初以来", "近年来", "近年", "目前", "现在", "当前", "近期", "今年", "去年", "全年"])

    /// Words for the park a document is about: 园区 is the zone it names.
    static let parkWords = Lexicon(words: ["园区", "该园区", "本园区"])

    /// Where the zone named from `start` ends (东湖高新区): the first zone word ending by `end`, within `longestZone`
    /// characters, all Han, with at least `shortest` of them before the zone word.
    static func zoneEnd(in t: [Unicode.Scalar], from start: Int, to end: Int, shortest: Int) -> Int? {
        var k = start
        // (…柳州基地一期项目在柳东新区: 在 and 的 end any name before them.)
        while k < min(end, start + longestZone), Words.isHan(t[k]), t[k] != "在", t[k] != "的" {
            k += 1
            if let (_, n) = zoneEnds.match(t, endingAt: k, start: start), k - n - start >= shortest { return k }
        }
        return nil
    }

    /// Words that stand for one place whatever the document: 本澳 is Macau, 本港 Hong Kong.
    static let selfNamed = Lexicon<String>(selfNamedWords)
    static let selfNamedWords = [("本澳", "澳门"), ("全澳", "澳门"), ("本港", "香港"), ("全港", "香港")]
    /// The special regions by the words their pages name them with: their names, and the words above.
    static let regions = Lexicon<String>(selfNamedWords + [("香港", "香港"), ("澳门", "澳门")])

    /// The place a word like 本澳 stands for, if it is one.
    static func selfNamed(_ words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let (name, length) = selfNamed.match(words, at: 0, end: words.count), length == words.count else { return nil }
        return Array(name.unicodeScalars)
    }

    /// The place a generic word stands for, when the document names it; 园区, the zone it names.
    func resolve(_ words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if Self.parkWords.matchesWhole(words), let zone = names["区"], Self.zoneEnds.match(zone, endingAt: zone.count, start: 0) != nil { return zone }
        if taiwan, words.elementsEqual("我国".unicodeScalars) { return Array("台湾".unicodeScalars) }
        // 特區政府將…預測維持在2%至3%: the government's figure is its region's.
        if let region, words.elementsEqual("特区政府".unicodeScalars) { return region }
        // 我们 in a place's words (an interview of its head: ——访潍坊市坊子区区长) is the place.
        if words.elementsEqual("我们".unicodeScalars), let name { return Array(name.unicodeScalars) }
        if let zone = zone(shortNamed: words) { return zone }
        // 自治区, and 全区 where no district is named, in a document about an autonomous region (广西一季度…): the region.
        let autonomousRegion = names["省"].flatMap { $0.last == "区" ? $0 : nil }
        if words.elementsEqual("自治区".unicodeScalars) { return autonomousRegion }
        // 辖区 (本辖区, 辖区内): the smallest place the document names, whatever its level.
        if Self.jurisdictionWords.matchesWhole(words) { return Self.smallestFirst.lazy.compactMap { names[$0] }.first ?? any }
        guard let (level, length) = Self.generic.match(words, at: 0, end: words.count), length == words.count else { return nil }
        return names[level] ?? (level == "区" ? autonomousRegion : nil) ?? (level == "市" ? municipality : nil) ?? (level == "省" ? nil : any)
    }

    /// Words for the area a document's place governs (梅林街道…：辖区实现…): that place.
    static let jurisdictionWords = Lexicon(words: Words.jurisdictionWords)
    /// The levels a document may name, the smallest first.
    static let smallestFirst = Array("街镇区县市省".unicodeScalars)  // (a zone, 某县经济开发区, before its county)

    /// The municipality the document names at a province's level (一季度重庆外贸…: 全市 is 重庆市).
    private var municipality: [Unicode.Scalar]? {
        names["省"].flatMap { name in Self.municipalities.contains(Words.text(name)) ? name : nil }
    }
    static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]
}
