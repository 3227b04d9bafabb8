import Testing
import ZhizaoCore

@testable import ReportReader

/// Near variants the session's rules must leave alone, each found by a review of the change: indented paragraphs below
/// tables, goals to be met, frames of the months a year before, labels, units, plants, comparatives, meetings, orders,
/// profits, chains, balances, product lines and firms' headlines.
@Suite struct RuleBoundariesTests {
    @Test func anIndentedParagraphOrASubRowBelowATableKeepsItsOwnWords() throws {
        let paragraph = "某某市一季度主要经济指标\n指标\t绝对值\t同比增长（%）\n地区生产总值（亿元）\t856.3\t5.8\n\t一季度，全市经济运行总体平稳，社会消费品零售总额312.5亿元，增长4.6%。"
        let retail = try readFact(paragraph, 312.5e8, date: "2025-04-20")
        #expect(retail.measure == "社会消费品零售总额")
        #expect(try readFact(paragraph, 4.6, date: "2025-04-20").measure == "社会消费品零售总额")
        let subRow = "某某市一季度主要经济指标\n指标\t绝对值\t同比增长（%）\n规上工业增加值（亿元）\t312.1\t6.5\n\t轻工业\t102.3\t4.2"
        #expect(try readFact(subRow, 4.2, date: "2025-04-20").measure == "轻工业")
    }

    @Test func aGoalToBeMetIsStillAGoal() throws {
        let text = "2025年，全区力争超额完成年度目标任务，新增规上工业企业60家，规上工业增加值增长8%。"
        #expect(try readFact(text, 60, date: "2025-02-15").kind == .target)
        #expect(try readFact(text, 8, date: "2025-02-15").kind == .target)
    }

    @Test func aFrameOfTheMonthsAYearBeforeDatesItsSentence() throws {
        let text = "今年上半年，全市规上工业增加值增长6.5%。上年同期，全市规上工业增加值增长5.1%，工业投资增长3.2%。"
        #expect(try readFact(text, 3.2, date: "2025-07-20").period == Period(start: "2024-01-01", end: "2024-06-30"))
    }

    @Test func aLinkOfAnotherKindBeforeAColonHoldsNothing() throws {
        let text = "聚焦薄弱环节：上半年全区引进补链项目23个，总投资68.5亿元。"
        #expect(try readFact(text, 23, date: "2025-07-20").holder == "全区")
    }

    @Test func aSizeAResolutionOrPascalsAreNoComputingPower() {
        let facts = readFacts("上半年，全市生产1.5P变频空调86万台，1080P高清摄像头产量320万台，工作压力100Pa。", date: "2025-07-20")
        #expect(facts.allSatisfy { $0.unit != "P" })
    }

    @Test func aPlantAfter大陆IsThePlant() throws {
        #expect(try readFact("某某電子公布上半年財報。大陸昆山廠營收年增21%。", 21, date: "2025-07-20").holder != "昆山")
    }

    @Test func aComparativeYearWithItsOwnFigureDatesIt() throws {
        let text = "某某控股有限公司\n截至二〇二四年十二月三十一日止年度\n全年业绩公告\n本集团截至二〇二四年十二月三十一日止年度之收益为人民币58.6亿元，而截至二〇二三年十二月三十一日止年度之比较数字为人民币52.1亿元。"
        #expect(try readFact(text, 52.1e8, date: "2025-03-25").period == .year(2023))
    }

    @Test func aReviewMeetingsYearIsTheYearItReviews() throws {
        let text = "1月18日，鄞州区2024年招商引资总结大会在区行政中心举行，会议通报，全区签约项目128个，总投资560亿元。"
        #expect(try readFact(text, 128, date: "2025-01-20").period == .year(2024))
    }

    @Test func aProductsNameIsNoVerbOfOrders() throws {
        #expect(try readFact("公司今年已签下收获机订单2600台。", 2600, date: "2025-07-20").measure == "收获机订单量")
    }

    @Test func profitMadeIsNoSideOfZero() throws {
        let text = "公司2024年实现营业收入12.3亿元，同比增长8%，实现盈利0.5亿元。"
        #expect(try readFact(text, 0.5e8, date: "2025-03-20").measure == "盈利")
    }

    @Test func aListsOtherMeasuresAreNoChains() throws {
        let text = "上半年，全市重点产业链产值增长8.1%、规上工业增加值增长6.5%；全市电子信息产业链企业120家、装备制造业企业86家。"
        let date = "2025-07-20"
        #expect(try readFact(text, 6.5, date: date).measure == "规上工业增加值")
        #expect(try readFact(text, 86, date: date).measure?.contains("电子信息") == false)
    }

    @Test func aNamedPlaceBeforeWhatIsMeasuredHoldsIt() throws {
        // Given a named place before a measure, or before 产业, 行业 or 产业集群 alone, When its figure is read, Then the
        // place holds it and the rest is the measure, as after 全市; an industry named between is a holder of its own.
        let scale = try readFact("武进区产业规模达到5000亿元。", 5000e8, date: "2021-09-26")
        #expect(scale.holder == "武进区" && scale.measure == "产业规模")
        #expect(try readFact("宁波市产业集群产值1000亿元。", 1000e8, date: "2021-09-26").holder == "宁波市")
        let zones = try readFact("2023年，襄阳市开发区规上工业总产值5286.4亿元。", 5286.4e8, date: "2024-03-20")
        #expect(zones.holder == "襄阳市" && zones.measure == "开发区规上工业总产值")
        // (A measure after the place's name, as after 全市: 襄阳市固定资产投资, and the parts after 其中 go on with it.)
        let investment = "1-5月，襄阳市固定资产投资同比增长6.8%，其中工业投资增长15.3%。"
        let whole = try readFact(investment, 6.8, date: "2025-06-20")
        #expect(whole.holder == "襄阳市" && whole.measure == "固定资产投资")
        #expect(try readFact(investment, 15.3, date: "2025-06-20").holder == "襄阳市")
        #expect(try readFact("1-2月，芜湖市全社会用电量42.18亿千瓦时。", 42.18e8, date: "2025-03-20").holder == "芜湖市")
        // (So does a zone before a class of projects and its investment, as 全区 does: 株洲高新区重点项目完成投资.)
        let zone = "一季度，株洲高新区重点项目完成投资58.3亿元，同比增长9.8%。"
        let projects = try readFact(zone, 58.3e8, date: "2025-04-20")
        #expect(projects.holder == "株洲高新区" && projects.measure == "重点项目投资")
        #expect(try readFact(zone, 9.8, date: "2025-04-20").holder == "株洲高新区")
        #expect(try readFact("长沙新能源项目完成投资38.6亿元。", 38.6e8, date: "2025-04-20").holder == "长沙新能源项目")
        #expect(try readFact("合肥蔚来汽车产业项目总投资85亿元。", 85e8, date: "2025-04-20").holder == "合肥蔚来汽车产业项目")
        #expect(try readFact("1-2月，襄阳市高新区重点项目完成投资126亿元。", 126e8, date: "2025-04-20").holder == "襄阳市高新区")
        #expect(try readFact("武进区新能源产业产值500亿元。", 500e8, date: "2021-09-26").holder == "武进区新能源产业")
    }

