import Testing
import ZhizaoCore
@testable import ReportReader

/// Tables written as lines: units declared once (（单位：亿元，%）), measures named by numbered headings, rows of bare
/// figures under them.
@Suite struct DeclaredUnitsTests {
    let table = """
        2025年1-6月某州各县（市）工业主要指标
        （单位：亿元，%）
        一、规上工业增加值增速
        凯里市：7.4；
        沛县：-1.6；
        二、工业投资及增速
        凯里市：56.3，增长12.5；
        全州合计：工业投资318.2，下降2.4。
        注：增速按可比价格计算。
        下半年将新开工项目15，力争全年增长6。
        """

    func facts(_ text: String, date: String = "2025-07-25") -> [Fact] { FactExtractor.extract(text, date: date) }

    @Test func aRowsBareFigureTakesTheDeclaredUnitAndItsSectionsMeasure() throws {
        let facts = facts(table)
        let growth = try #require(facts.first { $0.value == 7.4 })
        #expect(growth.unit == "%" && growth.kind == .change && growth.direction == "up" && growth.holder == "凯里市")
        #expect(growth.measure == "规上工业增加值" && growth.period == Period(start: "2025-01-01", end: "2025-06-30"))
        // A minus sign is a decline; a county named in two characters is a place.
        let decline = try #require(facts.first { $0.value == 1.6 })
        #expect(decline.direction == "down" && decline.holder == "沛县" && decline.measure == "规上工业增加值")
        // A section of amounts and rates: the bare amount in the declared unit, the rate after its verb in %.
        let amount = try #require(facts.first { $0.value == 5_630_000_000 })
        #expect(amount.unit == "CNY" && amount.kind == .level && amount.measure == "工业投资" && amount.holder == "凯里市")
        let rate = try #require(facts.first { $0.value == 12.5 })
        #expect(rate.unit == "%" && rate.kind == .change && rate.measure == "工业投资")
        // A measure written in the row opens its cell too.
        let total = try #require(facts.first { $0.value == 31_820_000_000 })
        #expect(total.measure == "工业投资" && total.unit == "CNY")
        #expect(facts.first { $0.value == 2.4 }?.direction == "down")
    }

    @Test func aTabbedTablesLaterCellsAreRatesItsHeaderSaysOf() throws {
        // Cells parted by tabs, under a caption naming the place and a header of 同比增长.
        let text = "1-4月，全省经济平稳运行。\n表2　2025年1-4月全省主要指标\n（单位：亿元，%）\n指标\t1-4月\t同比增长\n一般公共预算收入\t1862.4\t4.1\n工业投资\t—\t7.9\n出口总额\t933.5\t-2.6"
        let facts = FactExtractor.extract(text, date: "2025-05-20", place: "湖南省")
        let revenue = try #require(facts.first { $0.value == 186_240_000_000 })
        #expect(revenue.measure == "一般公共预算收入" && revenue.kind == .level && revenue.holder == "湖南省")
        let growth = try #require(facts.first { $0.value == 4.1 })
        #expect(growth.unit == "%" && growth.kind == .change && growth.basis == "同比" && growth.measure == "一般公共预算收入")
        // A placeholder (—) fills its cell: the figure after it is still the rate.
        let investment = try #require(facts.first { $0.value == 7.9 })
        #expect(investment.unit == "%" && investment.measure == "工业投资" && investment.holder == "湖南省")
        #expect(facts.first { $0.value == 2.6 }?.direction == "down")
        #expect(facts.first { $0.value == 93_350_000_000 }?.measure == "出口总额")
    }

    @Test func aNoteEndsTheTable() {
        // After 注：, bare numbers are words again (新开工项目15 has no unit of its own).
        let facts = facts(table)
        #expect(!facts.contains { $0.value == 15 || $0.value == 6 })
    }

    @Test func bareNumbersNeedADeclaration() {
        let undeclared = table.replacingOccurrences(of: "（单位：亿元，%）\n", with: "")
        #expect(!facts(undeclared).contains { $0.value == 7.4 || $0.value == 56.3 || $0.value == 5_630_000_000 })
    }

