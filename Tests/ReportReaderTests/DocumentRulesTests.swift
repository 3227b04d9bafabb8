import Testing
import ZhizaoCore
@testable import ReportReader

/// Rules of how documents are laid out and who speaks in them (titles, subtitles, lists, fairs, ports, officers), each
/// on text of its own (none of it from the evaluation sets).

/// The fact of `value` read from `text`, a document dated `date`.
func readFact(_ text: String, _ value: Double, date: String) throws -> Fact {
    try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
}

/// The facts read from `text`, a document dated `date`.
func readFacts(_ text: String, date: String) -> [Fact] { FactExtractor.extract(text, date: date) }

/// Titles and runs of days: what a document's first line and an event's dates say of the figures below them.
@Suite struct TitlesAndDaysTests {
    @Test func aHeadlineEndingWithAFigureEndsAboveTheParagraph() throws {
        // Given a headline ending with its figure, the paragraph right below it with no indent nor byline, When both are
        // read, Then the headline is no part of the paragraph's first name.
        let text = "澄远电机一季度营收增长21.4%\n浙江澄远电机股份有限公司一季度实现营业收入8.6亿元，较上年同期增长21.4%。"
        let revenue = try readFact(text, 8.6e8, date: "2025-04-20")
        #expect(revenue.holder == "浙江澄远电机股份有限公司")
        // (A first line that breaks mid-sentence still goes on: …2156.3亿元⏎，同比…, …3200⏎亿元, …50万标箱⏎同比增长…)
        let broken = try readFact("全市规上工业总产值完成2156.3亿元\n，同比增长8.2%。", 8.2, date: "2025-04-20")
        #expect(broken.measure == "规上工业总产值")
        let unit = try readFact("2024年沅江市实现地区生产总值1860\n亿元，同比增长5.2%。", 1860e8, date: "2025-04-20")
        #expect(unit.holder == "沅江市")
        let growth = try readFact("沅江港一季度集装箱吞吐量突破30万标箱\n同比增长12.5%。", 12.5, date: "2025-04-20")
        #expect(growth.holder == "沅江港" && growth.measure == "集装箱吞吐量")
    }

    @Test func aTitleNamesTheMeasureOfItsTablesRows() throws {
        let text = "2025年1-5月遵义市各县（市、区）规模以上工业增加值增速\n单位：%\n汇川区：6.2；\n习水县：-3.1；\n注：按可比价格计算。"
        let row = try readFact(text, 6.2, date: "2025-06-18")
        #expect(row.measure == "规模以上工业增加值" && row.kind == .change && row.holder == "汇川区")
        #expect(try readFact(text, 3.1, date: "2025-06-18").direction == "down")
    }

    @Test func aLaterYearInATitleIsThePlansNotTheMonthsReported() throws {
        let text = "某区发展和改革局2024年工作情况及2025年工作思路\n\n1-11月，全区固定资产投资同比增长4.3%。\n\n二、2025年工作思路\n明年全区固定资产投资预期增长5.5%。"
        let actual = try readFact(text, 4.3, date: "2024-12-20")
        #expect(actual.kind == .change && actual.period == Period(start: "2024-01-01", end: "2024-11-30"))
        #expect(try readFact(text, 5.5, date: "2024-12-20").period == .year(2025))
    }

    @Test func aBulletinsMonthLineIsWhenItCameOut() throws {
        let text = "某市2024年国民经济和社会发展统计公报\n某市统计局\n2025年3月\n一、综合\n初步核算，全年全市实现地区生产总值2318.6亿元。"
        #expect(try readFact(text, 231_860_000_000, date: "2025-03-20").period == .year(2024))
    }

    @Test func aTitleEndsAtItsLineAboveItsPublishers() throws {
        let text = "某某高新区前三季度经济运行总体向好\n某某高新区管委会经济发展局\n前三季度，高新区实现地区生产总值587.2亿元。"
        #expect(try readFact(text, 58_720_000_000, date: "2025-07-24").holder == "某某高新区")
        // (A first line before one that ends a sentence may be its first half.)
        #expect(try readFact("某市电子制造业\n增加值增长4.9%。", 4.9, date: "2025-07-24").holder == "某市电子制造业")
    }

    @Test func aHeadingsKindOfDivisionsIsNoPartOfItsMeasure() throws {
        let text = "1-5月某省工业经济运行稳中有升\n三、主要市州规上工业营业收入增速（%）\n某甲市：7.9\n某乙市：8.4"
        let row = try readFact(text, 7.9, date: "2025-06-18")
        #expect(row.measure == "规上工业营业收入" && row.kind == .change)
    }

    @Test func anAnnexOfResultsEndsASectionOfGoals() throws {
        let text = "某区2025年政府工作报告\n\n二、2025年主要预期目标\n地区生产总值增长6.5%左右。\n\n附件\n2024年全区主要指标完成情况\n（单位：亿元，%）\n指标\t完成值\t增长\n一般公共预算收入\t38.6\t4.7"
        let row = try readFact(text, 4.7, date: "2025-01-20")
        #expect(row.kind == .change && row.period == .year(2024))
        #expect(try readFact(text, 6.5, date: "2025-01-20").kind == .target)
    }

    @Test func aBannersGenericNameIsTheBanner() throws {
        let text = "伊金霍洛旗2025年政府工作报告\n2024年，全旗实现地区生产总值586.3亿元。"
        #expect(try readFact(text, 58_630_000_000, date: "2025-01-13").holder == "伊金霍洛旗")
    }

    @Test func theCityATitleNamesFirstIsTheDocumentsCity() throws {
        // (A county-level city named later, where a firm stands, is not what 全市 stands for.)
        let text = "泉州：新材料产业链加速壮大\n\n8月8日，在晋江市的某某新材料有限公司，货车正驶出厂区。截至6月底，全市新材料产业链上下游企业达到236家。"
        #expect(try readFact(text, 236, date: "2024-08-09").holder == "泉州市")
    }

    @Test func aMarketAndAMeetingOfTheCityNameNoPlace() throws {
        // (旅遊市場 is a market; 召开市人大会议 a meeting: neither names the city 全市 stands for.)
        let text = "某某市發布施政報告　旅遊市場持續升溫\n某某市近日召开市人大會議。2024年全市遊客接待量達1860萬人次。"
        #expect(try readFact(text, 18_600_000, date: "2025-01-24").holder == "某某市")
    }

    @Test func aFiveYearPlansNameDatesNoFigure() throws {
        let text = "2024年是推进“十四五”规划目标落地的攻坚之年。这一年，全县规上工业增加值增长9.1%。"
        #expect(try readFact(text, 9.1, date: "2025-01-20").period == .year(2024))
    }

    @Test func aYearReachedAfterAVerbOfChangeIsNoDeadline() throws {
        let text = "五年间，全县一般公共预算收入由2020年的18.2亿元提高到2025年的26.5亿元。"
        let reached = try readFact(text, 2_650_000_000, date: "2026-01-16")
        #expect(reached.kind == .level && reached.period == .year(2025))
        #expect(try readFact("到2025年，全县一般公共预算收入达到26.5亿元。", 2_650_000_000, date: "2021-01-16").kind == .target)
    }

    @Test func aCaptionThatDeclaresItsUnitsNamesItsRowsMeasure() throws {
        // Rows of a place and a figure parted by spaces, below a caption that is no title and has no number.
        let text = "2025年1-4月某市经济运行情况\n1-4月，全市规模以上工业增加值增长6.1%。\n\n2025年1-4月各县（市、区）规模以上工业增加值增速（%）\n滑县　8.7\n长垣市　-1.3\n注：增速按可比价格计算。"
        let row = try readFact(text, 8.7, date: "2025-05-20")
        #expect(row.holder == "滑县" && row.measure == "规模以上工业增加值" && row.kind == .change)
        #expect(row.period == Period(start: "2025-01-01", end: "2025-04-30"))
        #expect(try readFact(text, 1.3, date: "2025-05-20").direction == "down")
        // A numbered heading's divisions in brackets are no part of its measure.
        let heading = "二、各县（市、区）规模以上工业增加值增速（%）\n滑县：8.7\n注：增速按可比价格计算。"
        #expect(try readFact(heading, 8.7, date: "2025-05-20").measure == "规模以上工业增加值")
        // A caption whose units are declared on the line below, after a figure of another measure.
        let below = "某市工信局2024年工作总结\n2024年，全市工程机械产业集群产值突破900亿元。\n\n2024年各县市区规模以上工业增加值增速\n（单位：%）\n雨湖区：9.2\n注：按可比价计算。"
        let belowRow = try readFact(below, 9.2, date: "2025-01-20")
        #expect(belowRow.holder == "雨湖区" && belowRow.measure == "规模以上工业增加值" && belowRow.kind == .change)
    }

    @Test func aRunOfDaysIsOnePeriod() throws {
        let fair = try readFact("9月12日至15日，第五届某某装备博览会举行，展览面积8万平方米。", 80_000, date: "2025-09-20")
        #expect(fair.period == Period(start: "2025-09-12", end: "2025-09-15"))
        let across = try readFact("4月29日至5月3日，全市接待游客526.1万人次。", 5_261_000, date: "2025-05-06")
        #expect(across.period == Period(start: "2025-04-29", end: "2025-05-03") && across.holder == "全市")
        // …and it holds for the sentences after it, as a month would.
        let holiday = "“五一”假期（5月1日至5日），某市接待游客318.2万人次。假期全市重点商贸企业销售额12.6亿元。"
        let sales = try readFact(holiday, 1_260_000_000, date: "2025-05-08")
        #expect(sales.period == Period(start: "2025-05-01", end: "2025-05-05") && sales.holder == "全市")
        #expect(sales.measure == "重点商贸企业销售额")
    }

    @Test func theLastMonthOfTheYearToDateTheTitleReportsOnHoldsForItsSentenceOnly() throws {
        let text = "某市：上半年全市工业经济稳中有进\n上半年，全市规模以上工业增加值增长6.4%；6月份增长8.2%。装备制造产业增加值增长9.1%。"
        #expect(try readFact(text, 8.2, date: "2025-07-20").period == Period(start: "2025-06-01", end: "2025-06-30"))
        #expect(try readFact(text, 9.1, date: "2025-07-20").period == Period(start: "2025-01-01", end: "2025-06-30"))
        // A report on the month itself keeps the month.
        let monthly = "2025年5月份规模以上工业增加值增长5.8%\n1-5月，规模以上工业增加值增长6.3%。5月份，汽车制造业增长9.6%。高技术制造业增长8.1%。"
        #expect(try readFact(monthly, 8.1, date: "2025-06-16").period == Period(start: "2025-05-01", end: "2025-05-31"))
    }

    @Test func partsOfTheYearAfterThisYearAreOfItNotOfAYearWrittenBefore() throws {
        // A report on next year's plans, dated in this one: 前三季 after 今年前三季 is this year's, not 2026's.
        let text = "某市发布2026年度施政计划\n报告总结今年以来成效。今年前三季度全市地区生产总值1620.5亿元。前三季度全市接待游客2310万人次。"
        let visitors = try readFact(text, 23_100_000, date: "2025-11-15")
        #expect(visitors.period == Period(start: "2025-01-01", end: "2025-09-30") && visitors.kind == .level)
    }

    @Test func aZoneTheTitleNamesIsTheDistrict() throws {
        let text = "赣州经开区2025年上半年招商工作通报\n上半年，经开区签约项目31个。全区到位资金86.2亿元。"
        #expect(try readFact(text, 31, date: "2025-07-10").holder == "赣州经开区")
        let funds = try readFact(text, 8_620_000_000, date: "2025-07-10")
        #expect(funds.holder == "赣州经开区" && funds.measure == "到位资金")
    }

    @Test func aDayWrittenInBracketsAfterTodayIsNoPartOfTheName() throws {
        let text = "【台北訊】華凌電子今（8）日公佈第二季財報，第二季合併營收新台幣812億元。"
        #expect(try readFact(text, 81_200_000_000, date: "2025-08-08").holder == "华凌电子")
    }
}

/// Fairs, interviews and the year's end: who holds a fair's figures, who speaks, and when 年底 is.
@Suite struct FairsAndSpeakersTests {
    @Test func aFairNamedHoldsItsFiguresAndTheNextEdition() throws {
        let text = "5月20日至23日，第三届中国（西安）国际光伏博览会在西安举办，展览面积6万平方米，共有920家企业参展。本届博览会意向成交额达88亿元，比上届增长12.5%。"
        let area = try readFact(text, 60_000, date: "2025-05-26")
        #expect(area.holder == "第三届中国西安国际光伏博览会" && area.period == Period(start: "2025-05-20", end: "2025-05-23"))
        #expect(try readFact(text, 920, date: "2025-05-26").measure == "参展企业数")
        let deals = try readFact(text, 8_800_000_000, date: "2025-05-26")
        #expect(deals.holder == "第三届中国西安国际光伏博览会" && deals.holderWritten == "本届博览会")
        #expect(try readFact(text, 12.5, date: "2025-05-26").basis == "比上届")
    }

    @Test func theIntervieweeNamedInTheTitleHoldsNothing() throws {
        let text = "“五年再造一个新园区”——访湘潭高新区管委会主任李明远\n记者：园区去年成绩如何？\n李明远：2024年，园区实现营业收入1280亿元。"
        let revenue = try readFact(text, 128_000_000_000, date: "2025-03-12")
        #expect(revenue.holder == "湘潭高新区" && revenue.holderWritten == "园区")
    }

    @Test func theYearsEndAloneIsOfTheYearSpokenOf() throws {
        // Early in a year, with no year written, 年底 is last year's end.
        let text = "全年本澳博彩毛收入2,100.4億澳門元。年底本澳酒店場所共139間。"
        let hotels = try readFact(text, 139, date: "2025-02-06")
        #expect(hotels.period == .asOf("2024-12-31") && hotels.kind == .level && hotels.holder == "澳门")
    }

    @Test func whatHappenedAfterACountAtTheYearsEndIsOfTheYear() throws {
        let text = "2024年，全县新增高新技术企业41家，年末高新技术企业达到356家；新签约项目52个，总投资218亿元。"
        #expect(try readFact(text, 356, date: "2025-02-10").period == .asOf("2024-12-31"))
        #expect(try readFact(text, 52, date: "2025-02-10").period == .year(2024))
    }

    @Test func aPlacesJobFairAndAFirmsPlanToHireAfterTheHoliday() throws {
        let text = """
            平江县融媒体中心讯　2月18日，平江县在县就业服务中心举办“春风行动”专场招聘会。本次招聘会共有64家企业进场，提供就业岗位2100余个。
            湘北精工股份有限公司参加了招聘。据企业人事主管说，春节后公司计划新招聘技术工人90人。
            """
        let date = "2025-02-19"
        let jobs = try readFact(text, 2100, date: date)
        #expect(jobs.holder == "平江县" && jobs.period == Period(start: "2025-02-18", end: "2025-02-18"))  // (the place's job fair)
        let hires = try readFact(text, 90, date: date)
        #expect(hires.holder == "湘北精工股份有限公司" && hires.measure == "新招聘技术工人" && hires.kind == .target)
    }

    @Test func aListsRowsBelowAYearSpokenOfAreOfTheListsDay() throws {
        let text = """
            9月3日，省工信厅公布第六批“小巨人”培育企业名单，我市19家企业上榜。这批企业在2024年的研发经费投入强度平均为7.1%。
            上榜企业按县（市、区）分布如下：
            东城区　6家
            西城区　4家
            """
        let row = try readFact(text, 6, date: "2025-09-05")
        #expect(row.holder == "东城区" && row.measure == "上榜企业数" && row.period == Period(start: "2025-09-03", end: "2025-09-03"))
    }

    @Test func aFairOpeningAClauseAndASentenceOfItsParts() throws {
        let text = """
            10月15日至17日，第三届中国（岳阳）新材料产业博览会在岳阳会展中心举行。本届博览会设置先进金属、化工新材料等展区，参展企业418家。
            展会期间，现场签约项目52个，签约总金额305.6亿元。其中，合同类项目33个，合同金额211.4亿元；协议类项目19个，协议金额94.2亿元。
            """
        let fair = "第三届中国岳阳新材料产业博览会", days = Period(start: "2025-10-15", end: "2025-10-17"), date = "2025-10-18"
        #expect(try readFact(text, 418, date: date).holder == fair)  // (本届博览会 opens a clause of no figure)
        for value in [33, 211.4e8, 19, 94.2e8] {  // (其中 opening a sentence: parts of the signing, to its full stop)
            let part = try readFact(text, value, date: date)
            #expect(part.holder == fair && part.period == days, "\(value)")
        }
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
    @Test func aProjectAMeetingTookUpIsNamedWithoutTheMeeting() throws {
        let text = "会议还就恒川化工有限公司乙二醇项目建设进行了调度。该项目总投资86亿元。"
        #expect(try readFact(text, 86e8, date: "2026-03-02").holder == "恒川化工有限公司乙二醇项目")
    }

    @Test func aKindOfPlantAListHonoursIsCountedNotAHolder() throws {
        let text = "我市共有18家单位入选，其中智能工厂12家、数字化车间6家。"
        let plants = try readFact(text, 12, date: "2026-03-02")
        #expect(plants.holder == "我市" && plants.measure == "智能工厂数")
        #expect(try readFact(text, 6, date: "2026-03-02").measure == "数字化车间数")
        #expect(try readFact(text, 18, date: "2026-03-02").measure == "入选单位数")  // (units counted are named with 数)
    }

    @Test func whatDrewThemAndWhatIsNextAreNoPartOfTheMeasure() throws {
        #expect(try readFact("本届博览会吸引了参展企业860家。", 860, date: "2026-06-19").measure == "参展企业数")
        #expect(try readFact("本届展会展览面积3.6万平方米，吸引参展企业420家。", 420, date: "2026-06-19").measure == "参展企业数")
        let next = try readFact("市商务局有关负责人介绍，下一步将力争全市实际使用外资45亿元。", 45e8, date: "2026-06-19")
        #expect(next.holder == "全市" && next.measure == "实际使用外资" && next.kind == .target)
    }

    @Test func aPlacesZonesTakenTogetherAreItsClassNoZone() throws {
        let zones = try readFact("上半年，全市开发区实现营业收入3126亿元。", 3126e8, date: "2026-07-19")
        #expect(zones.holder == "全市" && zones.measure == "开发区营业收入")
    }

    @Test func theAreaAZoneIsPlannedToTakeIsOfNoDay() throws {
        let text = "6月18日，某市在深圳举办招商推介会。推介会上，开发区管委会主任作了推介。据介绍，该开发区规划面积48平方公里。"
        let area = try readFact(text, 48, date: "2026-06-19")
        #expect(area.measure == "规划面积" && area.period == nil)
    }

    @Test func 新BeforeAVerbIsTheEventsNotTheMeasures() throws {
        #expect(try readFact("上半年，全市新开通国际航线12条。", 12, date: "2026-07-05").measure == "新开通国际航线数")
        #expect(try readFact("上半年，全区新开通5G基站420个。", 420, date: "2026-07-05").measure == "新开通5G基站数")
    }

    @Test func whatAParkRanksByIsMeasuredWithout以() throws {
        #expect(try readFact("产业园以亩均税收48万元居全市首位。", 48e4, date: "2026-07-19").measure == "亩均税收")
    }

    @Test func theChainsFirmsAreCountedNotHolders() throws {
        let firms = try readFact("2025年，全市新材料产业链实现产值812.4亿元；链上规上企业达到96家。", 96, date: "2026-03-02")
        #expect(firms.holder != "链上" && firms.measure == "链上规上企业数")
    }

    @Test func numberedIndustriesShareTheirName() throws {
        let text = "上半年，全市第一、二、三产业增加值分别为96.2亿元、1870.4亿元和1633.9亿元。"
        #expect(try readFact(text, 187_040_000_000, date: "2025-07-20").holder == "第二产业")
        #expect(try readFact(text, 163_390_000_000, date: "2025-07-20").holder == "第三产业")
        #expect(FactShape.sharedNumerals([Array("第一".unicodeScalars), ["二"], Array("三季度".unicodeScalars)]).map { String(String.UnicodeScalarView($0)) }
            == ["第一季度", "第二季度", "第三季度"])
    }

    @Test func aBalanceIsCountedAtTheYearsEnd() throws {
        let assets = try readFact("2024年，公司营业收入58.2亿元。报告期末，公司总资产96.30亿元，比年初增长6.4%。", 9_630_000_000, date: "2025-04-18")
        #expect(assets.period == .asOf("2024-12-31"))
    }

    @Test func aTitleThatReportsAForecastOpensNoSectionOfForecasts() throws {
        let text = "澳门首季經濟按年增長 特區政府維持全年預測\n【澳門訊】本澳第一季本地生產總值按年實質上升6.1%。"
        #expect(try readFact(text, 6.1, date: "2025-05-30").kind == .change)
    }

