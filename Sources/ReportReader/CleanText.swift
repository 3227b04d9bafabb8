#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZhizaoCore
/// Text as the reader reads it: lines broken mid-sentence by a column layout joined again, page chrome and
/// bylines dropped; every kept scalar can be traced back to its offset in the original input.
public struct CleanText: Sendable {
    /// The text as the reader matches it: traditional characters folded to simplified ones.
    public let scalars: [Unicode.Scalar]
    /// The text as written, for quotes; the same as `scalars` unless the text was folded (see `plain`).
    public private(set) var written: [Unicode.Scalar]
    /// Runs of scalars copied unbroken from the input: a run starting at clean offset `clean` starts at `original`.
    private let runs: [(clean: Int, original: Int)]
    /// The input's length in scalars.
    public let originalCount: Int
    /// Whether the text is written in traditional script (a page from Taiwan, Hong Kong or Macau).
    public private(set) var isTraditional: Bool
    /// Where a mark was read as another, and the one written (see `init(utf8:)`).
    private var substitutions: [(offset: Int, scalar: Unicode.Scalar)]
    /// Whether reading found digits written full-width (２０２４年): such a text is read again with ASCII ones.
    private(set) var hasWideDigits: Bool
    /// The input as read when it was folded (traditional script, full-width digits; see `plain`), else nil: its title and
    /// head are read from it too.
    public private(set) var plainText: String?
    /// Whether a table's row kept the tabs between its cells (营业收入⇥86.52⇥9.48): only then may a head name its columns.
    public let hasTabs: Bool

    /// Lines that are page furniture, not report: bylines, photo credits, font-size menus, counters, timestamps.
    static let chrome = Lexicon(words: [
        "记者", "通讯员", "Share:", "分享：", "图/", "摄影", "供图", "责任编辑", "编辑：", "编辑:", "来源：", "来源:", "字号", "浏览次数", "阅读量", "分享到", "打印本页",
        "关闭窗口", "发布时间", "【大 中 小】", "扫一扫", "当前位置", "相关资料图", "资料图", "放大字体", "缩小字体", "上一篇", "下一篇",
    ])
    /// What announces a page's related links, each a title of its own below it: 【相关链接】, 推荐阅读.
    static let relatedLinks = Lexicon(words: ["相关链接", "相关阅读", "相关新闻", "相关文章", "推荐阅读", "延伸阅读", "相關新聞", "相關閱讀"])
    /// A page's prompts and pager, chrome even with a comma in their line (打开APP，阅读全文 ▼; 上一页 1 2 下一页).
    static let prompts = Lexicon(words: ["阅读全文", "展开全文", "打开APP", "下载APP", "上一页", "下一页"])
    /// Whether the line from `start` to `end`, after one that ended (not the text's first) and before a paragraph
    /// (`beforeParagraph`: a line that opens with a figure, 2024年，…, or runs on, `runsOn`), is a short heading of words
    /// alone (研发实力稳步提升, 订单结构持续优化, 业务回顾, a report's 研发): two to twelve Chinese characters, no mark and no
    /// figure, not ending in a measure's word. (A line that goes on from the one before, 占⏎地区生产总值的比重为⏎11.4%, is no
    /// heading, nor is a narrow column's first line, 全市规模以上工业增加值⏎同比增长…, nor a sentence broken after its measure,
    /// 营收⏎86.5亿元.)
    static func isBareHeading(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, beforeParagraph: Bool) -> Bool {
        // (毛利及毛利率: two measures a heading pairs may end it.)
        beforeParagraph && start > 0 && s[start - 1] == "\n" && (2...12).contains(end - start) && (start..<end).allSatisfy { Words.isHan(s[$0]) }
            && (Words.measureWords.match(Array(s[start..<end]), endingAt: end - start, start: 0) == nil
                || end - start > 4 && s[(start + 2)..<(end - 2)].contains("及"))
    }

    /// Whether the line from byte `i` runs on past `beyond` bytes: a paragraph, not the next line of a narrow column as
    /// wide as the one before (管理层讨论及分析⏎业务回顾⏎二〇二四年，全球消费电子…: the short lines are headings).
    static func runsOn(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, beyond: Int) -> Bool {
        if i + beyond < b.count && !b[i..<(i + beyond)].contains(0x0A) { return true }
        // (…or a heading above one: 管理层讨论及分析⏎业务回顾⏎二〇二四年，…)
        guard let end = bareLineEnd(b, i, most: 36), end > i, end < b.count else { return false }
        return end + 1 + 2 * (end - i) < b.count && !b[(end + 1)..<(end + 1 + 2 * (end - i))].contains(0x0A)
    }

    /// Whether the line from `start` to `end` is the text's title: its first line, short, no comma in it (西安高新区上半年
    /// 主要经济指标稳中有进, above its publisher's line, 某某区管委会经济发展局, which is no part of it). Asked with
    /// `isBareLine` of the line after: a first line before one that ends a sentence may be its first half (汽车制造业⏎增加值
    /// 增长3.6%。).
    /// (As short as a title whose phrases a space parts: `titleLength`.)
    static func isTitle(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        start == 0 && end - start < titleLength && !s[start..<end].contains { $0 == "，" || $0 == "," }
    }

    /// Whether the line from `start` to `end` ends with a figure and at most three characters of its unit (…突破30亿元,
    /// …增长18%): a headline's last phrase, when a paragraph that opens with a place follows on the next line.
    static func endsWithFigure(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        var k = end
        while k > start, end - k < 3, !isDigit(s[k - 1]), isCJK(s[k - 1]) || figureMarks.contains(s[k - 1]) { k -= 1 }
        return k > start && isDigit(s[k - 1])
    }

