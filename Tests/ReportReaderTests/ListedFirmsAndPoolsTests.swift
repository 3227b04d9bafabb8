import Testing
import ZhizaoCore
@testable import ReportReader

/// Rules for listed firms' news, filings and brokers' notes (docs/FACTS.md), each on text of its own (none of it from
/// the annotated sets).
@Suite struct ListedFirmsTests {
    @Test func whatCountedFirmsDidAfterThemIsNoPartOfTheCountAndRowsCountThemToo() throws {
        let text = "截至4月30日，苏州209家A股上市公司已全部披露2022年年报。分地区看：\n　　苏州工业园区　56家\n　　昆山市　38家"
        #expect(try readFact(text, 209, date: "2023-05-06").measure == "A股上市公司数")
        // (What they did is still the count's when it is an event: 12个项目已竣工投产.)
        #expect(try readFact("全县12个项目已竣工投产。", 12, date: "2023-05-06").measure == "竣工投产项目数")
        let row = try readFact(text, 56, date: "2023-05-06")
        #expect(row.holder == "苏州工业园区" && row.measure == "A股上市公司数")
    }

    @Test func highTechFirmsWrittenShortAreCountedAndAClass() throws {
        let text = "从产业领域看，电子信息产业高企312家。全区规上高企2024年实现营业收入1286.3亿元。"
        #expect(try readFact(text, 312, date: "2025-01-15").measure == "高企数")
        let revenue = try readFact(text, 1286.3e8, date: "2025-01-15")
        #expect(revenue.holder == "全区" && revenue.measure == "规上高企营业收入")
    }

    @Test func anAverageOpeningAMeasureIsPartOfItAndBeforeAGrowthNone() throws {
        #expect(try readFact("研发费用合计13.8亿元，平均研发投入强度5.0%。", 5, date: "2024-12-18").measure == "平均研发投入强度")
        #expect(try readFact("全市规上工业增加值两年平均增长5%，平均增长6%。", 6, date: "2024-12-18").measure == "规上工业增加值")
    }

    @Test func anAverageAloneIsOfTheMeasureBeforeItAfterItsClass() throws {
        let text = "我市入选企业合计实现营业收入276.4亿元，户均1.95亿元；研发费用合计13.8亿元。"
        #expect(try readFact(text, 1.95e8, date: "2024-12-18").measure == "入选企业户均营业收入")
        #expect(try readFact("2022年，苏州A股上市公司合计研发投入512.6亿元。", 512.6e8, date: "2023-05-06").measure == "A股上市公司研发投入")
        // (Not after a group that is no class of firms, nor an average after one.)
        #expect(try readFact("公司前五名客户合计销售金额8.6亿元。", 8.6e8, date: "2023-04-20").measure == "客户合计销售金额")
        let average = "2023年，全市规上工业企业实现营业收入1286.3亿元，户均3.2亿元。"
        #expect(try readFact(average, 3.2e8, date: "2024-05-10").measure == "户均")
    }

    @Test func firmsAssessedAndTheirGradesAreClassesOfThePlacesMeasure() throws {
        let text = "评价结果显示，2020年园区参评企业亩均税收28.7万元，同比增长6.3%。其中，A类企业亩均税收达到76.5万元，D类企业仅为4.2万元。"
        #expect(try readFact(text, 287_000, date: "2021-04-15").measure == "参评企业亩均税收")
        let a = try readFact(text, 765_000, date: "2021-04-15")
        #expect(a.holder == "园区" && a.measure == "A类企业亩均税收")
        #expect(try readFact(text, 42_000, date: "2021-04-15").measure == "D类企业亩均税收")
    }

    @Test func aFirmWrittenWithItsStockCodeHoldsItsNews() throws {
        // Given a Taiwan report naming a firm by its short name and stock code, after its trade, When the next sentence
        // states results with no holder, Then they are the firm's, as a registered firm's would be.
        let text = """
            青禾光電第2季獲利亮眼
            （記者王某／新竹報導）光學鏡頭廠青禾光電（4127）5日召開法人說明會，公布第2季財報。受惠車用鏡頭出貨增加，第2季合併營收達新台幣21.36億元，季增8.4%。
            """
        let revenue = try fact(text, 21.36e8, date: "2025-08-06")
        #expect(revenue.holder == "青禾光电" && revenue.unit == "TWD")
        #expect(try fact(text, 8.4, date: "2025-08-06").holder == "青禾光电")
    }