    @Test func aNumberInsideWordsIsNoCell() {
        // Under a declaration, a number that does not stand alone between a cell's marks is no figure: 第3, G20, 3号线.
        let text = "（单位：万元）\n一、营业收入\n3号线沿线企业：G20峰会后第3批名单公布；\n某某公司：1234。"
        let facts = facts(text)
        #expect(facts.map(\.value) == [12_340_000])
    }

    @Test func declarationsAreReadWithTheirMagnitude() throws {
        let s = Array("（计量单位：万吨、%）".unicodeScalars)
        let declared = try #require(DeclaredUnits.declared(in: s, 0..<s.count))
        #expect(declared.amount?.unit == "吨" && declared.amount?.power == 4 && declared.percent)
        let percentOnly = Array("单位：%".unicodeScalars)
        #expect(DeclaredUnits.declared(in: percentOnly, 0..<percentOnly.count) == DeclaredUnits(amount: nil, percent: true))
        let none = Array("单位：市工信局".unicodeScalars)
        #expect(DeclaredUnits.declared(in: none, 0..<none.count) == nil)
    }

    @Test func aHeadingAfterATitleIsALineOfItsOwn() {
        // A numbered heading below an unpunctuated title is not the title going on.
        #expect(CleanText("某市工业运行简况\n一、规上工业增加值\n全市增长6.1%。").scalars.split(separator: "\n").count == 3)
        #expect(CleanText("某市工业运行简况\n（二）工业投资\n全市增长6.1%。").scalars.split(separator: "\n").count == 3)
    }

    @Test func aHeadingOfNoMeasureNamesNone() throws {
        let text = "某市工业运行简况\n一、总体运行情况\n全市：增长6.1%。"
        #expect(try #require(facts(text).first { $0.value == 6.1 }).measure == nil)
        #expect(FactShape.headingMeasure(Array("规上工业营业收入及增速".unicodeScalars))?.rates == false)
        #expect(FactShape.headingMeasure(Array("规上工业增加值增速".unicodeScalars))?.rates == true)
        #expect(FactShape.headingMeasure(Array("主要预期目标".unicodeScalars)) == nil)
    }
}

/// Titles and runs of days: what a document's first line and an event's dates say of the figures below them.
@Suite struct TitlesAndDaysTests {
    func fact(_ text: String, _ value: Double, date: String) throws -> Fact {
        try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
    }

    @Test func aTitleNamesTheMeasureOfItsTablesRows() throws {
        let text = "2025年1-5月遵义市各县（市、区）规模以上工业增加值增速\n单位：%\n汇川区：6.2；\n习水县：-3.1；\n注：按可比价格计算。"
        let row = try fact(text, 6.2, date: "2025-06-18")
        #expect(row.measure == "规模以上工业增加值" && row.kind == .change && row.holder == "汇川区")
        #expect(try fact(text, 3.1, date: "2025-06-18").direction == "down")
    }

    @Test func aRunOfDaysIsOnePeriod() throws {
        let fair = try fact("9月12日至15日，第五届某某装备博览会举行，展览面积8万平方米。", 80_000, date: "2025-09-20")
        #expect(fair.period == Period(start: "2025-09-12", end: "2025-09-15"))
        let across = try fact("4月29日至5月3日，全市接待游客526.1万人次。", 5_261_000, date: "2025-05-06")
        #expect(across.period == Period(start: "2025-04-29", end: "2025-05-03") && across.holder == "全市")
        // …and it holds for the sentences after it, as a month would.
        let holiday = "“五一”假期（5月1日至5日），某市接待游客318.2万人次。假期全市重点商贸企业销售额12.6亿元。"
        let sales = try fact(holiday, 1_260_000_000, date: "2025-05-08")
        #expect(sales.period == Period(start: "2025-05-01", end: "2025-05-05") && sales.holder == "全市")
        #expect(sales.measure == "重点商贸企业销售额")
    }

    @Test func aZoneTheTitleNamesIsTheDistrict() throws {
        let text = "赣州经开区2025年上半年招商工作通报\n上半年，经开区签约项目31个。全区到位资金86.2亿元。"
        #expect(try fact(text, 31, date: "2025-07-10").holder == "赣州经开区")
        let funds = try fact(text, 8_620_000_000, date: "2025-07-10")
        #expect(funds.holder == "赣州经开区" && funds.measure == "到位资金")
    }

