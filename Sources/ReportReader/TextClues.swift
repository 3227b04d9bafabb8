import ZhizaoCore

/// What a text's head and marks say before it is read, found once and shared by every reader of it (a reader, a
/// value, is copied often; one reference is cheaper to copy than the arrays and strings it holds).
final class TextClues: Sendable {
    /// The report's period when its head names a preview of results (2025年半年度业绩预告): what it expects with no period
    /// written is of it.
    let previewPeriod: Period?
    /// The firm whose officer the title says is interviewed (对话｜某某机床董事长王某：…): 我们 in the answers is it.
    let interviewedFirm: [Unicode.Scalar]?
    /// Where the text's quotation marks (“ and ”) stand, in order: what a firm's officer says in quotes is looked for by
    /// them.
    let quoteMarks: [Int]
    /// The firms the text writes with their stock codes (泓钧科技（3386）, 芯朗微电子（688652）): listed firms.
    let listedFirms: Set<[Unicode.Scalar]>
    /// The firm the text is about, as its title or its account's byline says (`subjectFirm(in:)`).
    let subjectFirm: [Unicode.Scalar]?
    /// The place, zone or park a post, a committee's notice or a report's title is about (`postSubject(in:)`).
    let postSubject: [Unicode.Scalar]?
    /// Whether the head names a report Hong Kong's way, by the day its months end (截至2023年6月30日止六个月), so that
    /// 年内 and 期内 are its period even in simplified script (a mainland paper's news of a Hong Kong firm).
    let reportsMonthsEnded: Bool

    /// The clues of `s`, whose title ends at `titleEnd`, of a report for `reportPeriod`.
    init(_ s: [Unicode.Scalar], titleEnd: Int, reportPeriod: Period?) {
        previewPeriod = reportPeriod.flatMap { Self.previews.occurs(in: s, 0..<min(s.count, 200)) ? $0 : nil }
        interviewedFirm = Self.interviewedFirm(inTitle: Array(s[..<titleEnd]))
        quoteMarks = s.indices.filter { s[$0] == "“" || s[$0] == "”" }
        listedFirms = Self.listedFirms(in: s)
        subjectFirm = Self.subjectFirm(in: s)
        postSubject = subjectFirm == nil ? Self.postSubject(in: s) : nil
        reportsMonthsEnded = reportPeriod != nil && PeriodScanner.monthsEnded.occurs(in: s, 0..<min(s.count, 300))
    }

    /// The park, zone or place a text is about, when what names no holder in it is its subject's: a post's, the first its
    /// title names when one of its first lines is an account's byline (原创　某某发布　2025-07-18) or its title sets a
    /// column's name apart with a bar (一图读懂｜1—9月某某智造产业园经济运行情况, 数说｜…); the zone whose committee issues a
    /// notice; the county, district, city or zone a report's title opens with (秀洲区2024年1-9月招商引资工作情况,
    /// 泰州医药高新区2023年工作总结和2024年工作计划).
    static func postSubject(in s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var lines: [Range<Int>] = [], start = 0
        while lines.count < 4, start < min(s.count, 300) {
            let end = s[start...].firstIndex(of: "\n") ?? s.count
            lines.append(start..<end)
            start = end + 1
        }
        return issuingZone(s, lines) ?? reportedPlace(s, lines) ?? speakersPlace(s, lines) ?? postTitleSubject(s, Array(lines.prefix(3)))
    }