    @Test func aNumberedLineAListedFirmOpensIsItsNews() throws {
        // Given a broker's morning note with one numbered heading per firm, name and stock code first, When 公司 and bare
        // figures follow each heading, Then each is the firm of its heading, the heading ending at its line.
        let text = """
            某某证券研究所
            晨会纪要
            2025年4月2日　星期三
            一、远帆材料（688901）：2024年年报点评——新品放量
            公司发布2024年年报，全年实现营业收入12.64亿元，同比增长21.5%。
            二、松岭电气（603922）：2024年年报点评——海外业务高速增长
            2024年公司实现营业收入35.18亿元，同比增长16.2%；归母净利润2.91亿元。
            """
        #expect(try fact(text, 12.64e8, date: "2025-04-02").holder == "远帆材料")
        #expect(try fact(text, 35.18e8, date: "2025-04-02").holder == "松岭电气")
        #expect(try fact(text, 2.91e8, date: "2025-04-02").holder == "松岭电气")
    }

    @Test func aNotesDateLineNamesNoFirm() throws {
        // Given a note whose title names a firm and whose head has a 报告日期 line, When 公司 follows, Then it is the firm.
        let text = """
            远帆材料（688901）2025年报点评
            证券研究报告·公司点评
            报告日期：2026年4月3日
            事件：公司披露年度报告。2025年公司实现营业收入12.64亿元，同比增长21.5%。
            """
        #expect(try fact(text, 12.64e8, date: "2026-04-03").holder == "远帆材料")
    }

    @Test func aConcessionOpensNoHolder() throws {
        // Given a filing's reason that opens with 尽管, When its sales follow, Then they are the issuer's, not 尽管's.
        let text = """
            证券代码：002399　　证券简称：某某锂能
            江西某某锂能股份有限公司
            2025年度业绩预亏公告
            三、业绩预亏的主要原因
            报告期内，产品价格下行。尽管全年碳酸锂销量达到1.82万吨，同比增长9.6%，但营业收入仍大幅下滑。
            """
        let sales = try fact(text, 1.82e4, date: "2025-01-20")
        #expect(sales.holder == "江西某某锂能股份有限公司" && sales.measure == "碳酸锂销量")
    }

    @Test func anEnDashMakesARangeAndTheReportPeriodIsNoHolder() throws {
        // Given a preview with ranges written with an en dash and 本报告期 before the measure, When read, Then each range
        // is one fact with its upper end, of the issuer.
        let text = """
            证券代码：002788　　证券简称：某某食品
            福建某某食品股份有限公司
            2024年度业绩预告
            预计本报告期归母净利润比上年同期增长18.20%–36.75%。
            """
        let growth = try fact(text, 18.2, date: "2025-01-21")
        #expect(growth.upTo == 36.75 && growth.holder == "福建某某食品股份有限公司")
    }

    @Test func aFirmThatSignsAtAFairHoldsWhatItSigned() throws {
        // Given a firm that signed at a fair named with its edition, then a sentence of last year's accounts, When the
        // fair's own counts follow with its days written bare, Then the firm holds what it signed, the fair its counts,
        // in the fair's year.
        let text = """
            某某电气在装备博览会上签下大单
            某某在线6月12日讯　6月10日，江西某某电气股份有限公司在第三届中国（鹰潭）先进装备博览会上集中签约，签约变压器订单合计26亿元。
            2025年，公司实现营业收入71.3亿元。
            本届博览会于6月10日至12日举办，参展企业420家。
            """
        #expect(try fact(text, 26e8, date: "2026-06-13").holder == "江西某某电气股份有限公司")
        let exhibitors = try fact(text, 420, date: "2026-06-13")
        #expect(exhibitors.holder == "第三届中国鹰潭先进装备博览会" && exhibitors.period == Period(start: "2026-06-10", end: "2026-06-12"))
    }

    @Test func aHongKongItemsRomanNumberIsNoPartOfAName() throws {
        // Given a Hong Kong alert listing reasons as (i), (ii), When a plant holds a rate, Then its name has no numeral.
        let text = """
            某某控股集團有限公司
            正面盈利預告
            董事會相信，盈利上升乃由於：(i)本集團產品銷量按年增長約31%；(ii)馬來西亞生產基地產能利用率提升至約78%。
            """
        #expect(try fact(text, 78, date: "2025-01-15").holder == "马来西亚生产基地")
    }

