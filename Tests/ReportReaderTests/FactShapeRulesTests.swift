import Testing
import ZhizaoCore
@testable import ReportReader

/// The holder, measure and period rules added to reach full-fact accuracy (docs/FACTS.md), each on text of its own
/// (none of it from the annotated sets).
@Suite struct FactShapeRulesTests {
    @Test func aNameDescribedThroughDeHoldsItsFigure() throws {
        // Given a figure that describes a name (总投资…的…项目), When read, Then the name holds it and the project
        // named stands for 该项目 in the next sentence.
        let text = "总投资80亿元的星河新材料产业园项目昨日开工。该项目全部建成后年产值可达150亿元。"
        #expect(try fact(text, 8_000_000_000).holder == "星河新材料产业园项目")
        let later = try fact(text, 15_000_000_000)
        #expect(later.holder == "星河新材料产业园项目" && later.holderWritten == "该项目")
        #expect(try fact("这个占地约300亩的智造产业园，已入驻企业36家。", 36).holder == "智造产业园")
        // A zone's project described so is named in full, and 项目 later stands for it.
        let zone = "总投资120亿元的滁州经开区高效光伏组件项目开工建设，项目全部达产后年产值约150亿元。"
        #expect(try fact(zone, 12_000_000_000).holder == "滁州经开区高效光伏组件项目")
        #expect(try fact(zone, 15_000_000_000).holder == "滁州经开区高效光伏组件项目")
        // A bare class of projects is no name.
        #expect(try fact("超过10亿元的项目有7个。", 7).holder == nil)
    }

    @Test func aGenericNameBeforeAMeasureStandsForTheOneNamedBefore() throws {
        // Given a project, a cluster or a park named once, When a later clause starts with 该项目, 该集群 or 园区, Then
        // that one holds the clause's figures, and the rest is the measure.
        let project = "上月，总投资36亿元的海蓝高端轴承项目正式动工。该项目占地约420亩，达产后年产值可达50亿元。"
        let land = try fact(project, 420)
        #expect(land.holder == "海蓝高端轴承项目" && land.holderWritten == "该项目" && land.measure == "占地面积")
        let cluster = "到2027年，全市生物医药产业集群规模力争达到900亿元。一季度，该集群实现产值161.4亿元。"
        #expect(try fact(cluster, 16_140_000_000, date: "2025-04-20").holder == "生物医药产业集群")
        let park = "云岭数字产业园年度运营报告\n2024年，园区企业实现营业收入73.2亿元。"
        let revenue = try fact(park, 7_320_000_000)
        #expect(revenue.holder == "云岭数字产业园" && revenue.measure == "营业收入")
        // A project named in a clause of a sentence without figures (位于…的…项目正式投产) is named too.
        let named = "9月3日，位于东台经开区的辰光光伏组件项目正式投产。该项目总投资15亿元。"
        #expect(try fact(named, 1_500_000_000).holder == "辰光光伏组件项目")
        // A bare 项目 before its investment is a kind of amount, not a project named.
        #expect(try fact("全市项目投资增长12.5%。", 12.5).holder == "全市")
    }

    @Test func aCityWrittenByItsShortNameIsAPlace() throws {
        // Given a city named without 市 before a designation or a group of firms, When read, Then it holds the figure.
        let giants = try fact("截至目前，烟台国家级专精特新“小巨人”企业累计达96家。", 96, date: "2024-09-10")
        #expect(giants.holder == "烟台" && giants.measure == "国家级专精特新小巨人企业数")
        #expect(try fact("乌鲁木齐市规上工业增加值增长6.2%。", 6.2).holder == "乌鲁木齐市")
        // A title naming the city by its short name is what 全市 stands for, named in full.
        let titled = try fact("襄阳工业经济稳中向好\n前三季度，全市规上工业增加值增长7.4%。", 7.4, date: "2024-10-25")
        #expect(titled.holder == "襄阳市" && titled.holderWritten == "全市")
        // A firm's short name made of a city's and a trade's holds its accounts; a city's products are the city's.
        #expect(try fact("大连重工营业收入增长11.2%。", 11.2).holder == "大连重工")
        #expect(try fact("宁波汽车产量增长9.1%。", 9.1).holder == "宁波")
        // A county's short name is too often a word to be a place: 光明乳业 is no place.
        #expect(try fact("光明乳业营业收入增长3.3%。", 3.3).holder != "光明")
    }

    @Test func aPlaceBeforeAClassOfAmountsHoldsTheCount() throws {
        // 亿元以上 classes what is counted; the place written before it still holds the count.
        let signed = try fact("今年以来，全市新签约亿元以上项目138个。", 138, date: "2024-08-20")
        #expect(signed.holder == "全市" && signed.measure == "新签约亿元以上项目数")
        // 区内 is the zone the document is about.
        let zone = try fact("松山湖高新区产业发展简报\n\n区内集成电路企业达到320家。", 320, date: "2024-08-20")
        #expect(zone.holder == "松山湖高新区" && zone.holderWritten == "区内")
        // A heading naming a city by its short name and then in full is about the city as written in full.
        let titled = try fact("滨州新闻网讯 2024年滨州市工业运行平稳。今年以来，全市规上工业增加值增长6.8%。", 6.8, date: "2024-06-30")
        #expect(titled.holder == "滨州市")
    }

    @Test func whatIsCountedAndWhatIsAddedKeepTheirVerbs() throws {
        let chosen = try fact("本批名单中，嘉兴市共有41家企业入选。", 41)
        #expect(chosen.measure == "入选企业数")
        let added = try fact("项目建成投产后预计新增年产值25亿元。", 2_500_000_000)
        #expect(added.measure == "新增年产值" && added.kind == .forecast)
    }

    @Test func anAmountExpectedAfterAChangeIsOfTheAmountThatChanged() throws {
        let text = "1-9月，全市规上工业营业收入同比增长5.2%，预计全年有望突破4000亿元。"
        let expected = try fact(text, 400_000_000_000, date: "2024-10-20")
        #expect(expected.measure == "规上工业营业收入" && expected.kind == .forecast)
        // An actual amount after it, with nothing written, is no statement of that amount.
        #expect(try fact("1-9月，全市规上工业营业收入同比增长5.2%，达到3100亿元。", 310_000_000_000, date: "2024-10-20").measure == nil)
    }

    @Test func aRankingsNameIsNoMeasure() throws {
        let ranked = try fact("长沙经开区在2024年国家级经开区综合发展水平考核评价中位列第8。", 8)
        #expect(ranked.holder == "长沙经开区" && ranked.measure == "排名" && ranked.kind == .rank)
    }

    @Test func periodsWrittenShort() throws {
        // 年内 is the document's year; 三年内 is a span of years, no period.
        #expect(try fact("力争年内新增规上工业企业80家。", 80, date: "2025-02-11").period == .year(2025))
        #expect(try fact("三年内培育链主企业12家。", 12, date: "2025-02-11").period == nil)
        // 前2月 (Taiwan's way) is January to February.
        #expect(try fact("今年前2月出口增长6.3%。", 6.3, date: "2025-03-10").period == Period(start: "2025-01-01", end: "2025-02-28"))
    }

    @Test func aNewspapersBylineIsNoPartOfTheFirmAfterIt() throws {
        let text = "（本報訊）深交所上市的嘉豐電子昨日公佈2024年全年業績，收入按年增長9.6%至52.3億元；股東應佔溢利4.1億元。"
        let growth = try fact(text, 9.6, date: "2025-03-20")
        #expect(growth.holder == "嘉丰电子" && growth.measure == "收入")
        // The level a change reached (增長9.6%至52.3億元) is of what changed.
        #expect(try fact(text, 5_230_000_000, date: "2025-03-20").measure == "收入")
        // 應佔 (attributable) inside a measure's name makes no share.
        let profit = try fact(text, 410_000_000, date: "2025-03-20")
        #expect(profit.measure == "股东应占溢利" && profit.kind == .level)
        // A reporter named after the byline is no holder.
        #expect(try fact("本报讯（记者 王某）全年增长5.5%。", 5.5).holder == nil)
    }

    @Test func whatIsMadeAYearAndWhatIsCountedPerHead() throws {
        // 年产 before a product: the product's yearly output, or its capacity when expected.
        #expect(try fact("公司年产光伏组件超过8GW。", 8).measure == "光伏组件年产量")
        #expect(try fact("项目建成后可年产锂电池隔膜6亿平方米。", 600_000_000).measure == "锂电池隔膜年产能")
        // An indicator per head keeps its verb (每万人拥有), the place before it holds it.
        let perHead = try fact("截至9月底，全市每万人拥有5G基站31.2个。", 31.2, date: "2025-10-15")
        #expect(perHead.holder == "全市" && perHead.measure == "每万人拥有5G基站数")
    }

    @Test func aForecastOrARevisionCarriesNoPeriod() throws {
        // A sentence of forecasts alone, or a period whose figure is revised, is not the period 同期 speaks of.
        let text = "澳門統計局公布，2025年第二季本地生產總值按年上升4.1%，第一季經修訂後上升3.0%。澳門特區政府將全年經濟增長預測維持在3%至5%。同期，服務出口按年上升6.2%。"
        let exports = try fact(text, 6.2, date: "2025-08-20")
        #expect(exports.period == Period(start: "2025-04-01", end: "2025-06-30") && exports.holder == nil)
        // A government's forecast is its place's; 经修订后 is no measure.
        #expect(try fact(text, 3, date: "2025-08-20").holder == "澳门")
        #expect(try fact(text, 3.0, date: "2025-08-20").measure == "本地生产总值")
        // 年增 (Taiwan's year-on-year) is a growth.
        let growth = try fact("累計前5月營收為1,520億元新台幣，年增12.6%。", 12.6, date: "2025-06-10")
        #expect(growth.kind == .change && growth.measure == "营收" && growth.direction == "up")
    }

    @Test func aPlanIsAGoalAndWhatIsDoneAlreadyAnActual() throws {
        let text = "经开区今年计划新开工亿元以上项目45个，目前已开工29个。"
        let planned = try fact(text, 45, date: "2025-07-01")
        #expect(planned.kind == .target && planned.period == .year(2025))
        let started = try fact(text, 29, date: "2025-07-01")
        // (Counts of an event over the year so far, to the document's day: docs/FACTS.md.)
        #expect(started.kind == .level && started.period == Period(start: "2025-01-01", end: "2025-07-01"))
        #expect(started.measure == "开工亿元以上项目数")
    }

    @Test func whatWasDoneIsWhatGrew() throws {
        let grown = try fact("1-5月，全县完成工业投资同比增长14.6%。", 14.6, date: "2025-06-20")
        #expect(grown.measure == "工业投资" && grown.holder == "全县")
    }

