import ZhizaoCore

/// One pass over a cleaned document: sentence by sentence, the periods and figures in it; clause by clause,
/// each figure's subject, metric and direction. Strings are built only for the facts it keeps.
struct FactReader {
    let clean: CleanText
    let s: [Unicode.Scalar]
    let documentYear: Int?
    /// The document's month, for 今年以来.
    let documentMonth: Int?
    /// The document's day, for what holds 目前 (now).
    let documentDay: Int?
    /// The document's date, YYYY-MM-DD (the last day of its month or year when only those are known): no actual is
    /// stated for a period that starts after it.
    let documentDate: String?
    /// The place the document is about, for 全市 and 全区.
    let place: DocumentPlace?
    /// The currency a page in traditional script about Hong Kong or Macau writes in 元 alone (本港…312億元: 港元).
    let localCurrency: Memory.NamedCurrency?
    /// The first period the first line names (洛阳…：上半年全市工业经济稳中有进): what the document reports on.
    let titlePeriod: Period?
    /// The week a weekly report's first lines span (工作周报⏎（2025年6月16日—6月20日）): what 本周 stands for.
    let documentWeek: Period?
    /// The short names the text declares for its firms and zones, by their full names (…有限公司（以下简称“华曜精密”）,
    /// 天津经济技术开发区（泰达）); found once for the document and handed to the readers of its parts.
    let shortNames: [[Unicode.Scalar]: [Unicode.Scalar]]
    /// The firms among them by their short names, each declared by one firm only.
    let firmsByShortName: [[Unicode.Scalar]: [Unicode.Scalar]]
    /// The firm whose registered name a line of the document's head gives alone (an announcement's issuer, above its
    /// title): 公司 and 本集团 stand for it until the text names another.
    let headFirm: [Unicode.Scalar]?
    /// The period of the report the document's head names (…2024年年度业绩预增公告, 2025年半年度报告): 报告期内 is
    /// it, 报告期末 its last day.
    let reportPeriod: Period?
    /// What the text's head and marks say, found once for all its readers (one reference: a reader is copied often).
    let clues: TextClues
    /// The facts read, each once with every statement of it.
    private(set) var tally: FactTally
    var facts: [Fact] { tally.facts }
    /// Where in the clean text's runs the last span was found.
    private var run = 0

    /// Where the sentence being read starts: goals and expectations are marked from their word to its end.
    private var sentenceStart = 0
    /// The measures of the sentence's facts so far: 分别 without a list pairs its figures with the last of them
    /// (新增A6家、B48家，总数分别达到15家和132家).
    private var sentenceMeasures: [[Unicode.Scalar]] = []
    /// The holders of those facts, in the same order: 分别 pairs its figures with them too (第一产业增加值496.2亿元，
    /// 第二产业增加值3291.4亿元，…，分别增长3.8%、7.4%).
    private var sentenceHolders: [[Unicode.Scalar]?] = []
    /// The last change the sentence compared with something, and where its figure ends: the rate right after it of the
    /// same measure is compared with the same (比上年增加59.36亿元，增长10.6%).
    private var lastChange: (measure: [Unicode.Scalar]?, basis: String, end: Int)?
    /// The units of those facts, in the same order.
    private var sentenceUnits: [String] = []
    /// Whether the sentence counted an event (集中开工项目90个): its parts (其中…) count the event too.
    private var sentenceEvents = false
    /// The firm whose officer speaks in the sentence read (某某重工总经理李某介绍，…): 我们 in what is said is the firm.
    private var speakingFirm: [Unicode.Scalar]?
    /// Whether the sentence's last count counted an event: a part of it (其中…) does too, a part of a total (累计…) does not.
    private var lastCountEvent: Bool?
    /// Whether the sentence opens with 其中 alone: its figures, to its full stop, are parts of what the sentence before stated.
    private var partSentence = false
    /// How many facts the sentence stated, and how many of them actuals: a sentence of forecasts alone carries no period
    /// to the sentences after it (…全年经济增长预测维持在2.5%至3.5%。同期，…).
    private var sentenceFacts = (all: 0, actuals: 0)
    /// Where the sentence first says now (截至目前), if it does: the year it names is the year so far.
    private var sentenceNow: Int?
    /// Whether a part of the sentence before ； said now: 截至目前，全市今年已累计签约…；实际使用外资… is the year so far too.
    private var carriedNow = false
    /// A goal or forecast word in the sentence's part before ；: 主要预期目标是：A增长5%；B增长6%.
    private var carriedOutlook: FactKind?
    /// The period the goal or forecast carried through ； is for (今年…预期目标是：…；…).
    private var carriedOutlookPeriod: Period?
    /// Last year, when the sentence spoke of it (去年合并营收…；其中第4季…): its parts after 其中, through ；, are of it.
    private var sentenceYear: Int?
    /// A part of the title's period the sentence's part before ； spoke of (三季报: 第三季度单季营业收入…；归母净利润…): it
    /// holds to the full stop, not after it.
    private var carriedPart: Period?
    /// The firms a sentence's frame counts among (新增“小升规”企业中，…): what a part's count measures when it names none.
    private var amongFirms: [Unicode.Scalar]?
    /// The label of the row below a table's head being read: what its figures measure, or the place they are of.
    private var rowLabel: (measure: [Unicode.Scalar], holder: [Unicode.Scalar]?) = ([], nil)
    /// The last subject stated in the sentence: it holds for clauses that give none.
    private var subject: [Unicode.Scalar]?
    /// The sentence's holder and industry before a row's label named an industry (先进制造业增加值：同比增长6.2%；): the
    /// next row whose label names no industry (固定资产投资：同比下降3.4%) returns to them.
    private var heldAboveLabel: (holder: [Unicode.Scalar]?, industry: [Unicode.Scalar]?, measured: ArraySlice<Unicode.Scalar>?)?
    /// The last holder written in the sentence: it holds for figures whose words name none (民营企业增长8.7%).
    private var holder: [Unicode.Scalar]?
    /// The industry last written in the sentence (全市汽车产业规模约5000亿元): it holds later figures of its own things
    /// (汽车产量约300万辆, 相关企业逾1000家, 其中规模以上企业312家).
    private var industry: [Unicode.Scalar]?
    /// The metric words after the sentence's last 分别 list (手机、平板电脑和智能手表产量): its items' measure.
    private var listedMetric: [Unicode.Scalar]?
    /// What follows a list's count of places (黄埔、南沙、花都三区规上工业增加值): the measure's words.
    private var listTail: [Unicode.Scalar] = []
    /// The place written before the sentence's last 分别 list (全市手机、…): the holder of products listed.
    private var listPlace: [Unicode.Scalar]?
    /// The last 分别 list of the sentence: a later 分别 without one pairs with it.
    private var listed: [[Unicode.Scalar]]?
    /// The periods the sentence's last 分别 paired its figures with (预计2025-2027年…分别为…): a later 分别 pairs with them.
    private var listedPeriods: [Period]?
    private var periods: [PeriodMention] = []
    private var quantities: [QuantityMention] = []

    /// What the reader remembers past a full stop. Every other field that changes as it reads holds within a sentence
    /// (from `sentenceStart` to here: reset at each full stop in `read(from:through:)`, or made anew for each
    /// sentence), a cache of a sentence's words (`outlookMarks`), or says where it is (`run`, `checkpoints`): a new
    /// one must be one of those, or go into `Memory` (ParallelReadingTests lists them).
    private(set) var memory = Memory()

    /// What a reader carries past a full stop. Two readers at the same full stop with equal memories read the rest of
    /// the text alike: `ParallelReading` splices a reader of a later part in where they agree.
    struct Memory: Equatable {
        /// The last measure stated: a change that names none is a change of it (产值2156亿元，同比增长8.2%).
        var lastMeasure: [Unicode.Scalar]?
        /// The unit and direction of the last figure stated.
        var lastStated: Stated?
        /// The last period stated: it holds for sentences that give none.
        var carried: Period?
        /// The firm, the project, the park and the cluster the text last named: 公司, 该项目, 园区 and 该集群 stand for
        /// them; the project, park, cluster and zone for `namedSpan` sentences after they were named or last stood for (a
        /// thing named long before is no longer what the text speaks of, and held on, it would keep a long text's
        /// parallel readers from agreeing until the next was named).
        var namedFirm: [Unicode.Scalar]? {
            didSet { if let firm = namedFirm, FactShape.registeredFirmEnd(firm) != nil { noteRegistered(firm) } }
        }
        /// Remembers `firm` as the latest registered one: named by its registered name, or by one written with its
        /// stock code (`TextClues.listedFirms`).
        mutating func noteRegistered(_ firm: [Unicode.Scalar]) {
            sentencesSince.firm = 0
            registeredFirms.removeAll { $0 == firm }
            registeredFirms.insert(firm, at: 0)
            if registeredFirms.count > FactReader.firmsKept { registeredFirms.removeLast() }
        }
        /// The last registered names the text named, latest first, at most `firmsKept`, until `namedSpan` sentences
        /// after the last was named: a short name written inside one is that firm (某某电源 after 某某电源股份有限公司,
        /// a plant named between), and a figure no holder is written for is the latest's.
        private(set) var registeredFirms: [[Unicode.Scalar]] = []
        var namedProject: [Unicode.Scalar]? { didSet { sentencesSince.project = 0 } }
        var namedPark: [Unicode.Scalar]? { didSet { sentencesSince.park = 0 } }
        var namedCluster: [Unicode.Scalar]? { didSet { sentencesSince.cluster = 0 } }
        /// The zone the text last named (襄阳高新区): 高新区 alone stands for it, whatever parks were named since.
        var namedZone: [Unicode.Scalar]? { didSet { sentencesSince.zone = 0 } }
        /// The person a firm's officer was named as (某某重汽总经理白建军介绍): a quote they are said to say later by their
        /// name alone (“…我们…”白建军说) is the firm's.
        var spokesperson: Spokesperson? { didSet { sentencesSince.spokesperson = 0 } }
        struct Spokesperson: Equatable {
            var name: [Unicode.Scalar], firm: [Unicode.Scalar]
        }
        var sentencesSince = NamedAges()
        struct NamedAges: Equatable {
            var project = 0, park = 0, cluster = 0, zone = 0, firm = 0, spokesperson = 0
            /// Sentences since an event's count was stated (`lastEvent`).
            var event = 0
        }

        /// One sentence more since the project, park, cluster, zone and registered firms were named; each named
        /// `namedSpan` sentences ago is forgotten.
        mutating func ageNamedThings() {
            if namedProject != nil { sentencesSince.project += 1 }
            if namedPark != nil { sentencesSince.park += 1 }
            if namedCluster != nil { sentencesSince.cluster += 1 }
            if namedZone != nil { sentencesSince.zone += 1 }
            if spokesperson != nil { sentencesSince.spokesperson += 1 }
            if !registeredFirms.isEmpty { sentencesSince.firm += 1 }
            if lastEvent != nil, sentencesSince.event <= FactReader.namedSpan { sentencesSince.event += 1 }
            if sentencesSince.project > FactReader.namedSpan { namedProject = nil }
            if sentencesSince.park > FactReader.namedSpan { namedPark = nil }
            if sentencesSince.cluster > FactReader.namedSpan { namedCluster = nil }
            if sentencesSince.zone > FactReader.namedSpan { namedZone = nil }
            if sentencesSince.spokesperson > FactReader.namedSpan { (spokesperson, sentencesSince.spokesperson) = (nil, 0) }
            if sentencesSince.firm > FactReader.namedSpan { (registeredFirms, sentencesSince.firm) = ([], 0) }
        }
        /// The fair the text last named (第八届…博览会): 本届博览会 stands for it, for `eventSpan` sentences after it was
        /// named or last stood for (a fair is written of in one story; held on, it would keep a long text's parallel
        /// readers from agreeing until the next fair).
        var namedEvent: [Unicode.Scalar]?, sentencesSinceEvent = 0
        /// The place whose promotion, signing or groundbreaking meeting the text named last (如皋市在上海举办…招商推介会):
        /// 本次推介会 stands for it, as 本届博览会 stands for a fair, for `eventSpan` sentences after it was named or stood
        /// for; the sentence right after it, by 现场 or 此次 alone (`sentencesSinceMeeting` 1).
        var namedMeeting: [Unicode.Scalar]?, sentencesSinceMeeting = 0
        /// The day the fair or meeting the text last named was held on: a sentence that opens with what stands for it
        /// (本次推介会共签约项目18个) is of that day, whatever year was written between.
        var eventDay: Period?
        /// The day the last sentence that opened with one was on, and the sentences read since (2月13日，…大会召开。…
        /// 会上，27家企业受表彰: what was done at the meeting is of its day).
        var openedOn: Period?, sentencesSinceOpened = 0
        /// Notes `day` as the named fair's or meeting's day, when the text names one.
        mutating func noteEventDay(_ day: Period) {
            if namedEvent != nil || namedMeeting != nil { eventDay = day }
        }
        /// The last count of an event and its unit (41家企业入选 → 入选企业数, 家): the event written alone later
        /// (温岭市入选9家) counts the same things.
        var lastEvent: Counted?
        /// The events counted before `lastEvent`, latest first, at most `eventsKept`: an event written alone
        /// (青岛市入选312家) after others were counted since its own (…另有企业参加复核、通过复核) counts what it did, within
        /// two sentences of the last event and when no count but a running total was stated since.
        var earlierEvents: [Counted] = []
        /// The last level counted in things, and its unit (全市共有A股上市公司68家 → A股上市公司数, 家): a row of a place
        /// alone on its line after amounts (思明区　19家) counts them.
        var lastCount: Counted?
        /// The last count of an event stated whole, not as a part after 其中 (全省共有100家企业入选, not 其中新入选27家):
        /// places a sentence breaks it down by (分省辖市看，郑州市26家) count it.
        var wholeEvent: Counted?
        /// Whether the lines read since a line that breaks a list down by places and ends with its colon (分区县看：,
        /// 获评企业按区县分布如下：) are its rows (吴兴区　12家), as the places of one sentence would be.
        var placeRows = false
        /// The measure of the last growth rate read: an industry's growth that names none grows in it, whatever was
        /// counted or stated as a rate between (制造业增长7.9%。…有27个行业保持增长，增长面为71.1%。其中，汽车制造业增长9.8%).
        var lastGrowth: [Unicode.Scalar]?
        /// The holder of the last figure read: a figure no holder is written for goes on with a firm that held it
        /// (…营业收入…。配息率约65%), not with one named among a place's figures.
        var lastHolder: [Unicode.Scalar]?
        /// Whether the sentence before counted an event (签约项目52个): a sentence opening with 其中 counts its parts.
        var eventsBefore = false
        /// The firm whose officer spoke in the sentence before, when a quote opens the next or goes on into it with no one
        /// else said to say it (某某电驱总经理韩某介绍，…。“去年我们…。今年…”): 我们 in it is the firm.
        var quotingFirm: [Unicode.Scalar]?
        /// The last share read: a change of it in 个百分点 is a change of the whole share (占规上工业比重提高0.9个百分点).
        var lastShare: Share?
        /// The currency other than the yuan the text last named (新台币), in traditional script: a bare 元 after it is
        /// of it.
        var namedCurrency: NamedCurrency?
        /// The list published on a day the text named last (2025电子信息百强榜单): the ranks on it are of the period it
        /// names, the counts of it (上榜52家) of the day, through sentences of the earlier year its accounts are of
        /// (本届榜单以各企业2024年营业收入为依据), for `eventSpan` sentences at most.
        var list: PublishedList?
        /// The last year the text wrote out (2022年).
        var writtenYear: Int?
        /// The goal or forecast a section heading announced (二、主要预期目标), and the period it named.
        var sectionOutlook: FactKind?
        var sectionPeriod: Period?
        /// Whether that heading's paragraph went on from it on its line (（一）主要目标。…): a heading like it ends its section.
        var sectionInline = false
        /// The measure a numbered heading names (一、规上工业增加值增速): the section's figures that name none are of it.
        /// Its figures in % are growth rates when the heading names the growth alone (`sectionRates`).
        var sectionMeasure: [Unicode.Scalar]?
        var sectionRates = false
        /// The units a table declared for the bare figures of its rows (（单位：亿元，%）), until a note (注：) or
        /// another declaration.
        var declaredUnits: DeclaredUnits?
        /// The columns a table's head row named (项目⇥本报告期⇥本报告期比上年同期增减), for the rows below it, until a line
        /// with no tab.
        var tableHead: TableHead?

        struct Counted: Equatable {
            var measure: [Unicode.Scalar]
            var unit: String
            var value: Double
            /// When it was counted, once the fact is made.
            var period: Period? = nil
            /// Whose count it is, once the fact is made (kept for a list's whole count: `wholeEvent`).
            var holder: [Unicode.Scalar]? = nil
            /// Whether it is a running total (累计达到412家; kept for `lastCount`).
            var runningTotal = false
        }

        struct PublishedList: Equatable {
            var period: Period, day: Period, sentences = 0
        }

        struct Stated: Equatable {
            var unit: String
            var direction: String?
        }

        struct NamedCurrency: Equatable {
            var unit: String
            var id: Int
        }

        struct Share: Equatable {
            var measure: [Unicode.Scalar]
            var whole: [Unicode.Scalar]
        }
    }
    /// The sentence's outlook words and deadline, found once for all its figures.
    private let outlookMarks = OutlookMarks()

    /// Scalars a period or a figure can start with; the rest of the text is passed over.
    private let triggers: ScalarSet
    static let baseTriggers = ScalarSet(PeriodScanner.startScalars + QuantityScanner.startScalars + ["首"])
    /// …and in a firm's own announcement or report, the words of its period and day (报告期内, 年内, 本公告日期).
    static let reportTriggers = {
        var triggers = baseTriggers
        triggers.formUnion(ScalarSet("报本年期公上".unicodeScalars))
        return triggers
    }()
    private let sentenceEnds = Words.sentenceEnds, clauseEnds = Words.clauseEnds

    /// A reader of `clean`; one that `keepsEveryStatement` (a reader of a later part, `ParallelReading`) also notes
    /// its memory at every full stop in `checkpoints`. `clues`, when given, are the text's, found once (`fresh`).
    init(
        _ clean: CleanText, documentYear: Int?, documentMonth: Int? = nil, documentDay: Int? = nil, place: DocumentPlace? = nil,
        keepsEveryStatement: Bool = false, shortNames: [[Unicode.Scalar]: [Unicode.Scalar]]? = nil, headFirm: [Unicode.Scalar]? = nil,
        reportPeriod: Period? = nil, clues: TextClues? = nil
    ) {
        self.clean = clean
        self.s = clean.scalars
        self.documentYear = documentYear
        self.documentMonth = documentMonth
        self.documentDay = documentDay
        self.documentDate = documentYear.map { year in
            let month = documentMonth ?? 12
            return PeriodScanner.isoDate(year, month, documentDay ?? Period.lastDay(year: year, month: month))
        }
        let shortNames = shortNames ?? FactShape.declaredShortNames(in: clean.scalars)
        var place = place
        place?.declaredShortNames = Set(shortNames.values)
        self.place = place
        self.localCurrency = clean.isTraditional ? Self.localCurrency(in: clean.scalars) : nil
        let s = clean.scalars, line = s.prefix(80).firstIndex(of: "\n") ?? min(s.count, 80)
        self.titlePeriod = (0..<line).lazy.compactMap {
            PeriodScanner.mention(s, at: $0, end: line, documentYear: documentYear, documentMonth: documentMonth, documentDay: documentDay)?.period
        }.first
        self.documentWeek = Self.week(in: s, documentYear: documentYear)
        self.shortNames = shortNames
        self.firmsByShortName = Self.firms(byShortName: self.shortNames)
        self.headFirm = headFirm
        self.reportPeriod = reportPeriod
        self.clues = clues ?? TextClues(s, titleEnd: line, reportPeriod: reportPeriod)
        self.triggers = reportPeriod != nil || headFirm != nil ? Self.reportTriggers : Self.baseTriggers
        self.tally = FactTally(keepsEveryStatement: keepsEveryStatement)
        self.checkpoints = keepsEveryStatement ? [] : nil
    }

    /// The run of two to seven days the first three lines of `s` name, if they name one: a week's report's span.
    static func week(in s: [Unicode.Scalar], documentYear: Int?) -> Period? {
        var lines = 0, i = 0
        while i < min(s.count, 160), lines < 3 {
            if s[i] == "\n" { lines += 1 }
            if let found = PeriodScanner.mention(s, at: i, end: min(s.count, 160), documentYear: documentYear) {
                if let start = found.period.start.flatMap(dayOfYear), let end = found.period.end.flatMap(dayOfYear), start.year == end.year,
                    (1...6).contains(end.day - start.day)
                {
                    return found.period
                }
                i = found.span.upperBound
            } else {
                i += 1
            }
        }
        return nil
    }
    /// The words for a weekly report's week (`documentWeek`).
    static let weekWords = Lexicon(words: ["本周", "本周内"])