    @Test func aSourcesCityBylineIsNoPartOfAName() throws {
        // Given a wire byline with its city and day before 讯, When the registered firm after it holds figures, Then the
        // byline is no part of its name.
        let text = """
            某某重工：订单饱满
            财经快讯杭州5月8日讯　浙江某某重工股份有限公司8日在投资者互动平台表示，截至4月末，公司在手订单金额18.6亿元。
            """
        #expect(try fact(text, 18.6e8, date: "2025-05-08").holder == "浙江某某重工股份有限公司")
    }
}

/// Rules for a subdistrict's briefing and a pool's intake.
@Suite struct SubdistrictsAndPoolsTests {
    @Test func aSubdistrictTheTitleNamesIsWhat全街道StandsFor() throws {
        let text = """
            桂洲街道上半年经济运行情况通报
            桂洲街道办事处经济科　2025年7月

            一、总体运行
            上半年，全街道规上工业总产值达612.4亿元，同比增长6.3%。
            """
        let output = try fact(text, 612.4e8, date: "2025-07-20")
        #expect(output.holder == "桂洲街道" && output.holderWritten == "全街道")
    }

    @Test func aPoolsIntakeCountsItsFirms() throws {
        // Given a pool's list by its day, with its parts and places, When the counts are read, Then each counts the firms
        // taken in (入库企业数), the parts by their own verbs.
        let text = "　　5月20日，市工信局公布2025年企业培育库名单，全市共有88家企业入库，其中首次入库52家、复核保留36家。从区域看，高新区入库19家。"
        #expect(try fact(text, 88, date: "2025-05-21").measure == "入库企业数")
        #expect(try fact(text, 52, date: "2025-05-21").measure == "首次入库企业数")
        #expect(try fact(text, 36, date: "2025-05-21").measure == "复核保留企业数")
        let zone = try fact(text, 19, date: "2025-05-21")
        #expect(zone.holder == "高新区" && zone.measure == "入库企业数")
    }

    @Test func aPrizesWinnersAreCounted() throws {
        let text = "　　今年，全区7个项目获奖，215家企业参加复核。"
        #expect(try fact(text, 7, date: "2025-12-20").measure == "获奖项目数")
        #expect(try fact(text, 215, date: "2025-12-20").measure == "参加复核企业数")
    }

    @Test func whatWasAddedToAPoolKeeps新增() throws {
        // Given 新增 before a pool's name and its intake's verb, When the count is read, Then it is of the firms added (a
        // guard: taking 入库 for a count's event must not drop the 新增 before it).
        let text = "　　2024年全年新增“专精特新”入库企业318家。"
        #expect(try fact(text, 318, date: "2025-01-10").measure == "新增专精特新入库企业数")
    }
}

/// Rules for lists by places and a municipality's figures.
@Suite struct ListsByPlaceTests {
    @Test func firmsAtLargeInAPlacesReportAreThePlaces() throws {
        // Given a city bureau's summary that pushes 企业 at large, no firm named, When its counts are read, Then the city holds
        // them, not the bare word.
        let text = "湖州市2024年“智改数转”工作推进情况\n湖州市经信局　2025年2月20日\n　　去年我市深入实施数字化转型工程，加快推动企业“上云上平台”，全年新增上云企业3200家。"
        let added = try readFact(text, 3200, date: "2025-02-20")
        #expect(added.holder == "湖州市" && added.measure == "新增上云企业数")
    }