    @Test func weInAPlacesInterviewIsThePlace() throws {
        let text = "奋力建设制造强区\n——访湖州市吴兴区区长\n区长：今年我们力争规上工业增加值增长8%。"
        #expect(try readFact(text, 8, date: "2025-03-02").holder == "湖州市吴兴区")
    }
}

/// Lists on lines of their own, labels naming projects, and the places titles name after a period.
@Suite struct ListsAndLabelsTests {
    @Test func aNumberedListOfGoalsKeepsWhatItsColonIntroduced() throws {
        let text = "十堰市经信局2025年工作要点\n2025年全市工业工作的主要预期目标是：\n1. 规模以上工业增加值增长7%左右；\n2. 工业投资增长9%以上；\n3. 新增规模以上工业企业120家。\n2024年，全市规上工业增加值增长6.2%。"
        let facts = readFacts(text, date: "2025-02-18")
        for value in [7.0, 9, 120] {
            let goal = try #require(facts.first { $0.value == value })
            #expect(goal.kind == .target && goal.holder == "十堰市" && goal.period == .year(2025), "\(value)")
        }
        #expect(facts.first { $0.value == 9 }?.measure == "工业投资")
        #expect(facts.first { $0.value == 6.2 }?.kind == .change)
        // A place written within the line, after what proposes the goals, and items on lines without numbers.
        let proposed = "政府工作报告\n——2025年1月10日在湖南省第十四届人民代表大会第三次会议上\n建议今年全省发展的主要预期目标是：\n地区生产总值增长5.5%左右；\n城镇新增就业45万人以上。"
        let growth = try readFact(proposed, 5.5, date: "2025-01-15")
        #expect(growth.kind == .target && growth.holder == "湖南省" && growth.holderWritten == "全省" && growth.measure == "地区生产总值")
        #expect(try readFact(proposed, 450_000, date: "2025-01-15").holder == "湖南省")
    }

    @Test func aSloganInQuotesInATitleNamesNoPlace() throws {
        let text = "锚定“千亿强县”目标\n——访某市江山县县长\n记者：去年全县发展如何？\n县长：2024年，全县规上工业总产值1326.5亿元。"
        #expect(try readFact(text, 132_650_000_000, date: "2025-02-20").holderWritten == "全县")
        #expect(try readFact(text, 132_650_000_000, date: "2025-02-20").holder == "江山县")
    }

    @Test func aLabelNamingAProjectHoldsItsRowAndItsGenericName() throws {
        let text = "1月18日，2024年度某市十大产业项目名单揭晓。\n安澜新材料高端树脂一体化项目：该项目总投资126亿元，达产后可实现年产值160亿元。"
        let facts = readFacts(text, date: "2025-01-20")
        let investment = try #require(facts.first { $0.value == 12_600_000_000 })
        #expect(investment.holder == "安澜新材料高端树脂一体化项目" && investment.measure == "总投资" && investment.period == nil)
    }

    @Test func aCityNamedAfterAPeriodInATitleIsTheDocumentsPlace() throws {
        let text = "2025年一季度台州市规上工业运行分析\n一季度，全市规上工业增加值同比增长6.3%。"
        #expect(try #require(readFacts(text, date: "2025-04-25").first { $0.value == 6.3 }).holder == "台州市")
        // …and one named after 访 is the gazetteer's name, not the words before it.
        #expect(FactExtractor.documentPlace("聚力打造制造强区——访余杭区区长\n记者：今年如何？") == "余杭区")
    }

    @Test func aHalfYearsReportIsOfTheHalfYear() throws {
        let text = "华岳精工发布2025年半年报\n报告期内，公司实现营业收入21.4亿元。"
        #expect(try #require(readFacts(text, date: "2025-08-20").first { $0.value == 2_140_000_000 }).period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func aJobFairHoldsItsFigures() throws {
        let text = "2月26日，合肥市2025年春风行动大型招聘会在滨湖会展中心举行，共吸引参会企业540家。"
        // (Named without the year written in its name: the reader's phrases leave periods out.)
        #expect(try #require(readFacts(text, date: "2025-02-27").first { $0.value == 540 }).holder == "合肥市春风行动大型招聘会")
    }
}

/// Ports, hubs and publishers.
@Suite struct PortsAndPublishersTests {
    @Test func aPortHoldsItsThroughput() throws {
        let text = "洋浦港7月份生产快报\n7月份，洋浦港完成货物吞吐量1862.4万吨，同比增长6.1%；其中集装箱吞吐量41.2万标箱。"
        let tons = try #require(readFacts(text, date: "2025-08-05").first { $0.value == 18_624_000 })
        #expect(tons.holder == "洋浦港" && tons.measure == "货物吞吐量")
        // 访港 (visiting Hong Kong) is no port.
        let visitors = try #require(readFacts("1月本港接待访港旅客420万人次。", date: "2025-02-10").first { $0.value == 4_200_000 })
        #expect(visitors.holder == "香港")
    }

    @Test func whoPublishedThePageHoldsNothing() throws {
        let text = "临沂高新区光电产业园2024年度运营公报\n发布单位：临沂高新区光电产业园运营管理有限公司\n截至2024年末，园区入驻企业累计达212家。"
        let firms = try #require(readFacts(text, date: "2025-01-15").first { $0.value == 212 })
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

    @Test func whatMustBeDoneMeasuresWithout要() throws {
        let text = "会议明确，今年要新开工数字经济重点项目18个。"
        #expect(try readFact(text, 18, date: "2026-03-10").measure == "新开工数字经济重点项目数")
    }
}

/// Subtitles after dashes, years written in numerals in titles, lists published on a day, and a firm's officers.
@Suite struct SubtitlesListsAndOfficersTests {
    @Test func aSubtitleAfterDashesIsALineOfItsOwn() throws {
        let text = "2025年德清县政府工作报告（摘要）\n——2024年工作回顾\n全县新增规上工业企业74家。"
        let firms = try readFact(text, 74, date: "2025-01-12")
        #expect(firms.measure == "新增规上工业企业数" && firms.holder == "德清县" && firms.period == .year(2024))
    }

    @Test func aTitleOpeningWithAYearInNumeralsIsNoNumberedHeading() throws {
        let text = "二零二五年第一季經濟報告及最新全年經濟預測\n政府今日發表報告。香港經濟在第一季按年實質增長3.1%。"
        #expect(try readFact(text, 3.1, date: "2025-05-16").kind == .change)
    }

    @Test func whatAListPublishedOnADayCountsIsOfThatDay() throws {
        let text = "1月15日，工业和信息化部公布2024年度绿色制造名单，无锡市新增国家级绿色工厂9家。"
        #expect(try readFact(text, 9, date: "2025-01-16").period == Period(start: "2025-01-15", end: "2025-01-15"))
        // Below a title, after a byline with the day it was filed: the list's day, for the items after it too.
        let filed = "无锡21家企业入选国家级绿色工厂名单\n中国江苏网1月16日讯（记者 王某）1月15日，工业和信息化部公布绿色制造名单，无锡市21家企业入选。其中，江阴市8家、宜兴市5家。"
        let day = Period(start: "2025-01-15", end: "2025-01-15")
        #expect(readFacts(filed, date: "2025-01-16").first { $0.value == 21 && $0.holder == "无锡市" }?.period == day)
        #expect(try readFact(filed, 8, date: "2025-01-16").period == day)
    }

    @Test func aFirmsOfficerSpeaksForTheFirm() throws {
        let text = "恒远动力董事长王川介绍，公司2024年销售收入21.3亿元。"
        #expect(try readFact(text, 2_130_000_000, date: "2025-03-02").holder == "恒远动力")
    }
}

/// A plant named once and 该工厂 after it.
@Suite struct NamedPlantTests {
    @Test func thePlantNamedStandsForTheFactoryAfterIt() throws {
        let text = "9月12日，恒川动力合肥经开区电驱动系统工厂正式投产。该工厂总投资28亿元，占地面积310亩。"
        let investment = try readFact(text, 2_800_000_000, date: "2025-09-15")
        #expect(investment.holder == "恒川动力合肥经开区电驱动系统工厂" && investment.holderWritten == "该工厂")
        #expect(try readFact(text, 310, date: "2025-09-15").holder == "恒川动力合肥经开区电驱动系统工厂")
    }
}

/// Who a document is about when its title names a province short, a zone in full, a hub or a cluster, and which
/// project a bare 项目 stands for.
@Suite struct DocumentSubjectTests {
    @Test func whereTheCitysOwnMeetingWasHeldIsNotWhatItIsAbout() throws {
        // Given a title saying 我市 held a meeting in another city, When 全市 holds a figure below, Then it is the city
        // the byline names, not the venue.
        let text = "我市在深圳举办海洋装备产业招商推介会\n湛江日报讯（记者 王某）5月9日，湛江市在深圳举办海洋装备产业招商推介会，现场签约项目11个。\n　　1-4月，全市累计签约海洋装备项目45个。"
        #expect(try readFact(text, 45, date: "2026-05-10").holder == "湛江市")
    }

    @Test func aProvinceByItsShortNameIsWhat全省StandsFor() throws {
        let text = "青海一季度光伏发电量增长较快\n一季度，全省光伏发电量86.2亿千瓦时，同比增长12.1%。"
        let output = try readFact(text, 8_620_000_000, date: "2025-04-20")
        #expect(output.holder == "青海省" && output.holderWritten == "全省")
        // (An autonomous region by its first two characters.)
        let region = try readFact("广西前三季度外贸稳中有进\n前三季度，全省进出口总额5218.6亿元。", 521_860_000_000, date: "2025-10-20")
        #expect(region.holder == "广西壮族自治区")
    }

    @Test func aDivisionTheTitleNamesWithinItsCityIsOnePlace() throws {
        let text = "许昌市建安区2025年1-4月经济运行简况\n建安区统计局　2025年5月20日\n1-4月，全区规模以上工业增加值同比增长7.6%。"
        let growth = try readFact(text, 7.6, date: "2025-05-20")
        #expect(growth.holder == "许昌市建安区" && growth.holderWritten == "全区")
        // Named alone in the title, it stays as written whatever its publisher's line says.
        let alone = "建安区2025年招商引资工作综述\n来源：许昌市建安区投资促进中心\n今年以来，全区签约项目46个。"
        #expect(try readFact(alone, 46, date: "2025-12-10").holder == "建安区")
        // A county of two characters is a place too.
        let county = try readFact("萧县2024年国民经济和社会发展统计公报\n萧县统计局\n2025年4月10日\n一、综合\n初步核算，全年全县地区生产总值356.2亿元。", 35_620_000_000, date: "2025-04-10")
        #expect(county.holder == "萧县" && county.holderWritten == "全县")
    }

    @Test func anAutonomousRegionIsWhat自治区And全区StandFor() throws {
        let text = "广西一季度经济运行稳中有进\n南宁讯　4月20日，自治区统计局发布数据。一季度，全区地区生产总值6521.3亿元，同比增长5.2%。"
        let output = try readFact(text, 652_130_000_000, date: "2025-04-21")
        #expect(output.holder == "广西壮族自治区" && output.holderWritten == "全区")
        // A municipality's district named within it is one place, as a city's is.
        let district = "2025年上海市浦东新区人民政府工作报告\n过去一年，全区地区生产总值1.7万亿元。"
        #expect(try readFact(district, 1_700_000_000_000, date: "2025-01-20").holder == "上海市浦东新区")
    }

    @Test func aZoneNamedAfterItsPlaceHoldsWhatFollowsAndCaptionsItsTable() throws {
        let text = "一季度，天津滨海高新技术产业开发区坚持创新驱动，规模以上工业总产值412.5亿元。"
        #expect(try readFact(text, 41_250_000_000, date: "2025-04-15").holder == "天津滨海高新技术产业开发区")
        let table = "表1　2025年一季度天津滨海高新技术产业开发区主要经济指标\n（单位：亿元，%）\n指标\t1-3月\t同比增长\n固定资产投资\t42.6\t11.4"
        #expect(try readFact(table, 4_260_000_000, date: "2025-04-15").holder == "天津滨海高新技术产业开发区")
        // A land port's kind written alone stands for the one named.
        let port = "哈尔滨国际陆港区班列开行量增长\n今年前10月，陆港区累计开行中欧班列612列。"
        #expect(try readFact(port, 612, date: "2025-11-05").holder == "哈尔滨国际陆港区")
    }

    @Test func aZoneNamedInFullWinsOverItsShortName() throws {
        let text = "做强智能装备产业\n——访湘潭市滨江经济技术开发区管委会主任王某\n记者：滨开区去年发展如何？\n王某：2024年，全区实现工业总产值862.5亿元。2025年，我们力争工业总产值突破950亿元。"
        let output = try readFact(text, 86_250_000_000, date: "2025-02-10")
        #expect(output.holder == "湘潭市滨江经济技术开发区" && output.holderWritten == "全区")
        let goal = try readFact(text, 95_000_000_000, date: "2025-02-10")
        #expect(goal.holder == "湘潭市滨江经济技术开发区" && goal.measure == "工业总产值" && goal.kind == .target)
        // A title's short name without the place, below which a line names the zone in full: the full name holds.
        let titled = "南湖高新区去年工业总产值增长9%\n本报讯　记者从嘉兴南湖高新技术产业开发区获悉，2024年，南湖高新区工业总产值412.6亿元。"
        #expect(try readFact(titled, 41_260_000_000, date: "2025-01-15").holder == "嘉兴南湖高新技术产业开发区")
        // A short name with its place (嘉兴经开区 for 嘉兴经济技术开发区) stands for the zone a line names in full, even
        // below a title that writes it short; kept as written when nothing names it in full.
        let placed = "嘉兴经开区一季度项目开工\n记者从嘉兴经济技术开发区获悉，一季度，嘉兴经开区新开工项目18个。"
        let opened = try readFact(placed, 18, date: "2025-04-10")
        #expect(opened.holder == "嘉兴经济技术开发区" && opened.holderWritten == "嘉兴经开区")
        #expect(try readFact("一季度，嘉兴经开区新开工项目18个。", 18, date: "2025-04-10").holder == "嘉兴经开区")
    }

    @Test func aBatchOfProjectsNamesNoneAndAProjectBuiltByAFirmIsNamedBeforeIt() throws {
        let text = "某市2025年第三批重点项目集中签约\n本次签约的高端轴承智能制造项目由某某精工股份有限公司投资建设。项目总投资28亿元。"
        #expect(try readFact(text, 2_800_000_000, date: "2025-08-12").holder == "高端轴承智能制造项目")
        // A label naming a project whose name starts with a place holds its row.
        let label = try readFact("常德储能系统集成基地项目：该项目总投资21.5亿元。", 2_150_000_000, date: "2025-08-12")
        #expect(label.holder == "常德储能系统集成基地项目")
        // What is done about projects names none (围绕整车企业招引配套项目).
        let done = try readFact("某市推行链长制，围绕整车企业招引配套项目。项目总投资5.5亿元。", 550_000_000, date: "2025-08-12")
        #expect(done.holder == "项目")
    }

    @Test func aHubNamedInTheTitleIsWhatItsKindAndItsParkStandFor() throws {
        let text = "前三季度西安国际陆港班列开行量增长\n今年前三季度，西安国际陆港累计开行中欧班列4210列，同比增长7.3%。截至9月底，陆港通达境外城市96个。园区集聚物流企业830余家，港区完成集装箱吞吐量41.2万标箱。"
        let trains = try readFact(text, 4210, date: "2025-10-15")
        #expect(trains.holder == "西安国际陆港" && trains.measure == "开行中欧班列数" && trains.unit == "列")
        #expect(trains.period == Period(start: "2025-01-01", end: "2025-09-30"))
        let cities = try readFact(text, 96, date: "2025-10-15")
        #expect(cities.holder == "西安国际陆港" && cities.holderWritten == "陆港" && cities.measure == "通达境外城市数")
        #expect(try readFact(text, 830, date: "2025-10-15").holder == "西安国际陆港")
        let boxes = try readFact(text, 412_000, date: "2025-10-15")
        #expect(boxes.holder == "西安国际陆港" && boxes.holderWritten == "港区" && boxes.measure == "集装箱吞吐量")
    }

    @Test func aClusterTheTextNamedHoldsWhatFollowsItsGenericName() throws {
        let text = "某市储能装备产业集群加速成长\n2024年，某市储能装备产业集群实现营业收入186.2亿元。全年集群下线储能变流器5120台。"
        let units = try readFact(text, 5120, date: "2025-03-01")
        #expect(units.holder == "某市储能装备产业集群" && units.holderWritten == "集群" && units.measure == "下线储能变流器")
    }
}

/// Headings that declare their unit in brackets, an industry's growth after its group's, and lists of ranks.
@Suite struct HeadingsAndRanksTests {
    @Test func aHeadingThatDeclaresItsUnitInBracketsNamesItsRowsMeasure() throws {
        let text = "一、全省主要指标\n二、设区市规上工业增加值增速（%）\n九江市：6.4\n宜春市：-0.8\n"
        let row = try readFact(text, 6.4, date: "2025-08-20")
        #expect(row.holder == "九江市" && row.measure == "规上工业增加值" && row.kind == .change && row.unit == "%")
        #expect(try readFact(text, 0.8, date: "2025-08-20").direction == "down")
    }

    @Test func anIndustryGrowsInItsGroupsMeasureWithoutTheGroup() throws {
        let text = "一季度，全市规模以上工业增加值增长6.9%；电子信息制造业增长15.2%。"
        let industry = try readFact(text, 15.2, date: "2025-04-20")
        #expect(industry.holder == "电子信息制造业" && industry.measure == "增加值")
        #expect(try readFact(text, 6.9, date: "2025-04-20").measure == "规模以上工业增加值")
    }

    @Test func positionsListedAfterOne第AreRanksEach() throws {
        for text in ["甲县、乙县、丙县分别位居全省第1、2、3位。", "甲县、乙县、丙县分别位居全省第一、二、三位。"] {
            let ranks = readFacts(text, date: "2025-09-10").filter { $0.kind == .rank }
            #expect(ranks.map(\.value) == [1, 2, 3], "\(text)")
            #expect(ranks.allSatisfy { $0.measure == "排名" && $0.basis == "全省" }, "\(text)")
        }
    }
}

/// Hong Kong's and Macau's own pages, web pages' related links, and ports named after their place.
@Suite struct PagesAndPortsTests {
    @Test func aHeadlinesFiguresPartedBySpacesAreNoMenu() throws {
        let text = "恩施新闻网\n首页 > 恩施新闻 > 时政要闻\n恩施州赴深圳东莞开展招商推介 签约项目24个 签约金额186.5亿元\n"
            + "　　11月6日至9日，恩施州党政代表团赴深圳开展招商推介。活动期间，全州共签约项目24个，签约金额186.5亿元。"
        let facts = readFacts(text, date: "2021-11-12")
        #expect(facts.filter { $0.value == 24 }.count == 2 && facts.filter { $0.value == 186.5e8 }.count == 2)
        // (A menu's items, with no figure, are still chrome.)
        #expect(readFacts("首页 新闻 政务 公开 互动\n全县签约项目9个。", date: "2021-11-12").count == 1)
    }

    @Test func aLongHeadlinesFiguresAreDatedByTheSameBelow() throws {
        let text = "中国宜宾门户网\n首页 > 新闻中心 > 宜宾要闻\n第五届中国（宜宾）新能源汽车及动力电池产业博览会签约项目46个 签约总金额523.8亿元\n"
            + "发布时间：2023-09-23 10:05　来源：宜宾日报\n　　9月22日，第五届中国（宜宾）新能源汽车及动力电池产业博览会重大项目集中签约仪式在宜宾国际会展中心举行。"
            + "现场签约项目46个，签约总金额523.8亿元。"
        let day = Period(start: "2023-09-22", end: "2023-09-22")
        #expect(readFacts(text, date: "2023-09-23").allSatisfy { $0.period == day })
        #expect(FactExtractor.title(of: text) == "第五届中国（宜宾）新能源汽车及动力电池产业博览会签约项目46个 签约总金额523.8亿元")
        // (A long first line with a comma is a paragraph, no title.)
        #expect(FactExtractor.title(of: "今年一季度，全市规模以上工业增加值同比增长8.2%，其中制造业增长9.1%，高技术制造业增长20.1%\n全市…") == nil)
    }

    @Test func aPrefecturesTitleWinsOverASiteNamedShortAboveIt() throws {
        // 恩施 alone is the county-level city 恩施市; the title below names the prefecture, 恩施州, which 全州 stands for.
        let text = "恩施新闻网\n首页 > 恩施新闻 > 时政要闻\n恩施州赴深圳开展招商推介 签约项目24个\n活动期间，全州共签约项目24个，签约金额186.5亿元。"
        let signed = try readFact(text, 186.5e8, date: "2021-11-12")
        #expect(signed.holder == "恩施州" && signed.holderWritten == "全州")
        let city = "恩施新闻网\n恩施市召开招商推介会\n全市签约项目9个。"
        #expect(try readFact(city, 9, date: "2021-11-12").holder == "恩施市")
    }

