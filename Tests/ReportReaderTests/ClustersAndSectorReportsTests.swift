import Testing
import ZhizaoCore
@testable import ReportReader

/// Rules for clusters' yearly reviews, sector associations' monthly reports and trade in goods (docs/FACTS.md), each on
/// text of its own (none of it from the annotated sets).
@Suite struct ClustersAndSectorReportsTests {
    @Test func aNoticeOfAZonesCommitteeIsTheZones() throws {
        // Given a notice a zone's committee issues about its parks' half year (…开发区管委会关于…园区经济运行情况的通报),
        // When 园区 holds figures, Then it is the zone, not the committee's words.
        let text = """
            临江经济技术开发区管委会关于2026年1-6月园区工业运行情况的通报
            各有关部门：
            　　1-6月，园区完成规上工业总产值398.1亿元，同比增长8.7%。
            """
        #expect(try fact(text, 398.1e8, date: "2026-07-15").holder == "临江经济技术开发区")
    }

    @Test func aListAClusterIsPutOnNamesNoCluster() throws {
        // Given a review of a cluster that was put on a national list, When 集群 later holds figures, Then it is the
        // cluster the title names, not the list.
        let text = """
            青川市光电子产业集群2025年度工作总结
            青川市工业和信息化局
            　　2025年，青川市光电子产业集群成功获评国家先进制造业集群，发展势头良好。
            　　全年集群实现营业收入842.6亿元，同比增长12.4%。
            """
        let revenue = try fact(text, 842.6e8, date: "2026-02-10")
        #expect(revenue.holder == "青川市光电子产业集群" && revenue.holderWritten == "集群")
        #expect(try fact(text, 12.4, date: "2026-02-10").holder == "青川市光电子产业集群")
    }

    @Test func aClustersOwnMeasureCarriesToItsChangeWhole() throws {
        // Given a cluster's output of the firms above the size line, When its growth follows, Then the growth is of the
        // same measure, the group (规上工业) kept, as it is the cluster's own.
        let text = "青川市光电子产业集群2025年度工作总结\n青川市工业和信息化局\n　　全年集群完成规上工业总产值1032.5亿元，同比增长9.6%。"
        let growth = try fact(text, 9.6, date: "2026-02-10")
        #expect(growth.holder == "青川市光电子产业集群" && growth.measure == "规上工业总产值" && growth.kind == .change)
    }

    @Test func aGrowthComparedWithAnotherPlaceIsNoSubject() throws {
        // Given an amount, then a clause opening with its growth compared with the city's, When the clause's gap and the
        // next clause's share are read, Then both keep the amount's holder and measure.
        let text = """
            青川市光电子产业集群2025年度工作总结
            青川市工业和信息化局
            　　全年集群完成规上工业总产值1032.5亿元，增速高于全市规上工业7.3个百分点，占全市规上工业的14.2%。
            """
        let gap = try fact(text, 7.3, date: "2026-02-10")
        #expect(gap.holder == "青川市光电子产业集群" && gap.measure == "规上工业总产值" && gap.basis == "高于全市")
        let share = try fact(text, 14.2, date: "2026-02-10")
        #expect(share.holder == "青川市光电子产业集群" && share.kind == .share)
    }

    @Test func aColumnOfMonthsToDateCountsWhatItNames() throws {
        // Given a table whose column is headed by months and 累计 before what it counts (1-4月累计产量), When its
        // figures are read, Then they measure the row's product in that column's measure, over those months.
        let text = """
            某省机床工具行业协会
            2026年4月全省机床行业运行情况
            单位：台，%
            产品名称\t本月产量\t同比增长\t1-4月累计产量\t同比增长
            数控金属切削机床\t2,418\t6.3\t8,926\t4.1
            """
        let total = try fact(text, 8926, date: "2026-05-20")
        #expect(total.measure == "数控金属切削机床产量" && total.period == Period(start: "2026-01-01", end: "2026-04-30"))
        #expect(try fact(text, 4.1, date: "2026-05-20").measure == "数控金属切削机床产量")
    }