    @Test func aPlacesRankedListedOrPooledFirmsAreAClassOfItsMeasure() throws {
        // Given a city's top firms, its firms on a list, its pool and its listed firms, each summed, When their accounts
        // are read, Then the class is part of the measure and the place holds it (a firm named after its kind still holds).
        let text = """
            绵阳市发布2026工业企业30强榜单
            绵阳日报讯　5月20日，市工业和信息化局发布榜单。全市30强企业共实现营业收入3120.5亿元，同比增长4.8%；30强企业实现利润总额188.6亿元。
            　　全区入库企业实现营业收入96.2亿元。全市12家入选企业实现营业收入41.7亿元。入选企业青禾精工有限公司营业收入3.3亿元。
            """
        let revenue = try fact(text, 3120.5e8, date: "2026-05-21")
        #expect(revenue.holder == "绵阳市" && revenue.measure == "30强企业营业收入")
        #expect(try fact(text, 4.8, date: "2026-05-21").measure == "30强企业营业收入")
        #expect(try fact(text, 188.6e8, date: "2026-05-21").measure == "30强企业利润总额")
        #expect(try fact(text, 96.2e8, date: "2026-05-21").measure == "入库企业营业收入")
        let counted = try fact(text, 12, date: "2026-05-21")
        #expect(counted.measure == "入选企业数" && counted.holder == "绵阳市")
        #expect(try fact(text, 41.7e8, date: "2026-05-21").measure == "入选企业营业收入")
        #expect(try fact(text, 3.3e8, date: "2026-05-21").holder == "青禾精工有限公司")
        // An average a firm (户均) is no total: 均 is kept.
        #expect(try fact("全区入库企业户均营业收入1.52亿元。", 1.52e8, date: "2026-05-21").measure == "入库企业户均营业收入")
        let average = try fact("入库企业研发投入强度5.1%，户均营业收入1.52亿元。", 1.52e8, date: "2026-05-21")
        #expect(average.measure == "户均营业收入" && average.holder != "户均")
    }

    @Test func firmsCountedBeforeAPeriodAreTheClassOfWhatTheyAchieved() throws {
        // Given a count of a city's listed firms, then the half year and what they achieved together, When both are read,
        // Then the count stops before the period, and the amount is the class's.
        let text = "　　据统计，全市57家A股上市公司今年上半年共计实现营业收入986.4亿元。全县215家规上工业企业实现利润总额31.2亿元。"
        #expect(try fact(text, 57, date: "2026-09-01").measure == "A股上市公司数")
        #expect(try fact(text, 986.4e8, date: "2026-09-01").measure == "A股上市公司营业收入")
        #expect(try fact(text, 31.2e8, date: "2026-09-01").measure == "规上工业企业利润总额")
    }

    @Test func placesBreakingAListDownCountItsWholeCount() throws {
        // Given a list's count, its new part, then amounts of another year, When a sentence breaks the list down by
        // cities, Then each city's count is of the list's whole count, on the list's day.
        let text = """
            某省公布2026年度制造业领航企业名单
            某省日报讯　5月12日，省工业和信息化厅公布2026年度制造业领航企业名单，全省共有80家企业入选，其中，新入选企业21家。
            　　这批企业2025年营业收入合计8650亿元，研发投入强度平均为3.1%。
            　　分地市看，江川市19家，居全省首位；临河市11家，东岭市6家。
            """
        let city = try fact(text, 19, date: "2026-05-13")
        #expect(city.holder == "江川市" && city.measure == "入选企业数")
        #expect(city.period == Period(start: "2026-05-12", end: "2026-05-12"))
        #expect(try fact(text, 6, date: "2026-05-13").measure == "入选企业数")
    }

    @Test func aChainsLabelIsTheFirstWordsOfItsRowsMeasure() throws {
        let text = """
            3月18日，株洲市公布首批重点产业链链主企业名单，全市31家企业上榜。
            从产业链分布看：
            先进轨道交通装备产业链：链主企业5家；
            陶瓷产业链：链主企业2家。
            """
        let rail = try fact(text, 5, date: "2026-03-20")
        #expect(rail.holder == "株洲市" && rail.measure == "先进轨道交通装备产业链链主企业数")
        #expect(try fact(text, 2, date: "2026-03-20").measure == "陶瓷产业链链主企业数")
        // (An industry's label still holds its row: 船舶海工产业：产值1186.4亿元.)
        #expect(try fact("船舶海工产业：产值1186.4亿元；", 1186.4e8, date: "2026-03-20").holder == "船舶海工产业")
    }

    @Test func aLineOfPlacesMayFollowASentenceOnItsLine() throws {
        let text = """
            　　7月25日，工业和信息化部公示名单。宁波市共有52家企业入选，其中首次入选38家、通过复核14家。
            　　从区域分布看，本批入选企业覆盖全市各区（县、市）。分区（县、市）看：
            　　鄞州区　9家
            　　北仑区　8家
            """
        #expect(try fact(text, 9, date: "2024-07-26").measure == "入选企业数")
        #expect(try fact(text, 8, date: "2024-07-26").measure == "入选企业数")
    }