    /// The year of an ISO date and its day in that year.
    private static func dayOfYear(_ date: String) -> (year: Int, day: Int)? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return (parts[0], (1..<parts[1]).reduce(parts[2]) { $0 + Period.lastDay(year: parts[0], month: $1) })
    }

    /// The registered name of a firm that one of the first lines of `s` (the document's head as written, its lines
    /// not yet joined) holds alone, its punctuation aside (成都某某航空科技股份有限公司⏎2024年年度业绩预增公告,
    /// 某某國際控股有限公司⏎（於…註冊成立之有限公司）).
    static func headFirm(in s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var start = 0
        for _ in 0..<4 where start < min(s.count, 300) {
            let end = s[start...].prefix(80).firstIndex(of: "\n") ?? min(s.count, start + 80)
            let line = s[start..<end].filter { !Words.punctuation.contains($0) && !$0.properties.isWhitespace }
            // (发布单位：某某建设集团有限公司: who published the page is no issuer.)
            if line.count > 4, line.count <= 30, Words.pageLabels.match(line, at: 0, end: line.count) == nil, let firm = FactShape.firmName(in: line), firm.count == line.count, FactShape.registeredFirmEnd(firm) != nil {
                return firm
            }
            start = end + 1
        }
        return nil
    }

    /// The period of the first report `s` (the document's head) names: a period written right before a report's
    /// name (2024年年度报告, 2025年半年度业绩预告, 2024年年度业绩预增公告).
    /// (The name may stand on the line below the period, in an announcement whose issuer heads it: `issued`.)
    static func reportPeriod(in s: [Unicode.Scalar], documentYear: Int?, documentMonth: Int?, issued: Bool = false) -> Period? {
        var i = 0
        while i < s.count {
            guard let period = PeriodScanner.mention(s, at: i, end: s.count, documentYear: documentYear, documentMonth: documentMonth) else {
                i += 1
                continue
            }
            // (某某全年业绩胜预期, a title in March: the year is the one the report names below, not the document's.)
            if period.writtenYear == nil, s[period.span].elementsEqual("全年".unicodeScalars) {
                i = period.span.upperBound
                continue
            }
            var k = period.span.upperBound
            if k < s.count, s[k] == "之" || s[k] == "的" { k += 1 }
            if issued { while k < s.count, s[k] == "\r" || s[k] == "\n" { k += 1 } }  // (…止年度⏎全年业绩公告: the name on the line below)
            k += reportSpans.match(s, at: k, end: s.count)?.length ?? 0
            // (2025年半年报: the report's name is the period's own word.)
            if period.period.asOf == nil, reports.match(s, at: k, end: s.count) != nil || s[period.span.upperBound - 1] == "报" {
                // (2025年第三季度报告: a firm's report runs from its year's start, as 三季报 does; a year to 31 March, from April.)
                guard let year = period.period.endYear, let start = period.period.start, start.hasPrefix("\(year)"), let end = period.period.end else {
                    return period.period
                }
                return Period(start: PeriodScanner.isoDate(year, 1, 1), end: end)
            }
            i = period.span.upperBound
        }
        return nil
    }

    /// The names of a firm's reports, written after the period they cover.
    static let reports = Lexicon(words: [
        "年度报告", "年报", "半年度报告", "半年报", "季度报告", "季报", "报告", "合并财务报告", "财务报告", "业绩预告", "业绩快报", "业绩预增公告", "业绩预减公告", "业绩公告", "业绩", "财报",
    ])
    /// The day of the announcement itself (于本公告日期).
    static let announcementDays = Lexicon(words: ["本公告日期", "公告日期", "本公告之日"])
    /// How much of the year a report's name says it covers, between its period and its name (…止年度之全年业绩公告).
    static let reportSpans = Lexicon(words: ["全年", "年度", "全年度", "中期", "半年度"])
    /// 报告期内, 报告期末: the report's period, its last day.
    static let reportPeriodWords = Lexicon<Bool>([
        ("报告期内", false), ("报告期", false), ("本报告期", false), ("报告期末", true), ("本报告期末", true), ("本期止", true), ("期末", true),
    ])
    /// The report's period a year before, as a firm's report names it opening a clause or a heading: 上年同期.
    static let priorReportWords = Lexicon(words: ["上年同期"])
    /// What joins a day to the report's last one: 1月1日累计至本期止.
    static let toWords = Lexicon(words: ["至", "累计至", "起至"])
    /// 年内, 期内 and 本期间内 in a Hong Kong report (in traditional script, or named by the day its months end): its period.
    static let hongKongPeriodWords = Lexicon<Bool>([("年内", false), ("期内", false), ("本期间内", false), ("本期间", false)])

    /// Whether 年初至 is written right before `i` (年初至报告期末).
    static func fromYearStart(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        i >= 3 && s[i - 3] == "年" && s[i - 2] == "初" && s[i - 1] == "至"
    }

    /// Firms by the short names declared for them; a short name two firms declare (公司) names neither.
    static func firms(byShortName names: [[Unicode.Scalar]: [Unicode.Scalar]]) -> [[Unicode.Scalar]: [Unicode.Scalar]] {
        var firms: [[Unicode.Scalar]: [Unicode.Scalar]?] = [:]
        for (full, short) in names where FactShape.firmName(in: full) != nil { firms[short] = firms[short] == nil ? full : .some(nil) }
        return firms.compactMapValues { $0 }
    }

    /// A reader of the same text and document as this one, from nothing read.
    func fresh(keepingEveryStatement: Bool) -> FactReader {
        FactReader(
            clean, documentYear: documentYear, documentMonth: documentMonth, documentDay: documentDay, place: place,
            keepsEveryStatement: keepingEveryStatement, shortNames: shortNames, headFirm: headFirm,
            reportPeriod: reportPeriod, clues: clues)
    }

    /// Where a reader's memory stood at a full stop: the position after it, and how many statements it had made.
    struct Checkpoint {
        var position: Int
        var memory: Memory
        var statements: Int
    }

    /// The memory at each full stop read within `checkpointSpan` of where the reader started, when it keeps them.
    private(set) var checkpoints: [Checkpoint]?

    /// How far into its part a part's reader notes its memory: the reader of the text before agrees with it within a
    /// few thousand scalars on the texts met so far, or else reads the rest of the part itself.
    static let checkpointSpan = 1 << 16

    mutating func read() { _ = read(from: 0, through: s.count) }

    /// Reads the sentences from `first`, the start of the text or the position after a full stop (a sentence's end
    /// other than ；, or a bullet's dash), up to the first full stop that ends at or after `limit`; returns the position
    /// after it (the text's length at its end).
    mutating func read(from first: Int, through limit: Int) -> Int {
        var start = first
        // Room for a fact every 32 scalars, to the text's end for the reader of its start: it takes in the later parts' facts.
        tally.reserve(((first == 0 ? s.count : limit) - first) / 32)
        checkpoints?.append(Checkpoint(position: first, memory: memory, statements: tally.statementCount))
        for i in first...s.count where i == s.count || sentenceEnds.contains(s[i]) || isBullet(i) {
            // (…；⏎▶ 新增…, 主要指标：▶营业收入…: an item the text before goes on to, read as after ；.)
            let carriedBullet = i < s.count && bulletCarriesOn(i)
            if carriedBullet && i == start {
                start = i + 1
                continue
            }
            // 区长：今年1-8月，…: the speaker's label says who speaks, not what the figures are of.
            if i > start, let after = FactShape.interviewLabelEnd(s, at: start, end: i) { start = after }
            let read = i > start
            if read {
                sentence(start..<i)
                if let day = openingDay() {
                    (memory.openedOn, memory.sentencesSinceOpened) = (day, 0)
                } else if memory.openedOn != nil {
                    memory.sentencesSinceOpened += 1
                    if memory.sentencesSinceOpened > Self.meetingSpan { (memory.openedOn, memory.sentencesSinceOpened) = (nil, 0) }  // (forgotten: parts agree)
                }
            }
            listed = nil
            start = i + 1
            // A subject holds across ；, as in 营业收入…增长6.1%；利润总额…下降2.7%, but not past a full stop; so does
            // what a line ending in a colon says of the list on the lines below it (目标是：⏎1. …；⏎2. …；), and a line
            // break after ； ends nothing.
            let carries = i < s.count && (carriesOn(i) || carriedBullet)
            if carries, !read { continue }
            if i < s.count, s[i] == "；" || s[i] == ";" || carries {
                if read {
                    carriedNow = carriedNow || sentenceNow != nil
                    carriedOutlook = outlook(before: i)
                    if carriedOutlook == .forecast, outlookMarks.isCompletion(before: i, in: s) { carriedOutlook = nil }
                    if carriedOutlook != nil, let last = periods.last(where: { !Self.isBase($0, in: s) }) { carriedOutlookPeriod = last.period }
                }
                continue
            }
            memory.eventsBefore = sentenceEvents
            (subject, holder, industry, carriedOutlook, carriedOutlookPeriod, sentenceEvents, carriedNow, sentenceYear) = (nil, nil, nil, nil, nil, false, false, nil)
            heldAboveLabel = nil
            // (某某电驱总经理韩某介绍，…。“去年我们…。今年…”: the officer's words quoted after the sentence naming them are the
            // firm's, unless someone else is said to say them: …”区长王某说.)
            // (No closure calls a method of the reader here: one that does copies the whole reader.)
            memory.quotingFirm = nil
            if let firm = speakingFirm, let speaker = quoteSpeaker(at: i + 1), speaker.isEmpty || quotedFirm(saying: speaker) != nil {
                memory.quotingFirm = firm
            }
            speakingFirm = nil
            lastCountEvent = nil
            partSentence = false
            (carriedPart, amongFirms) = (nil, nil)
            (listedMetric, listTail, listPlace, listedPeriods) = (nil, [], nil, nil)
            sentenceMeasures.removeAll(keepingCapacity: true)
            lastChange = nil
            sentenceUnits.removeAll(keepingCapacity: true)
            sentenceHolders.removeAll(keepingCapacity: true)
            if start >= limit || i == s.count { return min(start, s.count) }
            if start - first < Self.checkpointSpan { checkpoints?.append(Checkpoint(position: start, memory: memory, statements: tally.statementCount)) }
        }
        return s.count
    }

    /// The position after the first full stop at or after `position` (not ；, which a sentence's subject holds
    /// across), or the text's length.
    func fullStop(from position: Int) -> Int {
        var i = position
        while i < s.count, !(sentenceEnds.contains(s[i]) && s[i] != "；" && s[i] != ";" && !carriesOn(i) && !bulletCarriesOn(i) || isBullet(i)) { i += 1 }
        return min(i + 1, s.count)
    }

    /// Whether the line break at `i` ends nothing: it follows ； or a colon (目标是：⏎1. …；⏎2. …), whose sentence goes on.
    private func carriesOn(_ i: Int) -> Bool {
        s[i] == "\n" && i > 0 && "；;：:".unicodeScalars.contains(s[i - 1])
    }

    /// Takes over from `part`, a reader of the text after the one this reader has read, at `checkpoint`, where this
    /// reader stands with the same memory: the part's statements from there on, its memory and its place.
    mutating func take(_ part: FactReader, from checkpoint: Checkpoint) {
        tally.add(part.tally, from: checkpoint.statements) { Self.fact(of: $0, clean: clean, place: place) }
        memory = part.memory
        run = max(run, part.run)
        partsTaken += 1
    }

    /// How many parts this reader took from readers of later parts.
    private(set) var partsTaken = 0

    /// Whether the bullet mark at `i` opens an item the text before goes on to (…；⏎▶ 新增入驻企业12家, 主要指标：▶营业收入…；
    /// ▶税收…), and so ends nothing.
    private func bulletCarriesOn(_ i: Int) -> Bool {
        i > 0 && Words.bulletMarks.contains(s[i]) && (carriesOn(i - 1) || "；;：:".unicodeScalars.contains(s[i - 1]))
    }

    /// A dash written after a space and before words, as bulleted notes separate their points: … [2][6] - 恒瑞医药….
    private func isBullet(_ i: Int) -> Bool {
        s[i] == "-" && i > 0 && s[i - 1] == " " && (i + 1 == s.count || ChineseNumeral.arabic(s[i + 1]) == nil)
    }

    private mutating func sentence(_ range: Range<Int>) {
        let s = self.s  // (a local, for the closures below: see `facts(of:_:)`)
        periods.removeAll(keepingCapacity: true)
        quantities.removeAll(keepingCapacity: true)
        sentenceStart = range.lowerBound
        // (…签约项目52个…。其中，合同类项目33个，合同金额…: a sentence opening with 其中 alone goes on with the holder of
        // the figures before it.)
        // (…项目总投资320亿元；其中，工业项目26个: after ； too, the parts of what the figure before counted.)
        if let (_, n) = Words.subsets.match(s, at: range.lowerBound, end: range.upperBound), range.lowerBound + n < range.upperBound,
            Words.punctuation.contains(s[range.lowerBound + n])
        {
            (partSentence, holder) = (true, memory.lastHolder)
        } else if memory.lastEvent != nil, memory.sentencesSince.event <= 2, breakdownOpening(at: range.lowerBound, before: range.upperBound) == .byKind {
            // (…开工项目58个。从项目类别看，产业项目37个: the kinds of what the event counted are its
            // parts, as after 其中, counted on its day; after places broke the list's whole count down (分县区看：…柳城县8个。
            // 从产业分布看，…), of the whole's holder, not the last place's.)
            var whole: [Unicode.Scalar]?
            if let counted = memory.wholeEvent, counted.measure == memory.lastEvent?.measure { whole = counted.holder }
            (partSentence, holder, sentenceEvents) = (true, whole ?? memory.lastHolder, memory.lastEvent?.period.map { $0.asOf == nil } ?? false)
        }
        if headsPlaceRows(range) {
            memory.placeRows = true
        } else if memory.placeRows, !mayBePlaceRow(range) {
            memory.placeRows = false
        }
        if memory.namedMeeting != nil {
            memory.sentencesSinceMeeting += 1
            if memory.sentencesSinceMeeting > Self.eventSpan { (memory.namedMeeting, memory.sentencesSinceMeeting) = (nil, 0) }
        }
        if memory.namedEvent != nil {
            memory.sentencesSinceEvent += 1
            if memory.sentencesSinceEvent > Self.eventSpan { (memory.namedEvent, memory.sentencesSinceEvent) = (nil, 0) }
        }
        if memory.namedEvent == nil, memory.namedMeeting == nil { memory.eventDay = nil }
        // What a sentence opening with its day (4月9日，…公布…评审结果，全省共有9家组织获得…) is followed by:
        if let day = memory.openedOn {
            if FactShape.onThatDay.match(s, at: range.lowerBound, end: range.upperBound) != nil {
                memory.carried = day  // (会上，27家企业受表彰; 上市首日，…开盘报42.5元: of the meeting's or the listing's day)
            } else if range.count > 2, Words.soFar.match(s, at: range.lowerBound, end: range.upperBound) != nil, let end = day.end {
                carriedPart = .asOf(end)  // (至此，某州市累计有21家…: a total as of that day, in its sentence only)
            } else if memory.sentencesSinceOpened == 0, memory.carried == nil, Words.subsets.match(s, at: range.lowerBound, end: range.upperBound) != nil {
                memory.carried = day  // (其中，某州市有3家企业获奖: a part of that day's count)
            }
        }
        if let day = memory.eventDay, let (_, n) = FactShape.genericEvents.match(s, at: range.lowerBound, end: range.upperBound),
            event(standingFor: Array(s[range.lowerBound..<(range.lowerBound + n)])) != nil
        {
            // (…本届博览会于6月10日至12日举办: its days written bare are of its year, whatever year was written between.)
            memory.carried = day
            if let year = day.endYear { memory.writtenYear = year }
        }
        if var list = memory.list {
            list.sentences += 1
            memory.list = list.sentences > Self.eventSpan ? nil : list
        }
        memory.ageNamedThings()
        if let firm = memory.quotingFirm { (speakingFirm, memory.quotingFirm) = (firm, nil) }
        // (“上半年我们销售叉车…。”某某重工总经理李某说: what a firm's officer says in quotes, before who says it, is the firm's.)
        if let speaker = quoteSpeaker(at: range.lowerBound), let firm = quotedFirm(saying: speaker) {
            (speakingFirm, memory.namedFirm) = (firm, firm)
            // (…”某某泵业总经理周某说。“…”周某说: the officer, by name, for the quotes after.)
            if let person = FactShape.officerName(speaker) { memory.spokesperson = Memory.Spokesperson(name: person, firm: firm) }
        }
        // 注：增速按可比价格计算: a note below a table ends it.
        if memory.declaredUnits != nil, Words.tableNotes.match(s, at: range.lowerBound, end: range.upperBound) != nil { memory.declaredUnits = nil }
        let tabbed = clean.hasTabs && s[range].contains("\t")
        if !tabbed { memory.tableHead = nil }
        if tabbed, let head = memory.tableHead { readRow(range, under: head) }
        // 项目⇥本报告期⇥本报告期比上年同期增减: a table's head, what its columns' figures are.
        // (The closure holds copies of what it reads: one that held the reader would take its address, or copy the whole
        // reader, and every later call of a method of the reader would retain the whole reader.)
        let dated = (year: documentYear, month: documentMonth, day: documentDay, parts: memory.writtenYear)
        let head = tabbed && quantities.isEmpty ? TableHead.read(
                s, range, report: reportPeriod ?? memory.carried, unitsDeclared: memory.declaredUnits != nil, period: { [s] in
                    Self.firstPeriodMention(in: s, $0, documentYear: dated.year, partsYear: dated.parts, documentMonth: dated.month, documentDay: dated.day)
                }) : nil
        if var head {
            head.holder = hasCaption(before: range) ? captionPlace(before: range) : nil
            memory.tableHead = head
        }
        sentenceFacts = (0, 0)
        sentenceNow = carriedNow ? range.lowerBound : nil
        // Parts of a year written without one (全年, 1-10月份) take the last year the text wrote out (2021年，…全年),
        // else the document's date.
        var partsYear: Int? = memory.writtenYear
        var yearWritten = false  // whether the sentence wrote a year out before the position read
        var i = quantities.isEmpty && head == nil ? range.lowerBound : range.upperBound  // (a table's row: read)
        while i < range.upperBound {
            if !triggers.contains(s[i]) {
                i += 1
            } else if ChineseNumeral.isNumeral(s[i]), let (_, n) = Gazetteer.match(s, at: i, end: range.upperBound) {
                i += n  // 三河市, 六盘水市: a place whose name opens with a numeral counts nothing
            } else if s[i] == "本" || s[i] == "公", headFirm != nil, let date = documentDate, let (_, n) = Self.announcementDays.match(s, at: i, end: range.upperBound) {
                // 于本公告日期，…: as of the day the document is dated; 一月一日至本公告日期, from a day to it.
                if let last = periods.last, last.day, last.span.upperBound + 1 == i, s[i - 1] == "至", let start = last.period.start {
                    periods[periods.count - 1] = PeriodMention(period: Period(start: start, end: date), span: last.span.lowerBound..<(i + n))
                } else {
                    periods.append(PeriodMention(period: .asOf(date), span: i..<(i + n)))
                }
                i += n
            } else if s[i] == "本", let week = documentWeek, let (_, n) = Self.weekWords.match(s, at: i, end: range.upperBound) {
                periods.append(PeriodMention(period: week, span: i..<(i + n), day: true))  // 本周走访企业31家: the report's week, in its sentence
                i += n
            } else if s[i] == "上", let report = reportPeriod, let (_, n) = Self.priorReportWords.match(s, at: i, end: range.upperBound),
                i == range.lowerBound || !Words.isHan(s[i - 1]), let prior = TableHead.yearBefore(report)
            {
                // 二、上年同期业绩和财务数据: in a firm's report, the report's period a year before (not the year before the
                // document's).
                periods.append(PeriodMention(period: prior, span: i..<(i + n), writtenYear: prior.endYear))
                i += n
            } else if s[i] == "报" || s[i] == "本" || s[i] == "年" || s[i] == "期", let report = reportPeriod,
                let (end, n) = Self.reportPeriodWords.match(s, at: i, end: range.upperBound)
                    ?? (clean.isTraditional || clues.reportsMonthsEnded ? Self.hongKongPeriodWords.match(s, at: i, end: range.upperBound) : nil),
                // (一年内到期, 建设期内, 本期间内 as words of their own: only a word that opens its clause, or 年初至报告期末.)
                case let fromStart = Self.fromYearStart(s, before: i),
                // (1月1日累计至本期止: joined to the day before it.)
                case let fromDay = periods.last.map({ $0.day && Self.toWords.match(s, at: $0.span.upperBound, end: i)?.length == i - $0.span.upperBound }) == true,
                i == range.lowerBound || !Words.isHan(s[i - 1]) && ChineseNumeral.arabic(s[i - 1]) == nil || fromStart || fromDay
                    || i - 2 >= range.lowerBound && s[i - 2] == "截" && (s[i - 1] == "至" || s[i - 1] == "止")  // (截至报告期末, its last day)
                    || FactShape.genericFirms.match(s, endingAt: i, start: max(range.lowerBound, i - 3)) != nil  // (本集团年内付运…)
                    || FactShape.outlooks.match(s, endingAt: i, start: max(range.lowerBound, i - 2)) != nil  // (预计报告期内…)
            {
                // 报告期内，公司实现营业收入…: the period of the report the head named, whatever the text dated since.
                // (年初至报告期末: from the year's start to its last day, a flow's period.)
                let period = end && !fromStart ? report.end.map { Period.asOf($0) } ?? report : report
                // (1月1日累计至本期止: from a day to the report's last.)
                if fromDay, end, let last = periods.last, let start = last.period.start, let reportEnd = report.end {
                    // (The day of the report's year, whatever year the text would give it alone.)
                    let from = String(reportEnd.prefix(4)) + start.dropFirst(4)
                    periods[periods.count - 1] = PeriodMention(period: Period(start: min(from, reportEnd), end: reportEnd), span: last.span.lowerBound..<(i + n))
                } else {
                    periods.append(PeriodMention(period: period, span: (fromStart ? i - 3 : i)..<(i + n)))
                }
                // (…，全年新签订单金额: a part of the report's year after it.)
                if let year = report.endYear { (partsYear, memory.writtenYear) = (year, year) }
                i += n
            } else if let period = PeriodScanner.mention(
                s, at: i, end: range.upperBound, documentYear: documentYear, partsYear: afterAmong(i) ? sentenceYear ?? partsYear : partsYear,
                documentMonth: documentMonth, documentDay: documentDay)
            {
                var period = period
                // 1月13日，… in news of 2025-01-14 below a title of 2024年度…名单: a day opening a sentence that writes no year
                // before it is the last such day before the document's, not one of the year the text wrote before.
                // (截至4月30日，… below a title of 2024年年报: an as-of day too, and one after 截至 wherever it stands: 从市值看，截至4月30日，….)
                if (period.day || period.period.asOf?.count == 10) && opensSentence(period.span.lowerBound)
                    || (period.period.asOf != nil && PeriodScanner.asOfWords.match(s, at: period.span.lowerBound, end: range.upperBound) != nil),
                    period.writtenYear == nil, !yearWritten,
                    let recent = recentYear(of: period), recent != partsYear,
                    let again = PeriodScanner.mention(
                        s, at: i, end: range.upperBound, documentYear: documentYear, partsYear: recent, documentMonth: documentMonth, documentDay: documentDay)
                {
                    period = again
                }
                // 去年同期: the months the text speaks of, a year before (1-9月 … 去年同期 is last year's 1-9月).
                if period.span.upperBound + 1 < range.upperBound, s[period.span.upperBound] == "同", s[period.span.upperBound + 1] == "期",
                    !Self.isBase(period, in: s), let months = periods.last(where: { !Self.isBase($0, in: s) })?.period ?? memory.carried, let start = months.start,
                    let end = months.end, let year = period.period.endYear, start.prefix(4) == end.prefix(4)
                {
                    let (first, last) = (Int(start.dropFirst(5).prefix(2)) ?? 1, Int(end.dropFirst(5).prefix(2)) ?? 12)
                    period.period = Period(
                        start: PeriodScanner.isoDate(year, first, 1), end: PeriodScanner.isoDate(year, last, Period.lastDay(year: year, month: last)))
                    period.span = period.span.lowerBound..<(period.span.upperBound + 2)
                }
                periods.append(period)
                yearWritten = yearWritten || period.writtenYear != nil
                if sentenceNow == nil, let documentDate, period.period.asOf == documentDate { sentenceNow = period.span.lowerBound }
                if speaksOf(period, sentence: range), !Self.isScheduled(period, in: s, end: range.upperBound) {
                    // (去年合并营收…；其中第4季营收…: the parts after last year are of it, in its sentence only.)
                    if let year = lastYear(period) { sentenceYear = year }
                    partsYear = period.writtenYear ?? partsYear
                    memory.writtenYear = period.writtenYear ?? memory.writtenYear
                }
                i = period.span.upperBound
            } else if s[i] == "第" || s[i] == "首" || i > 0 && s[i - 1] == "、" && quantities.last?.unitID == RankScanner.unitID,
                let rank = RankScanner.mention(s, at: i, start: range.lowerBound, end: range.upperBound, previous: quantities.last) {
                quantities.append(rank)
                i = rank.span.upperBound
            } else if let move = RankScanner.move(s, at: i, start: range.lowerBound, end: range.upperBound) {
                quantities.append(move)
                i = move.span.upperBound
            } else if QuantityScanner.mayStart(s[i]) {
                var (mention, next) = QuantityScanner.mention(s, at: i, end: range.upperBound)
                // 榆次区：6.8； below （单位：亿元，%）: a bare figure in a row, of the declared unit.
                if mention == nil, let declared = memory.declaredUnits,
                    let cell = declared.cell(s, at: i, end: range.upperBound, rates: memory.sectionRates && memory.sectionMeasure != nil)
                {
                    (mention, next) = (cell, cell.span.upperBound)
                }
                if var mention, !Self.isBracketedTally(mention, in: s, range), !Self.namesProject(mention, in: s, range), !Self.isBracketedUnit(mention, in: s) {
                    currency(of: &mention)
                    quantities.append(mention)
                }
                i = next
            } else {
                i += 1
            }
        }
        // （单位：人民币千元，%）: a declaration of units states no figure, though its units alone read as one (千元).
        if !quantities.isEmpty, head == nil, range.count <= 64, quantities.allSatisfy({ ChineseNumeral.arabic(s[$0.span.lowerBound]) == nil }),
            DeclaredUnits.declared(in: s, range) != nil
        {
            quantities.removeAll(keepingCapacity: true)
        }
        if !quantities.isEmpty {
            clauses(range)
        } else if head == nil {
            var start = range.lowerBound
            for i in range.lowerBound...range.upperBound where i == range.upperBound || clauseEnds.contains(s[i]) {
                if i > start { noteNames(start..<i) }
                start = i + 1
            }
            // 2025年全市…主要预期目标是：: the place the list below is of.
            if s[range.upperBound - 1] == "：", let words = phrase(range) {
                if let n = FactShape.placeLength(words) {
                    holder = Array(words[..<n])
                } else if let k = DocumentPlace.generic.first(in: words, 0..<words.count), let (_, n) = DocumentPlace.generic.match(words, at: k, end: words.count),
                    !words[..<k].contains(where: { "比较于占与".unicodeScalars.contains($0) })  // (高于全省平均水平的指标有： compares)
                {
                    holder = Array(words[k..<(k + n)])  // 建议今年全省经济社会发展的主要预期目标是：
                }
                // 入选企业按县（市、区）分布如下：: the rows below count the things spread out (firms, projects: not 固定资产投资),
                // in the unit counted last, without the place the caption opens with.
                if let by = words.firstIndex(of: "按"), by >= 2, FactShape.spreads.occurs(in: words, by..<words.count),
                    case let place = FactShape.placeLength(Array(words[..<by])) ?? 0, by - place >= 2,
                    case let things = Array(words[place..<by]), FactShape.countedNouns.match(things, endingAt: things.count, start: 0) != nil,
                    let unit = memory.lastCount?.unit, FactShape.unitsOfThings.contains(unit), let counted = FactShape.measure(things, count: true).measure
                {
                    memory.lastMeasure = counted
                    memory.lastCount?.measure = counted
                    memory.lastCount?.period = nil  // (of no count's moment: the rows are of the day the list was published)
                }
            }
            if var declared = DeclaredUnits.declared(in: s, range) {
                declared.holder = captionPlace(before: range)
                memory.declaredUnits = declared
                // 二、设区市规上工业增加值增速（%）: a heading that declares its unit in brackets names its rows' measure too.
                if DeclaredUnits.unitBracket(in: s, range) != nil { section(range) }
            } else {
                // 指标⇥1-5月⇥同比增长: a table's header says what its rates are compared with.
                if memory.declaredUnits != nil, memory.declaredUnits?.basis == nil, let basis = FactShape.basis(s, range) { memory.declaredUnits?.basis = basis }
                section(range)
            }
        }
        // The period a sentence speaks of holds for the sentences after it; one that breaks a period into parts
        // (分季度看，一季度…二季度…三季度…) leaves it as it was.
        let breaksDown = Words.breakdowns.match(s, at: range.lowerBound, end: range.upperBound) != nil
        let day = openingDay()
        // (7月22日，省工信厅公示第二批…名单。本市27家企业上榜: the day a list was published holds its counts
        // in the sentences after.)
        if quantities.isEmpty, day != nil, FactShape.listWords.occurs(in: s, range), FactShape.publishings.occurs(in: s, range) { sentenceEvents = true }
        if !breaksDown, sentenceFacts.all == 0 || sentenceFacts.actuals > 0 {
            let semicolon = range.upperBound < s.count && (s[range.upperBound] == "；" || s[range.upperBound] == ";")
            var partNoted = false
            for last in periods.reversed() where speaksOf(last, sentence: range) && !Self.namesPlan(last, in: s) && !Self.notesInBrackets(last, in: s) && !Self.isRunOfYears(last, in: s) {
                // A part set apart (第三季度单季) or of the title's period (上半年… 6月份): through ； only, when the part
                // leads its figures (其中，第三季度单季…；…), not when named after the whole's (…，其中第四季度单季…；…).
                // (…以2024年营业收入…位居榜单第一, on a list of 2025 published on a day: the year an account is of holds for
                // its clause, not for the list's counts after it.)
                if let list = memory.list?.period.endYear, let year = last.period.endYear, year < list, quantities.contains(where: { $0.rank != nil }) { continue }
                // (泰国工厂一期已于4月竣工投产。报告期内，…: when a thing was done, in a sentence of no figures, dates nothing after
                // it; the day a list was published on does: 工信部于1月13日公布…名单。)
                // (…统计局关于2025年1-9月主要经济指标: a title's 关于 is no time a thing was done.)
                if sentenceFacts.all == 0, last.span.lowerBound > 1, s[last.span.lowerBound - 1] == "于", s[last.span.lowerBound - 2] != "关",
                    !FactShape.publishings.occurs(in: s, range)
                {
                    continue
                }
                // (…总投资9亿元，二期预计于2027年3月建成投产: nor does when a thing is done or to be done, whatever
                // figures its sentence gave.)
                if Self.isScheduled(last, in: s, end: range.upperBound) { continue }
                if Self.standsApart(last, in: s) || memory.carried == titlePeriod && Self.closes(memory.carried, with: last.period) {
                    if semicolon, !partNoted, quantities.first.map({ $0.span.lowerBound > last.span.lowerBound }) ?? true {
                        (carriedPart, partNoted) = (last.period, true)
                    }
                    continue
                }
                // (An event's name gives its day's figures no period: the day it was held holds after it; so does the day a
                // list was published, and the year of a list published on no day written names it and holds.)
                if Self.namesEvent(last, in: s, list: day != nil) {
                    guard let day else { continue }
                    (memory.carried, memory.list) = (day, Memory.PublishedList(period: last.period, day: day))
                    memory.noteEventDay(day)
                } else {
                    memory.carried = Self.wholeYear(
                        ofActual: last.period, writtenAt: last.span, in: s, documentYear: documentYear, documentMonth: documentMonth, writtenYear: memory.writtenYear)
                    if !Self.precedes(last.period, memory.list?.period) { memory.list = nil }
                }
                carriedPart = nil  // (a period of its own after the part's ；)
                break
            }
        }
        // 8月1日，…公示…名单，宁波市共有68家企业入选: the day of the event counted holds for the sentences after it.
        if sentenceEvents, let day, !periods.contains(where: { !$0.day && !Self.isBase($0, in: s) }) {
            (memory.carried, memory.list) = (day, nil)
            memory.noteEventDay(day)
        }
    }

    /// Whether the rank or move `q` is one on the list published last (`Memory.list`): in its scope (位居榜单第2位),
    /// by a verb of placing on a list (位列第36位, 排在第58位), or in a sentence that speaks of the list (榜, 上届); not a
    /// growth's rank (增速居第3位).
    private func ranksOnList(_ q: QuantityMention, clause: Range<Int>) -> Bool {
        guard memory.list != nil else { return false }
        if let scope = q.rank, FactShape.listWords.matchesWhole(Array(s[scope])) { return true }
        if q.rank != nil, FactShape.rankNames.match(s, at: q.span.lowerBound, end: q.span.upperBound) != nil { return true }
        // (…位列第3位，较上年上升2位: a move after a rank on the list is on it too.)
        if q.rank == nil {
            for ranked in quantities where ranked.rank != nil && ranked.span.upperBound <= q.span.lowerBound && ranksOnList(ranked, clause: clause) { return true }
        }
        return FactShape.listMentions.occurs(in: s, sentenceStart..<clause.upperBound)
    }

    /// Whether `period` ends in the year before the one `list` names: the year of the accounts a ranking ranks by.
    private static func precedes(_ period: Period, _ list: Period?) -> Bool {
        guard let year = period.endYear, let listYear = list?.endYear else { return false }
        return year == listYear - 1
    }

    /// A page in traditional script that named a currency of Taiwan, Hong Kong or Macau (營收1,816.5億元新台幣) writes its
    /// later amounts in 元 alone (累計營收3,973億元): they are of that currency, unless 人民币 is written. (以美元計，…1,588.6億美元
    /// in a Hong Kong paper's news of a mainland city: its 元 after are yuan still.)
    private mutating func currency(of mention: inout QuantityMention) {
        guard clean.isTraditional, mention.kind == .money else { return }
        if Self.pagesCurrencies.contains(mention.unit) {
            memory.namedCurrency = Memory.NamedCurrency(unit: mention.unit, id: mention.unitID)
        } else if mention.unit == "CNY", let named = memory.namedCurrency ?? localCurrency,
            !Words.yuanNamed.occurs(in: s, max(0, mention.span.lowerBound - 3)..<min(s.count, mention.span.upperBound + 3))
        {
            (mention.unit, mention.unitID) = (named.unit, named.id)
        }
    }

    /// The currency of Hong Kong or Macau when the page's first lines speak of it as its own (本港, 本澳) and name no
    /// other, else nil.
    static func localCurrency(in s: [Unicode.Scalar]) -> Memory.NamedCurrency? {
        let head = Array(s.prefix(400))
        // (268.4億元（人民幣，下同）: a page that says it counts in yuan does.)
        guard !Words.yuanNamed.occurs(in: head, 0..<head.count), let i = DocumentPlace.selfNamed.first(in: head, 0..<head.count),
            let place = DocumentPlace.selfNamed.match(head, at: i, end: head.count)?.value, let word = currencies[place],
            let unit = QuantityScanner.units.match(Array(word.unicodeScalars), at: 0, end: word.unicodeScalars.count)?.value
        else { return nil }
        return Memory.NamedCurrency(unit: unit.name, id: unit.id)
    }
    static let pagesCurrencies: Set = ["TWD", "HKD", "MOP"]
    /// The currency each special region's pages write in 元 alone.
    static let currencies = ["香港": "港元", "澳门": "澳门元"]

    /// The part of a year an actual stated for the whole of it is for: 截至目前…今年已累计签约项目56个 is the year so far;
    /// 6月14日，…举行2023年重大项目集中签约活动，共签约项目20个 the day of the event the sentence opens with.
    /// (`since`: the period is written as running to now, 今年以来: it does, not to the event's day.)
    private func narrowed(_ period: Period, since: Bool, before position: Int, clause: Range<Int>) -> Period? {
        if let year = period.calendarYear, let documentDate, documentYear == year, let now = sentenceNow, now < position {
            return Period(start: PeriodScanner.isoDate(year, 1, 1), end: documentDate)
        }
        // 截至8月底，全市今年…已开工128个: the year so far, to the date the sentence counts up to.
        if let year = period.calendarYear, documentYear == year,
            let upTo = periods[..<periodsStarting(before: position)].last(where: { $0.span.lowerBound >= sentenceStart && $0.period.asOf != nil }),
            let end = upTo.period.asOf, end.hasPrefix(String(year))
        {
            return Period(start: PeriodScanner.isoDate(year, 1, 1), end: end)
        }
        // (年度计划投资78亿元 is the year's still. A quarter in the event's name, 2025年第二季度重大项目集中签约活动, is
        // no period of its counts either.)
        if let opening = openingDay(), let day = opening.start,
            !since, let start = period.start, let end = period.end, start <= day, day <= end,
            FactShape.countEvents.occurs(in: s, sentenceStart..<position), !Words.annual.occurs(in: s, clause.lowerBound..<position)
        {
            return opening
        }
        return nil
    }

    /// The day the sentence opens with (6月14日，…), after a news byline if one leads it, if it opens with one.
    private func openingDay() -> Period? {
        // (某某网7月15日讯（记者 王某）7月14日，…: the byline's own day says when it was filed, not what happened.)
        let filed = periods.first.map { $0.day && $0.span.upperBound < s.count && s[$0.span.upperBound] == "讯" } == true
        guard let first = periods.dropFirst(filed ? 1 : 0).first, first.day, opensSentence(first.span.lowerBound) else { return nil }
        return first.period
    }

    /// Whether `position` opens the sentence, after a news byline if one leads it (宜宾新闻网讯 9月26日，…, 芜湖日报讯（记者
    /// 汪洋）9月16日，…).
    private func opensSentence(_ position: Int) -> Bool {
        guard position > sentenceStart else { return position == sentenceStart }
        guard position - sentenceStart <= 32 else { return false }
        var end = position
        while end > sentenceStart, s[end - 1] == " " || s[end - 1] == "\u{3000}" { end -= 1 }
        // （记者 汪洋）: who wrote it, in brackets after the byline.
        if end > sentenceStart, s[end - 1] == "）" || s[end - 1] == ")", let open = s[sentenceStart..<end].lastIndex(where: { $0 == "（" || $0 == "(" }),
            FactShape.bylines.occurs(in: s, open..<end)
        {
            end = open
        }
        return FactShape.newsBylines.match(s, endingAt: end, start: sentenceStart) != nil || FactShape.isCityByline(s, sentenceStart, end)
    }

    /// How many sentences a fair named is remembered for after it was named or last stood for.
    static let eventSpan = 12
    /// How many sentences a project, park, cluster or zone is remembered for after it was named or last stood for.
    static let namedSpan = 40

    /// Whether `clause` is a line of its own: a label and its figure, no other clause on its line (思明区　19家).
    private func isLine(_ clause: Range<Int>) -> Bool {
        (clause.lowerBound == 0 || s[clause.lowerBound - 1] == "\n") && (clause.upperBound == s.count || s[clause.upperBound] == "\n")
    }

    /// The years a figure is over when it spans several: an average change (年均) after a change from one year's figure to
    /// another's is over the years between (由2015年的…增加到2020年的…，年均增长7.6% → 2016–2020); an average set as a goal,
    /// from the document's year to the deadline its sentence names (到2025年…年均增长7%左右) or over the next five years
    /// (今后五年); a total of the last five years (五年累计, 五年来…累计), the five before the document's year.
    private func yearsSpanned(by q: QuantityMention, kind: FactKind, basis: String?, clause: Range<Int>) -> Period? {
        // (Asked of every figure: the sentence is looked at only for an average or a total.)
        let before = min(clause.lowerBound, q.span.lowerBound)..<q.span.lowerBound
        guard let year = documentYear, basis == "年均" || kind == .level && Words.cumulative.occurs(in: s, before) else { return nil }
        let start = min(nearOpening(before: clause) ?? clause.lowerBound, q.span.lowerBound)
        let reach = s[q.span.upperBound..<min(s.count, q.span.upperBound + Self.openingReach)]
        let end = reach.firstIndex { $0 == "。" || $0 == "\n" } ?? reach.endIndex
        let mentions = periods[periodsBetween(start, end)]
        if kind == .change, basis == "年均" {
            guard let from = mentions.last(where: { $0.span.lowerBound > start && $0.span.upperBound <= q.span.lowerBound && "由从".unicodeScalars.contains(s[$0.span.lowerBound - 1]) }),
                let first = from.period.calendarYear,
                let last = mentions.first(where: { $0.span.lowerBound > from.span.upperBound && $0.span.upperBound <= q.span.lowerBound })?.period.calendarYear, last > first
            else { return nil }
            return .years(first + 1, last)
        }
        if basis == "年均", !kind.isActual {
            if let deadline = mentions.first(where: { $0.span.lowerBound > start && s[$0.span.lowerBound - 1] == "到" })?.period.calendarYear, deadline > year {
                return .years(year, deadline)
            }
            return Self.nextFiveYears.match(s, at: start, end: end) != nil ? .years(year, year + 4) : nil
        }
        guard kind == .level,
            Self.pastFiveYears.match(s, at: start, end: end) != nil || Self.pastFiveYears.occurs(in: s, before)
        else { return nil }
        return .years(year - 5, year - 1)
    }
    static let pastFiveYears = Lexicon(words: ["过去五年", "五年来", "近五年", "五年累计"])
    static let nextFiveYears = Lexicon(words: ["今后五年", "未来五年"])

    /// Whether the sentence `clause` stands in opens by breaking what was counted down by places (分省辖市看，…;
    /// 从区域分布看，…; 分县区看：…).
    private func breaksDownByPlace(_ clause: Range<Int>) -> Bool {
        if isPlaceRow(clause) { return true }
        guard let opening = nearOpening(before: clause) else { return false }
        return breakdownOpening(at: opening, before: clause.lowerBound) == .byPlace
    }

    /// Whether the sentence `range` is a line breaking a list down by places, its rows below its colon: 分区县看：, or a
    /// line of counties' and districts' 分布 (获评企业按区县分布如下：).
    private func headsPlaceRows(_ range: Range<Int>) -> Bool {
        // (…本批入选企业覆盖全市各区（县、市）。分区（县、市）看：⏎: a sentence ending its line after another is one too.)
        guard range.count > 2, s[range.upperBound - 1] == "：", range.upperBound == s.count || s[range.upperBound] == "\n",
            range.lowerBound == 0 || s[range.lowerBound - 1] == "\n" || s[range.lowerBound - 1] == "。"
        else { return false }
        return breakdownOpening(at: range.lowerBound, before: range.upperBound) == .byPlace
            || Words.distribution.occurs(in: s, range) && s[range].contains(where: { "区县".unicodeScalars.contains($0) })
    }

    /// Whether `clause` is a line among the rows of places below `headsPlaceRows` (`Memory.placeRows`).
    private func isPlaceRow(_ clause: Range<Int>) -> Bool { memory.placeRows && isLine(clause) }

    /// Whether the sentence `range` may be a row of places below `headsPlaceRows`: a short line, no comma in it.
    private func mayBePlaceRow(_ range: Range<Int>) -> Bool {
        range.count <= 20 && isLine(range) && !s[range].contains("，")
    }

    /// Whether the sentence opening at `opening` (if known) opens no breakdown before `end`.
    private func opensNoBreakdown(_ opening: Int?, before end: Int) -> Bool {
        guard let opening else { return true }
        return breakdownOpening(at: opening, before: end) == nil
    }

    /// What a breakdown opening a sentence is by (分省辖市看，…, 从区域分布看，…: places; 从项目类别看，…, 分行业看，…: kinds).
    enum Breakdown { case byPlace, byKind }

    /// The breakdown the words from `start` (before `end`) open, if they open one; by periods (分季度看) is none of these.
    private func breakdownOpening(at start: Int, before end: Int) -> Breakdown? {
        guard start + 2 < end, s[start] == "分" || s[start] == "从",
            let look = (start + 2..<min(start + 12, end)).first(where: { s[$0] == "看" }), look + 1 < s.count,
            s[look + 1] == "，" || s[look + 1] == "：" || s[look + 1] == ":"
        else { return nil }
        let by = (start + 1)..<look
        if s[by].contains(where: { "区县镇".unicodeScalars.contains($0) }) || Self.placeDivisions.occurs(in: s, by) { return .byPlace }
        // (分经济类型看，国有企业35家: firms by who owns them, no kinds of what an event counted.)
        guard Words.index(of: Self.ownership, in: Array(s[by])) == nil else { return nil }
        return s[by].contains(where: { "类型业域模".unicodeScalars.contains($0) }) ? .byKind : nil
    }
    /// Divisions a breakdown by places names that 区, 县 and 镇 do not: 分省辖市看, 分地市看, 从各街道看.
    static let placeDivisions = Lexicon(words: ["省辖市", "地市", "市州", "县市", "街道", "各市"])

    /// Where the sentence `clause` stands in starts (`sentenceOpening`), looked for no farther back than `openingReach`
    /// scalars, nil beyond: asked for figures of a run-on text, a scan to its start each time would make reading it
    /// quadratic.
    private func nearOpening(before clause: Range<Int>) -> Int? {
        let from = max(0, clause.lowerBound - Self.openingReach)
        if let k = s[from..<clause.lowerBound].lastIndex(where: { $0 == "。" || $0 == "\n" }) { return k + 1 }
        return from == 0 ? 0 : nil
    }
    static let openingReach = 200
    /// Whether `words` are a verb of one character and the things it acts on (抓招商、上项目：…): what a place does, no name.
    static func isVerbOfThings(_ words: [Unicode.Scalar]) -> Bool {
        words.count == 3 && (words.suffix(2).elementsEqual("项目".unicodeScalars) || words.suffix(2).elementsEqual("企业".unicodeScalars))
    }

    /// 总数, which ends a total's measure.
    static let totalWord = Array("总数".unicodeScalars)
    /// How many events before the last one the reader remembers (`Memory.earlierEvents`).
    static let eventsKept = 3
    /// Whether a capacity is written in a project's name (华鹰锂电年产20GWh动力电池项目, 年产10万吨正极材料项目): after 年产
    /// and before the words ending the name, no figure of its own.
    static func namesProject(_ q: QuantityMention, in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard q.span.lowerBound - 2 >= range.lowerBound, s[q.span.lowerBound - 2] == "年", s[q.span.lowerBound - 1] == "产" else { return false }
        var k = q.span.upperBound
        // (…年产20GWh储能电池等15个项目, …项目、年产5万吨…项目: a list's examples are no name.)
        while k < min(range.upperBound, q.span.upperBound + 24), Words.isHan(s[k]) && s[k] != "等" && s[k] != "个" || s[k].isASCII && s[k].properties.isAlphabetic {
            if k >= q.span.upperBound + 1, s[k - 1] == "项", s[k] == "目" {
                // (…项目配套产品: what the project makes, no name's end.)
                return k + 1 == range.upperBound || !Words.isHan(s[k + 1]) || Self.afterProjectNames.contains(s[k + 1])
            }
            k += 1
        }
        return false
    }

    /// Whether `i` stands right after 其中 (其中第4季, 其中，四季度): a part of what the sentence spoke of.
    private func afterAmong(_ i: Int) -> Bool {
        var k = i
        if k > 0, s[k - 1] == "，" || s[k - 1] == "," { k -= 1 }
        return k >= 2 && s[k - 2] == "其" && s[k - 1] == "中"
    }

    /// The year of `period` when it is written 去年 or 上年, a whole year.
    private func lastYear(_ period: PeriodMention) -> Int? {
        let at = period.span.lowerBound
        guard period.span.count == 2, s[at] == "去" || s[at] == "上", s[at + 1] == "年", let years = period.period.calendarYears, years.count == 1 else { return nil }
        return years.first
    }

    /// What may follow a project's name: 总投资, 由…, 于…, 在…, 已…, 将…, and what was done to it (完成工商注册, 正式开工, 顺利投产).
    static let afterProjectNames = ScalarSet("总由于在已将完正开建落签投竣获顺".unicodeScalars)

    /// 规划 and 面积, which open and end a planned area's measure (规划用地面积).
    static let planned = Array("规划".unicodeScalars), area = Array("面积".unicodeScalars)
    /// 企业 alone: firms at large, when the text named none.
    static let firmWord = Array("企业".unicodeScalars), quantityWord = Array("数量".unicodeScalars), goodsValue = Array("货值".unicodeScalars)
    /// 其中, which opens a breakdown.
    static let among = Array("其中".unicodeScalars)
    /// What a count of projects measures: 开工项目数.
    static let industryWord = Array("产业".unicodeScalars), link = Array("环节".unicodeScalars)
    static let profit = Array("盈利".unicodeScalars), loss = Array("亏损".unicodeScalars), business = Array("业务".unicodeScalars)
    static let projectsCounted = Array("项目数".unicodeScalars), projectsDone = Array("项目完成投资".unicodeScalars), inAll = Array("合计".unicodeScalars)

    /// Reads the figures of a row below a table's head (营业收入（元）⇥1,204,663,018.52⇥11.08%), each of its column: one
    /// written with its unit as written, a bare one in the units its label, its column or the table declares (in a
    /// column of changes, %). The label is what the row measures, or the place it is of.
    private mutating func readRow(_ range: Range<Int>, under head: TableHead) {
        var (start, tabs) = (range.lowerBound, 0)
        var labelUnits: DeclaredUnits?
        // (⇥比上年同期增长：43.85% below a row of 净利润: an empty first cell before figures goes on with the label above;
        // ⇥轻工业⇥102.3⇥4.2, a sub-row, has its own label in the next cell, its columns one cell later.)
        let openCell = s[range.lowerBound] == "\t" && (range.lowerBound == 0 || s[range.lowerBound - 1] == "\n")
        var labelled = openCell && s[(range.lowerBound + 1)..<range.upperBound].prefix { $0 != "\t" }.contains { ChineseNumeral.arabic($0) != nil }
        let shift = openCell && !labelled ? 1 : 0
        for k in range.lowerBound...range.upperBound where k == range.upperBound || s[k] == "\t" {
            let cell = TableHead.trimmed(s, start..<k)
            // (1⇥某某集团有限公司⇥523.6: a rank or a serial number before the label is no label.)
            if !labelled, !cell.isEmpty, !cell.allSatisfy({ ChineseNumeral.arabic(s[$0]) != nil }) {
                labelled = true
                var label = (Words.headingBody(s, cell) ?? cell.lowerBound)..<cell.upperBound  // (一、营业总收入)
                // (#新能源汽车 below 汽车: a statistics table's mark of an item of the row above is no part of the label.)
                if s[label.lowerBound] == "#" || s[label.lowerBound] == "＃", label.count > 1 { label = (label.lowerBound + 1)..<label.upperBound }
                // (营业收入（元）, 基本每股收益（元/股）: the label's units, or a bracket of its own, are no part of it.)
                if let open = DeclaredUnits.unitBracket(in: s, label) {
                    (labelUnits, label) = (DeclaredUnits.declared(in: s, label), label.lowerBound..<open)
                } else if s[label.upperBound - 1] == "）", let open = s[label].lastIndex(of: "（"), open > label.lowerBound {
                    label = label.lowerBound..<open
                }
                let words = kept(label)
                if let n = FactShape.placeLength(words), n == words.count {
                    rowLabel = ([], words)
                } else if let firm = FactShape.firmName(in: words), firm.count == words.count {
                    rowLabel = ([], firm)  // (…⇥某某集团有限公司⇥523.6 below 营业收入（亿元）: the firm's)
                } else if FactShape.parkName(in: words) == 0..<words.count {
                    rowLabel = ([], words)  // (高端装备产业园⇥156.4 below 园区⇥规上工业总产值: the park's)
                } else if words.count >= 8, FactShape.projectName(in: words) == 0..<words.count {
                    // (1⇥轻量化底盘部件智能化技改项目⇥…⇥6.8 below 项目名称⇥…⇥总投资（亿元）: the project's; a class of them, 工业技改项目⇥38,
                    // is a row's measure, its name too short to be one's.)
                    rowLabel = ([], words)
                } else if case let (holder?, measure) = FactShape.split(words, named: false, metric: nil), FactShape.isIndustry(holder), !measure.isEmpty,
                    FactShape.placeLength(holder) == nil
                {
                    rowLabel = (measure, holder)  // (数字经济核心产业增加值⇥亿元⇥412.6: the industry's, as in a sentence)
                } else {
                    rowLabel = (FactShape.totals.matchesWhole(words) ? [] : FactShape.measure(words, count: false).measure ?? words, nil)  // (合计: the column's alone)
                }
            } else if labelled, head.column(after: tabs - shift)?.unitsOfRows == true {
                // (汽车⇥万辆⇥41.05⇥3.6 below 产品名称⇥计量单位⇥产量⇥比上年增长（%）: the row's unit, for its bare amounts.)
                if labelUnits == nil, let amount = DeclaredUnits.amount(Array(s[cell])) { labelUnits = DeclaredUnits(amount: amount, percent: false) }
            } else if labelled, let column = head.column(after: tabs - shift), !column.ranks, var figure = cellFigure(cell, column: column, label: labelUnits) {
                figure.column = tabs - shift
                currency(of: &figure)
                quantities.append(figure)
            }
            (start, tabs) = (k + 1, tabs + 1)
        }
    }

    /// The figure in a cell of a row below a table's head, nil for an empty one (—).
    private func cellFigure(_ cell: Range<Int>, column: TableHead.Column, label: DeclaredUnits?) -> QuantityMention? {
        guard let first = cell.first(where: { ChineseNumeral.arabic(s[$0]) != nil }) else { return nil }
        if case let (mention?, _) = QuantityScanner.mention(s, at: first, end: cell.upperBound) { return mention }  // (18.42%, 增加1.06个百分点)
        guard let amount = QuantityScanner.readAmount(s, at: first, end: cell.upperBound), amount.magnitude == 0, amount.end == cell.upperBound,
            let units = column.change ? DeclaredUnits(amount: nil, percent: true) : label ?? column.units ?? memory.declaredUnits
        else { return nil }
        return units.figure(s, at: first, amount.number, end: amount.end, limit: cell.upperBound, inPercent: units.amount == nil)
    }

    /// The first period written in `range` of `s`, with where it is written (a table head's cell: 2024年, 1-9月, 截至…止六个月).
    private static func firstPeriodMention(
        in s: [Unicode.Scalar], _ range: Range<Int>, documentYear: Int?, partsYear: Int?, documentMonth: Int?, documentDay: Int?
    ) -> PeriodMention? {
        for i in range where PeriodScanner.starts.contains(s[i]) {
            if let found = PeriodScanner.mention(
                s, at: i, end: range.upperBound, documentYear: documentYear, partsYear: partsYear, documentMonth: documentMonth, documentDay: documentDay)
            {
                return found
            }
        }
        return nil
    }

    /// Whether the sentence read is a row of a table with declared units: a line of a label and its figures, no comma nor
    /// full stop in it (北山工业园　8.2).
    private var readingRow: Bool {
        guard memory.declaredUnits != nil, sentenceStart == 0 || s[sentenceStart - 1] == "\n" else { return false }
        var i = sentenceStart
        while i < s.count, s[i] != "\n" {
            if s[i] == "，" || s[i] == "。" { return false }
            i += 1
        }
        return true
    }

    /// The fair or the place's promotion meeting a generic word stands for (本届博览会, 本次推介会), if the text named one; a
    /// fair stood for is remembered `eventSpan` sentences more.
    private mutating func event(standingFor words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // (本届五金博览会 after 第24届中国五金博览会: the fair named, written short after 本届.)
        let shortNamed = words.count > 4 && "本此该".unicodeScalars.contains(words[0]) && words.last == "会"
            && memory.namedEvent.map { Words.index(of: Array(words.dropFirst(2)), in: $0) != nil } == true
        guard FactShape.genericEvents.matchesWhole(words) || shortNamed else { return nil }
        if let meeting = memory.namedMeeting, FactShape.promotions.occurs(in: words, 0..<words.count) {
            memory.sentencesSinceMeeting = 0
            return meeting
        }
        if let fair = memory.namedEvent { noteEvent(fair) }
        return memory.namedEvent
    }

    /// Remembers the fair named or stood for, for `eventSpan` sentences more; one `named` is also what a promotion
    /// meeting's generic word (本次推介会) stands for, rather than a place's meeting named before it.
    private mutating func noteEvent(_ event: [Unicode.Scalar]?, named: Bool = false) {
        (memory.namedEvent, memory.sentencesSinceEvent) = (event, 0)
        if named { (memory.namedMeeting, memory.sentencesSinceMeeting) = (nil, 0) }
    }

    /// How many sentences after one that opened with its day 会上 still means that day's meeting, and after a place's
    /// meeting was named what is signed or started without a holder is still the place's.
    static let meetingSpan = 3

    /// The year's words without a year: 全年, 年底, 年末.
    static let wholeYearWords = Lexicon(words: ["全年", "年底", "年末"])

    /// Whether a month or quarter is set apart from the year to date it is part of (8月当月, 8月单月, 第二季度单季): it holds for its sentence
    /// only (through its ； when it leads the sentence's figures: `carriedPart`), and the bulletin's 1-8月 (the half year's
    /// report) for the sentences after.
    /// So is a period whose figure is revised (第一季经修订后上升2.8%): the text speaks of a later one.
    private static func standsApart(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let end = period.span.upperBound
        return end + 1 < s.count && ((s[end] == "当" || s[end] == "单") && (s[end + 1] == "月" || s[end + 1] == "季") || s[end] == "经" && s[end + 1] == "修")
    }

    /// Whether a period of the sentence `sentence` is one the text speaks of. Not a year compared with (比2022年同期), nor
    /// one a goal or forecast is for, nor a day's (a bulletin's date line, 2025年3月20日, says when it came out), nor a
    /// year whose same months are compared with (经济规模回复至2019年同期的86.3%), nor a month alone on its line (2025年3月
    /// below a bulletin's publisher), nor where a change starts (由2024年的41.5%), nor a time reached (订单已排至明年3月), nor a later year than the document's in its title (…2024年总结及2025年打算,
    /// of December 2024: the plans' year, not that of the months, 1-11月, the report speaks of).
    private func speaksOf(_ period: PeriodMention, sentence: Range<Int>) -> Bool {
        // (上年同期 opening a heading of a firm's report, a line of no figure, is the year before's period, spoken of by the
        // section below it; elsewhere a comparison's, or its own clause's: 而上年同期为0.8亿元.)
        let start = period.span.lowerBound
        let priorReport = reportPeriod != nil && quantities.isEmpty && Self.priorReportWords.match(s, at: start, end: period.span.upperBound)?.length == period.span.count
            && (start == 0 || !Words.isHan(s[start - 1]))
        return !Self.isBase(period, in: s) && !period.day && outlook(before: start) == nil && (priorReport || !Self.isSameMonthsOfAnotherYear(period, in: s))
            && !(sentence.lowerBound == 0 && (period.writtenYear ?? 0) > (documentYear ?? Int.max)) && !Self.isMonthLine(period, in: s)
            && !Self.opensChange(period, in: s) && !Self.isTimeReached(period, in: s, within: sentence.lowerBound)
    }

    /// Whether a period opens a note in brackets (…增长12.4%（二〇二三年：港币4,294.2百万元）): the year before's figure, its
    /// period no period of the sentences after.
    private static func notesInBrackets(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let (start, end) = (period.span.lowerBound, period.span.upperBound)
        return start > 0 && (s[start - 1] == "（" || s[start - 1] == "(") && end < s.count && (s[end] == "：" || s[end] == ":")
    }

    /// Whether a period is where a change written from one figure to another starts (配套率由2023年的36.5%提高至…).
    private static func opensChange(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let start = period.span.lowerBound
        return start > 0 && (s[start - 1] == "由" || s[start - 1] == "从") && period.span.upperBound < s.count && s[period.span.upperBound] == "的"
    }

    /// Whether a period is one month alone on its line (a bulletin's date line below its title and publisher: 2025年3月).
    private static func isMonthLine(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        guard let first = period.period.start, let last = period.period.end, first.prefix(7) == last.prefix(7) else { return false }
        var start = period.span.lowerBound, end = period.span.upperBound
        while start > 0, s[start - 1] == " " || s[start - 1] == "\u{3000}" { start -= 1 }
        while end < s.count, s[end] == " " || s[end] == "\u{3000}" { end += 1 }
        return (start == 0 || s[start - 1] == "\n") && (end == s.count || s[end] == "\n")
    }

    /// The year `period` is of when written 全年 or 年底 (`mention`): in a report dated early in a year that wrote no year
    /// out, what happened is of the year before (a bulletin of 2020 published in March 2021, and the sentences after it,
    /// as carried); after March, a goal or forecast (`outlook`) for 全年 is of the document's year, not of the last one
    /// written before its sentence (2023年…市场占有率… then 展望全年…预计…营业收入将突破38亿元, in November 2024).
    private func wholeYear(_ period: Period, writtenAs mention: PeriodMention, outlook: Bool) -> Period {
        guard outlook else {
            return Self.wholeYear(
                ofActual: period, writtenAt: mention.span, in: s, documentYear: documentYear, documentMonth: documentMonth, writtenYear: memory.writtenYear)
        }
        guard let documentYear, let month = documentMonth, month > 3,
            Self.wholeYearWords.match(s, at: mention.span.lowerBound, end: mention.span.upperBound)?.length == mention.span.count
        else { return period }
        // (2024年初，公司预计全年…: a year written before it in its sentence is the one the goal is for.)
        guard let year = period.calendarYear, year < documentYear,
            !periods.contains(where: { $0.writtenYear != nil && $0.span.upperBound <= mention.span.lowerBound })
        else { return period }
        return .year(documentYear)
    }

    /// `wholeYear(_:writtenAs:outlook:)` of an actual, written at `span` of `s`: a static function, for `sentence` to call
    /// without copying the whole reader around the call.
    private static func wholeYear(
        ofActual period: Period, writtenAt span: Range<Int>, in s: [Unicode.Scalar], documentYear: Int?, documentMonth: Int?, writtenYear: Int?
    ) -> Period {
        guard let documentYear, let month = documentMonth, month <= 3, writtenYear == nil,
            wholeYearWords.match(s, at: span.lowerBound, end: span.upperBound)?.length == span.count
        else { return period }
        if period == .year(documentYear) { return .year(documentYear - 1) }
        if period == .asOf(PeriodScanner.isoDate(documentYear, 12, 31)) { return .asOf(PeriodScanner.isoDate(documentYear - 1, 12, 31)) }
        return period
    }

    /// Whether `part` is the last part of the year to date `carried` (上半年… 6月份增长8.4%): in a report on that year to
    /// date (its title's period), it is set apart as 当月 sets a month, and holds for its sentence only (`standsApart`).
    private static func closes(_ carried: Period?, with part: Period) -> Bool {
        guard let carried, let start = carried.start, let end = carried.end, let partStart = part.start else { return false }
        return part.end == end && partStart > start && start.hasSuffix("-01-01")
    }

    /// Whether a fair's name, from `name` to `end`, opens with a place, a zone or a park that holds it and is followed by
    /// where or that it was held (某市2025年…（北京）招商推介会在北京举办, …于北京举办, …成功举办).
    private static func heldWhereItSays(_ s: [Unicode.Scalar], name: Int, end: Int) -> Bool {
        guard end + 2 < s.count,
            Gazetteer.names.match(s, endingAt: name, start: max(0, name - 8)) != nil || DocumentPlace.zoneEnds.match(s, endingAt: name, start: max(0, name - 5)) != nil
                || FactShape.parkNameEnds.match(s, endingAt: name, start: max(0, name - 4)) != nil
        else { return false }
        let after = end + (s[end] == "成" && s[end + 1] == "功" ? 2 : 0)
        return s[after] == "在" || s[after] == "于" || FactShape.holdings.match(s, at: after, end: min(s.count, after + 2)) != nil
    }

    /// Whether a period is part of an event's name (2025年第四季度重大项目集中签约仪式): the event's day is what holds.
    /// (`list`: a list published, 2024年度绿色制造名单, is such an event too.)
    private static func namesEvent(_ period: PeriodMention, in s: [Unicode.Scalar], list: Bool = false) -> Bool {
        var i = period.span.upperBound
        // (“2025某省民营企业100强”榜单: a list's name may hold quotes, and a figure in them or before 强.)
        var quoted = false
        // (6月12日，2024年度某省科学技术奖励大会在某城召开: a year written with 年度 names what it opens, a 大会 too.)
        let ofName = s[period.span.upperBound - 1] == "度"
        // (《2025某地区制造业百强县（市）》榜单: a title's marks and brackets too.)
        let inTitle = period.span.lowerBound > 0 && s[period.span.lowerBound - 1] == "《"
        while i < min(s.count, period.span.upperBound + 24),
            Words.isHan(s[i]) || Words.quotes.contains(s[i]) || ChineseNumeral.arabic(s[i]) != nil && (quoted || Self.countsList(s, from: i))
                || Self.brackets.contains(s[i]) || inTitle && s[i] == "》"  // (2025年长三角（上海）产业合作暨…推介会)
        {
            if Words.quotes.contains(s[i]) { quoted.toggle() }
            if i + 1 < s.count, s[i] == "活" && s[i + 1] == "动" || s[i] == "仪" && s[i + 1] == "式" || list && (s[i] == "名" || s[i] == "榜") && s[i + 1] == "单"
                || list && ofName && s[i] == "结" && s[i + 1] == "果"  // (公布2024年度…评价结果)
            {
                return true
            }
            // (举办2025年智能装备推介会: a fair's or a promotion's name, the year written right after the verb of holding it;
            // a 大会's year may be the year it reviews, and 2024年全市共举办推介会48场 counts a year's.)
            // (4月16日，中卫市2025年算力产业（北京）招商推介会在北京举办: the year within the name of a place's or a zone's fair,
            // held where it says.)
            if s[i] == "会", FactShape.eventEnds.match(s, endingAt: i + 1, start: period.span.upperBound) != nil,
                ofName || FactShape.meetings.match(s, endingAt: i + 1, start: period.span.upperBound) == nil
                    && (FactShape.holdings.match(s, endingAt: period.span.lowerBound, start: max(0, period.span.lowerBound - 2)) != nil
                        || Self.heldWhereItSays(s, name: period.span.lowerBound, end: i + 1))
            {
                return true
            }
            i += 1
        }
        return false
    }

    static let brackets = ScalarSet(["（", "）", "(", ")"])

    /// Whether the digits at `i` are a list's count (100强).
    private static func countsList(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        var k = i
        while k < s.count, ChineseNumeral.arabic(s[k]) != nil { k += 1 }
        return k < s.count && s[k] == "强"
    }

    /// Whether a period dates where a change started, not the figure it reached (本地配套率由2023年的31%提高至39%: 39% is
    /// the sentence's own period's).
    /// (Not 从2024年开始…达到50亿元: the figure reached follows a verb of change, in the period's clause.)
    private static func startsChange(_ period: PeriodMention, to q: QuantityMention, in s: [Unicode.Scalar]) -> Bool {
        let start = period.span.lowerBound, figure = q.span.lowerBound
        return start > 0 && (s[start - 1] == "由" || s[start - 1] == "从") && figure > 1 && (s[figure - 1] == "至" || s[figure - 1] == "到")
            && Words.directions.match(s, endingAt: figure - 1, start: start) != nil && !s[start..<figure].contains { Words.clauseEnds.contains($0) }
    }

    /// The year of the last day `period` names (a day, its year not written) on or before the document's date.
    private func recentYear(of period: PeriodMention) -> Int? {
        guard let documentYear, let documentMonth, let documentDay, let start = period.period.start ?? period.period.asOf, start.count == 10,
            let month = Int(start.dropFirst(5).prefix(2)), let day = Int(start.suffix(2))
        else { return nil }
        return (month, day) <= (documentMonth, documentDay) ? documentYear : documentYear - 1
    }

    /// Whether a period is the day a news byline was filed: 3月2日讯, 某某社合肥8月28日电 (a city's or source's day; not
    /// 5日电池…, a word of 电).
    static func isDateline(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let k = period.span.upperBound, start = period.span.lowerBound
        guard k < s.count else { return false }
        return s[k] == "讯" || start > 0 && Words.isHan(s[start - 1]) && FactShape.endsDateline(s, at: k, from: start)
    }

    /// Whether a period is part of a plan a share of it is done (完成全年目标任务的41.2%): not when the share holds. Nor
    /// is a five-year plan's (实现“十四五”规划目标任务的关键一年, not “十四五”规划期间): the year is what the text goes on to
    /// speak of.
    private static func namesPlan(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let start = period.span.lowerBound
        var end = period.span.upperBound
        if end < s.count, s[end] == "”" || s[end] == "」" || s[end] == "\"" { end += 1 }
        // (力争完成全年目标任务，规上工业增加值增长8%: a goal to do the plan, not a share of it done; the goal after it is the year's.)
        return start >= 2 && s[start - 2] == "完" && s[start - 1] == "成"
            && FactShape.planEnd(in: s, at: start, end: min(s.count, start + 14)).map { planEnd in
                planEnd < s.count && s[planEnd] == "的" || !FactShape.outlooks.occurs(in: s, max(0, start - 8)..<(start - 2))
            } == true
            || FactShape.planNames.match(s, at: end, end: min(s.count, end + 6)) != nil
    }

    /// Whether a figure is a unit in brackets alone, its magnitude written as a character ((仟元), （万元）, （百万元）): what
    /// the figure beside it is in, no figure.
    private static func isBracketedUnit(_ q: QuantityMention, in s: [Unicode.Scalar]) -> Bool {
        q.span.lowerBound > 0 && q.span.upperBound < s.count && (s[q.span.lowerBound - 1] == "(" || s[q.span.lowerBound - 1] == "（")
            && (s[q.span.upperBound] == ")" || s[q.span.upperBound] == "）") && DeclaredUnits.isMoneyUnitAlone(s[q.span])
    }

    /// Whether a figure is a post's heading telling its points (【三个亮点】, 【两个“快于”】): a small count in words inside
    /// short brackets, which measures nothing.
    private static func isBracketedTally(_ q: QuantityMention, in s: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        guard q.value <= 10, q.unit == "个" || q.unit == "大", ChineseNumeral.arabic(s[q.span.lowerBound]) == nil, q.span.lowerBound > sentence.lowerBound,
            let open = s[max(sentence.lowerBound, q.span.lowerBound - 4)..<q.span.lowerBound].lastIndex(of: "【"),
            let close = s[q.span.upperBound..<min(sentence.upperBound, q.span.upperBound + 8)].firstIndex(of: "】")
        else { return false }
        return !s[open..<close].contains(where: { ChineseNumeral.arabic($0) != nil })
    }

    /// Whether a period is the text's months of another year (去年同期, 2019年同期): what is compared with, never the period
    /// the text goes on to speak of.
    private static func isSameMonthsOfAnotherYear(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        let end = period.span.upperBound
        return end >= 2 && s[end - 2] == "同" && s[end - 1] == "期" || end + 1 < s.count && s[end] == "同" && s[end + 1] == "期"
    }

    /// Whether the sentence's words before `position` make what follows a goal (力争, 到2025年) or an expectation
    /// (预计, 建成后).
    private func outlook(before position: Int) -> FactKind? {
        // Found once a sentence (OutlookMarks); a figure read across a sentence's end (a sign or a range written
        // before it) starts before the sentence and finds none.
        if let found = outlookMarks.word(before: position, in: s, sentenceStart: sentenceStart) { return found == .level ? nil : found }
        if let carriedOutlook { return carriedOutlook }
        if let sectionOutlook = memory.sectionOutlook { return sectionOutlook }
        // 到2025年: a deadline.
        if outlookMarks.deadline(before: position, periods: periods, in: s, sentenceStart: sentenceStart) {
            return .target
        }
        return nil
    }

    /// A heading without figures opens a section: 二、2024年主要预期目标 makes what follows goals for 2024, until the
    /// next numbered heading.
    private mutating func section(_ range: Range<Int>) {
        // (（一）主要目标。全市汽车产量达到32万辆…: a numbered heading its paragraph goes on from, on its line, opens a section
        // of goals when it names them, under a heading of a coming year, and ends one so opened when it does not, （二）重点任务。;
        // not one a heading of its own line opened, 二、主要目标⏎（一）产业规模。…)
        if range.upperBound < s.count, s[range.upperBound] == "。", range.count <= 12, Words.headingBody(s, range) != nil {
            // (Only under a heading of a coming year, 二、2024年工作思路, or of the year's own early in it: a summary's 主要目标,
            // 一、2023年工作回顾 in December, may report what was done.)
            if let goal = FactShape.outlooks.last(in: s, range), goal.range.upperBound >= range.upperBound - 2,
                let year = memory.sectionPeriod?.endYear, year > documentYear ?? year - 1 || year == documentYear && (documentMonth ?? 12) <= 3
            {
                (memory.sectionOutlook, memory.sectionInline) = (goal.value, true)
            } else if memory.sectionInline {
                (memory.sectionOutlook, memory.sectionInline) = (nil, false)
            }
            return
        }
        // (A title may be longer, and so may a table's caption that declares its units, at its end or on the line below:
        // …各县（市、区）规模以上工业增加值增速（%）, …各县市区规模以上工业增加值增速⏎（单位：%）.)
        guard range.upperBound == s.count || s[range.upperBound] == "\n" else { return }
        let end = DeclaredUnits.unitBracket(in: s, range) ?? range.upperBound
        let captioned = range.lowerBound == 0 || end < range.upperBound || range.count <= 40 && declaresUnits(lineAfter: range)
        guard range.count <= (captioned ? 40 : 30) else { return }
        let headingBody = Words.headingBody(s, range)
        let numbered = headingBody != nil
        // (A title's forecast is its news, no section: 香港第二季經濟按年增長 特區政府維持全年預測. A line that introduces
        // a list, 主要预期目标是：, opens none either: what it says holds for the list.)
        if s[range.upperBound - 1] != "：", let goal = FactShape.outlooks.last(in: s, range),
            numbered || goal.range.upperBound >= range.upperBound - 2 && range.lowerBound > 0
        {
            (memory.sectionOutlook, memory.sectionInline) = (goal.value, false)
            memory.sectionPeriod = periods.last(where: { !Self.isBase($0, in: s) })?.period
        } else if numbered || Words.appendices.match(s, at: range.lowerBound, end: range.upperBound) != nil {
            (memory.sectionOutlook, memory.sectionPeriod, memory.sectionInline) = (nil, nil, false)  // (附件: a report's annex, its tables of results)
            // (三、2025年重点工作: the year the section's goals are for, though it states none itself.)
            if numbered, let year = periods.last(where: { range.contains($0.span.lowerBound) && !Self.isBase($0, in: s) })?.period,
                let first = year.start, first.hasSuffix("-01-01"), year.end?.hasSuffix("-12-31") == true, year.endYear.map({ $0 >= (documentYear ?? 0) }) == true
            {
                memory.sectionPeriod = year
            }
        }
        // 一、规上工业增加值增速: the measure the section's rows are of; a title's (2024年1-11月泉州市各县（市、区）
        // 规模以上工业增加值增速), the document's, after its period, its place and the divisions it lists.
        // (The units in brackets after it are no part of it, nor are the divisions in brackets before: 各县（市、区）.)
        var body: Int?
        if let heading = headingBody { body = afterBrackets(heading..<end) } else if captioned { body = titleMeasureStart(range.lowerBound..<end) }
        if let body {
            let named = FactShape.headingMeasure(s[body..<max(body, end)].filter { !Words.punctuation.contains($0) })
            (memory.sectionMeasure, memory.sectionRates) = (named?.measure, named?.rates ?? false)
            if let measure = named?.measure { memory.lastMeasure = measure }
        }
    }

    /// Whether the line after `range` declares a table's units alone (（单位：%）): a line of 20 scalars at most, looked
    /// for no further.
    private func declaresUnits(lineAfter range: Range<Int>) -> Bool {
        let start = range.upperBound + 1, limit = min(s.count, start + 21)
        guard start < s.count, let end = s[start..<limit].firstIndex(of: "\n") ?? (limit == s.count ? limit : nil) else { return false }
        return DeclaredUnits.declared(in: s, start..<end) != nil
    }

    /// Whether the line right before `range`'s is a caption: short, with no comma, full stop or tab (表4　2024年某某市主要产品产量).
    private func hasCaption(before range: Range<Int>) -> Bool {
        guard range.lowerBound > 1, s[range.lowerBound - 1] == "\n" else { return false }
        let start = s[..<(range.lowerBound - 1)].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        let line = start..<(range.lowerBound - 1)
        return line.count <= 48 && !s[line].contains(where: { $0 == "，" || $0 == "。" || $0 == "\t" })
    }

    /// The place a table's caption names, on the line of its units' declaration or the line before (表1　2025年1-5月
    /// 全省主要经济指标): a generic place word or a place's name.
    private func captionPlace(before declaration: Range<Int>) -> [Unicode.Scalar]? {
        let lineStart = s[..<declaration.lowerBound].dropLast().lastIndex(of: "\n").map { $0 + 1 } ?? 0
        for p in lineStart..<declaration.upperBound where Words.isHan(s[p]) {
            // (…1-6月青枫高新区主要指标: a zone no gazetteer knows, its name starting after the caption's period, when it is the
            // document's zone: 国家级高新区主要指标 names a class of zones.)
            if p == lineStart || !Words.isHan(s[p - 1]) && !DocumentPlace.dateEnds.contains(s[p])
                || DocumentPlace.dateEnds.contains(s[p - 1]) && p >= 2 && ChineseNumeral.arabic(s[p - 2]) != nil,
                let k = DocumentPlace.zoneEnd(in: s, from: p, to: declaration.upperBound, shortest: 2),
                // (…一季度天津滨海高新技术产业开发区…: one whose place is known is named from it, below.)
                Words.places.match(s, at: p, end: k) == nil, !(p..<k).contains(where: { Gazetteer.match(s, at: $0, end: k) != nil }),
                case let name = Array(s[p..<k]), let zone = place?.names["区"], DocumentPlace.names(name, zone)
            {
                return name
            }
            let place = Words.places.match(s, at: p, end: declaration.upperBound)?.length
            guard let n = place ?? Gazetteer.match(s, at: p, end: declaration.upperBound)?.length else { continue }
            // (重庆某某机车股份有限公司8月产销快报：: the firm's figures, not its place's.)
            if FactShape.registeredFirmEnd(Array(s[p..<declaration.upperBound])) != nil { return nil }
            // (表1　2025年1-9月常德经济技术开发区主要经济指标, …天津滨海高新技术产业开发区…: the zone named after its place.)
            if let k = DocumentPlace.zoneEnd(in: s, from: p, to: declaration.upperBound, shortest: n) { return Array(s[p..<k]) }
            if place != nil || n > 2 { return Array(s[p..<(p + n)]) }
        }
        return nil
    }

    /// Where the words a title may name its measure with start: after its last period and bracket, its place and the
    /// divisions it lists (各县).
    private func titleMeasureStart(_ range: Range<Int>) -> Int {
        var start = afterBrackets((periods.last.map { max(range.lowerBound, $0.span.upperBound) } ?? range.lowerBound)..<range.upperBound)
        // (The place first, unless the divisions come first: 各县市区… is no place 各县市.)
        if FactShape.divisionKinds.match(s, at: start, end: range.upperBound) == nil, let n = FactShape.placeLength(Array(s[start..<range.upperBound])) {
            start += n
        }
        if let (_, n) = FactShape.divisionKinds.match(s, at: start, end: range.upperBound) {
            start += n  // 各县市区
        } else if start + 1 < range.upperBound, s[start] == "各", DocumentPlace.levels.contains(s[start + 1]) {
            start += 2
        }
        return start
    }

    /// Where `range` goes on after its last closing bracket (its start when it has none).
    private func afterBrackets(_ range: Range<Int>) -> Int {
        range.last(where: { s[$0] == "）" || s[$0] == ")" }).map { $0 + 1 } ?? range.lowerBound
    }

    /// Whether the words between two figures say the second is where a change reached (提高至2024年的): a direction
    /// word and 至 or 到, in one clause.
    private static func reaches(_ segment: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        guard let to = segment.last(where: { s[$0] == "至" || s[$0] == "到" }), !s[segment].contains(where: { Words.clauseEnds.contains($0) }) else { return false }
        return Words.directions.match(s, endingAt: to, start: segment.lowerBound) != nil
    }

    /// Whether a period is a time a clause reaches (订单已排产至明年3月, after `start`), no time its figures hold; 截至6月底
    /// is a date, and so is 到2025年 opening a clause.
    private static func isTimeReached(_ period: PeriodMention, in s: [Unicode.Scalar], within start: Int) -> Bool {
        let i = period.span.lowerBound
        guard i > start + 1, s[i - 1] == "至" || s[i - 1] == "到" else { return false }
        // (订单排产已至2028年: 已 between the verb and 至.)
        let verbEnd = i - 2 > start && s[i - 2] == "已" ? i - 2 : i - 1
        return reaching.match(s, endingAt: verbEnd, start: start) != nil
    }
    /// Verbs a time reached is written after (排产至, 排到, 延长至); 提高至2024年的81% and 截止至 are no such time (2021年至2024年 is one run of years).
    private static let reaching = Lexicon(words: ["排产", "排", "排期", "延长", "延续", "延至", "顺延", "推迟", "安排", "持续"])

    /// Whether a period is what a figure is compared with (比1-7月加快, 较2021年底, 上年同期基数较低), not when it holds.
    /// (Static, taking the text: called from closures in mutating methods, a method of the reader would copy it
    /// whole, retaining each of its arrays, on every call.)
    private static func isBase(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        if period.span.lowerBound > 0 {
            let before = s[period.span.lowerBound - 1]
            if before == "比" || before == "较" || before == "較" || before == "与" { return true }
            // (出货量1.42GWh，已超过2021年全年出货量: what a figure exceeds is compared with, its year no later figure's.)
            if before == "过" || before == "出" || before == "于",
                Self.exceeding.match(s, endingAt: period.span.lowerBound, start: max(0, period.span.lowerBound - 2)) != nil
            {
                return true
            }
            // (份额由上年同期的44.2%降至39.8%, 从2020年的…提高到…: where a change starts from.)
            // (从上半年的情况看 frames the text: only a figure right after 的 is where a change starts.)
            // (毛利率38.6%，优于第2季的35.1%: the figure compared with, of its own period, which holds no later one.)
            let compared = before == "于" && period.span.lowerBound > 1 && "优高低好胜强弱".unicodeScalars.contains(s[period.span.lowerBound - 2])
            if before == "由" || before == "从" || compared, period.span.upperBound + 1 < s.count, s[period.span.upperBound] == "的",
                QuantityScanner.mayStart(s[period.span.upperBound + 1])
            {
                return true
            }
            // (占本公司2023年经审计净资产的9.1%: the year of the firm's account a contract is compared with, not of the
            // share; 占公司2024年度营业收入13.8亿元的约30.1% states the whole, of its year; 占2024年全市汽车产量的 is the
            // share's year.)
            if let k = s[max(0, period.span.lowerBound - 4)..<period.span.lowerBound].lastIndex(of: "占"),
                FactShape.genericWholes.matchesWhole(Array(s[(k + 1)..<period.span.lowerBound])),
                let of = s[period.span.upperBound..<min(s.count, period.span.upperBound + 16)].firstIndex(of: "的"),
                !s[period.span.upperBound..<of].contains(where: { ChineseNumeral.arabic($0) != nil })
            {
                return true
            }
        }
        // (…业绩，连同截至二零二三年十二月三十一日止年度之比较数字: the year whose figures are set beside.)
        let end = period.span.upperBound
        // (…之比较数字为人民币52.1亿元 states the year's own figure.)
        if end + 1 < s.count, s[end] == "之" || s[end] == "的", let (_, n) = Self.comparatives.match(s, at: end + 1, end: min(s.count, end + 6)),
            end + 1 + n == s.count || Words.punctuation.contains(s[end + 1 + n]) || Words.sentenceEnds.contains(s[end + 1 + n])
        {
            return true
        }
        return end + 1 < s.count && s[end] == "基" && s[end + 1] == "数"
    }

    /// Verbs of exceeding before what a figure is compared with (超过2021年全年出货量).
    static let exceeding = Lexicon(words: ["超过", "超出", "多于", "少于"])

    /// What a period is named before to say its figures are set beside the text's own (之比较数字).
    static let comparatives = Lexicon(words: ["比较数字", "比较数据", "比较资料", "比较金额"])

    /// Clauses end at commas outside figures; 、 lists stay inside a clause.
    private mutating func clauses(_ sentence: Range<Int>) {
        var next = 0  // the first figure not yet given to a clause
        // (2. 工业投资增长10%: the item's number is no part of its measure; 第一、二、三产业 is a list, no number.)
        var start = Words.headingBody(s, sentence).flatMap { ChineseNumeral.arabic(s[sentence.lowerBound]) != nil ? $0 : nil } ?? sentence.lowerBound
        var i = sentence.lowerBound
        var inside = (ordered: zip(quantities, quantities.dropFirst()).allSatisfy { $0.span.upperBound <= $1.span.lowerBound }, from: 0)
        while i <= sentence.upperBound {
            if i < sentence.upperBound, !clauseEnds.contains(s[i]) || figureHolds(i, &inside) || declaresShortName(around: i) {
                i += 1
                continue
            }
            let clause = start..<i
            var end = next
            // 晶宏半导体2024年半年报显示: a firm named in a clause without figures, framing or not.
            if next == quantities.count || quantities[next].span.lowerBound >= clause.upperBound { noteNames(clause) }
            while end < quantities.count, quantities[end].span.lowerBound < clause.upperBound { end += 1 }
            if end > next {
                facts(of: clause, next..<end)
            } else if !isFrame(clause), let phrase = phrase(clause) {
                // 花都区重大项目集中签约活动举行, 该项目由某某集团投资建设, 全市PM2.5年均浓度为…: the place or the firm or
                // project named first holds the sentence's figures (a day before it, 15日, is no part of it).
                var named = phrase[...]
                while let first = named.first, ChineseNumeral.arabic(first) != nil { named.removeFirst() }
                if named.first == "日", named.count < phrase.count { named.removeFirst() }
                // (记者从某中新区管委会获悉: whom the reporter heard names the holder.)
                var words = Array(named)
                FactShape.dropByline(&words)
                // 此次签约项目中, 全市规模以上工业企业中: the things the figures after it are parts of. Only a place
                // written in it holds them, not a holder or subject stated before it.
                let among = phrase.count > 2 && phrase.last == "中"
                // (此次签约项目中，产业项目38个: parts of what happened happened too, on its day.)
                let amongEvents = among && FactShape.countEvents.occurs(in: phrase, 0..<phrase.count)
                if amongEvents { (sentenceEvents, partSentence) = (true, true) }
                // (新增“小升规”企业中，电气机械和器材制造业31家: the firms the parts are counted of.)
                // (As written: 新增 says which firms.)
                if among, case let firms = s[clause].dropLast().filter({ !Words.punctuation.contains($0) && $0 != "在" }), firms.count > 2,
                    firms.suffix(2).elementsEqual(Self.firmWord)
                {
                    amongFirms = firms
                }
                // (无锡高新区集成电路产业园位于…: the park, not the zone its name starts with.)
                let park = FactShape.parkName(in: words).flatMap { $0.lowerBound == 0 ? $0.upperBound : nil }
                    ?? FactShape.zoneOpening(words)
                // (云南日报讯（记者 杨帆）7月9日: a newspaper's name, its place in it, holds nothing. Looked for where 讯 or 报
                // is written, as every byline's word has one.)
                let byline = words.contains { $0 == "讯" || $0 == "报" } && FactShape.newsBylines.occurs(in: words, 0..<words.count)
                // (…此前签约的晶硅光伏组件项目已于5月建成投产: the project, not the place before it.)
                if FactShape.sitings.match(words, at: 0, end: words.count) != nil {
                    // (…项目由…投资建设，总投资32亿元，选址县化工园区，规划用地580亩: where the project stands holds nothing.)
                } else if !among, let project = FactShape.projectName(in: words), FactShape.namesOneProject(words, project) {
                    holder = Array(words[project])
                    memory.namedProject = holder
                    subject = nil  // (…；博恒…项目由…投资建设，总投资22.6亿元: the project, not the one the subject named before)
                } else if !among, let event = FactShape.eventName(in: words) {
                    holder = Array(words[event])  // 第八届…博览会在成都举办，展览面积12万平方米
                    noteEvent(holder, named: true)
                    // (某某装备股份有限公司在第五届…博览会上签约…: the firm that signed at the fair holds what it signed.)
                    if event.lowerBound > 1, words[event.lowerBound - 1] == "在", let firm = FactShape.firmName(in: Array(words[..<(event.lowerBound - 1)])),
                        FactShape.registeredFirmEnd(firm) != nil
                    {
                        holder = firm
                    }
                } else if !among, let event = event(standingFor: FactShape.withoutDuring(words)) {
                    holder = event  // 推介会期间，共签约项目58个: the fair named before
                } else if !among, let firm = FactShape.registeredFirmEnd(words).map({ Array(words[..<$0]) }) ?? FactShape.firmName(in: words),
                    words.starts(with: firm), FactShape.placeLength(words) != nil
                {
                    holder = firm  // 浙江恒信密封科技股份有限公司深耕…: the firm registered under its place's name, not the place
                    subject = nil  // (…位列第7位；保定某某机械有限公司首次上榜，位列第58位: this firm, not the one before)
                } else if !byline, let n = park ?? FactShape.placeLength(words) ?? zoneKindOpening(words)?.length ?? (among ? nil : genericProject(opening: words)
                    ?? FactShape.genericFirms.match(words, at: 0, end: words.count)?.length
                    ?? FactShape.genericParks.match(words, at: 0, end: words.count)?.length  // (该基地由…投资建设，总投资35亿元)
                    ?? FactShape.genericClusters.match(words, at: 0, end: words.count)?.length)  // (集群已形成…完整产业链，聚集企业580多家)
                {
                    holder = Array(words[..<n])
                } else if among {
                    // (…签约项目中: the place the event's figures were of, no project named before.)
                    holder = amongEvents ? memory.lastHolder.flatMap { FactShape.placeLength($0) == $0.count ? $0 : nil } : nil
                }
                if let named = Words.copulaSubject(phrase) {
                    subject = named  // 该公司是国家级专精特新企业: what the clause is about
                } else if among {
                    subject = nil
                } else if phrase.count <= Words.longestSubject, phrase.last != "了", phrase.first != "由", !FactShape.bylines.occurs(in: phrase, 0..<phrase.count),
                    FactShape.sitings.match(phrase, at: 0, end: phrase.count) == nil,  // (选址县化工园区: where a project stands, no subject)
                    Words.metrics.last(in: phrase, 0..<phrase.count) != nil || FactShape.holderEnds.match(phrase, endingAt: phrase.count, start: 0) != nil
                        || FactShape.placeLength(phrase) != nil
                {
                    subject = phrase  // (二季度订单饱满 says how things stand, no subject; 由某某集团投资建设 says who builds)
                }
            }
            next = end
            start = i + 1
            i += 1
        }
    }

    /// Whether the mark at `i` stands in the brackets of a short name's declaration (（以下简称“某某动力”，证券代码：
    /// 600000）), which end no clause: its opening bracket within 16 scalars before it (以下简称, quotes and a short name
    /// of eight at most).
    private func declaresShortName(around i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 16) {
            if s[k] == "（" || s[k] == "(" { return opensDeclaration(at: k, end: i) }
            if s[k] == "）" || s[k] == ")" { return false }
            k -= 1
        }
        return false
    }

    /// The declared short name a phrase opens with (锂源新能 of 锂源新能宜宾基地), its length and the registered name.
    /// (The longest declared, and only before a place or a project's 年产: 某川动力荆门基地, not 东方电气德阳基地 after 东方 or
    /// 某川动力电池荆门基地.)
    private func shortNameOpening(_ h: [Unicode.Scalar]) -> (Int, [Unicode.Scalar])? {
        guard !firmsByShortName.isEmpty else { return nil }
        for n in stride(from: min(h.count - 2, 8), through: 2, by: -1) {
            if let full = firmsByShortName[Array(h[..<n])] {
                // (…年产20万吨差别化纤维项目: a project named by what it makes, too.)
                let made = h.suffix(2).elementsEqual(Self.projects) && h[n...].starts(with: Self.yearlyOutput)
                let rest = Array(h[n...])
                let placed = Gazetteer.match(rest, at: 0, end: rest.count) != nil || DocumentPlace.zoneEnd(in: rest, from: 0, to: rest.count, shortest: 2) != nil
                return placed || made ? (n, full) : nil  // (两江新区智能工厂: a zone's)
            }
        }
        return nil
    }

    /// A loss written in brackets after the profit it would be: 毛损, 损失, 净损, 损.
    static let lossNotes = Lexicon(words: ["毛损", "损失", "净损", "损", "亏损"])
    /// What opens a bracketed note of a thing's other name: 商品名, 通用名, 英文名, 原名.
    static let nameNotes = Lexicon(words: ["商品名", "通用名", "英文名", "英文名称", "原名", "商标"])

    /// Whether a short name's declaration opens at `k`, a bracket before 以下简称 (…有限公司（以下简称“某某动力”）), or a stock
    /// code in brackets (联岳科技（2385）); or a note no phrase holds: a product's other name, a filing's loss, a unit alone, a
    /// zone's district or short form.
    private func opensDeclaration(at k: Int, end: Int) -> Bool {
        guard s[k] == "（" || s[k] == "(" else { return false }
        if FactShape.shortNameWords.match(s, at: k + 1, end: end) != nil || FactShape.groupNameWords.match(s, at: k + 1, end: end) != nil { return true }
        // (瑞替尼片（商品名：瑞安宁）销售收入: a product's other name is no part of the measure.)
        if Self.nameNotes.match(s, at: k + 1, end: end) != nil { return true }
        // (A short bracket's words, for the notes below.)
        let close = s[(k + 1)..<min(end, k + 10)].firstIndex(where: { $0 == "）" || $0 == ")" })
        // (營業毛利(毛損), 稅前淨利(淨損): a Taiwan filing's word for the loss the same line would be is no part of the measure.)
        if let close, k > 0, "利益润余".unicodeScalars.contains(s[k - 1]), Self.lossNotes.matchesWhole(Array(s[(k + 1)..<close])) {
            return true  // (not 其他收益及（虧損）淨額, where it is the line's own word)
        }
        // (營業毛利(毛損) (仟元): the units of the figure after it, in brackets alone.)
        if let close, DeclaredUnits.isMoneyUnitAlone(s[(k + 1)..<close]) { return true }
        // (本报讯（记者 王刚）某某物流控股有限公司…: the reporters of a byline are no part of the name after it.)
        if FactShape.reporters.match(s, at: k + 1, end: end) != nil { return true }
        // (联岳科技（2385）, 某某股份（300750.SZ）: a stock code in brackets is no part of the name.)
        var digits = k + 1
        while digits < end, digits - k <= 6, ChineseNumeral.arabic(s[digits]) != nil { digits += 1 }
        if digits - k - 1 >= 4, digits < end, s[digits] == "）" || s[digits] == ")" || s[digits] == "." { return true }
        // (成都经济技术开发区（龙泉驿区）, 长沙高新技术产业开发区（长沙高新区）: the district a zone lies in, or its short form, in
        // brackets after its name is no part of it.)
        if let close, close - k > 2, DocumentPlace.zoneEnds.match(s, endingAt: k, start: max(0, k - 16)) != nil,
            case let inside = Array(s[(k + 1)..<close]), FactShape.placeLength(inside) == inside.count || DocumentPlace.zoneEnds.match(inside, endingAt: inside.count, start: 0) != nil
        {
            return true
        }
        // (天津经济技术开发区（泰达）: a short name declared in brackets alone.)
        guard !shortNames.isEmpty, let close else { return false }
        return shortNames.values.contains { $0.elementsEqual(s[(k + 1)..<close]) }
    }

    /// Whether a figure of the sentence holds `i` (1,234.5), asked in order of position: when the figures stand in
    /// order without overlapping, as they do, found from the first not ending before the last asked, not by a scan
    /// of all (quadratic in a long sentence).
    private func figureHolds(_ i: Int, _ inside: inout (ordered: Bool, from: Int)) -> Bool {
        guard inside.ordered else { return quantities.contains(where: { $0.span.contains(i) }) }
        while inside.from < quantities.count, quantities[inside.from].span.upperBound <= i { inside.from += 1 }
        return inside.from < quantities.count && quantities[inside.from].span.contains(i)
    }

    /// Whether a clause only frames what follows (按可比价格计算, 分门类看, 据初步核算): no subject of its own. (经开区举行…
    /// names its zone: 经 opens a zone's kind as it opens 经核算.)
    private func isFrame(_ clause: Range<Int>) -> Bool {
        Words.frameStarts.match(s, at: clause.lowerBound, end: clause.upperBound) != nil
            && FactShape.zoneFamilies.match(s, at: clause.lowerBound, end: clause.upperBound) == nil
            || Words.frameEnds.match(s, endingAt: clause.upperBound, start: clause.lowerBound) != nil
    }

    /// The words of `clause` before the figure `q`: none when its span (a qualifier's, after random bytes) starts before
    /// the clause.
    private func wordsBefore(_ q: QuantityMention, in clause: Range<Int>) -> Range<Int> {
        clause.lowerBound..<max(clause.lowerBound, q.span.lowerBound)
    }

    /// The facts of one clause: a subject and metric shared by its figures, a direction and period for each.
    private mutating func facts(of clause: Range<Int>, _ figures: Range<Int>) {
        // The text and clause ends as locals: a closure below that read the reader's own would take the reader's address,
        // and every call of a method of the reader after it would then retain the whole reader (each of its arrays) around
        // the call. So would an argument with a call in it (`leadStart(…)`, `a ?? b`, `a && b`, `a + b`) written into the
        // call of a method of the reader: such arguments are found first, as locals.
        let (s, clauseEnds) = (self.s, self.clauseEnds)
        let first = quantities[figures.lowerBound]
        let head = clause.lowerBound..<max(clause.lowerBound, first.span.lowerBound)
        let verb = directionWord(in: head)
        let firstDirection = direction(of: first, verb: verb, head: head)
        let growth = first.kind == .ratio && firstDirection != nil && verb != nil
        var metricRange = metricWord(in: head)
        // Of a growth rate, the thing that grows is the subject: 民营企业增长8.7%, 工业投资增长15.2%.
        if growth, let r = metricRange, Words.entityWords.match(s, endingAt: r.upperBound, start: r.lowerBound) != nil { metricRange = nil }
        // (全省百强企业研发费用1124亿元: a sum of money is no count of the things named before what it measures, nor are
        // deals, 园区企业获得股权融资18笔, nor a rate, 规模以上工业企业亏损面18.6%.)
        if !(first.kind == .count && FactShape.unitsOfThings.contains(first.unit)), let r = metricRange, FactShape.thingKinds.match(s, at: r.lowerBound, end: r.upperBound)?.length == r.count,
            let rest = phrase(r.upperBound..<head.upperBound), rest.count >= 2
        {
            metricRange = nil
        }
        var metric: [Unicode.Scalar]?
        if !growth {
            metric = metricRange.map { Array(s[$0]) }
            // 年产工业机器人5000台, 建成后可年产动力电池10GWh: the product made a year, its output or (expected) capacity.
            if let r = metricRange, s[r].elementsEqual("年产".unicodeScalars), let product = phrase(r.upperBound..<head.upperBound),
                product.count <= Words.longestSubject, product.allSatisfy(Words.isHan), Words.actions.match(product, at: 0, end: product.count) == nil
            {
                metric = product + (outlook(before: first.span.lowerBound) == .forecast ? "年产能" : "年产量").unicodeScalars
            } else if let r = metricRange, first.kind == .count, !FactShape.unitsOfThings.contains(first.unit), !FactShape.areaUnits.contains(first.unit),
                FactShape.tradeSizes.match(s, at: r.lowerBound, end: r.upperBound)?.length == r.count, let product = phrase(r.upperBound..<head.upperBound),
                product.count <= Words.longestSubject, product.allSatisfy(Words.isHan), Words.actions.match(product, at: 0, end: product.count) == nil,
                Words.metrics.last(in: product, 0..<product.count) == nil
            {
                // 出口各类农业机械2.4万台: the goods exported, their 出口量.
                metric = product.dropFirst(FactShape.allKinds.match(product, at: 0, end: product.count - 1)?.length ?? 0) + s[r] + ["量"]
            }
        } else if let verb {
            metric = verbMetric(verb.range)  // not in a closure, which would copy the reader
        }
        let verbLength = growth ? metric?.count ?? 0 : 0
        let subjectEnd = metricRange?.lowerBound ?? verb?.range.lowerBound ?? head.upperBound
        // 实施了53个技术改造项目: a count with no metric before it counts what follows it.
        let countedLater = metric == nil && first.kind == .count
        if countedLater { metric = countedAfter(first, in: clause) }
        // 集成电路产量占全国的12.4%: a share's whole written after its measure.
        if let r = metricRange, let k = (r.upperBound..<head.upperBound).first(where: { s[$0] == "占" }), metric != nil, !growth {
            metric! += s[k..<head.upperBound].filter { !Words.punctuation.contains($0) }
        }
        // 海纳储能2024年储能系统出货量, 香港2023年第三季本地生产总值: the name before a period holds what follows it.
        var lead: [Unicode.Scalar]?, leadClass: [Unicode.Scalar]?
        var subjectStart = head.lowerBound
        if let period = periods[periodsBetween(head.lowerBound + 1, subjectEnd)].first(where: {
            $0.span.lowerBound > head.lowerBound && $0.span.upperBound <= subjectEnd && !Self.isBase($0, in: s)
        }),
            case let leading = leadStart(head.lowerBound..<period.span.lowerBound), var words = phrase(leading),  // (found first: see above)
            words.count <= Words.longestSubject || FactShape.firmAfterItsKind(words) != nil
        {
            // (约占公司上一年度营业收入…的…%: the whole of a share, 占 no part of whose it is.)
            if let k = words.prefix(2).firstIndex(of: "占"), k + 1 < words.count { words.removeFirst(k + 1) }
            // 全省入围企业2023年营业收入: the firms on a list are a class of what the place measures.
            // (全市装备制造业上市公司去年…: so are the listed firms of a trade.)
            // (全县42家上市公司前三季度…: the firms' count before them is no part of the class.)
            if let n = FactShape.placeLength(words), n < words.count, case let c = FactShape.countLength(words, at: n), c < words.count - n,
                FactShape.firmClassLength(Array(words[(n + c)...])) == words.count - n - c
                    || words.count - n - c > 4 && words.suffix(4).elementsEqual("上市公司".unicodeScalars)
            {
                (lead, leadClass) = (Array(words[..<n]), Array(words[(n + c)...]))
            } else if FactShape.boards.occurs(in: words, 0..<words.count) {
                lead = firmMeant  // (董事会建议派发截至…止年度之末期股息: the board's firm)
            } else if Words.metrics.last(in: words, 0..<words.count) == nil || FactShape.firmAfterItsKind(words) != nil {  // (区内整车企业穗骐汽车)
                lead = FactShape.holder(words) ?? declaredName(in: head.lowerBound..<period.span.lowerBound)
            }
            if lead != nil { subjectStart = period.span.upperBound }
        }
        // 主要预期目标是：国内生产总值增长5%: what a colon introduces is the subject, not the words before it.
        // (A colon in brackets introduces nothing: （股票代号：6792）.)
        var labelMeasured = false
        let leadBeforeLabel = lead
        if let colon = (subjectStart..<min(subjectEnd, head.upperBound)).last(where: { s[$0] == "：" || s[$0] == ":" }),
            !s[colon..<min(subjectEnd, head.upperBound)].contains(where: { $0 == "）" || $0 == ")" })
        {
            // …股份有限公司发布2022年年报：全年实现营业收入: the firm before the colon holds what follows it.
            if lead == nil, let words = phrase(subjectStart..<colon) {
                if let firm = FactShape.firmName(in: words) {
                    lead = firm
                } else if FactShape.isNamedProject(words), !FactShape.countEvents.occurs(in: words, 0..<words.count), !FactShape.eventVerbs.occurs(in: words, 0..<words.count) {
                    // 甬江新材料高性能树脂一体化项目：该项目总投资186亿元: the project the label names (芜湖储能…项目 too,
                    // though a place starts its name).
                    lead = words
                    memory.namedProject = words
                } else if let n = FactShape.placeLength(words) ?? declaredName(words) {
                    holder = Array(words[..<n])  // 去年，全市工业经济…：规上工业增加值增长8.1%
                } else if let period = periods[periodsBetween(subjectStart, colon)].last, period.span.upperBound < colon,
                    let after = phrase(period.span.upperBound..<colon), let n = FactShape.placeLength(after)
                {
                    holder = Array(after[..<n])  // (建议今年全省…的主要预期目标是：: the place after the period the proposal names)
                } else if words.count <= Words.longestSubject, FactShape.isChain(words),
                    case let row = phrase((colon + 1)..<max(colon + 1, min(subjectEnd, head.upperBound))) ?? [],
                    FactShape.placeLength(row) == nil, FactShape.firmName(in: row) == nil
                {
                    // (先进轨道交通装备产业链：链主企业5家: a chain's label, part of what its row measures: `shape`; not before a row
                    // that names its own holder, 新能源汽车产业链：某某汽车集团有限公司实现产值….)
                    lead = words
                } else if words.count <= Words.longestSubject, FactShape.holderEnds.match(words, endingAt: words.count, start: 0) != nil,
                    let named = FactShape.holder(words), !Self.isVerbOfThings(named)
                {
                    lead = named  // 船舶海工产业：产值1186.4亿元: a table's label holds its row
                } else if growth, (4...6).contains(words.count), words.allSatisfy(Words.isHan), FactShape.tradeWords.match(words, endingAt: words.count, start: 0) != nil {
                    lead = words  // (华锐控股：营收增15.2%: a firm's short name as a headline's label holds its growth too)
                } else if words.count > 2, words.count <= Words.longestSubject, words.suffix(2).elementsEqual(Self.link),
                    !FactShape.linkKinds.matchesWhole(Array(words.dropLast(2))), FactShape.linkOpenings.match(words, at: 0, end: words.count) == nil,
                    case let row = phrase((colon + 1)..<max(colon + 1, min(subjectEnd, head.upperBound))) ?? [],
                    FactShape.placeLength(row) == nil, FactShape.firmName(in: row) == nil
                {
                    // (整机制造环节：链上企业14家: a chain's link, as a label; not 关键环节：, 聚焦薄弱环节：, 在审批环节：, nor one before
                    // a row that names its own holder, 上游环节：某某股份有限公司实现营收….)
                    lead = words
                } else if memory.declaredUnits != nil, DeclaredUnits.isPlaceLabel(s, before: colon) {
                    lead = words  // (杨镇地区：103.4，增长6.2, below its units: a place no gazetteer knows)
                } else if words.count <= Words.longestSubject,
                    growth && Words.metrics.last(in: words, 0..<words.count) != nil || memory.declaredUnits != nil || !growth && !words.contains("、"),
                    phrase((colon + 1)..<max(colon + 1, min(subjectEnd, head.upperBound))) == nil
                {
                    // (固定资产投资：增长4.6: the row's label is what grew, nothing after the colon but its verb; 营业毛利：15,872,906
                    // below declared units, or 募集资金净额：6.5亿元, what its bare figure measures.)
                    labelMeasured = true
                }
            }
            if !labelMeasured { subjectStart = colon + 1 }
        }
        let (subjectWords, laterCounted) = (subjectStart..<max(subjectStart, min(subjectEnd, head.upperBound)), countedLater && metric != nil)  // (found first)
        let shared = subjectPhrase(subjectWords, metric: &metric, growth: growth, first: first, countedLater: laterCounted)
        // (A row's label: 高技术制造业增加值：同比增长9.4%；, 固定资产投资：增长4.6%.)
        let rowLabel = labelMeasured || metricRange.map { $0.upperBound < s.count && (s[$0.upperBound] == "：" || s[$0.upperBound] == ":") } == true
        // (…；⏎固定资产投资：同比下降3.4%: the rows' holder again; not a part of what the industry's row measured, 新能源汽车产业产值：…；
        // 整车产值：…, nor below a second industry's row, which returns to the first one's holder too.)
        var heldBefore: (holder: [Unicode.Scalar]?, industry: [Unicode.Scalar]?, measured: ArraySlice<Unicode.Scalar>?)?
        if rowLabel {
            let measured = metric.flatMap { m in Words.measureWords.match(m, endingAt: m.count, start: 0).map { m.suffix($0.length) } }
            if let above = heldAboveLabel, measured == nil || measured != above.measured,
                shared.map({ FactShape.industryEnds.match($0, endingAt: $0.count, start: 0) == nil }) ?? true
            {
                (holder, industry, heldAboveLabel) = (above.holder, above.industry, nil)
            }
            heldBefore = (holder, industry, measured)
        }
        defer { if let before = heldBefore, industry != nil, industry != before.industry, heldAboveLabel == nil { heldAboveLabel = before } }
        if let shared {
            subject = (leadClass ?? []) + shared
        } else if let leadClass {
            metric = leadClass + (metric ?? [])
        } else if leadBeforeLabel == nil, lead != nil {
            subject = nil  // (设计业：营业收入…；⏎晶圆制造业：营业收入…，增长7.8%: a row's label holds its row; the row above's subject is done.)
        }
        var (subjects, ownPeriods) = respectively(head, figures, metricStart: metricRange?.lowerBound)
        // (…，同比分别增长20%、18%和15%: each of the years paired before.)
        if let own = ownPeriods {
            listedPeriods = own
        } else if listedPeriods?.count == figures.count, Words.respectively.last(in: s, head) != nil, periodsBetween(head.lowerBound, head.upperBound).isEmpty {
            ownPeriods = listedPeriods  // (not when the clause writes a period of its own)
        }
        // (营业收入和净利润分别为…: the metric is the last item's, no word of every item.)
        if let items = subjects, let m = metric, let last = items.last, last.count >= m.count, last.suffix(m.count).elementsEqual(m) { metric = nil }
        if subjects != nil, metric == nil, !listTail.isEmpty { metric = listTail }  // (黄埔、南沙两区规上企业数分别为…)
        // 增速分别为-0.2%、6.0%和9.4%: 分别 without a list of its own pairs with the sentence's last list.
        if let items = subjects {
            listed = items
            listedMetric = metricRange.map { Array(s[$0]) }
        } else if figures.count > 1, listed?.count == figures.count, Words.respectively.last(in: s, head) != nil {
            subjects = listed
            if metric == nil { metric = listedMetric }  // (…人均可支配收入分别达到…，分别增长…: of the list's measure)
        }
        // 总数分别达到15家和132家: each figure is of a measure the sentence counted before, in order.
        var paired: [[Unicode.Scalar]]?, pairedHolders: [[Unicode.Scalar]?]?
        // (…分别实现营业收入…，净利润分别为…: not when the clause names a measure of its own, other than a total.)
        if subjects == nil, figures.count > 1, sentenceMeasures.count >= figures.count, Words.respectively.last(in: s, head) != nil,
            metricRange.map({ FactShape.totals.match(s, at: $0.lowerBound, end: $0.upperBound)?.length == $0.count }) ?? true
        {
            // (A change keeps what happened: 签约亿元以上项目217个…，同比分别增长12.4%和9.6% is of 签约亿元以上项目数.)
            let rates = first.unit == "%"
            paired = sentenceMeasures.suffix(figures.count).map { rates ? $0 : FactShape.withoutEvent($0) }
            // …of holders not all the same (第一产业…，第二产业…), each figure is of its own holder too.
            let holders = Array(sentenceHolders.suffix(figures.count))
            if holders.contains(where: { $0 != holders[0] }) { pairedHolders = holders }
        }
        var previousEnd = head.upperBound
        let listsChains = subjects?.allSatisfy { FactShape.chainNamed(in: $0, from: 0) != nil } == true
        for (k, q) in quantities[figures].enumerated() {
            var subject = subjects?[k] ?? pairedHolders?[k] ?? self.subject
            // Whether the subject is written for this figure, not carried from a clause before it.
            var written = subjects != nil || pairedHolders != nil || (k == 0 && shared != nil)
            // Whether the words name who the figure is about: a list's item, a compared place, an industry's own verb.
            var named = subjects != nil || pairedHolders != nil
            var compared = false
            var comparedMeasure: [Unicode.Scalar]?
            // A comparison: 高于全国（3.9%） is the nation's figure.
            if q.span.lowerBound > clause.lowerBound, s[q.span.lowerBound - 1] == "(" || s[q.span.lowerBound - 1] == "（",
                let pivot = Words.pivots.last(in: s, clause.lowerBound..<(q.span.lowerBound - 1), accept: { r in
                    !(s[r.lowerBound] == "比" && r.lowerBound > 0 && (s[r.lowerBound - 1] == "同" || s[r.lowerBound - 1] == "环"))  // 同比 compares no one
                })
            {
                // 高于全国（3.8%）和全省（4.2%）: the second is 全省's.
                let open = q.span.lowerBound - 1
                let start = (pivot.range.upperBound..<open).last(where: { Words.comparedSeparators.contains(s[$0]) }).map { $0 + 1 } ?? pivot.range.upperBound
                subject = Array(s[start..<open])
                // 低于全省平均水平（5.0%）: the level is the place's.
                if let compared = subject, compared.count > 4, compared.suffix(2).elementsEqual("水平".unicodeScalars) { subject?.removeLast(2) }
                written = true
                named = true
                compared = true
                // 快于经济增速（4.6%）, 低于全部投资增速（6.8%）: a growth rate names what is compared, the holder's own.
                if let rate = subject, let (_, n) = Words.growthRateWords.match(rate, endingAt: rate.count, start: 0), n < rate.count {
                    comparedMeasure = Array(rate.dropLast(n))
                    (subject, written, named) = (holder, false, false)
                }
            }
            let segment = previousEnd..<max(previousEnd, q.span.lowerBound)
            // (设备联网率由2022年的38%提高至2024年的81%: the level reached is of what the change started from.)
            if k == 1, shared != nil, Self.reaches(segment, in: s), s[head].contains(where: { $0 == "由" || $0 == "从" }) { written = true }
            previousEnd = q.span.upperBound
            // A figure after the first may have its own verb (降低成本约12%、提升效率约18%) and its own metric.
            let own = k == 0 ? verb : directionWord(in: segment)
            // …and its own subject before that verb: 电力行业同比增长18.9%、医药增长16.8%.
            if k > 0, subjects == nil, let own, q.kind == .ratio, case let ownWords = segment.lowerBound..<own.range.lowerBound,  // (found first)
                let ownSubject = phrase(ownWords),
                Words.metrics.last(in: ownSubject, 0..<ownSubject.count) == nil
            {
                subject = ownSubject
                written = true
                named = true
            }
            // 江阴市11家、宜兴市9家: an item that names only a place or an industry is that holder's figure, of the first's measure.
            var bare = false
            // (居全国第三、全省第一: a rank's scope is no holder.)
            if k > 0, subjects == nil, pairedHolders == nil, q.kind == first.kind, q.unit == first.unit, q.rank == nil, let words = phrase(segment),
                FactShape.isBareHolder(words, unit: q.unit)
            {
                (subject, written, named, bare) = (words, true, true, true)
            }
            // A compared holder's figure (高于全国（2.3%）) is of the same kind as the one it is compared with.
            let ownVerb = own ?? verb  // (found first)
            let stated = k == 0 ? firstDirection : self.direction(of: q, verb: ownVerb, head: head)
            // 分别比上年末增加15家和210家: the verb before a list of figures moves them all.
            let listedMove = k > 0 && (paired != nil || subjects != nil) && q.kind == first.kind ? firstDirection : nil
            // (低于全省（5.0%）: the province's own growth is up, whatever the comparison; a rate below zero is down.)
            let comparedMove = compared && memory.lastStated?.direction != nil && q.unit == "%" ? (q.negative ? "down" : "up") : nil
            let direction = comparedMove ?? stated ?? (compared ? memory.lastStated?.direction : nil) ?? listedMove
            var figureMetric = metric, figureGrowth = growth
            // 分别有7家、5家和4家企业入选: the things the last figure counts, the items' every figure counts.
            if let items = subjects, items.count == figures.count, q.kind == .count, k < figures.count - 1, let last = quantities[figures].last,
                last.unit == q.unit, let counted = countedAfter(last, in: clause)
            {
                (figureMetric, figureGrowth) = (counted, false)
            } else if k > 0, !bare, q.rank.map({ $0.lowerBound <= segment.lowerBound + 1 }) != true,  // (、全省第一: its scope alone)
                let (ownMetric, ownGrowth) = laterMetric(q, segment: segment, verb: own, direction: direction, first: first, clause: clause) {
                (figureMetric, figureGrowth) = (ownMetric, ownGrowth)
            }
            if let paired { (figureMetric, figureGrowth) = (paired[k], false) }
            if let comparedMeasure { (figureMetric, figureGrowth) = (comparedMeasure, false) }
            // A goal's or forecast's period is its own; an actual's may be carried from an earlier sentence.
            // (计划引进项目60个，目前已签约38个: what is done already is an actual, whatever was planned before it.)
            // (产能将达到60万辆: 将 right before the figure, which starts at its verb, expects it too.)
            // (…宣布，将投资5亿港元扩建…, 拟投资…, 拟增资1.2亿美元: an investment announced, the figure right after its verb.)
            let announced = q.span.lowerBound >= 3 && (s[q.span.lowerBound - 3] == "将" || s[q.span.lowerBound - 3] == "拟")
                && (s[q.span.lowerBound - 2] == "投" || s[q.span.lowerBound - 2] == "增") && s[q.span.lowerBound - 1] == "资"
            let expected: FactKind? = q.span.lowerBound > 0 && s[q.span.lowerBound - 1] == "将" || announced ? .forecast : nil
            var outlook = outlook(before: q.span.lowerBound) ?? expected
            // (计划新开工项目214个，截至6月底已新开工182个: what is done already after a plan is an actual.)
            let done = outlookMarks.isDone(before: q.span.lowerBound)
            if done { outlook = nil }
            // (产能利用率将由第3季的88%提升至92%, 力争…由2024年的39%提高到50%: where the change expected starts from is an actual.)
            var changeStart: Period?
            if outlook != nil, q.span.lowerBound > 1, s[q.span.lowerBound - 1] == "的",
                let start = periods.last(where: { $0.span.upperBound == q.span.lowerBound - 1 }), start.span.lowerBound > 0,
                s[start.span.lowerBound - 1] == "由" || s[start.span.lowerBound - 1] == "从"
            {
                (outlook, changeStart) = (nil, start.period)
            }
            var statedPeriod: PeriodMention?
            for stated in periods[..<periodsStarting(before: q.span.lowerBound)].reversed()
            where stated.span.lowerBound < q.span.lowerBound && !Self.isBase(stated, in: s) && !Self.namesPlan(stated, in: s)
                && !Self.startsChange(stated, to: q, in: s)
                // (…（二〇二三年：港币1,102.7百万元），资产负债比率为18.6%: a note's year dates only the note's figure.)
                && !(Self.notesInBrackets(stated, in: s) && s[stated.span.upperBound..<q.span.lowerBound].contains { $0 == "）" || $0 == ")" })
                // (订单已排至明年二季度，在手订单金额…: the time a clause reaches dates no figure.)
                && !(Self.isTimeReached(stated, in: s, within: 0) && self.outlook(before: stated.span.lowerBound) == nil)
                && (outlook != nil || self.outlook(before: stated.span.lowerBound) == nil || done && stated.span.lowerBound >= clause.lowerBound)
                // (…，上年同期为1.12亿元，同比增长85.7%: the months a year before, given their own figure, date their own clause
                // only; 去年同期，集群产值为…, a clause of them alone, dates the next.)
                && !(stated.span.upperBound <= clause.lowerBound && Self.isSameMonthsOfAnotherYear(stated, in: s)
                    && stated.span.upperBound < s.count && !clauseEnds.contains(s[stated.span.upperBound])
                    && quantities.contains { $0.span.lowerBound >= stated.span.upperBound && $0.span.upperBound <= clause.lowerBound }) {
                statedPeriod = stated
                break
            }
            // (预计…净利润为2.08亿元至2.36亿元，上年同期为1.12亿元: what the months a year before were is no forecast.)
            if let stated = statedPeriod, stated.span.lowerBound >= clause.lowerBound, Self.isSameMonthsOfAnotherYear(stated, in: s) { outlook = nil }
            // (一、主要目标⏎到2025年，…具体目标如下：1.…达到1200家: the deadline of a section's first goal is its later goals'.)
            // (Not a year of the base a goal starts from, 在2024年…的基础上: a deadline not before the document's year.)
            if outlook == .target, memory.sectionOutlook == .target, memory.sectionPeriod == nil, let stated = statedPeriod, !Self.isBase(stated, in: s),
                let year = stated.period.endYear, year >= documentYear ?? year
            {
                memory.sectionPeriod = stated.period
            }
            var period = ownPeriods?[k] ?? statedPeriod?.period
                ?? (outlook == nil ? carriedPart ?? memory.carried : (carriedOutlook != nil ? carriedOutlookPeriod : nil)
                    ?? (memory.sectionOutlook != nil || outlook == .target ? memory.sectionPeriod : nil)  // (达产后年产值: no section's year)
                    // (预计实现归母净利润…, in a 半年度业绩预告: the half year's; a project's yield once done, none.)
                    ?? (outlook == .forecast && !outlookMarks.isCompletion(before: q.span.lowerBound, in: s) ? clues.previewPeriod : nil))
            if let changeStart { period = changeStart }
            if outlook == nil, let stated = period, stated.asOf == nil {
                let since = statedPeriod.map { s[$0.span.upperBound - 1] == "来" } == true
                period = narrowed(stated, since: since, before: q.span.lowerBound, clause: clause) ?? period
            }
            // 1月13日，工信部公布2024年度绿色制造名单，常州市新增12家: the year names the list; what it counts is of its day.
            if outlook == nil, ownPeriods == nil, let stated = statedPeriod, Self.namesEvent(stated, in: s, list: true), let day = openingDay(),
                FactShape.countEvents.occurs(in: s, sentenceStart..<clause.upperBound)  // (…，常州市共有138家企业入选)
            {
                period = day
            }
            // 比2020年的约5000亿元: the compared period's own figure, of that period.
            if let base = periods[..<periodsStarting(before: q.span.lowerBound)].last, Self.isBase(base, in: s),
                base.span.upperBound + 1 == q.span.lowerBound, s[base.span.upperBound] == "的"
            {
                period = base.period
            }
            // 计划2026年建成投产，达产后可形成月产能4万片: the year is the completion's, in a clause of its own; the
            // figure's is not written. (预计2025年建成投产后可新增…, in one clause, is for 2025.)
            if outlook == .forecast, ownPeriods == nil, let stated = statedPeriod,
                let completed = outlookMarks.completion(after: stated.span.lowerBound, before: q.span.lowerBound),
                s[stated.span.upperBound..<completed].contains(where: { clauseEnds.contains($0) })
            {
                period = nil
            }
            if let stated = statedPeriod ?? periods.last, let p = period { period = wholeYear(p, writtenAs: stated, outlook: outlook != nil) }
            // 约占国内市场份额的6%: 约 before the verb qualifies the figure after it.
            var q = q
            if k == 0, q.qualifier == .exact, head.contains(where: { s[$0] == "约" }), Words.roughly.occurs(in: s, head) { q.qualifier = .approx }
            // 现金流量净额…，上年同期为-0.35亿元: an amount or a count below zero is negative; only a rate's sign is its direction.
            // (…净利润0.9亿元，上年同期为亏损0.2亿元: a loss the year before is the same measure below zero.)
            let lossYearAgo = q.kind == .money && q.span.lowerBound >= 2 && s[q.span.lowerBound - 2] == "亏" && s[q.span.lowerBound - 1] == "损"
                && yearAgo(before: q, in: clause) && !sentenceMeasures.isEmpty
            if q.negative && q.kind != .ratio || lossYearAgo {
                q.value = -q.value
                q.upTo = q.upTo.map { -$0 }
            }
            // What grew: the measure words the subject phrase gave up (规上工业增加值增速回落) and the metric word.
            let moved = growth ? Array((metric ?? []).dropLast(verbLength)) : []
            var measured = (k == 0 || subjects != nil) && figureGrowth ? (moved + (metricRange.map { Array(s[$0]) } ?? [])).nilIfEmpty : nil
            // 手机、平板电脑和智能手表产量分别为…: each item is a product of the place before the list; 全区建材产业链、食品产业链
            // 分别实现产值…: each chain is part of a measure of it.
            if let items = subjects, let listedMetric,
                FactShape.productMeasures.match(listedMetric, endingAt: listedMetric.count, start: 0) != nil || listsChains
            {
                subject = listPlace
                named = false
                (figureMetric, figureGrowth, measured) = (items[k] + listedMetric, false, nil)
            }
            // 全市工业投资、技改投资分别增长12%和9%: each item is a measure of the place before the list.
            // (Projects and firms listed are holders: 新能源电池材料项目、…项目总投资分别为.)
            if let items = subjects, items.allSatisfy(FactShape.namesMeasure) {
                subject = listPlace
                named = false
                (figureMetric, figureGrowth, measured) = (items[k], false, nil)
            }
            // 全县城乡居民、农村居民人均可支配收入同比分别增长…: residents' groups listed are parts of the measure of the place before the list.
            if let items = subjects, items.allSatisfy({ Words.index(of: "居民".unicodeScalars, in: $0) != nil }) {
                if let listPlace { subject = listPlace + items[k] }
                // (…人均可支配收入分别达到…，分别增长…: a growth naming no measure is of the one the list was given.)
                if figureGrowth, measured == nil { measured = listedMetric }
            }
            // 虎门镇、塘厦镇各入选5家: the one figure is each item's.
            let each = k == 0 && figures.count == 1 && subjects == nil ? eachOf(head, unit: q.unit) : nil
            // (重庆市、陕西省各3家: the list is no part of the measure; what each holds is what was counted last.)
            if each != nil, let words = figureMetric, let ge = words.lastIndex(of: "各") {
                figureMetric = ge + 1 < words.count ? Array(words[(ge + 1)...]) : memory.lastMeasure
            }
            let carried = ownPeriods?[k] == nil && statedPeriod == nil
            // (2024年，…项目总投资…: a period opening the sentence alone is its figures'; 下半年公司将继续推进…项目建设，该项目总投资…:
            // one in another clause is what that clause did.)
            var periodElsewhere = carried
            if !carried, let p = statedPeriod {  // (not in a closure, which would copy the reader to call opensSentence)
                periodElsewhere = p.span.lowerBound < clause.lowerBound
                    && !(opensSentence(p.span.lowerBound) && p.span.upperBound < s.count && clauseEnds.contains(s[p.span.upperBound]))
            }
            // (…发布2025中国电子信息百强榜单。…某某集团位列第4位: a rank on the list, no scope written, is of the list's
            // year; a count on it, of its day.)
            // (…以2024年营业收入…位居榜单第一: a rank on the list itself, 榜单 no scope, is of its year, whatever the
            // account it ranks by is of.)
            // (…以2024年营业收入233亿元排在第9位, below such a list: the account's year is no rank's.)
            // (…发布《2025某地区百强县》榜单，某县位列第12位，居全省第二: a rank given the list's day, whatever
            // its scope, unless it ranks a count of the day: 入选数量居全省第5位, 某市入选41家，居全省首位.)
            if let scope = q.rank, let list = memory.list?.period,
                (period == memory.list?.day && !s[clause.lowerBound..<q.span.lowerBound].contains("数")
                    && !FactShape.countEvents.occurs(in: s, sentenceStart..<q.span.lowerBound))
                    || scope.isEmpty && (carried && period == memory.carried || period.map { Self.precedes($0, list) } == true && ranksOnList(q, clause: clause))
                    || FactShape.listWords.matchesWhole(Array(s[scope]))
            {
                period = list
            }
            // (…，比上届前移3位: a change of a rank on the list, below the year of its accounts, is of its year.)
            if q.rank == nil, q.unitID == RankScanner.unitID, let list = memory.list?.period, period.map({ Self.precedes($0, list) }) == true,
                ranksOnList(q, clause: clause)
            {
                period = list
            }
            // (…公布2023年度…考核结果。其中，某某开发区综合得分93.42分，…较上年前移3位: a score, and a rank's move, given the
            // day an assessment was published, are of the year it assesses, as its ranks are.)
            if q.rank == nil, q.unitID == QuantityScanner.score.id || q.unitID == RankScanner.unitID, let list = memory.list, period == list.day {
                period = list.period
            }
            for item in each.map({ $0.map(Optional.some) }) ?? [subject] {
                add(q, subject: item.flatMap { $0.isEmpty ? nil : $0 }, lead: subjects == nil && each == nil ? lead : nil, owner: describedName(after: q),
                    written: written || each != nil, named: named || each != nil, compared: compared, metric: figureMetric, metricIsVerb: figureGrowth,
                    measured: measured, direction: direction, period: period, carried: carried, periodElsewhere: periodElsewhere, outlook: outlook,
                    before: k == 0 ? head : segment, clause: clause)
            }
        }
    }

    /// The holders a figure is each of: the items of a list before 各 that each name only a place or an industry
    /// (虎门镇、塘厦镇各入选5家); nil when there is no such list (各类企业, 各区).
    private func eachOf(_ head: Range<Int>, unit: String) -> [[Unicode.Scalar]]? {
        // (重庆市、陕西省各3家: 各 right before the figure.)
        guard let ge = head.last(where: { s[$0] == "各" }), ge > head.lowerBound, Words.isHan(s[ge - 1]),
            ge + 1 == head.upperBound || !FactShape.notEach.contains(s[ge + 1])
        else { return nil }
        let items = list(head.lowerBound..<ge, count: 0)  // (split at 、, 和, 及 and 与)
        return items.count > 1 && items.allSatisfy({ FactShape.isBareHolder($0, unit: unit) }) ? items : nil
    }

    /// A growth verb as a metric, without the 了 of 增长了.
    private func verbMetric(_ range: Range<Int>) -> [Unicode.Scalar] {
        range.count > 1 && s[range.upperBound - 1] == "了" ? Array(s[range.dropLast()]) : Array(s[range])
    }

    /// The metric word nearest before the figure, with its modifiers (5G基站, 年营业收入); 规模以上 is a class of
    /// firms, not the metric 规模.
    private func metricWord(in head: Range<Int>) -> Range<Int>? {
        // (投资区共有7个项目: a zone's kind, no 投资; 投资区域 is.)
        guard var r = Words.metrics.last(in: s, head, accept: { r in
            !(r.count == 2 && s[r.lowerBound] == "规" && r.upperBound + 1 < s.count && (s[r.upperBound + 1] == "上" || s[r.upperBound + 1] == "下"))
                // (占地方一般公共预算支出的78.6%, 占地区生产总值: a share, no land taken.)
                && !(r.count == 2 && s[r.lowerBound] == "占" && s[r.lowerBound + 1] == "地" && r.upperBound + 1 < s.count
                    && (s[r.upperBound] == "方" && s[r.upperBound + 1] != "圆" || s[r.upperBound] == "区"))
                && !(r.count == 2 && s[r.lowerBound] == "投" && s[r.lowerBound + 1] == "资" && r.upperBound < s.count && s[r.upperBound] == "区"
                    && !(r.upperBound + 1 < s.count && s[r.upperBound + 1] == "域"))
        })?.range else { return nil }
        // 分别有重点项目58个、52个: a class of projects written before them is the metric's.
        if r.count == 2, s[r.lowerBound] == "项", s[r.lowerBound + 1] == "目",
            let (_, n) = FactShape.keyClasses.match(s, endingAt: r.lowerBound, start: head.lowerBound)
        {
            r = (r.lowerBound - n)..<r.upperBound
        }
        // 工业企业数字化研发设计工具普及率: a rate named after what it is among is the metric, whole.
        if Words.entityWords.match(s, at: r.lowerBound, end: r.upperBound)?.length == r.count,
            let rate = (r.upperBound..<head.upperBound).first(where: { s[$0] == "率" || !Words.isHan(s[$0]) }), s[rate] == "率", rate - r.upperBound <= 12
        {
            r = r.lowerBound..<(rate + 1)
        }
        // 省级中小企业特色产业集群（累计达到）19个: clusters of firms are what is counted, whole; so are firms' institutions
        // (国家级企业技术中心2个, 企业研发机构).
        if Words.entityWords.match(s, at: r.lowerBound, end: r.upperBound)?.length == r.count, head.upperBound > r.upperBound,
            case let rest = Words.trimmed(s, r.upperBound..<head.upperBound), rest.lowerBound == r.upperBound, (2...8).contains(rest.count),
            FactShape.wholesOfFirms.match(s, endingAt: rest.upperBound, start: rest.lowerBound) != nil, rest.allSatisfy({ Words.isHan(s[$0]) })
        {
            r = r.lowerBound..<rest.upperBound
        }
        // 一般贸易进出口值, 出口量, 进出口贸易额: the words after a flow that say which of its sizes is the metric's.
        if r.upperBound < head.upperBound, FactShape.tradeSizes.match(s, endingAt: r.upperBound, start: r.lowerBound) != nil,
            let (_, n) = Words.flowSizes.match(s, at: r.upperBound, end: head.upperBound)
        {
            r = r.lowerBound..<(r.upperBound + n)
        }
        // 到2026年产能: the 年 of a year is no part of 年产能.
        if r.count > 2, s[r.lowerBound] == "年", r.lowerBound > head.lowerBound, ChineseNumeral.arabic(s[r.lowerBound - 1]) != nil {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        while r.lowerBound > head.lowerBound, QuantityScanner.isASCIIAlphanumeric(s[r.lowerBound - 1]) { r = (r.lowerBound - 1)..<r.upperBound }
        // 计划总投资, 年度计划投资, 签约金额: the word that says which amount it is belongs to the metric.
        if let (_, n) = FactShape.measureKeeps.match(s, endingAt: r.lowerBound, start: head.lowerBound) { r = (r.lowerBound - n)..<r.upperBound }
        if let (_, n) = Words.metricPrefixes.match(s, endingAt: r.lowerBound, start: head.lowerBound),
            Words.periodWords.match(s, endingAt: r.lowerBound, start: head.lowerBound) == nil,
            r.lowerBound - n == head.lowerBound || ChineseNumeral.arabic(s[r.lowerBound - n - 1]) == nil  // 2025年出货量: a year's 年
        {
            r = (r.lowerBound - n)..<r.upperBound
            // 新增年产值: the word that says which amount stands before the prefix too.
            if let (_, n) = FactShape.measureKeeps.match(s, endingAt: r.lowerBound, start: head.lowerBound) { r = (r.lowerBound - n)..<r.upperBound }
        }
        return r
    }

    /// The subject in the words before the metric, moving to `metric` what belongs to it; nil when the words
    /// name no subject and the one before holds.
    /// (`countedLater`: the metric is what the figure counts, written after it.)
    private func subjectPhrase(_ range: Range<Int>, metric: inout [Unicode.Scalar]?, growth: Bool, first: QuantityMention, countedLater: Bool = false) -> [Unicode.Scalar]? {
        guard var whole = phrase(range) else { return nil }
        // 泰达将有50个以上项目落地开工: a short name the text declared holds what follows it.
        // (锂源新材曲靖基地正极材料总产能: its plant, named after it.)
        if !shortNames.isEmpty, case let raw = kept(range), let name = declaredName(raw), case let n = FactShape.plantEnd(raw, after: name) ?? name, n < raw.count {
            var rest = Array(raw[n...])
            Words.strip(&rest)
            metric = rest + (metric ?? [])
            return Array(raw[..<n])
        }
        // 每万人拥有5G基站: an indicator named per head keeps its verb; the place (or firm) before it holds it. (Looked for in the
        // phrase first: an untrimmed copy of every subject would cost a copy a figure.)
        if !growth, whole.contains("每"), case let raw = kept(range), let k = raw.firstIndex(of: "每"), k + 1 < raw.count {
            metric = Array(raw[k...]) + (metric ?? [])
            var before = Array(raw[..<k])
            Words.strip(&before)
            // (本公司每股基本盈利: a firm's, by its generic word or its name.)
            return FactShape.placeLength(before) != nil || FactShape.genericFirms.matchesWhole(before) || FactShape.registeredFirmEnd(before) != nil ? before : nil
        }
        // (同期本港录得…, 同期全市…: the same period opening a sentence says when; the place after it holds.)
        if whole.count >= 4, whole[1] == "期" || whole[1] == "月", whole[0] == "同", case let rest = Array(whole[2...]),
            FactShape.placeLength(rest) != nil || DocumentPlace.generic.match(rest, at: 0, end: rest.count) != nil
        {
            whole = rest
        }
        // (链上规上企业达到143家: the chain's firms are what is counted; the place spoken of holds them. Not a firm named
        // after its kind: 链上龙头企业某某科技实现营业收入.)
        if whole.count > 2, whole[0] == "链", whole[1] == "上",
            FactShape.leadingKinds.last(in: whole, 2..<whole.count).map({ $0.range.upperBound < whole.count }) != true
        {
            metric = whole + (metric ?? [])
            return nil
        }
        // 比2019年同期增长13.5%: a comparison's base is no subject. Nor is a verb (实施了).
        if Words.comparisons.match(whole, at: 0, end: whole.count) != nil || whole.last == "了" { return nil }
        // (…1032亿元，增速高于全省3.2个百分点: nor what a growth is compared with; the gap is of the growth stated,
        // or of the measure when none was.)
        if let (_, n) = Words.growthRateWords.match(whole, at: 0, end: whole.count), FactShape.comparatives.match(whole, at: n, end: whole.count) != nil {
            metric = nil
            return nil
        }
        // 主要原因是原材料价格上涨: what a reason names is the subject, not the words that give it.
        if let reason = Words.reasons.last(in: whole, 0..<whole.count), reason.range.upperBound < whole.count { whole.removeFirst(reason.range.upperBound) }
        // 其中亿元以上项目9个: the amount classes what is counted; the class is the measure's.
        if Words.amounts.occurs(in: whole, 0..<whole.count) {
            let raw = kept(range)  // untrimmed: 超 and 以上 say which amounts
            // (3000万元以上工业投资较上年增长9.4%: of a rate too, the class's measure.)
            if first.kind == .count || metric != nil, let k = raw.indices.first(where: { Words.amounts.match(raw, at: $0, end: raw.count) != nil }) {
                var start = k
                while start > 0, ChineseNumeral.arabic(raw[start - 1]) != nil || ChineseNumeral.isNumeral(raw[start - 1])
                    || Words.over.contains(raw[start - 1]) || raw[start - 1] == "过" || raw[start - 1] == "."  // 过百亿元: over it too
                {
                    start -= 1
                }
                // 产值超10亿元企业: the quantity the amount is of says which class.
                if let (_, n) = Words.measureWords.match(raw, endingAt: start, start: 0) {
                    start -= n
                    // (年产值超亿元企业: with the word before the measure that belongs to it; not 全年's 年.)
                    if let (_, m) = Words.metricPrefixes.match(raw, endingAt: start, start: 0), Words.periodWords.match(raw, endingAt: start, start: 0) == nil { start -= m }
                }
                var words = Array(raw[start...])
                // (全县亿元以上项目完成投资96.4亿元: the class of projects whose investment it is, without what they did.)
                if first.kind == .money, let done = Words.actions.last(in: words, 1..<words.count)?.range, done.upperBound == words.count {
                    words.removeSubrange(done.lowerBound...)  // (亿元以上签约项目总投资 keeps its 签约)
                }
                // (…固定资产投资比上年增长: the class's words end with the measure they name, before what it is compared with.)
                if words.count > 2, words.last == "比" || words.last == "较" { words.removeLast(words[words.count - 2] == "同" ? 2 : 1) }
                metric = words + (metric ?? [])
            }
            // 全市新开工亿元以上工业项目: the place written before the class holds the count.
            return FactShape.placeLength(whole).flatMap { $0 < whole.count && !Words.amounts.occurs(in: whole, 0..<$0) ? Array(whole[..<$0]) : nil }
        }
        // 按可比价计算增长34.8%: a frame, not a subject.
        if Words.frameStarts.match(whole, at: 0, end: whole.count) != nil, Words.frameEnds.match(whole, endingAt: whole.count, start: 0) != nil {
            return nil
        }
        // 呈增长势头企业占规上工业企业75.8%: what is a share of what; the share's base goes to the metric.
        if let k = whole.indices.dropFirst().first(where: { whole[$0] == "占" && whole[$0 - 1] != "应" }) {
            metric = Array(whole[k...]) + (metric ?? [])
            whole.removeLast(whole.count - k)
        }
        // 规上工业增加值增速: the measure before a growth rate is the metric's.
        if let (_, n) = Words.measureWords.match(whole, endingAt: whole.count, start: 0), n < whole.count {
            metric = Array(whole.suffix(n)) + (metric ?? [])
            whole.removeLast(n)
        }
        // 全市围绕铝产业链图谱招引项目15个: what a thing is done around is no part of what is counted.
        if let g = Words.index(of: Self.around, in: whole), let k = (g + 2..<whole.count).last(where: { Words.actions.match(whole, at: $0, end: whole.count) != nil }) {
            whole.removeSubrange(g..<k)
        }
        // 落户天津经济技术开发区的…基地项目总投资: what is said of a project before its name, to 的, is no part of it.
        if let k = whole.lastIndex(of: "的"), k + 1 < whole.count, FactShape.countEvents.match(whole, at: 0, end: k) != nil,
            case let rest = Array(whole[(k + 1)...]), FactShape.projectName(in: rest)?.lowerBound == 0
        {
            whole = rest
        }
        // 带动园区储能产业本地配套率提升至47%: what is driven holds its own figure, when it names a holder (带动…投资增长3.2个
        // 百分点 is a contribution, no change of its own).
        if !growth, let (_, n) = Words.drives.match(whole, at: 0, end: whole.count), n < whole.count,
            case let driven = Array(whole[n...]), FactShape.split(driven, named: false, metric: metric).holder != nil
        {
            whole = driven
        }
        // 占规上工业增加值比重: what a share is of belongs to the metric; the subject is the one before.
        // 新建厂房5万平方米: a phrase that starts with a verb says what was done, not who did it.
        // (交付工业机器人: a verb of goods delivered or shipped too.)
        let verbLength = Words.actions.match(whole, at: 0, end: whole.count)?.length ?? Words.leadingActions.match(whole, at: 0, end: whole.count)?.length
            ?? FactShape.goodsVerbEnd(whole)
        let verbFirst = verbLength.map { $0 < whole.count && !Words.joinsNoun(whole, at: $0) }
        if whole.first == "占" || (!growth && verbFirst == true) {
            // (占年度计划的, 占全年计划的: the whole as written, its plan and its year no fillers nor periods here.)
            if whole.first == "占", metric == nil, let k = range.first(where: { s[$0] == "占" }), FactShape.planEnds.occurs(in: s, k..<range.upperBound) {
                whole = s[k..<range.upperBound].filter { !Words.punctuation.contains($0) }
                if whole.last == "的" { whole.removeLast() }
            }
            // 累计生产新能源汽车38.6万辆: goods made are counted in their output.
            metric = FactShape.madeGoods(whole, first) ?? whole + (metric ?? [])
            return nil
        }
        // 全区完成规上工业总产值: the actor before the verb; what it produced goes into the metric. An indicator named
        // per head (每百户居民家庭拥有家用汽车) or for jobs (城镇新增就业) keeps its verb.
        let employment = FactShape.employment.last(in: whole, 0..<whole.count)?.range
        if whole.first != "每", let split = Words.actions.last(in: whole, 1..<whole.count, accept: {
            // (由…投资建设的…项目: a verb before 的 describes what follows; it produced nothing measured.)
            // (全市新设立…: not 新设, when the longer verb 新设立 ends the phrase; 建成投产项目: the event's verb, whole.)
            $0.upperBound < whole.count && !Words.joinsNoun(whole, at: $0.upperBound) && whole[$0.upperBound] != "的" && employment?.overlaps($0) != true
                && Words.actions.match(whole, at: $0.lowerBound, end: whole.count)?.length == $0.count
                && (FactShape.countEvents.match(whole, at: $0.lowerBound, end: whole.count)?.length ?? 0) <= $0.count
                // …产业园扩建项目: a verb right before a project's last word is part of its name.
                && FactShape.genericProjects.match(whole, at: $0.upperBound, end: whole.count)?.length != whole.count - $0.upperBound
                // (本公司拥有人应占溢利: who owns the firm, a noun; 尚未完成合约价值: what is not done yet, a noun too.)
                && Words.notFillers.match(whole, at: $0.lowerBound, end: whole.count) == nil && ($0.lowerBound == 0 || whole[$0.lowerBound - 1] != "未")
                // (全市新开通5G基站: not 开通, when 新 before it makes the event's verb.)
                && ($0.lowerBound == 0 || whole[$0.lowerBound - 1] != "新" || Words.actions.match(whole, at: $0.lowerBound - 1, end: whole.count)?.length != $0.count + 1)
        }) {
            let produced = Array(whole[split.range.upperBound...]), done = Array(whole[split.range])
            whole = Array(whole[..<split.range.lowerBound])
            Words.strip(&whole)
            // 全区完成固定资产投资同比增长11.2%: of a growth, what was produced is what grew; 签约项目数同比增长, the
            // things the event counts (its verb says which).
            let counted = produced.last == "数" && FactShape.countEvents.matchesWhole(done)
            // (已形成陶瓷、卫浴2个千亿级产业集群: the members listed before a count of what follows it are no part of it.)
            if countedLater, FactShape.listsMembers(produced) {
                if whole.count < 2 { return nil }
            } else if !growth || counted || Words.measureWords.match(produced, endingAt: produced.count, start: 0) != nil
                || Words.entityWords.match(produced, endingAt: produced.count, start: 0) != nil
            {
                metric = FactShape.madeGoods(done + produced, first) ?? (counted ? done : []) + produced + (metric ?? [])
            }
            if whole.count < 2 { return nil }  // 新培育千亿级产业集群: no actor before the verb
        }
        // (…，食品、建材4个五百亿级产业集群: so are they in a clause of their own.)
        if countedLater, FactShape.listsMembers(whole), FactShape.placeLength(whole) == nil { return nil }
        // 全市固定宽带接入端口: the place is the subject, the rest the metric's. (广东某某新材料项目: a project named
        // after its place is one name.)
        if !growth || metric == nil, !(whole.last == "目" && FactShape.projectName(in: whole) == 0..<whole.count) {
            let (place, rest) = Words.splitPlace(whole, counted: Words.counted(metric, figure: first))
            // (全国装载机行业共销售各类装载机: the trade holds the goods it sold, counted in their volume.)
            if metric == nil, rest.count > 4, let k = (2..<rest.count).last(where: { FactShape.industryEnds.match(rest, endingAt: $0, start: 0) != nil }),
                let volume = FactShape.madeGoods(Array(rest[Words.trimmed(rest, k..<rest.count)]), first)
            {
                metric = volume
                // (江苏装载机行业: a proper place is part of the trade's name; 全国 is none.)
                return (DocumentPlace.generic.matchesWhole(place) ? [] : place) + rest[..<k]
            }
            if !rest.isEmpty || metric == nil {
                metric = metric == nil ? (rest.isEmpty ? nil : rest) : rest + metric!
                return place
            }
        }
        return whole
    }

    private static let around = Array("围绕".unicodeScalars), projects = Array("项目".unicodeScalars), we = Array("我们".unicodeScalars)
    private static let yearlyOutput = Array("年产".unicodeScalars)

    /// The length of the short name the text declared that `words` start with (泰达 of 泰达今年…), or of the full
    /// name it stands for (星源动力科技股份有限公司营业收入, not 星源动力), if they do.
    private func declaredName(_ words: [Unicode.Scalar]) -> Int? {
        guard !shortNames.isEmpty else { return nil }
        return (shortNames.keys.first(where: { words.starts(with: $0) }) ?? shortNames.values.first(where: { words.starts(with: $0) }))?.count
    }

    /// The short name the text declared that `range` holds alone, its punctuation aside (泰达, whose 达 a trimmed
    /// phrase would lose as a filler).
    private func declaredName(in range: Range<Int>) -> [Unicode.Scalar]? {
        guard !shortNames.isEmpty else { return nil }
        let raw = kept(range)
        return declaredName(raw) == raw.count ? raw : nil
    }

    /// The metric of a figure after the clause's first, when it has its own: a rate's growth verb after a count
    /// (27.3万辆，同比增长135.3%), a metric word (29个项目开工、总投资91.7亿元), or a count's noun after it.
    private func laterMetric(
        _ q: QuantityMention, segment: Range<Int>, verb: (value: String, range: Range<Int>)?, direction: String?, first: QuantityMention, clause: Range<Int>
    ) -> ([Unicode.Scalar]?, Bool)? {
        // (42家上市公司前三季度共实现净利润, 平均研发投入强度达: the class of firms just counted, before the period of what they
        // achieved.)
        if first.kind == .count, let own = Words.metrics.last(in: s, segment), let period = periods[periodsBetween(segment.lowerBound, own.range.lowerBound)].first,
            let firms = phrase(segment.lowerBound..<period.span.lowerBound), FactShape.firmClassLength(firms) == firms.count,
            var measured = phrase(period.span.upperBound..<segment.upperBound)
        {
            Words.strip(&measured)
            if !measured.isEmpty, direction == nil || q.kind != .ratio { return (firms + measured, false) }
        }
        if q.kind == .ratio, first.kind != .ratio, let verb, direction != nil { return (verbMetric(verb.range), true) }
        // 工业投资增长12%、技改投资增长9%: a growth after the first, of the quantity written before its own verb.
        if q.kind == .ratio, let verb, verb.range.lowerBound > segment.lowerBound, var words = phrase(segment.lowerBound..<verb.range.lowerBound),
            words.count <= Words.longestSubject, let (_, n) = Words.metrics.match(words, endingAt: words.count, start: 0), n < words.count
        {
            if let (_, n) = Words.places.match(words, at: 0, end: words.count) { words.removeFirst(n) }
            return words.isEmpty ? nil : (words, false)
        }
        guard q.kind != .ratio else { return nil }
        // 、省级专精特新中小企业48家: the whole noun phrase before the figure, when it ends in the metric word.
        if let own = Words.metrics.last(in: s, segment) {
            let start = (segment.lowerBound..<own.range.lowerBound).last(where: { Words.enumerationComma.contains(s[$0]) }).map { $0 + 1 } ?? segment.lowerBound
            // (、开工项目总投资176.2亿元: the amount of the projects an event counts.)
            if own.range.upperBound == segment.upperBound, var words = phrase(start..<segment.upperBound), words.count <= Words.longestSubject,
                !Words.events.occurs(in: words, 0..<words.count) || FactShape.eventAmount(words) || first.kind == .count && FactShape.firmClassLength(words) != nil
            {
                if let (_, n) = Words.places.match(words, at: 0, end: words.count) { words.removeFirst(n) }
                // (386家规上工业企业实现营业收入…: what the firms just counted achieved is their measure, without the verb.)
                if first.kind == .count, words.count > 3, let done = Words.actions.last(in: words, 2..<words.count)?.range, done.upperBound < words.count {
                    var firms = Array(words[..<done.lowerBound])
                    Words.strip(&firms)
                    if FactShape.firmNouns.match(firms, endingAt: firms.count, start: 0) != nil { words = firms + words[done.upperBound...] }
                }
                // (、签约总额412.8亿元, 、新增年税收2.8亿元: the word that says which amount, though a filler elsewhere.)
                if let (_, n) = FactShape.measureKeeps.match(s, at: start, end: own.range.lowerBound), !words.starts(with: s[start..<(start + n)]) {
                    words.insert(contentsOf: s[start..<(start + n)], at: 0)
                }
                // 、超百亿元企业5家: 超 says which amounts, no filler here.
                if Words.over.contains(s[start]), words.first != s[start], Words.amounts.occurs(in: words, 0..<words.count) {
                    words.insert(s[start], at: 0)
                }
                return (words, false)
            }
            return (Array(s[own.range]), false)
        }
        if q.kind == .count, let counted = countedAfter(q, in: clause) { return (counted, false) }
        // 税收2亿元、带动就业近1.3万人: a figure of another unit names its own quantity.
        if q.kind != first.kind || q.kind == .count, var words = phrase(segment) {
            FactShape.trimFillers(&words)
            if !words.isEmpty { return (words, false) }
        }
        return nil
    }

    /// Whether 其中 is written before `q` since the last full stop (within 80 characters; a ； goes on with the breakdown).
    private func breaksDown(before q: QuantityMention) -> Bool {
        let from = max(0, q.span.lowerBound - 80)
        let start = (from..<q.span.lowerBound).last(where: { s[$0] == "。" }).map { $0 + 1 } ?? from
        return Words.index(of: Self.among, in: Array(s[start..<q.span.lowerBound])) != nil
    }

    /// Whether the phrase a count ends (from the clause's last comma or ；) names a place's own stock: 全县储备项目, 累计在建项目.
    private func ownStock(before q: QuantityMention, in clause: Range<Int>) -> Bool {
        let start = (clause.lowerBound..<q.span.lowerBound).last(where: { s[$0] == "，" || s[$0] == "；" }).map { $0 + 1 } ?? clause.lowerBound
        return Words.places.match(s, at: start, end: q.span.lowerBound) != nil || FactShape.stockOpenings.occurs(in: s, start..<q.span.lowerBound)
    }

    /// The noun phrase a count counts when written after it (53个技术改造项目), up to the clause's end, the next
    /// figure, or a verb.
    private func countedAfter(_ q: QuantityMention, in clause: Range<Int>) -> [Unicode.Scalar]? {
        var end = quantities.first { $0.span.lowerBound >= q.span.upperBound }.map { min($0.span.lowerBound, clause.upperBound) } ?? clause.upperBound
        // (42家上市公司前三季度共实现…: what is counted ends where a period starts.)
        // (8家2023年新增规上企业: a period right after the count is part of what is counted.)
        if let period = periods[periodsBetween(q.span.upperBound, end)].first, period.span.lowerBound > q.span.upperBound { end = period.span.lowerBound }
        end = max(end, q.span.upperBound)
        var k = q.span.upperBound
        // (12家入选企业实现…, 15个签约项目: an event that opens what is counted says which, no end of it.)
        let opening = Words.events.match(s, at: k, end: end).flatMap { FactShape.firmNouns.match(s, at: k + $0.length, end: end) != nil ? $0.length : nil } ?? 0
        k += opening
        while k < end, Words.countedEnds.match(s, at: k, end: end) == nil, Words.events.match(s, at: k, end: end) == nil,
            Words.measureWords.match(s, at: k, end: end) == nil  // 18个项目总投资达236亿元: the count ends where a measure starts
        {
            k += 1
        }
        guard k > q.span.upperBound else { return nil }
        var tail = Array(s[q.span.upperBound..<k])
        Words.strip(&tail)
        if opening > 0, !tail.starts(with: s[q.span.upperBound..<(q.span.upperBound + opening)]) { tail.insert(contentsOf: s[q.span.upperBound..<(q.span.upperBound + opening)], at: 0) }
        guard tail.count <= Words.longestSubject else { return nil }  // (its quotation marks aside: 国家级专精特新“小巨人”企业)
        if tail.count > 1, tail.last == "中" { tail.removeLast() }  // 41个工业大类中
        guard !tail.isEmpty else { return nil }
        // What happened to them, written before (签约15个项目) or after (15个项目竣工).
        if let (_, n) = Words.events.match(s, endingAt: q.span.lowerBound, start: clause.lowerBound) {
            return Array(s[(q.span.lowerBound - n)..<q.span.lowerBound]) + tail
        }
        if let (_, n) = Words.events.match(s, at: k, end: end) { return Array(s[k..<(k + n)]) + tail }
        // (42家企业参会, 1.2万家企业复工复产: what they did says which are counted, 参会企业; 已 says when.)
        var done = tail.count
        while let (_, n) = Words.doneByCounted.match(tail, endingAt: done, start: 1) { done -= n }
        if done < tail.count {
            var counted = Array(tail[..<done])
            Words.strip(&counted)
            if !counted.isEmpty { return Array(tail[done...]) + counted }
        }
        return tail
    }

    /// The growth or decline word that ends last in `range`; 增加值 (value added) is no 增加 (an increase).
    private func directionWord(in range: Range<Int>) -> (value: String, range: Range<Int>)? {
        guard !range.isEmpty else { return nil }
        // (增加值 and 增长面, the share of industries growing, are no verbs.)
        let found = Words.directions.last(in: s, range) { r in !(s[r.lowerBound] == "增" && r.upperBound < s.count && (s[r.upperBound] == "值" || s[r.upperBound] == "面")) }
        // 纯利升42.1%, 营收跌12.5%, GDP增6.1%: a press headline's verb of one character, right before a rate's digits.
        let end = range.upperBound
        if found?.range.upperBound != end, end - range.lowerBound >= 2, end + 1 < s.count, Words.isHan(s[end - 2]) || s[end - 2].isASCII && s[end - 2].properties.isAlphabetic,
            let value = Words.headlineDirections[s[end - 1]], ChineseNumeral.arabic(s[end]) != nil,
            let unit = s[end...].prefix(12).firstIndex(where: { !($0 == "." || ChineseNumeral.arabic($0) != nil) }), s[unit] == "%" || s[unit] == "％"
        {
            return (value, (end - 1)..<end)
        }
        return found
    }

    /// "up" or "down". A rate (%, pp, 倍) takes the clause's verb unless a measure follows it (经济增长的贡献率为)
    /// or it names a level reached (提高到3.8%); a growth rate's figure is growth (增速为5%, 增速为-2.1%). A count
    /// or an amount takes a verb written right before it (比上年增加42.14万人).
    private func direction(of q: QuantityMention, verb: (value: String, range: Range<Int>)?, head: Range<Int>) -> String? {
        // A growth rate's figure in % is growth; in 个百分点 it is a difference between rates (增速比全省高0.8个百分点).
        var growthRate: Bool { q.unit == "%" && Words.growthRateWords.last(in: s, head) != nil }
        if q.negative || q.positive { return q.kind == .ratio ? (q.negative ? "down" : "up") : nil }
        // 产值5.6%的增速: a rate that names itself a growth after it.
        if q.unit == "%", q.span.upperBound + 1 < s.count, s[q.span.upperBound] == "的",
            Words.growthRateWords.match(s, at: q.span.upperBound + 1, end: min(s.count, q.span.upperBound + 5)) != nil
        {
            return "up"
        }
        guard let verb else { return q.kind == .ratio && growthRate ? "up" : nil }
        // A level reached: 提高到3.8%, or 改善4.22个百分点至7.97% for the figure after 至.
        let level = verb.range.upperBound < s.count && Words.levelMarks.contains(s[verb.range.upperBound])
            || q.span.lowerBound > 0 && Words.levelMarks.contains(s[q.span.lowerBound - 1])
        guard q.kind == .ratio else { return verb.range.upperBound == q.span.lowerBound && !level ? verb.value : nil }
        // (提升效率约40%: a measure right after the verb is what changed.)
        // (提升良品率达99.5%: a level reached, 达 or 为 written before it.)
        let measureAfter = Words.metrics.last(in: s, verb.range.upperBound..<max(verb.range.upperBound, q.span.lowerBound)).map {
            $0.range.lowerBound > verb.range.upperBound || s[$0.range.upperBound..<q.span.lowerBound].contains { $0 == "达" || $0 == "为" }
        } == true
        if level || measureAfter { return growthRate ? "up" : nil }
        // (降幅较1-4月收窄1.3个百分点: a decline narrowing is a rate rising; 降幅扩大, one falling.)
        // (…，较一季度收窄3.2个百分点 goes on with it; 降幅收窄、增速较上月提高1.2个百分点 is the growth's own rise.)
        if q.unit == "pp", Self.narrowings.match(s, at: verb.range.lowerBound, end: verb.range.upperBound)?.length == verb.range.count,
            let decline = Self.declines.last(in: s, max(sentenceStart, verb.range.lowerBound - 24)..<verb.range.lowerBound),
            Words.growthRateWords.last(in: s, decline.range.upperBound..<verb.range.lowerBound) == nil
        {
            return verb.value == "up" ? "down" : "up"
        }
        return verb.value
    }
    /// A rate of decline, whose narrowing is a rise.
    private static let declines = Lexicon(words: ["降幅", "跌幅", "减幅"])
    /// Verbs of a span narrowing or widening, which a decline's rate turns (回落, 提高 say their own way).
    private static let narrowings = Lexicon(words: ["收窄", "缩小", "扩大", "加深"])

    private static let shares = Array("股票".unicodeScalars), orders = Array("订单".unicodeScalars)

    /// Whether `measure` is what a firm earned in a market in a sentence breaking its revenue down by market (分地区看，
    /// 中国内地市场收益…) or in a text about the firm (`TextClues.subjectFirm`), no market's size (中国市场收入约860亿美元
    /// in a review of the trade).
    private func marketsRevenue(_ measure: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        guard FactShape.isMarketsRevenue(measure) else { return false }
        if clues.subjectFirm != nil { return true }
        guard let opening = nearOpening(before: clause) else { return false }
        return FactShape.marketFrames.last(in: s, opening..<clause.upperBound) != nil
    }

    /// Whether `q` stands in brackets after a label and a colon, close before it (（二〇二四年：每股港幣5仙）): a figure
    /// compared with the one before the bracket.
    private func inComparedBracket(_ q: QuantityMention) -> Bool {
        let from = max(0, q.span.lowerBound - 16)
        guard let open = s[from..<q.span.lowerBound].lastIndex(where: { $0 == "（" || $0 == "(" }) else { return false }
        return s[open..<q.span.lowerBound].contains(where: { $0 == "：" || $0 == ":" }) && !s[open..<q.span.lowerBound].contains(where: { $0 == "）" || $0 == ")" })
    }

    /// The price a figure per share is said to be (发行价格为每股16.8元 → 发行价格): one written before 为 or 是 and 每股.
    private func priceBeforePerShare(_ q: QuantityMention, in clause: Range<Int>) -> [Unicode.Scalar]? {
        let at = q.span.lowerBound - 2
        guard at - 1 > clause.lowerBound, s[at] == "每", s[at + 1] == "股", s[at - 1] == "为" || s[at - 1] == "是",
            let (_, n) = FactShape.sharePrices.match(s, endingAt: at - 1, start: clause.lowerBound)
        else { return nil }
        return Array(s[(at - 1 - n)..<(at - 1)])
    }

    /// The period the sentence `head` stands in wrote last before it, when it is a run of years (2022年至2024年，…).
    private func sentenceRunOfYears(before head: Range<Int>) -> PeriodMention? {
        guard let opening = nearOpening(before: head), let last = periods[periodsStarting(before: opening)..<periodsStarting(before: head.lowerBound)].last,
            last.span.lowerBound >= opening, !Self.isBase(last, in: s), (last.period.calendarYears?.count ?? 0) > 1
        else { return nil }
        return last
    }

    /// Under 分别 (A、B和C … 分别增长 x、y和z; 2020年、2021年和2022年分别实现 …), the subject or period of each
    /// figure, when the list counts as many items as there are figures.
    private mutating func respectively(_ head: Range<Int>, _ figures: Range<Int>, metricStart: Int?) -> (subjects: [[Unicode.Scalar]]?, periods: [Period]?) {
        guard figures.count > 1, let fenbie = Words.respectively.last(in: s, head) else { return (nil, nil) }
        let listed = periods[periodsStarting(before: head.lowerBound)..<periodsStarting(before: head.upperBound)].filter {
            head.contains($0.span.lowerBound) && $0.span.lowerBound < fenbie.range.lowerBound && !Self.isBase($0, in: s)
        }
        var ownPeriods = listed.count == figures.count ? listed.map(\.period) : nil
        let end = min(fenbie.range.lowerBound, metricStart ?? fenbie.range.lowerBound)
        var items = list(head.lowerBound..<end, count: figures.count)
        // 营业收入和净利润分别为…: measures listed, the metric the last of them.
        // (Not 第一、二、三产业增加值, whose items name no measure before the last.)
        // (规上工业增加值、固定资产投资增速分别为…: a growth rate's word is every item's.)
        if end < fenbie.range.lowerBound, items.count != figures.count || items.dropLast().allSatisfy(FactShape.namesMeasure),
            Words.growthRateWords.match(s, at: end, end: fenbie.range.lowerBound) == nil,
            case let whole = list(head.lowerBound..<fenbie.range.lowerBound, count: figures.count),
            whole.count == figures.count, whole.allSatisfy(FactShape.namesMeasure)
        {
            items = whole
            // (汽车产量和销量: the goods written before the first are every one's.)
            if let found = Words.metrics.last(in: items[0], 0..<items[0].count), found.range.lowerBound > 0, case let lead = Array(items[0][..<found.range.lowerBound]),
                items.dropFirst().allSatisfy({ FactShape.productMeasures.matchesWhole($0) })
            {
                for k in items.indices.dropFirst() { items[k] = lead + items[k] }
            }
        }
        // 摩托车产销分别完成182.6万辆和185.3万辆: what was made, then what was sold (产销量 too).
        let volume = fenbie.range.lowerBound - head.lowerBound >= 3 && s[fenbie.range.lowerBound - 1] == "量" ? 1 : 0
        if items.count != figures.count, figures.count == 2, fenbie.range.lowerBound - head.lowerBound >= 2 + volume,
            s[fenbie.range.lowerBound - 2 - volume] == "产", s[fenbie.range.lowerBound - 1 - volume] == "销"
        {
            let made = phrase(head.lowerBound..<(fenbie.range.lowerBound - 2 - volume)) ?? []
            items = [made + FactShape.madeAndSold.0, made + FactShape.madeAndSold.1]
        }
        // 预计2025-2027年…分别为…: a run of as many years as figures, one each; so is a run the sentence opens with, in a
        // clause before (2022年至2024年，公司营业收入分别为…), when the clause lists no holders of its own (其中制造业、服务业和
        // 农业项目分别为… are parts of the run's total).
        let run = listed.count == 1 ? listed[0] : listed.isEmpty && items.count != figures.count ? sentenceRunOfYears(before: head) : nil
        if ownPeriods == nil, let years = run?.period.calendarYears, years.count == figures.count {
            ownPeriods = years.map { Period.year($0) }
        }
        guard items.count == figures.count else { return (nil, ownPeriods) }
        // The place before the first item holds for all (全市汽车、电子…); a count after the last sums them up
        // (石化三大支柱产业, 黄埔三区), though not an ordinal's numeral (第三次产业).
        listPlace = nil
        // (公司营业收入和净利润: so does the firm before the first of measures listed.)
        if let (_, n) = Words.places.match(items[0], at: 0, end: items[0].count) ?? FactShape.genericFirms.match(items[0], at: 0, end: items[0].count)
            ?? FactShape.registeredFirmEnd(items[0]).map({ ((), $0) }), n < items[0].count
        {
            let place = Array(items[0][..<n])
            listPlace = place
            // (全国汽车产销分别…, 公司汽车产量和销量: the goods copied to every item came with it.)
            for k in items.indices where items[k].count > n && items[k].starts(with: place) { items[k].removeFirst(n) }
        } else if let n = FactShape.properPlace(items[0]), n < items[0].count, case let first = Array(items[0][n...]), FactShape.namesMeasure(first),
            FactShape.split(first, named: false, metric: nil).holder == nil,
            items.dropFirst().allSatisfy({ FactShape.placeLength($0) == nil && FactShape.split($0, named: false, metric: nil).holder == nil })
        {
            // (武进区规上工业增加值、营业收入分别…: a place named before measures listed holds them all, as 全区 does; not
            // before items naming holders of their own, 襄阳市固定资产投资、宜昌市工业投资, 武进区恒立液压营业收入、利润总额.)
            listPlace = Array(items[0][..<n])
            items[0].removeFirst(n)
        }
        var last = items[items.count - 1]
        listTail = []
        var summed: [Unicode.Scalar] = []
        if let k = last.indices.dropFirst().first(where: { QuantityScanner.mayStart(last[$0]) && last[$0 - 1] != "第" }) {
            if k + 2 < last.count, DocumentPlace.levels.contains(last[k + 1]) { listTail = Array(last[(k + 2)...]) }
            // 汽车、电子、石化三大支柱产业: each item is an industry (丝绸纺织、光电通信两大产业集群, each a cluster).
            if let (_, n) = FactShape.industryEnds.match(last, endingAt: last.count, start: k + 1), ["产业", "行业", "产业集群"].contains(Words.text(last.suffix(n))) {
                summed = Array(last.suffix(n))
            }
            last.removeLast(last.count - k)
        } else if items.dropLast().allSatisfy({ FactShape.placeLength($0) == $0.count && DocumentPlace.zoneEnds.match($0, endingAt: $0.count, start: 0) == nil }),
            let place = FactShape.placeLength(last),
            // (…、三亚崖州湾科技城签约项目: a last item named after its place is a zone, whole; zones listed before it are
            // no places, and none of them is split.)
            case let n = DocumentPlace.zoneEnd(in: last, from: 0, to: last.count, shortest: place) ?? place, n < last.count
        {
            // 滨江区、余杭区上市公司数分别达到…: places listed, what follows the last is the measure of each.
            listTail = Array(last[n...])
            last.removeLast(last.count - n)
        } else if items.dropLast().allSatisfy({ DocumentPlace.zoneEnds.match($0, endingAt: $0.count, start: 0) != nil }),
            last.count > 3, let n = (3..<last.count).last(where: { DocumentPlace.zoneEnds.match(last, endingAt: $0, start: 0) != nil })
        {
            // 南宁高新区、柳东新区、钦州港经开区综合得分分别为…: zones listed, what follows the last is the measure of each.
            listTail = Array(last[n...])
            last.removeLast(last.count - n)
        }
        items[items.count - 1] = last
        if !summed.isEmpty {
            for k in items.indices where Words.actors.match(items[k], endingAt: items[k].count, start: 0) == nil { items[k] += summed }
        }
        // 第一、第二、第三次产业: the noun written once at the end belongs to every item.
        if let (_, n) = Words.actors.match(last, endingAt: last.count, start: 1) {
            // (木材加工业、纺织服装业、电子信息产业: an item that ends in 业 names its industry already.)
            for k in items.indices.dropLast() where Words.actors.match(items[k], endingAt: items[k].count, start: 0) == nil && items[k].last != "业" {
                items[k] += last.suffix(n)
            }
        }
        return (items, ownPeriods)
    }

    /// Records a figure as a fact, or as one more statement of a fact already found: the same figure, measure,
    /// kind and period about the same holder, or about a holder one names more fully (广州市超高清视频产业集群 and
    /// 超高清视频产业集群). `metric` is the metric words (a growth verb when `metricIsVerb`), `measured` the metric
    /// words written before a growth verb (增加值 in 规上工业增加值同比增长).
    private mutating func add(
        _ q: QuantityMention, subject: [Unicode.Scalar]?, lead: [Unicode.Scalar]?, owner: [Unicode.Scalar]? = nil, written: Bool, named: Bool,
        compared: Bool, metric: [Unicode.Scalar]?, metricIsVerb: Bool,
        measured: [Unicode.Scalar]?, direction: String?, period: Period?, carried: Bool = false, periodElsewhere: Bool = false, outlook: FactKind?,
        before: Range<Int>, clause: Range<Int>
    ) {
        let stated = memory.lastMeasure
        // (完成年度计划的38.6%: a share of the plan done.)
        let planDone = q.unit == "%" ? FactShape.planDone(in: s, endingAt: before.upperBound, from: before.lowerBound) : nil
        // The count and the event `shape` makes, remembered at the end, once dated: until then `memory` holds the last ones
        // before this figure. (Copying those before and comparing them after retained their arrays for every figure.)
        var made = Made()
        var shape = shape(
            q, subject: subject, lead: lead, written: written, named: named, metric: metricIsVerb ? measured : metric, direction: direction,
            before: before, clause: clause, planDone: planDone, made: &made)
        // (…产能达到56GW，分别占全省的38.2%和44.6%: each measure paired from before is a share of the whole written after 分别占.)
        if shape.kind == .level, q.unit == "%", clause.lowerBound < q.span.lowerBound,
            let k = s[clause.lowerBound..<q.span.lowerBound].lastIndex(of: "占"), k >= clause.lowerBound + 2,
            Words.respectively.match(s, endingAt: k, start: clause.lowerBound) != nil,
            case let end = s[(k + 1)..<q.span.lowerBound].firstIndex(where: { $0 == "的" || !Words.isHan($0) }) ?? q.span.lowerBound, end - k >= 3
        {
            (shape.kind, shape.basis) = (.share, Words.text(s[(k + 1)..<end]))
        }
        // 营业收入（元）⇥…⇥18.42% below 项目⇥本报告期⇥本报告期比上年同期增减: the column says the figure's period, and whether
        // it is a change and against what; the row's label what it measures, with what the column's head adds (乘用车 below
        // 本月产量), or the place it is of.
        var column: TableHead.Column?
        if let tabs = q.column { column = memory.tableHead?.column(after: tabs) }
        if let column {
            // (A column named by its measure alone, 完成投资（亿元）, measures a place's row; a row that names its measure keeps it.)
            // (发电量 below 产量: a row that names its quantity keeps it, against a column's word of goods' volume.)
            let named = Words.measureWords.match(rowLabel.measure, endingAt: rowLabel.measure.count, start: 0) != nil
                && FactShape.goodsVolumes.matchesWhole(column.measure)
            // (动力装备产业链⇥1286.2⇥312 below 产业链⇥营业收入（亿元）⇥规上企业（家）: a label that names no measure, a chain's,
            // is measured in its column's words.)
            let labelMeasures = Words.metrics.occurs(in: rowLabel.measure, 0..<rowLabel.measure.count)
            var measure = (column.measureAlone && labelMeasures || named) && !rowLabel.measure.isEmpty ? rowLabel.measure : rowLabel.measure + column.measure
            // (…⇥规上企业（家）: firms counted, a stock, as in a sentence.)
            // (规上工业企业⇥家⇥1128 below 指标⇥单位⇥2025年: so is a row of firms counted.)
            if !labelMeasures || column.measure.isEmpty, q.kind == .count, FactShape.unitsOfThings.contains(q.unit), measure.count > 2,
                measure.suffix(2).elementsEqual(FactShape.firms), !FactShape.countEvents.occurs(in: measure, 0..<measure.count)
            {
                measure.append("数")
                shape.stock = true
            }
            if !measure.isEmpty {
                shape.measure = measure
                if shape.kind != .rank { memory.lastMeasure = measure }
            } else if !column.change {
                shape.measure = memory.sectionMeasure  // (…⇥年度计划⇥完成额: the caption's measure, not the column before's)
            }
            shape.holder = rowLabel.holder ?? (headFirm == nil ? memory.declaredUnits?.holder ?? memory.tableHead?.holder : nil)  // (a firm's own table: its figures)
            if column.change {
                (shape.kind, shape.basis) = (.change, column.basis ?? shape.basis)
                shape.direction = q.negative ? "down" : shape.direction ?? "up"
            }
            if let kind = column.outlook { shape.kind = kind }  // (…⇥2026年目标: the row's goal)
        }
        // A bound is a goal (不少于30家, 将新招引项目不少于20个), unless its own clause expects it (预计全年增长不低于5%).
        if FactShape.goalBounds.match(s, at: q.span.lowerBound, end: q.span.upperBound) != nil,
            FactShape.outlooks.last(in: s, wordsBefore(q, in: clause)).map({ $0.value == .forecast && s[$0.range.lowerBound] != "将" }) != true
        {
            shape.kind = .target
        } else if let outlook, planDone == nil, column?.yearAgo != true {  // (上年同期's column: what was, in a preview too)
            shape.kind = outlook  // (已完成全年交付目标的38.2%: a share of the plan done is an actual, whatever the plan's 目标)
        } else if let (after, _) = FactShape.outlooksAfter.match(s, at: q.span.upperBound, end: min(s.count, q.span.upperBound + 5)) {
            shape.kind = after  // 维持全年增长2.5%至3.5%的预测
        }
        // 年度计划投资218.7亿元: the year's plan is a goal, and so is a part's (产业项目年度计划投资).
        if shape.kind == .level, let m = shape.measure, Words.index(of: FactShape.yearsPlan, in: m) != nil, m.last != "率" { shape.kind = .target }  // (年度计划完成率: done)
        // (公司计划新招聘一线操作工340人: a goal's 计划 is no part of what it measures; 计划总投资 keeps it.)
        if shape.kind == .target, let m = shape.measure, m.count > 3, m[0] == "计", m[1] == "划" {
            // (计划在昆山开发区追加投资: nor is where it is to be done.)
            if let site = FactShape.withoutSite(Array(m.dropFirst(2))) {
                shape.measure = site
            } else if !FactShape.investments.occurs(in: m, 2..<m.count) {
                shape.measure = Array(m.dropFirst(2))
            }
        }
        if compared {
            shape.basis = nil  // 高于全国（3.8%）: the nation's own growth, compared with nothing
            memory.lastMeasure = stated  // …，占全部投资的比重: a later figure is of the sentence's own measure, not the compared one
        }
        // A holder carries through its sentence; of an industry, its place does.
        if shape.holder == nil, column == nil {
            // Once a figure is the place's again, the industry is done with.
            if let named = industry, !carriesIndustry(named, shape.measure, clause: clause) { industry = nil }
            shape.holder = industry ?? holder ?? memory.declaredUnits?.holder  // (a table's rows: the caption's place)
        } else if written || lead != nil, !named, let h = shape.holder {
            let isIndustry = FactShape.industryEnds.match(h, endingAt: h.count, start: 0) != nil
            // 全市集成电路产业规模…，建成12英寸晶圆生产线3条: the industry's place, as written before it.
            holder = isIndustry ? FactShape.place(h) ?? subject.flatMap(FactShape.place) : h
            industry = isIndustry ? h : nil
        }
        // 总投资120亿元的华芯12英寸晶圆制造项目: the name the figure describes holds it and the sentence's figures after it.
        if let owner {
            shape.holder = owner
            holder = owner
            noteFirm(in: owner)  // 该项目 later stands for it
        }
        // (全市新能源汽车产业链上半年实现产值…: a chain named by its industry, written before a period, is part of the
        // measure, and the place or zone before it holds it, as when it is written right before the measure.)
        if let h = shape.holder, let m = shape.measure, h.count > 5, FactShape.isChain(h),
            let start = FactShape.placeLength(h) ?? FactShape.zoneKinds.match(h, at: 0, end: h.count)?.length, start + 5 <= h.count,
            FactShape.chainNamed(in: h, from: start) == h.count - 3, Words.index(of: FactShape.chain, in: m) == nil
        {
            (shape.holder, shape.measure) = (Array(h[..<start]), Array(h[start...]) + m)
        }
        // (…产业链共有核心企业58家、配套企业312家: the chain the list's first item is measured in measures the next too.)
        if let m = shape.measure, q.kind == .count, before.lowerBound < before.upperBound, s[before.lowerBound] == "、", let last = sentenceMeasures.last,
            let k = Words.index(of: FactShape.chain, in: last), k > 0, FactShape.chainNamed(in: last, from: 0) == k, Words.index(of: FactShape.chain, in: m) == nil,
            // (新引进产业链项目, 梳理产业链图谱: no chain named; …、装备制造业企业86家, a firm class of its own industry.)
            !Words.actions.occurs(in: last, 0..<k), !FactShape.countEvents.occurs(in: last, 0..<k), !FactShape.listVerbs.occurs(in: last, 0..<k),
            Words.index(of: FactShape.firms, in: m) != nil, Words.index(of: FactShape.firms, in: Array(last[(k + FactShape.chain.count)...])) != nil,
            !FactShape.industryEnds.occurs(in: m, 0..<m.count)
        {
            shape.measure = Array(last[..<(k + FactShape.chain.count)]) + m
        }
        // (储能设备企业澜川电气（301877）营业收入…: the listed firm named after its kind holds what is measured after its name.)
        // (The code's name runs from the kind, 储能设备企业澜川电气; …，净利润… in its sentence is the firm's too.)
        if let h = shape.holder, h.count >= 3, h.suffix(2).elementsEqual(FactShape.firms), let m = shape.measure,
            let listed = clues.listedFirms.first(where: { $0.count >= h.count + 2 && $0.starts(with: h) }),
            Words.index(of: listed, in: Array(s[sentenceStart..<clause.upperBound])) != nil
        {
            let firm = Array(listed[h.count...])
            shape.holder = firm
            if m.count >= firm.count + 2, m.starts(with: firm) { shape.measure = Array(m.dropFirst(firm.count)) }
        }
        // (全市锂电产业上年实现产值…: an industry a generic place word is written before holds, as when no period parts them.)
        if let h = shape.holder, let (_, n) = DocumentPlace.generic.match(h, at: 0, end: h.count), h.count - n >= 4, case let rest = Array(h[n...]),
            FactShape.industryEnds.match(rest, endingAt: rest.count, start: 0) != nil
        {
            shape.holder = rest
        }
        // 公司 and 该项目 stand for the firm and the project the text named.
        var generic: [Unicode.Scalar]?
        // …股份有限公司主导产品精密滚珠丝杠国内市场占有率: the firm's product is measured, not its being its leading one.
        // (其主导产品…: its, the firm's, named before.)
        if let m = shape.measure, let (_, n) = FactShape.leadingProducts.match(m, at: 0, end: m.count), m.count > n {
            if shape.holder == nil, m.first == "其" { shape.holder = memory.namedFirm }
            if shape.holder != nil { shape.measure = Array(m.dropFirst(n)) }
        }
        // 陆港通达境外城市: the kind of the hub the text named, written before the measure, is that hub.
        if shape.holder == nil, let m = shape.measure, let zone = memory.namedZone, let (_, n) = FactShape.hubKinds.match(m, at: 0, end: m.count),
            n < m.count, zone.count > n, zone.suffix(n).elementsEqual(m.prefix(n))
        {
            (generic, shape.holder, shape.measure) = (Array(m.prefix(n)), zone, Array(m.dropFirst(n)))
        }
        // 大会集中签约项目42个, 洽谈会签约项目: the fair named before, written by its kind before the measure; 推介会现场共签约…,
        // the place's meeting.
        if shape.holder == nil, let m = shape.measure, let (_, n) = FactShape.genericEvents.match(m, at: 0, end: m.count), n < m.count,
            let fair = (FactShape.promotions.occurs(in: m, 0..<n) ? memory.namedMeeting : nil) ?? memory.namedEvent
        {
            (generic, shape.holder, shape.measure) = (Array(m[..<n]), fair, Array(m[n...]))
            if holder == nil { holder = fair }  // (…，签约总金额312.5亿元: the fair's too)
        }
        // …签约仪式举行。现场签约项目12个: the place that held the meeting the sentence before, by a word opening the sentence
        // (after its day, if one leads it).
        // (第五届…博览会重大项目集中签约仪式…举行。现场签约项目46个: the fair named the sentence before, whose signing it was;
        // 此次 and 本次 reach one sentence further, past who attended: …签约活动在…举行。市委书记…出席活动。此次集中签约项目15个.)
        if shape.holder == nil, holder == nil, let pointer = FactShape.meetingPointers.match(s, at: clause.lowerBound, end: clause.upperBound),
            case let reach = FactShape.thisMeeting.match(s, at: clause.lowerBound, end: clause.lowerBound + pointer.length) != nil ? 2 : 1,
            let meeting = (1...reach).contains(memory.sentencesSinceMeeting) ? memory.namedMeeting
                : (1...reach).contains(memory.sentencesSinceEvent) ? memory.namedEvent : nil,
            clause.lowerBound == sentenceStart || phrase(sentenceStart..<clause.lowerBound) == nil
        {
            (shape.holder, holder) = (meeting, meeting)
        }
        // (…集中签约活动举行。此次签约采取…方式进行，共签约项目10个: the projects signed, started or finished in the story of a
        // place's meeting and their amounts, within `meetingSpan` sentences of it and no holder or place written, are the place's;
        // not what else was counted, 新登记市场主体3260户.)
        if shape.holder == nil, holder == nil, sentenceEvents, let meeting = memory.namedMeeting, memory.sentencesSinceMeeting <= Self.meetingSpan,
            let m = shape.measure, Words.index(of: Self.projects, in: m) != nil || FactShape.projectAmounts.matchesWhole(m),
            // (同日，邻近的某县也举行了…开工活动，共开工项目22个: not where the sentence names a place of its own.)
            !s[sentenceStart..<q.span.lowerBound].contains(where: { DocumentPlace.levels.contains($0) })
        {
            (shape.holder, holder) = (meeting, meeting)
        }
        if let h = shape.holder {
            // (The interviewed firm in full, looked up only for 我们, and not by passing `inFull` as a function: that copies the
            // whole reader.)
            var us: [Unicode.Scalar]?
            if h.elementsEqual(Self.we) {
                us = speakingFirm
                if us == nil, let interviewed = clues.interviewedFirm { us = Self.inFull(interviewed, meant: firmMeant, registered: memory.registeredFirms) }
            }
            if let firm = us {
                (generic, shape.holder) = (h, firm)
            } else if FactShape.genericFirms.matchesWhole(h), let namedFirm = firm(meantBy: h) {
                (generic, shape.holder) = (h, namedFirm)
            } else if h.elementsEqual(Self.firmWord), let name = place?.name {
                // (我市…加快推动企业“智改数转”，新增上云企业…: firms at large, none named, are the place's.)
                (generic, shape.holder) = (h, Array(name.unicodeScalars))
            } else if let namedFirm = firm(meantBy: h), let (_, n) = FactShape.firmPronouns.match(h, at: 0, end: h.count), n < h.count,
                case let m = shape.measure ?? []
            {
                // 公司挖掘机配套油缸全年销量: the firm's product, written before a period, is what is measured of it;
                // 公司设备联网率由…: a rate it names is the measure whole.
                let named = Array(h[n...])
                (generic, shape.holder, shape.measure) = (Array(h[..<n]), namedFirm, named.last == "率" ? named : named + m)
                // (…，同比增长11.3%: of the product too; …；海外业务收入: the firm's again, not the product's, and after
                // 主导产品…, the firm's by its name.)
                if shape.kind != .rank { memory.lastMeasure = shape.measure }
                if holder == h { holder = FactShape.genericFirms.matchesWhole(generic ?? []) ? generic : namedFirm }
            } else if FactShape.productHeads.match(h, endingAt: h.count, start: 0) != nil, h.count > 2, case let m = shape.measure ?? [],
                FactShape.placeLength(h) == nil, FactShape.firmName(in: h) == nil, inFull(h) == h
            {
                // 光学镜头营收: a product is measured, no holder; in a firm's news, the firm's accounts of it are the firm's.
                let product = h + m  // (found first: see `facts(of:_:)`)
                let firm = headFirm ?? firmInNews(measuring: product)
                (shape.holder, shape.measure) = (firm ?? (holder == h ? nil : holder), product)
                if shape.kind != .rank { memory.lastMeasure = shape.measure }
                if holder == h { holder = firm }
            } else if let m = shape.measure, let last = sentenceMeasures.last, last.last == "数",
                h.elementsEqual(Self.projects) && Words.index(of: Self.projects, in: last) != nil || last.count > h.count && last.dropLast().suffix(h.count).elementsEqual(h)
            {
                // (引进补链项目19个，项目总投资64.5亿元; 工业项目31个，工业项目总投资…; 实施设备更新和技改项目87个，设备更新和技改
                // 项目完成投资…: the projects just counted, none named)
                (shape.holder, shape.measure) = (sentenceHolders.last ?? nil, h + m)
                // (…，占比71.2%: still the place's, of the same measure)
                if holder == h { holder = shape.holder }
                if shape.kind != .rank { memory.lastMeasure = shape.measure }
            } else if FactShape.genericProjects.matchesWhole(h), let namedProject = memory.namedProject {
                (generic, shape.holder) = (h, namedProject)
                memory.sentencesSince.project = 0  // (what stands for it keeps it the text's)
            } else if let zone = namedZone(writtenAs: h) {
                (generic, shape.holder) = (h, zone)
                if zone == memory.namedZone { memory.sentencesSince.zone = 0 }
                // (A zone written by a name of its own, not its kind alone, is the one 园区 stands for next.)
                if !FactShape.zoneKinds.matchesWhole(h), !FactShape.hubKinds.matchesWhole(h) { (memory.namedPark, memory.namedZone) = (zone, zone) }
            } else if FactShape.genericParks.matchesWhole(h), !FactShape.zoneKinds.matchesWhole(h), let namedPark = memory.namedPark,
                !FactShape.parkWords.matchesWhole(h) || !FactShape.isPlant(namedPark)
            {
                (generic, shape.holder) = (h, namedPark)
                memory.sentencesSince.park = 0
            } else if FactShape.parkWords.matchesWhole(h), memory.namedPark.map(FactShape.isPlant) == true,
                let zone = memory.namedZone ?? place?.names["区"].flatMap({ DocumentPlace.zoneEnds.match($0, endingAt: $0.count, start: 0) != nil ? $0 : nil })
            {
                (generic, shape.holder) = (h, zone)  // (…工厂是主会场项目。…园区完成固定资产投资: the zone, no plant)
            } else if let event = event(standingFor: h) {
                (generic, shape.holder) = (h, event)
            } else if FactShape.genericClusters.matchesWhole(h) {
                // (A cluster the text never named is no holder: the sentence's place is.)
                (generic, shape.holder) = memory.namedCluster.map { (h, $0) } ?? (nil, holder)
                memory.sentencesSince.cluster = 0
            } else if !FactShape.subsidiaries.occurs(in: s, wordsBefore(q, in: clause)) {
                noteFirm(in: h)  // (公司全资子公司…有限公司: 公司 later is still the firm it belongs to)
            }
            // (A firm the text declares a short name for is named in full, as registered: 华澜新能源 and 公司 for
            // 厦门华澜新能源科技股份有限公司; a zone by the short name it declares, 泰达.)
            if let h = shape.holder {
                if let short = shortNames[h], FactShape.firmName(in: h) == nil {
                    shape.holder = short
                } else if let full = firmsByShortName[h] {
                    (generic, shape.holder) = (generic ?? h, full)
                } else if h.count > 4, FactShape.plantEnds.match(h, endingAt: h.count, start: 2) != nil || h.suffix(2).elementsEqual(Self.projects),
                    let (n, full) = shortNameOpening(h), !h.starts(with: full)
                {
                    (generic, shape.holder) = (generic ?? h, full + h[n...])  // (锂源新能宜宾基地: the registered firm's plant)
                } else if FactShape.placeLength(h) == nil, case let full = Self.inFull(h, meant: firmMeant, registered: memory.registeredFirms), full != h {
                    (generic, shape.holder) = (generic ?? h, full)  // (某某锻压海外业务收入, after 江苏常州某某锻压机床股份有限公司)
                }
            }
        }
        var period = column?.period ?? period
        // (…分城市看，武汉市上榜17家；宜昌市9家: a count on the list, below the year of its accounts, is of the day it was
        // published.)
        if carried, let list = memory.list, period.map({ Self.precedes($0, list.period) }) == true, q.unitID != RankScanner.unitID,
            let m = shape.measure, FactShape.listings.occurs(in: m, 0..<m.count)
        {
            period = list.day
        }
        // 截至4月30日，全市共有A股上市公司52家。2024年，…。分区市看：⏎芝罘区　9家: a row of the count, on its line, is
        // counted when the count was, not in the year the text spoke of since.
        if carried, shape.kind == .level, let counted = memory.lastCount, counted.unit == q.unit, counted.period?.asOf != nil,
            shape.measure.map({ counted.measure.elementsEqual($0) }) == true, isLine(clause)
        {
            period = counted.period
        }
        // (…公示…名单，我市27家企业入选。…2024年…。⏎越城区　4家: a row of the event's count, on its line, is of the
        // event's day, not of the year the text spoke of since.)
        if carried, shape.kind == .level, let listed = memory.lastEvent, listed.unit == q.unit, let day = listed.period, day.asOf == nil,
            shape.measure.map({ listed.measure.elementsEqual($0) }) == true, isLine(clause)
        {
            period = day
        }
        // 由2015年的…增加到2020年的…，年均增长7.6%; 五年来…累计…; 今后五年…年均增长8%: over the years they span.
        if let years = yearsSpanned(by: q, kind: shape.kind, basis: shape.basis, clause: clause) { period = years }
        // (…分省辖市看，郑州市26家: places breaking the list's count down are of its day too.)
        if carried, shape.kind == .level, let whole = memory.wholeEvent, whole.unit == q.unit, let day = whole.period, day.asOf == nil,
            shape.measure.map({ whole.measure.elementsEqual($0) }) == true, breaksDownByPlace(clause)
        {
            period = day
        }
        // …举行签约仪式。其中，锐晶…项目…总投资42亿元: a named project's own accounts are of no day the text carried, nor
        // of one another clause wrote.
        if periodElsewhere, let h = shape.holder, FactShape.isNamedProject(h), let m = shape.measure, FactShape.projectAccounts.match(m, endingAt: m.count, start: 0) != nil {
            period = nil
        }
        // (…推介会上…。据介绍，该开发区规划面积48平方公里: the area a zone or park is planned to take is of no day either.)
        // (…上半年…。该园区占地约860亩，总建筑面积62万平方米: nor are a park's ground and floor space.)
        if periodElsewhere, let m = shape.measure, m.count > 3 && m.starts(with: Self.planned) && m.suffix(2).elementsEqual(Self.area)
            || FactShape.siteAreas.matchesWhole(m) && shape.holder.map({ h in FactShape.parkName(in: h).map { $0.count == h.count } ?? false }) == true
        {
            period = nil
        }
        // 一季度…年度计划投资158亿元: a year's planned amount is of the whole year (its 完成率 of the year so far); so after 截至10月底.
        if q.kind == .money, let m = shape.measure, m.starts(with: "年度".unicodeScalars) || Words.index(of: FactShape.yearsPlan, in: m) != nil, let p = period, let year = p.endYear,
            p.asOf != nil || p.start?.prefix(4) == p.end?.prefix(4)
        {
            period = .years(year, year)
        }
        // A stock is counted at a moment: 2020年全市规上工业企业达5829家 is as of the year's end.
        // One counted in the year a document is written in is counted as of its day (2024年第一批重点项目126个 in February).
        // (…集中开工项目19个，其中产业项目12个…；民生项目7个: a kind of the projects an event counted on its day is its part, of
        // that day, no stock.)
        // (…；全县储备项目312个, 累计在建项目: a place's own stock, no part.)
        let eventsPart = period.map { $0.start != nil && $0.start == $0.end } == true && shape.measure.map { $0.count > 3 && $0.suffix(3).elementsEqual(Self.projectsCounted) } == true
            && sentenceMeasures.contains { FactShape.countEvents.match($0, at: 0, end: $0.count) != nil && $0.suffix(3).elementsEqual(Self.projectsCounted) }
            && breaksDown(before: q) && !ownStock(before: q, in: clause)
        if shape.stock, !eventsPart, shape.kind != .share, let end = period?.end, period?.asOf == nil {
            let now = shape.kind.isActual && period?.calendarYear != nil
                ? documentDate.flatMap { date in (period?.start ?? end) <= date && date < end ? date : nil } : nil
            period = .asOf(now ?? end)
        }
        // 截至6月末…产量: what flows is counted from the year's start to that date; so is what happened (年末…达512家；
        // 新增…12家, 新签约项目68个).
        if !shape.stock, let asOf = period?.asOf, let measure = shape.measure,
            FactShape.flows.match(measure, endingAt: measure.count, start: 0) != nil || FactShape.countEvents.match(measure, at: 0, end: measure.count) != nil
                || FactShape.isYearsDoneRate(measure) && !FactShape.notYearsPlans.occurs(in: s, clause.lowerBound..<q.span.lowerBound),
            // (截至6月底，全县累计拜访企业860家, 现有…: a running total of events is as of its day.)
            q.kind != .count || !FactShape.runningTotals.occurs(in: s, clause.lowerBound..<max(clause.lowerBound, q.span.lowerBound))
        {
            period = Period(start: String(asOf.prefix(4)) + "-01-01", end: asOf)
        }
        // No actual is stated for a time still to come: 明年…新开工项目20个 in a December article is an expectation.
        // (A stock counted at its month's end, 累计达到8.6万家 in an August article, is of the month.)
        if shape.kind != .target, shape.kind != .forecast, let documentDate,
            let begins = period?.start ?? period?.asOf.map({ $0.prefix(8) + "01" }), begins > documentDate
        {
            shape.kind = .forecast
        }
        // (营业收入⇥86.52⇥9.48 in a firm's own announcement: what names no holder is the issuer's.)
        // (In a firm's news, the firm the text named last: 配息率约65%, after …股份有限公司公布….)
        if shape.holder == nil, let measure = shape.measure, !FactShape.markets.occurs(in: measure, 0..<measure.count) || marketsRevenue(measure, clause),
            let firm = headFirm ?? firmInNews(measuring: measure)
        {
            shape.holder = firm  // (not a market's: 全球消费电子市场出货量 in its review is no figure of its own)
            // (铭锐液压投资2.3亿元: its short name, read into the measure before a verb that is a measure's word too, is the
            // firm as written.)
            if measure.count > 4, firm.contains(measure[0]), FactShape.industryOpenings.match(measure, at: 0, end: measure.count) == nil,
                let k = shortNameEnd(of: firm, in: measure)
            {
                (generic, shape.measure) = (Array(measure[..<k]), Array(measure[k...]))
            }
        } else if shape.holder == nil, let postSubject = clues.postSubject, let measure = shape.measure, !FactShape.markets.occurs(in: measure, 0..<measure.count),
            subject.map({ $0.last.map(DocumentPlace.levels.contains) != true }) ?? true
        {
            // (A post about a park or a place: its rows, 工业总产值：205.3亿元; not a market's figure, nor one of a place the
            // reader knows no name of, 相邻的某溪镇完成….)
            shape.holder = postSubject
        }
        // (新增“小升规”企业中，电气机械和器材制造业31家: a part counted among the frame's firms is a count of them.)
        if shape.measure == nil, q.kind == .count, shape.holder != nil, let firms = amongFirms { shape.measure = firms + ["数"] }
        // (…累计培育市级以上智能制造示范工厂142家，其中国家级8家、省级57家: a level alone is of the things just counted.)
        if let m = shape.measure, m.count <= 6, let n = FactShape.parkLevels.match(m, at: 0, end: m.count)?.length,
            n == m.count || FactShape.levelsAndAbove.match(m, at: n, end: m.count)?.length == m.count - n,
            let last = sentenceMeasures.last, last.count > 2, last.last == "数", sentenceHolders.last == shape.holder
        {
            shape.measure = FactShape.atLevel(m, Array(last.dropLast())) + ["数"]
        }
        // (全市集成电路产量达到268.4亿块，…，产量占全省的32.8%: a bare measure word said again for a share, of the same
        // holder, is the sentence's measure it ends.)
        if shape.kind == .share, let m = shape.measure, m.count <= 3, let last = sentenceMeasures.last, last.count > m.count, last.suffix(m.count).elementsEqual(m),
            let holder = shape.holder, sentenceHolders.last == holder
        {
            shape.measure = last
        }
        // The sentence's measures, for the figures after it, whether this one is found again or new.
        if let measure = shape.measure {
            sentenceMeasures.append(measure)
            sentenceUnits.append(q.unit)
            sentenceHolders.append(shape.holder)
        }
        if !compared { memory.lastHolder = shape.holder }  // (高于全省（5.2%）: the place compared with holds nothing after it)
        sentenceFacts.all += 1
        if shape.kind.isActual { sentenceFacts.actuals += 1 }
        let (first, last) = (clean.original(q.span.lowerBound, cursor: &run), clean.original(q.span.upperBound - 1, cursor: &run))
        let span = last >= first ? first..<(last + 1) : clean.covered(q.span)  // (a card's figure after its words: 首次突破1000亿元)
        let direction = shape.kind == .share ? nil : shape.direction
        if shape.kind != .rank { memory.lastStated = Memory.Stated(unit: q.unit, direction: direction) }  // a rank, as its measure, is no figure later ones go on from
        let identity = FactTally.Identity(
            holder: shape.holder, measure: shape.measure, unit: q.unitID, key: FactTally.key(q.value, shape.measure, q.unitID, period, shape.holder))
        let statement = FactTally.Statement(
            identity: identity, value: q.value, unit: q.unit, qualifier: q.qualifier, upTo: q.upTo, kind: shape.kind, direction: direction,
            basis: shape.basis, period: period, generic: generic, clause: clause, span: span)
        tally.add(statement) { Self.fact(of: $0, clean: clean, place: place) }
        // (A count equal to the last one, dated already, is left as it is; a goal's count, 2025年目标⇥1200, is none to date others by.)
        if var count = made.count, count != memory.lastCount, shape.kind != .target, shape.kind != .forecast {
            count.period = period
            memory.lastCount = count
        }
        if var event = made.event, event != memory.lastEvent {
            event.period = period
            if let last = memory.lastEvent, last.measure != event.measure {
                memory.earlierEvents.removeAll { $0.measure == last.measure }
                memory.earlierEvents.insert(last, at: 0)
                if memory.earlierEvents.count > Self.eventsKept { memory.earlierEvents.removeLast() }
            }
            memory.lastEvent = event
            memory.sentencesSince.event = 0
        }
        if made.endsWhole { memory.wholeEvent = nil }
        if var whole = made.whole, whole != memory.wholeEvent {
            (whole.period, whole.holder) = (period, shape.holder)
            memory.wholeEvent = whole
        }
    }

    /// The fact a statement states, its strings made (for a fact not seen before).
    static func fact(of statement: FactTally.Statement, clean: CleanText, place: DocumentPlace?) -> Fact {
        let holder = statement.identity.holder
        let resolved = holder.flatMap { place?.resolve($0) ?? DocumentPlace.selfNamed($0) }
        return Fact(
            value: statement.value, unit: statement.unit, qualifier: statement.qualifier, direction: statement.direction,
            holder: (resolved ?? holder).map(Words.text), holderWritten: resolved == nil ? statement.generic.map(Words.text) : holder.map(Words.text),
            measure: statement.identity.measure.map(Words.text), kind: statement.kind, basis: statement.basis, period: statement.period,
            quote: clean.string(statement.clause), span: statement.span, occurrences: 1, upTo: statement.upTo)
    }

    /// Whether a figure that names no holder is the sentence's industry's: one of its own things (汽车产量, 相关企业,
    /// 其中规模以上企业), not a group of the place's firms (规上工业增加值) nor what the place does (建成…生产线).
    private func carriesIndustry(_ industry: [Unicode.Scalar], _ measure: [Unicode.Scalar]?, clause: Range<Int>) -> Bool {
        // (低空经济产业实现营业收入…；低空经济相关企业达到268家: a measure that names the industry again is the place's.)
        if let m = measure, industry.count > 4, industry.suffix(2).elementsEqual(Self.industryWord), Words.index(of: industry.dropLast(2), in: m) != nil {
            return false
        }
        var start = clause.lowerBound
        while start < clause.upperBound, Words.punctuation.contains(s[start]) { start += 1 }
        if Words.subsets.match(s, at: start, end: clause.upperBound) != nil { return true }
        if FactShape.makeVerbs.match(s, at: start, end: clause.upperBound) != nil || Words.events.match(s, at: start, end: clause.upperBound) != nil
            || s[start..<clause.upperBound].starts(with: "引进".unicodeScalars)
        {
            return false
        }
        return measure.map { !FactShape.groups.occurs(in: $0, 0..<$0.count) } ?? true
    }

    /// The name a figure describes through 的 (总投资120亿元的华芯12英寸晶圆制造项目, 这个占地约500亩的产业园): the words
    /// after 的 up to the first word a holder's name ends with (extended to a longer one it begins: 产业 → 产业集群),
    /// within the clause. A bare 项目 or 企业 (超10亿元的项目) is a class of things, no name.
    private func describedName(after q: QuantityMention) -> [Unicode.Scalar]? {
        let start = q.span.upperBound + 1
        guard start < s.count, s[start - 1] == "的" else { return nil }
        var k = start
        while k < min(s.count, start + Words.longestSubject + 8), !clauseEnds.contains(s[k]), !sentenceEnds.contains(s[k]) {
            k += 1
            guard let (_, n) = FactShape.holderEnds.match(s, endingAt: k, start: start) else { continue }
            var end = k
            // 智能装备产业 → 智能装备产业集群, 新材料产业园 → 新材料产业园项目: a longer ending that overlaps this one or
            // follows it at once.
            var extended = true
            while extended {
                extended = false
                for longer in stride(from: min(end + 4, s.count), through: end + 1, by: -1) {
                    if let (_, m) = FactShape.holderEnds.match(s, endingAt: longer, start: start), longer - m <= end {
                        (end, extended) = (longer, true)
                        break
                    }
                }
            }
            // 滁州经开区高效光伏组件项目: a zone's project, named in full (looked for up to the limit of the name, which a
            // longer ending may already have passed).
            if let project = (end..<max(end, min(s.count, start + Words.longestSubject + 8))).prefix(while: { !clauseEnds.contains(s[$0]) && Words.isHan(s[$0]) })
                .first(where: { FactShape.genericProjects.match(s, endingAt: $0 + 1, start: end)?.length == 2 })
            {
                end = project + 1
            }
            let name = Array(s[start..<end])
            if name.count == n, !FactShape.genericParks.matchesWhole(name) { return nil }
            return name
        }
        return nil
    }

    /// In a clause or sentence without figures, the firm it names: 穗能新能源科技股份有限公司发布…, 晶宏半导体2024年半年报显示.
    private mutating func noteNames(_ sentence: Range<Int>) {
        // (散热模组厂泓钧科技（3386）7日召开法人说明会: a firm the text writes with its stock code is listed; its news
        // is as a registered firm's.)
        let before = memory.namedFirm
        defer { if let firm = memory.namedFirm, firm != before, clues.listedFirms.contains(firm) { memory.noteRegistered(firm) } }
        // (二、远帆材料（688901）：年报点评: a line a listed firm opens, after its item's number, is that firm's news.)
        if let firm = listedFirm(opening: sentence) {
            memory.namedFirm = firm
            // (…讯　3月2日晚间，远帆材料（688901）发布…，预计…: the clause's firm holds the sentence's figures.)
            if sentence.upperBound < s.count, clauseEnds.contains(s[sentence.upperBound]) { holder = firm }
            return
        }
        // (发布单位：…有限公司, 来源：…: who published the page holds none of its figures.)
        if let (_, n) = Words.pageLabels.match(s, at: sentence.lowerBound, end: sentence.upperBound), sentence.lowerBound + n < sentence.upperBound,
            s[sentence.lowerBound + n] == "：" || s[sentence.lowerBound + n] == ":"
        {
            return
        }
        // (问题1：请介绍公司…经营情况: an investor's question names no firm, but by its registered name; the answer's 公司 is
        // the one the text named.)
        if let asked = FactShape.questionLabelEnd(s, at: sentence.lowerBound, end: sentence.upperBound),
            phrase(asked..<sentence.upperBound).flatMap(FactShape.firmName).map({ FactShape.registeredFirmEnd($0) == nil }) ?? true
        {
            return
        }
        let end = (sentence.lowerBound..<sentence.upperBound).first(where: { clauseEnds.contains(s[$0]) }) ?? sentence.upperBound
        guard end - sentence.lowerBound <= 64 else {
            // (A title run into its byline: …远销中东常州日报5月9日讯（记者钱某）记者近日从江苏常州某某锻压机床股份有限公司获悉: the
            // registered name at its end, not cut where the tail looked at starts.)
            if var words = phrase((end - 64)..<end) {
                FactShape.dropByline(&words)
                if let firm = FactShape.firmName(in: words), let at = Words.index(of: firm, in: words), at > 0, FactShape.registeredFirmEnd(firm) != nil {
                    memory.namedFirm = firm
                }
            }
            return
        }
        // (恒川动力是国内…领军企业: a firm by the short name the text declared for it, for 公司 later.)
        var declared: (short: [Unicode.Scalar], full: [Unicode.Scalar])?  // the longest, when one short name opens another
        for (short, full) in firmsByShortName where short.count > declared?.short.count ?? 0 && s[sentence.lowerBound..<end].starts(with: short) {
            declared = (short, full)
        }
        if let declared { memory.namedFirm = declared.full }
        // Most clauses of prose name nothing: only one with a period, or a scalar a name or a speaker ends with, may.
        let nameMarks = FactShape.nameMarks
        guard periodsBetween(sentence.lowerBound, end).count > 0 || (sentence.lowerBound..<end).contains(where: { nameMarks.contains(s[$0]) })
        else { return }
        // A clause, not a whole sentence: what it names holds the figures of the clauses after it.
        let clauseOfSentence = sentence.upperBound < s.count && clauseEnds.contains(s[sentence.upperBound])
        if let period = periods[periodsBetween(sentence.lowerBound + 1, end)].first(where: {
            // (某某财经网上海3月2日讯　…有限公司3月1日晚间发布…, 某某社合肥6月2日电（记者…）: the day a byline was
            // filed; the firm's news is the next.)
            $0.span.lowerBound > sentence.lowerBound && $0.span.upperBound <= end && !Self.isBase($0, in: s) && ($0.span.upperBound == end || !Self.isDateline($0, in: s))
        }),
            // (部分订单已排产至7月: a time reached, no firm's news; 截至6月底 is a date.)
            !Self.isTimeReached(period, in: s, within: sentence.lowerBound),
            s[period.span.lowerBound - 1] != "的",  // (此前披露的三季报显示: a report's period, in a noun phrase, names no firm's news)
            let words = phrase(sentence.lowerBound..<period.span.lowerBound).map(FactShape.withoutByline), FactShape.placeLength(words) == nil,
            FactShape.firmPronouns.match(words, at: 0, end: words.count) == nil,  // (公司挖掘机配套液压油缸全年…: the firm named before)
            FactShape.doings.match(words, at: 0, end: words.count) == nil,  // (紧盯全年任务不松劲: what is done, by no one named)
            FactShape.stockLabels.match(words, at: 0, end: words.count) == nil,  // (…（以下简称“…”，证券代码：…）2月27日晚发布…)
            !words.suffix(2).elementsEqual("记者".unicodeScalars),  // (…持续放量⏎记者7月14日从…获悉: the day the reporter heard it)
            let whole = FactShape.holder(words), case let name = Array(whole[FactShape.name(endingAt: whole.count, in: whole)]),
            name.count >= 2, name.count <= Words.longestSubject, !FactShape.genericHolders.matchesWhole(name),  // (该项目已于今年3月开工)
            // (该协议的实施预计对公司明年…: the firm the period is of is 公司, the one named before.)
            !(Words.index(of: whole, in: words).map { FactShape.genericFirms.occurs(in: words, ($0 + whole.count)..<words.count) } ?? false),
            // (首批出口车型计划于今年10月交付: what is planned for the period is no firm; 星河汽车预计…, a trade's name, is one.)
            !FactShape.plannings.occurs(in: s, sentence.lowerBound..<period.span.lowerBound)
                || FactShape.tradeWords.match(name, endingAt: name.count, start: 0) != nil || inFull(name) != name,
            FactShape.projectPhases.match(name, endingAt: name.count, start: 0) == nil,  // (泰国工厂一期已于4月竣工投产: a phase of a plant reports nothing)
            // (…的第二期厂房已于年内投产: nor does a plant, but a park does.)
            FactShape.plantEnds.match(name, endingAt: name.count, start: 0) == nil || FactShape.parkName(in: name) == 0..<name.count,
            !FactShape.notInFirmNames.occurs(in: name, 0..<name.count), !FactShape.notBeforeFirms.occurs(in: name, 0..<name.count),  // (…业绩预增公告⏎2023年度，…: a title's words)
            !(name.count > 2 && name.suffix(2).elementsEqual("公司".unicodeScalars) && FactShape.verbBeforeFirm(name, at: name.count - 2)),
            // (配息金额高于全年每股盈余: a comparison, no name.)
            !FactShape.comparatives.occurs(in: s, max(sentence.lowerBound, period.span.lowerBound - 2)..<min(end, period.span.lowerBound + 1))
        {
            // (深交所上市的嘉丰电子: the name after 的.)
            // 卓凯光电4月17日晚间披露2024年年报，全年实现营业收入…: the firm holds the sentence's figures.
            // (星湖智造产业园2024年度运营工作总结: a park, for 园区 later.)
            if FactShape.parkName(in: name) == 0..<name.count { noteFirm(in: name) } else { memory.namedFirm = inFull(name) }
            // (某某重工上半年…⏎记者从大连某某重工集团有限公司获悉: a title's short name, then the firm's registered one.)
            if let rest = phrase(period.span.upperBound..<end), let firm = FactShape.firmName(in: rest), Words.index(of: name, in: firm) != nil {
                memory.namedFirm = firm
            }
            if clauseOfSentence { holder = name }
        } else if var words = phrase(sentence.lowerBound..<end) {
            FactShape.dropByline(&words)
            // (利润分配预案：公司拟…: no name runs over a label's colon; what follows it is read apart.)
            if let colon = (sentence.lowerBound..<end).last(where: { s[$0] == "：" || s[$0] == ":" }), let before = phrase(sentence.lowerBound..<colon),
                let after = phrase((colon + 1)..<end)
            {
                noteFirm(in: before)
                noteFirm(in: after)
            } else {
                noteFirm(in: words)
            }
            // 晶圆代工厂矽晶创新昨日召开法人说明会，公布…: a firm named before when it held or published something, by no
            // registered name, holds what it published.
            // (Not an association's or an office's: 乘联会昨日发布…, 市政府昨日召开….)
            if FactShape.firmName(in: words) == nil, let time = FactShape.newsDays.first(in: words, 0..<words.count), time >= 2,
                let (_, n) = FactShape.newsDays.match(words, at: time, end: words.count), FactShape.firmNews.match(words, at: time + n, end: words.count) != nil,
                let name = FactShape.holder(Array(words[..<time])), name.count >= 2, name.count <= Words.longestSubject, FactShape.placeLength(name) == nil,
                !FactShape.genericHolders.matchesWhole(name), !FactShape.genericFirms.matchesWhole(name), Words.metrics.last(in: name, 0..<name.count) == nil,
                FactShape.speakers.match(name, endingAt: name.count, start: 0) == nil, name.last != "府"
            {
                let firm = inFull(name)
                memory.namedFirm = firm
                if clauseOfSentence { holder = firm }
            }
            // (本届博览会设置…展区，参展企业652家: the fair a clause opens with holds the sentence's figures after it.)
            if clauseOfSentence, let (_, n) = FactShape.genericEvents.match(words, at: 0, end: words.count), n >= 3, n < words.count,
                let fair = event(standingFor: Array(words[..<n]))
            {
                holder = fair
            }
            // (…项目，由四川宜能材料有限公司投资建设，总投资48亿元: who builds it holds none of the project's accounts.)
            if clauseOfSentence, words.first != "由", let firm = FactShape.firmName(in: words),
                Words.index(of: firm, in: words).map({ $0 == 0 || words[$0 - 1] != "由" }) == true
            {
                holder = firm
            }
            // 卓凯光电表示，…: a firm that speaks holds what it says (公司表示: the firm named before).
            // (调研活动内容介绍：: what is introduced, no speaker.)
            if let (_, n) = FactShape.speech.match(words, endingAt: words.count, start: 0), FactShape.topics.match(words, endingAt: words.count - n, start: 0) == nil {
                words.removeLast(n)
                // (极光汽车方面解释称: the firm's side is the firm.)
                if words.count > 4, words.suffix(2).elementsEqual("方面".unicodeScalars) { words.removeLast(2) }
                // (董事会欣然宣布，…: the board speaks for the firm.)
                // (董事会（「董事会」）谨此宣布: its short name declared, and how it says it.)
                if let (_, m) = FactShape.boards.match(words, at: 0, end: words.count),
                    case let again = FactShape.boards.match(words, at: m, end: words.count)?.length ?? 0,
                    m + again == words.count || FactShape.manners.matchesWhole(Array(words[(m + again)...]))
                {
                    words = Array(words[..<m])
                }
                if FactShape.genericFirms.matchesWhole(words) || FactShape.boards.matchesWhole(words), words.count > 0, let firm = firmMeant {
                    if clauseOfSentence { holder = firm }
                    return
                }
                // 高新区负责人表示，…力争…: the zone or place whose officer speaks holds what is said.
                if clauseOfSentence, let (_, n) = FactShape.officers.match(words, endingAt: words.count, start: 0), n < words.count {
                    let office = Array(words.dropLast(n))
                    if let zone = namedZone(writtenAs: office) {
                        holder = zone
                    } else if FactShape.placeLength(office) == office.count {
                        holder = office
                    } else if office.count >= 4, FactShape.holder(office) == office, !FactShape.offices.contains(office[office.count - 1]),
                        Words.places.match(office, at: 0, end: office.count) == nil
                    {
                        // 华星光显相关负责人介绍，今年以来公司…: a firm's officer speaks for it, and 公司 is it.
                        let firm = inFull(office)
                        (memory.namedFirm, holder, speakingFirm) = (firm, firm, firm)
                        return
                    }
                }
                if words.count >= 4, FactShape.placeLength(words) == nil, let name = FactShape.holder(words),
                    FactShape.speakers.match(name, endingAt: name.count, start: 0) == nil
                {
                    // (公司总经理陈建华介绍: the firm named before speaks.)
                    let firm = FactShape.genericFirms.matchesWhole(name) ? firmMeant ?? name : inFull(name)
                    memory.namedFirm = firm
                    // (项目负责人介绍: a project's officer, no firm's, speaks for no 我们.)
                    if FactShape.genericFirms.matchesWhole(name) || FactShape.mayNameFirm(name) {
                        speakingFirm = firm
                        if let person = FactShape.officerName(words) { memory.spokesperson = Memory.Spokesperson(name: person, firm: firm) }
                    }
                    if clauseOfSentence { holder = firm }
                }
            }
        }
    }

    /// Whether a period says when a thing is or was done (二期预计于2027年3月建成投产, 第二期已于年内投产): 于 before it,
    /// a verb of an event or of completion after it.
    static func isScheduled(_ period: PeriodMention, in s: [Unicode.Scalar], end: Int) -> Bool {
        guard period.span.lowerBound > 0, s[period.span.lowerBound - 1] == "于" else { return false }
        return Words.events.match(s, at: period.span.upperBound, end: end) != nil || FactShape.completions.match(s, at: period.span.upperBound, end: end) != nil
    }

    /// Whether a period is a run of years written in digits (2024—2026年): a plan's or a forecast's span, which dates
    /// no sentence after it.
    static func isRunOfYears(_ period: PeriodMention, in s: [Unicode.Scalar]) -> Bool {
        ChineseNumeral.arabic(s[period.span.lowerBound]) != nil && period.period.start.map { $0.prefix(4) } != period.period.end.map { $0.prefix(4) }
    }

    /// The index in the text's quote marks of the first at or after `position` (most sentences are far from any).
    private func quoteMark(atOrAfter position: Int) -> Int {
        let marks = clues.quoteMarks
        var (low, high) = (0, marks.count)
        while low < high {
            let mid = (low + high) / 2
            if marks[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Who is said to say the quote `position` opens or stands in (after its “, before its ”), when it closes within
    /// `quoteSpan`: the words between its ” and the verb of speaking after it (“…我们销售叉车3100台…。”某某重工总经理李某说),
    /// empty when none is written; nil outside a quote.
    private func quoteSpeaker(at position: Int) -> [Unicode.Scalar]? {
        let quoteMarks = clues.quoteMarks, low = quoteMark(atOrAfter: position)
        // (A quote opening the sentence, or one it stands in: a “ before it, nearer than any ”.)
        let opens = low < quoteMarks.count && quoteMarks[low] < position + 2 && s[quoteMarks[low]] == "“"
        let inside = low > 0 && s[quoteMarks[low - 1]] == "“"
        let next = opens ? low + 1 : low
        guard opens || inside, next < quoteMarks.count, case let close = quoteMarks[next], s[close] == "”", close - position < Self.quoteSpan
        else { return nil }
        var end = close + 1
        while end < min(s.count, close + 30), s[end] != "，", s[end] != "。", s[end] != "\n" { end += 1 }
        let words = Array(s[min(s.count, close + 1)..<end])
        guard let (_, n) = FactShape.quoteSpeech.match(words, endingAt: words.count, start: 0) else { return [] }
        return Array(words.dropLast(n))
    }

    /// The firm whose officer `words` name as who says a quote (`quoteSpeaker`: “…我们销售叉车3100台…。”某某重工总经理李某说,
    /// or by the name alone of an officer named before: “…”李某说), nil for anyone else or no one.
    private func quotedFirm(saying words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard !words.isEmpty else { return nil }
        if let said = memory.spokesperson, said.name == words { return said.firm }
        guard let k = words.indices.dropFirst(2).first(where: { FactShape.firmOfficers.match(words, at: $0, end: words.count) != nil }) else { return nil }
        let office = Array(words[..<k])
        if FactShape.genericFirms.matchesWhole(office) { return firmMeant }  // (“…”公司董事长李某介绍: the firm named before)
        guard FactShape.mayNameFirm(office), namedZone(writtenAs: office) == nil, FactShape.holder(office) == office else { return nil }
        return inFull(office)
    }
    private static let quoteSpan = 300

    /// How long the generic project word `words` open with is, when it stands for a project: 该项目 always, 项目 alone
    /// only after a project was named (项目涵盖汽车等领域, of a signing's projects, names none).
    private func genericProject(opening words: [Unicode.Scalar]) -> Int? {
        guard let (_, n) = FactShape.genericProjects.match(words, at: 0, end: words.count) else { return nil }
        return memory.namedProject != nil || !FactShape.bareGenericKinds.contains(Words.text(words[..<n])) ? n : nil
    }

    /// The zone or hub the text named that its kind written alone stands for (高新区 after 襄阳高新区, 铁路港 after
    /// 成都国际铁路港), if one is.
    private func namedZone(writtenAs words: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let zone = place?.names["区"]
        var found: [Unicode.Scalar]?
        if let named = memory.namedZone, named.count > words.count, FactShape.zoneKinds.matchesWhole(words) || FactShape.hubKinds.matchesWhole(words),
            named.suffix(words.count).elementsEqual(words)
        {
            found = named
        } else {
            // (The zone the document is about, named in its first lines, by its kind or a short name; also when the text
            // named since a zone or hub of another kind: 开发区 after 加快建设内陆多式联运枢纽. 白沙经开区 after 西川白沙经济技术开发区
            // stands for it too, and 合肥经开区, with its place, for 合肥经济技术开发区, unless the text declared it: （下称“白沙高新区”）.)
            found = [memory.namedZone, zone].lazy.compactMap({ $0 }).first {
                FactShape.standsForZone(words, $0) || DocumentPlace.names(words, $0) && !(place?.declaredShortNames.contains(words) ?? false)
            }
        }
        return found
    }

    /// The place a phrase opens with, by its name or by the kind of a zone the text named (经开区举行…), and how long it
    /// is written.
    private func placeOpening(_ words: [Unicode.Scalar]) -> (name: [Unicode.Scalar], length: Int)? {
        if let n = FactShape.placeLength(words) { return (Array(words[..<n]), n) }
        return zoneKindOpening(words)
    }

    /// The zone the text named and how long its kind is, when a phrase opens with the kind alone (经开区举行…).
    private func zoneKindOpening(_ words: [Unicode.Scalar]) -> (name: [Unicode.Scalar], length: Int)? {
        guard let (_, n) = FactShape.zoneKinds.match(words, at: 0, end: words.count), let zone = namedZone(writtenAs: Array(words[..<n])) else { return nil }
        return (zone, n)
    }

    /// The listed firm (`TextClues.listedFirms`) whose name and stock code open `sentence`, after its item's number
    /// (一、, 2.) if it has one.
    private func listedFirm(opening sentence: Range<Int>) -> [Unicode.Scalar]? {
        guard !clues.listedFirms.isEmpty else { return nil }
        var k = sentence.lowerBound
        // (一、, 2.: a number before its mark, not 九阳股份's 九.)
        if let mark = (k..<min(k + 4, sentence.upperBound)).first(where: { s[$0] == "、" || s[$0] == "." || s[$0] == "．" }),
            mark > k, (k..<mark).allSatisfy({ ChineseNumeral.isNumeral(s[$0]) })
        {
            k = mark + 1
        }
        // (在深交所上市的远帆材料（688901）…: where the firm is listed, said before 的, opens no name.)
        if let de = (k..<min(k + 12, sentence.upperBound)).first(where: { s[$0] == "的" }), FactShape.listingsAndSites.occurs(in: s, k..<de) { k = de + 1 }
        // The name runs to the bracket its code opens (looked up whole: no walk over every listed name for each clause).
        var open = k
        while open < sentence.upperBound, open - k < 16, s[open] != "（", s[open] != "(" { open += 1 }
        guard open > k, open + 1 < sentence.upperBound, ChineseNumeral.arabic(s[open + 1]) != nil, case let name = Array(s[k..<open]),
            clues.listedFirms.contains(name)
        else { return nil }
        return name
    }

    static let ownership = Array("经济类型".unicodeScalars)
    /// What makes a count one of things added: 新增.
    static let added = Array("新增".unicodeScalars)

    /// The firm 公司 and 本集团 stand for: the one the text named last, else the one its head names.
    private var firmMeant: [Unicode.Scalar]? { memory.namedFirm ?? headFirm }
    /// The firm `word` stands for: in a filing whose head names its issuer, 公司 and 本公司 are the issuer, whatever firm
    /// it dealt with (公司收到某某物资有限公司发来的…); 该公司, and 公司全资子公司…, the one named last.
    private func firm(meantBy word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if let headFirm, FactShape.issuerWords.matchesWhole(word) { return headFirm }
        return firmMeant
    }

    /// The registered firm whose news the text is, for a figure of `measure` that names no holder: the one named last,
    /// while the figures read go on with it (not after a figure of another holder: 集群拥有…技术中心41家，高新技术企业263家),
    /// or right after it was named, or ever after in a text about it (`TextClues.subjectFirm`). Not for a project's
    /// accounts (这一项目由…有限公司投资建设，总投资30亿元) or a place's measure, or one a place opens (…签署协议。一季度，
    /// 规上工业增加值增长8.1%; 东莞规模以上工业增加值).
    private func firmInNews(measuring measure: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // (In a firm's own post, the firm it is about, however long ago the text named it.)
        guard let firm = memory.registeredFirms.first ?? clues.subjectFirm, FactShape.projectAccounts.match(measure, endingAt: measure.count, start: 0) == nil,
            !FactShape.placeMeasures.occurs(in: measure, 0..<measure.count), FactShape.placeLength(measure) == nil,
            memory.lastHolder == firm || memory.lastHolder == nil && (memory.sentencesSince.firm <= Self.firmNewsSpan || firm == clues.subjectFirm)
        else { return nil }
        return firm
    }

    /// Where `firm`'s short name, read into the start of `measure`, ends (铭锐液压投资 → 4), the longest first.
    private func shortNameEnd(of firm: [Unicode.Scalar], in measure: [Unicode.Scalar]) -> Int? {
        for k in stride(from: min(measure.count - 2, 8), through: 3, by: -1) where inFull(Array(measure[..<k])) == firm { return k }
        return nil
    }

    /// The registered name of the firm remembered, or named in the document's head, when `name` is written inside it
    /// (某某锻压 of 江苏常州某某锻压机床股份有限公司, a short name the text never declared); else `name`.
    private func inFull(_ name: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Self.inFull(name, meant: firmMeant, registered: memory.registeredFirms)
    }

    /// `inFull(_:)` of the firm `meant` and the `registered` ones: a static function, for `add` to call without copying the
    /// whole reader around the call.
    private static func inFull(_ name: [Unicode.Scalar], meant: [Unicode.Scalar]?, registered: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        // (Written first or after the place the name starts with, not inside it: 某某科技 of 某某科技股份有限公司 or of
        // 江苏某某科技…; a short name that opens the registered one may still be another firm's, as 中国石油 is not
        // 中国石油化工股份有限公司: left as it is.)
        // (An abbreviation too: the trade name's first two characters, then the rest in their order, 秦锋重汽 of
        // 陕西秦锋重型汽车有限公司, 某某股份 of 宁波某某精密传动股份有限公司.)
        guard name.count >= 3 else { return name }
        func writesIt(_ firm: [Unicode.Scalar]) -> Bool {
            guard firm.count > name.count, let end = FactShape.registeredFirmEnd(firm) else { return false }
            let whole = Words.index(of: name, in: firm)
            guard let at = whole ?? (name.count >= 4 ? Words.index(of: name.prefix(2), in: firm) : nil),
                at == 0 || FactShape.placeLength(Array(firm[..<at])) != nil
            else { return false }
            let body = end - (FactShape.registeredEnds.match(firm, endingAt: end, start: at)?.length ?? 0)
            return whole != nil || at + 2 < body && Self.abbreviates(name.dropFirst(2), firm[(at + 2)..<body])
        }
        if let firm = meant, writesIt(firm) { return firm }
        return registered.first(where: writesIt) ?? name
    }

    /// Whether `rest` abbreviates the words of `name`: each character found after the one before, none right after it
    /// (重汽 of 重型汽车, 重科 of 重型机械科技; 汽车 of 重型汽车 is a word of the name written whole, no abbreviation: a
    /// parent's short name may read so), but for the form a firm's name ends with (股份, 集团, 控股).
    private static func abbreviates(_ rest: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if FactShape.firmForms.matchesWhole(Array(rest)) { return Words.index(of: Array(rest), in: Array(name)) != nil }
        var from = name.startIndex
        for c in rest {
            guard let k = name[from...].firstIndex(of: c), k == name.startIndex || k > from else { return false }
            from = k + 1
        }
        return true
    }

    /// Where the sentence `clause` stands in starts: after the last full stop or line break before it, whatever ；
    /// parted it since.
    private func sentenceOpening(before clause: Range<Int>) -> Int {
        (s[..<clause.lowerBound].lastIndex(where: { $0 == "。" || $0 == "\n" }) ?? -1) + 1
    }

    /// The goods the sentence `clause` stands in opens with as its topic before it (装载机方面，… → 装载机), if it does: no
    /// measure's word, no verb of goods.
    private func sentenceTopic(before clause: Range<Int>) -> [Unicode.Scalar]? {
        let start = sentenceOpening(before: clause)
        guard let k = Words.index(of: Self.topic, in: Array(s[start..<clause.lowerBound])) else { return nil }
        var from = start + k
        while from > start, Words.isHan(s[from - 1]) { from -= 1 }
        let topic = Array(s[from..<(start + k)])
        guard topic.count >= 2, Words.metrics.last(in: topic, 0..<topic.count) == nil, FactShape.goodsVerbEnd(topic) == nil else { return nil }
        return topic
    }
    private static let topic = Array("方面".unicodeScalars)

    /// Whether the sentence of `clause` opens, before it, with the output of products it lists (主要工业产品产量中，…).
    private func opensWithProducts(before clause: Range<Int>) -> Bool {
        Words.index(of: Self.productsOutput, in: Array(s[sentenceOpening(before: clause)..<clause.lowerBound])) != nil
    }
    private static let productsOutput = Array("产品产量".unicodeScalars)

    /// The registered firm remembered whose short name `words` open with, four to six characters written in its
    /// registered name as `inFull` finds them, and the short name's length; two characters at least are left to measure.
    private func firmOpening(_ words: [Unicode.Scalar]) -> (firm: [Unicode.Scalar], length: Int)? {
        guard words.count >= 6, FactShape.industryOpenings.match(words, at: 0, end: words.count) == nil,  // (新能源汽车产量, of 某某新能源汽车科技有限公司: an industry's)
            case let opening = words.prefix(4),  // (looked for in the kept names first: most subjects open none)
            memory.namedFirm.map({ Words.index(of: opening, in: $0) != nil }) == true || memory.registeredFirms.contains(where: { Words.index(of: opening, in: $0) != nil })
        else { return nil }
        for n in stride(from: min(6, words.count - 2), through: 4, by: -1) {
            let name = Array(words[..<n])
            if case let firm = inFull(name), firm.count > n { return (firm, n) }
        }
        return nil
    }

    /// How many registered names the memory keeps for short names written later.
    static let firmsKept = 3
    /// How many sentences after a firm was named a figure that names no holder may be its, when no figure was read since.
    static let firmNewsSpan = 3

    /// Remembers a firm or project the words name (穗能新能源科技股份有限公司发布…, 华芯12英寸晶圆制造项目), for 公司
    /// and 该项目 later.
    private mutating func noteFirm(in phrase: [Unicode.Scalar]) {
        guard let first = phrase.first else { return }
        if Words.pointers.contains(first) {
            // (该项目由某某（广州）有限公司投资建设: the firm that builds it, for 公司 later.)
            if let by = phrase.firstIndex(of: "由"), let firm = FactShape.firmName(in: Array(phrase[(by + 1)...])) { memory.namedFirm = firm }
            return
        }
        if let firm = FactShape.firmName(in: phrase) {
            memory.namedFirm = inFull(firm)  // (宏硕电子表示 after 宏硕电子股份有限公司: still the registered firm)
            // (…项目由…有限公司投资建设: the project built is named too, before its builder; 与…有限公司签约建设…项目, after
            // the firm it is signed with; 由…有限公司投资建设的…项目, after what the firm did.)
            if let name = FactShape.projectName(in: phrase),
                phrase.firstIndex(of: "由").map({ name.upperBound <= $0 || phrase[$0..<name.lowerBound].contains("的") }) ?? true
            {
                memory.namedProject = Array(phrase[name])
            }
        } else if phrase.count > 3, let (_, n) = FactShape.genericProjects.match(phrase, endingAt: phrase.count, start: 0), n == 2 {
            // (主会场设在三江新区的动力电池材料产业园二期项目: the name after 的.)
            var name = FactShape.name(endingAt: phrase.count, in: phrase)
            name = FactShape.projectNameStart(phrase, name)..<name.upperBound
            // (主会场项目为…一体化项目，由…投资建设: the project the first is said to be.)
            if let said = FactShape.projectName(in: phrase), said.upperBound == phrase.count, said.lowerBound > name.lowerBound { name = said }
            // (芜湖市2025年第二批重大项目集中签约: a class of projects names none.)
            if name.count > 3, FactShape.namesOneProject(phrase, name) { memory.namedProject = Array(phrase[name]) }
        } else if let name = FactShape.projectName(in: phrase) {
            memory.namedProject = Array(phrase[name])
        }
        // 第五届中国（绍兴）集成电路产业博览会在…举办: the fair, for 本届博览会 later.
        // (5月22日，第三届…推介会在钦州举办。本届推介会共签约项目37个: the fair's day holds after it.)
        // (如皋市在上海举办…推介会，…本次推介会签约项目19个; 某经开区…签约仪式举行。现场签约项目12个: the place's
        // meeting, what is signed at it the place's; 宜宾市…签约仪式在第五届…博览会上举行, the place's still, the fair named for 本届.)
        let opening = FactShape.namesMeeting(phrase, from: 0) ? placeOpening(phrase) : nil
        let held = opening.map { FactShape.namesMeeting(phrase, from: $0.length) && FactShape.holdings.occurs(in: phrase, $0.length..<phrase.count) } == true
        if let event = FactShape.eventName(in: phrase) {
            noteEvent(Array(phrase[event]), named: true)
            sentenceEvents = true
        }
        if held, let opening {
            (memory.namedMeeting, memory.sentencesSinceMeeting) = (opening.name, 0)
            sentenceEvents = true
        } else if let meeting = memory.namedMeeting, opening == nil, FactShape.namesMeeting(phrase, from: 0), FactShape.holdings.occurs(in: phrase, 0..<phrase.count) {
            // (南康区在深圳举办…推介会, a title; 11月8日，2023赣州南康家居产业（深圳）招商推介会在深圳举行: the place's meeting
            // named again, its name in it, held on its day; 2023赣州市电子信息产业招商推介会, another's, ends the place's story.)
            if meeting.count > 2, Words.index(of: meeting.dropLast(), in: phrase) != nil {
                memory.sentencesSinceMeeting = 0
                sentenceEvents = true
            } else {
                (memory.namedMeeting, memory.sentencesSinceMeeting) = (nil, 0)
            }
        }
        // (…模组项目在江门某某高新区开工: the zone a project starts or settles in, for 高新区 later; not a zone visited.)
        if let at = phrase.firstIndex(of: "在"), at >= 2, at + 3 < phrase.count, FactShape.projectSites.match(phrase, endingAt: at, start: 0) != nil,
            case let rest = Array(phrase[(at + 1)...]), Words.places.match(rest, at: 0, end: rest.count) == nil, !Words.pointers.contains(rest[0]),
            !FactShape.localities.matchesWhole(Array(rest.prefix(2))),
            let end = DocumentPlace.zoneEnd(in: phrase, from: at + 1, to: phrase.count, shortest: 2),
            FactShape.settlings.match(phrase, at: end, end: phrase.count) != nil
        {
            memory.namedZone = Array(phrase[(at + 1)..<end])
        }
        // 湾区智造产业园运营情况报告: the park a report is about, for 园区 later.
        // (…产业园项目 names a project, no park: 园区 after it is still the zone.)
        // (A table's rows of parks, 北山工业园　8.2, are items, not the park 园区 stands for after them.)
        // (全市新能源汽车产业集群保持…: the cluster as the text names it now, its generic place word aside, as its figures are
        // held.)
        if let (_, n) = Words.places.match(phrase, at: 0, end: phrase.count), n < phrase.count, !readingRow,
            case let rest = Array(phrase[n...]), let name = FactShape.parkName(in: rest), name.lowerBound == 0, rest[name.upperBound - 1] == "群"
        {
            memory.namedCluster = Array(rest[name])
        }
        // (选址县化工园区: where a project stands is no park the text goes on about.)
        if let name = FactShape.parkName(in: phrase), FactShape.genericProjects.match(phrase, at: name.upperBound, end: phrase.count) == nil, !readingRow,
            FactShape.sitings.match(phrase, at: 0, end: phrase.count) == nil
        {
            if phrase[name.upperBound - 1] == "群" {
                memory.namedCluster = Array(phrase[name])
            } else if FactShape.zoneFamilies.match(phrase, endingAt: name.upperBound, start: name.lowerBound)?.value == "新区" {
                memory.namedZone = Array(phrase[name])  // (宜宾三江新区: a zone for 新区, not the park 园区 stands for)
            } else {
                let kind = FactShape.zoneKinds.match(phrase, endingAt: name.upperBound, start: name.lowerBound)
                    ?? FactShape.hubKinds.match(phrase, endingAt: name.upperBound, start: name.lowerBound)
                // (建设高能级开发区, in a document about a zone of its own: a zone being built is a goal, none named.)
                if kind != nil, place?.names["区"] != nil, FactShape.buildVerbs.match(phrase, endingAt: name.lowerBound, start: 0) != nil { return }
                // (崖州湾科技城上半年…, of a document about 三亚崖州湾科技城: the zone, in full.)
                let named = place?.zone(shortNamed: Array(phrase[name])) ?? Array(phrase[name])
                // (原创　滨江智造园运营中心 below a title's 江宁滨江智造产业园: a park's short name keeps its full one.)
                if let full = memory.namedPark, named.count >= 3, named.count < full.count, Self.isWritten(named, within: full) {
                    memory.namedPark = full
                } else {
                    memory.namedPark = named
                }
                if kind != nil { memory.namedZone = memory.namedPark }
            }
        }
    }

    /// Whether `q`'s clause writes the months a year before ahead of it (…，上年同期为盈利0.63亿元).
    private func yearAgo(before q: QuantityMention, in clause: Range<Int>) -> Bool {
        periods.contains { clause.contains($0.span.lowerBound) && $0.span.upperBound <= q.span.lowerBound && Self.isSameMonthsOfAnotherYear($0, in: s) }
    }

    /// Whether `short` is written with characters of `full` in their order (滨江智造园 of 江宁滨江智造产业园).
    private static func isWritten(_ short: [Unicode.Scalar], within full: [Unicode.Scalar]) -> Bool {
        var k = 0
        for c in short {
            guard let at = full[k...].firstIndex(of: c) else { return false }
            k = at + 1
        }
        return true
    }

    /// The counts a figure states, for `add` to remember once it is dated: the count (`Memory.lastCount`), the event
    /// counted (`Memory.lastEvent`) and a list's whole count (`Memory.wholeEvent`), or that a count of other things ends it.
    struct Made {
        var count: Memory.Counted?, event: Memory.Counted?, whole: Memory.Counted?
        var endsWhole = false
    }

    /// What a figure's words say (docs/FACTS.md): its holder, measure, kind and basis, and whether it counts a stock.
    /// `planDone` is the plan a figure in % is a share of, done (完成年度计划的38.6%), found by `add`; `made` takes the
    /// counts the figure states (`Made`).
    private mutating func shape(
        _ q: QuantityMention, subject: [Unicode.Scalar]?, lead: [Unicode.Scalar]?, written: Bool, named: Bool, metric: [Unicode.Scalar]?,
        direction: String?, before: Range<Int>,
        clause: Range<Int>, planDone: Range<Int>?, made: inout Made
    ) -> (holder: [Unicode.Scalar]?, measure: [Unicode.Scalar]?, kind: FactKind, basis: String?, direction: String?, stock: Bool) {
        var (metric, subject) = (metric, subject)
        // 增加值增速: a growth rate is a change of the quantity before it.
        if let words = metric, let (_, n) = Words.growthRateWords.match(words, endingAt: words.count, start: 0) { metric = Array(words.dropLast(n)) }
        let count = q.kind == .count
        var (holderWords, prefix) = subject.map { FactShape.split($0, named: named, metric: metric) } ?? (nil, [])
        // (分执行主体看，企业R&D经费支出…: firms at large, where no firm is named, are of what is measured.)
        if let h = holderWords, h.elementsEqual(Self.firmWord), firmMeant == nil, subject?.starts(with: h) == true { (holderWords, prefix) = (nil, h + prefix) }
        // (…，工业税收5亿元: 工业 alone holds nothing; it says what is measured, as after a place.)
        if holderWords == nil, prefix.isEmpty, let words = subject, FactShape.industryGroups.matchesWhole(words) { prefix = words }
        // (青岭精机在手订单金额: a short name the text declared, alone before the measure, holds it.)
        if let words = subject, holderWords == nil, declaredName(words) == words.count { (holderWords, prefix) = (words, []) }
        // (某某船舶手持订单 after 南通某某船舶重工股份有限公司: a short name written in the registered one, never declared.)
        if let words = subject, holderWords == nil, let (firm, n) = firmOpening(words) { (holderWords, prefix) = (firm, Array(words[n...])) }
        // (青禾食品完成出口额…, after a title's 青禾食品前三季度…: the firm the text named by its short name, before what it measures.)
        if let words = subject, holderWords == nil, let firm = memory.namedFirm, firm.count >= 3, words.starts(with: firm),
            FactShape.placeLength(firm) == nil
        {
            (holderWords, prefix) = (firm, Array(words[firm.count...]))
        }
        // (高新区固定资产投资, of a document about 株洲高新区: the zone by its kind alone holds what follows it.)
        if let words = subject, holderWords == nil, let (_, n) = zoneKindOpening(words), n < words.count {
            (holderWords, prefix) = (Array(words[..<n]), Array(words[n...]))
        }
        // 扣除非经常性损益后的净利润: what a quantity is after is which quantity it is, no holder.
        if let h = holderWords, h.count > 2, h.last == "后" {
            (holderWords, prefix) = (nil, h + prefix)
        }
        // 液压件业务实现营业收入12.08亿元: a line of the firm's business is the firm's, measured in it.
        // (分产品看，电驱桥总成实现营业收入…；精密齿轮实现…: what a firm's figures are broken down by, to the full
        // stop, is measured of the firm.)
        if let h = holderWords, let firm = memory.namedFirm,
            // (the frame first: few sentences have one)
            let frame = FactShape.segmentFrames.last(in: s, sentenceOpening(before: clause)..<clause.lowerBound)?.range
                // (…实现营业总收入86.74亿元。其中，厨房小家电实现营业收入…, in a text about the firm: its line of products.)
                ?? ((clues.subjectFirm != nil || headFirm != nil) && !FactShape.subsidiaries.occurs(in: h, 0..<h.count) && FactShape.holderEnds.match(h, endingAt: h.count, start: 0) == nil
                    && FactShape.tradeWords.match(h, endingAt: h.count, start: 0) == nil  // (某美精密, a firm's short name)
                    ? Words.subsets.last(in: s, sentenceOpening(before: clause)..<clause.lowerBound)?.range : nil),  // (not 子公司恒锐精工, 美的集团)
            frame.lowerBound == 0 || s[frame.lowerBound - 1] != "部",  // (部分产品)
            FactShape.placeLength(h) == nil, FactShape.registeredFirmEnd(h) == nil, !FactShape.genericFirms.matchesWhole(h), declaredName(h) == nil,
            FactShape.industryEnds.match(h, endingAt: h.count, start: 0) == nil
        {
            (holderWords, prefix) = (firm, h + prefix)
        }
        // (锂电装备业务实现营业收入: 业务 after a trade's name, which split holds apart from it.)
        if let h = holderWords, h.count > 2, h.suffix(2).elementsEqual(Self.business), let firm = memory.namedFirm {
            (holderWords, prefix) = (firm, h.dropLast(2) + prefix)
        } else if let h = holderWords, prefix.starts(with: Self.business), metric?.isEmpty == false, let firm = memory.namedFirm,
            FactShape.placeLength(h) == nil, FactShape.firmName(in: h) == nil, declaredName(h) == nil
        {
            (holderWords, prefix) = (firm, h + prefix.dropFirst(2))
        } else if let h = holderWords, h.count <= 6, let k = Words.index(of: Self.business, in: prefix), k > 0, k + 2 < prefix.count || metric?.isEmpty == false,
            let firm = firmMeant, FactShape.placeLength(h) == nil, FactShape.firmName(in: h) == nil, declaredName(h) == nil,
            FactShape.firmPronouns.match(h, at: 0, end: h.count) == nil, !FactShape.genericFirms.occurs(in: h, 0..<h.count), h.allSatisfy(Words.isHan), !h.contains("之")
        {
            (holderWords, prefix) = (firm, h + prefix)  // (消费电子结构件业务收益: a line of the firm's business, named by its trade)
        } else if let h = holderWords, let words = metric, words.starts(with: Self.business), prefix.isEmpty, let firm = memory.namedFirm,
            FactShape.placeLength(h) == nil, FactShape.firmName(in: h) == nil, FactShape.industryEnds.match(h, endingAt: h.count, start: 0) == nil
        {
            (holderWords, prefix) = (firm, h)  // (…；光伏装备业务收入3.18亿元: the line's 业务收入, of the firm)
        }
        // (先进轨道交通装备产业链：链主企业5家: a chain's label is no holder but the first words of its row's measure, of the
        // place, as 全市…产业链链主企业 is.)
        if let chain = lead, FactShape.isChain(chain), FactShape.placeLength(chain) == nil {
            (holderWords, prefix) = (nil, chain + (written ? subject ?? [] : []))
        } else if var lead {
            // A name before the period holds; every word after it is the measure's.
            // 香港经济在第二季…增长3.3%: the place holds its economy's growth.
            if let n = FactShape.economyPlace(lead), (metric ?? []).isEmpty { (lead, metric) = (Array(lead[..<n]), Array(lead[n...])) }
            holderWords = lead
            // (公司全年交付…, 公司挖掘机配套液压油缸全年销量: 公司 stands for the firm named before, it names none.)
            if FactShape.placeLength(lead) == nil, FactShape.industryEnds.match(lead, endingAt: lead.count, start: 0) == nil,
                !FactShape.genericFirms.matchesWhole(lead), FactShape.firmPronouns.match(lead, at: 0, end: lead.count) == nil
            {
                memory.namedFirm = inFull(lead)
            }
            if written, var words = subject {
                // (…项目：该项目总投资: the generic name stands for the project named, no part of the measure.)
                let generic = FactShape.isNamedProject(lead) ? FactShape.genericProjects.match(words, at: 0, end: words.count) : nil
                if let (_, n) = Words.places.match(words, at: 0, end: words.count) ?? generic { words.removeFirst(n) }
                prefix = words
                // (经开区力争到2028年新材料产业产值突破…: the place's industry holds, as written after the period.)
                if words.count > 3, words.count <= 10, words.suffix(2).elementsEqual("产业".unicodeScalars), !Words.pointers.contains(words[0]),
                    FactShape.industryClassOpenings.match(words, at: 0, end: words.count) == nil,
                    FactShape.placeLength(lead) != nil || DocumentPlace.zoneEnds.match(lead, endingAt: lead.count, start: 0) != nil,
                    FactShape.holder(words) == words
                {
                    (holderWords, prefix) = (words, [])
                }
            }
        }
        // A subject carried from a clause before gives the holder; its measure words were that clause's.
        // (A measure paired from the sentence's figures has the list's words already.)
        // (翠屏区、叙州区工业增加值增速分别为…: the list's words name the measure already; 投资增速分别为…, what grew.)
        // (园区内共有工业企业86家, 高新区内共有…: the 内 after the holder says where, no part of what is counted.)
        if holderWords != nil {
            if !prefix.isEmpty {
                prefix.removeFirst(FactShape.withinLength(prefix, at: 0))
            } else if let words = metric, words.count > 1, FactShape.withinLength(words, at: 0) == 1 {
                metric = Array(words.dropFirst())
            }
        }
        let tail = named && metric != nil && !(metric ?? []).starts(with: listTail) ? listTail : []
        let metricWords = metric ?? [], tailMeasures = !tail.isEmpty && tail.count >= metricWords.count && tail.suffix(metricWords.count).elementsEqual(metricWords)
        var words = (written ? prefix : []) + tail + (tailMeasures ? [] : metricWords)
        // 签约项目15个, 全年新增上云企业2.1万家: the event says which things are counted.
        var event = false
        if count, !words.isEmpty, let found = FactShape.countEvents.last(in: s, clause.lowerBound..<before.upperBound),
            // (入选企业某某有限公司…钛合金棒材产量3200吨: the kind of the firm named, no event of what is measured.)
            FactShape.unitsOfThings.contains(q.unit) || FactShape.firmNouns.match(s, at: found.range.upperBound, end: before.upperBound) == nil,
            // (印发《…实施方案》，明确重点任务25项: a title's words count nothing.)
            s[clause.lowerBound..<found.range.lowerBound].lastIndex(of: "《").map({ open in !s[open..<found.range.lowerBound].contains("》") }) != true
        {
            event = true
            if !FactShape.countEvents.occurs(in: words, 0..<words.count) {
                words = Array(s[found.range]) + words
            } else if FactShape.countEvents.match(words, at: 0, end: words.count) == nil, Words.index(of: Self.added, in: Array(s[clause.lowerBound..<found.range.lowerBound])) != nil {
                // (新增“两高四新”入库企业905家: what was added to a pool, the count's event written before the pool's.)
                words = Self.added + words
            }
        } else if count, FactShape.countEvents.match(words, at: 0, end: words.count) != nil {
            event = true
        } else if count, sentenceEvents, Words.subsets.match(s, at: clause.lowerBound, end: before.upperBound) != nil
            || clause.lowerBound > 1 && Words.subsets.match(s, endingAt: clause.lowerBound - 1, start: max(0, clause.lowerBound - 4)) != nil,
            // (新增企业12家，累计入驻达到90家，其中…: a part of a total counted since is none.)
            lastCountEvent != false
        {
            event = true  // 集中开工项目90个，其中产业项目53个: a part of what happened happened too (其中，外资项目58个)
        } else if count, partSentence, sentenceEvents || (memory.eventsBefore || memory.sentencesSince.event <= 2) && memory.lastEvent?.unit == q.unit {
            // (…签约项目52个…。其中，合同类项目33个…；协议类项目19个: parts of the last event's count, a sentence without
            // figures between or not: …现场签约项目46个…。本次签约项目涵盖…领域。其中，先进制造业项目31个)
            event = true
        }
        if event { sentenceEvents = true }
        let area = count && FactShape.areaUnits.contains(q.unit)
        let goods = count && !area && !FactShape.unitsOfThings.contains(q.unit)
        var (measure, whole) = words.isEmpty ? (nil, nil) : FactShape.measure(words, count: count, area: area, goods: goods)
        // 本次推介会签约项目中制造业项目26个: things counted among others are measured as the part (`制造业项目数`).
        if let m = measure, let k = FactShape.amongEnd(m) { measure = Array(m[k...]) }
        // 亿元以上在建项目完成投资: the money of projects is measured without the verb, as 重点项目投资 is.
        if let m = measure, m.count > 6, let k = Words.index(of: Self.projectsDone, in: m), k > 0 { measure = Array(m[..<(k + 2)] + m[(k + 4)...]) }
        // 滁州在沪签约项目32个: where an event happened (在沪, 在深) is no part of what it counted.
        if let m = measure, m.count > 4, m[0] == "在", let k = [2, 3].first(where: { FactShape.countEvents.match(m, at: $0, end: m.count) != nil }) {
            measure = Array(m[k...])
        } else if let m = measure, let site = FactShape.withoutSite(m) {
            measure = site
        }
        // 发动机销量38.7万台，…，其中出口4.2万台，增长57.5%: goods exported or imported, after their sales or output (in the
        // sentence before too), are the goods' 出口量.
        if q.kind != .money, let m = measure, m.count == 2 || m.count == 3 && m[2] == "量", m[1] == "口", m[0] == "出" || m[0] == "进",
            let last = sentenceMeasures.last ?? memory.lastMeasure, let made = FactShape.goods(of: last)
        {
            measure = made + m.prefix(2) + ["量"]
        } else if q.kind != .money, let m = measure, let (_, k) = FactShape.salesMarkets.match(m, at: 0, end: m.count), k < m.count,
            let volume = FactShape.volume(of: Array(m[k...])), let last = sentenceMeasures.last ?? memory.lastMeasure, let made = FactShape.goods(of: last)
        {
            measure = made + m[..<k] + volume  // (…挖掘机12.07万台；其中国内销售6.52万台, 内销出货…: the goods' part sold where)
        }
        // 某某汽车5月交付1.9万辆: a verb of goods alone measures their volume.
        // (5月销售叉车3100台…；1-5月累计销售14200台: of the goods whose volume was stated last, when no one else's is
        // named: 某某汽车10月交付… after another firm's 新车交付量 is its 交付量.)
        if goods, let m = measure, let (volume, n) = FactShape.goodsVerbs.match(m, at: 0, end: m.count), n == m.count {
            let volumeWord = Array(volume.unicodeScalars)
            // (装载机方面，1-5月累计销售4.6万台: the goods the sentence's topic names, whatever was sold before.)
            let unnamed = lead == nil && subject.map({ $0.elementsEqual(words) }) != false
            let last = unnamed ? sentenceTopic(before: clause).map { $0 + volumeWord } ?? sentenceMeasures.last ?? memory.lastMeasure : nil
            measure = last.flatMap { $0.suffix(volumeWord.count).elementsEqual(volumeWord) ? FactShape.goods(of: $0) : nil }.map { $0 + volumeWord } ?? volumeWord
        }
        // (…其中出口5200台，…，出口额达到18.6亿元: the value of the goods whose volume the sentence stated, the goods' too.)
        if let m = measure, let (volume, n) = FactShape.tradeValues.match(m, at: 0, end: m.count), n == m.count, let last = sentenceMeasures.last,
            last.count > volume.unicodeScalars.count, last.suffix(volume.unicodeScalars.count).elementsEqual(volume.unicodeScalars), let made = FactShape.goods(of: last)
        {
            measure = made + m
        } else if let m = measure, m.elementsEqual(Self.goodsValue), let last = sentenceMeasures.last, last.count > 3, last.last == "量", last[last.count - 2] == "口" {
            measure = last.dropLast() + m  // (出口汽车11.26万辆，货值96.7亿元: the value of the flow just stated, 汽车出口货值)
        }
        // 完成年度计划的38.6%: the share of the year's plan done, of the measure stated last.
        // (工业投资完成全年目标任务的41.2%: the measure written before it; 完成全年交付目标的38.2%, the plan's words no
        // measure.)
        if let done = planDone {
            let plan = Array(s[done])
            (measure, whole) = (measure.flatMap { Words.index(of: plan.prefix(2), in: $0) == nil && Words.index(of: $0, in: plan) == nil ? $0 : nil }, plan)
        }
        let isShare = whole != nil
        // 松山湖高新区入选11家, 全区签约18个: an event alone, or written just before the figure, counts what was counted
        // last in the same unit (入选企业数; 开工 after 签约项目数 counts 开工项目数), else the firms or projects its unit counts.
        if count, let verb = measure.flatMap({ m in FactShape.countEvents.matchesWhole(m) ? m : nil })
            ?? (measure == nil ? FactShape.countEvents.last(in: s, clause.lowerBound..<before.upperBound).flatMap {
                $0.range.upperBound + 1 >= before.upperBound ? Array(s[$0.range]) : nil } : nil)
        {
            event = true
            // (拥有…“小巨人”企业98家，其中2024年新增21家: what the sentence counted last, when no event counted it.)
            if let i = sentenceUnits.lastIndex(of: q.unit), case let last = sentenceMeasures[i], last.last == "数",
                !FactShape.countEvents.occurs(in: last, 0..<last.count)
            {
                measure = verb + last
            } else if let last = memory.lastEvent, last.unit == q.unit, last.measure.starts(with: verb) {
                measure = last.measure
            } else if memory.sentencesSince.event <= 2, memory.lastCount.map({ $0.runningTotal || $0.unit != q.unit }) ?? true,
                let earlier = memory.earlierEvents.first(where: { $0.unit == q.unit && $0.measure.starts(with: verb) })
            {
                // (Not after a count of other things stated since, not a running total: 全市规上工业企业达到1250家。东城区新增32家.)
                measure = earlier.measure
            } else if let last = memory.lastMeasure, memory.lastStated?.unit == q.unit {
                measure = verb + FactShape.withoutEvent(last)
            } else if let noun = FactShape.eventNouns[q.unit] {
                measure = verb + noun
            }
        }
        var direction = direction
        // 增速比全省高0.8个百分点: a gap between rates is a change, up or down as the comparison says.
        if direction == nil, q.unit == "pp", let basis = FactShape.basis(s, clause.lowerBound..<before.upperBound), let first = basis.unicodeScalars.first {
            direction = FactShape.direction(ofComparative: first) ?? FactShape.comparedDirection(s, clause.lowerBound..<before.upperBound)
        }
        // 每万人拥有5G基站28.6个，比全省高4.1个: the gap to a place, written with 比 before it.
        if direction == nil, count, before.upperBound > before.lowerBound, "高低多少".unicodeScalars.contains(s[before.upperBound - 1]),
            let basis = FactShape.basis(s, clause.lowerBound..<before.upperBound), let first = basis.unicodeScalars.first, let compared = FactShape.direction(ofComparative: first)
        {
            direction = compared
        }
        // 每万人拥有5G基站33.4个，高于全国2.1个: a count written right after a place compared with is the gap to it.
        if direction == nil, count, let pivot = FactShape.comparatives.last(in: s, clause.lowerBound..<before.upperBound),
            case let compared = Array(s[pivot.range.upperBound..<before.upperBound]), !compared.isEmpty, FactShape.placeLength(compared) == compared.count
        {
            direction = FactShape.direction(ofComparative: s[pivot.range.lowerBound])
        }
        var kind: FactKind = isShare && direction == nil ? .share : direction != nil ? .change : .level
        // 居全国第四: a position in the scope written between its verb and it; 排名第6 ranks the holder itself.
        var rankScope: String?
        if let scope = q.rank {
            (kind, direction) = (.rank, nil)
            var words = Array(s[scope])
            Words.strip(&words)
            rankScope = words.isEmpty || FactShape.listWords.matchesWhole(words) ? nil : Words.text(words)
            // 在中国先进制造业园区百强中位列第5: the ranking it is placed in is no quantity.
            if let m = measure, m.count > 1, m.last == "中" { measure = nil }
            // (…发布“2025某省制造业企业50强”榜单。…营业收入812.5亿元，位居榜单第2位: a place on the list is the holder's own.)
            if rankScope == nil, ranksOnList(q, clause: clause) { measure = Array("排名".unicodeScalars) }
            if measure == nil, FactShape.rankNames.match(s, at: q.span.lowerBound, end: scope.lowerBound) != nil {
                measure = Array("排名".unicodeScalars)
            } else if measure == nil, !written {
                measure = memory.lastMeasure  // 全区规上工业总产值1865.2亿元，居全市第二
            }
            if measure == nil { measure = Array("排名".unicodeScalars) }  // 黄埔区连续五年位居第2位: the holder's own place
        } else if q.unitID == RankScanner.unitID, measure == nil {
            measure = Array("排名".unicodeScalars)  // 比上年上升2位
        }
        // A change or share that names nothing it is of is of the measure stated last, and so is a level in a clause
        // of its own with nothing written (…突破3000亿元，达3125.6亿元); 总数达到31家 counts what the count before counted.
        // So is an amount expected after a change of an amount (产值增长6.4%，预计全年有望突破5000亿元).
        let expectedAmount = kind == .level && !written && q.kind == .money && outlook(before: q.span.lowerBound) != nil
            && memory.lastMeasure.map { FactShape.amounts.match($0, endingAt: $0.count, start: 0) != nil } == true
        // …and the level a change reached: 收入按年增长12.8%至86.4亿港元.
        let reached = before.count == 1 && Words.levelMarks.contains(s[before.lowerBound]) && memory.lastStated?.direction != nil
        // 其中，江阴市11家: a holder named alone counts what was counted before.
        // (…产值86.1亿元。某区　17家⏎某县　9家: firms or projects counted take no amount's measure, only a count's, named with 数.)
        let bareHolder = written && subject.map { FactShape.isBareHolder($0, unit: q.unit) } == true
        let bare = bareHolder && memory.lastStated?.unit == q.unit && !(FactShape.eventNouns[q.unit] != nil && memory.lastMeasure.map { $0.last != "数" } == true)
        // (…净利润286.4亿元。⏎分区看：⏎思明区　19家: a row of a place alone on its line counts what was last counted in its unit.)
        // (A table's caption names its rows' measure itself: 表1　…签约项目数（个）.)
        let countedRow = bareHolder && !bare && kind == .level && memory.lastCount?.unit == q.unit && memory.declaredUnits == nil && memory.sectionMeasure == nil
            && isLine(clause)
        // (全省80家企业入选，其中新入选21家。…2025年…。分地市看，江川市19家: places break the list's whole count down.)
        let brokenDown = bareHolder && kind == .level && memory.wholeEvent.map { $0.unit == q.unit && q.value <= $0.value } == true && breaksDownByPlace(clause)
        let ownMeasure = measure != nil
        if measure == nil, kind == .change || kind == .share || kind == .level && (!written && (memory.lastStated?.unit == q.unit || expectedAmount || reached) || bare || countedRow || brokenDown) {
            let industryGrows = kind == .change && q.unit == "%" && memory.lastStated.map { FactShape.unitsOfThings.contains($0.unit) || $0.unit == "%" && $0.direction == nil } == true
                && holderWords.map(FactShape.isIndustry) == true
            measure = countedRow ? memory.lastCount?.measure : (industryGrows ? memory.lastGrowth : nil) ?? memory.lastMeasure
            if brokenDown { measure = memory.wholeEvent?.measure }
            // 全市21家企业入选。…累计412家。分县区看：东城区　8家: rows no larger than the list's count,
            // after a total of the same things, break the count down, not the total; the rows after follow the first.
            // (…企业总数达到1046家 counts them too.)
            // (Not where places break the whole count down: 其中，首次认定41家…。分区县看：吴兴区12家 counts those listed.)
            if bare, !brokenDown, let m = measure, let listed = memory.lastEvent, listed.unit == q.unit, listed.measure != m, q.value <= listed.value,
                case let counted = FactShape.withoutEvent(listed.measure), counted.count < listed.measure.count,
                case let total = m.count > 2 && m[m.count - 2] == "总" && m.last == "数" ? m.dropLast(2) + ["数"] : m, total.count > counted.count,
                total.suffix(counted.count).elementsEqual(counted)
            {
                measure = listed.measure
            }
            // 全市规模以上工业增加值增长8.1%；装备制造业增长12.6%: an industry of the group grows in its measure, the group
            // left out (增加值), as when it is written (装备制造业增加值).
            // (集群实现规上工业总产值…，同比增长: not the holder's own measure, carried to its change.)
            if let m = measure, written, holderWords.map(FactShape.isIndustry) == true {
                measure = FactShape.withoutIndustryGroup(m)
            }
            // 新增…企业287家，累计达到1081家: the total counts the things, not the new ones.
            if kind == .level, let total = measure, Words.cumulative.occurs(in: s, clause) { measure = FactShape.withoutEvent(total) }
            // 共有…企业10家，其中新增3家: the new ones of the things counted.
            if count, !FactShape.areaUnits.contains(q.unit), let counted = measure, let found = FactShape.countEvents.last(in: s, clause.lowerBound..<before.upperBound),
                !FactShape.countEvents.occurs(in: counted, 0..<counted.count)  // (an area after a count, 、面积7850亩, is no event's part)
            {
                measure = Array(s[found.range]) + counted
                event = true  // (其中今年上半年新增21家: counted over its half year, not at its end)
            }
        }
        if count, kind == .level { lastCountEvent = event }  // (…，同比增加9个: a change counts no part)
        // 建议派发末期股息每股3.85元: the dividend written before 每股 is the one per share, wherever the words before were cut.
        if let m = measure, m == FactShape.perShare, let at = wordsBefore(q, in: clause).last(where: { s[$0] == "每" && s[$0 + 1] == "股" }),
            let dividend = FactShape.dividend(endingAt: at, in: s, from: clause.lowerBound)
        {
            measure = m + s[dividend]
        } else if let m = measure, m == FactShape.perShare, let price = priceBeforePerShare(q, in: clause) {
            measure = price  // (发行价格为每股38.6元: the price said to be per share)
        } else if let m = measure, m == FactShape.perShare, let last = sentenceMeasures.last, last.count > 2, last.starts(with: m),
            inComparedBracket(q) || yearAgo(before: q, in: clause)
        {
            // (中期股息每股港幣6仙（二〇二四年：每股港幣5仙）, …，上年同期為每股人民幣0.12元: the year before's, of the same measure)
            measure = last
        } else if let m = measure, m.count >= 3, m.last == "报", FactShape.sharePrices.match(m.dropLast() + ["价"], endingAt: m.count, start: 0) != nil {
            // (开盘报42.5元, 收盘报81.35元/股: the price it opened or closed at; 公司股票开盘报…, its shares' price.)
            measure = (m.starts(with: Self.shares) ? m.dropFirst(2) : m[...]).dropLast() + ["价"]
        } else if let m = measure, m.count > 2, m.last == "降" || m.last == "升", q.span.lowerBound > 0, Words.levelMarks.contains(s[q.span.lowerBound - 1]) {
            measure = m.dropLast()  // (资本负债率降至21.4%: the level the rate fell to)
        }
        // (供应工业用地168宗、面积7850亩: what of the things just counted a bare word measures is theirs; 签约项目31个，金额218.4亿元,
        // the event's.)
        if let m = measure, FactShape.attributesOfCounted.matchesWhole(m), let last = sentenceMeasures.last, last.count > 2, last.last == "数",
            let mark = s[..<q.span.lowerBound].lastIndex(where: { !Words.isHan($0) }), s[mark] == "、" || s[mark] == "，",
            quantities.contains(where: { $0.span.upperBound == mark })  // (the count right before, parted by one mark only)
        {
            let things = Array(last.dropLast())
            // (面积: the things' own; 金额: the event's, 签约金额.)
            let event = m.last == "积" ? nil : FactShape.countEvents.match(things, at: 0, end: things.count).map { Array(things[..<$0.length]) }
            measure = (event ?? things) + m
        }
        // (…净利润为2.08亿元至2.36亿元，上年同期为盈利0.63亿元: 盈利 or 亏损 says which side of zero; the measure is the sentence's.)
        if let m = measure, m == Self.profit || m == Self.loss, q.kind == .money, let last = sentenceMeasures.last, last.count > m.count, yearAgo(before: q, in: clause) {
            measure = last
        }
        // 承接订单9艘、合计61万载重吨: the things just counted, counted again in a unit of their size, are their volume.
        if measure == nil, kind == .level, q.kind == .count, FactShape.sizeUnits.contains(q.unit), let last = sentenceMeasures.last, last.count > 2, last.last == "数",
            let unit = sentenceUnits.last, unit != q.unit, !FactShape.sizeUnits.contains(unit)
        {
            measure = last.dropLast() + ["量"]
        } else if q.kind == .count, FactShape.sizeUnits.contains(q.unit), let m = measure, m.count > 2, m.last == "数" {
            measure = m.dropLast() + ["量"]  // (手持订单612万载重吨: things measured in a unit of their size, their volume)
        } else if q.kind == .count, !FactShape.unitsOfThings.contains(q.unit), q.unit != "笔", q.unit != "艘", let m = measure,
            case var named = m.last == "数" ? m.dropLast() : m[...], named.count >= 2, named.suffix(2).elementsEqual(Self.orders)
        {
            // (与沙特一家工程承包商签订380台装载机订单: the orders, not who signed them nor with whom.)
            if let won = FactShape.orderVerbs.last(in: Array(named), 0..<(named.count - 2)) { named = named.dropFirst(won.range.upperBound) }
            measure = named + ["量"]  // (在手订单12.8GW, 一季度订单超过6000辆: orders counted in their goods, their volume)
        }
        // 一、规上工业增加值增速 / 榆次区：6.8: a figure that names no measure is of the one its section's heading names;
        // in %, under a heading of the growth alone, it is the growth rate.
        if measure == nil, let section = memory.sectionMeasure { measure = section }
        // 规模以上工业总产值⇥612.4⇥9.8: a rate in a row's later column is of the row's measure, whole.
        if q.tableRate, let last = memory.lastMeasure, let m = measure, last.count > m.count, last.suffix(m.count).elementsEqual(m) { measure = last }
        // (…and so is a rate a table's row gives bare in a column of rates: 进出口总额⇥4021.7⇥-4.6.)
        if kind == .level, q.unit == "%", q.tableRate || !ownMeasure && memory.sectionRates && measure == memory.sectionMeasure {
            (kind, direction) = (.change, q.negative ? "down" : "up")
        }
        // 其中制造业投资468.1亿元，占工业投资的比重为76.4%: a subject carried from a clause where it was part of the
        // measure (制造业 of 制造业投资) is no holder of a figure of that measure.
        // (新增国家高新技术企业86家；…，总投资425亿元: nor is one that was part of a measure the sentence stated.)
        // (合计派发现金红利6.6亿元，占归母净利润的35.2%: nor one that ends with a measure the sentence stated.)
        if !written, let h = holderWords, FactShape.placeLength(h) == nil,
            measure.map({ m in m.count > h.count && m.starts(with: h) }) == true
                || sentenceMeasures.contains(where: { Words.index(of: h, in: $0) != nil || $0.count >= 2 && h.count > $0.count && h.suffix($0.count).elementsEqual($0) })
        {
            holderWords = nil
        }
        // 新能源汽车产量同比增长73.0%，工业机器人增长46.3%: a product named alone in a series of products grows in
        // the quantity the series measures, and so is its amount (原煤产量1.92亿吨…；焦炭360万吨; 主要工业产品产量中，
        // 化肥52.8万吨: the series the sentence opens with; 发电量96.3亿千瓦时 within it, a product measured by its own word).
        // (新增风电装机容量48万千瓦: a quantity of its own, no product; nor what is shipped, kept or used, 煤炭外运650万吨.)
        if kind == .change || kind == .level && goods, (metric ?? []).isEmpty, let own = measure, own != memory.lastMeasure, own.last != "量",
            kind == .change || FactShape.countEvents.match(own, at: 0, end: own.count) == nil && !FactShape.notOutput.occurs(in: own, 0..<own.count),
            case let listed = sentenceMeasures.reversed().drop(while: { kind == .level && $0.last == "量" && FactShape.madeMeasures.match($0, endingAt: $0.count, start: 0) == nil }),
            let last = listed.first ?? (opensWithProducts(before: clause) ? FactShape.output : nil),
            let (_, n) = FactShape.madeMeasures.match(last, endingAt: last.count, start: 0),
            FactShape.productMeasures.match(own, endingAt: own.count, start: 0) == nil, Words.measureWords.match(own, endingAt: own.count, start: 0) == nil
        {
            measure = own + last.suffix(n)
        }
        // 汽车出口12.6万辆，…，出口额达235.2亿元: the amount of the flow just counted is of the same product.
        if let own = measure, own.count >= 3, own.last == "额", holderWords.map({ FactShape.placeLength($0) == $0.count }) ?? true, let last = sentenceMeasures.last,
            let flow = Words.index(of: own.dropLast(), in: last), flow > 0
        {
            measure = Array(last[..<flow]) + own
        }
        // …开工项目16个，总投资68.5亿元。其中，产业类项目11个，总投资52.3亿元: the amount after a part's count is the part's
        // (`产业类项目总投资`), not the whole's written again; so after the whole's amount in the sentence (…，其中工业项目79个、
        // 总投资418.6亿元). (现场签约项目18个，其中外资项目5个，总投资216.5亿元: with no amount of the whole before it, the whole's;
        // 签约项目41个，总投资210亿元: an event's amount is the event's, but for a part of a whole that no holder names,
        // 其中，签约项目38个，总投资486.2亿元; 其中光伏产业新引进项目12个，总投资… is the industry's 总投资.)
        if q.kind == .money, let own = measure, FactShape.projectAmounts.matchesWhole(own), let last = sentenceMeasures.last, last.count > 3,
            last.suffix(3).elementsEqual(Self.projectsCounted), sentenceUnits.last == "个",
            partSentence && holderWords == nil && !FactShape.countEvents.occurs(in: own, 0..<own.count) || FactShape.countEvents.match(last, at: 0, end: last.count) == nil,
            partSentence || sentenceMeasures.dropLast().contains(own), holderWords.map({ !last.dropLast().elementsEqual($0) }) ?? true
        {
            measure = last.dropLast() + own
        }
        // 汽车产量313.68万辆…；其中新能源汽车31.26万辆: a part named alone is measured as the whole it is part of.
        if kind == .level, (metric ?? []).isEmpty, let own = measure, own != memory.lastMeasure, !event,
            Words.subsets.match(s, at: clause.lowerBound, end: before.upperBound) != nil,
            Words.measureWords.match(own, endingAt: own.count, start: 0) == nil, FactShape.goodsVolumes.match(own, endingAt: own.count, start: 0) == nil,
            let last = memory.lastMeasure,
            // (…交付各类船舶18艘，其中绿色动力船舶11艘: of goods, their volume too.)
            let (_, n) = Words.measureWords.match(last, endingAt: last.count, start: 0) ?? FactShape.goodsVolumes.match(last, endingAt: last.count, start: 0)
        {
            measure = own + last.suffix(n)
        }
        // A股上市公司合计研发投入512.6亿元: 合计 (in all) between the class and its measure says nothing of it.
        // (Only after a class of firms: 前五名客户合计销售金额 keeps it.)
        if let m = measure, m.count > 5, let k = Words.index(of: Self.inAll, in: m), k > 0, k + 4 <= m.count, FactShape.firmClassLength(Array(m[..<k])) == k {
            measure = Array(m[..<k] + m[(k + 2)...])
        }
        // 入选企业合计实现营业收入276.4亿元，户均1.95亿元: an average alone is of the measure stated before it, after its class.
        // (Only after a class of firms it knows: 规上工业企业…，户均3.2亿元 is left as written.)
        if let own = measure, FactShape.averages.matchesWhole(own), let last = sentenceMeasures.last, FactShape.averages.occurs(in: last, 0..<last.count) == false,
            let n = FactShape.firmClassLength(last), n < last.count
        {
            measure = Array(last[..<n]) + own + last[n...]
        }
        // A类企业亩均税收达到76.5万元，D类企业仅为4.2万元: a class of firms named alone is measured as the class before it.
        if let own = measure, FactShape.firmClassLength(own) == own.count, let last = sentenceMeasures.last, let n = FactShape.firmClassLength(last), n < last.count {
            measure = own + last[n...]
        }
        // 分经济类型看，国有控股企业增长3.2%: a group of firms named alone grows in the quantity stated last (增加值).
        if kind == .change, (metric ?? []).isEmpty, let own = measure, own != memory.lastMeasure, own.count > 2, own.suffix(2).elementsEqual("企业".unicodeScalars),
            FactShape.groups.occurs(in: own, 0..<own.count), let last = memory.lastMeasure,
            let (_, n) = Words.measureWords.match(last, endingAt: last.count, start: 0)
        {
            measure = own + last.suffix(n)
        }
        // 占规上工业比重为16.8%，比上年提高0.9个百分点: the change is of the share (…，比重较去年同期提升2.1个百分点).
        if kind == .change, q.unit == "pp", let share = memory.lastShare, measure == share.measure || measure.map(FactShape.isShareWord) == true {
            measure = share.measure + (share.whole.isEmpty ? ["占", "比"] : ["占"] + share.whole + ["比", "重"])  // (…营收占比达63%，较上季提升5个百分点)
        }
        if kind == .share, let measure, let whole { memory.lastShare = Memory.Share(measure: measure, whole: whole) } else if kind != .change { memory.lastShare = nil }
        // 新增…8家，总数达到31家: the total counts the things, not the new ones; 52家入选，数量居全省第3位 ranks the
        // count just stated.
        if let m = measure, FactShape.totals.matchesWhole(m), let last = memory.lastMeasure {
            measure = kind == .rank ? last : FactShape.withoutEvent(last)
        } else if kind == .rank, let m = measure, let (_, n) = FactShape.countEvents.match(m, at: 0, end: m.count), FactShape.totals.match(m, at: n, end: m.count)?.length == m.count - n,
            let unit = memory.lastEvent?.unit, let noun = FactShape.eventNouns[unit]
        {
            measure = Array(m[..<n]) + noun  // (23家企业入选，其中…，入选数量居全省第3位: the firms put on the list ranked)
        }
        // (A rank is of a measure, not one a later figure is of: 入选数量居全省第2位。其中，江阴市11家.)
        if let measure, kind != .rank { memory.lastMeasure = measure }
        // (新增光伏装机容量86万千瓦: what was added is counted over its period, a capacity though it is.)
        let added = measure.map { FactShape.countEvents.match($0, at: 0, end: $0.count) != nil } == true
        if count, kind == .level, added, let measure { made.event = Memory.Counted(measure: measure, unit: q.unit, value: q.value) }
        // (累计达到412家: whether the count is a running total, looked for once, only for the two uses below; so is every count
        // of a sentence opening with 至此, 至此，全市…累计达到1964家，国家级…企业达到96家.)
        let runningTotal = count && kind == .level && (measure?.last == "数" || !added && memory.wholeEvent != nil)
            && (Words.cumulative.occurs(in: s, clause.lowerBound..<max(clause.lowerBound, q.span.lowerBound)) || Words.soFar.match(s, at: sentenceStart, end: clause.upperBound) != nil)
        if count, kind == .level, let measure, measure.last == "数" {
            made.count = Memory.Counted(measure: measure, unit: q.unit, value: q.value, runningTotal: runningTotal)
        }
        // (全省80家企业入选，其中新入选21家: the list's whole count, not its part; a count of other things stated whole
        // since, 全市高新技术企业达到420家, is what places break down after it, but a running total, 累计达到186家, is not.)
        // (Only an event's count, or a count once a list's is remembered, looks back at its sentence: counts are many.)
        if count, kind == .level, let measure, added || memory.wholeEvent != nil,
            added || !runningTotal,
            case let opening = nearOpening(before: clause),
            !Words.subsets.occurs(in: s, (opening ?? clause.lowerBound)..<max(clause.lowerBound, q.span.lowerBound)),
            // (Nor the count of a part a breakdown opened: 从行业看，电子信息行业入选15家.)
            opensNoBreakdown(opening, before: clause.lowerBound),  // (the sentence looked back at once)
            !isPlaceRow(clause),
            // (…65家企业入选…；另有41家企业通过复核: a count set aside is no whole the places after break down.)
            Words.asides.match(s, at: clause.lowerBound, end: clause.upperBound) == nil
        {
            if added { made.whole = Memory.Counted(measure: measure, unit: q.unit, value: q.value) } else { made.endsWhole = true }
        }
        if kind == .change, q.unit == "%" { memory.lastGrowth = measure }
        var basis: String?
        if kind == .change {
            // 高于全省（7.5%）0.6个百分点: the gap after a compared figure is against that holder.
            let afterCompared = before.allSatisfy { s[$0] == "）" || s[$0] == ")" } && q.unit == "pp"
            basis = FactShape.basis(s, afterCompared ? clause.lowerBound..<before.upperBound : before)
            // 分别比上年末提高1.6个和2.1个百分点: what the list's changes are compared with is written once, for each; 分别高于
            // 全省、全市0.7个和0.4个百分点, an item each.
            if basis == nil, let list = Words.index(of: "分别".unicodeScalars, in: Array(s[clause.lowerBound..<before.lowerBound])) {
                let compared = (clause.lowerBound + list + 2)..<before.lowerBound
                let index = quantities.count { $0.span.lowerBound >= compared.lowerBound && $0.span.lowerBound < q.span.lowerBound && $0.unit == q.unit }
                basis = FactShape.listedBasis(s, compared, index: index) ?? FactShape.basis(s, clause.lowerBound..<before.lowerBound)  // (同比分别增长…)
            }
            // 比2022年同期: a compared period. (由一季度的-2.1%回升至…: where a change starts from is the figure's own period.)
            if basis == nil, let base = periods[periodsStarting(before: before.lowerBound)..<periodsStarting(before: before.upperBound)].last(where: {
                before.contains($0.span.lowerBound) && Self.isBase($0, in: s) && ($0.span.lowerBound == 0 || s[$0.span.lowerBound - 1] != "由" && s[$0.span.lowerBound - 1] != "从")
            }) {
                var end = base.span.upperBound
                if end + 1 < s.count, s[end] == "同", s[end + 1] == "期" || s[end + 1] == "月" { end += 2 }  // (較2024年同月)
                basis = FactShape.arabicYears(Words.text(s[(base.span.lowerBound - 1)..<end]))  // (較二〇二三年同期 → 较2023年同期)
            }
            if basis == nil, q.tableRate { basis = memory.declaredUnits?.basis }  // (as its table's header says)
            // (比上年增加59.36亿元，增长10.6%: the rate of the amount just compared is compared with the same.)
            if basis == nil, q.unit == "%", let last = lastChange, last.measure == measure, clause.lowerBound > last.end,
                s[last.end..<clause.lowerBound].allSatisfy({ $0 == "，" || $0 == "," }), Words.directions.matchesWhole(Array(s[before]))
            {
                basis = last.basis
            }
            if let basis, q.unit != "%", q.unit != "pp" { lastChange = (measure, basis, q.span.upperBound) }  // (not a gap: 较一季度加快1.2个百分点)
        } else if kind == .share {
            basis = whole.flatMap { $0.isEmpty ? nil : Words.text($0) }
        } else if kind == .rank {
            basis = rankScope
        }
        // (加权平均净资产收益率: a return over the period, whatever stock it is on.)
        // (入库科技型中小企业总数305家: a total is a stock, whatever event put the things counted in; not what was newly
        // added, 新增市场主体总数.)
        let total = measure.map { $0.count > 2 && $0.suffix(2).elementsEqual(Self.totalWord) && $0.first != "新" } == true
        // (孵化器数量分别为418家…: things counted as 数量 too, not goods, 出口汽车数量.)
        let things = measure?.last == "数" || FactShape.unitsOfThings.contains(q.unit) && measure.map {
            $0.count > 2 && $0.suffix(2).elementsEqual(Self.quantityWord) && FactShape.countedNouns.match($0, endingAt: $0.count - 2, start: 0) != nil  // (not 获批数量)
        } == true
        // (服务企业2860家次: what is counted each time it happens is no stock.)
        let stock = count && !q.unit.hasSuffix("次") && (total || !event && !added && things)
            || !added && measure.map { FactShape.stockMeasures.last(in: $0, 0..<$0.count) != nil && FactShape.flowRates.match($0, endingAt: $0.count, start: 0) == nil } == true
            || measure.map(FactShape.isBalance) == true
        // (集群 alone is too general a holder, unless it stands for the cluster named: add resolves it.)
        // (…nor one the text declared, 泰达.)
        // (Tested outside a closure: a closure that calls a method of `self` copies the whole reader each time.)
        var generic = false
        if let h = holderWords { generic = FactShape.genericClusters.matchesWhole(h) || declaredName(h) == h.count }
        return (generic ? holderWords : FactShape.holder(holderWords), measure, kind, basis, direction, stock)
    }

    /// Where a name before a period may start in `range`: after its last colon when the words before it are a label
    /// with no name cut short by what it does, or a speaker's (陈海峰如数家珍：今年安吉县…: who speaks, not what the
    /// figures are of; but 华屹新材发布年报：全年…: the firm).
    private func leadStart(_ range: Range<Int>) -> Range<Int> {
        guard let colon = range.lastIndex(where: { s[$0] == "：" || s[$0] == ":" }) else { return range }
        if let label = phrase(range.lowerBound..<colon), let name = FactShape.holder(label), name.count < label.count,
            !FactShape.speech.occurs(in: label, 0..<label.count)  // (王立新在会上表示： is a speaker's)
        {
            return range
        }
        return (colon + 1)..<range.upperBound
    }

    /// The noun phrase in `range`, without periods, fillers and punctuation; nil when nothing is left.
    private func phrase(_ range: Range<Int>) -> [Unicode.Scalar]? {
        // Most phrases hold no period and no punctuation: trimmed in place, copied once.
        if !range.contains(where: { Words.punctuation.contains(s[$0]) }), !periodOverlaps(range) {
            let trimmed = Words.trimmed(s, range)
            return trimmed.isEmpty ? nil : Array(s[trimmed])
        }
        var kept = kept(range)
        Words.strip(&kept)
        return kept.isEmpty ? nil : kept
    }

    /// The items of a 、/和 list in `range`, each stripped. Split at 、 alone when that gives `count` items
    /// (智能网联与新能源汽车 is one name); else at 和, 及 and 与 too.
    private func list(_ range: Range<Int>, count: Int) -> [[Unicode.Scalar]] {
        let text = kept(range, droppingPunctuation: false)
        func items(_ separators: ScalarSet) -> [[Unicode.Scalar]] {
            text.split(whereSeparator: { separators.contains($0) }).map { item in
                var item = Array(item)
                Words.strip(&item)
                return item
            }.filter { !$0.isEmpty }
        }
        let byComma = items(Words.enumerationComma)
        return FactShape.sharedNumerals(byComma.count == count ? byComma : items(Words.listSeparators))
    }

    /// The scalars of `range` outside periods and punctuation.
    private func kept(_ range: Range<Int>, droppingPunctuation: Bool = true) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(range.count)
        var k = max(periodsStarting(before: range.lowerBound) - 1, 0)  // the first period that may hold i
        var declared = range.lowerBound  // the end of a short name's declaration
        for i in range where i >= declared {
            // …有限公司（以下简称“星源动力”）实现营业收入: the declaration is no part of the phrase.
            if opensDeclaration(at: i, end: range.upperBound), let close = s[i..<range.upperBound].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                declared = close + 1
                continue
            }
            // (…；（2）海外业务收入占比…: a list's number in brackets is no part of a phrase.)
            if s[i] == "（" || s[i] == "(", let close = Self.listNumberEnd(s, after: i, end: range.upperBound) {
                declared = close
                continue
            }
            while k < periods.count, periods[k].span.upperBound <= i { k += 1 }
            if !(droppingPunctuation && Words.punctuation.contains(s[i])) && !(k < periods.count && periods[k].span.contains(i)) { kept.append(s[i]) }
        }
        return kept
    }

    /// Where a list's number in brackets that opens at `i` ends ((2), （12）, （二）), nil when none does.
    static func listNumberEnd(_ s: [Unicode.Scalar], after i: Int, end: Int) -> Int? {
        var k = i + 1
        while k < end, k - i <= 2, ChineseNumeral.arabic(s[k]) != nil || CleanText.headingNumerals.contains(s[k]) { k += 1 }
        return k > i + 1 && k < end && (s[k] == "）" || s[k] == ")") ? k + 1 : nil
    }

    /// How many of the sentence's periods start before `position`. The scan finds them in order, each starting
    /// where it is found and the scan going on after its end, so none overlaps another: a binary search answers.
    /// (Looking through all of them for every figure and phrase was quadratic in a long sentence.)
    private func periodsStarting(before position: Int) -> Int {
        var low = 0, high = periods.count
        while low < high {
            let mid = (low + high) / 2
            if periods[mid].span.lowerBound < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Where in `periods` those starting from `start` and before `end` stand (none when `end` is not after `start`).
    private func periodsBetween(_ start: Int, _ end: Int) -> Range<Int> {
        let first = periodsStarting(before: start)
        return first..<max(first, periodsStarting(before: end))
    }

    /// Whether a period of the sentence overlaps `range`: of those starting before its end, the last ends last.
    private func periodOverlaps(_ range: Range<Int>) -> Bool {
        let k = periodsStarting(before: range.upperBound)
        return k > 0 && periods[k - 1].span.overlaps(range)
    }
}