    /// The place whose officer gives a speech at its own meeting: a title 在全县…大会上的讲话 (or one naming the place) and
    /// below it the speaker's office (中共肥西县委书记, 襄阳市人民政府市长).
    private static func speakersPlace(_ s: [Unicode.Scalar], _ lines: [Range<Int>]) -> [Unicode.Scalar]? {
        // (…上的总结讲话, …上的讲话（摘要）, …上的报告.)
        func isSpeech(_ line: Range<Int>) -> Bool {
            guard s[line].first == "在", Words.index(of: Self.atMeeting, in: Array(s[line])) != nil else { return false }
            let end = s[line].last == "）" ? s[line].lastIndex(of: "（") ?? line.upperBound : line.upperBound
            return speechEnds.match(s, endingAt: end, start: line.lowerBound) != nil
        }
        guard let t = lines.prefix(2).firstIndex(where: isSpeech), t + 1 < lines.count else { return nil }
        var speaker = Array(s[lines[t + 1]])
        if speaker.starts(with: Self.party) { speaker.removeFirst(2) }
        guard let n = FactShape.properPlace(speaker) ?? Gazetteer.match(speaker, at: 0, end: speaker.count).map({ $0.length }), n >= 2, n < speaker.count,
            Self.offices.match(speaker, at: n, end: speaker.count) != nil
        else { return nil }
        let place = Array(speaker[..<n]), title = Array(s[lines[t]])
        // (在全县…: the meeting of a county; or one named, 在泉州市工业高质量发展大会上.)
        let own = title.indices.dropLast().contains { title[$0] == "全" && title[$0 + 1] == place[n - 1] } || Words.index(of: place, in: title) != nil
        return own ? Gazetteer.fullName(place) : nil
    }
    static let speechEnds = Lexicon(words: ["讲话", "报告", "致辞"])
    static let atMeeting = Array("上的".unicodeScalars)
    static let party = Array("中共".unicodeScalars)
    /// What a speaker's office after a place opens with: 委 (肥西县委书记), 人民政府, 县长 ….
    static let offices = Lexicon(words: ["委", "人民政府", "政府", "县长", "市长", "区长", "旗长", "副县长", "副市长", "副区长"])

    /// The zone whose committee's line is followed by a notice's title, a document number between them or not
    /// (邹城工业园区管委会⏎关于2026年1-2月园区经济运行情况的通报; 某某高新区党工委管委会, …管委会办公室). A page's label of who
    /// published it (发布单位：…管委会) names none.
    private static func issuingZone(_ s: [Unicode.Scalar], _ lines: [Range<Int>]) -> [Unicode.Scalar]? {
        // (A document number's line may be joined to the title: 泰开管〔2025〕12号关于…的通报.)
        for (k, line) in lines.enumerated() where lines[(k + 1)...].prefix(2).contains(where: { Words.index(of: Self.about, in: Array(s[$0].prefix(24))) != nil }) {
            var words = s[line].filter { !CleanText.blank.contains($0) }
            guard !words.contains("："), !words.contains(":") else { continue }
            // (邹城工业园区管委会 and its document number, 邹工管发〔2026〕5号, joined on one line.)
            if let number = words.firstIndex(where: { $0 == "〔" || $0 == "[" }), let office = FactShape.zoneOffices.last(in: words, 0..<number) {
                words.removeLast(words.count - office.range.upperBound)
            }
            if words.count > 3, words.suffix(3).elementsEqual(Self.office) { words.removeLast(3) }
            guard let (_, n) = FactShape.zoneOffices.match(words, endingAt: words.count, start: 0) else { continue }
            words.removeLast(n)
            if words.count > 3, words.suffix(3).elementsEqual(Self.partyCommittee) { words.removeLast(3) }
            if words.count >= 4, DocumentPlace.zoneEnds.match(words, endingAt: words.count, start: 0) != nil { return words }
        }
        return nil
    }
    static let office = Array("办公室".unicodeScalars), partyCommittee = Array("党工委".unicodeScalars)

    /// The county, district or city, in full, a title says publishes its own list (株洲市公布首批产业链链主企业名单): the list's
    /// counts are the place's.
    private static func listPublisher(_ words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard words.count > 6, listEnds.match(words, endingAt: words.count, start: 0) != nil,
            let (level, n) = Gazetteer.match(words, at: 0, end: words.count), n >= 2, "区县市".unicodeScalars.contains(level)
        else { return nil }
        let whole = FactShape.properPlace(words).map { max($0, n) } ?? n
        guard listPublishing.match(words, at: whole, end: words.count) != nil else { return nil }
        return Gazetteer.fullName(Array(words[..<whole]))
    }
    static let listEnds = Lexicon(words: ["名单", "榜单", "评价结果", "评审结果", "认定结果"])
    static let listPublishing = Lexicon(words: ["公布", "发布", "印发", "认定", "公示"])
    /// Words opening a kind of town, no town's name: 重点镇, 特色小镇, 中心镇.
    static let townKinds = Lexicon(words: ["重点", "特色", "中心", "示范", "专业", "强"])

