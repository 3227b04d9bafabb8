import Foundation
import ZhizaoCore

/// Reads quantitative facts out of Chinese report text: each figure with its subject, metric, period,
/// qualifier and direction, the clause that states it and where it stands in the input.
public enum FactExtractor {
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "\n"]

    /// Metric words, longest first so that 主营业务收入 wins over 收入.
    static let metrics: [String] = [
        "主营业务收入", "营业收入", "业务收入", "地区生产总值", "生产总值", "零售总额", "进出口总额", "总额", "吞吐量", "常住人口", "人口",
        "保有量", "失业率", "强度", "增加值", "总产值", "产值", "产量", "销量", "营收", "收入", "总投资", "投资额", "投资",
        "利润总额", "利润", "税收", "进出口", "出口额", "出口", "进口", "用户", "基站", "端口", "企业", "项目", "规模", "产能", "出货量",
        "市场占有率", "占有率", "比重", "比例", "增速", "增幅",
    ].sorted { $0.count > $1.count }
    static let up = ["同比增长", "增长", "提高", "上升", "增加", "扩大", "提升"]
    static let down = ["同比下降", "下降", "减少", "回落", "降低", "下滑", "收窄"]
    /// Verbs and fillers that stand between a subject and its figure.
    static let fillers = [
        "实现", "完成", "达到", "共有", "建成", "新增", "累计", "全年", "同比", "分别", "其中", "已入驻", "入驻", "达", "为", "有", "的", "约", "近",
        "超", "逾", "仅", "已", "均", "共", "比上年末", "比上年", "较上年", "比年初", "较年初", "年末", "年初", "截至目前", "目前", "据了解",
        "今年以来", "预期", "预计", "控制在",
    ]

    /// Every fact in `text`; `documentYear` resolves 今年, 去年 and months without a year.
    public static func extract(_ text: String, documentYear: Int? = nil) -> [Fact] {
        let clean = CleanText(text)
        let s = clean.scalars
        var facts: [Fact] = []
        var carriedPeriod: Period?
        var sentenceStart = 0
        for i in 0...s.count where i == s.count || sentenceEnds.contains(s[i]) {
            let sentence = sentenceStart..<i
            sentenceStart = i + 1
            guard !sentence.isEmpty else { continue }
            let text = clean.string(sentence)
            let periods = PeriodScanner.scan(text, documentYear: documentYear)
            let quantities = QuantityScanner.scan(text)
            if quantities.isEmpty {
                if let last = periods.last { carriedPeriod = last.period }
                continue
            }
            facts += sentenceFacts(text, base: sentence.lowerBound, periods: periods, quantities: quantities, carried: carriedPeriod, clean: clean)
            if let last = periods.last { carriedPeriod = last.period }
        }
        return merged(facts)
    }

    private static func sentenceFacts(
        _ text: String, base: Int, periods: [PeriodMention], quantities: [QuantityMention], carried: Period?, clean: CleanText
    ) -> [Fact] {
        let s = Array(text.unicodeScalars)
        // Clauses end at commas; 、 lists stay inside a clause.
        var clauses: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "，" || s[i] == "," {
            if i > start { clauses.append(start..<i) }
            start = i + 1
        }
        var facts: [Fact] = []
        var lastSubject: String?
        for clause in clauses {
            let inClause = quantities.filter { clause.contains($0.span.lowerBound) }
            guard !inClause.isEmpty else {
                if let subject = subjectBefore(s, clause.lowerBound, clause.upperBound, periods: periods) { lastSubject = subject }
                continue
            }
            let head = clause.lowerBound..<inClause[0].span.lowerBound
            let headText = String(String.UnicodeScalarView(s[head]))
            let direction = lastWord(in: headText, up) != nil ? "up" : lastWord(in: headText, down) != nil ? "down" : nil
            let metric = metricWord(headText, direction: direction, unit: inClause[0].unit)
            var subjects: [String?] = Array(repeating: nil, count: inClause.count)
            // 分别: A、B和C … 分别增长 x、y和z — one subject a figure.
            if let fenbie = headText.range(of: "分别"), inClause.count > 1 {
                var list = String(headText[..<fenbie.lowerBound])
                for period in periods { list = list.replacingOccurrences(of: String(String.UnicodeScalarView(s[period.span])), with: "") }
                let items = list.split(whereSeparator: { "、和及与".contains($0) }).map { strip(String($0)) }.filter { !$0.isEmpty }
                if items.count == inClause.count { subjects = items }
            }
            let subjectEnd = metric.map { clause.lowerBound + $0.range.lowerBound } ?? head.upperBound
            var shared = subjectBefore(s, clause.lowerBound, subjectEnd, periods: periods)
            var metricName = metric?.word
            if let phrase = shared, direction == nil || metric == nil {
                let (subject, rest) = splitPlace(phrase, counted: counted(metric?.word, unit: inClause[0].unit))
                if !rest.isEmpty || metric == nil {
                    shared = subject
                    metricName = metric == nil ? (rest.isEmpty ? nil : rest) : rest + (metric?.word ?? "")
                }
            }
            shared = shared ?? lastSubject
            for (k, q) in inClause.enumerated() {
                var subject = subjects[k] ?? shared
                // A comparison: 高于全国（3.9%） is the nation's figure.
                if q.span.lowerBound > 0, s[q.span.lowerBound - 1] == "(" || s[q.span.lowerBound - 1] == "（" {
                    let before = String(String.UnicodeScalarView(s[clause.lowerBound..<(q.span.lowerBound - 1)]))
                    if let pivot = ["高于", "低于", "快于", "慢于", "超过", "比"].compactMap({ word in before.range(of: word, options: .backwards).map { before[$0.upperBound...] } }).first {
                        subject = String(pivot)
                    }
                }
                let period = periods.last { $0.span.lowerBound < q.span.lowerBound }?.period ?? carried
                let quoteRange = (base + clause.lowerBound)..<(base + clause.upperBound)
                facts.append(Fact(
                    value: q.value, unit: q.unit, qualifier: q.qualifier, direction: q.unit == "%" || q.unit == "pp" || q.unit == "倍" ? direction : nil,
                    subject: subject.flatMap { $0.isEmpty ? nil : $0 }, metric: metricName, period: period,
                    quote: clean.string(quoteRange), span: clean.original((base + q.span.lowerBound)..<(base + q.span.upperBound)), occurrences: 1))
            }
            if let shared { lastSubject = shared }
        }
        return facts
    }

    /// Where-words a subject starts with: the city, a district, a park.
    static let places = ["全市", "全区", "全省", "全国", "全县", "本市", "本区", "我市", "我区", "该市", "该区", "园区", "全镇"]
    /// Nouns that end an industry or a group of firms: what produces a figure, so part of the subject.
    static let actors = ["产业", "工业", "制造业", "服务业", "行业", "集群", "经济", "企业"]

    /// Whether the metric counts things (企业 in 家, 用户 in 户): then the counted noun phrase is the metric.
    static func counted(_ metric: String?, unit: String) -> Bool {
        guard let metric else { return false }
        return ["企业", "用户", "基站", "端口", "项目"].contains { metric.hasSuffix($0) } && !["CNY", "USD", "%", "pp", "倍"].contains(unit)
    }

    /// "全市固定宽带接入" → ("全市", "固定宽带接入"); "全市新一代信息技术产业" stays whole: an industry is a subject.
    static func splitPlace(_ phrase: String, counted: Bool) -> (subject: String, rest: String) {
        let scalars = Array(phrase.unicodeScalars)
        guard let place = places.first(where: { QuantityScanner.has(scalars, 0, $0) }) else { return (phrase, "") }
        let rest = strip(String(String.UnicodeScalarView(scalars.dropFirst(QuantityScanner.length(place)))))
        let restScalars = Array(rest.unicodeScalars)
        let endsWithActor = actors.contains { restScalars.count >= QuantityScanner.length($0) && QuantityScanner.has(restScalars, restScalars.count - QuantityScanner.length($0), $0) }
        if rest.isEmpty || (!counted && endsWithActor) { return (place + rest, "") }
        return (place, rest)
    }

    /// The metric of a clause: the metric word nearest before the figure; growth when a direction word is.
    static func metricWord(_ head: String, direction: String?, unit: String) -> (word: String, range: Range<Int>)? {
        let scalars = Array(head.unicodeScalars)
        var best: (word: String, range: Range<Int>)?
        for word in metrics {
            let w = Array(word.unicodeScalars)
            guard w.count <= scalars.count else { continue }
            for i in stride(from: scalars.count - w.count, through: 0, by: -1) where scalars[i..<(i + w.count)].elementsEqual(w) {
                // The word that ends last wins; of two ending together, the longer (营业收入 over 收入).
                let end = i + w.count
                if best == nil || end > best!.range.upperBound || (end == best!.range.upperBound && w.count > best!.range.count) {
                    best = (word, i..<end)
                }
                break
            }
        }
        if var found = best {
            // A modifier in Latin letters and digits belongs to the metric: 5G基站, FTTH端口.
            var start = found.range.lowerBound
            while start > 0, scalars[start - 1].isASCII, scalars[start - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[start - 1]) {
                start -= 1
            }
            found = (String(String.UnicodeScalarView(scalars[start..<found.range.upperBound])), start..<found.range.upperBound)
            best = found
        }
        if let direction, unit == "%" || unit == "pp" || unit == "倍" {
            let verb = direction == "up" ? lastWord(in: head, up) : lastWord(in: head, down)
            return (verb ?? (direction == "up" ? "增长" : "下降"), best?.range ?? scalars.count..<scalars.count)
        }
        return best
    }

    /// The word of `words` that ends last in `text`, the longest where two end together (同比增长 over 增长).
    /// 增加值 (value added) is a metric, not 增加 (an increase).
    static func lastWord(in text: String, _ words: [String]) -> String? {
        let s = Array(text.unicodeScalars)
        var best: (word: String, end: Int, length: Int)?
        for word in words {
            let n = QuantityScanner.length(word)
            guard n <= s.count else { continue }
            for i in stride(from: s.count - n, through: 0, by: -1) where QuantityScanner.has(s, i, word) {
                if word == "增加", QuantityScanner.has(s, i, "增加值") { continue }
                if best == nil || i + n > best!.end || (i + n == best!.end && n > best!.length) { best = (word, i + n, n) }
                break
            }
        }
        return best?.word
    }

    /// The noun phrase from `start` to `end`, without periods, fillers and punctuation.
    static func subjectBefore(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, periods: [PeriodMention]) -> String? {
        guard end > start else { return nil }
        var kept = String.UnicodeScalarView()
        for i in start..<end where !periods.contains(where: { $0.span.contains(i) }) { kept.append(s[i]) }
        let text = strip(String(kept))
        return text.isEmpty ? nil : text
    }

    static let punctuation: Set<Unicode.Scalar> = ["“", "”", "\"", "（", "）", "(", ")", "：", ":", " ", "　", "，", ",", "、"]
    /// Fillers and verbs as scalars, for trimming phrase ends without building strings.
    static let trimmable: [[Unicode.Scalar]] = (fillers + up + down).map { Array($0.unicodeScalars) }

    /// The phrase without punctuation, and without verbs and fillers at its ends (实现, 累计, 同比 …).
    static func strip(_ text: String) -> String {
        var t = text.unicodeScalars.filter { !punctuation.contains($0) }
        var changed = true
        while changed && !t.isEmpty {
            changed = false
            for word in trimmable where word.count <= t.count {
                if t.suffix(word.count).elementsEqual(word) {
                    t.removeLast(word.count)
                    changed = true
                }
                if word.count <= t.count, t.prefix(word.count).elementsEqual(word), word != ["全", "年"] || t.count > word.count {
                    t.removeFirst(word.count)
                    changed = true
                }
            }
        }
        return String(String.UnicodeScalarView(t))
    }

    /// The same fact stated again counts as one, with its occurrences (first statement's span and quote).
    static func merged(_ facts: [Fact]) -> [Fact] {
        struct Key: Hashable {
            var value: Double, unit: String, qualifier: Qualifier, subject: String?, metric: String?, period: Period?
        }
        var out: [Fact] = []
        var index: [Key: Int] = [:]
        for fact in facts {
            let key = Key(value: fact.value, unit: fact.unit, qualifier: fact.qualifier, subject: fact.subject, metric: fact.metric, period: fact.period)
            if let k = index[key] {
                out[k].occurrences += 1
            } else {
                index[key] = out.count
                out.append(fact)
            }
        }
        return out
    }

    /// The date a document gives itself near its start (2021年1月28日, 2021-01-28), for 今年 and 去年.
    public static func documentYear(_ text: String) -> Int? {
        let head = Array(text.unicodeScalars.prefix(300))
        for i in 0..<head.count {
            guard i + 5 <= head.count, head[i..<(i + 4)].allSatisfy({ QuantityScanner.arabic($0) != nil }),
                let year = Int(String(String.UnicodeScalarView(head[i..<(i + 4)]))), (1990...2100).contains(year)
            else { continue }
            let next = head[i + 4]
            // A date, not a bare year: 年 followed by a month, or a dash.
            if next == "-" || next == "/" || (next == "年" && i + 5 < head.count && QuantityScanner.arabic(head[i + 5]) != nil) {
                return year
            }
        }
        return nil
    }
}