    @Test func aNamedPlaceBeforeMeasuresListedHoldsThemAll() throws {
        // Given a named place before measures that 分别 pairs with figures, When they are read, Then the place holds every
        // one and no measure keeps its name, as after 全区; industries, places and zones listed stay holders of their own.
        let date = "2025-01-26"
        let rates = "2024年，武进区规上工业增加值、营业收入分别增长6.1%和5.2%。"
        #expect(try readFact(rates, 6.1, date: date).holder == "武进区" && readFact(rates, 6.1, date: date).measure == "规上工业增加值")
        #expect(try readFact(rates, 5.2, date: date).holder == "武进区")
        // (Not before items naming holders of their own: places, zones, a port.)
        #expect(try readFact("2024年，襄阳市固定资产投资、宜昌市工业投资分别增长8.2%、7.1%。", 7.1, date: date).holder != "襄阳市")
        #expect(try readFact("2024年，宁波舟山港货物吞吐量、集装箱吞吐量分别增长8.2%、7.1%。", 8.2, date: date).holder != "宁波")
        #expect(try readFact("2024年，宁波市汽车、电子信息产业产值分别增长6.1%和5.2%。", 5.2, date: date).holder == "电子信息产业")
    }

    @Test func aBalanceSomethingIsDoneToIsAFlow() throws {
        let text = "某某股份有限公司\n2025年第三季度报告\n报告期内，公司计提存货跌价准备0.8亿元，收回应收账款5.6亿元。"
        #expect(try readFact(text, 5.6e8, date: "2025-10-28").period?.asOf == nil)
    }

    @Test func aSubsidiaryOrAnotherFirmAfter其中HoldsItsOwn() throws {
        let text = """
            某某厨电业绩稳健增长
            2025-04-20 09:15　来源：家电财经
            某某厨电股份有限公司（以下简称“某某厨电”）发布2024年年度报告。
            年报显示，2024年某某厨电实现营业总收入42.18亿元。其中，子公司恒锐精工实现营业收入5.62亿元。
            """
        #expect(try readFact(text, 5.62e8, date: "2025-04-20").measure?.contains("子公司") == false)
    }

    @Test func aFirmsLabelHoldsItsHeadlinesGrowthAndAPhraseWithoutAFigureIsNoHeadline() throws {
        #expect(try readFact("华锐控股：营收增15.2%", 15.2, date: "2025-03-20").holder == "华锐控股")
        let title = "某某重工　2024年营收增长12%\n2025-03-20 来源：某报"
        #expect(try readFact(title, 12, date: "2025-03-20").holder == "某某重工")
    }

    @Test func aPublishersLabelNamesNoIssuingZone() throws {
        let text = "发布单位：邹城工业园区管委会\n关于2026年1-2月园区经济运行情况的通报\n（一）规上工业总产值：完成56.2亿元，同比增长6.8%；"
        #expect(try readFact(text, 56.2e8, date: "2026-03-15").holder?.contains("发布单位") != true)
    }

    @Test func aDistrictIsOnePlaceUnderItsTitleWhateverTheSitesName() throws {
        let site = "佛山市南海区人民政府网站\n首页 > 政务动态\n南海区2023年工业用地保障取得新成效\n发布日期：2024-01-20\n　　2023年，南海区全年盘活低效工业用地1860亩。全区新增标准厂房42万平方米。"
        #expect(try readFact(site, 1860, date: "2024-01-20").holder == "南海区")
        #expect(try readFact(site, 42e4, date: "2024-01-20").holder == "南海区")
        let title = "许昌市建安区2025年上半年经济运行简况\n上半年，建安区规上工业增加值增长7.1%，全区固定资产投资增长5.2%。"
        #expect(try readFact(title, 7.1, date: "2025-08-10").holder == "许昌市建安区")
        #expect(try readFact(title, 5.2, date: "2025-08-10").holder == "许昌市建安区")
    }

    @Test func aLinksLabelHoldsOnlyARowThatNamesNoHolder() throws {
        #expect(try readFact("上游环节：某某股份有限公司实现营收36亿元。", 36e8, date: "2025-05-10").holder == "某某股份有限公司")
        #expect(try readFact("关键零部件环节：链上企业36家，产值68亿元。", 36, date: "2025-05-10").holder == "关键零部件环节")
        #expect(try readFact("在审批环节：全市压缩办理时限42%。", 42, date: "2025-05-10").holder == "全市")
    }

    @Test func aMarketOrARegionAfter大陆StaysWhole() throws {
        let text = "台灣某某電子公布，大陸上海市場營收新台幣12.6億元，年增9%。"
        #expect(try readFact(text, 12.6e8, date: "2025-03-10").holder == "大陆上海市场")
    }

    @Test func aTabIndentedLineWithoutACellsEndBelowATableIsNoRow() throws {
        let text = "2025年1-3月全市主要指标\n指标\t1-3月\t增长（%）\n规上工业增加值\t—\t6.8\n\t全市工业投资增长12.1%"
        #expect(try readFact(text, 12.1, date: "2025-04-20").measure == "工业投资")
    }