    @Test func aBulletinTitledWithItsMonthsIsDatedByTheLast() throws {
        // 2024年1-10月 in a title is no date of 10 January: the bulletin is of October, its 10月当月 an actual.
        let text = "株洲市2024年1-10月工业经济运行情况\n10月当月，全市规上工业增加值增长5.9%。截至10月底，全市有效发明专利拥有量达到1.8万件。"
        #expect(FactExtractor.documentDate(text)! == (2024, 10, nil))
        let month = try fact(text, 5.9)
        #expect(month.kind == .change && month.period == Period(start: "2024-10-01", end: "2024-10-31"))
        // 有效 is no filler 有.
        #expect(try fact(text, 18_000).measure == "有效发明专利拥有量")
    }

    @Test func anEventsDayAndTheYearSoFar() throws {
        let text = "南沙区集中签约15个项目\n2024年5月21日 南沙发布\n5月20日，南沙区举行2024年重大项目集中签约活动，共签约项目15个，总投资312亿元，年度计划投资40亿元。截至目前，南沙区今年已累计签约项目41个。"
        // The count of an event on a day is the day's (the year in its name is no period of it), but not what is a year's.
        #expect(FactExtractor.extract(text, date: nil).last { $0.value == 15 }?.period == Period(start: "2024-05-20", end: "2024-05-20"))
        #expect(try fact(text, 4_000_000_000).period == .year(2024))
        // 截至目前…今年已累计: the year so far, to the document's day.
        #expect(try fact(text, 41).period == Period(start: "2024-01-01", end: "2024-05-21"))
        // The date line stands apart: the title's count has no period and the date is no part of any quote.
        #expect(FactExtractor.extract(text, date: nil).allSatisfy { !$0.quote.contains("南沙发布") })
    }

    @Test func aComparedPeriodsOwnFigureIsOfThatPeriod() throws {
        let text = "2023年，全市电子信息制造业产值3260亿元，比2022年的约2900亿元增长12.4%。"
        #expect(try fact(text, 290_000_000_000).period == .year(2022))
        #expect(try fact(text, 326_000_000_000).period == .year(2023))
        // A forecast with no year is of none, not of the actuals' year before it (将 right before the figure).
        let later = "2023年，全市新能源汽车产量31万辆。新能源汽车年产能将达到60万辆。"
        let capacity = try fact(later, 600_000, date: "2024-03-01")
        #expect(capacity.kind == .forecast && capacity.period == nil)
        // 超高清 is no 超 (over).
        #expect(try fact("超高清视频和新型显示产业产值约2100亿元。", 210_000_000_000).holder == "超高清视频和新型显示产业")
    }

    @Test func aFirmsOwnWordsAndAGrowthNamedAfterItsRate() throws {
        let text = "粤芯半导体有限公司发布2024年年报。公司表示，力争到2027年产能达到每月8万片。"
        let capacity = try fact(text, 80_000, date: "2025-04-01")
        #expect(capacity.holder == "粤芯半导体有限公司" && capacity.measure == "产能" && capacity.kind == .target)
        // 5.6%的增速 is a growth.
        let growth = try fact("全市规上工业总产值5.6%的增速高于全省平均水平。", 5.6)
        #expect(growth.kind == .change && growth.direction == "up" && growth.measure == "规上工业总产值")
    }

    @Test func aListOfProjectsAnnounced() throws {
        let text = "关于2025年第一批市级重点项目名单的公示\n经研究，确定2025年第一批市级重点项目88个，总投资1520亿元。其中，产业项目52个，占59.1%。"
        let listed = try fact(text, 88, date: "2025-02-14")
        // No batch, title word or verb is a holder; 市级 names no place; a count of this year is as of the day.
        #expect(listed.holder == nil && listed.measure == "市级重点项目数" && listed.kind == .level)
        #expect(listed.period == .asOf("2025-02-14"))
        #expect(try fact(text, 152_000_000_000, date: "2025-02-14").holder == nil)
        // 占59.1% is a share of a whole not written.
        let share = try fact(text, 59.1, date: "2025-02-14")
        #expect(share.kind == .share && share.measure == "产业项目数")
    }

    @Test func aBulletinWithItsDateline() throws {
        let text = "漳州市2024年国民经济和社会发展统计公报\n漳州市统计局 2025年3月18日\n全年全市实现地区生产总值6004.1亿元，比上年增长5.6%。在规模以上工业中，食品业增长6.1%，石油化工业增长9.3%。全年居民消费价格比上年上涨0.2%。年末全市共有国家级专精特新“小巨人”企业31家，省级专精特新中小企业402家，分别比上年末增加6家和95家。"
        // The dateline names no year of the figures (全年 is the bulletin's 2024) and is no part of any measure.
        let output = try fact(text, 600_410_000_000)
        #expect(output.period == .year(2024) && output.measure == "地区生产总值" && output.holder == "漳州市")
        // An industry named in two characters (食品业) or with 工业 (石油化工业) holds its growth.
        #expect(try fact(text, 6.1).holder == "食品业")
        #expect(try fact(text, 9.3).holder == "石油化工业")
        // 比 of a comparison is no part of the measure.
        #expect(try fact(text, 0.2).measure == "居民消费价格")
        // 分别比上年末增加6家和95家: both are increases of what each counts.
        let added = try fact(text, 95)
        #expect(added.kind == .change && added.direction == "up" && added.measure == "省级专精特新中小企业数")
        #expect(added.period == .asOf("2024-12-31"))
    }

    @Test func fullWidthPercentsAndASCIIStopsReadAsTheUsualOnes() throws {
        // Given a text written with ％, or with ASCII commas, full stops or colons after Chinese words, When it is read,
        // Then every fact is the one the usual signs give; a thousands' comma keeps its figure whole.
        let usual = "美卓电器2019年净利润增长12.7%　2020年一季度营收下降28.6%\n　　4月27日晚，广东美卓电器股份有限公司发布2019年年报。\n"
            + "7月22日，工信部公布第七批专精特新“小巨人”企业名单，常州市41家企业入选，其中首次入选30家、复核通过11家。分区看，武进区13家，新北区11家。"
        func read(_ text: String) -> [String] {
            readFacts(text, date: "2020-04-28").map { "\($0.value) \($0.holder ?? "") \($0.measure ?? "") \($0.kind) \(String(describing: $0.period))" }
        }
        let expected = read(usual)
        #expect(expected.contains { $0.contains("28.6") && $0.contains("营收") })
        #expect(read(usual.replacingOccurrences(of: "%", with: "％")) == expected)
        #expect(read(usual.replacingOccurrences(of: "，", with: ",")) == expected)
        #expect(read(usual.replacingOccurrences(of: "。", with: ".")) == expected)
        let rows = "数说｜2019年江宁滨江智造产业园年度成绩单\n原创　滨江智造园运营中心　2020-01-10\n税收收入：14.3亿元，同比增长7.6%\n亩均税收：46.8万元"
        let expectedRows = read(rows)
        #expect(expectedRows.contains { $0.contains("46") && $0.contains("亩均税收") })
        #expect(read(rows.replacingOccurrences(of: "：", with: ":")) == expectedRows)
        #expect(readFacts("全区完成投资1,234万元。", date: "2020-04-28").map(\.value) == [1234e4])
        // (A heading's number before an ASCII full stop is the heading's: 二.2025年主要预期目标.)
        let goals = readFacts("二.2025年主要预期目标\n全市规上工业增加值增长7%。", date: "2025-01-22")
        #expect(goals.count == 1 && goals[0].holder == "全市" && goals[0].kind == .target)
        // (A headline's second phrase after a figure, with no year of its own, names its own measure.)
        let headline = readFacts("某某股份营收增长12.7％　净利润下降28.6％\n4月21日晚，某某股份发布2024年年报。", date: "2025-04-22")
        #expect(headline.first { $0.value == 28.6 }?.measure == "净利润")
    }

    @Test func aPagesMenuIsNoPartOfTheTitleAfterIt() throws {
        let page = "网站首页 | 新闻中心 | 政务公开 | 专题专栏\n南海上半年规上工业增加值增长6.6%\n"
        #expect(try fact(page, 6.6, date: "2025-07-20").holder == "南海")
        #expect(CleanText(page).scalars.starts(with: "南海".unicodeScalars))
        // …and so is the path to the page (首页 > 新闻中心 > 东莞要闻).
        let path = "首页 > 新闻中心 > 本地要闻\n江门前三季度外贸进出口增长8.2%\n"
        #expect(try fact(path, 8.2, date: "2025-10-20").holder == "江门")
    }

    @Test func aPageInTraditionalScriptKeepsTheCurrencyItNamed() throws {
        let text = "聯發科公布2月營收新台幣420億元，較上月減少5.1%。累計今年前2月營收為890億元。另在大陸投資人民幣12億元。"
        let found = FactExtractor.extract(text, date: "2025-03-10")
        #expect(found.first { $0.value == 89_000_000_000 }?.unit == "TWD")
        #expect(found.first { $0.value == 1_200_000_000 }?.unit == "CNY")
        // In simplified script a bare 元 is the yuan, whatever was named before.
        let mainland = FactExtractor.extract("公司在香港募资港元20亿元。全年营业收入80亿元。", date: "2025-03-10")
        #expect(mainland.first { $0.value == 8_000_000_000 }?.unit == "CNY")
    }

    @Test func aListOfRanksUnderRespectively() throws {
        let text = "在全省县域经济综合评价中，长兴、德清、安吉分别居第一、第三和第五位。"
        let ranks = FactExtractor.extract(text, date: "2024-06-01").filter { $0.kind == .rank }
        #expect(ranks.map(\.value) == [1, 3, 5])
        #expect(ranks.map(\.holder) == ["长兴", "德清", "安吉"])
    }

    @Test func aFirmThatSpeaksHoldsWhatItSays() throws {
        let text = "澜芯科技表示，预计今年营业收入增长15%以上。上半年，公司实现营业收入8.3亿元。"
        #expect(try fact(text, 15, date: "2025-08-02").holder == "澜芯科技")
        let revenue = try fact(text, 830_000_000, date: "2025-08-02")
        #expect(revenue.holder == "澜芯科技" && revenue.holderWritten == "公司")
        // An office or a person who speaks holds nothing.
        #expect(try fact("市统计局相关负责人表示，全年增长5.5%。", 5.5).holder == nil)
        // A stock code is no part of a firm's name.
        #expect(try fact("启明重工（601288）披露2024年年报，全年实现营业收入52.6亿元。", 5_260_000_000).holder == "启明重工")
    }