    @Test func aPlacePublishingItsOwnListHoldsItsCounts() throws {
        let text = """
            株洲市公布首批产业链链主企业名单
            　　9月14日，市制造强市建设领导小组办公室印发首批产业链链主企业名单。各产业链链主企业认定情况如下：
            　　先进轨道交通装备产业链：链主企业6家；
            　　陶瓷产业链：链主企业5家。
            """
        let rail = try fact(text, 6, date: "2022-09-15")
        #expect(rail.holder == "株洲市" && rail.measure == "先进轨道交通装备产业链链主企业数")
        // (A list another publishes names no place of its own: 工信部公布…名单 leaves its counts to no one.)
        let other = text.replacingOccurrences(of: "株洲市公布首批产业链链主企业名单", with: "工信部公布首批产业链链主企业名单")
        #expect(try fact(other, 6, date: "2022-09-15").holder == nil)
    }

    @Test func aTitlesCountIsTheCountOfTheEventBelow() throws {
        // Given a title counting firms newly on a list, When the text below counts them put on the list on a day, Then
        // the title's count is that count: of the event's day and by its name.
        let text = """
            某州新增41家国家级专精特新“小巨人”企业
            　　9月13日，工信部公布第六批专精特新“小巨人”企业名单，全市41家企业入选。
            """
        let counts = readFacts(text, date: "2024-09-14").filter { $0.value == 41 }
        #expect(!counts.isEmpty && counts.allSatisfy { $0.measure == "入选企业数" && $0.period == Period(start: "2024-09-13", end: "2024-09-13") })
        // (Not another event that counts as many: firms at a meeting, or honoured.)
        let meeting = readFacts("常州新增12家绿色工厂\n7月15日，常州市召开推进会，全市12家企业参会。", date: "2025-07-16")
        #expect(meeting.contains { $0.measure == "新增绿色工厂数" } && meeting.contains { $0.measure == "参会企业数" })
    }

    @Test func aPlacePublishingItsOwnEvaluationHoldsItsCounts() throws {
        // Given a county's title publishing its evaluation's results, When a sentence below counts a class of the firms
        // rated with no holder written, Then the county holds it; a ministry's results name no place.
        let text = """
            长兴县公布2024年度工业企业亩均效益综合评价结果
            　　4月21日，县经信局公布2024年度工业企业亩均效益综合评价结果。参评规上企业分为四档，其中A类企业143家。
            """
        #expect(try fact(text, 143, date: "2025-04-22").holder == "长兴县")
        let other = text.replacingOccurrences(of: "长兴县公布", with: "工信部公布")
        #expect(try fact(other, 143, date: "2025-04-22").holder == nil)
    }

    @Test func totalsSoFarLeaveTheListsWholeCountToBreakDown() throws {
        // Given a list's count, its parts, then a sentence of totals opening with 至此, When the next sentence breaks the
        // list down by places, Then each place's count is of the list's whole count, not of its last part nor the totals.
        let text = """
            　　1月6日，省工业和信息化厅公布第二批专精特新中小企业名单，潍坊市187家企业入选。其中，首次认定企业152家、复核通过企业35家。\
            至此，全市省级专精特新中小企业累计达到1964家，国家级专精特新“小巨人”企业达到96家。
            　　分县市区看，寿光市24家、诸城市21家。
            """
        #expect(try fact(text, 24, date: "2025-01-08").measure == "入选企业数")
        #expect(try fact(text, 21, date: "2025-01-08").measure == "入选企业数")
        let total = try fact(text, 96, date: "2025-01-08")
        #expect(total.measure == "国家级专精特新小巨人企业数" && total.period == Period(asOf: "2025-01-06"))
    }

    @Test func aListsCountRankedAfterItsPartsIsTheCountOfItsThings() throws {
        // Given a list's count, its parts, then its 入选数量 ranked, When the rank is read, Then it ranks the firms put on
        // the list.
        let text = "　　7月10日，工信部公示了新一批“小巨人”企业名单，全市共31家企业入选，其中首次入选24家、复核通过7家，入选数量居全省第2位。"
        let rank = try fact(text, 2, date: "2026-07-11")
        #expect(rank.kind == .rank && rank.measure == "入选企业数")
    }