    @Test func aParkWordAfterAPlantIsTheZoneAndRelatedLinksAreTitlesOfTheirOwn() throws {
        // Given a zone's page naming a plant, then 园区's figures, then related links one a line, When they are read, Then
        // 园区 is the zone, not the plant, and each link's figure is its own line's.
        let text = """
            临沂高新技术产业开发区管委会
            高新区5个项目集中投产
            　　6月18日，临沂高新技术产业开发区项目集中投产活动举行。蒙阴精密电机工厂是主会场项目，总投资9.2亿元。
            　　1-5月，园区工业投资达41.6亿元，较上年同期增长8.4%。
            相关阅读：
            临沂高新区一季度净增规上工业企业9家
            沂南县2025年1-5月规模以上工业增加值增长6.3%
            """
        let investment = try readFact(text, 41.6e8, date: "2025-06-19")
        #expect(investment.holder == "临沂高新技术产业开发区")
        #expect(try readFact(text, 9.2e8, date: "2025-06-19").holder == "蒙阴精密电机工厂")
        let link = try readFact(text, 6.3, date: "2025-06-19")
        #expect(link.holder == "沂南县" && link.measure == "规模以上工业增加值")
    }

    @Test func aGatheringATitleNamesByItsQuarterIsOfItsDayBelow() throws {
        // Given a county's page, its site name and a one-step path above the title, When the title names the quarter's
        // groundbreaking and its figures are stated below on the day, Then they are the day's and the county's, the path
        // no part of the county's name, and a kind of the projects after ；is the day's too, no stock.
        let text = """
            鄢陵县人民政府
            首页 > 乡镇动态
            鄢陵县三季度项目集中开工 开工项目19个
            发布时间：2026-08-07　来源：县融媒体中心
            　　8月6日，鄢陵县2026年第三季度重点项目集中开工仪式在经开区举行。此次集中开工项目19个，总投资52亿元，其中产业项目12个、总投资38.5亿元；民生项目7个、总投资13.5亿元。
            """
        let day = Period(start: "2026-08-06", end: "2026-08-06")
        let title = try #require(FactExtractor.extract(text, date: "2026-08-07").first { $0.value == 19 && $0.span.lowerBound < 40 })
        #expect(title.holder == "鄢陵县" && title.period == day)
        let kind = try readFact(text, 7, date: "2026-08-07")
        #expect(kind.measure == "民生项目数" && kind.period == day)
    }

    @Test func aHongKongPageCountsInHongKongDollars() throws {
        let text = "零售業銷貨額\n政府統計處今日公布，2025年4月本港零售業總銷貨價值的臨時估計為287億元，較2024年同月下跌3.1%。2025年首四個月合計，零售業總銷貨價值較2024年同期下跌5.2%。超級市場貨品的銷貨價值較一年前上升1.4%。"
        let sales = try readFact(text, 28_700_000_000, date: "2025-05-30")
        #expect(sales.unit == "HKD" && sales.holder == "香港" && sales.measure == "零售业总销货价值")
        #expect(try readFact(text, 3.1, date: "2025-05-30").basis == "较2024年同月")  // (a compared period, as written)
        let months = try readFact(text, 5.2, date: "2025-05-30")
        #expect(months.period == Period(start: "2025-01-01", end: "2025-04-30") && months.basis == "较2024年同期")
        let supermarkets = try readFact(text, 1.4, date: "2025-05-30")
        #expect(supermarkets.measure == "超级市场货品销货价值" && supermarkets.basis == "同比")
        // A page that says it counts in yuan does, though it speaks of Macau (本澳).
        let yuan = try readFact("橫琴合作區上半年經濟\n合作區實現地區生產總值86.2億元（人民幣，下同），本澳居民在合作區就業人數增加。", 8_620_000_000, date: "2025-08-01")
        #expect(yuan.unit == "CNY")
    }

    @Test func theSpecialRegionsGovernmentIsTheRegion() throws {
        let text = "澳門第二季經濟報告\n統計暨普查局今日公布，本澳第二季本地生產總值按年實質上升4.1%。特區政府將全年經濟增長預測維持在3%至4%。"
        let forecast = try readFact(text, 3, date: "2025-08-20")
        #expect(forecast.holder == "澳门" && forecast.holderWritten == "特区政府" && forecast.kind == .forecast)
    }

    @Test func aRelatedLinksBulletedItemsAreSentencesOfTheirOwn() throws {
        let text = "相关链接：\n· 1-4月某市规上工业增加值增长5.2%\n· 某港一季度货物吞吐量完成3200万吨"
        let growth = try readFact(text, 5.2, date: "2025-05-20")
        #expect(growth.holder == "某市" && growth.measure == "规上工业增加值")
        #expect(try readFact(text, 32_000_000, date: "2025-05-20").measure == "货物吞吐量")
    }

    @Test func whoTheReporterHeardItFromIsNoPartOfTheName() throws {
        let text = "1月6日，记者从岳阳城陵矶经济技术开发区获悉，2024年，园区规上工业企业实现营业收入612.3亿元。"
        let income = try readFact(text, 61_230_000_000, date: "2025-01-07")
        #expect(income.holder == "岳阳城陵矶经济技术开发区" && income.holderWritten == "园区")
    }

    @Test func aFramesPrepositionAndAPartsWordAreNoNamesNorFigures() throws {
        let text = "某市储能产业集群发展报告\n2024年，某市储能产业集群实现营业收入420亿元。从产业链环节看，集群拥有电芯环节企业7家，一批配套企业由单一零件供应向模块化转变。"
        let cells = try readFact(text, 7, date: "2025-02-01")
        #expect(cells.holder == "某市储能产业集群" && cells.measure == "电芯环节企业数")
        #expect(!readFacts(text, date: "2025-02-01").contains { $0.unit == "件" })  // (零件 is a word)
    }

    @Test func aPortNamedAfterItsPlaceHoldsItsThroughput() throws {
        let port = try readFact("一季度，连云港市港口货物吞吐量3.1亿吨。一季度，日照港货物吞吐量1.6亿吨。", 160_000_000, date: "2025-04-20")
        #expect(port.holder == "日照港" && port.measure == "货物吞吐量")
        // (港澳台资企业 is a group, no port.)
        // A port named in full holds what follows its name.
        let lines = try readFact("航线方面，洋山港新开外贸集装箱航线6条。", 6, date: "2025-10-15")
        #expect(lines.holder == "洋山港" && lines.measure == "新开外贸集装箱航线数")
        let firms = try readFact("全市港澳台资企业215家。", 215, date: "2025-04-20")
        #expect(firms.holder == "全市" && firms.measure == "港澳台资企业数")
    }
}

/// Measures as written by firms, statisticians and railways: a line of business, an adverb after GDP, goods sent.
@Suite struct MeasureWordsTests {
    @Test func aLineOfBusinessIsMeasuredInItsGoods() throws {
        let text = "分业务看，公司精密齿轮业务实现营业收入8.6亿元。公司海外业务收入3.2亿元，主营业务收入12.4亿元。"
        #expect(try readFact(text, 860_000_000, date: "2025-04-20").measure == "精密齿轮营业收入")
        #expect(try readFact(text, 320_000_000, date: "2025-04-20").measure == "海外业务收入")
        #expect(try readFact(text, 1_240_000_000, date: "2025-04-20").measure == "主营业务收入")
    }

    @Test func aProductWrittenAfter公司IsMeasuredOfTheFirmNamedBefore() throws {
        let text = "某某精工股份有限公司发布2024年年报。据介绍，公司风电主轴轴承全年销量突破3.6万套。"
        let sales = try readFact(text, 36_000, date: "2025-03-30")
        #expect(sales.holder == "某某精工股份有限公司" && sales.holderWritten == "公司" && sales.measure == "风电主轴轴承销量")
    }

    @Test func anAdverbAfterTheMeasureAndAVerbOfCarryingBeforeIt() throws {
        #expect(try readFact("某市GDP实际增长5.9%。", 5.9, date: "2025-02-01").measure == "GDP")
        let goods = try readFact("一季度，全省铁路发送货物1860万吨。", 18_600_000, date: "2025-04-10")
        #expect(goods.holder == "全省" && goods.measure == "铁路发送货物量")
    }

    @Test func aTaiwanPageWrites我国ForTaiwan() throws {
        let text = "台灣5月出口年增\n財政部今日公布，我國5月出口值達412.3億美元，較上年同月增加18.2%。"
        let exports = try readFact(text, 41_230_000_000, date: "2025-06-09")
        #expect(exports.holder == "台湾" && exports.holderWritten == "我国" && exports.measure == "出口值" && exports.unit == "USD")
        // Elsewhere 我国 is written as it is, and never part of the measure.
        let china = try readFact("我国新能源汽车产量1288.8万辆。", 12_888_000, date: "2025-01-20")
        #expect(china.holder == "我国" && china.measure == "新能源汽车产量")
    }
}

/// Zones written by their kind, a short name or their full name; residents' groups; a paper's byline with its city.
@Suite struct ZonesResidentsAndBylinesTests {
    @Test func aZonesKindStandsForItAfterAHubOfAnotherKindIsNamed() throws {
        let zone = "青岭经济开发区今年上半年运行简况\n\n今年以来，青岭经济开发区坚持创新引领，加快建设内陆多式联运枢纽，经济稳中向好。\n\n上半年，开发区工业总产值356.2亿元。"
        let output = try readFact(zone, 35_620_000_000, date: "2025-07-16")
        #expect(output.holder == "青岭经济开发区" && output.holderWritten == "开发区")
    }

    @Test func 高技术产业开发区IsA高新区() throws {
        let text = "青岭火炬高技术产业开发区一季度工业稳步增长\n\n一季度，高新区规上工业产值215.8亿元。"
        let output = try readFact(text, 21_580_000_000, date: "2025-04-18")
        #expect(output.holder == "青岭火炬高技术产业开发区" && output.holderWritten == "高新区")
    }

    @Test func aShortNameAfterTheZoneNamedInFullStandsForItUnlessDeclared() throws {
        let text = "西川白沙经开区签约项目12个\n\n6月3日，西川白沙经济技术开发区举行项目签约活动。今年以来，白沙经开区累计签约项目47个。"
        let signed = try readFact(text, 47, date: "2025-06-04")
        #expect(signed.holder == "西川白沙经济技术开发区" && signed.holderWritten == "白沙经开区")
        // A short name the text declares is kept as written.
        let declared = "7月2日，西川白沙高技术产业开发区（下称“白沙高新区”）举行项目开工活动。今年以来，白沙高新区累计开工项目33个。"
        #expect(try readFact(declared, 33, date: "2025-07-03").holder == "白沙高新区")
    }

    @Test func 项目AloneNamesNoProjectTheTextDidNotName() throws {
        let text = "某某市重大项目集中签约\n\n3月8日，全市共签约项目42个。项目涵盖装备制造、电子信息等领域，其中装备制造类项目27个。"
        #expect(try readFact(text, 27, date: "2025-03-09").holder != "项目")
    }

    @Test func residentsGroupsListedAreMeasuresNotHolders() throws {
        let text = "某某县2025年政府工作报告\n\n去年，全县城乡居民、农村居民人均可支配收入同比分别增长4.6%和6.9%；地方一般公共预算收入21.3亿元。"
        let town = try readFact(text, 4.6, date: "2025-01-12")
        #expect(town.measure == "城乡居民人均可支配收入" && town.holder == "某某县")
        let country = try readFact(text, 6.9, date: "2025-01-12")
        #expect(country.measure == "农村居民人均可支配收入" && country.holder == "某某县")
        let revenue = try readFact(text, 2_130_000_000, date: "2025-01-12")
        #expect(revenue.measure == "地方一般公共预算收入" && revenue.holder == "某某县")
        // A group written with 常住 is the measure's too.
        #expect(try readFact("全市城镇常住居民人均可支配收入52316元。", 52_316, date: "2025-02-01").measure == "城镇常住居民人均可支配收入")
    }

    @Test func aZoneNamedWithItsPlaceBelowItsFullNameIsTheDocumentsZone() throws {
        let text = "青岭高新技术产业开发区前三季度经济运行情况通报\n青岭高新区管委会经发局　2025年10月20日\n\n前三季度，高新区工业总产值402.6亿元。"
            + "园区内光电产业实现产值118.4亿元。到9月末，园区规上工业企业达172家。"
        #expect(try readFact(text, 40_260_000_000, date: "2025-10-21").holder == "青岭高新技术产业开发区")
        #expect(try readFact(text, 172, date: "2025-10-21").holder == "青岭高新技术产业开发区")
        // (内 after a place says where, no part of the industry; 内资 keeps it.)
        #expect(try readFact("全市内资企业312家。", 312, date: "2025-10-21").measure == "内资企业数")
        #expect(try readFact(text, 11_840_000_000, date: "2025-10-21").holder == "光电产业")
    }

    @Test func aZoneNamedAfterItsPlaceInAListHoldsItsCount() throws {
        let text = "某省创新型中小企业名单9月3日公示，全省416家企业入选。其中，青岭市入选88家，天津经济技术开发区入选41家。"
        let zone = try readFact(text, 41, date: "2025-09-04")
        #expect(zone.holder == "天津经济技术开发区" && zone.measure == "入选企业数")
    }

    @Test func aShortNameWithItsPlaceBelowTheFullNameStandsForIt() throws {
        let text = "青岭经济技术开发区：某某新材料项目竣工投产\n\n近年来，青岭开发区依托资源优势，加快延链补链。1-8月，开发区规上工业增加值增长9.6%。"
        #expect(try readFact(text, 9.6, date: "2025-09-10").holder == "青岭经济技术开发区")
        // A zone the title says is being built is no zone named.
        let interview = "锚定目标　打造一流开发区\n——访衡水经济技术开发区管委会主任王某\n\n2024年，开发区工业总产值582.4亿元。"
        #expect(try readFact(interview, 58_240_000_000, date: "2025-03-01").holder == "衡水经济技术开发区")
    }

    @Test func 保税区StandsForTheBondedZoneNamed() throws {
        let text = "某港综合保税区上半年进出口平稳增长\n\n上半年，保税区进出口总额312.4亿元。"
        #expect(try readFact(text, 31_240_000_000, date: "2025-07-12").holder == "某港综合保税区")
    }

    @Test func aRowOfAPlaceNoGazetteerKnowsIsARow() throws {
        let text = "2025年上半年各省辖市规上工业增加值增长（%）\n青岭市　7.9\n白沙示范区　5.2\n西川区　-1.4"
        let zone = try readFact(text, 5.2, date: "2025-07-20")
        #expect(zone.holder == "白沙示范区" && zone.measure == "规上工业增加值" && zone.kind == .change)
        #expect(try readFact(text, 1.4, date: "2025-07-20").direction == "down")
        #expect(try readFact(text, 7.9, date: "2025-07-20").measure == "规上工业增加值")
    }

    @Test func rowsWithTheirUnitAndPlacesNamedWithANumeral() throws {
        let text = "某市52家企业获评省级创新型中小企业\n\n7月10日，某省公布创新型中小企业认定结果，全市52家企业入选。\n\n分区县看：\n东坡区　17家\n仁寿县　11家"
        let row = try readFact(text, 17, date: "2025-07-12")
        #expect(row.holder == "东坡区" && row.measure == "入选企业数")
        // 五台县 is a county, no five 台.
        let county = "分县市区规上工业增加值增速（%）\n顺城区　6.1\n五台县　9.4"
        let grown = try readFact(county, 9.4, date: "2025-06-20")
        #expect(grown.holder == "五台县" && grown.measure == "规上工业增加值")
        #expect(!readFacts(county, date: "2025-06-20").contains { $0.unit == "台" })
    }

    @Test func aCountingRowAfterAnAmountTakesNoMeasureOfIt() throws {
        let text = "某市工业运行\n\n1-8月，园区光电产业实现产值86.1亿元。\n分区县看：\n东坡区　17家\n五台县　9家"
        #expect(try readFact(text, 9, date: "2025-09-10").measure == nil)
    }

    @Test func aPlaceWhoseNameOpensWithAFillersCharacterKeepsIt() throws {
        let text = "表4　分旗区工业增加值增长（%）\n城关区　6.4\n达孜区　8.1"
        #expect(try readFact(text, 8.1, date: "2025-08-20").holder == "达孜区")
    }

    @Test func theProjectAProjectIsSaidToBeHoldsItsAccounts() throws {
        let text = "4月2日，某市二季度项目开工仪式在东区举行。主会场项目为青岭高端轴承项目，项目总投资23亿元，由某某精工有限公司建设。"
        #expect(try readFact(text, 2_300_000_000, date: "2025-04-03").holder == "青岭高端轴承项目")
    }

    @Test func aDeclaredShortNameAloneBeforeAMeasureHoldsIt() throws {
        let text = "8月20日，青岭精机装备股份有限公司（下称“青岭精机”，股票代码：688999）发布半年报。\n\n青岭精机在手订单金额达12.6亿元。"
        let orders = try readFact(text, 1_260_000_000, date: "2025-08-21")
        #expect(orders.holder == "青岭精机装备股份有限公司" && orders.measure == "在手订单金额")
    }

    @Test func aProjectNamedAfterItsProvinceHoldsItsAccounts() throws {
        let text = "某县2025年第二批项目开工\n\n其中，湖北青岭智能农机装备项目总投资9.4亿元，建筑面积约5.2万平方米。"
        let invested = try readFact(text, 940_000_000, date: "2025-06-10")
        #expect(invested.holder == "湖北青岭智能农机装备项目" && invested.measure == "总投资")
        #expect(try readFact(text, 52_000, date: "2025-06-10").holder == "湖北青岭智能农机装备项目")
    }

    @Test func aParkInAProjectsNameIsNoPark() throws {
        let text = "青岭科技城2025年重大项目集中开工\n\n其中，智能传感产业园项目总投资16.2亿元。目前园区已有注册企业8600家。"
        #expect(try readFact(text, 8600, date: "2025-11-05").holder == "青岭科技城")
    }

    @Test func classesOfIndustriesAndProjectsArePartOfTheMeasure() throws {
        let text = "某市2024年产业链发展报告\n\n2024年，全市重点产业链实现产值1265.3亿元。一季度，全市坚持“招商第一”，累计签约项目83个。"
            + "一季度，全市新开工项目总投资64.2亿元。"
        let chains = try readFact(text, 126_530_000_000, date: "2025-03-20")
        #expect(chains.holder == "全市" && chains.measure == "重点产业链产值")
        #expect(try readFact(text, 83, date: "2025-03-20").holder == "全市")
        #expect(try readFact(text, 6_420_000_000, date: "2025-03-20").measure == "新开工项目总投资")
        let signed = "某区重大项目集中签约\n\n4月18日，某区招商引资签约仪式举行，当天签约项目12个，签约项目总投资96.2亿元。"
        let invested = try readFact(signed, 9_620_000_000, date: "2025-04-19")
        #expect(invested.measure == "签约项目总投资" && invested.holder == "某区")
    }

    @Test func districtsListedBeforeAnInvestmentHoldIt() throws {
        let text = "分区域看，青秀区、兴宁区工业项目分别完成投资36.2亿元和21.8亿元。"
        let first = try readFact(text, 3_620_000_000, date: "2025-08-08")
        #expect(first.holder == "青秀区" && first.measure == "工业项目投资")
    }

    @Test func aRankingNamedWithItsCountInDigitsIsAList() throws {
        let text = "某省民营企业榜单发布\n\n10月9日，某省工商联发布“2025某省民营企业100强”榜单。青岭市上榜17家。"
            + "其中，某某钢铁集团有限公司继续排在首位；保定精工机械有限公司首次上榜，位列第58位。"
        let listed = try readFact(text, 17, date: "2025-10-10")
        #expect(listed.period?.start == "2025-10-09" && listed.period?.end == "2025-10-09")
        // A firm named in a clause of its own holds the rank after it, not the one named before.
        #expect(try readFact(text, 58, date: "2025-10-10").holder == "保定精工机械有限公司")
    }

    @Test func aQuarterSetApartHoldsThroughItsSemicolonWhenItLeads() throws {
        let text = "某某电子股份有限公司三季报\n\n10月27日晚间，某某电子股份有限公司披露三季报。公司前三季度实现营业收入12.4亿元。"
            + "其中，第三季度单季公司营业收入4.6亿元；净利润0.52亿元。公司研发投入8.3亿元。"
        let quarter = try readFact(text, 52_000_000, date: "2025-10-28")
        #expect(quarter.period?.start == "2025-07-01" && quarter.period?.end == "2025-09-30")
        // Not past the full stop.
        #expect(try readFact(text, 830_000_000, date: "2025-10-28").period?.start == "2025-01-01")
        // Named after the whole's figures, the part is that clause's alone.
        let annual = "某某机电股份有限公司年报\n\n3月26日晚，某某机电股份有限公司公布了2024年年报。全年，公司实现营业收入52.1亿元，其中第四季度单季营业收入15.3亿元；净利润4.4亿元。"
        #expect(try readFact(annual, 440_000_000, date: "2025-03-27").period?.start == "2024-01-01")
    }