    @Test func aYearOfCompletionIsNotTheForecastsPeriod() throws {
        let output = try fact("该项目计划2027年建成投产，达产后可实现年产值60亿元。", 6_000_000_000, date: "2024-05-06")
        #expect(output.kind == .forecast && output.period == nil)
        // In one clause, the year is the forecast's own (预计2025年建成投产后可新增…).
        let added = try fact("预计2026年建成投产后可新增年产值40亿元。", 4_000_000_000, date: "2024-05-06")
        #expect(added.kind == .forecast && added.period == .year(2026))
        // A forecast for a year, with no completion between, keeps it.
        let shipped = try fact("公司预计2025年出货量将超过30万套。", 300_000, date: "2024-05-06")
        #expect(shipped.kind == .forecast && shipped.period == .year(2025))
    }

    @Test func anIndustryHoldsItsOwnThingsLaterInTheSentence() throws {
        let text = "全市新能源产业规模约800亿元，相关企业超过500家，其中规模以上企业120家；建成充电站300座。"
        #expect(try fact(text, 500).holder == "新能源产业")
        #expect(try fact(text, 120).holder == "新能源产业")
        // …but not what the place does after it (a verb of building), nor a group of the place's firms.
        let built = "到2026年，全市储能产业规模力争达到600亿元，建成储能电站20座。"
        #expect(try fact(built, 20).holder == "全市")
        let grouped = "全市智能装备产业增加值增长9.0%，规上工业增加值增长5.1%。"
        #expect(try fact(grouped, 5.1).holder == "全市")
    }

    @Test func aGroupNamedAloneGrowsInTheMeasureStatedBefore() throws {
        let text = "全年规模以上工业增加值比上年增长6.1%。分经济类型看，国有控股企业增长4.0%，民营企业增长7.2%。"
        #expect(try fact(text, 4.0).measure == "国有控股企业增加值")
        #expect(try fact(text, 7.2).measure == "民营企业增加值")
    }

    @Test func everyKindOfOwnershipNamedAloneGrowsInTheMeasureStatedBefore() throws {
        let text = "全年规上工业增加值增长5.5%。按所有制分，港澳台商及外商投资企业增长2.9%，集体企业增长1.2%，股份制企业增长6.4%，私营企业增长8.3%。"
        #expect(try fact(text, 1.2).measure == "集体企业增加值")
        #expect(try fact(text, 6.4).measure == "股份制企业增加值")
        #expect(try fact(text, 8.3).measure == "私营企业增加值")
        #expect(try fact(text, 2.9).measure == "港澳台商及外商投资企业增加值")
    }

    @Test func aProductNamedAloneInASeriesOfOutputsIsMeasuredByItsOutput() throws {
        let series = "全年生铁产量640万吨，增长2.1%；粗钢712万吨，下降0.6%；发电量96.3亿千瓦时，增长4.0%；焦炭215万吨，增长1.1%。"
        #expect(try fact(series, 7_120_000).measure == "粗钢产量")
        #expect(try fact(series, 0.6).measure == "粗钢产量")
        #expect(try fact(series, 9_630_000_000).measure == "发电量")
        #expect(try fact(series, 2_150_000).measure == "焦炭产量")
        // A sentence that opens with the output of the products it lists measures the first of them too.
        let listed = "全年规模以上工业主要产品产量中，化肥52.8万吨，增长3.3%；纯碱36.1万吨，下降4.5%。"
        #expect(try fact(listed, 528_000).measure == "化肥产量")
        #expect(try fact(listed, 3.3).measure == "化肥产量")
        // What is shipped, kept or used is no output.
        let shipped = "全年原煤产量1200万吨；煤炭外运650万吨；冰箱库存32万台。"
        #expect(try fact(shipped, 6_500_000).measure == "煤炭外运")
        #expect(try fact(shipped, 320_000).measure == "冰箱库存")
        // A quantity of its own keeps its name, and so does a count of things.
        let own = "全年粗钢产量712万吨；新增光伏并网装机容量35万千瓦；建成5G基站1200个。"
        #expect(try fact(own, 350_000).measure == "新增光伏并网装机容量")
        #expect(try fact(own, 1200).measure != "5G基站产量")
    }

    @Test func anAmountThatBoundsAMeasureIsNoFigure() throws {
        let text = "全年全县3000万元以上工业投资较上年增长9.4%；年营业收入超亿元企业73家。"
        #expect(readFacts(text, date: "2025-03-20").allSatisfy { $0.value != 30_000_000 })
        #expect(try fact(text, 9.4).measure == "3000万元以上工业投资")
        #expect(try fact(text, 73).measure == "年营业收入超亿元企业数")
        // …but an amount with 以上 that ends its clause is one, and so is one the words after it say more of.
        #expect(try fact("项目总投资12亿元以上，同比增长6%。", 1.2e9).qualifier == .ge)
        #expect(try fact("全年完成工业投资40亿元以上的目标任务。", 4e9).measure == "工业投资")
        let both = "全区完成技改投资35亿元以上和工业投资60亿元以上。"
        #expect(try fact(both, 3.5e9).measure == "技改投资")
        #expect(try fact(both, 6e9).measure == "工业投资")
    }

    @Test func aPartNamedAloneIsMeasuredAsItsWhole() throws {
        let text = "全年手机产量2150万台，增长3.4%；其中5G手机1680万台，增长12.0%。"
        #expect(try fact(text, 16_800_000).measure == "5G手机产量")
        #expect(try fact(text, 12.0).measure == "5G手机产量")
    }

    @Test func employmentCountsPeopleAndKeepsItsVerb() throws {
        #expect(try fact("项目总投资5亿元，带动就业1200人。", 1200).measure == "带动就业人数")
        #expect(try fact("园区现有企业60家，吸纳就业8000多人。", 8000).measure == "吸纳就业人数")
    }

    @Test func anIndustrysInvestmentIsTheMeasureAndThePlaceHoldsIt() throws {
        let text = "上半年，全区完成工业投资80.2亿元；其中制造业投资61.5亿元，占工业投资的比重为76.7%。"
        let manufacturing = try fact(text, 6_150_000_000)
        #expect(manufacturing.holder == "全区" && manufacturing.measure == "制造业投资")
        #expect(try fact(text, 76.7).holder == "全区")
    }

    @Test func wordsThatSayWhichAmountStayInTheMeasure() throws {
        let text = "全年合同外资金额31.4亿美元，实际使用外资金额12.8亿美元。"
        let contracted = try fact(text, 3_140_000_000)
        #expect(contracted.holder == nil && contracted.measure == "合同外资金额")
        let used = try fact(text, 1_280_000_000)
        #expect(used.holder == nil && used.measure == "实际使用外资金额")
        #expect(try fact("公司拥有有效专利860项。", 860).measure == "有效专利数")
    }

    @Test func aChainNamedByItsIndustryIsPartOfThePlacesMeasure() throws {
        let found = try fact("目前，我市储能产业链已集聚电芯企业6家。", 6)
        #expect(found.holder == "我市" && found.measure == "储能产业链电芯企业数")
        let rate = try fact("襄阳高新区光伏项目集中签约\n目前，高新区光伏产业链本地配套率达到46%。", 46, date: "2025-04-18")
        #expect(rate.holder == "襄阳高新区" && rate.measure == "光伏产业链本地配套率")
        // Chains listed are measures of the place before the list; a cluster's chain and an event named after chains are not.
        let listed = "全区建材产业链、食品产业链分别实现产值96.5亿元和73.2亿元。"
        #expect(try fact(listed, 7_320_000_000).measure == "食品产业链产值")
        #expect(try fact(listed, 7_320_000_000).holder == "全区")
        let cluster = "某市陶瓷产业集群全年实现产值1126.8亿元。集群产业链完整度达到88%。"
        #expect(try fact(cluster, 88).measure == "产业链完整度")
        #expect(try fact(cluster, 88).holder == "某市陶瓷产业集群")
        let fair = "10月15日，第二届中国（某城）光电博览大会暨配套企业招商推介会举行。本届大会签约项目33个。"
        #expect(try fact(fair, 33).holder == "第二届中国某城光电博览大会暨配套企业招商推介会")
        // A tier is no cluster's name: 集群 after it is still the cluster the text named.
        let tier = "某市陶瓷产业集群全年实现产值1126.8亿元，跻身千亿级集群之列。截至年底，集群内规上企业达到286家。"
        #expect(try fact(tier, 286, date: "2025-03-12").holder == "某市陶瓷产业集群")
    }

    @Test func aDateEndingALineDoesNotJoinTheFigureStartingTheNext() throws {
        let text = "发布机构：某区统计局  成文日期：2024-05-20\n1-4月，全区规上工业增加值同比增长4.2%。"
        #expect(try fact(text, 4.2, date: "2024-05-20").period == Period(start: "2024-01-01", end: "2024-04-30"))
    }

    @Test func listedFirmsAreNoPlace() throws {
        // 其中上市 is no city: 全市 stays unresolved.
        #expect(try fact("全市工业企业超过900家，其中上市企业12家。", 900).holder == "全市")
    }

    // MARK: - Third pass (issue 9): names of measures, goals written after a figure, dated rankings

    /// One sentence a rule of the measure's name, the figure and the measure it must get.
    static let measureNames: [(rule: String, text: String, value: Double, measure: String)] = [
        ("生产者 is a noun, not the verb 生产", "10月份，全省工业生产者购进价格同比下降1.8%。", 1.8, "工业生产者购进价格"),
        ("a figure per household keeps its verb", "每百户城镇居民家庭拥有空调182台。", 182, "每百户城镇居民家庭拥有空调"),
        ("jobs created keep their verb", "全县城镇新增就业1.8万人。", 18_000, "城镇新增就业人数"),
        ("已 inside a measure says when", "该基地二期已入驻企业23家。", 23, "二期入驻企业数"),
        ("an area is named as one", "该园区首期开发1.6平方公里，建成标准厂房9万平方米。", 1.6, "首期开发面积"),
        ("an area after a verb of building", "该园区首期开发1.6平方公里，建成标准厂房9万平方米。", 90_000, "标准厂房面积"),
        ("a space named already", "腾出发展空间30万平方米。", 300_000, "腾出发展空间"),
        ("what happened to projects, whole", "全年竣工投产项目36个。", 36, "竣工投产项目数"),
        ("其中 naming only the event", "全省共有国家级专精特新“小巨人”企业80家，其中新增12家。", 12, "新增国家级专精特新小巨人企业数"),
        ("an addition is no total", "项目达产后预计年新增销售收入8亿元，新增税收6000万元。", 800_000_000, "年新增销售收入"),
        ("新增税收 is no 税收", "项目达产后预计年新增销售收入8亿元，新增税收6000万元。", 60_000_000, "新增税收"),
        ("a class by amount keeps its quantity", "全区现有规上工业企业410家，其中营收超5亿元企业12家、超十亿元企业4家。", 12, "营收超5亿元企业数"),
        ("超 before a Chinese numeral", "全区现有规上工业企业410家，其中营收超5亿元企业12家、超十亿元企业4家。", 4, "超十亿元企业数"),
    ]

