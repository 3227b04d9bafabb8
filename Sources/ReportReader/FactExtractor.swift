import Dispatch
import Foundation
import ZhizaoCore

/// Reads quantitative facts out of Chinese report text: each figure with its subject, metric, period,
/// qualifier and direction, the clause that states it and where it stands in the input.
public enum FactExtractor {
    /// Every fact in `text`, each once with the number of times the text states it. `documentYear` and
    /// `documentMonth` (else the date the text gives itself near its start, or a work report's year) resolve 今年,
    /// 去年, 今年以来 and months without a year; `place` (else the place its title or first lines name) resolves 全市,
    /// 全区, 本县.
    /// `documentDay` dates what holds 目前 (now).
    public static func extract(
        _ text: String, documentYear: Int? = nil, documentMonth: Int? = nil, documentDay: Int? = nil, place: String? = nil
    ) -> [Fact] {
        // The gazetteer (a lexicon of 3,700 names) is built on another core while this one cleans the text.
        DispatchQueue.global().async { _ = Gazetteer.names }
        let clean = CleanText(text)
        // (A text in traditional script or with full-width digits is read folded, its title and head as its body.)
        let text = clean.plainText ?? text
        let written = documentYear == nil ? documentDate(text) : nil
        let head = TraditionalScript.folded(Array(text.unicodeScalars.prefix(300)))
        let (year, month) = (documentYear ?? written?.year ?? reportYear(text), documentYear == nil ? written?.month : documentMonth)
        let headFirm = FactReader.headFirm(in: head)
        let template = FactReader(
            clean, documentYear: year, documentMonth: month, documentDay: documentYear == nil ? written?.day : documentDay,
            place: DocumentPlace(given: place) ?? DocumentPlace(heading: head), headFirm: headFirm,
            reportPeriod: FactReader.reportPeriod(in: head, documentYear: year, documentMonth: month, issued: headFirm != nil))
        var facts = ParallelReading.read(template).facts
        if title(of: text) != nil, let end = headEnd(of: text, clean: clean) {
            let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(end)))
            completeTitleFigures(&facts, titleEnd: end, gathering: gatherings.contains(where: head.contains))
        }
        return facts
    }

    /// Where the lines above a text's first paragraph end, in scalars: its title, and on a web page the site's name and the
    /// path to the page above it (某县人民政府⏎首页 > 乡镇动态⏎…三季度项目集中开工 总投资52亿元⏎发布时间：…). A
    /// paragraph is a line with a 。 or of more than 40 characters; without one in the first 400, the first line.
    static func headEnd(of text: String) -> Int? {
        let head = Array(text.unicodeScalars.prefix(400))
        var start = 0, firstEnd: Int?
        while start < head.count {
            let end = head[start...].firstIndex(where: { $0 == "\n" || $0 == "\r" }) ?? head.count
            if head[start..<end].contains("。") || !fitsHeadline(head[start..<end]) { return start > 0 ? start : firstEnd }
            if firstEnd == nil, head[start..<end].contains(where: { !CleanText.blank.contains($0) }) { firstEnd = end }
            start = end + 1
        }
        return firstEnd
    }

    /// Where the head ends (see `headEnd(of:)`), moved back to where a paragraph opens when a PDF's column broke it into
    /// lines that the clean text joins again (…⏎　　3月26日，某市…举行，⏎各县（市、区）设分会场。⏎: its lines before the one with
    /// a 。 are no title).
    static func headEnd(of text: String, clean: CleanText) -> Int? {
        guard let end = headEnd(of: text) else { return nil }
        let s = clean.scalars
        var start = 0
        while start < s.count {
            let lineEnd = s[start...].firstIndex(of: "\n") ?? s.count
            let opens = clean.original(start)
            if clean.original(lineEnd) >= end { return opens > 0 && opens < end && s[start..<lineEnd].contains("。") ? opens : end }
            start = lineEnd + 1
        }
        return end
    }

    /// Completes a title's figures from the text below it, which names and dates what a title writes short.
    /// A firm the title names by a short name is the registered firm below whose name holds it (华屹精工上半年…⏎…浙江华屹精工机械
    /// 股份有限公司…), unless it is a place's. A title that names a gathering of projects by its quarter (…三季度项目集中开工) has
    /// its figures of the gathering's day and place below. A figure without a period has the period its statement below has
    /// (某阳县5家企业入选…⏎3月10日，…某阳县5家企业入选: of 10 March): the same value, unit and kind, about the same holder (or
    /// one its name opens) or one left unnamed in either, and the same measure or an event's day, whose measure it takes.
    static func completeTitleFigures(_ facts: inout [Fact], titleEnd: Int, gathering: Bool) {
        for k in facts.indices where facts[k].spans.allSatisfy({ $0.upperBound <= titleEnd }) {
            // (桐乡23家企业入选… above 桐乡某某新材料有限公司: a place's name is no firm's short name, unless the title's
            // words after it go on with the firm's: 台州锋驰数控：… above 台州锋驰数控机床有限公司.)
            if let short = facts[k].holder, short.count >= 2, let full = facts.first(where: {
                $0.span.lowerBound >= titleEnd && $0.holder.map { $0.count > short.count && $0.hasSuffix("公司") && $0.contains(short) } == true
            })?.holder, !isPlace(short) || namedOn(short, in: TraditionalScript.simplified(facts[k].quote), within: full) {
                (facts[k].holder, facts[k].holderWritten) = (full, facts[k].holderWritten ?? short)
            }
            // (某县三季度项目集中开工 总投资52亿元 above 8月6日，…集中开工仪式…总投资52亿元: the quarter names the gathering,
            // and the title's figure is the one below, of its day and place.)
            // (Not another measure's, 签约项目数 above 开工项目数, nor a day outside the quarter or the month after it.)
            if gathering, let p = facts[k].period, let start = p.start, let end = p.end, start != end, case let f = facts[k],
                let below = facts.first(where: {
                    $0.span.lowerBound >= titleEnd && $0.value == f.value && $0.unit == f.unit && $0.kind == f.kind && $0.holder != nil
                        && $0.period.map { $0.start != nil && $0.start == $0.end && $0.start! >= start && $0.start! <= monthAfter(end) } == true
                        && sameGathered(f.measure, $0.measure)
                })
            {
                if facts[k].holder != below.holder { (facts[k].holder, facts[k].holderWritten) = (below.holder, below.holderWritten) }
                facts[k].period = below.period
            }
            let f = facts[k]
            if f.period == nil, let below = facts.first(where: {
                $0.span.lowerBound >= titleEnd && $0.value == f.value && $0.unit == f.unit && $0.kind == f.kind
                    && ($0.measure == f.measure && $0.period != nil || $0.period.map { $0.start != nil && $0.start == $0.end } == true)
                    && ($0.holder == nil || f.holder == nil || $0.holder!.hasPrefix(f.holder!) || f.holder!.hasPrefix($0.holder!))  // (某阳 in the title, 某阳县 below)
            }) {
                facts[k].period = below.period
                // (常州新增41家国家级专精特新“小巨人”企业 above 全市41家企业入选, 某县在…投洽会上签约项目31个 above 签约项目31个:
                // the count of the event below, by its name, when the title names that event or adds to a list; not any
                // event that counts as many, 新增12家绿色工厂 above 12家企业参会.)
                // (芯拓微电子…首日收涨186.4% above 收盘报92.16元，较发行价上涨186.4%: any other measure is the one below.)
                if let measure = below.measure, let titled = f.measure, case let words = Array(measure.unicodeScalars),
                    FactShape.countEvents.match(words, at: 0, end: words.count).map({ event in
                        additions.match(Array(titled.unicodeScalars), at: 0, end: titled.unicodeScalars.count) != nil && listings.match(words, at: 0, end: event.length) != nil
                            || Words.index(of: Array(words[..<event.length]), in: Array(TraditionalScript.simplified(f.quote).unicodeScalars)) != nil
                    }) ?? true
                {
                    facts[k].measure = measure
                }
            }
            // (16个项目集中开工！某池再掀… above 此次集中开工项目16个 of 某池县: the title's figure is the one below, of its holder.)
            if f.holder == nil, f.measure != nil, let below = facts.first(where: {
                $0.span.lowerBound >= titleEnd && $0.holder != nil && $0.value == f.value && $0.unit == f.unit && $0.kind == f.kind && $0.measure == f.measure
                    && $0.period == facts[k].period
            }) {
                facts[k].holder = below.holder
            }
        }
    }

    /// How the count of what was put on a list is named: the list's events (入选企业数, 上榜企业数), the first time
    /// (首次入选) and a designation (认定, 新认定).
    static let listings = Lexicon(words: FactShape.listingWords + ["首次入选", "认定", "新认定"])
    /// How a title says a place has more on a list: 新增41家, 再添4家, 新认定1563家.
    static let additions = Lexicon(words: ["新增", "再添", "新认定", "喜添", "又添"])

    /// Whether a title's measure and one below are the same, with the class of projects (重大, 重点) aside: 开工重大项目数 and
    /// 开工项目数, 项目总投资 and 总投资.
    static func sameGathered(_ title: String?, _ below: String?) -> Bool {
        guard let title, let below else { return false }
        let (a, b) = (title.replacingOccurrences(of: "重大", with: "").replacingOccurrences(of: "重点", with: ""),
                      below.replacingOccurrences(of: "重大", with: "").replacingOccurrences(of: "重点", with: ""))
        return a == b || a.hasSuffix(b) || b.hasSuffix(a)
    }

    /// The last day of the month after the one `date` (YYYY-MM-DD) is in, as ISO text ("2025-06-30" → "2025-07-31").
    static func monthAfter(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        let (year, month) = parts[1] == 12 ? (parts[0] + 1, 1) : (parts[0], parts[1] + 1)
        return String(format: "%04d-%02d-31", year, month)  // (a 31st that no month has still sorts after its every day)
    }

    /// A place's gatherings of projects, which a title names by the quarter they belong to: 集中开工, 集中签约.
    static let gatherings = ["集中开工", "集中签约", "集中竣工", "集中投产", "签约开工", "开竣工"]

    /// Whether `name` is a place's name alone.
    static func isPlace(_ name: String) -> Bool {
        FactShape.placeLength(Array(name.unicodeScalars)) == name.unicodeScalars.count
    }

    /// Whether the Chinese characters `quote` writes from `short` on, more than `short`, are written in `full` too.
    static func namedOn(_ short: String, in quote: String, within full: String) -> Bool {
        guard let at = quote.range(of: short) else { return false }
        let run = quote[at.lowerBound...].unicodeScalars.prefix(while: Words.isHan)
        return run.count > short.unicodeScalars.count && full.contains(String(String.UnicodeScalarView(run)))
    }

    /// Every fact in `text` of a document dated `date` (YYYY-MM-DD, or a prefix of it: YYYY-MM, YYYY).
    public static func extract(_ text: String, date: String?, place: String? = nil) -> [Fact] {
        let parts = (date ?? "").split(separator: "-").compactMap { Int($0) }
        return extract(
            text, documentYear: parts.first, documentMonth: parts.count > 1 ? parts[1] : nil, documentDay: parts.count > 2 ? parts[2] : nil,
            place: place)
    }

    /// A document's first line, when it reads as a title: short and not a sentence. On a web page, the line after the
    /// site's name and the path to the page (某县人民政府⏎首页 > 乡镇动态⏎…: neither is the title).
    public static func title(of text: String) -> String? {
        // Looked for in the text's head: splitting a long text whole walked every character of it (a quarter of a
        // second for 20 MB). A line must end within the head.
        let head = text.prefix(400)
        let lines = head.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        var k = 0
        while k + 1 < lines.count, isPath(lines[k]) || isPath(lines[k + 1]) { k += 1 }
        guard k < lines.count, case let raw = lines[k], raw.endIndex < head.endIndex || head.endIndex == text.endIndex else { return nil }
        let line = raw.trimmingCharacters(in: .whitespaces)
        return fitsHeadline(line.unicodeScalars) && !line.hasSuffix("。") ? line : nil
    }

    /// Whether a line is as long as a headline is: 40 characters at most, or 64 with no mark parting clauses (a two-part
    /// headline: …博览会签约项目46个 签约总金额523.8亿元).
    static func fitsHeadline(_ line: some Collection<Unicode.Scalar>) -> Bool {
        line.count <= 40 || line.count <= 64 && !line.contains(where: clauseMarks.contains)
    }
    /// Marks that part a sentence's clauses: a line over 40 characters with one is a paragraph, no title.
    static let clauseMarks: Set<Unicode.Scalar> = ["，", "；", ",", ";", "。"]

    /// Whether a line is the path to a web page (首页 > 新闻中心, 当前位置：首页 > …) or its menu (首页 | 时政 | 县域).
    static func isPath(_ line: Substring) -> Bool {
        let words = line.trimmingCharacters(in: .whitespaces)
        return (words.hasPrefix("首页") || words.hasPrefix("当前位置")) && words.contains(where: { ">＞›|｜".contains($0) })
    }

    /// The place a document is about: `place` when given, else the most local place its first lines name.
    public static func documentPlace(_ text: String, place: String? = nil) -> String? {
        (DocumentPlace(given: place) ?? DocumentPlace(heading: TraditionalScript.folded(Array(text.unicodeScalars.prefix(300)))))?.name
    }

    /// The year of the date a document gives itself near its start (2021年1月28日, 2021-01-28), for 今年 and 去年.
    public static func documentYear(_ text: String) -> Int? { documentDate(text)?.year }

    /// The year a government work report is given in, read from its title (2024年从化区政府工作报告 → 2024): it looks
    /// back on the year before (过去一年, 去年) and sets the goals of its own. Nil for any other title, whose year may be
    /// the one reported on (2023年统计公报, 2023年度工作报告).
    public static func reportYear(_ text: String) -> Int? {
        guard let title = title(of: text), title.contains("政府工作报告") else { return nil }
        let s = Array(title.unicodeScalars)
        for i in s.indices where i + 5 <= s.count && s[i + 4] == "年" && (i + 5 == s.count || s[i + 5] != "度") {
            guard i == 0 || ChineseNumeral.arabic(s[i - 1]) == nil, s[i..<(i + 4)].allSatisfy({ ChineseNumeral.arabic($0) != nil }) else { continue }
            return s[i..<(i + 4)].reduce(0) { $0 * 10 + ChineseNumeral.arabic($1)! }
        }
        return nil
    }

    /// The date a document gives itself near its start: a year with a month (2021年1月28日, 2021-01-28); a day written
    /// below a title of months (2023年1-9月…运行情况 / 2023年10月20日) wins over them.
    public static func documentDate(_ text: String) -> (year: Int, month: Int, day: Int?)? {
        let head = Array(text.unicodeScalars.prefix(300))
        var months: (year: Int, month: Int, day: Int?)?
        for i in 0..<head.count {
            guard i + 5 <= head.count, head[i..<(i + 4)].allSatisfy({ ChineseNumeral.arabic($0) != nil }),
                let year = Int(String(String.UnicodeScalarView(head[i..<(i + 4)]))), (1990...2100).contains(year)
            else { continue }
            let next = head[i + 4]
            // A date, not a bare year: 年 followed by a month, or a dash.
            guard next == "-" || next == "/" || next == "年", i + 5 < head.count, let first = ChineseNumeral.arabic(head[i + 5]) else { continue }
            let second = i + 6 < head.count ? ChineseNumeral.arabic(head[i + 6]) : nil
            let month = second.map { first * 10 + $0 } ?? first
            guard (1...12).contains(month) else { continue }
            // The day after the month's mark (-28, 月28日), if written.
            var k = i + 6 + (second == nil ? 0 : 1)
            // 2024年1-10月 (a bulletin's months, not a day): dated by the last month it covers.
            if next == "年", k + 1 < head.count, head[k] == "-" || head[k] == "至", let last = ChineseNumeral.arabic(head[k + 1]) {
                let tens = k + 2 < head.count ? ChineseNumeral.arabic(head[k + 2]) : nil
                let end = tens.map { last * 10 + $0 } ?? last
                let after = k + (tens == nil ? 2 : 3)
                if (month...12).contains(end), after < head.count, head[after] == "月" {
                    months = months ?? (year, end, nil)
                    continue
                }
            }
            guard k < head.count, head[k] == "-" || head[k] == "/" || head[k] == "月" else { return (year, month, nil) }
            k += 1
            var day = 0, digits = 0
            while k < head.count, digits < 2, let d = ChineseNumeral.arabic(head[k]) { (day, digits, k) = (day * 10 + d, digits + 1, k + 1) }
            return (year, month, (1...31).contains(day) ? day : nil)
        }
        return months
    }
}