    @Test func 超OfAWordIsNoQualifier() throws {
        let share = try readFact("某某光电超薄玻璃全球市场占有率约为9%。", 9, date: "2025-05-20")
        #expect(share.measure == "超薄玻璃全球市场占有率" && share.qualifier == .approx)
    }

    @Test func anAccountsYearOnAListHoldsForItsClauseOnly() throws {
        let text = "某省制造业企业榜单发布\n\n9月10日，某省工商联公布“2025某省装备企业100强”榜单。某某机械集团有限公司以2024年销售收入836亿元位居榜单第一；"
            + "西川精密股份有限公司位列第9位。从地区分布看，青岭市上榜27家。"
        let revenue = try readFact(text, 83_600_000_000, date: "2025-09-11")
        #expect(revenue.holder == "某某机械集团有限公司" && revenue.period?.start == "2024-01-01")
        let first = try #require(readFacts(text, date: "2025-09-11").first { $0.kind == .rank && $0.value == 1 })
        #expect(first.basis == nil && first.period?.start == "2025-01-01")
        #expect(try readFact(text, 9, date: "2025-09-11").period?.start == "2025-01-01")
        #expect(try readFact(text, 27, date: "2025-09-11").period?.start == "2025-09-10")
    }

    @Test func aDayWithoutItsYearIsTheLastBeforeTheDocument() throws {
        let text = "某市一批企业上榜2024年度省级创新型中小企业\n\n1月12日，某省工信厅公布了2024年度名单，全市43家企业入选。"
        let listed = try readFact(text, 43, date: "2025-01-14")
        #expect(listed.period?.start == "2025-01-12" && listed.period?.end == "2025-01-12")
    }

    @Test func aCountyOfOneCharacterAfterADate() throws {
        let text = "2025年滑县人民政府工作报告\n\n过去一年，全县生产总值达到392.7亿元。"
        #expect(try readFact(text, 39_270_000_000, date: "2025-01-09").holder == "滑县")
    }

    @Test func aPapersBylineWithItsCityLeadsTheDay() throws {
        let text = "本报青州讯（记者 林某）4月9日，青州市举行2025年春季重点项目开工仪式，开工项目26个，总投资88.6亿元。"
        let started = try readFact(text, 26, date: "2025-04-10")
        #expect(started.period?.start == "2025-04-09" && started.period?.end == "2025-04-09")
    }
}

/// Interviews, speeches and meetings: who speaks, what must be done, and a place's own promotion meeting.
@Suite struct SpeechesAndMeetingsTests {
    @Test func aSpeakersWordsBeforeAColonHoldNothingButAFirmsNewsDoes() throws {
        let text = "谈到产业发展，王立新胸有成竹：今年德清县共有市级重点项目57个。华屹新材发布年报：全年净利润增长12.4%。"
        let projects = try readFact(text, 57, date: "2025-04-03")
        #expect(projects.holder == "德清县" && projects.measure == "市级重点项目数")
        #expect(try readFact(text, 12.4, date: "2025-04-03").holder == "华屹新材")
    }

    @Test func aShortNameWithItsPlaceStandsForTheZoneATitlesLineNamesInFull() throws {
        let interview = "访谈｜创新驱动　动能澎湃\n——访潍坊高新技术产业开发区主任刘某\n\n问：上半年园区经济运行怎样？\n答：今年上半年，潍坊高新区工业增加值增长9.3%。"
        #expect(try readFact(interview, 9.3, date: "2025-07-20").holder == "潍坊高新技术产业开发区")
        // (Named in full in a sentence, the short name after it stands for it too: one zone, one holder.)
        let news = "4月2日，潍坊高新技术产业开发区举行签约活动，签约项目12个。今年以来，潍坊高新区累计签约项目47个。"
        #expect(try readFact(news, 47, date: "2025-04-03").holder == "潍坊高新技术产业开发区")
    }

    @Test func whatMustBeDoneIsNoPartOfTheHolder() throws {
        let text = "绍兴召开全市制造业高质量发展推进会\n会议强调，全市要确保全年规上工业产值增长6.4%以上，要力争新增规上工业企业150家。"
        let growth = try readFact(text, 6.4, date: "2025-11-08")
        #expect(growth.holder == "绍兴市" && growth.measure == "规上工业产值" && growth.kind == .target)
        let firms = try readFact(text, 150, date: "2025-11-08")
        #expect(firms.holder == "绍兴市" && firms.measure == "新增规上工业企业数" && firms.kind == .target)
        // (A modal's character ending a word stays: 供应, 外需.)
        let words = "1-6月，全市天然气供应累计增长8.2%，外需同比回落3.1%。"
        #expect(try readFact(words, 8.2, date: "2025-07-15").measure == "天然气供应")
        #expect(try readFact(words, 3.1, date: "2025-07-15").measure == "外需")
    }

    @Test func aVerbBeforeAPeriodNamesNoFirm() throws {
        let text = "在滨州高新技术产业开发区年中工作会上的讲话\n\n下半年，高新区要增强发展定力，紧盯全年任务不松劲，确保全年工业总产值突破900亿元。"
        #expect(try readFact(text, 900e8, date: "2025-07-08").holder == "滨州高新技术产业开发区")
        // (A firm whose name opens with a character that also starts verbs, 正, is still named.)
        let news = "正恒电器4月16日晚间发布2024年年度报告，全年实现营业收入52.1亿元。"
        #expect(try readFact(news, 52.1e8, date: "2025-04-17").holder == "正恒电器")
    }

    @Test func whatIsSignedAtAPlacesPromotionMeetingIsThePlaces() throws {
        let text = "11月6日，如皋市在上海举办高端装备产业招商推介会。本次推介会共签约项目19个，协议利用外资1.6亿美元。"
        // (A fair's generic word still stands for the fair after a place's meeting held during it.)
        let fair = "第三届某某储能博览会在某市开幕。某县在博览会期间举办招商推介会。本届博览会共签约项目120个。"
        #expect(try readFact(fair, 120, date: "2025-11-08").holder == "第三届某某储能博览会")
        let signed = try readFact(text, 19, date: "2025-11-08")
        #expect(signed.holder == "如皋市" && signed.measure == "签约项目数" && signed.period == Period(start: "2025-11-06", end: "2025-11-06"))
        let foreign = try readFact(text, 1.6e8, date: "2025-11-08")
        #expect(foreign.holder == "如皋市" && foreign.measure == "协议利用外资")
    }

    @Test func aProposalsPlaceIsTheOneAfterItsPeriod() throws {
        let text = "宁夏回族自治区2026年政府工作报告\n\n三、2026年目标\n建议今年全区经济工作的预期目标为：工业投资增长9%，地区生产总值增长5%左右。"
        let goal = try readFact(text, 9, date: "2026-01-20")
        #expect(goal.holder == "宁夏回族自治区" && goal.measure == "工业投资" && goal.kind == .target)
    }

    @Test func aWholeYearEarlyInAYearIsTheYearBeforeThroughItsSemicolon() throws {
        let text = "记者：2025年某区招商有何收获？\n区长：全年落地项目118个，实际到位资金206.4亿元；其中引进研发中心项目7个。"
        #expect(try readFact(text, 7, date: "2026-01-15").period == .year(2025))
    }

    @Test func aGrowthOfResidentsListedIsOfTheListsMeasure() throws {
        let text = "过去一年，全县生产总值增长6.1%，城镇和农村居民的人均可支配收入分别为47210元和21880元，分别增长4.3%和6.6%。"
        let rural = try readFact(text, 6.6, date: "2026-01-15")
        #expect(rural.measure == "农村居民人均可支配收入" && rural.kind == .change)
    }

    @Test func aForecastOfTheWholeYearLateInItIsOfTheDocumentsYear() throws {
        let text = "2024年，某川精工数控机床销量位居全省第三。\n展望全年，董事长信心十足：“预计公司全年营业收入将超过21亿元。”"
        let forecast = try readFact(text, 21e8, date: "2025-10-28")
        #expect(forecast.kind == .forecast && forecast.period == .year(2025))
    }
}

/// Firms, zones and tables of a district's areas, as reporters and bureaus write them.
@Suite struct FirmsZonesAndAreasTests {
    @Test func indentedRowsBelowTheirUnitsAreRowsToo() throws {
        // Given a bureau's page whose rows are indented like its paragraphs, When each row's figures are read, Then each is
        // its own row's, not joined to the row above.
        let text = "某市重点项目进展\n　　三、各区县完成投资及增幅（单位：亿元，%）\n　　红旗区：47.3，增长8.6\n　　牧野区：39.8，增长11.4\n　　四、下步打算"
        let row = try readFact(text, 39.8e8, date: "2025-07-20")
        #expect(row.holder == "牧野区" && row.measure == "投资")  // (the heading's verb and divisions aside)
        let split = "某市投资通报\n三、分区县投资及增长（单位：亿元，%）\n卫滨区：22.5，增长6.1"
        #expect(try readFact(split, 22.5e8, date: "2025-07-20").measure == "投资")
        let growth = try readFact(text, 11.4, date: "2025-07-20")
        #expect(growth.holder == "牧野区" && growth.kind == .change)
    }

    @Test func aClassOfProjectsIsPartOfThePlacesMeasure() throws {
        // Given a city's projects by class, When each class's investment is read, Then the class is part of the measure and
        // the city holds it.
        let text = "1-6月，全市产业升级类项目完成投资216.4亿元；公共服务类项目完成投资97.1亿元，其中制造业项目完成投资64.2亿元。"
        let upgrade = try readFact(text, 216.4e8, date: "2025-07-20")
        #expect(upgrade.holder == "全市" && upgrade.measure == "产业升级类项目投资")
        #expect(try readFact(text, 97.1e8, date: "2025-07-20").measure == "公共服务类项目投资")
        #expect(try readFact(text, 64.2e8, date: "2025-07-20").measure == "制造业项目投资")
    }

    @Test func whomTheReporterHeardFromIsTheFirmWithout从() throws {
        let text = "记者从华辰精机有限公司（下称“华辰精机”）获悉，2025年，华辰精机实现营业收入52.7亿元。"
        #expect(try readFact(text, 52.7e8, date: "2026-01-10").holder == "华辰精机有限公司")
    }

    @Test func anAreasRowBelowItsUnitsHoldsTheHeadingsMeasure() throws {
        let text = "三、各重点地区工业产值\n（单位：亿元，%）\n杨镇地区：103.4，增长6.2\n李桥地区：88.5，下降1.4"
        let row = try readFact(text, 103.4e8, date: "2025-11-05")
        #expect(row.holder == "杨镇地区" && row.measure == "工业产值")
        let fall = try readFact(text, 1.4, date: "2025-11-05")
        #expect(fall.holder == "李桥地区" && fall.measure == "工业产值" && fall.direction == "down")
    }

    @Test func aZoneNamedAfterAProvinceLevelCityIsTheZone() throws {
        let text = "北京经济技术开发区前三季度运行情况\n前三季度，北京经开区实现工业总产值3120.6亿元。"
        let output = try readFact(text, 3120.6e8, date: "2025-10-28")
        #expect(output.holder == "北京经济技术开发区" && output.measure == "工业总产值")
    }

    @Test func theProjectTheMainVenuesIsSaidToBeHoldsItsAccountsAfterItsBuilder() throws {
        let text = "7月9日，某市重大项目集中开工活动举行。主会场项目为某某储能电池一体化项目，由某某新能源有限公司投资兴建。项目总投资58亿元。"
        #expect(try readFact(text, 58e8, date: "2025-07-10").holder == "某某储能电池一体化项目")
    }

    @Test func aLinesBusinessIncomeIsTheFirmsMeasuredInIt() throws {
        let text = "某某电驱股份有限公司发布年报。分业务看，公司电机装备业务实现营业收入9.2亿元；光伏装备业务收入3.18亿元，同比增长6.7%。"
        let line = try readFact(text, 3.18e8, date: "2025-04-10")
        #expect(line.holder == "某某电驱股份有限公司" && line.measure == "光伏装备业务收入")
    }

    @Test func aTitleOpeningWithACountysShortNameAndAColonIsAboutIt() throws {
        let text = "德清：一台机器人的“进阶”之路\n本报记者　李某\n\n一季度全县工业增加值增长13.6%。"
        #expect(try readFact(text, 13.6, date: "2025-05-20").holder == "德清县")
        // (A province's short name is no county's: 河北： is Hebei, not a district named 河北区.)
        #expect(try readFact("河北：前三季度规上工业产值增长6.8%\n全省新增企业120家。", 120, date: "2025-10-20").holder == "河北省")
    }

    @Test func 以AfterARegisteredFirmIsNoPartOfTheMeasure() throws {
        let text = "从榜单排名看，苏州某某钢铁集团有限公司以2023年营业收入2316亿元位居榜单第一；某某化工集团有限公司位列第5位。"
        #expect(try readFact(text, 2316e8, date: "2024-11-05").measure == "营业收入")
    }

    @Test func aNewAreaWithoutItsPlaceStandsForTheOneTheTitleNames() throws {
        let text = "深耕产业　蓄势赋能\n——访邯郸冀南新区主任王某\n\n问：今年新区发展如何？\n答：前三季度，冀南新区规上工业增加值增长8.1%。"
        #expect(try readFact(text, 8.1, date: "2024-10-20").holder == "邯郸冀南新区")
    }

    @Test func aRankRightAfterAGrowthIsOfTheGrownMeasure() throws {
        let text = "今年前9个月，全县工业增加值比上年同期增长6.7%，排全市第3位。"
        let rank = try readFact(text, 3, date: "2024-10-20")
        #expect(rank.kind == .rank && rank.measure == "工业增加值")
    }

    @Test func aPlacesIndustryAfterTheGoalsDeadlineHoldsIt() throws {
        let text = "芜湖经济技术开发区上半年简报\n\n下半年，经开区力争到2028年新材料产业产值突破600亿元。"
        let goal = try readFact(text, 600e8, date: "2024-07-20")
        #expect(goal.holder == "新材料产业" && goal.measure == "产值" && goal.kind == .target)
    }

    @Test func 今年以来NamesTheDocumentsYearForTheMonthsAfterIt() throws {
        let text = "从排名看，某某重型机械集团有限公司以2023年营业收入288.1亿元位列榜单第11位。\n今年以来，某市民营经济稳中有进。1-7月，全市规上民营工业增加值增长7.7%。"
        #expect(try readFact(text, 7.7, date: "2024-10-20").period == Period(start: "2024-01-01", end: "2024-07-31"))
    }

    @Test func anAutonomousPrefecturesShortNameAnd全州() throws {
        let text = "恩施州一批企业获评省级专精特新企业\n恩施日报讯　7月3日，省经信厅公布今年第三批专精特新企业名单，恩施州有23家企业入选。截至目前，全州已有省级专精特新企业141家。"
        let chosen = try readFact(text, 23, date: "2025-09-10")
        #expect(chosen.holder == "恩施州" && chosen.measure == "入选企业数")
        let total = try readFact(text, 141, date: "2025-09-10")
        #expect(total.holder == "恩施州" && total.holderWritten == "全州")
    }

    @Test func aTablesRowsOfParksAreItemsNotTheParkSpokenOf() throws {
        let text = "某某经济技术开发区1-8月运行通报\n1-8月，开发区规上工业增加值增长7.1%。各园区指标如下：\n一、各园区工业增加值增速（%）\n北山工业园　8.2\n西岭工业园　-0.9\n\n截至8月末，园区规上工业企业达到188家。"
        let row = try readFact(text, 0.9, date: "2025-09-10")
        #expect(row.holder == "西岭工业园" && row.measure == "工业增加值" && row.direction == "down")
        #expect(try readFact(text, 188, date: "2025-09-10").holder == "某某经济技术开发区")
        // (A park named in prose after the table is the one 园区 stands for.)
        let prose = "某某经济技术开发区1-8月运行通报\n一、各园区工业增加值增速（%）\n北山工业园　8.2\n西岭工业园　-0.9\n\n东川智造产业园上半年实现产值32.6亿元。园区新增企业12家。"
        #expect(try readFact(prose, 12, date: "2025-09-10").holder == "东川智造产业园")
    }

    @Test func aFairsTimeIsWhenNotTheEventNamed() throws {
        let text = "第三届某某国际储能博览会在某市开幕。某市在博览会期间同步举办储能产业对接会和招商推介会。本次推介会签约项目9个，总投资41.2亿元。"
        #expect(try readFact(text, 9, date: "2025-09-10").holder == "某市")
    }

    @Test func aRowsLabelIsWhatGrewWhenOnlyItsGrowthIsWritten() throws {
        let text = "表　1-9月某县经济指标\n（单位：亿元，％）\n规上工业总产值：1210.4，增长7.9\n技改投资：增长11.6"
        let row = try readFact(text, 11.6, date: "2025-10-20")
        #expect(row.measure == "技改投资" && row.kind == .change)
    }
}

/// Clusters, chains and the firms that lead them: who holds a chain's figures, what a cluster's clause names.
@Suite struct ClustersAndChainsTests {
    @Test func whatALeadingFirmDrivesHoldsItsOwnFigure() throws {
        let text = "链主企业恒泰新材料有限公司上半年实现产值41.2亿元，带动园区储能产业本地配套率提升至47%。"
        let driven = try readFact(text, 47, date: "2025-07-20")
        #expect(driven.holder == "储能产业" && driven.measure == "本地配套率")
        #expect(try readFact(text, 4_120_000_000, date: "2025-07-20").holder == "恒泰新材料有限公司")
    }

    @Test func aTimeAClauseReachesDatesNoFigureAfterIt() throws {
        let text = "公司董事长介绍，目前生产线订单已排产至明年2月，在手订单金额超过18亿元。"
        let orders = try readFact(text, 1_800_000_000, date: "2025-08-12")
        #expect(orders.kind == .level && orders.period == Period(asOf: "2025-08-12"))
        // 到2027年 opening a clause still dates a goal.
        #expect(try readFact("全区提出，到2027年，纺织产业年营业收入力争达到650亿元。", 65_000_000_000, date: "2025-08-12").period == .year(2027))
    }

    @Test func aHeadingsBracketOfDollarsDeclaresItsRows() throws {
        let text = "四、实际利用外资（万美元）\n东城经济开发区　5320\n西城经济开发区　870\n"
        let row = try readFact(text, 53_200_000, date: "2025-07-25")
        #expect(row.unit == "USD" && row.holder == "东城经济开发区" && row.measure == "实际利用外资")
    }

    @Test func aFirmsProjectNamedInFullHoldsItsInvestment() throws {
        let text = "其中，华拓光电科技（湖南）有限公司背光模组项目总投资8.6亿元。"
        let project = try readFact(text, 860_000_000, date: "2025-05-16")
        #expect(project.holder == "华拓光电科技湖南有限公司背光模组项目" && project.measure == "总投资")
        #expect(try readFact("华拓光电科技有限公司营业收入12亿元。", 1_200_000_000, date: "2025-05-16").holder == "华拓光电科技有限公司")
    }

    @Test func aClusterOpeningAClauseHoldsTheFiguresAfterIt() throws {
        let text = "2024年，某州陶瓷产业集群实现产值312亿元。目前，集群已形成从原料到成品的完整链条，拥有陶瓷企业430多家。"
        #expect(try readFact(text, 430, date: "2025-03-01").holder == "某州陶瓷产业集群")
        // (A cluster written after a generic place word in a clause of no figure is named as written, without it: the
        // cluster 集群 stands for after it, as a title named it with its place.)
        let review = "柳州市工程机械产业集群发展报告\n2024年，全市工程机械产业集群发展势头良好。全年集群实现产值742亿元。"
        let output = try readFact(review, 742e8, date: "2025-03-01")
        #expect(output.holder == "工程机械产业集群" && output.holderWritten == "集群")
    }

    @Test func theMeetingNamedBeforeHoldsWhatIsSignedAtIt() throws {
        let text = "9月3日，第二届中国（柳州）新能源汽车产业大会暨配套招商会在柳东新区举行。本届大会共签约项目31个，签约总额214亿元。"
        let signed = try readFact(text, 31, date: "2025-09-04")
        #expect(signed.holder == "第二届中国柳州新能源汽车产业大会暨配套招商会" && signed.measure == "签约项目数")
    }