    @Test func aValueColumnIsNoPlan() throws {
        let text = "2025年1-6月各县区重点项目投资完成情况（单位：亿元，%）\n县区\t年度计划\t完成额\t完成率\t排名\n东城区\t120.5\t68.2\t56.6\t2"
        let done = try readFact(text, 68.2e8, date: "2025-07-10")
        #expect(done.kind == .level && done.measure != "年度计划")
    }

    @Test func anotherFirmsShortNameAfter其中IsNoProductLine() throws {
        let text = """
            某美电器发布2024年年报
            2025-04-26 08:00　来源：家电财经
            广东某美电器股份有限公司4月25日发布年报，公司实现营业总收入86.74亿元。其中，某美精密实现营业收入6.6亿元。
            """
        #expect(try readFact(text, 6.6e8, date: "2025-04-26").measure == "营业收入")
    }

    @Test func computingPowerNeedsItsWordOrAMagnitude() {
        let facts = readFacts("该摄像头分辨率达到1080P，公司主推机型为1.5P和2P。截至3月底，全市算力规模达到6.8万P，数据中心算力2000P。", date: "2025-05-10")
        #expect(facts.filter { $0.unit == "P" }.map(\.value) == [68000, 2000])
    }

    @Test func theAreaOfLandSuppliedIsTheLands() throws {
        let text = "2024年，全县供应工业用地168宗、面积7850亩；签约项目31个，金额218.4亿元。"
        #expect(try readFact(text, 168, date: "2025-01-15").measure == "供应工业用地数")
        #expect(try readFact(text, 7850, date: "2025-01-15").measure == "供应工业用地面积")
        #expect(try readFact(text, 218.4e8, date: "2025-01-15").measure == "签约金额")
    }

    @Test func signingsTotalledAsOfADayAreTheYearSoFar() throws {
        let text = "截至6月20日，全区累计签约项目126个，总投资560亿元。"
        #expect(try readFact(text, 126, date: "2025-06-21").period == Period(start: "2025-01-01", end: "2025-06-20"))
    }

    // Session 59's review: spaced rows, 内, the year's task, leading zeros, towns, listed firms, bulletins.

    @Test func aHeadlinesOrAMenusSpacedPhrasesAreNoRow() throws {
        let headline = "恩施州赴深圳东莞开展招商推介  签约项目24个  签约金额186.5亿元"
        #expect(try readFact(headline, 24, date: "2025-02-10").measure == "签约项目数")
        #expect(try readFact(headline, 186.5e8, date: "2025-02-10").measure == "签约金额")
        #expect(readFacts("今日菜单　　宫保鸡丁　28元　　鱼香肉丝　26元　　米饭　2元", date: "2025-02-10").isEmpty)
        // (A head of words alone is a row when the line below it is one: its 位次 column reads no amount.)
        let ranks = "2025年1月各县区规上工业增加值增速（%）\n县区　　增速　　位次\n滑县　　8.7　　1\n长垣市　　-1.3　　5"
        #expect(readFacts(ranks, date: "2025-02-10").map(\.value) == [8.7, 1.3])
    }

    @Test func 内InsideAWordIsNoWhere() throws {
        #expect(try readFact("高新区内衣制造企业实现产值12亿元。", 12e8, date: "2025-07-23").measure == "内衣制造企业产值")
        #expect(try readFact("全市内蒙古籍务工人员3260人。", 3260, date: "2025-07-23").measure == "内蒙古籍务工人员")
    }

    @Test func aGoalAfterTheYearsTaskIsTheYears() throws {
        let goal = try readFact("全县力争完成全年任务，规上工业增加值增长8%。", 8, date: "2024-03-16")
        #expect(goal.kind == .target && goal.period == Period(start: "2024-01-01", end: "2024-12-31"))
        let planned = try readFact("前三季度，全镇完成拆除面积1850亩，完成全年计划任务的77.1%。", 77.1, date: "2024-10-16")
        #expect(planned.kind == .share && planned.measure == "拆除面积")
    }

    @Test func aLeadingZeroInsideASentenceIsAFigure() {
        #expect(readFacts("全年新签约项目06个。", date: "2025-04-10").map(\.value) == [6])
    }

    @Test func wordsEndingWith市镇OrAStrongTownAreNoTowns() throws {
        let levels = "省市镇三级联动推进项目建设\n1-6月，全镇新开工项目26个。"
        #expect(try readFact(levels, 26, date: "2025-07-23").holder == "全镇")
        let slogan = "今年是工业强镇建设攻坚之年。前三季度，全镇完成村级工业园拆除面积1850亩。"
        #expect(try readFact(slogan, 1850, date: "2024-10-16").holder == "全镇")
    }

    @Test func aListedFirmOpeningItsSentenceAfterWhereItIsListed() throws {
        let text = "在港上市的华腾汽车（02238）昨日公布，10月份公司汽车产量为21.36万辆。"
        #expect(try readFact(text, 21.36e4, date: "2025-11-04").holder == "华腾汽车")
    }

    @Test func aStatisticsBulletinNamesItsPlaceAnywhereInItsTitle() throws {
        for title in ["2024年临湘市国民经济和社会发展统计公报", "临湘市统计局关于2024年临湘市国民经济和社会发展的统计公报", "临湘市国民经济和社会发展统计公报（2024年）"] {
            let text = title + "\n全年规模以上工业增加值比上年增长4.6%。"
            #expect(try readFact(text, 4.6, date: "2025-03-20").holder == "临湘市", "\(title)")
        }
        // (A report of how things went names its place first, or its figures are no one's: FACTS.md.)
        #expect(try readFact("2023年一季度宜宾市经济运行情况\n发布日期：2023-04-21\n一季度，规上工业增加值增长9.1%。", 9.1, date: "2023-04-21").holder == nil)
    }

    @Test func whatIsSaidOfAParkBeforeItsNameIsNoPartOfIt() throws {
        #expect(try readFact("毗邻高铁站的滨江智造产业园上半年实现产值86亿元。", 86e8, date: "2025-07-23").holder == "滨江智造产业园")
    }

    @Test func partsCountedAmongNewFirms() throws {
        #expect(try readFact("新增企业中，电子信息产业31家。", 31, date: "2025-07-23").measure == "新增企业数")
    }