    @Test(arguments: measureNames) func aMeasureIsNamedByItsRule(_ rule: String, _ text: String, _ value: Double, _ measure: String) throws {
        #expect(try fact(text, value).measure == measure, "\(rule)")
    }

    @Test func aFrameAfterAnAdjustmentIsNoMeasure() throws {
        let text = "第二季度地区生产总值按年增长3.1%，经季节性调整后按季增长0.8%。"
        let quarter = try fact(text, 0.8, date: "2024-08-10")
        #expect(quarter.measure == "地区生产总值" && quarter.direction == "up")
        // 成长 is growth in Taiwan's usage.
        let grown = try fact("主计机构预测，2025年工业产值将成长4.2%。", 4.2, date: "2024-08-10")
        #expect(grown.measure == "工业产值" && grown.direction == "up" && grown.kind == .forecast)
    }

    @Test func lastYearsSameMonthsAreTheirOwnPeriod() throws {
        let text = "1-5月，全市出口812.4亿元，增长4.1%，上年同期为下降2.3%。"
        let before = try fact(text, 2.3, date: "2024-06-20")
        #expect(before.measure == "出口" && before.period == Period(start: "2023-01-01", end: "2023-05-31"))
        // A base year's figures (上年同期基数较低) date nothing after them.
        let based = "5月份，全市规上工业增加值增长9.6%，主要受上年同期基数较低影响，与2019年同期相比增长3.3%。"
        #expect(try fact(based, 3.3, date: "2024-06-20").period == Period(start: "2024-05-01", end: "2024-05-31"))
    }

    /// One sentence a rule of who holds a figure and what it measures.
    static let holdersAndMeasures: [(rule: String, text: String, value: Double, holder: String, measure: String)] = [
        ("a growth rate compared in brackets names a measure of the same holder",
            "全县农村居民人均可支配收入增长6.8%，快于城镇居民收入增速（4.9%）。", 4.9, "全县", "城镇居民收入"),
        ("…and leaves the sentence's own measure as it was",
            "全县农村居民人均可支配收入增长6.8%，快于城镇居民收入增速（4.9%）。", 6.8, "全县", "农村居民人均可支配收入"),
        ("a project's whole name, with its phase, holds its investment", "晶锐半导体封装测试项目三期总投资约35亿元。", 3_500_000_000,
            "晶锐半导体封装测试项目三期", "总投资"),
    ]

    @Test(arguments: holdersAndMeasures) func aHolderAndMeasureFollowTheirRule(
        _ rule: String, _ text: String, _ value: Double, _ holder: String, _ measure: String
    ) throws {
        let found = try fact(text, value)
        #expect(found.holder == holder && found.measure == measure, "\(rule)")
    }

    @Test func goalsAndForecastsWrittenAroundTheFigure() throws {
        // A lower bound as the figure's own qualifier (不少于) is a goal; 的预测 after a range is an expectation.
        #expect(try fact("今年全区新增规上工业企业不少于60家。", 60, date: "2024-03-01").kind == .target)
        #expect(try fact("政府维持全年经济增长3%至4%的预测。", 3, date: "2024-08-10").kind == .forecast)
        // …while the same bound read as a result stays a level (以上 is no goal word).
        #expect(try fact("全年新增规上工业企业60家以上。", 60, date: "2024-12-20").kind == .level)
    }

    @Test func aRankingNamedWithItsYearDatesItsRanks() throws {
        let ranked = try fact("2025全球独角兽企业榜单发布，穗智科技位列第37位。", 37, date: "2025-04-01")
        #expect(ranked.period == .year(2025) && ranked.measure == "排名" && ranked.kind == .rank)
    }

    @Test func aWorkReportsTitleYearDatesThePastYear() throws {
        // Given a government work report titled with its year and no date, When read, Then 过去一年, 去年 and 上年 are
        // the year before the title's, and the goals are for the title's year.
        let text = "2025年白云区政府工作报告\n\n过去一年，全区地区生产总值完成812.4亿元，增长4.8%。去年全区新增高新技术企业56家。上年，全区外贸进出口总额增长3.2%。2025年主要预期目标是：地区生产总值增长5.5%左右。"
        #expect(try fact(text, 81_240_000_000).period == .year(2024))
        #expect(try fact(text, 56).period == .year(2024))
        #expect(try fact(text, 3.2).period == .year(2024))
        let goal = try fact(text, 5.5)
        #expect(goal.kind == .target && goal.period == .year(2025))
        // A title of another kind dates nothing (a 2024年度 report is about 2024).
        #expect(FactExtractor.reportYear("2024年度白云区工作总结\n\n过去一年…") == nil)
        #expect(FactExtractor.reportYear("2025年白云区政府工作报告\n\n过去一年…") == 2025)
    }

    @Test func aRankOfAGrowthRateRanksTheMeasureThatGrew() throws {
        // 增速 is no measure (docs/FACTS.md): the rank of a growth rate is the rank of the quantity that grew.
        let rank = try fact("2023年，全区规上工业增加值增长7.4%，增速居全省第三。", 3, date: "2024-01-15")
        #expect(rank.kind == .rank && rank.measure == "规上工业增加值" && rank.basis == "全省" && rank.period == .year(2023))
    }

    @Test func theThingsAClauseCountsAmongHoldNoFigure() throws {
        // Given a project named in one sentence and a clause naming a set (签约项目中) in the next, When read, Then the
        // parts counted are not the project's; a place written before the set still holds.
        let text = "某光伏组件项目总投资30亿元。本次签约项目中，外资项目6个。"
        #expect(try fact(text, 6).holder == nil)
        // Across ；, where a holder carries: the set's parts are still not the project's.
        #expect(try fact("某光伏组件项目总投资30亿元；本次签约项目中，外资项目6个。", 6).holder == nil)
        #expect(try fact("全区规模以上工业企业中，高新技术企业增加值增长11.3%。", 11.3, date: "2024-02-01").holder == "全区")
    }

    @Test func whatIsStillToComeIsNoActual() throws {
        // 将 before a verb of reaching or counting, or before the figure, makes an expectation.
        #expect(try fact("预计全年园区产值将突破900亿元。", 90_000_000_000, date: "2024-11-02").kind == .forecast)
        #expect(try fact("全年集群产值将突破2600亿元。", 260_000_000_000, date: "2024-11-02").kind == .forecast)
        #expect(try fact("全区四季度将新开工项目16个。", 16, date: "2024-09-12").kind == .forecast)
        // A figure for a period that has not begun when the document is written is expected, whatever its words.
        let next = try fact("明年全区新开工项目24个。", 24, date: "2024-12-08")
        #expect(next.kind == .forecast && next.period == .year(2025))
        // …but a stock counted at the end of the document's own month is of that month.
        #expect(try fact("今年以来，全市累计达到上云企业5.3万家。", 53_000, date: "2024-08-05").kind == .level)
        // A bound is a goal unless its own clause expects it.
        #expect(try fact("下半年将新开工项目12个，年内新增规上工业企业不少于40家。", 40, date: "2024-05-20").kind == .target)
        #expect(try fact("预计全年工业投资增长不低于6%。", 6, date: "2024-05-20").kind == .forecast)
        #expect(try fact("公司预估第二季营收介于35亿至38亿美元。", 3.5e9, date: "2024-04-18").kind == .forecast)
    }