    @Test func theKindsOfAnEventsProjectsAreItsParts() throws {
        // Given a groundbreaking event's count, When the next sentence breaks it down by kinds of project, Then each kind
        // is the event's place's, counted on the event's day.
        let text = """
            青河市2026年一季度重大项目集中开工仪式举行
            　　3月18日，青河市2026年一季度重大项目集中开工仪式在高新区主会场举行。此次集中开工项目58个，总投资236.4亿元。
            从项目类别看，产业项目37个、总投资171.2亿元，基础设施项目21个、总投资65.2亿元。
            """
        let industry = try fact(text, 37, date: "2026-03-19")
        #expect(industry.holder == "青河市" && industry.measure == "产业项目数")
        #expect(industry.period == Period(start: "2026-03-18", end: "2026-03-18"))
        #expect(try fact(text, 171.2e8, date: "2026-03-19").holder == "青河市")
    }

    @Test func rowsIndentedLikeParagraphsAreRowsOfTheWholeCount() throws {
        // Given a list's count, its parts after 其中, a running total, then rows of places indented with ideographic spaces
        // below a colon, When a row is read, Then it counts the firms listed, not the next row's place nor the last part.
        let text = """
            某市一批企业获评省级技术创新示范企业
            　　5月8日，某省工信厅公布名单，全市共有36家企业入选，其中首次入选27家、复核通过9家。至此，全市省级技术创新示范企业累计达到412家。
            　　分县区看：
            　　青溪区　8家
            　　柏岭县　6家
            　　云塘县　7家
            """
        let row = try fact(text, 8, date: "2026-05-10")
        #expect(row.holder == "青溪区" && row.measure == "入选企业数")
        #expect(row.period == Period(start: "2026-05-08", end: "2026-05-08"))
        #expect(try fact(text, 6, date: "2026-05-10").measure == "入选企业数")
    }

    @Test func anEventWrittenAloneCountsWhatItDidWhateverWasCountedSince() throws {
        // Given a list's count, then a review's count and its part, then a running total, When places after them are
        // said to be put on the list (入选), Then they count the firms put on it, not the running total's firms.
        let text = """
            　　5月6日，某省公布2026年度创新型中小企业名单，全省共有1840家企业入选。同时，全省共有920家企业参加复核，其中871家通过复核。至此，全省创新型中小企业累计达到7315家。
            　　分市看，东岭市入选236家，居全省首位；临河市入选188家。
            """
        #expect(try fact(text, 236, date: "2026-05-08").measure == "入选企业数")
        #expect(try fact(text, 188, date: "2026-05-08").measure == "入选企业数")
    }

    @Test func kindsAfterRowsOfPlacesAreTheWholesParts() throws {
        // Given a list's count broken down in rows of places below a line of its 分布, When the next paragraph breaks it
        // down by kinds, Then the kinds are the whole's place's, not the last row's.
        let text = """
            某市第三批技术改造项目库名单公布
            　　9月2日，市工信局公布第三批技改项目库名单，全市共有64个项目入库，总投资118.6亿元。
            　　入库项目按区县分布如下：
            　　东津区　21个
            　　白河县　13个
            　　从产业分布看，电子信息产业项目26个，新材料产业项目15个。
            """
        #expect(try fact(text, 13, date: "2026-09-03").measure == "入库项目数")
        let kind = try fact(text, 26, date: "2026-09-03")
        #expect(kind.holder != "白河县" && kind.measure == "电子信息产业项目数")
    }

    @Test func 全市InAMunicipalitysReportIsTheMunicipality() throws {
        // Given a title naming a municipality (a province's level) by its short name, When 全市 holds a figure, Then it is
        // the municipality.
        let text = "一季度重庆外贸稳中有升\n　　今年一季度，全市外贸进出口总值2035.6亿元，同比增长4.2%。"
        let trade = try fact(text, 2035.6e8, date: "2026-04-20")
        #expect(trade.holder == "重庆市" && trade.holderWritten == "全市")
    }
}

/// Rules for a work report's five-year review and goals.
@Suite struct FiveYearReviewsTests {
    /// A work report of 2026 looking back on five years and ahead on the next five.
    static let report = """
        政府工作报告
        ——2026年1月12日在青河县第十八届人民代表大会第一次会议上
        一、过去五年工作回顾
        过去五年，全县生产总值由2020年的286.4亿元增加到2025年的402.7亿元，年均增长7.1%。五年来，全县累计完成固定资产投资1265亿元。
        二、今后五年奋斗目标
        到2030年，全县规上工业增加值年均增长8%左右。
        今后五年，全县工业投资年均增长6%。
        """

    @Test func anAverageChangeBetweenTwoYearsIsOverTheYearsBetween() throws {
        let growth = try fact(Self.report, 7.1, date: "2026-01-12")
        #expect(growth.basis == "年均" && growth.period == .years(2021, 2025))
    }