    @Test func aDayWrittenInBracketsAfterTodayIsNoPartOfTheName() throws {
        let text = "【台北訊】華凌電子今（8）日公佈第二季財報，第二季合併營收新台幣812億元。"
        #expect(try fact(text, 81_200_000_000, date: "2025-08-08").holder == "华凌电子")
    }
}

/// Fairs, interviews and the year's end: who holds a fair's figures, who speaks, and when 年底 is.
@Suite struct FairsAndSpeakersTests {
    func fact(_ text: String, _ value: Double, date: String) throws -> Fact {
        try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
    }

    @Test func aFairNamedHoldsItsFiguresAndTheNextEdition() throws {
        let text = "5月20日至23日，第三届中国（西安）国际光伏博览会在西安举办，展览面积6万平方米，共有920家企业参展。本届博览会意向成交额达88亿元，比上届增长12.5%。"
        let area = try fact(text, 60_000, date: "2025-05-26")
        #expect(area.holder == "第三届中国西安国际光伏博览会" && area.period == Period(start: "2025-05-20", end: "2025-05-23"))
        #expect(try fact(text, 920, date: "2025-05-26").measure == "参展企业数")
        let deals = try fact(text, 8_800_000_000, date: "2025-05-26")
        #expect(deals.holder == "第三届中国西安国际光伏博览会" && deals.holderWritten == "本届博览会")
        #expect(try fact(text, 12.5, date: "2025-05-26").basis == "比上届")
    }

    @Test func theIntervieweeNamedInTheTitleHoldsNothing() throws {
        let text = "“五年再造一个新园区”——访湘潭高新区管委会主任李明远\n记者：园区去年成绩如何？\n李明远：2024年，园区实现营业收入1280亿元。"
        let revenue = try fact(text, 128_000_000_000, date: "2025-03-12")
        #expect(revenue.holder == "湘潭高新区" && revenue.holderWritten == "园区")
    }

    @Test func theYearsEndAloneIsOfTheYearSpokenOf() throws {
        // Early in a year, with no year written, 年底 is last year's end.
        let text = "全年本澳博彩毛收入2,100.4億澳門元。年底本澳酒店場所共139間。"
        let hotels = try fact(text, 139, date: "2025-02-06")
        #expect(hotels.period == .asOf("2024-12-31") && hotels.kind == .level && hotels.holder == "澳门")
    }

    @Test func whatHappenedAfterACountAtTheYearsEndIsOfTheYear() throws {
        let text = "2024年，全县新增高新技术企业41家，年末高新技术企业达到356家；新签约项目52个，总投资218亿元。"
        #expect(try fact(text, 356, date: "2025-02-10").period == .asOf("2024-12-31"))
        #expect(try fact(text, 52, date: "2025-02-10").period == .year(2024))
    }
}

/// A firm's lines of business.
@Suite struct BusinessLinesTests {
    @Test func aLineOfBusinessIsTheFirmsMeasuredInIt() throws {
        let text = "华岳精工股份有限公司发布2024年年报。传动件业务实现营业收入9.36亿元，同比增长4.1%。公司伺服电缸销量38万支。"
        let facts = FactExtractor.extract(text, date: "2025-03-30")
        let revenue = try #require(facts.first { $0.value == 936_000_000 })
        #expect(revenue.holder == "华岳精工股份有限公司" && revenue.measure == "传动件营业收入")
        // 支 counts things made.
        let sold = try #require(facts.first { $0.value == 380_000 })
        #expect(sold.unit == "支" && sold.measure == "伺服电缸销量" && sold.holder == "华岳精工股份有限公司")
    }
}

/// Lists of industries by number, balance sheets, titles of news and the interviewee's 我们.
@Suite struct HolderWordsTests {
    func fact(_ text: String, _ value: Double, date: String) throws -> Fact {
        try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
    }