    /// The county, district, city or town, in full, a report's title opens with before its period (秀洲区2024年1-9月招商引资工作情况);
    /// a statistics bulletin's, wherever its title names it with its year (2024年临湘市国民经济和社会发展统计公报, 瑞安市统计局
    /// 关于2024年瑞安市…的统计公报, 嘉善县…统计公报（2024年）). (2023年一季度宜宾市经济运行情况 leaves its figures to no one, as
    /// FACTS.md says.)
    private static func reportedPlace(_ s: [Unicode.Scalar], _ lines: [Range<Int>]) -> [Unicode.Scalar]? {
        for line in lines where line.count >= 8 {
            if let publisher = listPublisher(Array(s[line])) { return publisher }
            var end = line.upperBound
            if s[end - 1] == "）" || s[end - 1] == ")", let open = s[line].lastIndex(where: { $0 == "（" || $0 == "(" }) { end = open }  // (（2024年）)
            guard let (_, n) = Self.reportEnds.match(s, endingAt: end, start: line.lowerBound), s[line].contains(where: { ChineseNumeral.arabic($0) != nil }) else { continue }
            let words = Array(s[line]), bulletin = s[(end - n)..<end].elementsEqual(Self.bulletin)
            // (泰州医药高新区2023年工作总结…, 关于某某高新区…, 某某高新区管委会2023年…: a zone's own report, its name before the
            // year, its office's between.)
            let opening = words.starts(with: Self.about) ? 2 : 0
            if let e = DocumentPlace.zoneEnd(in: words, from: opening, to: words.count, shortest: 2), e - opening >= 4, e < words.count,
                case let year = e + (FactShape.zoneOffices.match(words, at: e, end: words.count)?.length ?? (words[e...].starts(with: Self.partyCommittee) ? 3 : 0)),
                year < words.count, ChineseNumeral.arabic(words[year]) != nil
            {
                return Array(words[opening..<e])
            }
            // (泗门镇2022年重点项目推进情况月报: a town's report, its name before the year.)
            if let n = (2...3).first(where: { $0 + 1 < words.count && (words[$0] == "镇" || words[$0] == "乡") }), ChineseNumeral.arabic(words[n + 1]) != nil,
                words[..<n].allSatisfy({ Words.isHan($0) && !DocumentPlace.levels.contains($0) }), !DocumentPlace.notNames.contains(words[0]),
                Self.townKinds.match(words, at: 0, end: n + 1) == nil, words[n - 1] != "小"  // (重点镇, 特色小镇: kinds of towns)
            {
                return Array(words[...n])
            }
            for k in words.indices where k == 0 || bulletin && (!Words.isHan(words[k - 1]) || DocumentPlace.mayPrecedeName(words, at: k)) {
                guard let (level, n) = Gazetteer.match(words, at: k, end: words.count), n >= 2 else { continue }
                // (长沙市雨花区: a division named within its city is one place; 重庆市九龙坡区, within its municipality, too.)
                let whole = FactShape.properPlace(Array(words[k...])).map { max($0, n) } ?? n
                guard "区县市".unicodeScalars.contains(level) || whole > n && DocumentPlace.municipalities.contains(Words.text(Gazetteer.fullName(Array(words[k..<(k + n)]))))
                else { continue }
                // (The year or the bulletin's words after it: 芜湖经济技术开发区…统计公报 is a zone's.)
                // (2023年某某市科技经费投入统计公报: a statistics bulletin of any of the place's accounts, not of a zone in it.)
                // (长兴县经济和信息化局2023年工作总结…: a bureau of the place between it and the year reports on the place; so
                // does one that publishes it, 余杭区统计局发布2025年4月…, 长兴县统计局关于2025年…, and a title dated in brackets
                // after it, 长兴县经济运行简况（2025年1-9月）.)
                var year = k + whole + Self.bureauLength(words, at: k + whole)
                if let (_, n) = Self.publishing.match(words, at: year, end: words.count) { year += n }
                let datedAfter = k == 0 && end < line.upperBound && s[end..<line.upperBound].contains { ChineseNumeral.arabic($0) != nil }
                guard k + whole < words.count, year < words.count,
                    ChineseNumeral.arabic(words[year]) != nil || datedAfter || bulletin && Self.afterBulletinPlace.contains(words[k + whole])
                        || bulletin && words.count - (k + whole) > 4 && words[words.count - 4] == "统" && words[words.count - 3] == "计"
                            && !DocumentPlace.zoneEnds.occurs(in: words, (k + whole)..<(words.count - 4))
                            && !FactShape.parkNameEnds.occurs(in: words, (k + whole)..<(words.count - 4))  // (…三峡产业园统计公报)
                else { continue }
                return Gazetteer.fullName(Array(words[k..<(k + whole)]))
            }
        }
        return nil
    }