    // Session 59's second review.

    @Test func aShareOfAPlanDoneIsNoGoalWhateverThePlansWords() throws {
        let named = try readFact("1-6月，全县完成工业投资42.6亿元，完成全年任务目标的56.3%。", 56.3, date: "2025-07-20")
        #expect(named.kind == .share && named.period == Period(start: "2025-01-01", end: "2025-06-30"))
        let bare = try readFact("1-4月，全县完成工业投资36.2亿元，完成全年目标任务41.2%。", 41.2, date: "2025-05-20")
        #expect(bare.kind == .share && bare.period == Period(start: "2025-01-01", end: "2025-04-30"))
        // (A plan done, no goal, dates nothing after it.)
        let after = try readFact("上半年，全市重点项目完成投资312.6亿元，完成全年计划任务，同比增长9.1%。", 9.1, date: "2025-07-20")
        #expect(after.period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func aTownWhoseNameEndsWith强IsATown() throws {
        let text = "漠河市图强镇上半年经济运行情况\n上半年，全镇规上工业产值8.6亿元，增长4.1%。"
        #expect(try readFact(text, 8.6e8, date: "2025-07-20").holder == "漠河市图强镇")
    }

    @Test func aBulletinOfADistrictWithinItsCityIsTheDistricts() throws {
        let text = "2024年长沙市雨花区国民经济和社会发展统计公报\n全年实现地区生产总值1526.3亿元，比上年增长5.2%。"
        #expect(try readFact(text, 1526.3e8, date: "2025-03-20").holder == "长沙市雨花区")
        // (A province's bulletin is left as FACTS.md says; a title in traditional script is a title.)
        #expect(try readFact("2024年安徽省国民经济和社会发展统计公报\n全年实现地区生产总值1526.3亿元。", 1526.3e8, date: "2025-03-20").holder == nil)
        let traditional = try readFact("2024年臨湘市國民經濟和社會發展統計公報\n全年實現地區生產總值312.6億元。", 312.6e8, date: "2025-03-20")
        #expect(traditional.holder == "临湘市" && traditional.measure == "地区生产总值")
    }

    @Test func aPageInTraditionalScriptReadsAsItsSimplifiedForm() throws {
        // (首頁 > 滁州要聞 is a page's path as 首页 > 滁州要闻 is, and the title's count is the event's below.)
        let page = """
            滁州新聞網
            首頁 > 滁州要聞
            滁州在滬簽約項目32個　簽約總金額286.4億元
            2025-05-17 09:12　來源：滁州日報
            　　5月16日，滁州市在上海舉辦招商推介會，現場簽約項目32個，簽約總金額286.4億元。
            """
        #expect(readings(page) == readings(TraditionalScript.simplified(page)))
        let title = try #require(FactExtractor.extract(page, date: nil).first)
        #expect(title.holder == "滁州" && title.measure == "签约项目数" && title.quote == "滁州在滬簽約項目32個")
    }

    @Test func fullWidthDigitsReadAsASCIIOnes() throws {
        // (A date's line of full-width digits stands alone as one of ASCII digits does; ５．２ is 5.2; 1－6月 and 1～6月 are ranges.)
        let wide = "某市工业经济运行情况\n２０２４年７月２０日\n２０２４年１－６月，全市规模以上工业增加值同比增长５．２％，工业投资３１２．６亿元。\n１～５月，全市工业用电量增长４．１％。"
        let ascii = String(String.UnicodeScalarView(wide.unicodeScalars.map { $0.value &- 0xFF10 < 10 ? Unicode.Scalar($0.value - 0xFF10 + 0x30)! : $0 }))
        #expect(readings(wide) == readings(ascii) && readings(wide).count == 3)
        let growth = try fact(wide, 5.2)
        #expect(growth.period == Period(start: "2024-01-01", end: "2024-06-30") && growth.quote.hasSuffix("５．２％"))
        #expect(try fact(wide, 4.1).period == Period(start: "2024-01-01", end: "2024-05-31"))
    }

    @Test func linesAPDFsColumnBrokeReadAsTheirParagraph() throws {
        // (A title's figure is completed from the paragraph below, whose first line has no full stop; a line after one that
        // went on past a full stop opens with no label; a quote's close mid-sentence ends no line.)
        let news = """
            锡山区18家企业入选江苏省专精特新中小企业名单
            　　3月16日，江苏省工业和信息化厅公示2026年第一批江苏省专精特新中小企业名单，锡山区共有18家企业入选。
            　　至此，全区省级专精特新中小企业达到236家，国家级专精特新“小巨人”企业达到21家。
            """
        let notice = """
            某某科技股份有限公司2025年年度业绩预告
            二、上年同期业绩情况
            （一）营业收入：22.5亿元。
            （二）归属于母公司所有者的净利润：-0.63亿元。归属于母公司所有者的扣除非经常性损益的净利润：-0.91亿元。
            """
        for text in [news, notice] {
            let broken = text.split(separator: "\n").map { line in
                stride(from: 0, to: line.count, by: 36).map { String(line.dropFirst($0).prefix(36)) }.joined(separator: "\n")
            }.joined(separator: "\n")
            #expect(broken != text)
            #expect(readings(broken) == readings(text))
        }
        #expect(try fact(news, 21, date: "2026-03-18").measure == "国家级专精特新小巨人企业数")
    }

    @Test func cornerBracketsASCIIQuotesAndBracketsReadAsChineseOnes() throws {
        let chinese = "截至2025年底，全市累计培育国家级专精特新“小巨人”企业27家（含重点“小巨人”企业5家）。"
        for other in ["「」", "\"\""] {
            let text = chinese.replacingOccurrences(of: "“", with: String(other.first!)).replacingOccurrences(of: "”", with: String(other.last!))
            #expect(readings(text.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")) == readings(chinese))
        }
        // (Quotes keep the marks as written.)
        #expect(try fact("全市累计培育「小巨人」企业27家。", 27, date: "2026-01-10").quote == "全市累计培育「小巨人」企业27家")
    }