    @Test func aTotalOfTheLastFiveYearsIsOverThem() throws {
        #expect(try fact(Self.report, 1265e8, date: "2026-01-12").period == .years(2021, 2025))
    }

    @Test func anAverageSetAsAGoalIsOverTheYearsToItsDeadline() throws {
        let goal = try fact(Self.report, 8, date: "2026-01-12")
        #expect(goal.kind == .target && goal.period == .years(2026, 2030))
    }

    @Test func anAverageSetForTheNextFiveYearsIsOverThem() throws {
        let goal = try fact(Self.report, 6, date: "2026-01-12")
        #expect(goal.kind == .target && goal.period == .years(2026, 2030))
    }
}

/// What the session's rules must not misread (found in review, each failing before its guard).
@Suite struct ListedFirmsAndListsGuardsTests {
    @Test func aYearInBracketsIsNoStockCode() throws {
        let text = "青河县工业经济运行简报（2025）\n　　上半年实现营业收入120亿元，增长5%。"
        #expect(try fact(text, 120e8, date: "2025-07-20").holder == nil)
    }

    @Test func aFirmWhoseNameOpensWithANumeralOpensItsLine() throws {
        let text = """
            某某证券研究所晨会纪要
            一、松岭电气（603922）：2024年年报点评——海外增长
            公司发布2024年年报，全年实现营业收入35.18亿元。
            二、九阳股份（002242）：2024年年报点评——业绩稳健
            公司全年实现营业收入88.49亿元。
            """
        #expect(try fact(text, 88.49e8, date: "2025-04-02").holder == "九阳股份")
    }

    @Test func placesBreakDownTheLastCountStatedWhole() throws {
        // Given a list's count, then a count of other things stated whole, When places break a count down after it,
        // Then they break the later count down.
        let text = """
            　　上半年，全市新增规上工业企业86家。分县区看，东城区新增31家。
            　　全市高新技术企业达到420家。分县区看，东城区45家，西城区38家。
            """
        #expect(try fact(text, 45, date: "2025-07-20").measure == "高新技术企业数")
    }

    @Test func aKindsPartIsNoWholeCountOfTheRowsAfter() throws {
        // Given a list's count, then one industry's part of it after 从行业看, When rows of places follow, Then they count
        // the list's firms, not the industry's.
        let text = """
            　　6月20日，某省公布2026年度专精特新中小企业名单，我市52家企业入选。从行业看，汽车零部件行业首次入选19家。
            　　获评企业按区县分布如下：
            南湖区　14家
            北岸区　11家
            """
        #expect(try fact(text, 14, date: "2026-06-22").measure == "入选企业数")
    }

    @Test func aMonthBeforeARiseIsNoComparison() throws {
        let text = "　　全市居民消费价格指数同比涨幅9月升至2.1%。"
        #expect(try fact(text, 2.1, date: "2025-10-20").basis != "较上月")
    }
}

/// What the rules for lists, parks and tables of places must not do (each misread by a first build of them).
@Suite struct ListsParksAndTablesGuardTests {
    @Test func aColumnThatSaysItHoldsTheValueAddsNoMeasure() throws {
        let text = "表3　主要经济指标\n指标\t绝对值（亿元）\t增速（%）\n规模以上工业增加值\t386.2\t6.4"
        #expect(try readFact(text, 386.2e8, date: "2025-07-20").measure == "规模以上工业增加值")
    }

    @Test func aParkNamedWithAnHonoursWordHoldsItsAmounts() throws {
        #expect(try readFact("智能制造产业园区实现产值38亿元。", 38e8, date: "2025-07-20").holder == "智能制造产业园区")
    }

    @Test func aFirmNamedAfterItsKindOnTheChainHoldsItsAccounts() throws {
        #expect(try readFact("链上骨干企业青禾机电实现营业收入21亿元。", 21e8, date: "2025-07-20").holder == "青禾机电")
    }

    @Test func anEventAfterAStockCountedSinceCountsThatStocksThings() throws {
        let text = "上半年，全市新增科技型中小企业310家，28家企业入选省级瞪羚企业名单。\n全市规上工业企业达到986家。南湖区新增17家。"
        #expect(try readFact(text, 17, date: "2025-07-20").measure == "新增规上工业企业数")
    }