    @Test func clustersOfATierAreCountedNotNamed() throws {
        let text = "截至9月底，全省千亿级产业集群达到5个，百亿级产业集群达到31个。"
        let tier = try readFact(text, 31, date: "2025-10-20")
        #expect(tier.holder == "全省" && tier.measure == "百亿级产业集群数")
    }

    @Test func gapsAndTargetFirmsListedAreActualsOfWhatWasCounted() throws {
        let text = "目前，全县已绘制农产品加工产业链图谱，梳理出缺失环节17个，列出招商目标企业86家，仍有弱链环节9个。"
        let listed = try readFact(text, 86, date: "2025-05-08")
        #expect(listed.kind == .level && listed.measure == "招商目标企业数")
        #expect(try readFact(text, 17, date: "2025-05-08").measure == "缺失环节数")
        #expect(try readFact(text, 9, date: "2025-05-08").measure == "弱链环节数")
        // What is done around a chain's map is no part of what is counted.
        #expect(try readFact("1-4月，全县围绕农产品加工产业链图谱招引项目12个。", 12, date: "2025-05-08").measure == "招引项目数")
    }

    @Test func theYearAChangeStartsFromDatesNothingAfterIt() throws {
        let text = "2025年1-6月经济运行情况\n链主企业本地配套率由2024年的39.5%提高至44.1%。上半年，全区签约补链项目21个。"
        #expect(try readFact(text, 21, date: "2025-07-20").period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func aZoneNamedByItsCitysFirstCharacterIsTheTitlesZone() throws {
        let text = "杭州经济技术开发区经济运行简报（2025年6月）\n\n1-6月，杭经开区规上工业增加值增长6.4%。"
        #expect(try readFact(text, 6.4, date: "2025-07-10").holder == "杭州经济技术开发区")
        let named = "链主领航　配套成群\n——访芜湖汽车经济技术开发区管委会主任\n\n前三季度，汽开区新引进配套项目14个。"
        #expect(try readFact(named, 14, date: "2025-10-10").holder == "芜湖汽车经济技术开发区")
    }

    @Test func theIndustryAPlaceStrivesForHoldsItsGoal() throws {
        let text = "到2027年，某县力争竹木加工产业集群营业收入突破300亿元。"
        let goal = try readFact(text, 30_000_000_000, date: "2025-06-01")
        #expect(goal.holder == "竹木加工产业集群" && goal.kind == .target)
    }

    @Test func projectsJustCountedHoldNoInvestmentOfTheirOwn() throws {
        let text = "1-8月，全县引进补链项目19个，项目总投资64.5亿元。"
        let total = try readFact(text, 6_450_000_000, date: "2025-09-10")
        #expect(total.holder == "全县" && total.measure == "项目总投资")
    }

    @Test func aZonesDivisionsInACaptionAreNoPartOfItsMeasure() throws {
        let text = "表3　2025年1-6月开发区各产业园区营业收入\n单位：亿元，%\n装备制造产业园：118.3，同比增长7.7\n"
        let row = try readFact(text, 11_830_000_000, date: "2025-07-25")
        #expect(row.holder == "装备制造产业园" && row.measure == "营业收入")
    }

    @Test func aFairNamedByItsKindBeforeAMeasureHoldsIt() throws {
        let text = "5月8日，第四届中国（赣州）稀土产业发展大会在赣州开幕。开幕式上，大会集中签约项目26个，签约总金额158亿元。"
        let signed = try readFact(text, 26, date: "2025-05-09")
        #expect(signed.holder == "第四届中国赣州稀土产业发展大会" && signed.measure == "签约项目数")
        #expect(try readFact(text, 15_800_000_000, date: "2025-05-09").holder == "第四届中国赣州稀土产业发展大会")
        // A meeting without its edition is no fair: 动员大会 names none.
        #expect(try readFact("3月2日，全县召开工业发展动员大会。今年全县签约项目40个。", 40, date: "2025-03-03").holder == "全县")
    }

    @Test func aQualifierBeforeTheCurrencysName() throws {
        let total = try readFact("現場簽約項目18個，簽約總額約人民幣126億元。", 12_600_000_000, date: "2025-06-26")
        #expect(total.qualifier == .approx && total.unit == "CNY")
    }

    @Test func aFairsTimeIsNoPartOfWhatWasSignedAtIt() throws {
        let text = "本届博览会期间共达成签约项目312个。全市在本届博览会期间签约项目48个。"
        #expect(try readFact(text, 312, date: "2025-09-12").measure == "签约项目数")
        #expect(try readFact(text, 48, date: "2025-09-12").measure == "签约项目数")
    }

    @Test func aTimeATitleReachesDatesNothingBelowIt() throws {
        let text = "这家企业新厂投产 订单已排至明年4月\n\n公司新厂年产能达到2000万只。"
        let capacity = try readFact(text, 20_000_000, date: "2025-11-20")
        #expect(capacity.kind == .level && capacity.period == nil)
        // A time written after 截止至 or within a run of years is still a date.
        #expect(try readFact("截止至2024年底，全县共有规上工业企业173家。", 173, date: "2025-03-01").period == Period(asOf: "2024-12-31"))
    }

    @Test func aShortNameDeclaredInBracketsAloneIsNoPartOfAMeasure() throws {
        let text = "8月6日，某省公布专精特新中小企业名单，青岭经济技术开发区（青经）共有31家企业入选。至此，青经专精特新中小企业达到240家。"
        let chosen = try readFact(text, 31, date: "2025-08-07")
        #expect(chosen.holder == "青经" && chosen.measure == "入选企业数")
    }

    @Test func wordsLikeTheNewRulesWordsLeaveOtherTextAlone() throws {
        let date = "2025-07-20"
        // 南开区 is a district, no zone's short name; 期间费用率 a firm's rate; 本届毕业生 no fair.
        let zone = "南京经济技术开发区经济运行简报（2025年6月）\n\n1-6月，南开区规上工业增加值增长4.1%。"
        #expect(try readFact(zone, 4.1, date: date).holder == "南开区")
        #expect(try readFact("某某股份有限公司上半年期间费用率为12.3%。", 12.3, date: date).measure == "期间费用率")
        #expect(try readFact("本届毕业生就业率达95%。", 95, date: date).holder == nil)
        // A plan's title counts nothing; firms chosen that span trades are no firm named; a firm's projects not named are its own.
        #expect(try readFact("印发《制造业数字化转型实施方案》，明确重点任务25项。", 25, date: date).measure?.hasPrefix("实施") == false)
        #expect(try readFact("入选企业涵盖12个细分行业。", 12, date: date).holder == nil)
        #expect(try readFact("某某股份有限公司在建项目总投资50亿元。", 5_000_000_000, date: date).holder == "某某股份有限公司")
        // Saved money is no approximation; a sitting of a body is no fair.
        #expect(try readFact("全年累计节约人民币1200万元。", 12_000_000, date: date).qualifier == .exact)
        let congress = "1月12日，某省第十四届人民代表大会第五次会议在省会举行。大会期间，代表提出议案300件。"
        #expect(try readFact(congress, 300, date: "2025-03-10").holder != "第十四届全国人民代表大会")
    }

    @Test func aChainsReachIsItsPlacesNotAFirms() throws {
        let text = "今年以来，全县累计引进配套项目9个，农机装备本地配套率提升至64%。"
        let rate = try readFact(text, 64, date: "2025-06-10")
        #expect(rate.holder == "全县" && rate.measure == "农机装备本地配套率")
    }
}

/// Work reports and bureau summaries: their titles, their zones and what their lists add.
@Suite struct WorkReportsTests {
    @Test func aNewTechnologyZoneIsAHighTechZoneWrittenShort() throws {
        let text = "数字化转型按下快进键\n——访郑州某某新技术开发区管委会主任\n\n记者：去年成效如何？\n主任：2024年，某某高新区新增上云企业410家。"
        #expect(try readFact(text, 410, date: "2025-03-02").holder == "郑州某某新技术开发区")
    }

    @Test func whatIsAddedAmongACountIsAddedOfIt() throws {
        let text = "截至2024年底，全区拥有省级专精特新中小企业132家，占全市的41.5%，其中当年新增19家。"
        let added = try readFact(text, 19, date: "2025-02-01")
        #expect(added.measure == "新增省级专精特新中小企业数")
    }

    @Test func aCaptionCountingBaseStationsNamesItsRowsMeasure() throws {
        let text = "表2　2024年末各县区5G基站数（个）\n东兴区　1420\n威远县　733\n"
        let row = try readFact(text, 1420, date: "2025-02-12")
        #expect(row.holder == "东兴区" && row.measure == "5G基站数")
    }

    @Test func indicatorsOfDigitalTransformationAreMeasures() throws {
        let text = "华锐精机股份有限公司近年推进数字化改造。公司设备联网率由2022年的38%提高至2024年的81%，生产效率同比提升9.5%，订单交付周期同比缩短22%。"
        let reached = try readFact(text, 81, date: "2025-03-01")
        #expect(reached.measure == "设备联网率" && reached.period == .year(2024))
        #expect(try readFact(text, 38, date: "2025-03-01").measure == "设备联网率")
        #expect(try readFact(text, 9.5, date: "2025-03-01").measure == "生产效率")
        #expect(try readFact(text, 9.5, date: "2025-03-01").period == .year(2024))
        let shorter = try readFact(text, 22, date: "2025-03-01")
        #expect(shorter.measure == "订单交付周期" && shorter.kind == .change && shorter.direction == "down")
    }

    @Test func aMeasureRightAfterAVerbIsWhatChanged() throws {
        let raised = try readFact("改造后，企业平均降低能耗约9%、提升效率约27%。", 27, date: "2025-03-01")
        #expect(raised.kind == .change && raised.direction == "up")
        // (达 after the measure: the level reached.)
        let reached = try readFact("华锐精机股份有限公司近年推进改造，公司提升良品率达99.5%。", 99.5, date: "2025-03-01")
        #expect(reached.kind == .level && reached.measure == "良品率")
    }

    @Test func aCountsGapToAPlaceWrittenWithBi() throws {
        let text = "截至2024年底，每万人拥有5G基站28.6个，比全省高4.1个。"
        let gap = try readFact(text, 4.1, date: "2025-01-20")
        #expect(gap.kind == .change && gap.direction == "up" && gap.basis == "高于全省")
    }

    @Test func aSectionsYearDatesTheGoalsBelowIt() throws {
        let text = "某县2025年政府工作报告\n\n四、2025年主要任务\n（一）抓项目。全县力争新签约项目120个以上，计划实施重点项目86个。"
        let goal = try readFact(text, 120, date: "2025-01-20")
        #expect(goal.kind == .target && goal.period == .year(2025))
        let planned = try readFact(text, 86, date: "2025-01-20")
        #expect(planned.measure == "实施重点项目数" && planned.period == .year(2025))
        // (Also when the place is written before the plan; 计划投资 keeps its word.)
        let placed = try readFact("今年，肥东县计划实施市级重点项目64个，计划投资180亿元。", 64, date: "2025-02-10")
        #expect(placed.holder == "肥东县" && placed.measure == "实施市级重点项目数" && placed.kind == .target)
        #expect(try readFact("今年，肥东县计划实施市级重点项目64个，计划投资180亿元。", 180e8, date: "2025-02-10").measure == "计划投资")
        // What a project yields once done takes no section's year.
        let yielded = try readFact(text + "恒远装备基地项目达产后预计年产值15亿元。", 1_500_000_000, date: "2025-01-20")
        #expect(yielded.kind == .forecast && yielded.period == nil)
    }

    @Test func aFirmAfterTheListItWasChosenForHoldsItsFigures() throws {
        let text = "入选企业华钛精密合金有限公司主导产品钛合金棒材产量3200吨。"
        let output = try readFact(text, 3200, date: "2025-07-01")
        #expect(output.holder == "华钛精密合金有限公司" && output.measure == "钛合金棒材产量")
    }

    @Test func aProjectNamedAfterWhereItSettledHoldsItsAccounts() throws {
        let text = "其中，落户临港经济开发区的恒远海上风电装备基地项目总投资42亿元。"
        let total = try readFact(text, 4_200_000_000, date: "2025-06-13")
        #expect(total.holder == "恒远海上风电装备基地项目" && total.measure == "总投资")
        // A firm noted after the list it was chosen for is named without the kind.
        let noted = "入选企业江苏宏睿传感科技有限公司深耕压力传感器，去年营业收入5.3亿元。"
        #expect(try readFact(noted, 530_000_000, date: "2025-08-06").holder == "江苏宏睿传感科技有限公司")
    }

    @Test func whatAProjectPaysOnceRunningIsAMeasure() throws {
        let text = "项目达产后预计年产值15亿元、年缴税费0.8亿元。"
        #expect(try readFact(text, 80_000_000, date: "2025-03-01").measure == "年缴税费")
    }

    @Test func aTitlesWorkReportIsNoPartOfItsZonesName() throws {
        let text = "某某高新技术产业开发区2023年度工作总结和2024年工作要点\n某某高新区管委会\n\n2023年，高新区实现营业收入512.6亿元。"
        #expect(try readFact(text, 51_260_000_000, date: "2024-01-15").holder == "某某高新技术产业开发区")
    }
}

/// Signing and groundbreaking meetings: whose projects a meeting counts, and how a list of them names their amounts.
@Suite struct ProjectMeetingsTests {
    @Test func thePlaceThatHeldAMeetingHoldsWhatTheNextSentenceCountsAtIt() throws {
        let text = "5月9日，江山市今年二季度重点项目集中签约仪式举行。现场共签约项目12个，总投资86.4亿元。"
        #expect(try readFact(text, 12, date: "2025-05-10").holder == "江山市")
        #expect(try readFact(text, 86.4e8, date: "2025-05-10").holder == "江山市")
        let pointed = "江山市第三批项目集中开工活动在峡口镇举行。此次集中开工项目9个。"
        #expect(try readFact(pointed, 9, date: "2025-08-02").holder == "江山市")
    }

    @Test func anAmountAfterAPartsCountIsThePartsNotTheWholes() throws {
        let text = "此次集中开工项目16个，总投资68.5亿元。其中，产业类项目11个，总投资52.3亿元；基础设施类项目3个，总投资11.6亿元。"
        #expect(try readFact(text, 68.5e8, date: "2024-06-19").measure == "总投资")
        #expect(try readFact(text, 52.3e8, date: "2024-06-19").measure == "产业类项目总投资")
        #expect(try readFact(text, 11.6e8, date: "2024-06-19").measure == "基础设施类项目总投资")
        let inSentence = "襄阳市集中开工项目128个，总投资612.5亿元，其中工业项目79个、总投资418.6亿元。"
        #expect(try readFact(inSentence, 418.6e8, date: "2023-09-29").measure == "工业项目总投资")
        let byKind = "今年全市共安排市级重大项目320个，年度计划投资912亿元。从项目类型看，全市产业项目236个，年度计划投资658亿元。"
        let part = try readFact(byKind, 658e8, date: "2026-02-19")
        #expect(part.measure == "产业项目年度计划投资" && part.kind == .target && part.period == .year(2026))
        // With no amount of the whole before it, the amount is the whole's; a class written again is written once.
        let whole = "现场签约项目18个，其中外资项目5个，总投资216.5亿元。"
        #expect(try readFact(whole, 216.5e8, date: "2024-09-26").measure == "总投资")
        let written = "全区签约项目40个，总投资300亿元，其中工业项目31个，工业项目总投资260亿元。"
        #expect(try readFact(written, 260e8, date: "2024-09-26").measure == "工业项目总投资")
    }

    @Test func aFairsNameWithABracketedPlaceKeepsItsYearAndTheDayHolds() throws {
        let text = "5月16日，滁州市在上海举办2025年长三角（上海）产业合作暨重点项目推介会。推介会现场集中签约项目32个。"
        #expect(try readFact(text, 32, date: "2025-05-17").period == Period(start: "2025-05-16", end: "2025-05-16"))
    }

    @Test func thePartCountedAmongOthersAndWhereItWasSignedAreNoPartOfItsMeasure() throws {
        let among = "5月16日，滁州市举办重点项目推介会。本次推介会签约项目中制造业项目26个，占签约项目总数的81.3%。"
        #expect(try readFact(among, 26, date: "2025-05-17").measure == "制造业项目数")
        #expect(try readFact(among, 81.3, date: "2025-05-17").measure == "制造业项目数")
        #expect(try readFact("滁州在沪签约项目32个。", 32, date: "2025-05-17").measure == "签约项目数")
        #expect(try readFact("全县在建项目48个。", 48, date: "2025-05-17").measure == "在建项目数")
    }

    @Test func partsOfAnEventsCountAreOfItsDayWithASentenceBetween() throws {
        let text = "9月22日，宜宾市重大项目集中签约仪式举行。现场签约项目46个，签约总金额523.8亿元。本次签约项目涵盖动力电池等领域。"
            + "其中，先进制造业项目31个，签约金额402.6亿元；生产性服务业项目9个。"
        let day = Period(start: "2023-09-22", end: "2023-09-22")
        #expect(try readFact(text, 31, date: "2023-09-23").period == day)
        #expect(try readFact(text, 9, date: "2023-09-23").period == day)
    }

    @Test func theMoneyOfProjectsIsMeasuredWithoutItsVerb() throws {
        #expect(try readFact("1-5月，全市亿元以上在建项目完成投资增长9.1%。", 9.1, date: "2025-06-19").measure == "亿元以上在建项目投资")
        #expect(try readFact("1-5月，全市亿元以上项目完成投资120亿元。", 120e8, date: "2025-06-19").measure == "亿元以上项目投资")
    }

    @Test func aFairsSigningHoldsWhatIsSignedAtItTheSentenceAfter() throws {
        let text = "9月22日，第五届中国（宜宾）新能源汽车及动力电池产业博览会重大项目集中签约仪式在宜宾国际会展中心举行。现场签约项目46个。"
        let signed = try readFact(text, 46, date: "2023-09-23")
        #expect(signed.holder == "第五届中国宜宾新能源汽车及动力电池产业博览会" && signed.period == Period(start: "2023-09-22", end: "2023-09-22"))
    }

    @Test func aDeliveryCeremonyIsAPlacesMeetingAndItsCountEndsBeforeAnArea() throws {
        let text = "11月5日，宝安区首批项目集中交付仪式在燕罗街道举行。此次集中交付的4个项目总建筑面积达52.8万平方米。"
        let delivered = try readFact(text, 4, date: "2024-11-06")
        #expect(delivered.holder == "宝安区" && delivered.measure == "交付项目数" && delivered.period == Period(start: "2024-11-05", end: "2024-11-05"))
    }

    @Test func aGroundbreakingWritten动工IsAStartOnItsDay() throws {
        let text = "3月28日，顺德区2022年一季度重大项目集中动工活动在北滘镇举行。此次集中动工项目46个，总投资212.3亿元。"
        let started = try readFact(text, 46, date: "2022-03-29")
        #expect(started.holder == "顺德区" && started.measure == "动工项目数" && started.period == Period(start: "2022-03-28", end: "2022-03-28"))
    }

    @Test func aParksSiteIsOfNoCarriedPeriodAndWhatIsThereNowOfTheDay() throws {
        let text = "今年上半年，某区产业集群实现规模以上工业总产值1486.2亿元。\n位于北滘镇的顺德智能家电产业园是首批完成改造的园区之一。该园区占地约860亩，"
            + "总建筑面积62万平方米，现已进驻企业143家。"
        #expect(try readFact(text, 860, date: "2022-08-19").period == nil)
        #expect(try readFact(text, 620_000, date: "2022-08-19").period == nil)
        #expect(try readFact(text, 143, date: "2022-08-19").measure == "进驻企业数")
        let announced = try readFact("万力精密控股有限公司宣布，将投资5亿港元在园区内扩建第二期厂房。", 5e8, date: "2022-08-19")
        #expect(announced.kind == .forecast)
        // (将 or 拟 right before 投资 and its figure only: a project's accounts after 拟投资建设 are stated.)
        let built = try readFact("公司拟投资建设高端装备制造基地项目，项目总投资约10亿元，建设期24个月。", 10e8, date: "2022-08-19")
        #expect(built.kind == .level)
    }

    @Test func aParksPlannedAreaAndPaidTaxKeepTheirWords() throws {
        let text = "某产业园是以智能装备为主导的园区，规划总用地面积1260亩。2024年，园区实现工业总产值96.7亿元；实缴税收4.36亿元。"
        #expect(try readFact(text, 1260, date: "2025-02-20").measure == "规划总用地面积")
        let tax = try readFact(text, 4.36e8, date: "2025-02-20")
        #expect(tax.holder == "某产业园" && tax.measure == "实缴税收")
    }