    @Test func aPDFsPageNumbersAndRunningHeadsBreakNoSentence() throws {
        // (— 2 — and the report's title again atop a page, inside a sentence; 第2页 共5页 between paragraphs; a figure alone is
        // no page's number.)
        let bulletin = """
            2024年醴陵市国民经济和社会发展统计公报
            　　全年规模以上工业增加值比上年增长8.3%。规模以上工业企业实现营业收
            — 2 —
            入1256.8亿元，增长9.1%。全年全社会固定资产投资
            2024年醴陵市国民经济和社会发展统计公报
            比上年增长4.2%，其中工业投资增长12.6%。
            第2页 共5页
            　　年末全市有规模以上工业企业412家。
            """
        #expect(try fact(bulletin, 1256.8e8, date: "2025-03-20").measure == "规模以上工业企业营业收入")
        let investment = try fact(bulletin, 4.2, date: "2025-03-20")
        #expect(investment.measure == "全社会固定资产投资" && investment.quote == "全年全社会固定资产投资比上年增长4.2%")
        #expect(try fact(bulletin, 412, date: "2025-03-20").quote == "年末全市有规模以上工业企业412家")
        #expect(Array("2\n".utf8).withUnsafeBufferPointer { CleanText.pageNumberLine($0, 0) } == nil)
        #expect(Array("— 2 —\n".utf8).withUnsafeBufferPointer { CleanText.pageNumberLine($0, 0) } != nil)
    }

    @Test func aPageCopiedWithBlankLinesBetweenItsLinesReadsAsWithout() throws {
        // (A title looks past the blank line at the line below: the speaker's office names the city whose meeting it is,
        // which holds what names no holder.)
        let speech = """
            在全市推进新型工业化大会上的讲话
            襄阳市人民政府市长　王某某
            （2024年2月26日）
            同志们：
            2023年，全市规上工业增加值增长9.1%。今年，力争新开工亿元以上工业项目320个。
            """
        let spaced = speech.replacingOccurrences(of: "\n", with: "\n\n")
        #expect(readings(spaced) == readings(speech))
        #expect(try fact(spaced, 320).holder == "襄阳市")
    }

    @Test func aFirstLineWithACommaIsNoReportsTitle() throws {
        let text = "1-9月，全区规上工业企业生产经营情况\n总体平稳，实现营业收入356.2亿元，同比增长8.1%。"
        #expect(try readFact(text, 356.2e8, date: "2025-10-20").holder == "全区")
    }

    @Test func 内BeforeWordsOfAParksFirmsSaysWhere() throws {
        #expect(try readFact("上半年，园区内循环经济产业实现产值38.5亿元。", 38.5e8, date: "2025-07-20").holder == "循环经济产业")
        #expect(try readFact("园区内科技型中小企业达到320家。", 320, date: "2025-07-20").measure == "科技型中小企业数")
    }

    @Test func aRowOfFiguresAloneIsNoSpacedRowNorIsTheHeadAboveIt() {
        let cards = "数说｜某某区上半年经济\n规上工业增加值增速　　工业投资增速　　社零额增速\n8.2%　　　　　　　　　12.1%　　　　　6.5%"
        #expect(readFacts(cards, date: "2025-07-20").map(\.value) == [8.2, 12.1, 6.5])
        // (One ideographic space after a long label parts its cells: every row is read.)
        let padded = "表3　2024年芜湖市项目推进情况\n类别　　　　　项目数（个）　　完成投资（亿元）\n技改项目　　　38　　　　　　　86.1\n基础设施项目　18　　　　　　　44.1"
        #expect(readFacts(padded, date: "2025-02-10").map(\.value) == [38, 86.1e8, 18, 44.1e8])
    }

    @Test func aLevelAndAboveOrALevelInsideTheThingsCounted() throws {
        let text = "全市专精特新企业达到520家，其中省级以上126家。新认定省级以上企业技术中心36家，其中国家级2家。"
        #expect(try readFact(text, 126, date: "2025-02-10").measure == "省级以上专精特新企业数")
        #expect(try readFact(text, 2, date: "2025-02-10").measure == "新认定国家级企业技术中心数")
    }

    @Test func aPointsNumberAfterAPictographIsNoFigure() {
        let text = "数说｜某某区一季度经济\n✅02 个体工商户\n全区个体工商户新增1200户。"
        #expect(readFacts(text, date: "2025-04-20").map(\.value) == [1200])
    }

    @Test func aChangeColumnsWordsBeforeItsChangeWordAreWhatChanged() throws {
        let text = "序号\t县（市、区）\t规上工业增加值增速（%）\n1\t滑县\t8.7\n2\t长垣市\t-1.3"
        let first = try readFact(text, 8.7, date: "2025-02-10")
        #expect(first.holder == "滑县" && first.measure == "规上工业增加值" && first.kind == .change)
        let spaced = "序号　　县（市、区）　　规上工业增加值增速（%）\n1　　　　滑县　　　　　　8.7\n2　　　　长垣市　　　　　-1.3"
        #expect(try readFact(spaced, 1.3, date: "2025-02-10").measure == "规上工业增加值")
    }

    @Test func aWrappedSentenceIsNoHeadlineAboveASubtitle() throws {
        let firms = try readFact("全市规模以上工业企业\n1-9月实现营业收入2036.5亿元，同比增长5.2%。", 2.0365e11, date: "2025-10-20")
        #expect(firms.holder == "全市" && firms.measure == "规模以上工业企业营业收入")
        #expect(try readFact("全区新能源汽车产业\n上半年实现产值186亿元。", 1.86e10, date: "2025-07-20").holder == "新能源汽车产业")
    }

    @Test func weiInsideAFirmsNameStaysAndARoleBeforeItGoes() throws {
        #expect(try readFact("浙江东方为民智能机械有限公司上半年实现营业收入6.2亿元。", 6.2e8, date: "2025-07-20").holder == "浙江东方为民智能机械有限公司")
        #expect(try readFact("实施主体为宁波有为智能装备有限公司，计划总投资3.6亿元。", 3.6e8, date: "2025-07-20").holder == "宁波有为智能装备有限公司")
    }

    @Test func aZoneOrAStatisticOfCustomsIsNoPort() throws {
        #expect(try readFact("上半年，经开区口岸进出口货值增长16%。", 16, date: "2025-07-20").holder == "经开区")
        #expect(try readFact("上半年，经海关统计口岸进出口总值312亿元。", 3.12e10, date: "2025-07-20").holder == nil)
    }