    @Test func setPhrasesOpeningWith以Or吸引KeepIt() throws {
        #expect(try readFact("全县以工代赈项目投资2600万元。", 2600e4, date: "2025-07-20").measure == "以工代赈项目投资")
        #expect(try readFact("一季度，全市吸引外资6.2亿美元。", 6.2e8, date: "2025-07-20").measure == "吸引外资")
    }
}

/// What this session's rules for classes of firms, gatherings, pages and parks must not do (each misread by a first build
/// of them, found by a review).
@Suite struct ClassesGatheringsAndPagesGuardTests {
    @Test func anInterviewsSpokenWordsAreNoPartOfWhatIsMeasured() throws {
        // Given a chairman's answers (是, 现在有, 拿到), When the figures are read, Then the measures are the things counted,
        // and what the firm has now is of the document's day; 体现在 stays a word.
        let text = "鼎岳电器股份有限公司去年营业收入21亿元。“我们研发投入是0.92亿元，现在有研发人员430人，拿到发明专利186项。”"
        #expect(try readFact(text, 0.92e8, date: "2025-03-12").measure == "研发投入")
        let staff = try readFact(text, 430, date: "2025-03-12")
        #expect(staff.measure == "研发人员" && staff.period == Period(asOf: "2025-03-12"))
        #expect(try readFact(text, 186, date: "2025-03-12").measure == "发明专利数")
    }

    @Test func whatAFirmDrewUpHoldsNothing() throws {
        let text = "华岳精工股份有限公司去年营业收入12.4亿元，累计主导和参与起草国家、行业标准9项。"
        #expect(try readFact(text, 9, date: "2025-03-01").holder == "华岳精工股份有限公司")
    }

    @Test func anIndentedParagraphOpeningWithALabelStillWraps() throws {
        let text = "　　据初步统计：1-9月，全县规上工业总产值同比增长7.4%，增速居全市\n第三位，其中纺织业产值增长9.2%。"
        let rank = try readFact(text, 3, date: "2025-10-20")
        #expect(rank.kind == .rank && rank.holder == "全县")
    }

    @Test func aParagraphAfterRelatedLinksWrapsAsAnyOther() throws {
        let text = "某县新闻\n9月3日，某县召开推进会。\n相关阅读\n　　1-8月，全县工业投资增长9.5%，其中技改投资增长\n14.2%，民间投资增长5.1%。"
        let growth = try readFact(text, 14.2, date: "2025-09-04")
        #expect(growth.holder == "全县" && growth.kind == .change && growth.measure == "技改投资")
    }

    @Test func theClassesMeasureAfterAPeriodIsWhollyKept() throws {
        #expect(try readFact("全市6家上市公司2024年度现金分红总额达到9.8亿元。", 9.8e8, date: "2025-06-10").measure == "上市公司现金分红总额")
        // A year right after the count is part of what is counted.
        #expect(try readFact("全县共有9家2024年新增规上企业实现产值8.1亿元。", 9, date: "2025-06-10").measure == "2024年新增规上企业数")
    }

    @Test func aPlacesOwnStockAfterAnEventIsStillAStock() throws {
        let text = "8月12日，某县三季度重大项目集中开工仪式举行，当天开工项目21个，其中产业项目15个；全县储备项目268个。"
        #expect(try readFact(text, 268, date: "2025-08-13").period == Period(asOf: "2025-08-12"))
    }

    @Test func aTitlesOtherMeasureKeepsItsQuarter() throws {
        let text = "某区二季度签约项目14个 重大项目集中开工\n6月26日，某区举行重大项目集中开工活动，开工项目14个，总投资52亿元。"
        let signed = try #require(readFacts(text, date: "2025-06-27").first { $0.value == 14 && $0.measure == "签约项目数" })
        #expect(signed.period == Period(start: "2025-04-01", end: "2025-06-30"))
    }

    @Test func aParkWordInADistrictsReportIsNoDistrictAndABaseIsAPark() throws {
        let text = "某某区1-7月工业经济运行情况\n1-7月，全区完成工业投资96.4亿元；园区完成工业投资41.3亿元。"
        #expect(try readFact(text, 41.3e8, date: "2025-08-15").holder != "某某区")
        let base = "绿源食品产业基地已入驻企业36家。1-7月，园区实现产值19.8亿元。"
        #expect(try readFact(base, 19.8e8, date: "2025-08-15").holder == "绿源食品产业基地")
    }
}