    @Test func goodsWrittenAfterTheirExportAreWhatIsExported() throws {
        // Given goods written after 出口 or 进口 and counted in their own unit, When read, Then the measure is the goods'
        // 出口量 or 进口量 (each kind, 各类, aside); money and counts of firms stay as before.
        #expect(try fact("一季度，全省出口各类农业机械3.2万台，同比增长11.6%。", 32000).measure == "农业机械出口量")
        #expect(try fact("一季度，全省出口各类农业机械3.2万台，同比增长11.6%。", 11.6).measure == "农业机械出口量")
        #expect(try fact("上半年，某港进口大豆860万吨。", 8_600_000).measure == "大豆进口量")
        #expect(try fact("一季度，全市出口总额286亿元。", 286e8).measure == "出口总额")
    }
}

/// Rules for the news of a signing or a promotion meeting: the day it was held, and a title above an indented or
/// bylined first paragraph.
@Suite struct MeetingNewsTests {
    @Test func aMeetingStoodForIsOfItsDayWhateverYearCameBetween() throws {
        // Given a meeting held on a day, then last year's results, When a sentence opens with 本次推介会, Then its
        // figures are of the meeting's day; the year's results stay the year's.
        let text = """
            5月12日，临江县在杭州举办2026年投资环境推介会。推介会上，县长介绍了临江县的产业基础。2025年，全县地区生产总值完成312.4亿元。本次推介会共签约项目23个，总金额118.6亿元。
            """
        let day = Period(start: "2026-05-12", end: "2026-05-12")
        #expect(try fact(text, 23, date: "2026-05-13").period == day)
        #expect(try fact(text, 118.6e8, date: "2026-05-13").period == day)
        #expect(try fact(text, 312.4e8, date: "2026-05-13").period == .year(2025))
    }

    @Test func aTitleEndsAboveAnIndentedOrBylinedParagraph() throws {
        // Given a title line and a first paragraph that opens with a byline or an indent and no source line between,
        // When read, Then the title is a line of its own: the paragraph's opening day and holder read as in a text
        // with no title.
        let bylined = "临江县举行二季度招商项目签约仪式\n临江日报讯（记者　周某）6月3日上午，临江县2026年第二批招商项目签约仪式在县行政中心举办。现场签约项目14个。"
        #expect(try fact(bylined, 14, date: "2026-06-04").period == Period(start: "2026-06-03", end: "2026-06-03"))
        let indented = "青川市光电子产业集群2025年度工作总结\n　　全年集群完成营业收入842.6亿元。"
        let revenue = try fact(indented, 842.6e8, date: "2026-02-10")
        #expect(revenue.holder == "青川市光电子产业集群" && revenue.measure == "营业收入")
    }

    @Test func aCompletionMeetingHeldAtAFirmIsThePlacesAndItsPartsAreOfItsDay() throws {
        // Given a county's completion meeting held at a firm, When 此次 and 此次活动 open the next sentences, Then the
        // county holds their counts, on the meeting's day; the firm where it was held names no holder.
        let text = """
            7月8日，临江县2026年重点项目竣工投产活动在临江某某新材料有限公司举办。此次竣工投产项目15个，总投资72.6亿元。
            """
        let day = Period(start: "2026-07-08", end: "2026-07-08")
        let projects = try fact(text, 15, date: "2026-07-09")
        #expect(projects.holder == "临江县" && projects.measure == "竣工投产项目数" && projects.period == day)
        let region = "3月2日，江西省2026年一季度重点项目开竣工活动在主会场举行。此次活动全省共开竣工重点项目412个。"
        let started = try fact(region, 412, date: "2026-03-03")
        #expect(started.holder == "江西省" && started.measure == "开竣工重点项目数")
    }