    @Test func peopleBeforeAnAverageAreNoPersonYears() throws {
        let text = "截至6月底，全市技能人才总量达到32.6万人年均增长8%。"
        #expect(try readFact(text, 326_000, date: "2025-07-20").unit == "人")
        #expect(try readFact(text, 8, date: "2025-07-20").basis == "年均")
    }

    @Test func aRunningTotalOfDesignationsIsAStock() throws {
        let total = try readFact("截至2023年底，全市获批国家级专精特新“小巨人”企业累计达到36家。", 36, date: "2024-10-20")
        #expect(total.period?.asOf == "2023-12-31")
    }

    @Test func aSummarysGoalsHeadingReportsWhatWasDoneAndABaseYearIsNoDeadline() throws {
        let summary = "某县2024年工作总结\n（一）主要目标。2024年，全县地区生产总值增长6.1%，均超额完成年度目标。"
        #expect(try readFact(summary, 6.1, date: "2025-01-20").kind == .change)
        let plan = "某县2025年工作要点\n一、主要目标\n在2024年全县工业总产值432亿元的基础上，力争增长10%。规上工业企业达到320家。"
        #expect(try readFact(plan, 320, date: "2025-02-20").period?.asOf != "2024-12-31")
    }

    @Test func verbsTrimmedOnlyWhereTheyMeanWhatTheRulesSay() throws {
        #expect(try readFact("全区投入运营的5G基站达到3260个。", 3260, date: "2024-10-20").measure != "运营5G基站数")
        #expect(try readFact("某某公司维修服务收入增长12%，维持费用下降3%。", 3, date: "2025-10-30").measure == "维持费用")
        // (全国 is no plant's place; 新能源汽车 no firm after 整车企业.)
        #expect(try readFact("某某集团有限公司全国基地数量达到12个。", 12, date: "2025-07-20").holder == "某某集团有限公司")
        #expect(try readFact("上半年，整车企业新能源汽车产量达到12.6万辆。", 126_000, date: "2025-07-20").holder != "新能源汽车")
    }

    @Test func whereAChangeAimedAtStartsFromIsAnActualOfItsPeriod() throws {
        let aimed = try readFact("力争到2027年，全市本地配套率由2024年的39%提高到50%。", 39, date: "2025-03-01")
        #expect(aimed.kind == .level && aimed.period?.end == "2024-12-31")
        let money = try readFact("某某科技预计第4季营收将由第3季的新台币86亿元成长至新台币92亿元。", 8.6e9, date: "2025-10-30")
        #expect(money.kind == .level && money.period?.end == "2025-09-30")
    }

    @Test func aShareOfLocalSpendingWrittenAfterItsAmount() throws {
        let share = try readFact("2023年，全市民生支出186.3亿元，占地方一般公共预算支出的78.6%。", 78.6, date: "2024-10-20")
        #expect(share.kind == .share && share.measure == "民生支出" && share.basis == "地方一般公共预算支出")
    }

    @Test func aPointsFigureBeforeASentenceAndABracketedMeasureAboveItsFigure() throws {
        let point = "数说｜上半年某峰镇经济\n📊 工业投资\n36.2亿元\n下半年，全镇将新开工项目12个。"
        #expect(try readFact(point, 3.62e9, date: "2025-07-20").measure == "工业投资")
        let bracket = "原创　某某园区发布　2025-07-20\n数说｜上半年园区经济\n【工业总产值】\n203.4亿元\n同比增长8.2%"
        #expect(try readFact(bracket, 2.034e10, date: "2025-07-20").measure == "工业总产值")
        #expect(try readFact(bracket, 8.2, date: "2025-07-20").measure == "工业总产值")
    }

    @Test func aZonesReportWithItsOfficeOrAfterGuanYu() throws {
        #expect(try readFact("关于某某高新区2023年工作总结的报告\n　　全年完成工业投资21亿元。", 2.1e9, date: "2024-01-20").holder == "某某高新区")
        #expect(try readFact("某某高新区管委会2023年上半年招商工作情况\n　　上半年新签约项目21个。", 21, date: "2024-01-20").holder == "某某高新区")
    }

    @Test func bracketedLabelsEachWithTheirFigureAndACardsWordsBelowAPoint() throws {
        let blocks = "原创　某川发布　2025-07-22 18:00\n数说｜上半年某川区经济\n【规上工业增加值】\n56.3亿元\n同比增长8.6%\n【固定资产投资】\n86.4亿元\n同比增长5.1%"
        #expect(try readFact(blocks, 8.64e9, date: "2025-07-22").measure == "固定资产投资")
        #expect(try readFact(blocks, 5.1, date: "2025-07-22").measure == "固定资产投资")
        let card = "原创　某塘发布　2025-07-22\n数说｜上半年某塘镇经济\n📊 工业经济\n86.2亿元\n上半年规上工业产值"
        #expect(try readFact(card, 8.62e9, date: "2025-07-22").measure == "规上工业产值")
    }

    @Test func aParagraphGoesOnAcrossABlankLineOrFromAnIndentedLine() throws {
        let split = "　　上半年，全市规上工业企业实现利润总额\n\n　　86.2亿元，同比增长9.3%。"
        #expect(try readFact(split, 8.62e9, date: "2025-07-20").measure == "规上工业企业利润总额")
        #expect(try readFact("　　全市规上工业企业研发费用\n上半年增长15.2%。", 15.2, date: "2025-07-20").holder == "全市")
    }

    @Test func aReviewsGoalsHeadingInDecemberReportsWhatWasDone() throws {
        let review = "一、2023年工作回顾\n（一）主要目标。全市规上工业增加值增长7.1%，新签约亿元以上项目58个。"
        #expect(try readFact(review, 7.1, date: "2023-12-20").kind == .change)
    }