    @Test func aCapacityInAProjectsNameIsPartOfTheName() throws {
        let text = "投资额最大的为华鹰锂电年产20GWh动力电池项目，由江西华鹰新能源科技有限公司投资建设，总投资52亿元。"
        let facts = readFacts(text, date: "2025-06-11")
        #expect(facts.count == 1 && facts.first?.holder == "华鹰锂电年产20GWh动力电池项目" && facts.first?.measure == "总投资")
        // (What a project makes once built, no name after it, is a figure.)
        #expect(try readFact("项目建成后年产10万吨锂电池正极材料。", 100_000, date: "2025-06-11").measure == "年产")
    }

    @Test func wordsThatLookLikeAPartOrANameAreLeftWhole() throws {
        // 中 opening the next word (中央, 中长期) parts nothing, nor does a size group a class is counted in.
        #expect(try readFact("全市重点项目中央预算内投资到位12亿元。", 12e8, date: "2025-06-11").measure == "重点项目中央预算内投资")
        #expect(try readFact("5月末，全市企业中长期贷款余额3200亿元。", 3200e8, date: "2025-06-11").measure == "企业中长期贷款余额")
        #expect(try readFact("全市规上工业企业中高新技术企业320家。", 320, date: "2025-06-11").measure == "规上工业企业中高新技术企业数")
        // A capacity in a list's example before 等 names no project.
        #expect(try readFact("此次集中开工年产20GWh储能电池等15个项目，总投资120亿元。", 15, date: "2025-06-11").measure == "开工项目数")
        // The place holding a signing at a fair holds what is signed; the fair holds what 本届 counts.
        let atFair = "9月22日，宜宾市重大项目集中签约仪式在第五届中国（宜宾）新能源汽车及动力电池产业博览会上举行。现场签约项目46个。"
        #expect(try readFact(atFair, 46, date: "2023-09-23").holder == "宜宾市")
        let fair = "5月22日，第三届中国（钦州）向海经济推介会在钦州举办。本届推介会共签约项目37个。"
        #expect(try readFact(fair, 37, date: "2025-05-23").holder == "第三届中国钦州向海经济推介会")
        // A quarter after last year's figure, not a part of it, is this year's.
        let quarter = try readFact("去年全市规上工业增加值增长5%；一季度，全市规上工业增加值增长6%。", 6, date: "2026-04-09")
        #expect(quarter.period == Period(start: "2026-01-01", end: "2026-03-31"))
    }

    @Test func aCathodeInAProjectsNameIsNoAdverb() throws {
        // 正 as “now doing” ends a holder (广州正加快…); 正极 of a project's name does not.
        let text = "宜宾锂能新材料科技有限公司磷酸铁锂正极材料一体化项目总投资68亿元。"
        #expect(try readFact(text, 68e8, date: "2023-09-23").holder == "宜宾锂能新材料科技有限公司磷酸铁锂正极材料一体化项目")
        #expect(try readFact("广州正加快建设，全年产值120亿元。", 120e8, date: "2023-09-23").holder == "广州")
    }

    @Test func aListOfProjectsOpensWithTheFirstsName() throws {
        let text = "签约的重点项目包括：上海锦岚智能装备有限公司高端数控机床及核心部件项目，总投资35亿元；沪滁光伏新材料产业园项目，总投资28亿元。"
        #expect(try readFact(text, 35e8, date: "2025-05-17").holder == "上海锦岚智能装备有限公司高端数控机床及核心部件项目")
        let done = "会议现场调度了株洲恒远动力科技有限公司新能源电驱系统产业园项目，该项目总投资42亿元。"
        #expect(try readFact(done, 42e8, date: "2025-04-09").holder == "株洲恒远动力科技有限公司新能源电驱系统产业园项目")
    }

    @Test func aMeetingHoldsWhatItSignedForThreeSentences() throws {
        let next = "江山市重点项目集中签约仪式举行。现场共签约项目12个。"
        #expect(try readFact(next, 12, date: "2025-05-10").holder == "江山市")
        let text = "江山市重点项目集中签约仪式举行。嘉宾们参观了展区。现场共签约项目12个。"
        #expect(try readFact(text, 12, date: "2025-05-10").holder == "江山市")
        let inside = "江山市重点项目集中签约仪式举行。据介绍，现场共签约项目12个。"
        #expect(try readFact(inside, 12, date: "2025-05-10").holder == "江山市")
        let story = "4月23日，孝感高新区2020年第一批重大项目“云签约”活动举行。此次签约采取线上视频连线方式进行，共签约项目10个，总投资71.2亿元。"
        #expect(try readFact(story, 10, date: "2020-04-24").holder == "孝感高新区")
        #expect(try readFact(story, 71.2e8, date: "2020-04-24").holder == "孝感高新区")
        let further = "3月28日，东台市重大项目集中签约活动在市行政中心举行。市委书记出席活动。此次集中签约项目15个，总投资98.6亿元。"
        #expect(try readFact(further, 15, date: "2024-03-29").holder == "东台市")
        let late = "江山市重点项目集中签约仪式举行。嘉宾们参观了展区。随后召开座谈会。与会企业家发言。市长讲话。现场共签约项目12个。"
        #expect(try readFact(late, 12, date: "2025-05-10").holder == nil)
        let unheld = "江山市发布重点项目清单。现场共签约项目12个。"
        #expect(try readFact(unheld, 12, date: "2025-05-10").holder == nil)
    }

    @Test func aZonesDistrictInBracketsAndARankingsParksNameNoneOfIt() throws {
        let text = """
            成都经济技术开发区（龙泉驿区）
            7月16日，赛迪顾问发布“2025中国先进制造业百强园区”榜单，成都经济技术开发区位列第18位。截至2024年底，园区共有规上工业企业512家。
            """
        #expect(try readFact(text, 18, date: "2025-07-18").holder == "成都经济技术开发区")
        #expect(try readFact(text, 512, date: "2025-07-18").holder != "中国先进制造业百强园区")
        // (A short name declared in brackets is still one: 天津经济技术开发区（泰达）.)
        let declared = "天津经济技术开发区（泰达）今年新增企业1200家。泰达将有50个以上项目落地开工。"
        #expect(try readFact(declared, 1200, date: "2025-03-01").holder == "泰达")
    }

    @Test func aPlacesMeetingNamedAgainByItsYearIsHeldOnItsDay() throws {
        let text = """
            南康区在深圳举办家居产业招商推介会 现场签约项目17个
            11月8日，2023赣州南康家居产业（深圳）招商推介会在深圳举行。推介会现场共签约项目17个，签约金额92.4亿元。
            """
        let signed = try readFact(text, 92.4e8, date: "2023-11-10")
        #expect(signed.holder == "南康区" && signed.period == Period(start: "2023-11-08", end: "2023-11-08"))
    }

    @Test func aPlacesMeetingForItsProjectsMayBeAnyActivity() throws {
        let text = "3月26日，衢州市2026年一季度重大项目“三个一批”活动在智造新城主会场举行。此次活动共集中签约项目38个，总投资486.2亿元。"
        #expect(try readFact(text, 38, date: "2026-03-27").holder == "衢州市")
        #expect(try readFacts(text, date: "2026-03-27").allSatisfy { $0.value != 3 })  // (“三个一批”: a slogan, no figure)
        let parts = "此次活动共集中签约、开工项目83个，总投资878.9亿元。其中，签约项目38个，总投资486.2亿元；开工项目45个，总投资392.7亿元。"
        #expect(try readFact(parts, 486.2e8, date: "2026-03-27").measure == "签约项目总投资")
        #expect(try readFact(parts, 392.7e8, date: "2026-03-27").measure == "开工项目总投资")
        let held = "全市新引进项目45个，总投资300亿元。其中光伏产业新引进项目12个，总投资182亿元。"
        #expect(try readFact(held, 182e8, date: "2023-07-10").measure == "总投资")
    }

    @Test func aPromotionMeetingWrittenBeforeItsSigningsIsItsPlaces() throws {
        let text = "4月2日，兰溪市在杭州举办智能装备产业推介会。推介会现场集中签约项目15个。"
        let signed = try readFact(text, 15, date: "2025-04-03")
        #expect(signed.holder == "兰溪市" && signed.measure == "签约项目数")
    }

    @Test func aZonesKindOpeningAClauseIsTheZoneNotAFrame() throws {
        let text = "某某经济技术开发区重点项目签约\n9月3日，经开区举行第三季度重点项目签约活动，共签约项目17个。"
        let signed = try readFact(text, 17, date: "2025-09-04")
        #expect(signed.holder == "某某经济技术开发区" && signed.holderWritten == "经开区")
        #expect(try readFact("经核算，上半年增长6.1%。", 6.1, date: "2025-07-15").holder == nil)
    }

    @Test func anAmountAfterACountNamesTheProjectsItIsOf() throws {
        let text = "全市签约项目41个、签约总额210.5亿元，开工项目33个、开工项目总投资176.2亿元。"
        #expect(try readFact(text, 210.5e8, date: "2025-10-09").measure == "签约总额")
        #expect(try readFact(text, 176.2e8, date: "2025-10-09").measure == "开工项目总投资")
    }

    @Test func aFirmsProjectKeepsAWordItsNameOpensWithShang() throws {
        let text = "其中，湖南某某动力科技有限公司商用车电驱动桥项目总投资21亿元。"
        #expect(try readFact(text, 21e8, date: "2025-06-01").holder == "湖南某某动力科技有限公司商用车电驱动桥项目")
        let maker = "软件服务商用某网络科技股份有限公司营业收入35亿元。"
        #expect(try readFact(maker, 35e8, date: "2025-06-01").holder == "用某网络科技股份有限公司")
    }

    @Test func aVerbOfAnEventIsKeptWholeInWhatItCounts() throws {
        let text = "前三季度，全市新开工产业项目58个；新投产亿元以上项目27个；建成投产项目19个。"
        #expect(try readFact(text, 27, date: "2025-10-20").measure == "新投产亿元以上项目数")
        #expect(try readFact(text, 19, date: "2025-10-20").measure == "建成投产项目数")
        let later = try readFact("项目投产后预计可新增年产值18亿元、新增年税收1.1亿元。", 1.1e8, date: "2025-10-20")
        #expect(later.measure == "新增年税收")
    }

    @Test func aBaseHoldsWhatItInvests() throws {
        let text = "某某煤化工基地完成投资64.2亿元，同比增长8.8%。"
        #expect(try readFact(text, 64.2e8, date: "2025-07-22").holder == "某某煤化工基地")
        #expect(try readFact("全市制造业投资增长6.3%。", 6.3, date: "2025-07-22").measure == "制造业投资")
    }

    @Test func fundsFromOutsideTheProvinceAreNoForeignCapitalGroup() throws {
        let text = "今年要确保实际到位省外资金超过900亿元。"
        let funds = try readFact(text, 900e8, date: "2025-07-18")
        #expect(funds.holder == nil && funds.measure == "实际到位省外资金")
        let foreign = try readFact("1-6月，太仓市外资企业实现进出口额412.6亿元。", 412.6e8, date: "2025-07-18")
        #expect(foreign.holder == "太仓市")
        // (…from outside the county too, 县 no county named.)
        #expect(try readFact("全年实际到位县外资金88.6亿元。", 88.6e8, date: "2025-01-20").measure == "实际到位县外资金")
    }

    @Test func thePlacesOfATierAndACountysWholeAreCountedByTheProvince() throws {
        let text = "2024年，全省县域工业增加值增长7.2%；千亿县市区达到7个，县域百亿级产业集群达到15个。"
        let counties = try readFact(text, 7, date: "2025-09-10")
        #expect(counties.holder == "全省" && counties.measure == "千亿县市区数")
        #expect(try readFact(text, 7.2, date: "2025-09-10").measure == "县域工业增加值")
        #expect(try readFact(text, 15, date: "2025-09-10").holder == "全省")
    }

    @Test func aShortNameDeclaredWhereAProjectIsBuiltStandsForTheFirm() throws {
        let text = "该项目由湖北宏拓储能科技有限公司（以下简称“宏拓储能”）投资建设，总投资22亿元。宏拓储能是省级专精特新企业。去年公司营业收入31.6亿元。今年上半年，宏拓储能实现营业收入18.2亿元。"
        #expect(try readFact(text, 31.6e8, date: "2025-07-30").holder == "湖北宏拓储能科技有限公司")
        #expect(try readFact(text, 18.2e8, date: "2025-07-30").holder == "湖北宏拓储能科技有限公司")
    }

    @Test func aPromotionMeetingsYearIsItsNameTheDayHoldsItsSignings() throws {
        let text = "6月12日，兰溪市在杭州举办2025年智能装备产业招商推介会，客商代表二百余人出席。推介会现场签约项目15个，总投资96.5亿元。"
        let signed = try readFact(text, 15, date: "2025-06-13")
        #expect(signed.holder == "兰溪市" && signed.period == Period(start: "2025-06-12", end: "2025-06-12"))
        let counted = try readFact("1月8日，2024年全市共举办各类招商推介会48场，签约项目126个。", 126, date: "2025-01-09")
        #expect(counted.period == .year(2024))
    }

    @Test func aMeetingIsForgottenAsAFairIs() throws {
        let filler = String(repeating: "园区企业生产经营总体平稳。", count: 13)
        let text = "兰溪市在杭州举办智能装备产业招商推介会。" + filler + "推介会现场签约项目15个。"
        #expect(try readFact(text, 15, date: "2025-06-13").holder == nil)
    }

    @Test func aSingleDashJoinsTheWordsOfAProjectsName() throws {
        let text = "12月18日，浙江某某化纤有限公司己内酰胺—聚酰胺切片项目竣工投产。该项目总投资46亿元。"
        #expect(try readFact(text, 46e8, date: "2025-12-19").holder == "浙江某某化纤有限公司己内酰胺—聚酰胺切片项目")
        let menu = "首页—新闻中心—某某科技有限公司2024年营业收入8.6亿元。"
        #expect(try readFact(menu, 8.6e8, date: "2025-04-19").holder == "某某科技有限公司")
    }

    @Test func theMainVenuesProjectIsTheOneNamedAfterIt() throws {
        let text = "主会场项目——某某高端轴承产业园项目，由某某轴承集团投资建设，总投资18亿元。"
        #expect(try readFact(text, 18e8, date: "2025-08-29").holder == "某某高端轴承产业园项目")
        let said = "主会场项目为某某精密模具产业园项目，由某某模具集团投资建设，总投资9亿元。"
        #expect(try readFact(said, 9e8, date: "2025-08-29").holder == "某某精密模具产业园项目")
    }

    @Test func theZoneAProjectStartsInIsTheOneItsKindStandsFor() throws {
        let text = "光伏组件项目落户长岭经济技术开发区\n长岭日报讯（记者 王一）4月2日，某某光能光伏组件项目在长岭经济技术开发区开工。今年以来，开发区新签约项目31个。"
        #expect(try readFact(text, 31, date: "2025-04-03").holder == "长岭经济技术开发区")
        let visited = "某某高新技术产业开发区上半年经济运行情况\n6月，高新区考察团在合肥高新技术产业开发区学习考察。上半年，高新区规上工业总产值增长12.6%。"
        #expect(try readFact(visited, 12.6, date: "2025-07-10").holder == "某某高新技术产业开发区")
    }

    @Test func whoBuildsAProjectHoldsNoneOfItsAccounts() throws {
        let text = "这一项目由某某精工有限公司投资建设，总投资30亿元。"
        #expect(try readFact(text, 30e8, date: "2025-05-10").holder != "某某精工有限公司")
    }

    @Test func aStreetOfAKindIsNoSubdistrict() throws {
        let text = "目前，城市街道机械化清扫率达95%。"
        #expect(try readFact(text, 95, date: "2025-07-15").holder == nil)
    }

    @Test func aSubdistrictAndWhatItNewlySetUpAreNamedApart() throws {
        let text = "上半年，北滘街道新引进项目14个；太仓市新设外资企业23家；全市新设立企业6200家。"
        #expect(try readFact(text, 14, date: "2025-07-15").holder == "北滘街道")
        let set = try readFact(text, 23, date: "2025-07-15")
        #expect(set.holder == "太仓市" && set.measure == "新设外资企业数")
        #expect(try readFact(text, 6200, date: "2025-07-15").measure == "新设立企业数")
    }
}

/// Hubs and trade: a kind of city is no hub, and a flow's size may be written as a word.
@Suite struct HubsAndTradeTests {
    @Test func aHubsKindBeforeCityNamesNoHub() throws {
        let text = "某某国际陆港今年开行班列2100列。截至10月底，陆港已开通线路31条，连接沿线主要枢纽城市；1-10月，陆港完成进出口值96.3亿元。"
        #expect(try readFact(text, 96.3e8, date: "2025-11-20").holder == "某某国际陆港")
    }

    @Test func aTradeFlowKeepsTheWordsOfItsSize() throws {
        let text = "1-10月，某某国际陆港完成进出口贸易额96.3亿元。"
        #expect(try readFact(text, 96.3e8, date: "2025-11-20").measure == "进出口贸易额")
    }
}

/// Investment zones and clusters of small firms: kinds of zone and of cluster a bureau's report counts.
@Suite struct ZonesAndClustersOfFirmsTests {
    @Test func anInvestmentZoneWrittenByItsKindIsTheZoneTheTitleNames() throws {
        let text = "漳浦某某投资区一季度经济运行情况简报\n今年一季度，投资区共有5个项目竣工投产，总投资31.4亿元；投资区实现规上工业总产值118.2亿元。"
        let finished = try readFact(text, 5, date: "2025-04-12")
        #expect(finished.holder == "漳浦某某投资区" && finished.measure == "竣工投产项目数")
        #expect(try readFact(text, 118.2e8, date: "2025-04-12").holder == "漳浦某某投资区")
        let short = "漳浦某某投资区一季度经济运行情况简报\n今年一季度，某某投资区实现规上工业总产值118.2亿元。"
        #expect(try readFact(short, 118.2e8, date: "2025-04-12").holder == "漳浦某某投资区")
    }

    @Test func clustersOfSmallFirmsAreWhatIsCounted() throws {
        let text = "目前，全省已有省级中小企业特色产业集群87个，其中国家级集群11个。"
        #expect(try readFact(text, 87, date: "2025-11-05").measure == "省级中小企业特色产业集群数")
    }
}

/// Lists and firms' names: the rows that break a list's count down, and a group's registered name in full.
@Suite struct ListsAndGroupsTests {
    @Test func rowsAfterAListsCountAndATotalBreakTheCountDown() throws {
        let text = "9月2日，省工信厅发布年度专精特新中小企业认定结果，全市21家企业入选。这样，本地省级专精特新中小企业累计412家。\n分县区看：\n东城区　8家\n西城区　7家\n南湖县　6家\n"
        let row = try readFact(text, 8, date: "2025-09-03")
        #expect(row.holder == "东城区" && row.measure == "入选企业数" && row.period == Period(start: "2025-09-02", end: "2025-09-02"))
        #expect(try readFact(text, 6, date: "2025-09-03").measure == "入选企业数")
        let total = "2月18日，省里公布第五批专精特新企业认定结果，本市19家企业入选。全市专精特新中小企业总数增至246家。\n分县区看：\n上党区　7家\n潞州区　5家\n"
        #expect(try readFact(total, 7, date: "2025-02-20").measure == "入选企业数")
        let totals = "9月2日，全市新增规上工业企业26家。至此，全市规上工业企业累计达到1860家。\n分县区看：\n东城区　620家\n西城区　540家\n"
        #expect(try readFact(totals, 620, date: "2025-09-03").measure == "规上工业企业数")
    }

    @Test func rowsOfACountAreCountedWhenItWas() throws {
        let text = "截至3月31日，某市共有A股上市公司37家。2024年，本市上市公司合计实现营业收入1268.4亿元。\n分区县看：\n东城区　12家\n西城区　9家\n"
        let row = try readFact(text, 12, date: "2025-04-08")
        #expect(row.holder == "东城区" && row.measure == "A股上市公司数" && row.period == Period(asOf: "2025-03-31"))
        #expect(try readFact(text, 9, date: "2025-04-08").period == Period(asOf: "2025-03-31"))
    }

    @Test func firmsNamedByTheirListAreAClassOfWhatIsMeasured() throws {
        let text = "6月3日，省工信厅公布名单，全省61家企业入选。入选企业平均研发投入强度为6.8%。"
        let intensity = try readFact(text, 6.8, date: "2025-06-04")
        #expect(intensity.measure == "入选企业平均研发投入强度" && intensity.holder != "入选企业")
    }

    @Test func aCaptionSpreadingACountOverPlacesNamesItsRows() throws {
        let text = "3月5日，省工信厅公布年度创新型中小企业名单，全省860家企业入选，其中新认定企业700家、复核通过企业160家。至此，全省创新型中小企业累计达到4120家，国家级“小巨人”企业205家。\n入选企业按设区市分布情况如下：\n福州市　188家\n泉州市　151家\n"
        let row = try readFact(text, 188, date: "2025-03-06")
        #expect(row.holder == "福州市" && row.measure == "入选企业数" && row.period == Period(start: "2025-03-05", end: "2025-03-05"))
    }