    @Test func thePartsOfWhatWasSignedAreOfItsDayAndTheirClassHoldsNothing() throws {
        // Given a sentence opening with the projects of an event (此次签约项目中), When a class of them is counted and
        // its investment stated, Then both are the place's, of the event's day, the investment named by the class.
        let text = "9月3日，某市举行招商引资项目签约仪式，共签约项目46个。此次签约项目中，产业项目31个，产业项目总投资218.4亿元，占全部签约项目总投资的71.2%。"
        let day = Period(start: "2026-09-03", end: "2026-09-03")
        let part = try fact(text, 31, date: "2026-09-04")
        #expect(part.holder == "某市" && part.measure == "产业项目数" && part.period == day)
        let money = try fact(text, 218.4e8, date: "2026-09-04")
        #expect(money.holder == "某市" && money.measure == "产业项目总投资")
        let share = try fact(text, 71.2, date: "2026-09-04")
        #expect(share.holder == "某市" && share.measure == "产业项目总投资" && share.kind == .share)
    }

    @Test func whatCountedThingsDidSaysWhichAreCounted() throws {
        // Given firms counted with what they did written after them (参会, 复工, 入驻), When read, Then the verb says which
        // are counted, written first, as an event's is (15个项目开工 → 开工项目数).
        #expect(try fact("2月7日，某区举办春风行动招聘会，共有56家企业参会。", 56, date: "2026-02-08").measure == "参会企业数")
        #expect(try fact("截至2月7日，全区已有1.4万家企业复工。", 14_000, date: "2026-02-08").measure == "复工企业数")
    }
}

/// Rules for sector associations' reports: ten-day periods, key firms of a trade, 产销 pairs and measures listed before
/// 分别.
@Suite struct SectorReportsTests {
    @Test func tenDaysOfAMonthAreAPeriod() throws {
        // Given 上旬, 中旬 and 下旬 after a month, When read, Then each is its ten days (the last to the month's end), and
        // 下旬末 the day it ends; 本旬 is no part of what is measured.
        let text = "2026年6月中旬，重点统计水泥企业熟料日产量41.2万吨。6月下旬，重点统计水泥企业熟料日产量39.8万吨。6月下旬末，库存量612.5万吨。据此估算，本旬全国熟料日产量118.6万吨。"
        #expect(try fact(text, 412_000).period == Period(start: "2026-06-11", end: "2026-06-20"))
        #expect(try fact(text, 398_000).period == Period(start: "2026-06-21", end: "2026-06-30"))
        #expect(try fact(text, 6_125_000).period == .asOf("2026-06-30"))
        let national = try fact(text, 1_186_000)
        #expect(national.holder == "全国" && national.measure == "熟料日产量")
    }

    @Test func aPlacesKeyFirmsOfATradeAreAClassOfWhatIsMeasured() throws {
        // Given key firms of a trade (重点钢铁企业, 重点统计水泥企业) written before a measure, When read, Then they are
        // part of the measure, and the place before them holds it.
        let key = try fact("一季度，全省重点造纸企业实现营业收入326.4亿元。", 326.4e8)
        #expect(key.holder == "全省" && key.measure == "重点造纸企业营业收入")
        let counted = try fact("2026年6月中旬，重点统计水泥企业熟料日产量41.2万吨。", 412_000)
        #expect(counted.holder == nil && counted.measure == "重点统计水泥企业熟料日产量")
    }

    @Test func madeAndSoldPairsOutputThenSales() throws {
        // Given 产销 before 分别 and two figures, When read, Then the first is the goods' output and the second their
        // sales, and the changes after them pair the same way.
        let text = "6月，摩托车产销分别完成182.6万辆和185.3万辆，同比分别增长4.2%和5.7%。"
        #expect(try fact(text, 1_826_000).measure == "摩托车产量")
        #expect(try fact(text, 1_853_000).measure == "摩托车销量")
        #expect(try fact(text, 4.2).measure == "摩托车产量")
        #expect(try fact(text, 5.7).measure == "摩托车销量")
    }

    @Test func measuresListedBeforeRespectivelyAreEachFiguresOwn() throws {
        // Given measures listed before 分别 (the metric the last of them), When read, Then each figure is of its own
        // measure, and the firm, the place or the goods before the first hold or name every one.
        let firm = "公司营业收入和归母净利润分别为48.6亿元和3.2亿元。"
        #expect(try fact(firm, 48.6e8).holder == "公司" && fact(firm, 48.6e8).measure == "营业收入")
        #expect(try fact(firm, 3.2e8).holder == "公司" && fact(firm, 3.2e8).measure == "归母净利润")
        let place = "全市规上工业增加值和固定资产投资分别为412亿元和286亿元。"
        #expect(try fact(place, 412e8).measure == "规上工业增加值" && fact(place, 286e8).measure == "固定资产投资")
        #expect(try fact(place, 286e8).holder == "全市")
        #expect(try fact("上半年，拖拉机产量和销量分别为3.1万台和2.9万台。", 29_000).measure == "拖拉机销量")
    }