    @Test func approvalsCountedAndLandAroundAndAGapsBasis() throws {
        #expect(try readFact("2023年，全市创新药获批数量达到8个。", 8, date: "2024-10-15").period?.asOf == nil)
        let land = try readFact("该园区占地方圆5平方公里，入驻企业86家。", 5, date: "2024-10-15")
        #expect(land.kind == .level && land.measure == "占地面积")
        #expect(try readFact("2023年，全市新增省级科技企业孵化器5家，众创空间12家。", 12, date: "2024-10-15").period?.asOf == nil)
        #expect(try readFact("上半年，全市规上工业增加值较一季度加快1.2个百分点，增长7.6%。", 7.6, date: "2024-09-26").basis == nil)
    }

    @Test func aShortHongKongSentenceIsStillTraditionalAndAParksBulletinNoCitys() throws {
        let text = "本港上半年出口貨值按年上昇6.2%，其中電子產品提昇11.3%。"
        let exports = try readFact(text, 6.2, date: "2025-10-17")
        #expect(exports.measure == "出口货值" && exports.kind == .change)
        #expect(try readFact("2023年宜昌市三峡产业园统计公报\n　　实现工业总产值176.4亿元。", 1.764e10, date: "2024-10-15").holder != "宜昌市")
    }
}

/// Where this session's rules for bulletins, work reports and firms' news stop, as a review probed them.
extension RuleBoundariesTests {
    @Test func aGoalColumnDatesNoActualBesideIt() throws {
        let text = "某县主要经济指标\n指标\t2025年目标\t1-9月\n规上工业企业（家）\t1200\t1128\n"
        let done = try readFact(text, 1128, date: "2025-10-20")
        #expect(done.kind == .level && done.period?.asOf == "2025-09-30")
        // (A forecast's change column is the forecast's; a goal's growth column the goal's.)
        let table = "表1　主要指标\n指标\t单位\t2025年预计\t增长（%）\t2026年目标\t增长（%）\n规上工业总产值\t亿元\t612.3\t7.2\t660\t7.5\n"
        #expect(try readFact(table, 7.2, date: "2025-12-20").kind == .forecast)
        #expect(try readFact(table, 7.5, date: "2025-12-20").kind == .target)
    }

    @Test func producingByPlanAndMeetingIndustriesAreNoGoalsOrSpeakers() throws {
        let plan = "浙江某力汽车股份有限公司\n2024年，公司严格按计划生产，全年生产汽车72万辆，增长8.1%。"
        #expect(try readFact(plan, 7.2e5, date: "2025-01-15").kind == .level)
        let part = "2024年，公司完成计划产销的98%，全年销售汽车72万辆。"
        #expect(try readFact(part, 7.2e5, date: "2025-01-15").kind == .level)
        #expect(try readFact("1-4月，全市会议服务业营业收入增长12.6%。", 12.6, date: "2025-05-10").holder == "会议服务业")
    }

    @Test func titlesOfAPlacesReportPublishedOrDatedInBrackets() throws {
        for title in ["长兴县经济运行简况（2025年1-9月）", "长兴县统计局关于2025年1-9月主要经济指标", "长兴县统计局发布2025年1-9月主要经济指标"] {
            #expect(try readFact(title + "\n1-9月，规上工业增加值增长7.9%。", 7.9, date: "2025-10-20").holder == "长兴县", "\(title)")
        }
        // (A city bureau's branch in a county reports on no city.)
        let branch = "湖州市生态环境局长兴分局2024年工作总结\n全年完成环保投资12.6亿元。"
        #expect(try readFact(branch, 1.26e9, date: "2024-12-25").holder != "湖州市")
    }

    @Test func rowsOfAnIndustrysPartsAndOfASecondIndustry() throws {
        let parts = "1-9月，新能源汽车产业产值：126.3亿元；其中整车产值：86.2亿元；零部件产值：40.1亿元。"
        #expect(try readFact(parts, 4.01e9, date: "2025-10-20").holder == "新能源汽车产业")
        let rows = "1-5月，全市主要指标如下：规上工业增加值：同比增长6.2%；高技术制造业增加值：同比增长12.4%；装备制造业增加值：增长8.8%；工业投资：增长5.1%。"
        #expect(try readFact(rows, 8.8, date: "2025-06-20").holder == "装备制造业")
        #expect(try readFact(rows, 5.1, date: "2025-06-20").holder == "全市")
    }

    @Test func aDeclineNarrowingAgainAndAGrowthBesideIt() throws {
        let text = "1-5月，全区工业投资同比下降4.6%，降幅较1-4月收窄1.3个百分点，较一季度收窄3.2个百分点；出口降幅比上月缩小0.3个百分点。全市工业投资降幅收窄、增速较上月提高1.2个百分点。"
        for value in [1.3, 3.2, 0.3, 1.2] {
            #expect(try readFact(text, value, date: "2025-06-20").direction == "up", "\(value)")
        }
    }

    @Test func aSpeechSummedUpOrAbridged() throws {
        for title in ["在全县工业经济高质量发展大会上的总结讲话", "在全县工业大会上的讲话（摘要）"] {
            let text = "\(title)\n中共长兴县委书记　王某某\n（2024年2月20日）\n同志们：\n全年新增规上工业企业52家。"
            #expect(try readFact(text, 52, date: "2024-02-20").holder == "长兴县", "\(title)")
        }
    }

    @Test func onlyANarrowingOrWideningOfADeclineTurns() throws {
        let text = "1-9月，全市工业投资降幅持续收窄，民间投资同比增长2.1%，比上半年回落0.6个百分点。"
        #expect(try readFact(text, 0.6, date: "2025-10-25").direction == "down")
    }

    @Test func aTitlesPeriodAfterAboutHoldsItsFigures() throws {
        let text = "长兴县统计局关于2025年1-9月主要经济指标\n全县规上工业增加值同比增长7.2%。\n规上工业总产值完成1256.3亿元。"
        let fact = try readFact(text, 1.2563e11, date: "2025-10-25")
        #expect(fact.holder == "长兴县" && fact.period?.end == "2025-09-30")
    }

    @Test func figuresInBracketsThatAreNoUnits() throws {
        #expect(try readFact("全县规上工业增加值增速（百分之五）高于全市平均水平。", 5, date: "2025-10-20").unit == "%")
        #expect(try readFact("全市重点企业（百家）实现产值836.5亿元。", 100, date: "2025-10-20").measure == "重点企业数")
        // (A loss that is the line's own word stays: 其他收益及（虧損）淨額.)
        #expect(try readFact("其他收益及（虧損）淨額為人民幣5.6百萬元。", 5.6e6, date: "2025-08-28").measure == "其他收益及亏损净额")
    }