    @Test func aSubsidiaryNamedAfterItsFirmHoldsItsAccounts() throws {
        let text = "上半年，公司控股子公司南岭精密（赣州）有限公司实现营业收入2.17亿元，同比增长31.5%。"
        let sales = try readFact(text, 2.17e8, date: "2025-08-22")
        #expect(sales.holder == "南岭精密赣州有限公司" && sales.measure == "营业收入")
    }

    @Test func theFirmASubsidiaryBelongsToIsStillTheOneItsGenericNameStandsFor() throws {
        let text = "大连某某机床股份有限公司发布半年报。公司全资子公司某某（意大利）有限公司1-6月销售收入0.86亿元。截至6月底，公司在手订单31亿元。"
        #expect(try readFact(text, 31e8, date: "2025-08-22").holder == "大连某某机床股份有限公司")
    }

    @Test func chipsAndSetsAreCounted() throws {
        let text = "公司年产车规级芯片4500万颗，今年交付整线设备1200台套。"
        #expect(try readFact(text, 4500e4, date: "2025-08-22").unit == "颗")
        #expect(try readFact(text, 1200, date: "2025-08-22").unit == "台套")
    }

    @Test func aVerbOfReviewNamesNoFirm() throws {
        let text = "3月2日，某某阀门有限公司召开年度会议，总结2024年经营情况。其中，核电阀门业务实现营业收入9.6亿元。"
        #expect(try readFact(text, 9.6e8, date: "2025-03-03").holder == "某某阀门有限公司")
        let review = "3月2日，某某阀门有限公司召开职工大会，回顾2024年经营工作。其中，核电阀门业务实现营业收入9.6亿元。"
        #expect(try readFact(review, 9.6e8, date: "2025-03-03").holder == "某某阀门有限公司")
    }

    @Test func theMarketAFirmIsListedOnIsPartOfTheMeasure() throws {
        let text = "截至6月底，芜湖市A股上市公司达到41家。"
        let listed = try readFact(text, 41, date: "2025-07-06")
        #expect(listed.holder == "芜湖市" && listed.measure == "A股上市公司数")
    }

    @Test func theDayAListWasPublishedHoldsItsCountsInTheSentencesAfter() throws {
        let text = "7月22日，省工信厅公示第二批专精特新中小企业名单。本市27家企业上榜。这样本地专精特新中小企业累计338家。"
        #expect(try readFact(text, 27, date: "2025-07-24").period == Period(start: "2025-07-22", end: "2025-07-22"))
        #expect(try readFact(text, 338, date: "2025-07-24").period == .asOf("2025-07-22"))
    }

    @Test func anAsOfDayWithoutItsYearIsTheLastBeforeTheDocuments() throws {
        let text = "某市上市公司2024年年报汇总\n某市融媒体中心 2025年5月6日\n\n截至4月30日，全市A股上市公司共有23家。"
        #expect(try readFact(text, 23, date: "2025-05-06").period == .asOf("2025-04-30"))
        let late = "2024年全市规上工业企业发展情况\n\n截至11月30日，全市规上工业企业共有1860家。"
        #expect(try readFact(late, 1860, date: "2024-12-10").period == .asOf("2024-11-30"))
    }

    @Test func rowsOfPlacesAfterAmountsCountWhatWasLastCounted() throws {
        let text = "去年底本市A股上市公司数为52家。当年上市公司合计实现净利润193.6亿元。\n分区看：\n东港区　17家\n西港区　12家\n"
        let row = try readFact(text, 17, date: "2025-05-06")
        #expect(row.holder == "东港区" && row.measure == "A股上市公司数")
        let caption = "表2　截至2024年末各区A股上市公司数（家）\n东港区　17\n西港区　12\n"
        #expect(try readFact(caption, 17, date: "2025-05-06").measure == "A股上市公司数")
    }

    @Test func aSubsidiaryWrittenFirstIsNamedWithoutItsKind() throws {
        let text = "2024年，全资子公司北辰电子（天津）有限公司实现营业收入18.2亿元。"
        #expect(try readFact(text, 18.2e8, date: "2025-04-20").holder == "北辰电子天津有限公司")
    }

    @Test func aTimeOrdersAreScheduledUpToDatesNoFigure() throws {
        let text = "某某重工股份有限公司目前在手订单63艘，生产计划排产已至2028年。前三季度，公司完工交付船舶21艘。"
        let delivered = try readFact(text, 21, date: "2025-11-20")
        #expect(delivered.holder == "某某重工股份有限公司" && delivered.period == Period(start: "2025-01-01", end: "2025-09-30"))
    }

    @Test func aGroupsRegisteredNameGoesOnToItsForm() throws {
        let text = "北岭重卡集团股份有限公司（下称“北岭重卡”）前三季度销售重卡41.6万辆。北岭重卡出口重卡9.2万辆。"
        #expect(try readFact(text, 41.6e4, date: "2025-10-11").holder == "北岭重卡集团股份有限公司")
        #expect(try readFact(text, 9.2e4, date: "2025-10-11").holder == "北岭重卡集团股份有限公司")
    }
}

@Suite struct PublishedRankingsTests {
    static let ranking = """
        8月30日，省企业联合会发布“2025某省制造业企业50强”榜单。本届榜单以各企业2024年营业收入为入围依据。\
        榜单显示，50强企业2024年营业收入合计9860亿元。\
        某某重工集团有限公司2024年营业收入812.5亿元，位居榜单第2位；某某化纤集团以2024年营收233亿元排在第9位，比上届前移3位。\
        分城市看，武汉市上榜17家；宜昌市9家，襄阳市6家。
        """

    @Test func aPlaceOnAPublishedListIsTheHoldersOwnOfTheListsYear() throws {
        let second = try readFact(Self.ranking, 2, date: "2025-09-01")
        #expect(second.holder == "某某重工集团有限公司" && second.measure == "排名" && second.period == Period(start: "2025-01-01", end: "2025-12-31"))
        let ninth = try readFact(Self.ranking, 9, date: "2025-09-01")
        #expect(ninth.measure == "排名" && ninth.period == Period(start: "2025-01-01", end: "2025-12-31"))
        #expect(try readFact(Self.ranking, 3, date: "2025-09-01").period == Period(start: "2025-01-01", end: "2025-12-31"))
        // The accounts it ranks by stay of their year.
        #expect(try readFact(Self.ranking, 812.5e8, date: "2025-09-01").period == Period(start: "2024-01-01", end: "2024-12-31"))
    }

    @Test func countsOnTheListAreOfTheDayItWasPublishedPastTheYearOfItsAccounts() throws {
        #expect(try readFact(Self.ranking, 17, date: "2025-09-01").period == Period(start: "2025-08-30", end: "2025-08-30"))
        let nine = try #require(readFacts(Self.ranking, date: "2025-09-01").first { $0.value == 9 && $0.unit == "家" })
        #expect(nine.holder == "宜昌市" && nine.period == Period(start: "2025-08-30", end: "2025-08-30"))
        #expect(try readFact(Self.ranking, 6, date: "2025-09-01").period == Period(start: "2025-08-30", end: "2025-08-30"))
    }

    @Test func aListsYearLapsesOnceAnotherYearIsSpokenOf() throws {
        let later = Self.ranking + "\n2023年，某某重工集团有限公司营业收入居全省第3位。"
        let third = try #require(readFacts(later, date: "2025-09-01").first { $0.value == 3 && $0.kind == .rank })
        #expect(third.period == Period(start: "2023-01-01", end: "2023-12-31"))
    }
}

@Suite struct FirmNewsOnThePageTests {
    @Test func aVerbBeforeTheGenericFirmWordNamesNoFirm() throws {
        let text = "3月4日，某某矿山机械股份有限公司签订出口合同，金额约2.2亿元，刷新公司海外订单纪录。2月份，公司装载机销量861台。"
        #expect(try readFact(text, 861, date: "2025-03-05").holder == "某某矿山机械股份有限公司")
    }

    @Test func aReportsPeriodInANounPhraseNamesNoFirm() throws {
        let text = "某某钛业股份有限公司发布业绩预告。此前披露的三季报显示，前三季度公司营业收入21.3亿元。截至9月末，公司海绵钛产能3万吨。"
        #expect(try readFact(text, 3e4, date: "2025-10-15").holder == "某某钛业股份有限公司")
        let become = "某某机车股份有限公司2024年销量创新高，海外市场成为公司增长主引擎。全年公司摩托车销量96万辆。"
        #expect(try readFact(become, 96e4, date: "2025-01-15").holder == "某某机车股份有限公司")
    }

    @Test func whenTheReporterHeardTheNewsIsNoPartOfTheFirmsName() throws {
        let text = "某船舶：订单创新高\n本报讯（记者　李某）记者近日从江苏某某造船有限公司获悉，1-5月，公司累计承接新船订单31艘、205万载重吨。"
        let ships = try readFact(text, 31, date: "2025-06-20")
        #expect(ships.holder == "江苏某某造船有限公司")
        #expect(try readFact(text, 205e4, date: "2025-06-20").unit == "载重吨")
    }

    @Test func aZoneAProjectStartsInIsNamedFromWhereItsNameBegins() throws {
        let text = "某某重卡柳州基地项目投产\n6月18日，某某重卡柳州基地一期项目在锦湖新区正式投产。今年1-5月，新区汽车产量8.6万辆。"
        #expect(try readFact(text, 8.6e4, date: "2025-06-19").holder == "锦湖新区")
    }

    @Test func whatAPlantHasBuiltIsCountedWithoutTheVerb() throws {
        let text = "某某磁材包头工厂正式投产。工厂占地320亩，建有高性能磁材生产线9条。"
        #expect(try readFact(text, 9, date: "2025-06-10").measure == "高性能磁材生产线数")
    }

    @Test func itsLeadingProductIsMeasuredWithoutBeingCalledSo() throws {
        let text = "入选企业某某精工机械有限公司深耕轴承领域。2024年，其主导产品风电偏航轴承国内市场占有率达到27.4%。"
        let share = try readFact(text, 27.4, date: "2025-03-01")
        #expect(share.holder == "某某精工机械有限公司" && share.measure == "风电偏航轴承国内市场占有率")
    }

    @Test func goodsDeliveredOrShippedAreCountedInTheirVolume() throws {
        let text = "11月30日，某某机器人股份有限公司今年累计交付协作机器人8260台，同比增长33.1%。上半年公司电池出货量2.1亿只，其中动力电池出货0.8亿只。公司预计全年交付量将突破1万台。"
        #expect(try readFact(text, 8260, date: "2025-12-01").measure == "协作机器人交付量")
        #expect(try readFact(text, 0.8e8, date: "2025-12-01").measure == "动力电池出货量")
        #expect(try readFact(text, 1e4, date: "2025-12-01").measure == "交付量")
    }

    @Test func anAsOfDayWithoutItsYearIsTheLastBeforeTheDocumentsWhereverItStands() throws {
        let text = "某市上市公司2024年年报观察\n2024年，本市上市公司营业收入合计2168.5亿元。从市值看，截至4月30日，本市A股上市公司总市值3310.2亿元。"
        #expect(try readFact(text, 3310.2e8, date: "2025-05-06").period == Period(asOf: "2025-04-30"))
    }

    @Test func aPhaseOfAPlantAndTheMonthItWasDoneHoldNothingAfter() throws {
        let text = "某某电控股份有限公司发布半年度报告。上半年，公司营业收入12.6亿元。墨西哥工厂二期已于4月建成投产。报告期内，公司研发投入0.93亿元。"
        let research = try readFact(text, 0.93e8, date: "2025-08-20")
        #expect(research.holder == "某某电控股份有限公司" && research.period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func anIndentedParagraphOpeningWithItsDayStandsApartFromTheTitle() throws {
        let text = "我省又有一批企业入选国家级名单\n　　2月10日，工业和信息化部公布新一批国家级“小巨人”企业名单，湖北省57家企业入选。至此，全省“小巨人”企业累计达到612家，数量继续保持全国第5位。"
        #expect(try readFact(text, 612, date: "2025-02-12").period == Period(asOf: "2025-02-10"))
        let rank = try readFact(text, 5, date: "2025-02-12")
        #expect(rank.kind == .rank && rank.basis == "全国")
    }

    @Test func aBylineWrittenRightBeforeAFirmIsNoPartOfItsName() throws {
        let text = "每日财经网上海3月2日讯　江苏某某新材料股份有限公司（下称“某某新材”）3月1日晚间发布业绩快报。2024年全年，公司营业收入18.3亿元。"
        #expect(try readFact(text, 18.3e8, date: "2025-03-02").holder == "江苏某某新材料股份有限公司")
        let dayByline = "本报南京3月2日讯　江苏某某新材料股份有限公司3月1日晚间发布业绩快报，2024年实现营业收入18.3亿元。"
        #expect(try readFact(dayByline, 18.3e8, date: "2025-03-02").holder == "江苏某某新材料股份有限公司")
    }
}

/// A Hong Kong firm's results announcement: the year it covers, the currency written before its figures, its headings.
@Suite struct ResultsAnnouncementTests {
    static let announcement = """
        恒澳電子控股有限公司
        截至二〇二三年十二月三十一日止年度的業績
        業績摘要
        ● 本集團收益約為港幣41.06億元，按年增加7.9%。
        ● 本公司每股基本盈利約為港幣0.36元。
        管理層討論及分析
        業務回顧
        二〇二三年，本集團把握消費電子市場回暖及客戶新品推出的機遇，訂單量穩步回升，各條生產線維持較高的使用率。本集團顯示模組分部收益為港幣18.2億元。
        """

    @Test func theYearEndedOnADayIsTheYearAndTheCurrencyBeforeAFigureIsItsUnit() throws {
        let revenue = try readFact(Self.announcement, 41.06e8, date: "2024-03-18")
        #expect(revenue.holder == "恒澳电子控股有限公司" && revenue.measure == "收益" && revenue.unit == "HKD")
        #expect(revenue.period == Period(start: "2023-01-01", end: "2023-12-31"))
    }

    @Test func theFirmsGenericWordsAndPerShareFiguresAreTheFirms() throws {
        let perShare = try readFact(Self.announcement, 0.36, date: "2024-03-18")
        #expect(perShare.holder == "恒澳电子控股有限公司" && perShare.measure == "每股基本盈利")
    }

    @Test func shortHeadingsAboveAParagraphStandApartFromIt() throws {
        #expect(try readFact(Self.announcement, 18.2e8, date: "2024-03-18").holder == "恒澳电子控股有限公司")
    }

    @Test func aQuarterWrittenInDigits() {
        #expect(PeriodScanner.scan("第3季营收为248.9亿元", documentYear: 2025).first?.period == Period(start: "2025-07-01", end: "2025-09-30"))
    }

    @Test func aHalfYearEndedOnADay() {
        let half = PeriodScanner.scan("截至二〇二五年六月三十日止六个月", documentYear: 2025)
        #expect(half.first?.period == Period(start: "2025-01-01", end: "2025-06-30"))
    }
}

@Suite struct ZoneScoresAndCaptionsTests {
    @Test func zonesListedBeforeTheirScoresEachHoldOne() throws {
        let text = "评价结果显示，合肥高新区、芜湖经开区、马鞍山慈湖高新区综合得分分别为93.1分、91.4分和88.7分。"
        let second = try readFact(text, 91.4, date: "2025-05-09")
        #expect(second.holder == "芜湖经开区" && second.measure == "综合得分" && second.unit == "分")
        #expect(try readFact(text, 93.1, date: "2025-05-09").holder == "合肥高新区")
    }

    @Test func aCaptionMayWriteTheWordUnitBeforeItsUnits() throws {
        let text = "招商引资情况通报\n二、各市（州）实际使用外资及增速（单位：亿元，%）\n安庆市：312.6，增长9.4\n池州市：118.2，下降1.5\n"
        let row = try readFact(text, 312.6e8, date: "2025-07-20")
        #expect(row.holder == "安庆市" && row.measure == "实际使用外资")
        #expect(try readFact(text, 1.5, date: "2025-07-20").measure == "实际使用外资")
    }

    @Test func aTownsAndASubdistrictsRowsAreTheirs() throws {
        let text = "附表：各镇（街道）规模以上工业增加值增长情况（%）\n青山街道　9.6\n和平镇　5.3\n煤岭乡　-2.4\n"
        let street = try readFact(text, 9.6, date: "2025-06-18")
        #expect(street.holder == "青山街道" && street.measure == "规模以上工业增加值")
        #expect(try readFact(text, 5.3, date: "2025-06-18").holder == "和平镇")  // (和 opening a town's name is its own)
        let town = try readFact(text, 2.4, date: "2025-06-18")
        #expect(town.holder == "煤岭乡" && town.direction == "down")
    }

    @Test func whichAmountOfForeignFundsItIsIsNoHolder() throws {
        let funds = try readFact("2024年，全县新签约项目57个，实际到位外资1.6亿美元。", 1.6e8, date: "2025-03-02")
        #expect(funds.holder == "全县" && funds.measure == "实际到位外资")
    }
}

/// Where this session's rules must not reach: each is written for one shape of text and leaves the others as they were.
@Suite struct NarrowRulesTests {
    @Test func aListOfZonesEndingInAShortItemReadsWithoutTrapping() {
        let facts = readFacts("浦东新区、徐汇分别增长5.1%和4.2%。", date: "2025-03-02")
        #expect(facts.contains { $0.value == 4.2 })
    }

    @Test func theNewsNounInAFirmsNameIsNoByline() throws {
        #expect(try readFact("福建某某锐捷通讯股份有限公司营业收入35亿元。", 35e8, date: "2025-03-02").holder == "福建某某锐捷通讯股份有限公司")
        #expect(try readFact("杭州某某网络通讯技术有限公司营业收入3.5亿元。", 3.5e8, date: "2025-03-02").holder == "杭州某某网络通讯技术有限公司")
    }

    @Test func aGrowthsRankAfterAListIsNotTheLists() throws {
        let text = "8月30日，省企业联合会发布“2025某省制造业企业50强”榜单。2024年，本市规上工业增加值同比增长8.1%，增速居第3位。"
        let rank = try #require(readFacts(text, date: "2025-09-01").first { $0.kind == .rank })
        #expect(rank.measure == "规上工业增加值" && rank.period == Period(start: "2024-01-01", end: "2024-12-31"))
    }

    @Test func aCaptionSpreadingNoCountNamesNoRows() throws {
        let text = "截至6月底，全市共有规上工业企业1620家。全市固定资产投资按区域分布如下：\n东城区　86.2亿元\n"
        #expect(try readFact(text, 86.2e8, date: "2025-07-10").measure != "全市固定资产投资数")
    }

    @Test func aYearsEndInAGoalIsTheGoalsYear() throws {
        #expect(try readFact("力争全市A股上市公司年末达到60家。", 60, date: "2025-01-20").period == Period(asOf: "2025-12-31"))
    }
}

/// Zones and parks no gazetteer knows, a post's bracketed sections, the parts of a total, a list's first and renewed
/// firms, and a project named after what goes on with it.
@Suite struct ZonesParksAndPartsTests {
    @Test func aZoneNoGazetteerKnowsIsNamedByItsInterviewItsCaptionAndItsPublisher() throws {
        // Given an interview whose subtitle names a zone by a place no gazetteer knows, When 开发区 stands alone, Then it is
        // the zone named in full.
        let interview = "奋力冲刺新目标\n——访青枫经济技术开发区管委会主任李明\n记者：青枫经开区去年成绩如何？\n李明：去年开发区规上工业总产值达到486.2亿元。"
        #expect(try readFact(interview, 48_620_000_000, date: "2025-02-12").holder == "青枫经济技术开发区")
        // A title writing it short above its publisher's line writing it in full: the full name, for the caption's rows too.
        let table = "青枫高新区上半年运行简报\n青枫高新技术产业开发区管委会\n表1　2025年1-6月青枫高新区主要指标\n单位：亿元，%\n指标\t1-6月\t同比增长\n固定资产投资\t63.5\t7.1"
        #expect(try readFact(table, 6_350_000_000, date: "2025-07-20").holder == "青枫高新技术产业开发区")
    }

    @Test func aParksPostHoldsItsFiguresUnderItsBracketedSections() throws {
        // Given a park's year-end post, with a line inviting readers to look (看看园区…) and sections in 【】, When read,
        // Then 园区 is the park named, a clause opening with what was paid names no one, and a part of a total is a stock.
        let text = """
            数说2024丨云杉智谷产业园年度成绩单
            云杉智谷产业园运营中心
            这一年，云杉智谷产业园持续发力。来看看园区这一年的收获吧！
            【企业服务】
            去年园区新增入驻企业38家，累计入驻企业达到176家，其中高新技术企业44家。
            【经济效益】
            全年园区企业实现营业收入52.3亿元；缴纳税收2.14亿元。
            """
        let park = "云杉智谷产业园", date = "2025-01-10"
        #expect(try readFact(text, 5_230_000_000, date: date).holder == park)
        #expect(try readFact(text, 214_000_000, date: date).holder == park)
        let part = try readFact(text, 44, date: date)
        #expect(part.holder == park && part.period == .asOf("2024-12-31"))
        #expect(try readFact(text, 38, date: date).period == .year(2024))
    }