    @Test func retailAndWholesaleCountedInGoodsAreTheirVolumes() throws {
        // Given goods 零售 or 批发 counted in their own unit, When read, Then the measure is the goods' 零售量 or 批发量,
        // and a bare 累计零售 after them is of the same goods.
        let text = "7月，全国乘用车零售186.2万辆；1-7月累计零售1273.7万辆。厂商批发方面，7月乘用车厂商批发221.5万辆。"
        #expect(try fact(text, 1_862_000, date: "2026-08-10").measure == "乘用车零售量")
        #expect(try fact(text, 12_737_000, date: "2026-08-10").measure == "乘用车零售量")
        #expect(try fact(text, 2_215_000, date: "2026-08-10").measure == "乘用车厂商批发量")
        #expect(try fact("全年社会消费品零售总额1200亿元。", 1200e8).measure == "社会消费品零售总额")
    }

    @Test func aKindOfGoodsIsNoBrandAndAPartOfGoodsIsMeasuredAsTheWhole() throws {
        // Given goods of a kind (绿色动力船舶) as a part of the goods a firm delivered, When read, Then the firm holds it, in
        // the volume of the whole (交付量); 绿色动力 names no firm.
        let text = "某某船舶重工有限公司今年前8个月完工交付各类船舶21艘，其中绿色动力船舶13艘，占交付总量的61.9%。"
        let part = try fact(text, 13, date: "2026-09-04")
        #expect(part.holder == "某某船舶重工有限公司" && part.measure == "绿色动力船舶交付量")
        #expect(try fact(text, 61.9, date: "2026-09-04").measure == "绿色动力船舶交付量")
    }

    @Test func aTradeHoldsTheGoodsItSold() throws {
        // Given a place's trade before a verb of goods and the goods (全国装载机行业共销售各类装载机), When read, Then the
        // trade holds them, in the goods' volume.
        let sold = try fact("2026年7月，全国装载机行业共销售各类装载机9634台，同比增长11.4%。", 9634, date: "2026-08-11")
        #expect(sold.holder == "装载机行业" && sold.measure == "装载机销量")
    }
}

/// Rules for key projects' plans and progress reports.
@Suite struct KeyProjectsTests {
    @Test func aYearsPlanIsAGoalAndItsProjectsAreCountedOverTheYear() throws {
        // Given a year's plan of key projects, When read, Then the projects 安排 are counted over that year (as 实施 are),
        // and its 年度计划投资 is a goal; the projects' total investment stays an amount.
        let text = "今年，全区共安排区级重点项目138个，总投资864.2亿元，年度计划投资196.5亿元。"
        let projects = try fact(text, 138, date: "2026-01-15")
        #expect(projects.measure == "安排区级重点项目数" && projects.period == .year(2026) && projects.kind == .level)
        let plan = try fact(text, 196.5e8, date: "2026-01-15")
        #expect(plan.measure == "年度计划投资" && plan.kind == .target && plan.period == .year(2026))
        #expect(try fact(text, 864.2e8, date: "2026-01-15").kind == .level)
    }

    @Test func aShareOfTheYearsPlanNamesThePlan() throws {
        // Given investment done as a share of the year's plan (占年度计划的, 占全年计划的), When read, Then the share's
        // whole is the plan as written.
        #expect(try fact("1-8月，全市重点项目完成投资812.6亿元，占年度计划的71.4%。", 71.4, date: "2026-09-20").basis == "年度计划")
        #expect(try fact("1-8月，全市重点项目完成投资812.6亿元，占全年计划的71.4%。", 71.4, date: "2026-09-20").basis == "全年计划")
    }