    @Test func aYearToDateNeverReadsAsTheWholeYear() throws {
        // 今年以来 in a December article runs to the article's day, not to 31 December.
        let december = try fact("今年以来，全区规上工业总产值完成1288亿元。", 128_800_000_000, date: "2024-12-18")
        #expect(december.period == Period(start: "2024-01-01", end: "2024-12-18") && december.period?.isYearToDate == true)
        #expect(try fact("今年以来，全区规上工业总产值完成980亿元。", 98_000_000_000, date: "2024-09-18").period
            == Period(start: "2024-01-01", end: "2024-09-30"))
        // A month set apart (8月当月) holds for its own sentence; the next keeps the bulletin's months.
        let text = "1-8月，全区规上工业总产值增长6.1%。8月当月，规上工业总产值142.7亿元。\n工业投资同比增长12.4%。"
        #expect(try fact(text, 14_270_000_000, date: "2024-09-20").period == Period(start: "2024-08-01", end: "2024-08-31"))
        #expect(try fact(text, 12.4, date: "2024-09-20").period == Period(start: "2024-01-01", end: "2024-08-31"))
    }

    @Test func aCurrencyNamedBeforeTheFigureIsItsUnit() throws {
        // 新台币1.6兆元: a trillion New Taiwan dollars; 兆瓦 stays a unit of power, no amount of money.
        let output = try fact("2023年高雄市石化产业产值达新台币1.6兆元。", 1.6e12, date: "2024-03-01")
        #expect(output.unit == "TWD")
        #expect(try fact("港币350亿元的基金已设立。", 3.5e10).unit == "HKD")
        #expect(try fact("1月营收2,015.3亿元新台币，较上月增加4.1%。", 2.0153e11, date: "2024-02-10").unit == "TWD")
        #expect(FactExtractor.extract("光伏装机300兆瓦。", date: "2024-03-01").allSatisfy { $0.unit != "CNY" })
        #expect(try fact("实现营收1200亿元，增长3.1%。", 1.2e11).unit == "CNY")
    }

    @Test func aPrepositionOrABareClusterHoldsNothing() throws {
        #expect(try fact("按照目前态势，全年园区产值有望达到720亿元。", 72_000_000_000, date: "2024-10-01").holder != "按照")
        #expect(try fact("集群规上企业达到143家。", 143, date: "2024-10-01").holder == nil)
    }

    @Test func aZoneAFirmAndAParkAreNamedInFull() throws {
        // A zone named before a clause without figures holds the sentence's figures.
        let signed = "10月12日，南昌经济技术开发区举行项目集中签约仪式，现场签约项目23个，总投资186亿元。"
        #expect(try fact(signed, 23, date: "2024-10-13").holder == "南昌经济技术开发区")
        #expect(try fact(signed, 18_600_000_000, date: "2024-10-13").holder == "南昌经济技术开发区")
        // 公司 before a period stands for the firm named before; it names no firm of its own.
        let report = "浙江华锐精工股份有限公司4月20日发布2023年年报。公司全年交付工业机器人8600台。"
        #expect(try fact(report, 8600, date: "2024-04-21").holder == "浙江华锐精工股份有限公司")
        // The day a firm spoke is no part of its name.
        #expect(try fact("联发科10日公布3月营收410亿元。", 41_000_000_000, date: "2024-04-11").holder == "联发科")
        // A park's name runs to its last 园 before a verb, not to the first one inside it.
        let park = "无锡高新区集成电路产业园位于新吴区北部，规划面积3.2平方公里。2023年，产业园实现营业收入356亿元。"
        #expect(try fact(park, 35_600_000_000, date: "2024-02-01").holder == "无锡高新区集成电路产业园")
    }

    @Test func aListOfChangesAfterFiguresOfDifferentHoldersPairsWithThemInOrder() throws {
        // 第一产业…，第二产业…，分别增长a、b: each growth is of the holder whose level came in the same place.
        let text = "上半年，全县农业增加值21.3亿元，工业增加值88.6亿元，服务业增加值102.4亿元，分别增长2.9%、6.8%和5.1%。"
        let growths = [2.9, 6.8, 5.1].map { v in FactExtractor.extract(text, date: "2025-07-20").first { $0.value == v && $0.kind == .change } }
        #expect(growths.map { $0?.measure } == ["农业增加值", "工业增加值", "服务业增加值"])
        #expect(growths.map { $0?.holder } == ["全县", "全县", "全县"])
        let sectors = "一季度，第一产业增加值12.1亿元，第二产业增加值60.2亿元，分别增长3.1%和7.2%。"
        #expect(try fact(sectors, 3.1, date: "2025-04-20").holder == "第一产业")
        #expect(try fact(sectors, 7.2, date: "2025-04-20").holder == "第二产业")
    }

    @Test func anItemThatNamesOnlyAPlaceOrAnIndustryCountsWhatWasCounted() throws {
        // 其中，江阴市11家、宜兴市9家: each place holds a part of the count before, even after a rank of it.
        let text = "本次共有36家企业入选，入选数量居全省第3位。其中，滨江区12家、萧山区7家。按行业看，新材料产业9家、高端装备产业15家。"
        for (value, holder) in [(12.0, "滨江区"), (7, "萧山区"), (9, "新材料产业"), (15, "高端装备产业")] {
            let part = try fact(text, value, date: "2025-06-01")
            #expect(part.holder == holder && part.measure == "入选企业数", "\(value)")
        }
        // A cluster counted in 个 is what is counted, not a holder.
        let clusters = try fact("新培育千亿级产业集群2个、百亿级产业集群9个。", 9, date: "2025-01-20")
        #expect(clusters.holder == nil && clusters.measure == "新培育百亿级产业集群数")
    }

    @Test func whatAQuantityIsAfterIsPartOfTheMeasure() throws {
        // 扣除非经常性损益后的净利润: the firm holds it; 扣除…后 says which profit.
        let text = "江南精机股份有限公司发布2024年年报，全年营业收入32.6亿元；扣除非经常性损益后的净利润2.15亿元。"
        let profit = try fact(text, 215_000_000, date: "2025-04-10")
        #expect(profit.holder == "江南精机股份有限公司" && profit.measure == "扣除非经常性损益后净利润")
    }

    @Test func aDivisionNamedWithinItsCityIsOnePlace() throws {
        // 佛山市顺德区 is the district, not the city with a measure 顺德区.
        let rank = try fact("榜单中，泉州市晋江市位列第4位，苏州市昆山市居第1位。", 4, date: "2024-12-10")
        #expect(rank.holder == "泉州市晋江市" && rank.measure == "排名")
        // The second of a list of ranks is in the first's ranking, with no rank of its own as its scope.
        let listed = FactExtractor.extract("顺德区、南海区分别位列第2位和第4位。", date: "2024-12-10")
        #expect(listed.first { $0.value == 4 }?.basis == nil)
    }

    @Test func aGrowthAfterTheFirstIsOfTheQuantityBeforeItsOwnVerb() throws {
        // 工业投资增长12%、技改投资增长9%: the second growth is of 技改投资; 分别 ranks pair with both.
        let text = "全市工业投资增长12%、技改投资增长9%，分别居全省第三和第五。"
        #expect(try fact(text, 9).measure == "技改投资")
        #expect(try fact(text, 5).measure == "技改投资")
        // A list of measures before 分别: the place before the list holds each.
        let listed = try fact("全市工业投资、技改投资分别增长12%和9%。", 9)
        #expect(listed.holder == "全市" && listed.measure == "技改投资")
    }

    @Test func aClassOfFirmsCountedBeforeHoldsNoLaterAmount() throws {
        // 新增国家高新技术企业86家，…，总投资425亿元: the firms counted are no holder of the projects' investment.
        let text = "去年，全县新增国家高新技术企业86家，年末国家高新技术企业达到512家，总投资425亿元。"
        #expect(try fact(text, 42_500_000_000, date: "2024-02-01").holder == "全县")
    }

    @Test func aTaiwanesePagesBylineAndStampHoldNothing() throws {
        // A stamp 2024/05/08 14:05 and a bracketed byline stand apart; what the firm makes (面板厂) and its stock code
        // are no part of its name; 淨利 and 每股盈餘 are measures, 衰退 a decline, 預估 a forecast's word.
        let page = """
            晶耀科技公布首季財報
            2024/05/08 14:05　工商時報
            【記者陳某某／新竹報導】面板廠晶耀科技股份有限公司（股票代號：3388）8日公布第一季財報，合併營收新臺幣152.6億元，較去年同期衰退3.4%；歸屬母公司業主淨利新臺幣9.8億元，每股盈餘新臺幣1.25元。
            晶耀新竹二廠總投資新臺幣120億元。公司預估第二季營收將成長5%。
            """
        let facts = FactExtractor.extract(page, date: "2024-05-08")
        let firm = "晶耀科技股份有限公司"
        let revenue = try #require(facts.first { $0.value == 1.526e10 })
        #expect(revenue.holder == firm && revenue.measure == "合并营收")
        let decline = try #require(facts.first { $0.value == 3.4 })
        #expect(decline.kind == .change && decline.direction == "down")
        let profit = try #require(facts.first { $0.value == 9.8e8 })
        #expect(profit.holder == firm && profit.measure == "归属母公司业主净利")
        #expect(facts.first { $0.value == 1.25 }?.measure == "每股盈余")
        #expect(facts.first { $0.value == 5 }?.holder == firm)
    }

    @Test func aProjectOrAPlantNamedInFullHoldsItsAccounts() throws {
        // 扩建 right before 项目 is part of the project's name; the bare 项目 after it stands for it.
        let project = "其中，鼎新电器智能厨电产业园扩建项目总投资42亿元，项目建成后预计年产值可达80亿元。"
        #expect(try fact(project, 4_200_000_000).holder == "鼎新电器智能厨电产业园扩建项目")
        #expect(try fact(project, 8_000_000_000).holder == "鼎新电器智能厨电产业园扩建项目")
        // A firm's plant (…新厂) holds its investment, not the firm with the plant as the measure.
        let plant = try fact("华茂光电苏州吴江新厂总投资25亿元。", 2_500_000_000)
        #expect(plant.holder == "华茂光电苏州吴江新厂" && plant.measure == "总投资")
    }

    @Test func goodsShippedAreCountedInTheirQuantityAndTheirAmountKeepsTheProduct() throws {
        let text = "今年前4个月，全市钢材出口86.3万吨，同比增长12.1%，出口额达52.4亿元。"
        #expect(try fact(text, 863_000, date: "2024-05-20").measure == "钢材出口量")
        #expect(try fact(text, 5_240_000_000, date: "2024-05-20").measure == "钢材出口额")
        // Countries reached are no quantity shipped.
        #expect(try fact("产品出口到全球50多个国家和地区。", 50).measure != "产品出口量")
    }

    @Test func aComparedLevelAndAReasonNameTheirOwnHolderAndMeasure() throws {
        // 低于全省平均水平（5.0%）: the province's own growth, up; 主要原因是 gives the measure's words no part.
        let compared = try fact("全年规上工业增加值增长4.4%，增速比上年回落1.6个百分点，低于全省平均水平（5.0%）。", 5.0, date: "2022-01-20")
        #expect(compared.holder == "全省" && compared.direction == "up")
        #expect(try fact("全市出口下降2.1%，低于全国（-0.5%）。", 0.5).direction == "down")
        let reason = try fact("该公司上半年净利润同比下降21.6%，主要原因是原材料价格上涨约15%。", 15, date: "2022-08-20")
        #expect(reason.measure == "原材料价格")
    }

    @Test func anIndustrysGrowthAfterACountIsOfTheQuantityThatGrew() throws {
        // 增长面 is a level (the share of industries growing); the industries after it grow in 增加值.
        let text = "1-7月，制造业增加值增长7.9%。在38个行业大类中，有27个行业保持增长，增长面为71.1%。其中，汽车制造业增长9.8%。"
        let breadth = try fact(text, 71.1, date: "2025-08-18")
        #expect(breadth.kind == .level && breadth.measure == "增长面")
        let car = try fact(text, 9.8, date: "2025-08-18")
        #expect(car.holder == "汽车制造业" && car.measure == "增加值")
        // (…so do the classification's 加工业, after a 增长面 named with its group.)
        let group = "前7个月，全区规上工业生产稳中有进，增加值增长6.3%。从行业看，规上工业增长面达68.2%；其中，农副食品加工业增长7.3%。"
        let food = try fact(group, 7.3, date: "2025-08-18")
        #expect(food.holder == "农副食品加工业" && food.measure == "增加值")
    }

    @Test func whatMustBeDoneAndAQuarterSetApartHoldNothing() throws {
        let goal = try fact("会议指出，下半年要全力冲刺全年目标，确保全年地区生产总值增长7%以上。", 7, date: "2025-08-06")
        #expect(goal.holder == nil && goal.kind == .target)
        // 第二季度单季 holds for its sentence only: the report's half year comes back after it.
        let report = "上半年公司实现营业收入18.36亿元。其中，第二季度单季营收10.12亿元。报告期内，公司研发投入2.96亿元。"
        // (其中 opening the sentence: the part is the whole's holder's, 公司 as written.)
        #expect(try fact(report, 1_012_000_000, date: "2025-08-23").holder == fact(report, 1_836_000_000, date: "2025-08-23").holder)
        #expect(try fact(report, 296_000_000, date: "2025-08-23").period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func anEventsCountsAreOfItsDayAndItsProjectsHoldTheirOwn() throws {
        // A title above a line that opens with its day is no part of it; a quarter in the event's name is no period
        // of its counts; 集中 says how, not which projects.
        let text = """
            临港新片区举行2025年第三季度重大项目集中开工活动
            9月12日，临港新片区举行2025年第三季度重大项目集中开工活动，集中开工项目21个，总投资318亿元。
            其中，动力电池回收利用项目由上海某新能源有限公司投资建设，总投资26亿元，项目建成后预计年产值可达40亿元。
            今年以来，临港新片区已累计开工项目64个，开工项目数同比增长18.5%。
            """
        let day = Period(start: "2025-09-12", end: "2025-09-12")
        let started = try fact(text, 21, date: "2025-09-13")
        #expect(started.measure == "开工项目数" && started.period == day)
        let project = "动力电池回收利用项目"
        #expect(try fact(text, 2_600_000_000, date: "2025-09-13").holder == project)
        #expect(try fact(text, 4_000_000_000, date: "2025-09-13").holder == project)
        let growth = try fact(text, 18.5, date: "2025-09-13")
        #expect(growth.holder == "临港新片区" && growth.measure == "开工项目数")
    }

    @Test func aClusterItsLeadingFirmAndWhatItCovers() throws {
        // 集群 alone stands for the cluster named; a firm written after what it is (龙头企业) holds its product's sales.
        let text = "2024年，临沂现代物流装备产业集群实现营业收入612亿元。目前，集群拥有规模以上企业213家，其中营业收入过十亿元企业9家。"
            + "2024年，集群龙头企业鲁通机械装载机销量4.2万台，同比增长6.1%。"
        let firms = try fact(text, 213, date: "2025-05-20")
        #expect(firms.holder == "临沂现代物流装备产业集群" && firms.holderWritten == "集群")
        #expect(try fact(text, 9, date: "2025-05-20").measure == "营业收入过十亿元企业数")
        let sales = try fact(text, 42_000, date: "2025-05-20")
        #expect(sales.holder == "鲁通机械" && sales.measure == "装载机销量")
        // No cluster named: 集群 is no holder.
        #expect(try fact("目前，集群拥有规模以上企业428家。", 428, date: "2025-05-20").holder == nil)
        // 覆盖 says what was covered, part of the measure.
        let covered = try fact("截至6月底，全市数字化改造覆盖规模以上工业企业5127家。", 5127, date: "2025-07-15")
        #expect(covered.holder == "全市" && covered.measure == "数字化改造覆盖规模以上工业企业数")
    }

    @Test func nowAndTheNewHoldThroughTheirSentence() throws {
        // 截至目前，…今年已累计…；实际使用外资…: the year so far past ；.
        let text = "截至目前，全市今年已累计签约项目156个；实际使用外资12.6亿美元，同比增长8.3%。"
        #expect(try fact(text, 1.26e9, date: "2025-12-18").period == Period(start: "2025-01-01", end: "2025-12-18"))
        // 其中今年上半年新增21家: counted over its half year, not as of its end.
        let added = try fact("截至6月底，全市省级智能工厂累计达到146家，其中今年上半年新增21家。", 21, date: "2025-07-15")
        #expect(added.period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func firmsThatMakeAListAreCountedByIt() throws {
        // 86家企业上榜: 上榜企业; a designation in quotation marks after the figure is what is counted.
        let text = "近日，第七批专精特新“小巨人”企业名单公示，青岛市86家企业上榜。其中，崂山区23家。"
        #expect(try fact(text, 86, date: "2025-05-20").measure == "上榜企业数")
        #expect(try fact(text, 23, date: "2025-05-20").holder == "崂山区")
        #expect(try fact("全市新增86家国家级专精特新“小巨人”企业。", 86).measure == "新增国家级专精特新小巨人企业数")
        // A quarter in the event's name, 2025年一季度…集中开工活动, is no period of the day's counts.
        let started = try fact("3月5日，滨海新区举行2025年一季度重大项目集中开工活动，集中开工项目12个。", 12, date: "2025-03-06")
        #expect(started.period == Period(start: "2025-03-05", end: "2025-03-05"))
    }

    @Test func projectsAttractedAreCountedOverTheYearAndAParkBeingBuiltIsNamed() throws {
        let report = "过去一年，全区招引亿元以上产业项目56个。加快建设智能网联汽车产业园，力争年内园区产值突破500亿元。"
        let attracted = try fact(report, 56, date: "2025-01-20")
        #expect(attracted.measure == "招引亿元以上产业项目数" && attracted.period == .year(2024))
        let goal = try fact(report, 50_000_000_000, date: "2025-01-20")
        #expect(goal.holder == "智能网联汽车产业园" && goal.holderWritten == "园区" && goal.kind == .target)
    }

    @Test func aShareNamedBareAndAListOfProductsMeasure() throws {
        // 比重较去年同期提升2.1个百分点: the change is of the share stated before it.
        let trade = "一般贸易进出口1856.7亿元，占进出口总值的64.8%，比重较去年同期提升2.1个百分点。"
        #expect(try fact(trade, 2.1).measure == "一般贸易进出口占进出口总值比重")
        // A list of products (no place, no industry) is the measure's, none of them a holder.
        let products = try fact("其中电动汽车、锂电池、太阳能电池“新三样”产品合计出口286.2亿元。", 28_620_000_000)
        #expect(products.holder == nil && products.measure == "电动汽车、锂电池、太阳能电池新三样产品出口")
    }

    @Test func anotherYearsSameMonthsDateNothingAfterThem() throws {
        // 2019年同期 is compared with: the quarters after it are this year's; 首三季 is January–September.
        let text = "第三季本地生产总值按年实质上升5.2%，经济规模回复至2019年同期的86.3%。第三季服务出口按年上升7.8%。首三季访澳旅客累计2,986万人次。"
        #expect(try fact(text, 7.8, date: "2025-11-28").period == Period(start: "2025-07-01", end: "2025-09-30"))
        #expect(try fact(text, 29_860_000, date: "2025-11-28").period == Period(start: "2025-01-01", end: "2025-09-30"))
        // What was added is counted over its period, a capacity though it is; 占比 with no whole has no basis.
        let energy = "今年以来，全市新增光伏装机容量86万千瓦。其中智能算力占比超过60%。"
        #expect(try fact(energy, 860_000, date: "2025-11-12").period == Period(start: "2025-01-01", end: "2025-11-30"))
        #expect(try fact(energy, 60, date: "2025-11-12").basis == nil)
    }

    @Test func anAmountBelowZeroIsNegativeAndAListCountsWhatItsLastFigureCounts() throws {
        let cash = FactExtractor.extract("一季度，公司经营活动产生的现金流量净额1.26亿元，上年同期为-0.35亿元。", date: "2025-04-29")
        #expect(cash.contains { $0.value == -35_000_000 && $0.kind == .level && $0.direction == nil })
        // 分别有7家、5家和4家企业入选: each figure counts the firms selected.
        let listed = "东莞市28家企业入选。松山湖、长安镇、塘厦镇分别有7家、5家和4家企业入选。"
        for (value, holder) in [(7.0, "松山湖"), (5, "长安镇"), (4, "塘厦镇")] {
            let part = try fact(listed, value, date: "2025-07-10")
            #expect(part.holder == holder && part.measure == "入选企业数", "\(value)")
        }
    }

    @Test func aClauseThatSaysHowThingsStandIsNoSubject() throws {
        // 公司表示，二季度订单饱满，预计…: the firm that speaks holds the forecast, not 订单饱满.
        let text = "恒力电机发布2025年一季报。公司表示，二季度订单饱满，预计上半年营收同比增长10%至15%。"
        #expect(try fact(text, 10, date: "2025-04-29").holder == "恒力电机")
    }

    @Test func aFigurePerMuIsNamedWithIt() throws {
        let park = "2024年，园区实现税收21.6亿元，亩均税收达到38.5万元，比上年提高4.2万元。"
        #expect(try fact(park, 385_000, date: "2025-02-10").measure == "亩均税收")
        #expect(try fact(park, 42_000, date: "2025-02-10").measure == "亩均税收")
    }

    @Test func anIndustryListedByItsOwnNameKeepsIt() throws {
        let text = "其中，木材加工业、纺织服装业、电子信息产业产值分别增长8.6%、5.2%和21.4%。"
        #expect(try fact(text, 5.2).holder == "纺织服装业")
        #expect(try fact(text, 21.4).holder == "电子信息产业")
    }

    @Test func aTaiwaneseMonthlyRevenueAndAChainNamedOnce() throws {
        // 月增 and 季增 are changes on the month and the quarter before; the stock code and what the firm makes are no
        // part of its name (东方电气厂有限公司 keeps its 厂).
        let page = "【記者張某某／新竹報導】晶片設計廠聯晶科技（股票代號：3521）8日公布10月合併營收新臺幣152.3億元，月增8.6%、年增24.1%。"
        let month = try fact(page, 8.6, date: "2025-11-08")
        #expect(month.holder == "联晶科技" && month.kind == .change && month.basis == "较上月" && month.measure == "合并营收")
        #expect(try fact(page, 24.1, date: "2025-11-08").direction == "up")
        #expect(try fact("东方电气厂有限公司营收100亿元。", 1e10).holder == "东方电气厂有限公司")
        #expect(try fact("1-8月，全市工业增长3.9%。其中，8月当月增长6.2%。", 6.2, date: "2025-09-20").basis == nil)
        // A chain named is part of its place's measure; 产业链 alone stands for no holder.
        let chain = "赣州市稀土新材料及应用产业链现有规上企业156家。目前，产业链本地配套率达到62%。"
        #expect(try fact(chain, 156, date: "2025-06-05").measure == "稀土新材料及应用产业链规上企业数")
        let rate = try fact(chain, 62, date: "2025-06-05")
        #expect(rate.holder == nil && rate.measure == "产业链本地配套率")
    }

    @Test func anEventsQuarterIsCarriedAsItsDay() throws {
        // The quarter in the ceremony's name carries no period to the next sentence: the day does, and its counts
        // are no forecasts of the quarter's end. (其中 opening the sentence: a part of the day's signing, the zone's.)
        let text = "11月18日，仲恺高新区举行2025年第四季度重大项目集中签约仪式，现场签约项目38个。其中，投资10亿元以上项目9个。"
        let part = try fact(text, 9, date: "2025-11-19")
        #expect(part.kind == .level && part.period == Period(start: "2025-11-18", end: "2025-11-18") && part.holder == "仲恺高新区")
    }

    @Test func macauAndHongKongSpeakOfThemselves() throws {
        // 本澳 and 本港 are Macau and Hong Kong whatever the document; 澳门元 is a currency; 投资 after 服务出口 is no
        // product of a series of exports.
        let text = "第三季本澳本地生產總值為1,203.5億澳門元，按年上升4.1%；貨物出口按年上升3.2%；投資按年下跌8.8%。"
        let gdp = try fact(text, 120_350_000_000, date: "2025-11-28")
        #expect(gdp.unit == "MOP" && gdp.holder == "澳门" && gdp.holderWritten == "本澳")
        #expect(try fact(text, 8.8, date: "2025-11-28").measure == "投资")
        #expect(try fact("本港第三季出口貨值上升6.1%。", 6.1, date: "2025-11-14").holder == "香港")
    }

    @Test func anEventAloneCountsWhatItsUnitCounts() throws {
        // An event verb alone before a count counts what was counted last in that unit, else firms (家) or projects (个).
        let text = "全省今年共有48家企业入围。其中，滨江区入围9家。"
        #expect(try fact(text, 9, date: "2025-06-01").measure == "入围企业数")
        let signed = try fact("一季度，全县签约12个，开工7个。", 12, date: "2025-04-10")
        #expect(signed.measure == "签约项目数" && signed.period?.asOf == nil)
        #expect(try fact("一季度，全县签约12个，开工7个。", 7, date: "2025-04-10").measure == "开工项目数")
    }

    @Test func aFigureAfterGeIsEachItemsOwn() throws {
        // 各 gives the one figure to each place or industry of the list before it; 各类 and 各区 are no such list.
        let facts = FactExtractor.extract("今年，金湾区和斗门区各新增上市企业2家。", date: "2025-12-20")
        #expect(Set(facts.filter { $0.value == 2 }.compactMap(\.holder)) == ["金湾区", "斗门区"])
        #expect(FactExtractor.extract("全市各区新增上市企业2家。", date: "2025-12-20").filter { $0.value == 2 }.count == 1)
    }

    @Test func aGapAfterAComparedFigureIsAgainstThatHolder() throws {
        let text = "前三季度，全市规上工业增加值增长7.2%，高于全省（6.1%）1.1个百分点。"
        #expect(try fact(text, 1.1, date: "2025-10-20").basis == "高于全省")
    }

    @Test func aNamedProjectsAccountsAreOfNoDayCarried() throws {
        // The signing's day dates its counts, not a project's total investment told after it; a period the sentence
        // gives still holds.
        let text = "9月9日，江北新区举行重大项目签约仪式，签约项目12个。其中，星驰储能电池项目总投资25亿元，用地约300亩。"
        #expect(try fact(text, 12, date: "2025-09-10").period?.start == "2025-09-09")
        #expect(try fact(text, 2_500_000_000, date: "2025-09-10").period == nil)
        #expect(try fact(text, 300, date: "2025-09-10").period == nil)
        let stated = try fact("1-8月，星驰储能电池项目完成投资8.6亿元。", 860_000_000, date: "2025-09-10")
        #expect(stated.period?.end == "2025-08-31")
    }

    @Test func aFirmIsNamedInFullWhateverShortNameTheTextDeclares() throws {
        let text = "星湾电子科技股份有限公司（以下简称“星湾电子”）发布2024年年报。报告期内，公司实现营业收入12.5亿元。星湾电子研发投入1.2亿元。"
        let revenue = try fact(text, 1_250_000_000, date: "2025-03-30")
        #expect(revenue.holder == "星湾电子科技股份有限公司" && revenue.holderWritten == "公司")
        let research = try fact(text, 120_000_000, date: "2025-03-30")
        #expect(research.holder == "星湾电子科技股份有限公司" && research.holderWritten == "星湾电子")
        // A firm's plant named after it holds its capacity.
        #expect(try fact("华锂新能宜宾基地电池总产能将达到50GWh。", 50).holder == "华锂新能宜宾基地")
    }

    @Test func aTitleNamesTheParkAndThePlaceItIsAbout() throws {
        let park = "云杉智造产业园2024年度工作总结\n2024年，园区入驻企业达到120家。"
        #expect(try fact(park, 120, date: "2025-01-20").holder == "云杉智造产业园")
        // 区长 in a column's name is no district; the district named in the lines after it is.
        let interview = "【对话区长】余杭：工业稳中有进\n本报记者专访了余杭区负责人。\n今年以来，我区规上工业增加值增长8.1%。"
        #expect(try fact(interview, 8.1, date: "2024-12-20").holder == "余杭区")
        // A title's one space parts its phrases: the rank is 苏州's, stated once with the body's.
        let ranking = "2025先进制造业百强市榜单发布 苏州位列第2位\n11月18日，2025先进制造业百强市榜单在南京发布，苏州位列第2位。"
        let ranks = FactExtractor.extract(ranking, date: "2025-11-20").filter { $0.value == 2 }
        #expect(ranks.count == 1 && ranks.first?.holder == "苏州")
    }

    @Test func goodsMadeAreCountedInTheirOutput() throws {
        let text = "1-6月，全市累计生产汽车52.3万辆，同比增长4.2%；生产新能源汽车18.6万辆。"
        #expect(try fact(text, 523_000, date: "2025-07-15").measure == "汽车产量")
        #expect(try fact(text, 186_000, date: "2025-07-15").measure == "新能源汽车产量")
    }

    @Test func whatIsDoneAfterAGoalIsAnActual() throws {
        // 已开工 after 计划新开工 states what was done, over the year so far up to the date the sentence counts to;
        // a plan's completion rate is a rate of what was done.
        let text = "截至6月底，全市今年计划新开工的90个项目已开工61个，开工率67.8%。"
        let planned = try fact(text, 90, date: "2025-07-10")
        #expect(planned.kind == .target && planned.measure == "新开工项目数")
        let started = try fact(text, 61, date: "2025-07-10")
        #expect(started.kind == .level && started.period?.end == "2025-06-30")
        #expect(try fact("1-6月，全市重点项目年度计划完成率为58.2%。", 58.2, date: "2025-07-10").kind == .level)
        // A bound after 将 is still a goal.
        #expect(try fact("下半年，园区将新招引项目不少于15个。", 15, date: "2025-07-10").kind == .target)
    }

    @Test func taiwanAndHongKongWriteTheirDatesTheirWay() throws {
        // Taiwan counts years from 1912 (113年 is 2024); Hong Kong writes years and months in Chinese numerals.
        let orders = try fact("113年9月外銷訂單金額為550.2億美元，年增4.6%。", 4.6, date: "2024-10-21")
        #expect(orders.period == Period(start: "2024-09-01", end: "2024-09-30") && orders.measure == "外销订单金额" && orders.basis == "同比")
        let jobless = try fact("失业率在五月至七月为3.0%。", 3.0, date: "2024-08-16")
        #expect(jobless.period == Period(start: "2024-05-01", end: "2024-07-31") && jobless.measure == "失业率")
        #expect(try fact("二零二四年首季本地生產總值上升2.7%。", 2.7, date: "2024-05-03").period?.start == "2024-01-01")
        // A word written after what it measures (在, 实质, 由) is no part of it.
        let quarter = try fact("整體貨物出口在第二季按年實質上升1.8%；基本消費物價通脹率預測由1.7%下調至1.5%。", 1.8, date: "2024-08-16")
        #expect(quarter.measure == "整体货物出口" && quarter.basis == "同比")
        #expect(try fact("整體貨物出口在第二季按年實質上升1.8%；基本消費物價通脹率預測由1.7%下調至1.5%。", 1.5, date: "2024-08-16").measure == "基本消费物价通胀率")
        // 比上年增长 holds no 年增.
        #expect(try fact("全市工业增加值比上年增长5.1%。", 5.1, date: "2025-02-01").basis == "比上年")
    }

    @Test func aZoneIsNamedByTheShortNameTheTextDeclares() throws {
        // A zone's short name in brackets after its full name holds what follows it, 达 in it though there is.
        let text = "青岛经济技术开发区（青达）5月8日召开推进会。青达今年已累计签约项目86个，协议投资额420亿元。"
        let signed = try fact(text, 86, date: "2025-05-09")
        #expect(signed.holder == "青达" && signed.measure == "签约项目数")
        #expect(try fact(text, 42_000_000_000, date: "2025-05-09").holder == "青达")
    }

    @Test func theDayOfAnEventCountedHoldsAfterIt() throws {
        // A day that opens a sentence of an event's counts dates the sentences after it: their counts on that day,
        // a total as of it; a rank listed after another keeps the measure and takes its own scope.
        let text = "7月3日，工业和信息化部公示名单，绍兴市共有41家企业入选，入选企业数居全国第五、全省第二。至此，绍兴市小巨人企业累计达到236家。"
            + "从区域看，柯桥区、上虞区分别有9家和7家企业入选。"
        #expect(try fact(text, 2, date: "2024-07-04").basis == "全省")
        #expect(try fact(text, 2, date: "2024-07-04").measure == "入选企业数")
        #expect(try fact(text, 236, date: "2024-07-04").period == .asOf("2024-07-03"))
        #expect(try fact(text, 9, date: "2024-07-04").period == Period(start: "2024-07-03", end: "2024-07-03"))
        // Computing power counts in its own unit.
        #expect(try fact("全省算力总规模达到42EFLOPS。", 42).unit == "EFLOPS")
    }

    @Test func aZoneWrittenAloneIsTheZoneTheTextNamed() throws {
        // 高新区 alone stands for the zone named before, whatever park was named since; a zone's title with its year
        // is the one 园区 stands for.
        let text = "荆门高新区举行项目集中签约仪式\n其中，云岭生物医药产业园项目总投资32亿元。今年以来，高新区已累计签约项目63个。"
        #expect(try fact(text, 63, date: "2025-06-20").holder == "荆门高新区")
        #expect(try fact("眉山临港经开区2024年工作总结\n2024年，园区实现规上工业总产值868.4亿元。", 86_840_000_000, date: "2025-01-15").holder == "眉山临港经开区")
    }

    @Test func whatAProjectYieldsOnceDoneEndsWithItsClause() throws {
        // 达产后可 makes its clause's figures expected; the next project's accounts after ； are actuals.
        let text = "甲项目总投资85亿元，达产后可实现年产值120亿元；乙项目总投资18.6亿元，用地面积约260亩。"
        #expect(try fact(text, 12_000_000_000, date: "2025-06-20").kind == .forecast)
        #expect(try fact(text, 1_860_000_000, date: "2025-06-20").kind == .level)
        #expect(try fact(text, 260, date: "2025-06-20").kind == .level)
        // A goal still holds across ；.
        #expect(try fact("力争全年规上工业总产值突破900亿元；新签约项目50个。", 50, date: "2025-02-20").kind == .target)
    }

    @Test func aCityNamedShortIsNamedInFull() throws {
        // 我市 after a title naming a city by its short name is the city's full name.
        #expect(try fact("镇江数字基础设施建设提速\n截至6月底，我市累计建成5G基站12386座。", 12386, date: "2025-07-10").holder == "镇江市")
    }

    @Test func aFlowKeepsTheSizeWrittenAfterIt() throws {
        #expect(try fact("全市一般贸易进出口值2190.4亿元。", 219_040_000_000).measure == "一般贸易进出口值")
        #expect(try fact("全市出口量310万吨。", 3_100_000).measure == "出口量")
    }

    @Test func aTablesLabelHoldsItsRow() throws {
        let text = "南平市上半年重点产业运行情况\n竹木加工产业：产值186.4亿元，增长12.3%；\n高端纺织产业：产值83.7亿元，增长3.1%。"
        #expect(try fact(text, 18_640_000_000, date: "2025-07-22").holder == "竹木加工产业")
        #expect(try fact(text, 3.1, date: "2025-07-22").holder == "高端纺织产业")
    }

    @Test func anInterviewsSpeakerHoldsNothing() throws {
        // 区长： says who speaks; 我们区 is the district; what the holder does (坚持) is no part of its name.
        let text = "【访谈】龙泉驿区区长：以汽车产业为牵引\n区长：今年1-8月，我们区规上工业增加值同比增长9.1%。目前全区有高新技术企业1120家。"
        #expect(try fact(text, 1120, date: "2024-09-20").holder == "龙泉驿区")
        #expect(try fact(text, 9.1, date: "2024-09-20").holder == "龙泉驿区")
        #expect(try fact("今年以来，荆门高新区坚持“项目为王”，累计签约项目58个。", 58, date: "2023-06-16").holder == "荆门高新区")
    }

    @Test func anEventWrittenAloneCountsWhatItCountedBefore() throws {
        // 41家企业入选 counts firms selected; 温岭市入选9家 counts the same, not the total named between.
        let text = "7月12日，工信部公布名单，丽水市14家企业入选。至此，全市“小巨人”企业累计达到58家。从地区分布看，莲都区入选5家。"
        #expect(try fact(text, 5, date: "2023-07-14").measure == "入选企业数")
        // 新引进 is one event, written once.
        #expect(try fact("今年以来，全区新引进配套项目17个。", 17, date: "2024-09-20").measure == "新引进配套项目数")
    }

    @Test func whoBuildsAProjectHoldsNoneOfItsAccounts() throws {
        let text = "主会场设在临港新区的锂电材料产业园二期项目，由四川某某材料有限公司投资建设，项目全面达产后预计年产值可达65亿元，年纳税5亿元以上。"
        let output = try fact(text, 6_500_000_000, date: "2024-03-01")
        #expect(output.holder == "锂电材料产业园二期项目" && output.measure == "年产值")
        #expect(try fact(text, 500_000_000, date: "2024-03-01").measure == "年纳税")
    }

    @Test func theParkOfAnInterviewIsTheZoneItsTitleNames() throws {
        // A zone named after a place within a title (——访赣州稀土高新区管委会主任) is what 园区 stands for.
        let text = "稀土产业如何发力？——访赣州稀土高新区管委会主任\n问：今年园区怎么样？\n答：园区现有高新技术企业186家。"
        let firms = try fact(text, 186, date: "2023-11-08")
        #expect(firms.holder == "赣州稀土高新区" && firms.holderWritten == "园区")
        // 合作区 alone is the cooperation zone named before, after a byline in brackets.
        let zone = try fact("【本报讯】横琴粤澳深度合作区统计局日前公布，今年上半年，合作区实现地区生产总值268.4亿元。", 26_840_000_000, date: "2025-08-01")
        #expect(zone.holder == "横琴粤澳深度合作区")
    }

    @Test func aPlansFirstAndLastYearsAreYears() throws {
        // 2021年是“十四五”开局之年 dates the figures after it to 2021; 到“十四五”末 is 2025.
        let text = "2021年是“十四五”开局之年。一年来，全市生产总值完成812.6亿元。到“十四五”末，全市生产总值力争突破1100亿元。"
        #expect(try fact(text, 81_260_000_000, date: "2022-01-20").period == Period(start: "2021-01-01", end: "2021-12-31"))
        let goal = try fact(text, 110_000_000_000, date: "2022-01-20")
        #expect(goal.kind == .target && goal.period == Period(start: "2025-01-01", end: "2025-12-31"))
    }

    @Test func scoresAndContractsReadAsWritten() throws {
        // A score counts in 分; 合同利用外资 is one measure; 较去年底 compares with last year's end.
        let score = try fact("长垣市综合得分86.42分，居全省第2位。", 86.42, date: "2025-05-14")
        #expect(score.unit == "分" && score.holder == "长垣市")
        let foreign = try fact("哈尔滨新区合同利用外资2.1亿美元。", 210_000_000, date: "2021-09-25")
        #expect(foreign.measure == "合同利用外资" && foreign.holder == "哈尔滨新区")
        #expect(try fact("全区澳资企业6836户，较去年底增加412户。", 412, date: "2025-07-20").basis == "比上年末")
    }

    @Test func aClustersGapAndFirmsAreItsOwn() throws {
        // 作为… names no holder; 集群内 is the cluster; a gap after 增速高于全市 is of the growth just read, the
        // place compared with alone its basis.
        let text = "作为国家先进制造业集群，临沂动力装备产业集群今年上半年实现营业收入1512.6亿元，同比增长9.7%，增速高于全市规上工业营业收入4.2个百分点，集群内规上企业达到312家。"
        let gap = try fact(text, 4.2, date: "2025-09-10")
        #expect(gap.holder == "临沂动力装备产业集群" && gap.measure == "营业收入" && gap.basis == "高于全市")
        #expect(try fact(text, 9.7, date: "2025-09-10").holder == "临沂动力装备产业集群")
        #expect(try fact(text, 312, date: "2025-09-10").holder == "临沂动力装备产业集群")
    }

    @Test func theZoneWhoseOfficerSpeaksHoldsWhatIsSaid() throws {
        let text = "荆门高新区举行项目签约仪式。高新区负责人表示，力争全年新签约亿元以上项目100个以上。"
        let goal = try fact(text, 100, date: "2023-06-16")
        #expect(goal.holder == "荆门高新区" && goal.kind == .target)
    }

    @Test func aPlacesEconomyGrowsBeforeItsPeriod() throws {
        let growth = try fact("香港經濟在第二季按年實質增長3.3%。", 3.3, date: "2024-08-16")
        #expect(growth.holder == "香港" && growth.measure == "经济" && growth.basis == "同比")
    }

    @Test func aYearsPlannedAmountIsOfTheWholeYear() throws {
        let text = "2月29日，宜宾市举行2024年一季度重大项目集中开工活动，全市集中开工项目73个，年度计划投资158亿元。1—2月，年度计划完成率为11.6%。"
        #expect(try fact(text, 15_800_000_000, date: "2024-03-01").period == Period(start: "2024-01-01", end: "2024-12-31"))
        #expect(try fact(text, 11.6, date: "2024-03-01").period == Period(start: "2024-01-01", end: "2024-02-29"))
    }

    @Test func aPrepositionAloneMeasuresNothing() throws {
        let text = "截至2021年底，全市有效期内高新技术企业达到7150家。分区县看，西安高新区以3862家稳居全市首位。"
        let zone = try fact(text, 3862, date: "2022-01-10")
        #expect(zone.holder == "西安高新区" && zone.measure == "有效期内高新技术企业数")
    }

    @Test func aProjectDescribedByWhoBuildsItHoldsItsAccounts() throws {
        let text = "其中，由深圳一家企业投资建设的哈尔滨新区智能网联汽车零部件产业园项目总投资45亿元。"
        #expect(try fact(text, 4_500_000_000, date: "2021-09-25").holder == "哈尔滨新区智能网联汽车零部件产业园项目")
        // 县级市 is a kind of city, no place's name.
        let ranked = "仙桃又上榜了\n12月16日，名单公布，仙桃有5家企业上榜，上榜数量在全省县级市中排第一。全市非织造布规上企业达到168家。"
        #expect(try fact(ranked, 168, date: "2024-12-18").holder == "仙桃市")
    }

    @Test func mainlandVisitorsAreMacausMeasure() throws {
        let text = "第二季本澳入境旅客達1,012萬人次；其中內地旅客743萬人次。同季全澳總體失業率為1.8%。"
        let visitors = try fact(text, 7_430_000, date: "2025-08-30")
        #expect(visitors.holder == "澳门" && visitors.measure == "内地旅客")
        let jobless = try fact(text, 1.8, date: "2025-08-30")
        #expect(jobless.holder == "澳门" && jobless.measure == "总体失业率")
    }

    @Test func anOfficeThatIssuesAListHoldsNothing() throws {
        // 安排 is a verb, and the office that 印发 a list names its province, not a holder of its own.
        let text = "日前，云南省发展改革委印发名单，共安排省级重点项目1215个，总投资4.38万亿元。"
        #expect(try fact(text, 1215, date: "2025-02-20").holder == "云南省")
        #expect(try fact(text, 4_380_000_000_000, date: "2025-02-20").holder == "云南省")
    }

    @Test func firmsNewlySetUpAreCountedOverThePeriod() throws {
        let setUp = try fact("上半年合作区新设澳资企业328户。", 328, date: "2025-07-20")
        #expect(setUp.period == Period(start: "2025-01-01", end: "2025-06-30") && setUp.measure == "新设澳资企业数")
    }

    @Test func theShareOfOrdersMadeAbroadIsOneMeasure() throws {
        #expect(try fact("113年9月外銷訂單海外生產比為51.3%。", 51.3, date: "2024-10-21").measure == "外销订单海外生产比")
    }

    @Test func aSingleQuarterSaysWhenNotWhat() throws {
        let quarter = try fact("其中，公司第三季度单季营业收入5.61亿元，环比增长12.9%。", 561_000_000, date: "2024-10-29")
        #expect(quarter.measure == "营业收入" && quarter.period == Period(start: "2024-07-01", end: "2024-09-30"))
    }

    @Test func aCountAfterAPlaceComparedWithIsTheGap() throws {
        let gap = try fact("每万人拥有5G基站33.4个，高于全国2.1个。", 2.1, date: "2024-07-20")
        #expect(gap.kind == .change && gap.basis == "高于全国" && gap.direction == "up" && gap.measure == "每万人拥有5G基站数")
        #expect(try fact("每万人拥有5G基站33.4个，高于全国2.1个。", 33.4, date: "2024-07-20").kind == .level)
    }

    @Test func aProjectsNameStartsAfterWhatItIsSaidToBe() throws {
        #expect(try fact("新确定链主企业秦芯半导体二期12英寸晶圆项目总投资156亿元。", 15_600_000_000).holder == "秦芯半导体二期12英寸晶圆项目")
        let opened = try fact("公司表示，今年将新开工烟台开发区智能制造产业园二期项目，该项目总投资12亿元。", 1_200_000_000, date: "2023-03-31")
        #expect(opened.holder == "烟台开发区智能制造产业园二期项目")
    }
}