    /// The subject a post's title names (`postSubject`).
    private static func postTitleSubject(_ s: [Unicode.Scalar], _ lines: [Range<Int>]) -> [Unicode.Scalar]? {
        func isByline(_ line: Range<Int>) -> Bool { FactShape.accountMarks.match(s, at: line.lowerBound, end: line.upperBound) != nil }
        guard let title = lines.first(where: { !$0.isEmpty && !isByline($0) }) else { return nil }
        let bar = s[title].lastIndex(where: { $0 == "｜" || $0 == "丨" || $0 == "|" })
        guard bar != nil || lines.contains(where: isByline) else { return nil }
        let words = Array(s[(bar.map { $0 + 1 } ?? title.lowerBound)..<title.upperBound])
        var p = 0, afterPeriod = -1
        while p < words.count {
            // (1—9月某某智造产业园…, 上半年某某国际陆港…, 前三季度合肥高新区…: the name after the period; any year reads its words,
            // which are all wanted.)
            if let period = PeriodScanner.mention(words, at: p, end: words.count, documentYear: 2000), period.span.lowerBound == p {
                (p, afterPeriod) = (period.span.upperBound, period.span.upperBound)
                continue
            }
            if Words.isHan(words[p]), !DocumentPlace.dateEnds.contains(words[p]),
                p == 0 || p == afterPeriod || !Words.isHan(words[p - 1]) || DocumentPlace.dateEnds.contains(words[p - 1])
            {
                let rest = Array(words[p...])
                if let park = FactShape.parkName(in: rest), park.lowerBound == 0, park.count >= 4 { return Array(rest[park]) }
                if let n = FactShape.placeLength(rest), n >= 2 { return Array(rest[..<n]) }
            }
            p += 1
        }
        return nil
    }

    /// The length of a government bureau's name at `i` right before a digit (经济和信息化局2023年, 工信局2024年), or before
    /// a word of publishing before it (统计局发布2025年, 统计局关于2025年), or 0.
    static func bureauLength(_ words: [Unicode.Scalar], at i: Int) -> Int {
        guard let digit = words[i...].prefix(15).firstIndex(where: { ChineseNumeral.arabic($0) != nil }), digit - i >= 2,
            words[i..<digit].allSatisfy(Words.isHan)
        else { return 0 }
        let end = publishing.match(words, endingAt: digit, start: i).map { digit - $0.length } ?? digit
        // (生态环境局长兴分局: a branch in another place reports on that place, not on the city.)
        let branch = end - i >= 2 && words[end - 2] == "分" && words[end - 1] == "局"
        return end - i >= 2 && !branch && bureauEnds.match(words, endingAt: end, start: i) != nil ? end - i : 0
    }
    /// What a bureau does with a report before its period: 发布, 公布, 关于.
    static let publishing = Lexicon(words: ["发布", "公布", "关于"])
    /// How a bureau's name ends: 局, 委, 委员会, 办公室.
    static let bureauEnds = Lexicon(words: ["局", "委", "委员会", "办公室"])

    static let about = Array("关于".unicodeScalars)
    /// How a report's title ends: 工作情况, 运行情况, 情况通报, 统计公报, 经济运行简况, 快报, 简析, 主要经济指标, 工作思路, 工作打算.
    static let reportEnds = Lexicon(words: ["情况", "通报", "情况通报", "工作总结", "工作计划", "成绩单", "公报", "报告", "简况", "快报", "简析", "月报", "主要经济指标", "工作思路", "工作要点", "工作安排", "工作打算"])
    static let bulletin = Array("公报".unicodeScalars)
    /// What a statistics bulletin's title writes right after its place: 国民经济和社会发展…, 统计公报, 的 (…临湘市的统计公报).
    static let afterBulletinPlace = ScalarSet("国统的".unicodeScalars)