    @Test func aHeadingsDoneInvestmentIsTheInvestment() throws {
        // Given a heading of the investment the counties' key projects did (重点项目完成投资和增速), When its rows are read,
        // Then they measure 重点项目投资, as a sentence's 完成投资 does.
        let text = """
            2026年1-8月某市重点项目建设进展情况通报
            二、分县区重点项目完成投资及增速（亿元，%）
            东湖区：64.2，增长9.3
            """
        let row = try fact(text, 64.2e8, date: "2026-09-20")
        #expect(row.holder == "东湖区" && row.measure == "重点项目投资")
        #expect(try fact(text, 9.3, date: "2026-09-20").measure == "重点项目投资")
    }

    @Test func whenAThingIsToBeDoneDatesNothingAfterIt() throws {
        // Given a project's completion scheduled for next year in a sentence with figures, When the next paragraph's
        // quarter names no year, Then it is this year's.
        let text = "主会场项目总投资32亿元，建成后预计年产值45亿元。分会场的某某复合材料项目总投资17.2亿元，一期计划于2027年6月建成投产。\n一季度，经开区重点项目完成投资41.3亿元，新开工项目11个。"
        #expect(try fact(text, 41.3e8, date: "2026-04-09").period == Period(start: "2026-01-01", end: "2026-03-31"))
        #expect(try fact(text, 11, date: "2026-04-09").kind == .level)
    }
}

/// Rules for firms' news told by local papers: who speaks for a firm, and its short name.
@Suite struct LocalFirmNewsTests {
    @Test func theOneInChargeSpeaksForTheFirm() throws {
        // Given a firm's 负责人 (or 相关负责人) who speaks, When 公司 follows, Then the firm holds the figures; 以及公司 and
        // 通过公司 are the firm spoken of, no name.
        let text = "临江某某食品有限公司上半年出口增长。某某食品相关负责人介绍，目前公司年加工能力达到12万吨，通过“公司+农户”模式带动农户增收，今年1-6月，公司实现销售收入6.4亿元。"
        #expect(try fact(text, 120_000, date: "2026-07-10").holder == "临江某某食品有限公司")
        #expect(try fact(text, 6.4e8, date: "2026-07-10").holder == "临江某某食品有限公司")
        let also = "某某新材料股份有限公司公告称，业绩增长得益于行业回暖，以及公司新品导入。报告期内，公司营业收入12.6亿元。"
        #expect(try fact(also, 12.6e8, date: "2026-08-20").holder == "某某新材料股份有限公司")
    }

    @Test func aShortNameTheTitleHoldsHoldsInTheBody() throws {
        // Given a title holding a figure by a firm's short name, When the body writes the short name before its measure,
        // Then the firm holds it, no part of the measure.
        let text = "青禾食品前三季度出口额增长28%\n来源：临江县融媒体中心　2026-10-12\n今年前三季度，青禾食品完成出口额1.24亿美元，同比增长28.3%。"
        let exports = try fact(text, 1.24e8, date: "2026-10-12")
        #expect(exports.holder == "青禾食品" && exports.measure == "出口额")
    }

    @Test func whatAFirmsOfficerSaysIsTheFirmsWhereverTheQuoteStands() throws {
        // Given a firm's officer who speaks, before what is said or after its closing quote, When 我们 or 公司 hold a
        // figure in it, Then the firm does; 公司董事长 after a quote is the firm named before.
        let before = "记者走进青禾机械的总装车间。青禾机械总经理王某介绍，今年上半年，我们共销售各类叉车3120台。"
        #expect(try fact(before, 3120, date: "2026-07-20").holder == "青禾机械")
        let after = "记者走进青禾机械的总装车间。“上半年，我们销售各类叉车3120台，同比增长12.6%。”青禾机械总经理王某介绍。"
        #expect(try fact(after, 3120, date: "2026-07-20").holder == "青禾机械")
        #expect(try fact(after, 12.6, date: "2026-07-20").holder == "青禾机械")
        let board = "记者走进某某动力股份有限公司。“上半年公司销量1.2万台。”公司董事长李某介绍。"
        #expect(try fact(board, 12_000, date: "2026-07-20").holder == "某某动力股份有限公司")
    }