    @Test func whatIsDoneToAParkOrAClassOfParksNamesNone() throws {
        // Given a park's press release, When later clauses report on parks (通报园区…) or rank among a province's parks,
        // Then 园区 still stands for the park named.
        let text = """
            临川化工新材料产业园区召开年度新闻发布会
            2月20日，临川化工新材料产业园区召开发布会，通报园区去年发展成效。去年园区工业总产值822.5亿元。\
            全年园区亩均税收38.6万元，居全省化工园区前列。深化智慧化工园区建设。今年园区将力争工业总产值突破900亿元。
            """
        let park = "临川化工新材料产业园区", date = "2025-02-21"
        #expect(try readFact(text, 386_000, date: date).holder == park)
        #expect(try readFact(text, 90_000_000_000, date: date).holder == park)
    }

    @Test func aListsFirstAndRenewedFirmsAndTheRankOfItsCount() throws {
        // Given a list's count with its first-time and renewed firms and the count's rank, When read, Then each part is
        // named by its event and the rank is of the count, on the list's day.
        let text = "6月30日，省经济和信息化厅公布第七批专精特新中小企业名单，青州市52家企业入选，数量居全省第3位，其中首次入选30家、复核通过22家。"
        let rank = try readFact(text, 3, date: "2025-07-01")
        #expect(rank.measure == "入选企业数" && rank.period == Period(start: "2025-06-30", end: "2025-06-30"))
        #expect(try readFact(text, 30, date: "2025-07-01").measure == "首次入选企业数")
        let renewed = try readFact(text, 22, date: "2025-07-01")
        #expect(renewed.measure == "复核通过企业数" && renewed.qualifier == .exact)
        // Standards led over a year are counted over it.
        #expect(try readFact("2024年，全市企业主导制定国家标准26项。", 26, date: "2025-02-01").period == .year(2024))
    }

    @Test func aProjectCarriedOnIsNamedAndItsAccountsTakeNoOtherClausesPeriod() throws {
        // Given a project named as what goes on (继续推进…项目建设) after a half-year, When 该项目总投资 follows, Then the
        // project holds it, of no period; a period opening the sentence alone still dates it.
        let text = "董事长表示，下半年公司将继续推进合肥新能源装备基地项目建设，该项目总投资16亿元，预计明年投产。"
        let invested = try readFact(text, 1_600_000_000, date: "2025-08-21")
        #expect(invested.holder == "合肥新能源装备基地项目" && invested.period == nil)
        #expect(try readFact("2024年，合肥新能源装备基地项目总投资16亿元。", 1_600_000_000, date: "2025-08-21").period == .year(2024))
    }

    @Test func anIncubatorsParkAndTheDealsItsFirmsGot() throws {
        // Given an incubator park (科创园) and its firms' equity deals in 笔, When read, Then the park holds them and the
        // deals are what was got, not a count of firms.
        let text = "云梦科创园年度简报\n今年以来，云梦科创园新引进科技型企业41家。园区企业获得股权融资15笔，融资总额3.2亿元。"
        let park = "云梦科创园", date = "2025-12-10"
        let firms = try readFact(text, 41, date: date)
        #expect(firms.holder == park && firms.measure == "新引进科技型企业数")
        let deals = try readFact(text, 15, date: date)
        #expect(deals.holder == park && deals.unit == "笔" && deals.measure == "股权融资")
    }

    @Test func theMembersListedBeforeACountOfTiersAreNoPartOfIt() throws {
        // Given the clusters of each tier listed by name before their count, When read, Then each count is of the tier's
        // clusters alone.
        let text = "目前，全县已形成陶瓷、卫浴2个千亿级产业集群，五金、家居3个五百亿级产业集群，以及光电、新材料等5个百亿级产业集群。"
        #expect(try readFact(text, 2, date: "2025-03-10").measure == "千亿级产业集群数")
        #expect(try readFact(text, 3, date: "2025-03-10").measure == "五百亿级产业集群数")
        #expect(try readFact(text, 5, date: "2025-03-10").measure == "百亿级产业集群数")
    }

    @Test func aClassOfProjectsInvestedAndADeadlineBeforeAMonthsEnd() throws {
        // Given projects of a size that invested (亿元以上项目完成投资) and a goal by a month's end (6月底前), When read, Then
        // the class is part of the measure and the goal is as of that day; 签约资金 is a measure of its own.
        let text = "1-5月，全县亿元以上项目完成投资96.4亿元。全县新签约项目38个，签约资金212.5亿元。力争6月底前全县省市重点项目开工率达到85%以上。"
        #expect(try readFact(text, 9_640_000_000, date: "2025-06-10").measure == "亿元以上项目投资")
        #expect(try readFact(text, 21_250_000_000, date: "2025-06-10").measure == "签约资金")
        let goal = try readFact(text, 85, date: "2025-06-10")
        #expect(goal.measure == "省市重点项目开工率" && goal.period == .asOf("2025-06-30"))
    }

    @Test func aMonthsBulletinsPlaceAClassOfPricesAndPlacesListedWithTheirGrowth() throws {
        // Given a title dated 8月份 before the city, a class of prices named after a word of trade, and districts listed
        // with what grew (投资增速分别为), When read, Then the city is the place, the class is the price's, and each district's
        // growth is of what was named once.
        let text = "2025年8月份遂宁市居民消费价格运行情况\n8月份，全市交通通信类价格同比下降2.1%。\n船山区、安居区投资增速分别为6.2%和-1.5%；船山区、安居区工业增加值增速分别为7.4%和5.3%。"
        let prices = try readFact(text, 2.1, date: "2025-09-15")
        #expect(prices.holder == "遂宁市" && prices.measure == "交通通信类价格")
        #expect(try readFact(text, 6.2, date: "2025-09-15").measure == "投资")
        #expect(try readFact(text, 7.4, date: "2025-09-15").measure == "工业增加值")
        // A rate of the firms, after them (亏损面), is theirs, not a count of them.
        #expect(try readFact("5月末，全省规模以上工业企业亏损面17.2%。", 17.2, date: "2025-06-20").measure == "规模以上工业企业亏损面")
    }

    @Test func rulesOfThisSessionStayWithinTheirWords() throws {
        // Given the ordinary text a review found each new rule might misread, When read, Then none of them fires.
        // (A station's voltage and name after 千伏安 count nothing; a goal another body set, 制定的目标, counts no event.)
        #expect(readFacts("500千伏安吉变电站日前投运。", date: "2025-06-01").isEmpty)
        #expect(try readFact("按照省里制定的目标，全市规上工业企业达到5829家。", 5829, date: "2025-06-01").measure == "规上工业企业数")
        // (部分产品 is no breakdown by product; an industry's figure stays the industry's.)
        let firm = "江苏某某精工股份有限公司发布半年报。受部分产品降价影响，汽车零部件行业利润总额下降5.2%。"
        #expect(try readFact(firm, 5.2, date: "2025-08-20").holder == "汽车零部件行业")
        // (A caption naming a class of zones names no zone; 股份 before a city opens no name.)
        let caption = "表2　1-6月国家级高新区主要指标\n单位：亿元，%\n指标\t1-6月\t同比增长\n营业收入\t215.6\t6.3"
        #expect(try readFact(caption, 21_560_000_000, date: "2025-07-20").holder != "国家级高新区")
        #expect(FactExtractor.documentPlace("某某股份成都分公司发布\n全市新增订单12亿元。") != "成都市")
        // (A second firm's trade before 业务 is its own: 公司's firm holds only what it names.)
        let lines = "晨星精密装备股份有限公司发布半年报。报告期内，锂电装备业务实现营业收入7.46亿元。"
        #expect(try readFact(lines, 746_000_000, date: "2025-07-22").measure == "锂电装备营业收入")
        // (A park being built after 加快 is still named.)
        let built = "加快建设智能网联汽车产业园，力争年内园区入驻企业突破60家。"
        #expect(try readFact(built, 60, date: "2025-06-01").holder == "智能网联汽车产业园")
        // (参与公司…说明会 names no firm.)
        let meeting = "上海某某微电子股份有限公司发布年报。投资者可线上参与公司业绩说明会。公司全年营业收入12.3亿元。"
        #expect(try readFact(meeting, 1_230_000_000, date: "2025-04-20").holder == "上海某某微电子股份有限公司")
    }
}

/// A district's and a park's week: items that open with a bullet mark, the area a place governs, what is counted by
/// class. Each rule on text of its own (none of it from the evaluation sets).
struct BulletsAndJurisdictionTests {
    @Test func aBulletAfterALineThatGoesOnKeepsTheHolder() throws {
        let text = "某湾科技园｜一季度运营简报\n原创　某湾科技园　2025年04月06日\n一季度主要数据如下：\n► 园区企业实现营业收入21.4亿元，同比增长9.1%；\n► 新增入驻企业12家；\n► 孵化器在孵企业达到64家。"
        #expect(try readFact(text, 2_140_000_000, date: "2025-04-06").holder == "某湾科技园")
        // The mark ends no sentence the line before goes on with, and is no part of the next item's words.
        let added = try readFact(text, 12, date: "2025-04-06")
        #expect(added.holder == "某湾科技园" && added.measure == "新增入驻企业数")
        // Bullets within a line, after its colon or ；, go on too.
        let inline = "某湾科技园上半年运营简报\n上半年，园区主要指标：▶营业收入21.4亿元；▶新增入驻企业12家。"
        let item = try readFact(inline, 12, date: "2025-07-06")
        #expect(item.holder == "某湾科技园" && item.quote == "新增入驻企业12家")
        // After a full stop the mark still starts a sentence of its own: the holder before does not carry.
        let apart = "某湾科技园营业收入21.4亿元。\n★ 全国新增入驻企业12家。"
        #expect(try readFact(apart, 12, date: "2025-04-06").holder == "全国")
    }

    @Test func theAreaAPlaceGovernsIsThatPlace() throws {
        let text = "梅林街道召开上半年经济运行分析会\n来源：梅林街道办事处　2025-07-15\n据会上通报，上半年辖区规上工业总产值完成304.1亿元，增长5.2%。"
        let output = try readFact(text, 30_410_000_000, date: "2025-07-15")
        #expect(output.holder == "梅林街道" && output.holderWritten == "辖区" && output.measure == "规上工业总产值")
        // In a zone's, the zone, not the county it lies in.
        let zone = "某石县经济开发区召开半年工作会\n会议通报，上半年辖区规上工业产值增长9.6%。"
        #expect(try readFact(zone, 9.6, date: "2025-07-15").holder == "某石县经济开发区")
        // In a district's bulletin, the district.
        let district = "2025年上半年龙岗区工业运行简况\n龙岗区统计局　2025-07-15\n上半年，本辖区规上工业增加值同比增长4.4%。"
        #expect(try readFact(district, 4.4, date: "2025-07-15").holder == "龙岗区")
    }

    @Test func aWeeksReportSaysWhichWeekAndFirmsVisitedAreNoStock() throws {
        let text = "某城区经济和信息化局工作周报\n（2025年6月16日—6月20日）\n一、本周工作\n1. 本周走访企业31家，梳理问题12条。\n2. 6月底前完成技改项目申报。"
        let week = Period(start: "2025-06-16", end: "2025-06-20")
        let visited = try readFact(text, 31, date: "2025-06-20")
        #expect(visited.period == week && visited.measure == "走访企业数")
        #expect(try readFact(text, 12, date: "2025-06-20").period == week)
        // Without a week in its first lines, 本周 gives no period; a longer run of days is no week.
        #expect(try readFact("工作简报\n本周走访企业31家。", 31, date: "2025-06-20").period == nil)
        let fortnight = "工作简报\n（2025年6月2日—6月20日）\n本周走访企业31家。"
        #expect(try readFact(fortnight, 31, date: "2025-06-20").period != week)
    }

    @Test func moreAddedThanAYearBeforeIsAChange() throws {
        let text = "前5个月，某川县净增规上企业21家，同比多增6家；新签约项目33个，比上年同期少签约4个。"
        let more = try readFact(text, 6, date: "2025-07-15")
        #expect(more.kind == .change && more.direction == "up" && more.basis == "同比")
        let fewer = try readFact(text, 4, date: "2025-07-15")
        #expect(fewer.kind == .change && fewer.direction == "down")
    }

    @Test func aTitlesFigureStatedAgainBelowIsOfTheDayGivenThere() throws {
        let text = "某阳县5家企业入选省级绿色工厂名单\n来源：某阳县经信局　2025-03-12\n3月10日，省工业和信息化厅公布2024年度省级绿色工厂名单，某阳县5家企业入选。"
        let day = Period(start: "2025-03-10", end: "2025-03-10")
        let facts = readFacts(text, date: "2025-03-12").filter { $0.value == 5 }
        #expect(facts.count == 2 && facts.allSatisfy { $0.period == day }, "\(facts.map(\.period))")
        // A figure below of another measure, not of a day, is no statement of the title's.
        let other = "某阳县12家企业获评省级绿色工厂\n近日，省工信厅公布名单，某阳县12家企业获评省级绿色工厂。2024年，全县新增国家级绿色工厂12家。"
        #expect(readFacts(other, date: "2025-03-12").first?.period == nil)
        // A title's figure with a period of its own keeps it.
        let own = "某阳县去年新增规上企业5家\n3月10日，某阳县新增规上企业5家。"
        #expect(readFacts(own, date: "2025-03-12").first?.period == .year(2024))
    }

    @Test func whatWasDoneAtTheMeetingIsOfItsDayAndHonouredFirmsAreCounted() throws {
        let text = "3月6日，某川县召开2025年高质量发展推进会。会议回顾了2024年全县经济运行情况。会上，27家企业受表彰。"
        let honoured = try readFact(text, 27, date: "2025-03-08")
        #expect(honoured.period == Period(start: "2025-03-06", end: "2025-03-06") && honoured.measure == "受表彰企业数")
        // Further on, 会上 names no day any more.
        let far = "3月6日，某川县召开推进会。会议回顾了2024年情况。全县产值增长。投资增长。税收增长。会上，27家企业受表彰。"
        #expect(try readFact(far, 27, date: "2025-03-08").period != Period(start: "2025-03-06", end: "2025-03-06"))
        let rated = try readFact("全县共有412家规上工业企业参评。", 412, date: "2025-05-09")
        #expect(rated.measure == "参评规上工业企业数")
    }

    @Test func firmsComeToAnEventAreOfItsDayAndWhatCameNewIsAFlow() throws {
        let met = try readFact("5月16日，某州市在苏州举办投资说明会，90余家企业参会。", 90, date: "2025-05-18")
        #expect(met.period == Period(start: "2025-05-16", end: "2025-05-16") && met.measure == "参会企业数")
        let landed = try readFact("1-4月，沛县新落地产业项目9个。", 9, date: "2025-05-18")
        #expect(landed.period == Period(start: "2025-01-01", end: "2025-04-30") && landed.measure == "新落地产业项目数")
        let settled = try readFact("2024年，某湖产业园新入驻企业33家。", 33, date: "2025-05-18")
        #expect(settled.period == .year(2024))
        // A park's occupancy is a state at a moment, its year's end.
        let occupied = try readFact("2024年，某湖产业园标准厂房入驻率达到81%。", 81, date: "2025-05-18")
        #expect(occupied.period == .asOf("2024-12-31"))
    }

    @Test func aYearWrittenWithNianDuNamesTheMeetingOrResultsItOpens() throws {
        let day = Period(start: "2025-06-12", end: "2025-06-12")
        let awarded = "6月12日，2024年度某省科学技术奖励大会在某城召开，某州市共有19个项目获奖。"
        #expect(try readFact(awarded, 19, date: "2025-06-14").period == day)
        let rated = "6月12日，某兴县公布2024年度企业综合评价结果，全县共有233家企业参评。"
        #expect(try readFact(rated, 233, date: "2025-06-14").period == day)
        // A year written as a time, not in a name, dates what it counts.
        let counted = try readFact("6月12日，市统计局发布数据，2024年全市新增规上企业120家。", 120, date: "2025-06-14")
        #expect(counted.period == .year(2024))
    }

    @Test func aPartOfADaysCountAndATotalToThatDay() throws {
        let text = "4月9日，某省公布第五届省长质量奖评审结果，全省共有9家组织获得省长质量奖。其中，某州市有3家企业获奖。至此，某州市累计有21家企业获得该奖。"
        let day = Period(start: "2025-04-09", end: "2025-04-09")
        #expect(try readFact(text, 3, date: "2025-04-11").period == day)
        #expect(try readFact(text, 21, date: "2025-04-11").period == .asOf("2025-04-09"))
        // A title's short name and the body's full name are one holder: the title's count is of the day too.
        let titled = "沛县4家企业上榜省民营企业百强\n9月3日，省工商联发布榜单，沛县4家企业上榜。"
        let both = readFacts(titled, date: "2025-09-05").filter { $0.value == 4 }
        #expect(both.count == 2 && both.allSatisfy { $0.period == Period(start: "2025-09-03", end: "2025-09-03") }, "\(both.map(\.period))")
    }

    @Test func aListNamedInTitleMarksIsOfItsDayAndItsRanksOfItsYear() throws {
        let text = "8月3日，某研究院发布《2025某地区制造业百强县（市）》榜单。某省有17个县市上榜，某县位列第12位，居全省第二。"
        #expect(try readFact(text, 17, date: "2025-08-05").period == Period(start: "2025-08-03", end: "2025-08-03"))
        #expect(try readFact(text, 12, date: "2025-08-05").period == .year(2025))
        // A rank given in the list's sentence, with a scope, is of the list's year too; one of a count of the day, of the day.
        let same = "8月3日，某研究院发布《2025某地区制造业百强县》榜单，某县位列第12位，居全省第二。"
        #expect(try readFact(same, 2, date: "2025-08-05").period == .year(2025))
        let counted = "8月3日，某厅公布2025年度专精特新企业名单，某市入选41家，居全省首位。"
        #expect(try readFact(counted, 1, date: "2025-08-05").period == Period(start: "2025-08-03", end: "2025-08-03"))
    }

    @Test func aHeadingsKindsOfRowsListedAreNoPartOfItsMeasure() throws {
        let text = "晋江市工信局关于2021年度“小升规”工作完成情况的通报\n　　一、各镇（街道）、园区新增规上工业企业数（家）\n　　陈埭镇　34\n　　池店镇　17\n"
        let row = try readFact(text, 34, date: "2022-01-24")
        #expect(row.holder == "陈埭镇" && row.measure == "新增规上工业企业数")
    }

    @Test func eachTownsRowsAndExamplesBeforeDengAreNoPartOfTheMeasure() throws {
        let table = "某区上半年工业运行情况\n三、分区镇情况\n上半年各区镇规上工业产值（单位：亿元，%）\n平望镇：96.2，增长4.4\n"
        let row = try readFact(table, 9_620_000_000, date: "2025-07-18")
        #expect(row.holder == "平望镇" && row.measure == "规上工业产值")
        let covered = try readFact("全市工业互联网平台覆盖家具、五金、陶瓷等重点产业链9个。", 9, date: "2025-07-18")
        #expect(covered.measure == "工业互联网平台覆盖重点产业链")
        // The examples start after the verb before them, which stays; a list of levels (国家级、省级等) is kept whole.
        #expect(try readFact("全市引进华锐、星海等龙头企业项目12个。", 12, date: "2025-07-18").measure == "引进龙头企业项目数")
        let levels = try readFact("全市拥有国家级、省级等各级专精特新企业286家。", 286, date: "2025-07-18")
        #expect(levels.measure == "国家级、省级等各级专精特新企业数")
    }

    @Test func aTitlesShortNameOfAFirmIsTheRegisteredFirmBelow() throws {
        let text = "华屹精工上半年净利润增长18%\n7月12日晚，浙江华屹精工机械股份有限公司发布半年度报告，上半年实现营业收入12.6亿元。"
        let net = try readFact(text, 18, date: "2025-07-13")
        #expect(net.holder == "浙江华屹精工机械股份有限公司" && net.holderWritten == "华屹精工")
    }

    @Test func buildingsCountedByTheirTax() throws {
        // 超亿元 before 楼宇 names a class of buildings, no amount of tax.
        let text = "截至6月底，全区纳税超亿元楼宇达到19栋。"
        let facts = readFacts(text, date: "2025-07-15")
        #expect(facts.count == 1 && facts.first?.measure == "纳税超亿元楼宇数")
    }
}