    @Test func numberedIndustriesShareTheirName() throws {
        let text = "上半年，全市第一、二、三产业增加值分别为96.2亿元、1870.4亿元和1633.9亿元。"
        #expect(try fact(text, 187_040_000_000, date: "2025-07-20").holder == "第二产业")
        #expect(try fact(text, 163_390_000_000, date: "2025-07-20").holder == "第三产业")
        #expect(FactShape.sharedNumerals([Array("第一".unicodeScalars), ["二"], Array("三季度".unicodeScalars)]).map { String(String.UnicodeScalarView($0)) }
            == ["第一季度", "第二季度", "第三季度"])
    }

    @Test func aBalanceIsCountedAtTheYearsEnd() throws {
        let assets = try fact("2024年，公司营业收入58.2亿元。报告期末，公司总资产96.30亿元，比年初增长6.4%。", 9_630_000_000, date: "2025-04-18")
        #expect(assets.period == .asOf("2024-12-31"))
    }

    @Test func aTitleThatReportsAForecastOpensNoSectionOfForecasts() throws {
        let text = "澳门首季經濟按年增長 特區政府維持全年預測\n【澳門訊】本澳第一季本地生產總值按年實質上升6.1%。"
        #expect(try fact(text, 6.1, date: "2025-05-30").kind == .change)
    }

    @Test func weInAPlacesInterviewIsThePlace() throws {
        let text = "奋力建设制造强区\n——访湖州市吴兴区区长\n区长：今年我们力争规上工业增加值增长8%。"
        #expect(try fact(text, 8, date: "2025-03-02").holder == "吴兴区")
    }
}

/// Lists on lines of their own, labels naming projects, and the places titles name after a period.
@Suite struct ListsAndLabelsTests {
    func facts(_ text: String, date: String) -> [Fact] { FactExtractor.extract(text, date: date) }

    @Test func aNumberedListOfGoalsKeepsWhatItsColonIntroduced() throws {
        let text = "十堰市经信局2025年工作要点\n2025年全市工业工作的主要预期目标是：\n1. 规模以上工业增加值增长7%左右；\n2. 工业投资增长9%以上；\n3. 新增规模以上工业企业120家。\n2024年，全市规上工业增加值增长6.2%。"
        let facts = facts(text, date: "2025-02-18")
        for value in [7.0, 9, 120] {
            let goal = try #require(facts.first { $0.value == value })
            #expect(goal.kind == .target && goal.holder == "十堰市" && goal.period == .year(2025), "\(value)")
        }
        #expect(facts.first { $0.value == 9 }?.measure == "工业投资")
        #expect(facts.first { $0.value == 6.2 }?.kind == .change)
    }

    @Test func aLabelNamingAProjectHoldsItsRowAndItsGenericName() throws {
        let text = "1月18日，2024年度某市十大产业项目名单揭晓。\n安澜新材料高端树脂一体化项目：该项目总投资126亿元，达产后可实现年产值160亿元。"
        let facts = facts(text, date: "2025-01-20")
        let investment = try #require(facts.first { $0.value == 12_600_000_000 })
        #expect(investment.holder == "安澜新材料高端树脂一体化项目" && investment.measure == "总投资" && investment.period == nil)
    }

    @Test func aCityNamedAfterAPeriodInATitleIsTheDocumentsPlace() throws {
        let text = "2025年一季度台州市规上工业运行分析\n一季度，全市规上工业增加值同比增长6.3%。"
        #expect(try #require(facts(text, date: "2025-04-25").first { $0.value == 6.3 }).holder == "台州市")
        // …and one named after 访 is the gazetteer's name, not the words before it.
        #expect(FactExtractor.documentPlace("聚力打造制造强区——访余杭区区长\n记者：今年如何？") == "余杭区")
    }

    @Test func aHalfYearsReportIsOfTheHalfYear() throws {
        let text = "华岳精工发布2025年半年报\n报告期内，公司实现营业收入21.4亿元。"
        #expect(try #require(facts(text, date: "2025-08-20").first { $0.value == 2_140_000_000 }).period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func aJobFairHoldsItsFigures() throws {
        let text = "2月26日，合肥市2025年春风行动大型招聘会在滨湖会展中心举行，共吸引参会企业540家。"
        // (Named without the year written in its name: the reader's phrases leave periods out.)
        #expect(try #require(facts(text, date: "2025-02-27").first { $0.value == 540 }).holder == "合肥市春风行动大型招聘会")
    }
}