    @Test func aStockLabelAManagerAndRecentYearsNameNoHolder() throws {
        // Given a Hong Kong firm's stock label beside its short name, a firm's department manager who speaks, and 近年来
        // before 公司, When read, Then the firm holds the figures each time.
        let hk = "青禾纺织集团控股有限公司（「青禾纺织」，股份代号：2399）今日公布中期业绩。本集团收益约为港币3,216.4百万元。"
        #expect(try fact(hk, 3216.4e6, date: "2026-08-27").holder == "青禾纺织集团控股有限公司")
        let manager = "昆山某某光电科技有限公司正在招工。公司人力资源部经理周某介绍，去年公司实现营业收入36.8亿元。"
        #expect(try fact(manager, 36.8e8, date: "2026-02-08").holder == "昆山某某光电科技有限公司")
        let recent = "南通某某船舶重工有限公司上半年交船12艘。某某船舶总经理陈某介绍，近年来公司研发投入累计达到8.6亿元。"
        #expect(try fact(recent, 8.6e8, date: "2026-07-08").holder == "南通某某船舶重工有限公司")
    }

    @Test func weInAnInterviewOfAFirmsChiefIsTheFirm() throws {
        // Given a title that says a firm's chairman is interviewed, When he answers with 我们, Then the firm holds what he
        // says; a place's interview keeps its place.
        let text = """
            对话｜青禾精机董事长李某：高端装备仍有空间
            来源：某某晚报　2026-06-05
            宁波青禾精机股份有限公司（以下简称“青禾精机”）是国内较早从事数控机床研发的企业之一。
            记者：研发方面投入多少？
            李某：目前，我们拥有授权专利286项。
            """
        #expect(try fact(text, 286, date: "2026-06-05").holder == "宁波青禾精机股份有限公司")
        #expect(TextClues.interviewedFirm(inTitle: Array("——访某某高新区负责人张某".unicodeScalars)) == nil)
    }
}

/// Rules for brokers' notes and filings: what they do to the firm is no part of its name, and forecasts by year.
@Suite struct BrokerNotesTests {
    @Test func aRunOfYearsPairsEachYearWithItsFigure() throws {
        // Given a run of years before 分别 (2026-2028年, 2026年至2028年) and as many figures, When read, Then each is of its
        // year, and so are the changes paired after them; the run dates no sentence after it.
        let text = "我们预计公司2026-2028年归母净利润分别为8.6亿元、10.2亿元、12.5亿元，同比分别增长21.4%、18.6%、22.5%。"
        #expect(try fact(text, 8.6e8, date: "2026-04-28").period == .year(2026))
        #expect(try fact(text, 12.5e8, date: "2026-04-28").period == .year(2028))
        #expect(try fact(text, 18.6, date: "2026-04-28").period == .year(2027))
        #expect(try fact(text, 10.2e8, date: "2026-04-28").holder == "公司")
        let written = "预计2026年至2028年公司营业收入分别为86.1亿元、97.4亿元、110.2亿元。"
        #expect(try fact(written, 97.4e8, date: "2026-04-28").period == .year(2027))
        let plan = "某市工业和信息化局\n附件：某市先进制造业三年行动计划（2026—2028年）\n全市5G基站总数达到1.2万座。"
        let stations = try fact(plan, 12_000, date: "2026-05-10")
        #expect(stations.period == nil && stations.kind == .level)  // (no year of the run carried to it, 2028 no forecast)
    }

    @Test func whatANoteOrAFilingDoesToTheFirmIsNoPartOfItsName() throws {
        // Given a broker's note or a filing that writes 公司 after what it does (事件：公司…, 现将公司…, 我们上调公司…), When
        // read, Then the firm the note is about holds the figures.
        let note = """
            青禾电子（300999）2026年一季报点评：订单饱满，盈利修复
            证券研究报告·公司点评
            事件：公司发布2026年一季度报告，一季度公司实现营业收入13.7亿元，同比增长19.4%。
            """
        #expect(try fact(note, 13.7e8, date: "2026-04-28").holder == "青禾电子")
        let filing = "证券代码：300999　　证券简称：青禾电子\n青禾电子股份有限公司\n2026年4月经营数据公告\n现将公司2026年4月主要经营数据公告如下：4月，公司电池出货量2.1GWh，同比增长36.5%。"
        #expect(try fact(filing, 36.5, date: "2026-05-08").holder == "青禾电子股份有限公司")
    }