    /// Whether the line at byte `i` opens with a place's name (浙江澄远电机…, 今年以来 does not): a paragraph of its own, not
    /// the headline's sentence going on (…3200⏎亿元, …增长8⏎个百分点, …50万标箱⏎同比增长…).
    static func opensWithPlace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var words: [Unicode.Scalar] = [], k = i
        while words.count < 8, k < b.count, b[k] != 0x0A {
            let (scalar, length) = decode(b, k)
            words.append(scalar)
            k += length
        }
        return Words.places.match(words, at: 0, end: words.count) != nil
    }

    /// Whether the line from byte `i` is short (at most 90 bytes), not empty, with no Chinese comma nor full stop in it:
    /// a publisher's or a date's line, no sentence.
    static func isBareLine(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bareLineEnd(b, i, most: 90).map { $0 > i } ?? false
    }

    /// Whether the line from byte `i` opens a paragraph: indented (two spaces or an ideographic one, E3 80 80), opened by
    /// a bracket (（ EF BC 88), or led by a news byline (临江日报讯（记者…）, 本报讯 …) within its first 15 characters, not
    /// a word ending in 讯 (通讯, 资讯); a title's line above it ends there.
    static func opensParagraph(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        if b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80 || b[i] == 0x20 && b[i + 1] == 0x20 { return true }
        // A bracket opening the line (（经济时报记者…／新竹报导）): a byline's or a note's, no title's half (【 breaks its
        // line itself).
        if b[i] == 0xEF && b[i + 1] == 0xBC && b[i + 2] == 0x88 { return true }
        // 讯 is E8 AE AF; after it （ (EF BC 88), ( , a space or an ideographic one. So after a wire's 日电 (新华社合肥3月5日电（记者…）:
        // 日 is E6 97 A5, 电 E7 94 B5).
        var k = i
        while k + 3 < min(b.count, i + 45), b[k] != 0x0A {
            // (通 is E9 80 9A, 资 E8 B5 84: 通讯, 资讯 are words.)
            let wire = k >= i + 3 && b[k] == 0xE7 && b[k + 1] == 0x94 && b[k + 2] == 0xB5 && b[k - 3] == 0xE6 && b[k - 2] == 0x97 && b[k - 1] == 0xA5
            if wire || b[k] == 0xE8 && b[k + 1] == 0xAE && b[k + 2] == 0xAF
                && (k < i + 3 || !(b[k - 3] == 0xE9 && b[k - 2] == 0x80 && b[k - 1] == 0x9A || b[k - 3] == 0xE8 && b[k - 2] == 0xB5 && b[k - 1] == 0x84))
            {
                let next = b[k + 3]
                return next == 0x28 || next == 0x20 || k + 5 < b.count && (next == 0xEF && b[k + 4] == 0xBC && b[k + 5] == 0x88 || next == 0xE3 && b[k + 4] == 0x80 && b[k + 5] == 0x80)
            }
            k += 1
        }
        return false
    }

    /// Where the line from byte `i` ends, when it does within `most` bytes with no full stop nor Chinese comma in it (，
    /// is EF BC 8C, 。 E3 80 82): no sentence.
    static func bareLineEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, most: Int) -> Int? {
        var end = i
        while end < b.count, b[end] != 0x0A {
            if end - i > most || b[end] == 0xEF && end + 2 < b.count && b[end + 1] == 0xBC && b[end + 2] == 0x8C
                || b[end] == 0xE3 && end + 2 < b.count && b[end + 1] == 0x80 && b[end + 2] == 0x82
            {
                return nil
            }
            end += 1
        }
        return end
    }

    /// Whether the line from `start` to `end` is a heading: a section's number and under 30 characters, or under 60 with a
    /// title's colon or dashes and no comma nor full stop (三、远帆材料（688901）：年报点评——新品放量带动增长), where a
    /// paragraph's first line, wrapped, would have neither (（一）上半年…分别⏎为1234.5亿元…).
    static func isHeadingLine(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard isHeading(s, start, end) else { return false }
        if end - start < 30 { return true }
        let line = s[start..<end]
        return end - start < 60 && !line.contains { $0 == "，" || $0 == "；" || $0 == "," || $0 == "。" } && line.contains { $0 == "：" || $0 == "—" }
    }

    /// Whether the line starting at `start` opens with a section number: 二、 （三） 4. 第五章.
    static func isHeading(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        if end - start > 2, s[start] == "—", s[start + 1] == "—" { return true }  // ——2025年主要预期目标
        // 【经济效益】: a line that is one bracketed label (a post's section).
        if end - start > 3, s[start] == "【", s[end - 1] == "】", !s[(start + 1)..<(end - 1)].contains("】") { return true }
        var i = start
        let bracketed = s[i] == "（" || s[i] == "("
        if bracketed || s[i] == "第" { i += 1 }
        let digits = i
        while i < end, i - digits < 3, ChineseNumeral.digit(s[i]) != nil || ChineseNumeral.smallUnit(s[i]) != nil || ChineseNumeral.arabic(s[i]) != nil {
            i += 1
        }
        guard i > digits, i < end else { return false }
        if bracketed { return s[i] == "）" || s[i] == ")" }
        if s[start] == "第" { return "章节部分条".unicodeScalars.contains(s[i]) }
        // 4. is a heading's number, 86.7 a figure.
        return s[i] == "、" || ((s[i] == "." || s[i] == "．") && ChineseNumeral.arabic(s[i - 1]) != nil
            && (i + 1 >= end || ChineseNumeral.arabic(s[i + 1]) == nil))
    }

    /// A line shorter than this followed by a blank line stands alone (a title, a menu item).
    static let shortLine = 16
    static let sentenceEnds = ScalarSet(["。", "！", "？", "；", "：", "!", "?", ";", "”", "」"])
    static let blank = ScalarSet([" ", "\t", "\u{3000}", "\r"])

    /// Whether a scalar may end Chinese words before a stop: a Chinese character or full-width form, a figure's mark
    /// (增长5%.), a closing quote or bracket (…速度’.).
    @inline(__always) static func endsWords(_ s: Unicode.Scalar) -> Bool {
        isCJK(s) || figureMarks.contains(s) || s == "”" || s == "’" || s == ")"
    }

    /// A heading's Chinese numbers: 二.重点工作 is 二、重点工作.
    static let chineseNumbers = ScalarSet("一二三四五六七八九十".unicodeScalars)

    /// What ends a figure: a space before one is layout (98.3 %).
    static let figureMarks = ScalarSet("%％‰".unicodeScalars)

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// Chinese characters and full-width forms: a space next to one is layout (a PDF's 47.7 亿元), not text.
    @inline(__always) static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }

    /// Whether a short line holds one of the chrome words and is no sentence (记者从…获悉，… is report).
    static func isChrome(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty, line.count < 40, !s[line].contains("。") else { return false }
        if prompts.occurs(in: s, line) { return true }
        guard !s[line].contains("，") else { return false }
        // 首页 | 要闻 | 政务 | 专题: a menu; 首页 > 新闻中心 > 东莞要闻: the path to the page.
        return chrome.occurs(in: s, line) || s[line].count(where: { $0 == "|" || $0 == "｜" }) >= 3
            || s[line].count(where: { $0 == ">" || $0 == "＞" || $0 == "›" }) >= (s[line].starts(with: Self.home) ? 1 : 2)  // (首页 > 镇街动态: one step)
    }
    /// 首页, which opens a page's path (首页 > 镇街动态).
    static let home = "首页".unicodeScalars

    /// Text in traditional script, or with full-width digits (２０２４年), is read folded one for one (see `plain`), so that
    /// every offset stays and each rule that decides a line's shape on its words or figures (a place's row, 天元區　38家;
    /// a byline; a page's path; a date's line) knows them. What was written is kept for quotes. A text whose first
    /// lines are in traditional script is folded before it is read; any other is read as written, and again folded
    /// when reading finds it traditional or with full-width digits.
    public init(_ text: String) {
        var text = text
        if Self.opensTraditional(text) {
            let input = Array(text.unicodeScalars), folds = TraditionalScript.traditional
            if TraditionalScript.isTraditional(hits: input.count(where: folds.contains), of: input.count) {
                self.init(folding: input, traditional: true)
                return
            }
        }
        let asWritten = text.withUTF8 { CleanText(utf8: $0) }
        guard asWritten.isTraditional || asWritten.hasWideDigits else {
            self = asWritten
            return
        }
        self.init(folding: Array(text.unicodeScalars), traditional: asWritten.isTraditional)
    }

    /// Reads `input` folded (see `plain`), quotes as written.
    private init(folding input: [Unicode.Scalar], traditional: Bool) {
        let plain = Self.plain(input, traditional: traditional)
        var read = String(String.UnicodeScalarView(plain))
        self = read.withUTF8 { CleanText(utf8: $0) }
        var cursor = 0
        written = scalars.indices.map { k in
            let o = original(k, cursor: &cursor)
            return o < plain.count && plain[o] == scalars[k] ? input[o] : scalars[k]
        }
        for (k, _) in substitutions where k < written.count && original(k) < input.count { written[k] = input[original(k)] }
        (isTraditional, plainText) = (traditional, read)
    }

    /// Whether a text's first 2,000 characters read as traditional script.
    static func opensTraditional(_ text: String) -> Bool {
        var hits = 0, count = 0
        for scalar in text.unicodeScalars.prefix(2000) {
            count += 1
            if TraditionalScript.traditional.contains(scalar) { hits += 1 }
        }
        return TraditionalScript.isTraditional(hits: hits, of: count)
    }

    /// Reads valid UTF-8 (a String's bytes) in one pass, decoding each line straight into the clean text and
    /// taking it back if it turns out to be chrome.
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var runs: [(clean: Int, original: Int)] = []
        var offset = 0, traditional = 0, hasTabs = false, wideDigits = false
        // Marks read as another (％ as %, 「 as “, an ASCII comma after Chinese words as ，): at each clean offset, the one written.
        var substitutions: [(offset: Int, scalar: Unicode.Scalar)] = []
        let blank = Self.blank, sentenceEnds = Self.sentenceEnds, folds = TraditionalScript.traditional
        // At most a scalar a byte: the clean text never outgrows the input.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, n in
            var i = 0
            var delta = Int.min  // original minus clean offset in the current run
            func append(_ scalar: Unicode.Scalar, at original: Int) {
                if original - n != delta {
                    runs.append((n, original))
                    delta = original - n
                }
                out[n] = scalar
                n += 1
            }
            var lastLine = 0  // the length of the last line kept
            // A post's figure card: a figure on a line of its own above the words that say what it measures (203.4亿元⏎
            // 全镇规上工业产值，比上年增长7.5%), held back and written after those words' first phrase.
            var card: [(scalar: Unicode.Scalar, original: Int)] = []
            var cardsGoOn = false  // whether the line before was a card's, a point's number or a post's heading
            var linksGoOn = false  // whether a page's related links were announced above (相关链接): each line a title of its own
            var rowsGoOn = false  // whether the line before was a table's row, its cells parted by tabs
            // Whether the line before went on past a full stop to break mid-sentence (（二）净利润：-0.63亿元。归属于…的扣⏎
            // 除非经常性损益的净利润：…): a PDF's column broke it, and the next line opens with no label.
            var brokenAbove = false
            var titles: [[Unicode.Scalar]] = []  // the report's titles in the text's head, which a PDF repeats atop its pages
            var headStoodAlone = false  // whether every line so far was a date's or a byline's, standing alone
            // Whether the line just read is a post's point that goes on with its figure on the next line (📊 研发费用⏎48.62亿元),
            // and whether the line before it was: the line after that figure is a clause of its own (⏎同比增长15.7%, ⏎居全省第3位).
            var (pointFigure, afterPointFigure) = (false, false)
            while i < bytes.count {
                // A page's number between two pages of a PDF (— 2 —, 第2页 共5页, 2/5) is no part of the text: the sentence it
                // broke goes on across it.
                if let (end, count) = Self.pageNumberLine(bytes, i) {
                    (i, offset) = (end, offset + count)
                    continue
                }
                let lineStart = offset, lineStartByte = i
                // A line that is a date (2023年6月15日 番禺日报) stands apart from the title above it and the text below.
                // …and so is a byline (芜湖日报记者　孙晓): the reporter's name is no part of the text's first words.
                let standsAlone = Self.isDateLine(bytes, i) || Self.isBylineLine(bytes, i)
                // …and a line that opens with its day (6月19日，…): a paragraph, not the title above it going on.
                // …and one that opens with a label (船舶海工产业：产值…, 区长：…, 发布日期：…): a table's row, a speaker's
                // turn or a page's detail, which ends at its line too.
                // …and a table's row, its cells parted by tabs, or its units' declaration (（单位：亿元，%）).
                // (A row that opens with an empty cell keeps its opening tab: a head's, ⇥本报告期末⇥上年度末, over the rows'
                // labels, or one going on with the label of the row above, ⇥比上年同期增长：43.85% below 净利润⇥盈利：….)
                // (汽车　　　　万辆　　　　28.62　　　　56.3: cells parted by runs of spaces are a row too, each run a tab.)
                let spacedRow = Self.isSpacedRow(bytes, i)
                let cellsRow = spacedRow || Self.isTableRow(bytes, i)
                // (⇥一季度，全市经济运行总体平稳，…: a paragraph indented by a tab is no row, whatever is above it.)
                let emptyFirstCell = i < bytes.count && bytes[i] == 0x09
                    && (cellsRow || rowsGoOn && !Self.hasSentenceMarks(bytes, i) && Self.hasTab(bytes, after: i + 1))
                let tableRow = emptyFirstCell || cellsRow
                var lineTabbed = false
                // …and a list's item behind a bullet (· 2022年1-4月…, a page's related links).
                // (A paragraph's indent, 　　1月13日，…, is no part of what it opens with; nor a row's, 　　某区：86.5，增长9.8, though an
                // indented paragraph that opens with a label, 　　区长：…, may wrap.)
                let body = Self.afterSpaces(bytes, i)
                let labelLine = !brokenAbove && (Self.opensWithLabel(bytes, i) || body > i && Self.opensWithLabel(bytes, body, figureAfter: true)) || tableRow
                    || Self.opensWithBullet(bytes, i)
                // …and one that opens with a heading's number (一、, （二）): a section's heading.
                // …and a post's point behind a pictograph, a block or a number (📊 核心数据, ▌ 单季表现, 1️⃣ 分产品看…, 01｜力争…),
                // which ends at its line too unless it names a measure whose figure opens the next (📈 规上工业总产值⏎197.5亿元).
                // (A bullet, ● or ▶, opens a list's item that may wrap onto the next line as any sentence does.)
                let postPoint = Self.opensWithPostMark(bytes, body)
                // …and one that opens with a bracket (【记者…】, 【核心数据】): a paragraph or a post's heading of its own.
                if standsAlone || labelLine || Self.opensWithDay(bytes, body) || Self.opensWithHeadingNumber(bytes, body) || Self.opensWithDashes(bytes, body)
                    || postPoint || Self.opensWithBracket(bytes, body), n > 0,
                    out[n - 1] != "\n"
                {
                    append("\n", at: lineStart - 1)
                } else if afterPointFigure, n > 0, out[n - 1] != "\n", body < bytes.count, bytes[body] != 0x0A, bytes[body] != 0x0D {
                    // (…⏎36.2亿元⏎下半年，全镇将…。: a sentence below the figure is one of its own.)
                    append(Self.hasSentenceMarks(bytes, body) ? "\n" : "，", at: lineStart - 1)
                }
                let lineClean = n, lineRuns = runs.count
                var leading = true, ended = false
                var space: Int?  // the offset of a space not yet written
                var wide = false  // whether that space holds an ideographic one
                var tabs = 0  // the tabs in that space, which part a table's cells
                var blanks = 0  // the spaces in it, two or more of which part a spaced row's cells
                var gaps = 0  // spaces between two Chinese characters: a menu's, not a sentence's
                var firstPhrase = 0  // how long the line's words before its first such space are
                var cardLine = false  // whether a card's figure was written into this line
                var quoteOpen = false  // whether an ASCII double quote on this line opened a quote
                while i < bytes.count {
                    var (scalar, length) = Self.decode(bytes, i)
                    let decoded = scalar
                    if scalar == "％" { scalar = "%" }  // (a full-width percent sign is the percent sign, to every rule)
                    // (So are corner brackets, 「链主」, and ASCII double quotes, "链主", quotation marks: “链主”…)
                    if scalar == "「" { scalar = "“" } else if scalar == "」" { scalar = "”" }
                    // (…and ASCII brackets full-width ones: 基本每股收益(元/股) is 基本每股收益（元/股）.)
                    if scalar == "(" { scalar = "（" } else if scalar == ")" { scalar = "）" }
                    if scalar == "\"" {
                        scalar = quoteOpen ? "”" : "“"
                        quoteOpen.toggle()
                    }
                    i += length
                    offset += 1
                    if scalar == "\n" {
                        ended = true
                        break
                    }
                    if scalar == "\r" || (leading && blank.contains(scalar)) { continue }
                    // A variation selector only says how to draw what is before it; a keycap's digit (2️⃣) is a bullet.
                    if scalar == "\u{FE0F}" || scalar == "\u{FE0E}" { continue }
                    if scalar == "\u{20E3}" {
                        if n > lineClean, Self.isDigit(out[n - 1]) { out[n - 1] = "●" }
                        continue
                    }
                    if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                        space = space ?? offset - 1
                        blanks += 1
                        if scalar == "\t" { tabs += 1 }
                        if scalar == "\u{3000}" { wide = true }
                        continue
                    }
                    // Digits on both sides of a line joined are two figures (成文日期：2024-11-29 / 1-10月), not one.
                    if leading, n > 0, lineStart > 0, Self.isDigit(scalar), Self.isDigit(out[n - 1]) { append(" ", at: lineStart - 1) }
                    if leading, emptyFirstCell {
                        (space, tabs, hasTabs, lineTabbed) = (nil, 0, true, true)
                        append("\t", at: lineStart)
                    }
                    leading = false
                    // 营业收入⇥86.52⇥9.48: the row's cells stay parted, one tab a tab (an empty cell keeps its column), for its
                    // table's head; not after a heading's number (一、⇥全市…), which opens no cell.
                    // (Where a long label leaves room for one ideographic space, 房间空气调节器　万台, it parts cells too.)
                    if spacedRow, space != nil, blanks >= 2 || wide { (tabs, wide) = (1, false) }
                    blanks = 0
                    // (1　　　　滑县　　8.7: a spaced row's serial number is a cell.)
                    if let at = space, tableRow, tabs > 0, spacedRow || !Self.endsHeadingNumber(out, from: lineClean, to: n) {
                        for k in 0..<tabs { append("\t", at: at + k) }
                        (space, tabs, hasTabs, lineTabbed) = (nil, 0, true, true)
                    } else if let at = space {
                        (space, tabs) = (nil, 0)
                        // 美卓电器2019年净利润增长12.7%　2020年一季度营收下降28.6%: an ideographic space before a headline's
                        // second phrase, opening with its year, parts two phrases as a comma does.
                        // (某某重工　2024年营收增长12%, 东城镇　2024年…: a first phrase with no figure is the second's subject.)
                        let phrases = wide && Self.isDigit(scalar) && n > lineClean && (Self.figureMarks.contains(out[n - 1]) || Self.isCJK(out[n - 1]))
                            && !tableRow && n - lineClean < Self.titleLength && !out[lineClean..<n].contains("。") && out[lineClean..<n].contains(where: Self.isDigit)
                            && Self.opensYear(bytes, from: i - length)
                        wide = false
                        // Kept between Latin words, and before a bullet's dash (要点 - 某某电子).
                        // Not inside a figure a PDF spaced out: 98.3 %, 3 .2%, 8 . 9%.
                        let inFigure = n > 0 && (Self.figureMarks.contains(scalar) && Self.isDigit(out[n - 1])
                            || Self.isDigit(scalar) && out[n - 1] == "." || scalar == "." && Self.isDigit(out[n - 1]))
                        if phrases {
                            append("，", at: at)
                        } else if n > 0, !inFigure, scalar == "-" || (!Self.isCJK(scalar) && !Self.isCJK(out[n - 1])) {
                            append(" ", at: at)
                        }
                        // (A table's cells are no menu; a bracket after a space opens no phrase: 营业毛利（毛损） （仟元）.)
                        if Self.isCJK(scalar), scalar != "（", n > lineClean, !tableRow,
                            Self.isCJK(out[n - 1]) || Self.figureMarks.contains(out[n - 1]) && Self.opensFigure(bytes, from: i - length)
                        {
                            gaps += 1
                            // 榜单发布 徐州位列第21位: the one space parting a title's two phrases is a comma (after a
                            // figure too: 某某股份营收增长12.7%　净利润下降28.6%).
                            // (恩施州赴深圳开展招商推介 签约项目24个 签约金额186.5亿元: so does each space before a headline's figure, after
                            // a first phrase of six or more; not a row's, 东城区 签约项目12个 总投资50亿元, nor a link's, 上一篇 ….)
                            if gaps == 1 { firstPhrase = n - lineClean }
                            let figureNext = firstPhrase >= 6 && Self.opensFigure(bytes, from: i - length)
                            if gaps == 1 || figureNext, n - lineClean < Self.titleLength, !out[lineClean..<n].contains("。"),
                                Self.endsTitle(bytes, from: i - length) || figureNext
                            {
                                append("，", at: at)
                            }
                        }
                    }
                    if folds.contains(scalar) { traditional += 1 } else if scalar.value &- 0xFF10 < 10 { wideDigits = true }
                    if !card.isEmpty, scalar == "，" || scalar == "," {
                        for (held, at) in card { append(held, at: at) }
                        (card, cardLine) = ([], true)
                    }
                    // (…签约项目22个,总投资…. 全县…: an ASCII comma or full stop between Chinese words is the Chinese one,
                    // to every rule; a thousands' comma, 1,234, a decimal point and one between Latin words keep theirs.)
                    if n > lineClean + 1, out[n - 1] == "," || out[n - 1] == ".", Self.isCJK(scalar) || Self.isDigit(scalar) || scalar == "“" || scalar == "”",
                        Self.endsWords(out[n - 2])
                    {
                        // (二.2025年主要预期目标: a heading's Chinese number before it is the heading's, 二、)
                        let heading = out[lineClean..<(n - 1)].allSatisfy { Self.chineseNumbers.contains($0) }
                        substitutions.append((n - 1, out[n - 1]))
                        out[n - 1] = out[n - 1] == "," ? "，" : heading ? "、" : "。"
                    }
                    // (分县区看:, 税收收入:1.43亿元: so is a colon after them, 09:18 keeping its.)
                    if scalar == ":", n > lineClean, Self.isCJK(out[n - 1]) { scalar = "：" }
                    if scalar != decoded { substitutions.append((n, decoded)) }
                    append(scalar, at: offset - 1)
                }
                // (…增长5.2%.⏎: an ASCII full stop ending a line of Chinese, or the text, is the Chinese one.)
                if n > lineClean + 1, out[n - 1] == ".", Self.endsWords(out[n - 2]) {
                    substitutions.append((n - 1, "."))
                    out[n - 1] = "。"
                }
                if !card.isEmpty, n > lineClean {
                    for (held, at) in card { append(held, at: at) }
                    cardLine = true
                }
                card.removeAll()
                // (A paragraph again, indented or with a comma or full stop: the links are done.)
                if linksGoOn, body > lineStartByte || n - lineClean > 40 || out[lineClean..<n].contains(where: { $0 == "。" || $0 == "，" }) { linksGoOn = false }
                // Only a short line can be chrome; looked at as an array of its own.
                let line = n - lineClean < 40 ? Array(out[lineClean..<n]) : []
                // (Looked for once a line, and only below a post's point or a bracketed label: 【工业总产值】⏎203.4亿元.)
                let bracketed = ended && n - lineClean > 3 && out[lineClean] == "【" && out[n - 1] == "】"
                let figureBelow = (postPoint || bracketed) && Self.isFigureOfLineAbove(bytes, i)
                let measureHead = bracketed && figureBelow
                let pointNumber = n - lineClean == 2 && out[lineClean] == "0" && Self.isDigit(out[lineClean + 1]) && out[lineClean + 1] != "0"
                    && (lineClean == 0 || out[lineClean - 1] != "，" && out[lineClean - 1] != "、" && out[lineClean - 1] != ",")  // (…战略，⏎01⏎…: a sentence going on)
                let heldCard = ended && Self.isBareFigure(out, lineClean, n) && lineClean > 0 && out[lineClean - 1] == "\n"
                    && (cardsGoOn || lineClean > 1 && Self.cardOpeners.contains(out[lineClean - 2])) && Self.opensWithPhrase(bytes, Self.afterSpaces(bytes, i))
                if heldCard {
                    var run = max(lineRuns - 1, 0)  // (the line may go on in the run before it)
                    for k in lineClean..<n {
                        while run + 1 < runs.count, runs[run + 1].clean <= k { run += 1 }
                        card.append((out[k], runs[run].original + (k - runs[run].clean)))
                    }
                }
                if !line.isEmpty, line.count <= 10, Self.relatedLinks.occurs(in: line, 0..<line.count) { linksGoOn = true }  // (not 据相关新闻报道，…)
                // (Not a line whose words spaces or bars part, a byline's or a menu's after a paragraph: …。记者 王某 通讯员 李某⏎字号：…,
                // …。网站首页 | 互动交流⏎您现在的位置：….)
                let brokenMidSentence = !tableRow && ended && gaps == 0 && (2...Self.columnWidth).contains(n - lineClean) && Words.isHan(out[n - 1])
                    && out[lineClean..<(n - 1)].contains("。") && !out[lineClean..<n].contains(where: Self.menuMarks.contains)
                // (…规模以上工业企业实现营业收⏎某市2024年国民经济和社会发展统计公报⏎入1256.8亿元…: the report's title, again on a
                // line of its own inside a sentence, is a PDF's running head.)
                let runningHead = !line.isEmpty && lineClean > 0 && out[lineClean - 1] != "\n" && titles.contains(line)
                if !line.isEmpty, !runningHead, lineClean < Self.headLength, Self.isReportTitle(line) { titles.append(line) }
                if !line.isEmpty, gaps >= 2 && !line.contains("，") && !line.contains("。") || Self.isChrome(line, 0..<line.count) || pointNumber || heldCard
                    || runningHead
                {
                    // (A point's number on a line of its own, 01, ends the line before; a card's figure waits for its words.)
                    n = lineClean
                    while let last = substitutions.last, last.offset >= lineClean { substitutions.removeLast() }
                    runs.removeLast(runs.count - lineRuns)
                    delta = runs.last.map { $0.original - $0.clean } ?? Int.min
                    if pointNumber, n > 0, out[n - 1] != "\n" { append("\n", at: lineStart - 1) }
                } else if n > lineClean, ended,
                    cardLine || sentenceEnds.contains(out[n - 1]) && !Self.breaksInQuote(out, lineClean, n) || standsAlone
                        || labelLine && !brokenMidSentence
                        // (【工业总产值】⏎203.4亿元: a bracketed label goes on with its figure below, as a post's point does.)
                        || Self.isHeadingLine(out, lineClean, n) && !measureHead
                        || linksGoOn && out[lineClean..<n].contains(where: Self.isDigit)  // (a link's title states its figure; one without wraps)
                        || postPoint && !(Self.endsWithMeasure(out, lineClean, n) && Self.goesOnWithFigure(bytes, i) || figureBelow)
                        || Self.isBareHeading(
                            out, lineClean, n,
                            beforeParagraph: i < bytes.count && Self.isDigit(Unicode.Scalar(bytes[i])) || Self.runsOn(bytes, i, beyond: 6 * (n - lineClean) + 6))
                        // (Looking past blank lines at the line below, only for a title.)
                        || Self.isTitle(out, lineClean, n) && (Self.isBareLine(bytes, Self.afterBlankLines(bytes, i))
                            || Self.endsWithFigure(out, lineClean, n) && Self.opensWithPlace(bytes, Self.afterBlankLines(bytes, i)))
                        || lineClean == 0 && n < Self.headlineLength && Self.opensParagraph(bytes, i)
                        // (原创　某某发布　2024年10月16日⏎前三季度完成拆除1850亩！…再刷新⏎今年是…: the title, short, first below
                        // the lines that stand alone, ends at its line.)
                        || headStoodAlone && n - lineClean < Self.titleLength && !Self.clauseMarks.contains(out[n - 1])
                        // (柳州市2024年国民经济和社会发展统计公报⏎全年…: a report's title, first, ends at its line.)
                        || lineClean == 0 && Self.isReportTitle(line)
                        // (某某产业逆势上扬⏎前三季度新能源汽车产量增长41.2%: a headline of words alone ends above its subtitle,
                        // which opens with its period.)
                        || !line.isEmpty && line.count < Self.titleLength && !line.contains(where: { Self.clauseMarks.contains($0) || $0 == "。" || Self.isDigit($0) })
                            && Self.opensWithPeriod(bytes, i) && !Self.endsWithHolder(line) && body == lineStartByte
                            && !Self.endsWithMeasure(out, lineClean, n) && Words.places.match(line, at: 0, end: line.count) == nil
                {
                    // A heading (二、主要指标完成情况, ——2024年工作回顾) ends at its line even without a full stop.
                    // A line that ends a sentence ends there; any other continues on the next (a column layout's break).
                    append("\n", at: offset - 1)
                } else if n == lineClean, ended, lastLine > 0, out[n - 1] != "\n",
                    lastLine < Self.shortLine
                        || Self.opensParagraph(bytes, i) && !Self.clauseMarks.contains(out[n - 1]) && !Self.goesOnWithFigure(bytes, Self.afterSpaces(bytes, i))
                {
                    // A short line and then a blank one: a title or a menu, not half a sentence; so is any line a blank one
                    // parts from an indented paragraph that goes on with no figure of its clause (⏎⏎　　86.2亿元，…).
                    append("\n", at: offset - 1)
                }
                if n > lineClean {
                    lastLine = n - lineClean
                    headStoodAlone = standsAlone && (headStoodAlone || lineClean == 0)
                }
                rowsGoOn = lineTabbed && n > lineClean
                brokenAbove = brokenMidSentence && n > lineClean
                afterPointFigure = pointFigure
                pointFigure = figureBelow && n > lineClean && out[n - 1] != "\n"
                // (Cards parted by blank lines: 18.26亿元⏎营业收入，…⏎⏎2.34亿元⏎归母净利润，… go on as cards.)
                cardsGoOn = heldCard || pointNumber || n > lineClean && (cardLine || postPoint) || cardsGoOn && n == lineClean && line.isEmpty
            }
        }
        var written = scalars
        for (k, scalar) in substitutions where k < written.count { written[k] = scalar }
        self.written = written
        self.substitutions = substitutions
        self.hasTabs = hasTabs
        self.hasWideDigits = wideDigits
        self.plainText = nil
        self.isTraditional = TraditionalScript.isTraditional(hits: traditional, of: scalars.count)
        self.scalars = isTraditional ? Self.folded(scalars) : scalars
        self.runs = runs
        self.originalCount = offset
    }

    /// The input as the reader reads it, one scalar for one: traditional characters folded to simplified ones (when
    /// `traditional`, see `folded`), full-width digits and a full-width point between them (５．２) ASCII ones.
    static func plain(_ input: [Unicode.Scalar], traditional: Bool) -> [Unicode.Scalar] {
        var plain = traditional ? folded(input) : input
        for i in plain.indices where plain[i].value &- 0xFF10 < 10 { plain[i] = Unicode.Scalar(plain[i].value - 0xFF10 + 0x30)! }
        for i in plain.indices.dropFirst().dropLast() where plain[i] == "．" && isDigit(plain[i - 1]) && isDigit(plain[i + 1]) { plain[i] = "." }
        return plain
    }

    /// Whether a paragraph's line (one with a comma or a full stop) ends in a quote's close after words, no full stop:
    /// …国家级专精特新“小巨人”⏎企业达到21家。 goes on, as a PDF's column broke it; …。” ends a sentence.
    static func breaksInQuote(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        end - start > 2 && s[end - 1] == "”" && Words.isHan(s[end - 2])  // (「」 are read as “” already)
            && s[start..<(end - 2)].contains(where: { $0 == "，" || $0 == "。" })
    }
    /// What parts a menu's or a page path's items: no paragraph's line holds one.
    static let menuMarks = ScalarSet("|｜>＞›".unicodeScalars)
    /// The most characters a line of a PDF's column has (a page of A4 holds about 40).
    static let columnWidth = 60
    /// The most characters a title's phrase before its one space has.
    static let titleLength = 30
    /// Whether a short line is a report's title (…统计公报, …运行情况, …统计公报（2024年）, in traditional script too), no
    /// sentence's first part (1-9月，全区规上工业企业生产经营情况⏎总体平稳，…).
    static func isReportTitle(_ line: [Unicode.Scalar]) -> Bool {
        guard !line.contains("，") else { return false }
        let line = folded(line)
        var end = line.count
        if end > 0, line[end - 1] == "）", let open = line.lastIndex(of: "（") { end = open }
        return end > 0 && TextClues.reportEnds.match(line, endingAt: end, start: 0) != nil
    }

    /// What ends a clause but not a sentence: a line ending with one goes on.
    static let clauseMarks = ScalarSet("，、；：,;:".unicodeScalars)
    /// How long a first line may be to end above a paragraph that opens indented, bracketed or bylined: a headline of
    /// two phrases (某某第3季每股纯益3.18元　预估全年营收年增逾15%).
    static let headlineLength = 50
    /// How far into the clean text its head, where a report's title stands, reaches.
    static let headLength = 400

    /// Whether the phrase from byte `i` to the next space or the line's end states a figure with its unit (签约项目24个,
    /// 签约金额186.5亿元): a headline's, no menu's item.
    static func opensFigure(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        var k = i, digits = false
        while k < b.count, k - i < 60 {
            let (scalar, length) = decode(b, k)
            if scalar == "\n" || scalar == " " || scalar == "\t" || scalar == "\u{3000}" { return false }
            if isDigit(scalar) {
                digits = true
            } else if digits, figureMarks.contains(scalar) || figureUnits.contains(scalar) {
                return true
            }
            k += length
        }
        return false
    }
    /// Whether the line from byte `i` holds a tab (⇥比上年同期增长：43.85%⇥, a cell's end; ⇥全市工业投资增长12.1% has none).
    static func hasTab(_ b: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        var k = i
        while k < b.count, b[k] != 0x0A {
            if b[k] == 0x09 { return true }
            k += 1
        }
        return false
    }

    /// Whether the line from byte `i` holds a comma or a full stop (，。), as a sentence does and a row does not.
    static func hasSentenceMarks(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // ， is EF BC 8C, 。 is E3 80 82.
        var k = i
        while k + 2 < b.count, b[k] != 0x0A {
            if b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x8C || b[k] == 0xE3 && b[k + 1] == 0x80 && b[k + 2] == 0x82 { return true }
            k += 1
        }
        return false
    }

    /// Whether the phrase from byte `i` opens with a year (2020年) and states a figure with its unit (`opensFigure`).
    static func opensYear(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        // 年 is E5 B9 B4.
        i + 6 < b.count && (i..<(i + 4)).allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } && b[i + 4] == 0xE5 && b[i + 5] == 0xB9 && b[i + 6] == 0xB4
            && opensFigure(b, from: i)
    }

    /// Units a headline's figure ends with: 个 家 元 项 台 辆 吨 亩.
    static let figureUnits = ScalarSet("个家元项台辆吨亩".unicodeScalars)

    /// Whether the line's rest from byte `i` ends a title: short (at most 90 bytes), with no other space and no full stop.
    static func endsTitle(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
        var k = i
        while k < b.count, b[k] != 0x0A {
            if k - i > 90 || b[k] == 0x20 || b[k] == 0x09 { return false }
            // U+3000 (an ideographic space) and 。 are E3 80 80 and E3 80 82.
            if b[k] == 0xE3, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x80 || b[k + 2] == 0x82 { return false }
            k += 1
        }
        return true
    }

    /// Whether the line from byte `i` is a dateline: short (at most 120 bytes), no comma or full stop, and a full date
    /// in it (2023年6月15日, 2023-06-15, 2024/03/14), with a source or a time around it (泉州市统计局 2025年3月20日), or a
    /// month alone (2025年3月).
    static func isDateLine(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let end = bareLineEnd(b, i, most: 120) else { return false }
        for start in i..<end where b[start] >= 0x30 && b[start] <= 0x39 && (start == i || b[start - 1] < 0x30 || b[start - 1] > 0x39) {
            var r = ByteReader(b: b, k: start, end: end)
            guard r.digits(5) == 4 else { continue }
            if r.mark(Self.yearMark), r.digits(3) > 0, r.mark(Self.monthMark) {
                let monthEnd = r.k
                if r.digits(3) > 0, r.mark(Self.dayMark) { return true }
                // 2025年3月 alone on its line, below a bulletin's title and publisher: when it came out.
                if b[i..<start].allSatisfy({ $0 == 0x20 }) && b[monthEnd..<end].allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { return true }
            }
            r.k = start + 4
            if r.mark([0x2D]), r.digits(3) == 2, r.mark([0x2D]), r.digits(3) == 2 { return true }
            // 2024/03/14 18:32: a news page's stamp.
            r.k = start + 4
            if r.mark([0x2F]), (1...2).contains(r.digits(3)), r.mark([0x2F]), (1...2).contains(r.digits(3)) { return true }
        }
        return false
    }

    /// Whether the line from byte `i` is a byline: short (at most 60 bytes), no comma or full stop, and at most a
    /// name (five characters and spaces) after its last 记者 or 通讯员 (芜湖日报记者　孙晓, 本报记者 王一 通讯员 李二; not
    /// 日前记者从市发改委了解到, a wrapped line of prose).
    static func isBylineLine(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        var named: Int?  // where the last 记者 or 通讯员 ends
        while k < b.count, b[k] != 0x0A {
            if k - i > 60 { return false }
            // 记者 is E8 AE B0 E8 80 85, 通讯员 E9 80 9A E8 AE AF E5 91 98; ，and 。 are EF BC 8C and E3 80 82.
            if k + 5 < b.count, b[k] == 0xE8, b[k + 1] == 0xAE, b[k + 2] == 0xB0, b[k + 3] == 0xE8, b[k + 4] == 0x80, b[k + 5] == 0x85 { named = k + 6 }
            if k + 8 < b.count, b[k] == 0xE9, b[k + 1] == 0x80, b[k + 2] == 0x9A, b[k + 3] == 0xE8, b[k + 4] == 0xAE, b[k + 5] == 0xAF, b[k + 6] == 0xE5,
                b[k + 7] == 0x91, b[k + 8] == 0x98
            {
                named = k + 9
            }
            if k + 2 < b.count, b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x8C || b[k] == 0xE3 && b[k + 1] == 0x80 && b[k + 2] == 0x82 { return false }
            k += 1
        }
        guard let named else { return false }
        var characters = 0, j = named
        while j < k {
            if case let space = spaceLength(b, j, end: k), space > 0 {
                j += space
                continue
            }
            characters += 1
            j += b[j] < 0x80 ? 1 : b[j] < 0xE0 ? 2 : b[j] < 0xF0 ? 3 : 4
        }
        return characters <= 5
    }

    /// Whether the line from byte `i` opens with a day and a comma (6月19日，): how a news paragraph starts, after its
    /// byline if one leads it (宜宾新闻网讯 9月26日，, 芜湖日报讯（记者 汪洋）9月16日，).
    static func opensWithDay(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var r = ByteReader(b: b, k: afterByline(b, i) ?? i, end: b.count)
        return (1...2).contains(r.digits(3)) && r.mark(monthMark) && (1...2).contains(r.digits(3)) && r.mark(dayMark)
            && (r.mark(fullComma) || r.mark([0x2C]))
    }

    /// Where a news byline that opens the line at byte `i` ends, if one does: two to twelve Chinese characters ending in
    /// 讯 (訊), the day it was filed among them, then spaces and the reporter's name in brackets, if written.
    static func afterByline(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        var k = i, characters = 0
        while characters < 12, k + 2 < b.count, isHanLead(b[k]) || characters >= 2 && isDigit(Unicode.Scalar(b[k])) {
            if isDigit(Unicode.Scalar(b[k])) {  // the day it was filed: 中国江苏网7月15日讯
                k += 1
                continue
            }
            k += 3
            characters += 1
            // 讯 is E8 AE AF, 訊 E8 A8 8A.
            guard b[k - 3] == 0xE8, b[k - 2] == 0xAE && b[k - 1] == 0xAF || b[k - 2] == 0xA8 && b[k - 1] == 0x8A else { continue }
            guard characters >= 2 else { return nil }
            k = afterSpaces(b, k)
            guard k < b.count, decode(b, k).0 == "（" || b[k] == 0x28 else { return k }
            var j = k
            while j < min(b.count, k + 60), b[j] != 0x0A, decode(b, j).0 != "）", b[j] != 0x29 { j += decode(b, j).1 }
            guard j < b.count, decode(b, j).0 == "）" || b[j] == 0x29 else { return nil }
            return j + decode(b, j).1
        }
        return nil
    }

    /// Whether the line at byte `i` opens with a label: two to twelve Chinese characters and a full-width colon (and a
    /// bare figure right after it, when `figureAfter`: a row's label, 某区：86.5，增长9.8; not 据统计：1-4月，…).
    static func opensWithLabel(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, figureAfter: Bool = false) -> Bool {
        var k = i, characters = 0
        while characters < 12, k + 2 < b.count, isHanLead(b[k]) {
            k += 3
            characters += 1
        }
        // (： or an ASCII colon after the label: 亩均税收:46.8万元)
        let colon = k + 2 < b.count && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x9A ? 3 : k < b.count && b[k] == 0x3A ? 1 : 0
        guard characters >= 2 && colon > 0 else { return false }
        guard figureAfter else { return true }
        k += colon
        if k < b.count, b[k] == UInt8(ascii: "-") { k += 1 }
        let digits = k
        while k < b.count, isDigit(Unicode.Scalar(b[k])) || b[k] == UInt8(ascii: ".") { k += 1 }
        // (the figure ends at a comma, a space, a % or the line's end)
        return k > digits && (k == b.count || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x20 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "%")
            || k + 2 < b.count && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x8C)
    }

    /// Whether the line at byte `i` is a table's: cells parted by a tab (社会消费品零售总额⇥10231.6⇥5.3), or the units
    /// declared for its cells ((单位：亿元，%)).
    static func isTableRow(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // (An indent of ideographic spaces, 　　某区　21家, is no part of the row.)
        var k = i
        while k < b.count, case let space = b[k] == 0x09 ? 1 : spaceLength(b, k, end: b.count), space > 0 { k += space }
        let start = k
        if k < b.count, decode(b, k).0 == "（" || b[k] == 0x28 { k += decode(b, k).1 }
        // 单位 is E5 8D 95 E4 BD 8D.
        if k + 5 < b.count, b[k] == 0xE5, b[k + 1] == 0x8D, b[k + 2] == 0x95, b[k + 3] == 0xE4, b[k + 4] == 0xBD, b[k + 5] == 0x8D { return true }
        // A tab inside the line, found with memchr (every line is looked at: a byte loop cost 1 % of the reading).
        guard start < b.count, let base = b.baseAddress else { return false }
        let lineEnd = memchr(base + start, 0x0A, b.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
        guard lineEnd - start > 1 else { return false }
        guard let tab = memchr(base + start + 1, 0x09, lineEnd - start - 1) else { return isLabelAndFigure(b, start, lineEnd) }
        let after = UnsafePointer<UInt8>(tab.assumingMemoryBound(to: UInt8.self)) - base + 1
        return after < lineEnd && b[after] != 0x0D
    }

    /// Whether the line from byte `i` is a table's row whose cells runs of two or more spaces part, with no tab
    /// (汽车　　　　万辆　　　　28.62　　　　56.3 below 产品名称　　　计量单位　　1-6月产量　　同比增长（%）; in such a row one
    /// ideographic space parts cells too): three cells or more, one of them a bare number (28.62, -3.2), or a head whose next
    /// line is such a row. A headline's phrases (签约项目24个　　签约金额186.5亿元) and a menu's items hold no bare number; a
    /// row of figures alone (8.2%　　12.1%　　6.5%, a post's cards) has no label, in its first cell or after a serial number.
    static func isSpacedRow(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard let row = spacedCells(b, i), row.cells >= 3 else { return false }
        if row.bare { return row.labelled }
        guard row.end + 1 < b.count, let next = spacedCells(b, row.end + 1) else { return false }
        return next.cells >= 3 && next.bare && next.labelled
    }

    /// The cells of the line from byte `i`, as runs of two or more spaces part them, whether one of them is a bare number
    /// after a label, whether it has a label (its first cell or its second, words), and where the line ends; nil when the
    /// line is too short or long to be a row, or holds a tab, a comma, a full stop or a label's colon (发布时间：2021-07-20
    /// 　　来源：…　　编辑：… is a page's details).
    static func spacedCells(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (cells: Int, bare: Bool, labelled: Bool, end: Int)? {
        let start = afterSpaces(b, i)
        guard start < b.count, let base = b.baseAddress else { return nil }
        let lineEnd = memchr(base + start, 0x0A, b.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
        // (A sentence's comma or full stop, soon met in most lines, ends the looking.)
        guard lineEnd - start >= 8, lineEnd - start <= 300 else { return nil }
        var (k, cells, blanks, bare, labelled) = (start, 1, 0, false, false)
        var (numeric, digit) = (true, false)  // whether the cell so far is digits and marks only, and holds a digit
        var wide = false  // whether the blanks so far hold an ideographic one
        while k < lineEnd {
            let space = spaceLength(b, k, end: lineEnd)
            if space > 0 {
                (blanks, k, wide) = (blanks + 1, k + space, wide || space == 3)
                continue
            }
            // (基础设施项目　18　　　　44.1: after a long label one ideographic space parts cells too.)
            if blanks >= 2 || blanks == 1 && wide && cells == 1 && !numeric {
                let isNumber = numeric && digit
                if !isNumber, cells <= 2 { labelled = true }  // (its label, first or after a serial number)
                (bare, cells, numeric, digit) = (bare || isNumber && labelled, cells + 1, true, false)
            } else if blanks == 1 {
                numeric = false
            }
            (blanks, wide) = (0, false)
            // ， is EF BC 8C, 。 E3 80 82, ： EF BC 9A; a row's 其中： (E5 85 B6 E4 B8 AD) opens an item of the row above.
            let colon = b[k] == 0x3A || k + 2 < lineEnd && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x9A
            // (…项目　　12.0　　4.5　　主体结顶，设备进场: a comma in a row's last words, after its label and figures, is theirs;
            // not before a figure of its own, 计划年底投产，新增产值20亿元, read as a sentence.)
            if bare, cells >= 3, k + 2 < lineEnd, b[k] == 0xEF, b[k + 1] == 0xBC, b[k + 2] == 0x8C, !b[k..<lineEnd].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                return (cells, bare, labelled, lineEnd)
            }
            if b[k] == 0x09 || colon && !(k >= start + 6 && b[(k - 6)..<k].elementsEqual([0xE5, 0x85, 0xB6, 0xE4, 0xB8, 0xAD]))
                || k + 2 < lineEnd && (b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x8C || b[k] == 0xE3 && b[k + 1] == 0x80 && b[k + 2] == 0x82)
            {
                return nil
            }
            if b[k] >= 0x30 && b[k] <= 0x39 {
                digit = true
            } else if b[k] != 0x2E && b[k] != 0x2D && b[k] != 0x2B && b[k] != 0x25 && b[k] != 0x2C {  // . - + % ,
                numeric = false
            }
            k += 1
        }
        return (cells, bare || numeric && digit && labelled, labelled, lineEnd)
    }

    /// The length in bytes of a space at byte `k`, before `end`: 1 for a space, 3 for an ideographic one (　), else 0.
    /// Where the spaces from byte `i` end.
    static func afterSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var k = i
        while k < b.count, case let space = spaceLength(b, k, end: b.count), space > 0 { k += space }
        return k
    }

    /// The byte where the first line from `i` that is not blank starts: what a line's title looks at below it, one blank
    /// line or more between them or not (a page copied with a blank line between its paragraphs).
    static func afterBlankLines(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var line = i
        while true {
            var k = afterSpaces(b, line)
            if k < b.count, b[k] == 0x0D { k += 1 }
            guard k < b.count, b[k] == 0x0A else { return line }
            line = k + 1
        }
    }

    @inline(__always) static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, end: Int) -> Int {
        b[k] == 0x20 ? 1 : k + 2 < end && b[k] == 0xE3 && b[k + 1] == 0x80 && b[k + 2] == 0x80 ? 3 : 0
    }

    /// Whether a byte leads a Chinese character in UTF-8 (E4–E9, then two more bytes).
    @inline(__always) static func isHanLead(_ byte: UInt8) -> Bool { (0xE4...0xE9).contains(byte) }

    /// Whether the bytes from `start` to `end` are a short label of Chinese characters, spaces and a figure alone
    /// (滑县　8.7, 长垣市　-1.3, 某区　21家): a table's row of two cells.
    static func isLabelAndFigure(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 60 else { return false }
        var k = start, han = 0
        while k < end, isHanLead(b[k]) {
            k += 3
            han += 1
        }
        let spaced = k
        while k < end, case let space = spaceLength(b, k, end: end), space > 0 { k += space }  // (no tab: the line has none)
        guard han >= 2, k > spaced, k < end else { return false }
        if b[k] == UInt8(ascii: "-") { k += 1 }
        var digits = 0
        while k < end, isDigit(Unicode.Scalar(b[k])) || b[k] == UInt8(ascii: ".") && digits > 0 {
            digits += 1
            k += 1
        }
        // (某区　17家, 某县　5.2%: the figure's unit after it, a sign or up to two characters of a unit.)
        if k < end, b[k] == UInt8(ascii: "%") { k += 1 }
        var unit = 0
        while k < end, unit < 2, isHanLead(b[k]), Self.rowUnits.contains(decode(b, k).0) { (k, unit) = (k + 3, unit + 1) }
        while k < end, b[k] == 0x20 || b[k] == 0x0D { k += 1 }
        return digits > 0 && k == end
    }

    /// The characters of a unit after a row's figure (家, 个, 亿元, 万吨): no 年 of a date (发布日期　2025年).
    static let rowUnits = ScalarSet("家个项亿万千百元吨台辆套人户座件".unicodeScalars)

    /// Whether the line at byte `i` opens with a bullet: · (C2 B7), • (E2 80 A2), ・ (E3 83 BB, a Hong Kong summary's) or ．
    /// (EF BC 8E, another's).
    static func opensWithBullet(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 1 < b.count && b[i] == 0xC2 && b[i + 1] == 0xB7
            || i + 2 < b.count && (b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xA2 || b[i] == 0xE3 && b[i + 1] == 0x83 && b[i + 2] == 0xBB
                || b[i] == 0xEF && b[i + 1] == 0xBC && b[i + 2] == 0x8E)
    }

    /// Whether the line at byte `i` opens with a post's mark for a point: a pictograph or a block (📊, ✅, ▌: `Words.postMarks`),
    /// a keycap's digit (1️⃣: the digit, then U+FE0F and U+20E3), one or two digits before a bar (01｜, 2|, 03 |), or a
    /// number with its leading zero before words (01 工业用电…), or a section numbered in brackets (【01 经济总量】).
    static func opensWithPostMark(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        let (first, length) = decode(b, i)
        if Words.postMarks.contains(first) { return true }
        // (【01 经济总量】: a post's section, numbered in its brackets.)
        if first == "【", i + length < b.count, isDigit(Unicode.Scalar(b[i + length])) { return true }
        guard isDigit(first) else { return false }
        var k = i + length
        if k < b.count, isDigit(decode(b, k).0) { k += 1 }
        guard k < b.count else { return false }
        // (01 工业用电快于产值: a point's number with its leading zero, a space and its words.)
        if k == i + 2, first == "0", b[i + 1] != UInt8(ascii: "0"), case let words = afterSpaces(b, k), words > k, words < b.count, isHanLead(b[words]),
            !bars.contains(decode(b, words).0)
        {
            return true
        }
        if b[k] == 0x20, k + 1 < b.count, bars.contains(decode(b, k + 1).0) { k += 1 }  // (01 | 研发投入…)
        let (next, n) = decode(b, k)
        return bars.contains(next) || next == "\u{FE0F}" && k + n < b.count && decode(b, k + n).0 == "\u{20E3}"
    }
    /// Whether the line at byte `i` opens with 【 (E3 80 90 in UTF-8).
    static func opensWithBracket(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x90
    }
    /// Whether a line ends with who or where does what the next line says (全市规模以上工业企业⏎1-9月实现…, 青川县⏎前三季度…,
    /// …新能源汽车产业⏎上半年…): a sentence wrapped, no headline.
    static func endsWithHolder(_ line: [Unicode.Scalar]) -> Bool {
        guard let last = line.last else { return false }
        return DocumentPlace.level(of: last) != nil || last == "业" || FactShape.holderEnds.match(line, endingAt: line.count, start: 0) != nil
            || FactShape.firmNouns.match(line, endingAt: line.count, start: 0) != nil
    }

    /// Whether the line at byte `i` opens with a period of the year so far (前三季度, 上半年, 1-9月, 今年以来), or one of
    /// `among`.
    static func opensWithPeriod(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, among periods: Lexicon<Void> = yearSoFar) -> Bool {
        var words: [Unicode.Scalar] = [], k = i
        while k < b.count, words.count < 5, b[k] != 0x0A {
            let (scalar, length) = decode(b, k)
            words.append(scalar)
            k += length
        }
        if let first = words.first, isDigit(first), let month = words.firstIndex(of: "月") {
            return words[..<month].contains { $0 == "-" || $0 == "—" || $0 == "至" }
        }
        return periods.match(words, at: 0, end: words.count) != nil
    }
    static let yearSoFarWords = ["前三季度", "前三季", "上半年", "一季度", "前两个月", "今年以来", "年初以来", "前2月", "前两月"]
    static let yearSoFar = Lexicon(words: yearSoFarWords)
    /// Periods that open a sentence below a post's figure: the year so far's, and the half to come (下半年, 下半月).
    static let sentencePeriods = Lexicon(words: yearSoFarWords + ["下半"])
    /// The bars after a point's number: 01｜, 2|, 03丨.
    static let bars = ScalarSet(["｜", "|", "丨"])

    /// Whether the line at byte `i` goes on with the figure of the words above it: opens with a figure (197.5亿元, not a
    /// date: 2024年，…) or its change (同比增长8.2%).
    static func goesOnWithFigure(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        if isDigit(Unicode.Scalar(b[i])) {
            var k = i
            while k < b.count, isDigit(Unicode.Scalar(b[k])) || b[k] == 0x2E { k += 1 }
            return k < b.count && !dateMarks.contains(decode(b, k).0)
        }
        var opening: [Unicode.Scalar] = [], k = i
        while opening.count < 3, k < b.count, b[k] != 0x0A {
            let (scalar, length) = decode(b, k)
            opening.append(scalar)
            k += length
        }
        return figureOpenings.match(opening, at: 0, end: opening.count) != nil
    }
    /// Whether the line from `start` to `end` ends with a measure's word (…规上工业总产值).
    static func endsWithMeasure(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        end - start >= 2 && Words.measureWords.match(Array(s[start..<end]), endingAt: end - start, start: 0) != nil
    }

    /// Whether the line at byte `i` is a figure alone whose line below does not say what it measures: the figure of the
    /// post's point above it (📊 规上工业企业研发费用⏎48.62亿元⏎同比增长15.7%), not a card of its own.
    static func isFigureOfLineAbove(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = afterSpaces(b, i), digits = 0
        while k < b.count, b[k] != 0x0A, b[k] != 0x0D {
            let (scalar, length) = decode(b, k)
            if isDigit(scalar) {
                digits += 1
            } else if !(scalar == "." || scalar == "," || scalar == "+" || scalar == "-" || cardUnits.contains(scalar)) {
                return false
            }
            k += length
        }
        guard digits > 0 else { return false }
        if k < b.count, b[k] == 0x0D { k += 1 }
        guard k + 1 < b.count, case let next = afterSpaces(b, k + 1), next < b.count else { return true }
        // (⏎下半年，全镇将…: a sentence of its own; ⏎上半年规上工业产值, the card's words.)
        if opensWithPeriod(b, next, among: sentencePeriods) { return hasSentenceMarks(b, next) }
        guard isHanLead(b[next]), !goesOnWithFigure(b, next) else { return true }
        // (02｜设备更新提速扩面⏎1863个⏎全年实施设备更新项目。: words with no figure below it say what it measures; so do words
        // with their change, ⏎规上工业产值增长7.5%.)
        var words: [Unicode.Scalar] = [], j = next
        while j < b.count, b[j] != 0x0A {
            let (scalar, length) = decode(b, j)
            if isDigit(scalar) {
                guard let (_, n) = Words.directions.match(words, endingAt: words.count, start: 0), words.count - n >= 2 else { return true }
                return false
            }
            if scalar == "，" || scalar == "," { break }
            words.append(scalar)
            j += length
        }
        return false
    }

    /// What after a number makes it a date: 2024年, 6月, 2025-07-18.
    static let dateMarks = ScalarSet("年月日-—/".unicodeScalars)
    /// Words that open a line going on with a figure: its change, or a verb before it.
    static let figureOpenings = Lexicon(words: ["同比", "增长", "下降", "增速", "比上年", "较上年", "比去年", "较去年", "占", "达", "实现", "完成"])

    /// Whether the scalars from `start` to `end` are a figure alone, its sign and unit with it (203.4亿元, 58家, +6.1%):
    /// a post's card, when the words below say what it measures.
    static func isBareFigure(_ s: UnsafeMutableBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, end - start <= 12 else { return false }
        var k = start
        if s[k] == "+" || s[k] == "-" || s[k] == "↑" || s[k] == "↓" { k += 1 }
        let digits = k
        while k < end, isDigit(s[k]) || k > digits && (s[k] == "." || s[k] == ",") { k += 1 }
        guard k > digits, isDigit(s[k - 1]), k < end else { return false }  // (a bare number is a line broken before its unit)
        while k < end, cardUnits.contains(s[k]) { k += 1 }
        return k == end
    }
    /// The characters of a card's unit (亿元, 万吨, 家, %, 平方米).
    static let cardUnits = ScalarSet("%％‰亿万千百元吨台辆套人户座件家个项亩平方米公里千瓦时度".unicodeScalars)
    /// What ends the line above a post's first card: a sentence, a heading's bracket (【数读2024】); not a colon, after
    /// which a list's rows go on (其中：⏎35家⏎企业产值超亿元).
    static let cardOpeners = ScalarSet(["。", "！", "？", "!", "?", "】"])

    /// Whether the line at byte `i` opens with words that can say what a figure above measures: Chinese characters, no
    /// figure and no full stop before the first comma or the line's end (全镇规上工业产值，比上年增长7.5%), not its change
    /// (同比增长…) or a verb before a figure of its own.
    static func opensWithPhrase(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count, isHanLead(b[i]), !goesOnWithFigure(b, i), case let first = decode(b, i).0, !cardUnits.contains(first), first != "的"  // (126⏎个重点项目…)
        else { return false }
        var k = i, count = 0
        while k < b.count, b[k] != 0x0A, b[k] != 0x0D {
            let (scalar, length) = decode(b, k)
            if scalar == "，" || scalar == "," { break }
            if isDigit(scalar) || sentenceEnds.contains(scalar) || scalar == "【" { return false }
            count += 1
            if count > 24 { return false }
            k += length
        }
        return count >= 2
    }

    /// Whether the line at byte `i` opens with two dashes (——2024年工作回顾, ——访…区长): a heading or a subtitle.
    static func opensWithDashes(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // — is E2 80 94.
        i + 5 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x94 && b[i + 3] == 0xE2 && b[i + 4] == 0x80 && b[i + 5] == 0x94
    }

    /// Where the line at byte `i` ends (after its newline) and how many scalars it has, when it is a page's number alone:
    /// — 2 —, - 2 -, ·2·, 第2页, 第2页 共5页, 共5页 第2页, 2/5. A number alone (01, 2) is no page's: a card's figure or a point's.
    static func pageNumberLine(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (end: Int, count: Int)? {
        var k = i, count = 0, digits = 0, marks = 0
        while k < b.count, b[k] != 0x0A {
            let (scalar, length) = decode(b, k)
            switch scalar {
            case "0"..."9": digits += 1
            case "—", "–", "-", "－", "·", "/", "第", "页", "共": marks += 1
            case " ", "　", "\r", "\t": break
            default: return nil
            }
            (k, count) = (k + length, count + 1)
            if count > 16 { return nil }
        }
        guard digits > 0, marks > 0, digits <= 6 else { return nil }
        return k < b.count ? (k + 1, count + 1) : (k, count)
    }

    /// Whether the line at byte `i` opens with a heading's number: 一、, （二）, 3、, 4．.
    static func opensWithHeadingNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        var k = i, numerals = 0
        let bracketed = decode(b, k).0 == "（" || b[k] == 0x28
        if bracketed { k += decode(b, k).1 }
        while numerals < 3, k < b.count, case let (c, length) = decode(b, k), headingNumerals.contains(c) || isDigit(c) {
            k += length
            numerals += 1
        }
        guard numerals > 0, k < b.count else { return false }
        let mark = decode(b, k).0
        // (4.以下金额单位：…, 5.1月1日累计至本期止营业收入：…: a list's item, numbered with a full stop, before words or a month.)
        if !bracketed, mark == ".", k + 1 < b.count {
            var next = k + 1
            while next < b.count, isDigit(decode(b, next).0) { next += 1 }
            if next < b.count, case let after = decode(b, next).0, isCJK(after), next == k + 1 || after == "月" { return true }
        }
        return bracketed ? mark == "）" || mark == ")" : mark == "、" || mark == "．"
    }
    static let headingNumerals = ScalarSet("一二三四五六七八九十".unicodeScalars)

    /// Whether the line written so far (`from` to `to` of `out`) is a heading's or list item's number alone (一、, 1., （一）).
    static func endsHeadingNumber(_ out: UnsafeMutableBufferPointer<Unicode.Scalar>, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 4, "、.．）)".unicodeScalars.contains(out[to - 1]) else { return false }
        return out[from..<(to - 1)].allSatisfy { headingNumerals.contains($0) || isDigit($0) || $0 == "（" || $0 == "(" }
    }

    /// Traditional text in simplified characters, Taiwan's 計畫 and 企畫 (a plan) read as 计划 and 企划, not 计画 (a
    /// painting's 畫): one for one, so that every offset stays.
    static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let folds = TraditionalScript.traditional, table = TraditionalScript.table
        var folded = scalars
        for i in folded.indices {
            // (The table looked up only for a scalar the set holds: most of a traditional text is in neither script's own form.)
            if folds.contains(scalars[i]), let simplified = table[scalars[i].value] { folded[i] = simplified }
            if i > 0, folded[i] == "画", folded[i - 1] == "计" || folded[i - 1] == "企" { folded[i] = "划" }
            // (聯昇半導體: 昇, standard in simplified script too, stays as written in a name; 上昇, 提昇, 攀昇 are 上升….)
            if scalars[i] == "昇", !(i > 0 && "上提攀回飙跃爬".unicodeScalars.contains(folded[i - 1])) { folded[i] = "昇" }
        }
        return folded
    }

    /// 年, 月, 日 and ， in UTF-8.
    private static let yearMark: [UInt8] = [0xE5, 0xB9, 0xB4], monthMark: [UInt8] = [0xE6, 0x9C, 0x88], dayMark: [UInt8] = [0xE6, 0x97, 0xA5]
    private static let fullComma: [UInt8] = [0xEF, 0xBC, 0x8C]

    /// Reads digits and marks from byte `k` of `b`, up to `end`, moving on past what it reads.
    private struct ByteReader {
        let b: UnsafeBufferPointer<UInt8>
        var k: Int
        let end: Int

        /// How many digits, `most` at most, stand at `k`; moves past them.
        mutating func digits(_ most: Int) -> Int {
            let start = k
            while k < end, k - start < most, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            return k - start
        }

        /// Whether `bytes` stand at `k`; moves past them if they do.
        mutating func mark(_ bytes: [UInt8]) -> Bool {
            guard k + bytes.count <= end, bytes.indices.allSatisfy({ b[k + $0] == bytes[$0] }) else { return false }
            k += bytes.count
            return true
        }
    }

    /// The scalar at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always) private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        let (value, length): (UInt32, Int) =
            switch b0 {
            case 0..<0x80: (b0, 1)
            case 0xC0..<0xE0: ((b0 & 0x1F) << 6 | UInt32(b[i + 1]) & 0x3F, 2)
            case 0xE0..<0xF0: ((b0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | UInt32(b[i + 2]) & 0x3F, 3)
            default: ((b0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6 | UInt32(b[i + 3]) & 0x3F, 4)
            }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The original offset of the clean scalar at `i`.
    public func original(_ i: Int) -> Int {
        guard i < scalars.count else { return originalCount }
        let k = run(holding: i)
        return runs[k].original + (i - runs[k].clean)
    }

    /// The index of the run that holds the clean scalar at `i` (`i` within the text).
    private func run(holding i: Int) -> Int {
        var low = 0, high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].clean <= i { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The original offset of the clean scalar at `i`, searching forward from the run `cursor`: a reader that
    /// asks in order of position finds each in a step or two.
    func original(_ i: Int, cursor: inout Int) -> Int {
        guard i < scalars.count, cursor < runs.count, runs[cursor].clean <= i else { return original(i) }
        while cursor + 1 < runs.count, runs[cursor + 1].clean <= i { cursor += 1 }
        return runs[cursor].original + (i - runs[cursor].clean)
    }

    /// The original range of a range of clean scalars.
    public func original(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return original(range.lowerBound)..<original(range.lowerBound) }
        let first = original(range.lowerBound), last = original(range.upperBound - 1)
        return last >= first ? first..<(last + 1) : covered(range)
    }

    /// The original range that holds every scalar of a clean range whose runs are out of order: a card's figure
    /// written after its words (see `init`).
    func covered(_ range: Range<Int>) -> Range<Int> {
        var low = Int.max, high = Int.min
        // (Only the runs the range covers, from the one holding its start: a long text has a run a line.)
        var k = range.lowerBound < scalars.count ? run(holding: range.lowerBound) : runs.count
        while k < runs.count, runs[k].clean < range.upperBound {
            let end = k + 1 < runs.count ? runs[k + 1].clean : scalars.count
            let from = max(runs[k].clean, range.lowerBound), to = min(end, range.upperBound)
            if from < to {
                low = min(low, runs[k].original + (from - runs[k].clean))
                high = max(high, runs[k].original + (to - runs[k].clean))
            }
            k += 1
        }
        return low <= high ? low..<high : original(range.lowerBound)..<original(range.lowerBound)
    }

    /// The text of a range as written.
    public func string(_ range: Range<Int>) -> String {
        Words.text(written[range])
    }
}