/// Ports, hubs and publishers.
@Suite struct PortsAndPublishersTests {
    func facts(_ text: String, date: String) -> [Fact] { FactExtractor.extract(text, date: date) }

    @Test func aPortHoldsItsThroughput() throws {
        let text = "洋浦港7月份生产快报\n7月份，洋浦港完成货物吞吐量1862.4万吨，同比增长6.1%；其中集装箱吞吐量41.2万标箱。"
        let tons = try #require(facts(text, date: "2025-08-05").first { $0.value == 18_624_000 })
        #expect(tons.holder == "洋浦港" && tons.measure == "货物吞吐量")
        // 访港 (visiting Hong Kong) is no port.
        let visitors = try #require(facts("1月本港接待访港旅客420万人次。", date: "2025-02-10").first { $0.value == 4_200_000 })
        #expect(visitors.holder == "香港")
    }

    @Test func whoPublishedThePageHoldsNothing() throws {
        let text = "临沂高新区光电产业园2024年度运营公报\n发布单位：临沂高新区光电产业园运营管理有限公司\n截至2024年末，园区入驻企业累计达212家。"
        let firms = try #require(facts(text, date: "2025-01-15").first { $0.value == 212 })
        #expect(firms.holder == "临沂高新区光电产业园" && firms.holderWritten == "园区")
    }
}

/// What was planned and what is done already, in one sentence.
@Suite struct PlannedAndDoneTests {
    @Test func whatIsDoneAfterAPlanIsAnActualForTheRestOfTheSentence() throws {
        let text = "全市计划新开工项目168个，截至6月底已新开工项目121个，新开工率达72%；竣工项目39个。"
        let facts = FactExtractor.extract(text, date: "2025-07-15")
        #expect(facts.first { $0.value == 168 }?.kind == .target)
        for value in [121.0, 72, 39] { #expect(facts.first { $0.value == value }?.kind.isActual == true, "\(value)") }
        // A goal written after what is done is a goal again.
        let later = FactExtractor.extract("目前已签约项目38个，力争全年签约项目60个。", date: "2025-07-15")
        #expect(later.first { $0.value == 38 }?.kind == .level && later.first { $0.value == 60 }?.kind == .target)
    }
}

/// Subtitles after dashes, years written in numerals in titles, lists published on a day, and a firm's officers.
@Suite struct SubtitlesListsAndOfficersTests {
    func fact(_ text: String, _ value: Double, date: String) throws -> Fact {
        try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
    }

    @Test func aSubtitleAfterDashesIsALineOfItsOwn() throws {
        let text = "2025年德清县政府工作报告（摘要）\n——2024年工作回顾\n全县新增规上工业企业74家。"
        let firms = try fact(text, 74, date: "2025-01-12")
        #expect(firms.measure == "新增规上工业企业数" && firms.holder == "德清县" && firms.period == .year(2024))
    }

    @Test func aTitleOpeningWithAYearInNumeralsIsNoNumberedHeading() throws {
        let text = "二零二五年第一季經濟報告及最新全年經濟預測\n政府今日發表報告。香港經濟在第一季按年實質增長3.1%。"
        #expect(try fact(text, 3.1, date: "2025-05-16").kind == .change)
    }

    @Test func whatAListPublishedOnADayCountsIsOfThatDay() throws {
        let text = "1月15日，工业和信息化部公布2024年度绿色制造名单，无锡市新增国家级绿色工厂9家。"
        #expect(try fact(text, 9, date: "2025-01-16").period == Period(start: "2025-01-15", end: "2025-01-15"))
    }

    @Test func aFirmsOfficerSpeaksForTheFirm() throws {
        let text = "恒远动力董事长王川介绍，公司2024年销售收入21.3亿元。"
        #expect(try fact(text, 2_130_000_000, date: "2025-03-02").holder == "恒远动力")
    }
}