    @Test func aPreviewsExpectationsAreOfItsReportsPeriod() throws {
        // Given a half year's preview of results whose expectations write no period, When read, Then they are of the
        // half year; a project's yield once done has none.
        let text = """
            某某新材料科技股份有限公司
            2026年半年度业绩预告
            1．预计实现归母净利润3.12亿元至3.58亿元，比上年同期增长36.2%至56.3%；
            公司二期项目达产后可新增正极材料年产能5万吨。
            """
        let half = Period(start: "2026-01-01", end: "2026-06-30")
        let profit = try fact(text, 3.12e8, date: "2026-07-12")
        #expect(profit.kind == .forecast && profit.period == half)
        #expect(try fact(text, 36.2, date: "2026-07-12").period == half)
        #expect(try fact(text, 50_000, date: "2026-07-12").period == nil)
    }

    @Test func goodsSoldAfterTheirNameAreTheirSalesAndAReportsPeriodNamesNoFirm() throws {
        // Given goods sold written before 销售 as a part of the firm's sales, When read, Then the measure is the goods'
        // 销量, once; a filing's numbered 报告期公司 heading and 与公司 name no firm.
        let text = "某某汽车集团股份有限公司发布10月产销快报。10月公司销售汽车6.12万辆；其中新能源汽车销售3.86万辆，同比增长41.2%。"
        #expect(try fact(text, 38_600, date: "2026-11-02").measure == "新能源汽车销量")
        let filing = "某某半导体科技有限公司\n2025年年度报告摘要\n二、报告期公司经营概况\n报告期内公司营业收入为14.26亿元。"
        #expect(try fact(filing, 14.26e8, date: "2026-03-20").holder == "某某半导体科技有限公司")
    }

    @Test func aHeadlineEndsAboveABracketedBylineAndItsOutlookStaysInIt() throws {
        // Given a two-phrase headline whose second phrase expects something, above a paragraph opened by a bracketed
        // byline, When read, Then the body's quarter is an actual of the firm its first line names, not the headline's
        // expectation.
        let text = "青禾通讯第3季每股纯益2.86元　预估全年营收年增逾12%\n（某某时报记者王某／新竹报导）网通设备厂青禾通讯股份有限公司（6599）23日召开法人说明会，公布第3季合并营收新台币86.41亿元，季增10.6%。\n"
        let revenue = try fact(text, 86.41e8, date: "2026-10-24")
        #expect(revenue.kind == .level && revenue.holder == "青禾通讯股份有限公司")
        #expect(try fact(text, 10.6, date: "2026-10-24").kind == .change)
        #expect(try fact(text, 12, date: "2026-10-24").kind == .forecast)
    }

    @Test func aListSharingAGrowthWordOrAPlaceKeepsThemShared() throws {
        // Given measures listed before a growth rate's word (增速), and a place before 产销, When read, Then the growth
        // word is every item's and the place holds both, no part of the second measure.
        let growth = "全市规上工业增加值、固定资产投资增速分别为8.1%和6.5%。"
        #expect(try fact(growth, 8.1, date: "2026-07-20").measure == "规上工业增加值")
        #expect(try fact(growth, 6.5, date: "2026-07-20").measure == "固定资产投资")
        let sold = try fact("1-5月，全国汽车产销分别完成1181.4万辆和1179.6万辆。", 11_796_000, date: "2026-06-11")
        #expect(sold.holder == "全国" && sold.measure == "汽车销量")
    }