    @Test func aShortNameOpeningAnotherNameIsNoPlantOfItsFirm() throws {
        let text = "东方精密科技股份有限公司（以下简称“东方”）成立于2001年。东方电气德阳基地去年实现产值120.5亿元。"
        #expect(try readFact(text, 1.205e10, date: "2025-03-09").holder == "东方电气德阳基地")
        let parent = "某川集团股份有限公司（以下简称“某川”）发布公告。湖北某川动力电池有限公司（以下简称“某川动力”）荆门基地投产。某川动力荆门基地出货6.4GWh。"
        #expect(try readFact(parent, 6.4, date: "2025-03-09").holder == "湖北某川动力电池有限公司荆门基地")
    }

    @Test func aYearInCharactersAfterAnyComparisonIsInDigits() throws {
        let text = "截至二零二四年六月三十日止六個月，集團收益為人民幣41.6億元，較二〇二三年同期增加9.8%。"
        #expect(try readFact(text, 9.8, date: "2024-08-20").basis == "较2023年同期")
    }

    @Test func otherWordsOfCauseBeforeTheFirm() throws {
        let text = "宁波某某精工股份有限公司发布2023年年报。随着公司泰国工厂投产，海外产能持续释放。研发方面，公司全年研发投入1.71亿元。"
        #expect(try readFact(text, 1.71e8, date: "2024-04-23").holder == "宁波某某精工股份有限公司")
    }

    @Test func aCountWith一AfterIts个IsASloganOnlyInQuotes() throws {
        let text = "今年以来，全区新获批三个一级资质，新增两个一体化项目。"
        #expect(try readFact(text, 3, date: "2023-12-20").measure == "新获批一级资质")
        #expect(try readFact(text, 2, date: "2023-12-20").measure == "新增一体化项目数")
        #expect(readFacts("青枫市实施“五个一”工程，新增企业5家。", date: "2023-12-20").allSatisfy { $0.value != 5 || $0.measure == "新增企业数" })
    }

    @Test func aChainsLabelBeforeAFirmLeavesTheFirmItsRow() throws {
        let text = "新能源汽车产业链：青枫汽车集团有限公司实现产值320亿元，同比增长15.2%。"
        let output = try readFact(text, 320e8, date: "2023-11-10")
        #expect(output.holder == "青枫汽车集团有限公司" && output.measure == "产值")
    }

    @Test func aZonesBracketsHoldingItsDistrictOrShortFormAreNoPartOfItsName() throws {
        for (text, zone) in [
            ("苏州工业园区（园区）前三季度规上工业总产值3260亿元。", "苏州工业园区"),
            ("成都经济技术开发区（龙泉驿区）前三季度规上工业总产值3260亿元。", "成都经济技术开发区"),
            ("长沙高新技术产业开发区（长沙高新区）前三季度规上工业总产值3260亿元。", "长沙高新技术产业开发区"),
        ] {
            #expect(try readFact(text, 3260e8, date: "2023-12-20").holder == zone)
        }
        // (A park named with 百强 is still a park: only a ranking's 百强园区 names none.)
        let park = "青枫百强产业园1-10月实现产值126亿元。园区新增入驻企业12家。"
        #expect(try readFact(park, 12, date: "2023-11-10").holder == "青枫百强产业园")
    }

    @Test func theRateOfATotalOrOfYearsDoneIsAsOfItsDay() throws {
        let years = "截至10月底，全市重点项目三年累计投资完成率68.2%。"
        #expect(try readFact(years, 68.2, date: "2023-11-10").period == Period(asOf: "2023-10-31"))
        let year = "截至10月底，全市重点项目累计完成投资86亿元，投资完成率86.6%。"
        #expect(try readFact(year, 86.6, date: "2023-11-10").period == Period(start: "2023-01-01", end: "2023-10-31"))
    }

    @Test func aSpacedRowsWordsWithAFigureAreASentence() throws {
        let text = """
            序号　　项目名称　　　　总投资（亿元）　　1-10月完成投资（亿元）　　备注
            1　　青枫新能源电池项目　　12.0　　4.5　　计划年底投产，新增产值20亿元
            """
        #expect(try readFact(text, 20e8, date: "2023-11-10").measure == "新增产值")
    }

    @Test func anotherPlacesMeetingOrCountsNotOfProjectsAreNotTheFirstPlaces() throws {
        let other = "3月18日，青枫经开区2023年一季度重大项目集中签约活动举行。同日，邻近的枫林县也举行了重大项目集中开工活动，共开工项目22个。"
        #expect(try readFact(other, 22, date: "2023-05-10").holder != "青枫经开区")
        let registered = "3月18日，青枫经开区2023年一季度重大项目集中签约活动举行。市委副书记王某出席活动并致辞。一季度，新登记市场主体3260户。"
        #expect(try readFact(registered, 3260, date: "2023-05-10").holder == nil)
        let another = "南康区在深圳举办家居产业招商推介会。推介会现场签约项目12个。11月9日，2023赣州市电子信息产业招商推介会在东莞举行。现场签约项目8个。"
        #expect(try readFact(another, 8, date: "2023-11-20").holder != "南康区")
    }

    @Test func aKindOfTownInATitleIsNoTown() throws {
        let text = "重点镇2022年1-10月经济运行情况\n1-10月，规上工业总产值增长6.1%。"
        #expect(try readFact(text, 6.1, date: "2022-11-05").holder == nil)
    }

    @Test func aColumnsWordsAfterItsPeriodNameAMeasureOnlyWhenTheyAreAnAmountOfProjects() throws {
        let text = "区县\t2023年实际（亿元）\t1-10月完成投资（亿元）\n青枫区\t126.5\t98.2\n"
        #expect(try readFact(text, 126.5e8, date: "2023-11-10").measure != "实际")
        #expect(try readFact(text, 98.2e8, date: "2023-11-10").measure == "完成投资")
    }
}