    /// The first registered firm the text's head names, when a line above it writes the firm's trade name (its first
    /// two characters after its place): the title or the account's byline of a firm's own post or news (速览｜某澜光电…
    /// above 武汉某澜光电科技股份有限公司…; 原创　某岳集团 above 山东某岳工程机械集团有限公司…). What names no holder in
    /// such a text is that firm's.
    static func subjectFirm(in s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        for end in stride(from: 2, to: min(s.count, 300), by: 1) where s[end - 2] == "公" && s[end - 1] == "司" {
            let start = (s[..<end].lastIndex(where: { !Words.isHan($0) }) ?? -1) + 1
            let name = Array(s[start..<end])
            guard let firm = FactShape.firmName(in: name), firm.count == name.count, firm.count >= 6 else { continue }
            let place = min(FactShape.placeLength(firm) ?? 0, firm.count - 2)
            let trade = firm[place..<(place + 2)]
            // (数说｜湖塘镇… above 湖塘纺织集团有限公司: the place the firm is named after, not the firm.)
            guard let line = s[..<start].lastIndex(of: "\n"), let at = Words.index(of: trade, in: Array(s[..<line])),
                at + 2 >= line || !DocumentPlace.levels.contains(s[at + 2])
            else { return nil }
            return firm
        }
        return nil
    }

    /// The names written right before a stock code in brackets (…厂泓钧科技（3386）, 澜拓储能（688532.SH）), without
    /// what the firm makes written before them.
    static func listedFirms(in s: [Unicode.Scalar]) -> Set<[Unicode.Scalar]> {
        var found = Set<[Unicode.Scalar]>()
        for open in s.indices where s[open] == "（" || s[open] == "(" {
            var k = open + 1
            while k < s.count, k - open <= 6, ChineseNumeral.arabic(s[k]) != nil, s[k].isASCII { k += 1 }
            let digits = k - open - 1
            // (（2025）, a year, is no code.)
            guard (4...6).contains(digits), digits > 4 || !(s[open + 1] == "1" && s[open + 2] == "9" || s[open + 1] == "2" && s[open + 2] == "0") else { continue }
            if k + 2 < s.count, s[k] == ".", Self.isCapital(s[k + 1]), Self.isCapital(s[k + 2]) { k += 3 }  // .SH, .HK
            guard k < s.count, s[k] == "）" || s[k] == ")" else { continue }
            let start = s[max(0, open - 16)..<open].lastIndex(where: { !Words.isHan($0) }).map { $0 + 1 } ?? max(0, open - 16)
            // (在港上市的华腾汽车（02238）: the name after 的.)
            let words = Array(s[start..<open]), named = Array(words[FactShape.name(endingAt: words.count, in: words)])
            if let name = FactShape.holder(named), name.count >= 2 { found.insert(name) }
        }
        return found
    }
    static func isCapital(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

    /// The names of a preview of results: 业绩预告, 业绩预增公告.
    static let previews = Lexicon(words: ["业绩预告", "业绩预增", "业绩预减", "业绩预亏", "业绩预盈"])

    /// The firm a title names before the officer it interviews (对话｜某某机床董事长王某：…, 专访某某科技总经理…), nil when
    /// it names none or a place.
    static func interviewedFirm(inTitle title: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // (The title opens with the word, after its dashes, or the name does: 区长走访企业 is no interview.)
        guard let opening = title.firstIndex(where: Words.isHan), FactShape.interviews.match(title, at: opening, end: title.count) != nil,
            let k = title.indices.dropFirst(2).first(where: { FactShape.firmOfficers.match(title, at: $0, end: title.count) != nil }),
            case let start = (title[..<k].lastIndex(where: { !Words.isHan($0) }) ?? -1) + 1, case var name = Array(title[start..<k]), name.count >= 2
        else { return nil }
        if let (_, n) = FactShape.interviews.match(name, at: 0, end: name.count) { name.removeFirst(n) }
        return name.count >= 2 && FactShape.placeLength(name) == nil && DocumentPlace.zoneEnds.match(name, endingAt: name.count, start: 0) == nil
            && !FactShape.genericHolders.matchesWhole(name) && !FactShape.offices.contains(name[name.count - 1]) ? name : nil
    }
}