    @Test func whatARuleNarrowedLeavesAlone() throws {
        // Given a firm the place signs with after 我们, a plan's rate done, firms back at work and making again, and a
        // title of a visit, When read, Then the firm, the rate and the firms counted stay what they are, and no one is
        // interviewed.
        let signed = "我们与临江某某新材料有限公司签订合作协议。该公司今年营业收入12.3亿元。"
        #expect(try fact(signed, 12.3e8, date: "2026-06-11").holder == "临江某某新材料有限公司")
        #expect(try fact("1-8月，全市重点项目年度计划完成率为76.4%。", 76.4, date: "2026-09-20").kind == .level)
        #expect(try fact("截至2月7日，全区1.4万家企业复工复产。", 14_000, date: "2026-02-08").measure == "复工复产企业数")
        #expect(TextClues.interviewedFirm(inTitle: Array("区长走访企业　与企业负责人座谈".unicodeScalars)) == nil)
    }

    @Test func theClustersOfAStatesListAreAClassThePlaceCounts() throws {
        let text = "2025年，全省的国家先进制造业集群已达到6个，数量居全国第4位；新增省级特色产业集群9个。"
        let national = try fact(text, 6, date: "2026-01-20")
        #expect(national.holder == "全省" && national.measure == "国家先进制造业集群数")
        #expect(try fact(text, 4, date: "2026-01-20").holder == "全省")
        #expect(try fact(text, 9, date: "2026-01-20").holder == "全省")
        // 由此 (thereby) says how the count came about, no part of it.
        #expect(try fact("至此，全市的国家先进制造业集群由此达到3个。", 3, date: "2026-01-20").measure == "国家先进制造业集群数")
    }

    @Test func whatAClusterIsRankedByAndARegionsNameAreRead() throws {
        let ranked = try fact("其中，苏州纳米新材料产业集群以去年的营业收入2735亿元排在第5位。", 2.735e11, date: "2025-11-06")
        #expect(ranked.holder == "苏州纳米新材料产业集群")
        let region = try fact("截至2025年6月底，京津冀地区氢能产业链关键环节布局数达到61个。", 61, date: "2025-07-10")
        #expect(region.holder == "京津冀地区" && region.measure == "氢能产业链关键环节布局数")
        let orders = try fact("全年新签订单金额12.3亿元，截至年底在手订单5.6亿元。", 5.6e8, date: "2025-01-08")
        #expect(orders.measure == "在手订单" && orders.period == .asOf("2024-12-31"))
    }

    @Test func aChainNamedBeforeAPeriodIsMeasuredOfThePlaceBeforeIt() throws {
        let text = "在链主企业带动下，经开区工程机械产业链前三季度实现产值184.5亿元，同比增长13.6%。"
        let output = try fact(text, 1.845e10, date: "2025-10-20")
        #expect(output.holder == "经开区" && output.measure == "工程机械产业链产值")
        #expect(try fact(text, 13.6, date: "2025-10-20").measure == "工程机械产业链产值")
    }

    @Test func aRankingWrittenBetween在And中IsTheRanksScope() throws {
        let text = "前三季度，榆林市煤化工产品出口额增长18%，在全国资源型城市中排名第4位。"
        let rank = try fact(text, 4, date: "2025-10-20")
        #expect(rank.kind == .rank && rank.basis == "全国资源型城市" && rank.holder == "榆林市")
        // How long a rank has been held measures nothing.
        #expect(try fact("2024年，全省工业机器人产量达9.6万套，连续5年居全国首位。", 1, date: "2025-10-20").measure != "5年")
    }

    @Test func anIndustryAfterAGenericPlaceHoldsItsFiguresAcrossAPeriod() throws {
        let text = "受价格回落影响，全市锂电产业2024年实现产值377.4亿元，同比下降8.3%。"
        #expect(try fact(text, 3.774e10, date: "2025-03-01").holder == "锂电产业")
        #expect(try fact(text, 8.3, date: "2025-03-01").holder == "锂电产业")
    }

    @Test func sharesListedAfter分别占AreSharesOfTheirWhole() throws {
        let text = "截至2025年6月底，全市硅片产能达到41GW，电池片产能达到56GW，分别占全省的38.2%和44.6%。"
        let wafers = try fact(text, 38.2, date: "2025-07-20")
        #expect(wafers.kind == .share && wafers.basis == "全省" && wafers.measure == "硅片产能")
        let cells = try fact(text, 44.6, date: "2025-07-20")
        #expect(cells.kind == .share && cells.basis == "全省" && cells.measure == "电池片产能")
    }
}
