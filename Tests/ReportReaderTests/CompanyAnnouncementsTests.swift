import Testing
import ZhizaoCore

@testable import ReportReader

/// Firms' announcements and news as their heads and verbs write them: the issuer above the title, the report's
/// period, goods sold and shipped, how a firm published its figures.
@Suite struct CompanyAnnouncementsTests {
    @Test func theIssuerAboveAnAnnouncementsTitleIsTheFirm() throws {
        let text = """
            股票代码：600123　　股票简称：某某光电
            苏州某某光电科技股份有限公司
            2025年半年度业绩快报
            本公司董事会保证本快报内容真实、准确。
            报告期内，公司实现营业总收入18.6亿元。
            """
        let fact = try readFact(text, 18.6e8, date: "2025-07-20")
        #expect(fact.holder == "苏州某某光电科技股份有限公司")
        #expect(fact.period == Period(start: "2025-01-01", end: "2025-06-30"))
    }

    @Test func theReportPeriodHoldsOverASectionOnTheYearBefore() throws {
        let text = """
            某某精工机械股份有限公司
            2025年年度业绩预告
            二、上年同期业绩情况
            2024年度，公司营业收入9.2亿元。
            三、本期业绩变化的主要原因
            报告期内，公司新签订单金额15.4亿元，全年交付整机820台。
            """
        #expect(try readFact(text, 9.2e8, date: "2026-01-25").period == .year(2024))
        #expect(try readFact(text, 15.4e8, date: "2026-01-25").period == .year(2025))
        #expect(try readFact(text, 820, date: "2026-01-25").period == .year(2025))
        // (A year and 年度 after it, 2025年年度, is the year; its 年度 is no part of what is measured.)
        let forecast = try readFact("某某精工机械股份有限公司预计2025年年度实现净利润2.1亿元。", 2.1e8, date: "2026-01-25")
        #expect(forecast.measure == "净利润" && forecast.period == .year(2025))
    }

    @Test func aTitlesShortNameGivesWayToTheRegisteredOneBelowIt() throws {
        let text = "某某船业上半年交船数量稳步增长\n记者从烟台某某船业集团有限公司获悉，上半年该集团交付各类船舶11艘。"
        let fact = try readFact(text, 11, date: "2025-07-05")
        #expect(fact.holder == "烟台某某船业集团有限公司" && fact.measure == "船舶交付量")
    }

    @Test func goodsSoldAndShippedAbroadAreCountedInTheirVolume() throws {
        let text = "2024年，公司共销售各类叉车2.6万台，同比增长9.4%，其中出口6100台，增长21.3%。"
        #expect(try readFact(text, 2.6e4, date: "2025-04-01").measure == "叉车销量")
        #expect(try readFact(text, 6100, date: "2025-04-01").measure == "叉车出口量")
        #expect(try readFact(text, 21.3, date: "2025-04-01").measure == "叉车出口量")
        // (In the sentence after them too.)
        let next = "1-5月，公司累计交付新车16.2万辆。海外市场方面，公司出口新车2,418辆，环比增长12.6%。"
        #expect(try readFact(next, 2418, date: "2025-06-02").measure == "新车出口量")
        // (完工 or a plan before the verb says no more than the volume does.)
        let ships = "上半年，公司完工交付各类船舶17艘；下半年计划交付散货船9艘。"
        #expect(try readFact(ships, 17, date: "2025-07-02").measure == "船舶交付量")
        let planned = try readFact(ships, 9, date: "2025-07-02")
        #expect(planned.measure == "散货船交付量" && planned.kind == .target)
    }

    @Test func aFirmNamedAfterWhereItIsAndWhatItMakesHoldsItsFigures() throws {
        let text = "台湾电源供应器厂某某电子股份有限公司10日公布自结9月合并营收新台币42.15亿元，月增3.2%。"
        let fact = try readFact(text, 42.15e8, date: "2025-10-11")
        #expect(fact.holder == "某某电子股份有限公司" && fact.measure == "合并营收")
    }

    @Test func aFigureBetterThanExpectedIsAnActual() throws {
        let text = "公司第二季营收为36.4亿元，优于市场预期，其中车用产品占比提升至28%。"
        #expect(try readFact(text, 28, date: "2025-08-10").kind == .share)
        // (What the market expected, written after the comparison, is still the expectation.)
        #expect(try readFact("营收增长12%，高于市场预期的10%。", 10, date: "2025-08-10").kind != .level)
    }

    @Test func whatIsAttributableToTheFirmsOwnersIsNoShare() throws {
        let fact = try readFact("本集团擁有人應佔溢利為5.12億港元，按年增長8.1%。", 5.12e8, date: "2025-03-20")
        #expect(fact.measure == "拥有人应占溢利" && fact.kind == .level)
    }

    @Test func wordsBeforeCompanyThatNameNoFirm() throws {
        // (A copula before 公司 names no firm: 公司 later is still the one named before.)
        let text = "某某重工股份有限公司发布年报。挖掘机业务依然是公司营收的主要来源。全年公司销售挖掘机3.1万台。"
        #expect(try readFact(text, 3.1e4, date: "2025-04-01").holder == "某某重工股份有限公司")
        // (This batch's firms are the place's: 本批 is no part of who holds them.)
        let batch = try readFact("泰安市新一批专精特新企业名单出炉\n本批全市入选企业营业收入合计86.3亿元。", 86.3e8, date: "2025-03-01")
        #expect(batch.holder == "泰安市")
    }

    @Test func hongKongMillionsAndThousandsAreMultipliers() throws {
        let text = "截至二〇二三年九月三十日止年度，本集團收益為港幣3,127.4百萬元；毛利為人民幣826,310千元。"
        #expect(try readFact(text, 3127.4e6, date: "2024-03-20").unit == "HKD")
        let thousands = try readFact(text, 826_310_000, date: "2024-03-20")
        #expect(thousands.unit == "CNY" && thousands.measure == "毛利")
    }

    @Test func aCurrencyEndingIn元WrittenBeforeTheFigureIsItsAndHeJiSaysNothing() throws {
        let text = "澳門企業濠光科技研發總部項目日前動工，項目總投資約澳門元3.5億元。澳資企業註冊資本合共1,386億元人民幣。"
        #expect(try readFact(text, 3.5e8, date: "2023-07-20").unit == "MOP")
        #expect(try readFact(text, 1386e8, date: "2023-07-20").measure == "注册资本")
    }

    @Test func aQuarterAfterLastYearThroughASemicolonIsLastYearsAndTaiwansPlanIsAPlan() throws {
        let text = "晟钰电路表示，去年合并营收新台币428.6亿元，年增12.3%；其中第4季营收新台币118.2亿元，季增5.6%。"
        let quarter = try readFact(text, 118.2e8, date: "2026-01-09")
        #expect(quarter.period == Period(start: "2025-10-01", end: "2025-12-31") && quarter.kind == .level)
        // (Only in its sentence: the quarter of the next is this year's.)
        let next = "去年全市规上工业增加值增长5%。一季度，全市规上工业增加值增长6%。"
        #expect(try readFact(next, 6, date: "2026-04-09").period == Period(start: "2026-01-01", end: "2026-03-31"))
        let planned = try readFact("成都高新區今年計畫新引進電子資訊重大項目30個以上。", 30, date: "2026-01-09")
        #expect(planned.kind == .target && planned.measure == "新引进电子资讯重大项目数")
    }

    @Test func aPlanToInvestSomewhereIsAGoalOfWhatIsInvested() throws {
        let text = "康舜电子股份有限公司表示，今年前3季合并营收新台币182.6亿元。公司并计划在昆山开发区追加投资1.5亿美元，建设车用电源新产线。"
        let planned = try readFact(text, 1.5e8, date: "2019-11-22")
        #expect(planned.kind == .target && planned.measure == "追加投资" && planned.period == nil && planned.holder == "康舜电子股份有限公司")
    }

    @Test func withinTheYearOrPeriodOfAResultsAnnouncementIsItsPeriod() throws {
        let text = """
            某某實業控股有限公司
            （於百慕達註冊之有限公司）
            截至二〇二四年三月三十一日止年度業績公告
            董事會欣然公佈本集團之業績。年內，本集團之資本開支約為港幣2.15億元。期內本集團錄得收入港幣40.6億元。
            """
        let capex = try readFact(text, 2.15e8, date: "2024-06-25")
        #expect(capex.holder == "某某实业控股有限公司" && capex.measure == "资本开支" && capex.period == Period(start: "2023-04-01", end: "2024-03-31"))
        let revenue = try readFact(text, 40.6e8, date: "2024-06-25")
        #expect(revenue.measure == "收入" && revenue.period == Period(start: "2023-04-01", end: "2024-03-31"))
        // (After the group's name too: 本集團年內.)
        let shipped = try readFact(text + "本集團年內售出機組約1.36萬台。", 1.36e4, date: "2024-06-25")
        #expect(shipped.period == Period(start: "2023-04-01", end: "2024-03-31"))
        // (A news title's 全年業績 in March names no year: the year is the one the results below are for.)
        let news = """
            某某科技全年業績向好　擬派末期息
            【本報訊】某某科技控股有限公司昨日公佈截至二〇二五年六月三十日止年度業績。年內，本集團營業額上升12.4%至港幣31.6億元。
            """
        #expect(try readFact(news, 31.6e8, date: "2025-09-20").period == Period(start: "2024-07-01", end: "2025-06-30"))
    }

    @Test func anAnnouncementsDayAndItsBoardSpeakingForTheFirm() throws {
        let text = """
            某某建築集團有限公司
            自願公告
            董事會欣然宣佈，本集團獲批一份合約，合約金額約為港幣9.4億元。
            於二〇二五年四月一日至本公告日期，本集團新批合約總額約為港幣31.2億元。於本公告日期，集團手頭合約總值約為港幣96.4億元，當中尚未完成合約價值約港幣60.1億元。
            """
        let signed = try readFact(text, 9.4e8, date: "2025-06-20")
        #expect(signed.holder == "某某建筑集团有限公司" && signed.measure == "合约金额")
        let total = try readFact(text, 31.2e8, date: "2025-06-20")
        #expect(total.measure == "新批合约总额" && total.period == Period(start: "2025-04-01", end: "2025-06-20"))
        let backlog = try readFact(text, 60.1e8, date: "2025-06-20")
        #expect(backlog.measure == "尚未完成合约价值" && backlog.period == .asOf("2025-06-20"))
    }

    @Test func theFirmsOnAListBeforeAPeriodAreAClassOfWhatThePlaceMeasures() throws {
        let text = "浙江发布民营企业200强名单\n9月3日，浙江省工商联发布名单。全省入围企业2023年营业收入合计4.12万亿元，研发费用总额1023亿元。"
        let revenue = try readFact(text, 4.12e12, date: "2024-09-04")
        #expect(revenue.holder == "浙江省" && revenue.measure == "入围企业营业收入")
    }

    @Test func taiwanRevenueNews() throws {
        let text = """
            散熱模組廠某某科技（3017）今天公布10月份合併營收新台幣31.8億元，其中液冷產品營收新台幣12.4億元。
            累計前3季，某某科技稅後純益新台幣18.2億元，每股純益（EPS）6.35元。
            某某科技董事長王大同表示，液冷產品營收占比達39%，較上季提升4個百分點。
            """
        let revenue = try readFact(text, 31.8e8, date: "2025-11-08")
        #expect(revenue.holder == "某某科技" && revenue.measure == "合并营收")
        let product = try readFact(text, 12.4e8, date: "2025-11-08")
        #expect(product.holder == "某某科技" && product.measure == "液冷产品营收")
        #expect(try readFact(text, 18.2e8, date: "2025-11-08").period == Period(start: "2025-01-01", end: "2025-09-30"))
        #expect(try readFact(text, 6.35, date: "2025-11-08").measure == "每股纯益")
        #expect(try readFact(text, 39, date: "2025-11-08").holder == "某某科技")
        #expect(try readFact(text, 4, date: "2025-11-08").measure == "液冷产品营收占比")
    }

    @Test func aShortNameTheTextNeverDeclaredIsTheRegisteredFirmItIsWrittenIn() throws {
        let text = """
            某某锻压海外订单饱满　“常州造”压力机远销中东
            常州日报5月9日讯（记者 钱某）记者近日从江苏常州某某锻压机床股份有限公司获悉，1-4月，公司压力机销量3260台。
            某某锻压副总经理刘某介绍，截至4月底，公司在手订单金额19.5亿元。
            """
        #expect(try readFact(text, 3260, date: "2025-05-09").holder == "江苏常州某某锻压机床股份有限公司")
        #expect(try readFact(text, 19.5e8, date: "2025-05-09").holder == "江苏常州某某锻压机床股份有限公司")
    }

    @Test func anAnnualReportSummarysLabelsAndTablesNameNoFirm() throws {
        let text = """
            证券代码：600999　　证券简称：某某机床
            浙江某某机床股份有限公司
            2024年年度报告摘要
            1.3　利润分配预案：公司拟向全体股东派发现金红利，不送红股。
            2.1　公司主要会计数据
            单位：亿元，%
            指标	2024年	同比增长
            营业收入	52.3	8.1
            单看第四季度，公司营业收入15.2亿元。
            """
        #expect(try readFact(text, 15.2e8, date: "2025-03-28").holder == "浙江某某机床股份有限公司")
        // (A row of the issuer's table names no holder: the issuer's.)
        let row = try readFact(text, 52.3e8, date: "2025-03-28")
        #expect(row.holder == "浙江某某机床股份有限公司" && row.measure == "营业收入")
    }

    @Test func aProductsVolumeIsNoFirmsAndAListsHundredAreAClass() throws {
        // (A product is no holder: the firm whose report it is holds its volume.)
        let text = "某某锂电科技股份有限公司发布半年报。上半年，正极材料出货量5.2万吨，同比增长21.4%。"
        let shipped = try readFact(text, 5.2e4, date: "2025-08-20")
        #expect(shipped.holder == "某某锂电科技股份有限公司" && shipped.measure == "正极材料出货量")
        #expect(try readFact("上半年，正极材料出货量5.2万吨。", 5.2e4, date: "2025-08-20").holder == nil)
        let list = "浙江民营企业百强名单出炉\n8月5日，浙江省工商联发布名单。全省百强企业2024年营业收入6.12万亿元。"
        let revenue = try readFact(list, 6.12e12, date: "2025-08-06")
        #expect(revenue.holder == "浙江省" && revenue.measure == "百强企业营业收入")
    }

    @Test func aBoardDeclaredByItsOwnNameSpeaksForTheFirm() throws {
        let text = """
            某某置業控股有限公司
            自願公告
            本公司董事会（「董事会」）宣布，二〇二五年八月，本集团实现合约销售金额约人民币23.4亿元。
            董事會建議就截至二〇二四年九月三十日止年度派發末期股息每股港幣0.08元。
            本期間內，本集團新增土地儲備約18.6萬平方米。
            """
        let sales = try readFact(text, 23.4e8, date: "2025-09-08")
        #expect(sales.holder == "某某置业控股有限公司" && sales.measure == "合约销售金额")
        #expect(try readFact(text, 0.08, date: "2025-09-08").holder == "某某置业控股有限公司")
    }

    @Test func wordsOfResultsNewsThatAreNoPartOfAMeasure() throws {
        let text = """
            某某电池股份有限公司发布年报。公司拟向股东每股派发现金红利0.38元。全年储能电池出货量6.4吉瓦时。
            公司预估第四季营业利益率介于31%至33%，全年资本支出由原先预估的42亿元上调至45亿元。截至年末，已售未交付订单金额38.5亿元，旗下门店212家。
            """
        #expect(try readFact(text, 0.38, date: "2025-03-30").measure == "每股现金红利")
        // (Per ten shares, and the whole paid out, the same way.)
        let ten = "公司拟以总股本为基数，每10股派发现金红利2.6元，合计拟派发现金红利0.94亿元。"
        #expect(try readFact(ten, 2.6, date: "2025-03-30").measure == "每10股现金红利")
        #expect(try readFact(ten, 0.94e8, date: "2025-03-30").measure == "现金红利")
        #expect(try readFact("去年底，公司研发人员共计415人。", 415, date: "2025-03-30").measure == "研发人员")
        // (A period compared with holds its own figure, of the same measure: 高于去年同期的, 优于第2季的.)
        let compared = "某某光电公布财报。第3季毛利率为24.5%，高于去年同期的19.7%；营业利益率12.1%，优于第2季的9.6%。"
        let lastYear = try readFact(compared, 19.7, date: "2025-10-20")
        #expect(lastYear.measure == "毛利率" && lastYear.period == Period(start: "2024-07-01", end: "2024-09-30"))
        let quarter = try readFact(compared, 9.6, date: "2025-10-20")
        #expect(quarter.measure == "营业利益率" && quarter.period == Period(start: "2025-04-01", end: "2025-06-30"))
        // (News writes growth and decline strongly: 大增, 攀升, 大跌, 锐减.)
        let strong = "上半年，公司净利润同比攀升35.2%，海外收益按年大增42.1%至8.6亿元，国内订单锐减12.4%。"
        let climbed = try readFact(strong, 35.2, date: "2025-08-20")
        #expect(climbed.kind == .change && climbed.direction == "up" && climbed.measure == "净利润")
        #expect(try readFact(strong, 42.1, date: "2025-08-20").kind == .change)
        #expect(try readFact(strong, 8.6e8, date: "2025-08-20").kind == .level)
        #expect(try readFact(strong, 12.4, date: "2025-08-20").direction == "down")
        // (A plan to hire is a goal, those already hired an actual.)
        let hiring = "公司今年计划招聘技术工人240人，目前已到岗技术工人95人。"
        #expect(try readFact(hiring, 240, date: "2025-04-09").kind == .target)
        #expect(try readFact(hiring, 95, date: "2025-04-09").kind == .level)
        // (A price quoted 报, staff 到岗 and taxes 缴纳: 股价, 到岗员工, 税费.)
        let quoted = "截至收盘，公司股价报31.27元。今年以来公司已到岗员工186人，2024年缴纳税费2.14亿元。"
        #expect(try readFact(quoted, 31.27, date: "2025-05-20").measure == "股价")
        #expect(try readFact(quoted, 186, date: "2025-05-20").measure == "到岗员工")
        #expect(try readFact(quoted, 2.14e8, date: "2025-05-20").measure == "税费")
        // (扣非, the profit without one-off items, is the measure's word, no holder.)
        let profit = try readFact("公司2024年全年营收21.3亿元；扣非净利润1.72亿元。", 1.72e8, date: "2025-03-30")
        #expect(profit.measure == "扣非净利润" && profit.holder == "公司")
        let energy = try readFact(text, 6.4, date: "2025-03-30")
        #expect(energy.unit == "吉瓦时" && energy.measure == "储能电池出货量")
        #expect(try readFact(text, 31, date: "2025-03-30").measure == "营业利益率")
        #expect(try readFact(text, 45e8, date: "2025-03-30").measure == "资本支出")
        #expect(try readFact(text, 38.5e8, date: "2025-03-30").measure == "已售未交付订单金额")
        #expect(try readFact(text, 212, date: "2025-03-30").measure == "门店数")
    }

    @Test func wordsLikeAReportsPeriodOrAFirmsNameThatAreNone() throws {
        let report = """
            某某装备制造股份有限公司
            2025年第三季度报告
            年初至报告期末，公司实现营业收入42.8亿元。报告期末，公司一年内到期的非流动负债3.6亿元。
            公司预计全年业绩将优于预期，全年营业收入约60亿元。公司经调整EBITDA为9.1亿元。
            """
        #expect(try readFact(report, 42.8e8, date: "2025-10-28").period == Period(start: "2025-01-01", end: "2025-09-30"))
        #expect(try readFact(report, 60e8, date: "2025-10-28").kind != .level)
        #expect(try readFact(report, 9.1e8, date: "2025-10-28").measure == "经调整EBITDA")
        // (Who published a page is no issuer of its figures.)
        let page = "发布单位：某某建设集团有限公司\n全市上半年完成工业投资312亿元。项目总投资合计56亿元。"
        #expect(try readFact(page, 56e8, date: "2025-07-10").holder != "某某建设集团有限公司")
    }
    @Test func aGroupsDeclaredNameAndItsBoardsAreTheFirms() throws {
        let text = """
            某某置地控股有限公司
            （于百慕大注册成立的有限公司）
            （股份代号：3318）
            自愿公告
            2025年8月未经审核营运数据
            本公告由某某置地控股有限公司自愿刊发，以供股东参考。
            董事会（「董事会」）谨此宣布，8月份本公司及附属公司（合称「本集团」）连同合营及联营公司实现合约销售额约人民币88.4亿元。
            """
        let sales = try readFact(text, 88.4e8, date: "2025-09-05")
        #expect(sales.holder == "某某置地控股有限公司" && sales.measure == "合约销售额")
    }

    @Test func aListedFirmIsNamedWithoutWhatItIs() throws {
        let text = "港股上市公司顺泰物流控股有限公司上半年收入约人民币41.6亿元。"
        #expect(try readFact(text, 41.6e8, date: "2025-08-20").holder == "顺泰物流控股有限公司")
        // (…and the reporter who wrote the news is no part of the name after the byline.)
        let news = "本报讯（记者 王刚）顺泰物流控股有限公司公告称，上半年公司收入约人民币41.6亿元。"
        #expect(try readFact(news, 41.6e8, date: "2025-08-20").holder == "顺泰物流控股有限公司")
    }

    @Test func aShortNameSpeakingAfterTheRegisteredOneIsThatFirm() throws {
        let text = "电源厂某某电子股份有限公司今日召开董事会，通过年度财报。某某电子表示，2024年车用电源营收占比达18%。"
        #expect(try readFact(text, 18, date: "2025-03-12").holder == "某某电子股份有限公司")
    }

    @Test func aDividendWrittenBeforeEachShareIsTheDividendPerShare() throws {
        let text = """
            某某港口控股有限公司
            董事会建议派发末期股息每股港币0.42元，另宣派特别股息每股港币0.15元。
            本公司拥有人应占溢利约为港币8.3亿元。
            · 收入约为港币52.6亿元。
            """
        #expect(try readFact(text, 0.42, date: "2025-03-20").measure == "每股末期股息")
        #expect(try readFact(text, 0.15, date: "2025-03-20").measure == "每股特别股息")
        #expect(try readFact(text, 8.3e8, date: "2025-03-20").measure == "拥有人应占溢利")
        #expect(try readFact(text, 52.6e8, date: "2025-03-20").measure == "收入")
    }

    @Test func aFirmNamedAfterItsTradeAndWhenItSpokeHoldsWhatItPublished() throws {
        // (A foundry is what the firm is, no plant; the day it published, 10日 or 同日, no part of its name.)
        let foundry = "晶圆代工厂某晶微电子昨日召开法人说明会，公布第3季合并营收新台币812.6亿元。"
        #expect(try readFact(foundry, 812.6e8, date: "2025-10-17").holder == "某晶微电子")
        let sister = "伺服器代工廠某鼎電腦11日公布10月份合併營收，達新台幣126.4億元。散熱模組廠某瀚科技同日公布10月營收18.2億元。"
        #expect(try readFact(sister, 126.4e8, date: "2025-11-11").holder == "某鼎电脑")
        #expect(try readFact(sister, 18.2e8, date: "2025-11-11").holder == "某瀚科技")
        // (A comparison before a period names no firm: 公司 is still the one named.)
        let compared = "电源厂某某电子股份有限公司今日召开董事会。配息金额高于全年每股盈余。某某电子表示，车用电源营收占比达12%。"
        #expect(try readFact(compared, 12, date: "2025-03-12").holder == "某某电子股份有限公司")
    }

    @Test func anInvestorRelationsRecordsLabelsNameNoFirm() throws {
        let text = """
            证券代码：301234　　证券简称：某川精工
            无锡某川精工股份有限公司
            投资者关系活动记录表
            参与单位名称：多家券商及基金公司
            调研活动内容介绍：
            一、公司经营情况介绍
            公司2024年营业收入为9.86亿元。
            """
        #expect(try readFact(text, 9.86e8, date: "2025-05-16").holder == "无锡某川精工股份有限公司")
        // (An investor's question names no firm: 公司 in the answer is the issuer.)
        let asked = text + "\n问题2：请介绍一下公司今年第一季度的经营状况。\n答：今年一季度公司营收2.41亿元。"
        #expect(try readFact(asked, 2.41e8, date: "2025-05-16").holder == "无锡某川精工股份有限公司")
        // (A question that names a firm by its registered name names it: 公司 in the answer is that firm.)
        let named = "问：江苏某某锻压机床股份有限公司今年订单如何？\n答：公司在手订单约6.8亿元。"
        #expect(try readFact(named, 6.8e8, date: "2025-05-16").holder == "江苏某某锻压机床股份有限公司")
    }

    @Test func anInvestmentAnnouncementsLinesNameNoProjectNorFirm() throws {
        let text = """
            某某新能源科技股份有限公司关于对外投资的公告
            ● 投资标的：某某滁州光伏组件项目（下称“本项目”）。
            ● 投资规模：计划总投资约28亿元，实际投资金额以项目最终建设为准。
            ● 本次投资事项已经公司董事会审议。
            二、投资项目基本情况
            本项目全部达产后年营业收入预计约40亿元。
            """
        #expect(try readFact(text, 40e8, date: "2025-06-10").holder == "某某滁州光伏组件项目")
        // (…的还有某某: what introduces a firm is no part of its name.)
        let news = "同样业绩亮眼的还有山东某岭机械股份有限公司。该公司一季度营业收入12.3亿元。"
        #expect(try readFact(news, 12.3e8, date: "2025-04-30").holder == "山东某岭机械股份有限公司")
    }

    @Test func aTaiwanFilingsNumberedLinesAreItsAccounts() throws {
        let text = """
            某达光电股份有限公司
            公告本公司董事会通过113年度合并财务报告
            4.以下金额单位：新台币仟元（每股盈余单位：新台币元）
            5.1月1日累计至本期止营业收入：21,604,118
            6.1月1日累计至本期止营业毛利：4,120,577
            7.1月1日累计至本期止基本每股盈余：3.17
            8.期末总资产：40,266,905
            9.其他应叙明事项：
            (1)董事会决议配发现金股利每股2.5元，配发总金额1,802,330仟元。
            """
        let date = "2025-03-10"
        let revenue = try readFact(text, 21_604_118_000, date: date)
        #expect(revenue.measure == "营业收入" && revenue.unit == "TWD" && revenue.period == .year(2024) && revenue.holder == "某达光电股份有限公司")
        #expect(try readFact(text, 4_120_577_000, date: date).measure == "营业毛利")
        #expect(try readFact(text, 3.17, date: date).measure == "基本每股盈余")  // (per share: in 元, not the declared 仟元)
        let assets = try readFact(text, 40_266_905_000, date: date)
        #expect(assets.measure == "总资产" && assets.period == .asOf("2024-12-31"))
        #expect(try readFact(text, 1_802_330_000, date: date).measure == "配发总金额")
        // (A list's numbers, 5. before a month and (1), are no figures; nor is the declaration's 仟元.)
        let facts = readFacts(text, date: date)
        #expect(!facts.contains { $0.value == 1000 || $0.value == 5.1 || $0.value == 1 })
        // (With no line naming the report's year, 1月1日 is still of the report's: no period ends before it starts.)
        let bare = text.replacingOccurrences(of: "公告本公司董事会通过113年度合并财务报告\n", with: "公告本公司董事会通过2024年度合并财务报告\n")
        for fact in readFacts(bare, date: date) {
            if let start = fact.period?.start, let end = fact.period?.end { #expect(start <= end) }
        }
    }

    @Test func centsAreOfTheCurrencyWrittenBeforeThem() throws {
        #expect(readFacts("会上，八仙过海、各显神通，各区竞相招商。", date: "2025-06-10").isEmpty)
        #expect(try readFact("某某娱乐控股有限公司每股派息澳门币50仙。", 0.5, date: "2025-06-10").unit == "MOP")
    }

    @Test func aHongKongReportsNameBelowItsPeriodAndItsCents() throws {
        let text = """
            某晴控股有限公司
            截至二〇二三年十二月三十一日止年度
            全年業績公告
            某晴控股有限公司之董事會謹此公佈本集團之年度業績。
            年內，本集團收益為港幣1,862.4百萬元。年內每股基本盈利為港幣21.6仙。
            年結時，在管面積約3,215萬平方呎。
            """
        let date = "2024-03-20"
        #expect(try readFact(text, 1_862_400_000, date: date).period == .year(2023))  // (年内: the report's year, named on the line below its period)
        let perShare = try readFact(text, 0.216, date: date)
        #expect(perShare.unit == "HKD" && perShare.measure == "每股基本盈利")
        #expect(try readFact(text, 32_150_000, date: date).unit == "平方呎")
    }

    @Test func aHongKongProfitAlertAndTheNamesItsFirmsGo() throws {
        let alert = """
            某源餐饮集团控股有限公司
            （于百慕大注册成立的有限公司）
            正面盈利预告
            本公司董事会谨此知会股东，根据初步评估，预期本集团全年可录得股东应占净利润约人民币3.2亿元。董事会认为，业绩增长主要得益于：（1）本集团门店销量增长约12%；（2）海外业务收入占比提升至约21%。
            """
        let profit = try readFact(alert, 3.2e8, date: "2025-01-20")
        #expect(profit.holder == "某源餐饮集团控股有限公司" && profit.kind == .forecast && profit.measure == "股东应占净利润")
        let share = try readFact(alert, 21, date: "2025-01-20")
        #expect(share.holder == "某源餐饮集团控股有限公司" && share.measure == "海外业务收入")
        // (A short name alone in brackets, of the name's own characters from its first, is declared: 海电.)
        let news = "【本报讯】海江电力股份有限公司（海电）昨日公布年度业绩。海电去年本地发电量为9.72亿千瓦时。"
        #expect(try readFact(news, 9.72e8, date: "2025-03-21").holder == "海江电力股份有限公司")
        // (A declaration of units in brackets alone: its currency too.)
        let table = "某源餐饮集团控股有限公司\n主要财务资料\n（人民币千元，%）\n项目\t2024年\t同比变动\n收入\t3,284,517\t14.6"
        #expect(try readFact(table, 3_284_517_000, date: "2025-03-25").unit == "CNY")
    }

    @Test func aReportsSectionOnTheYearBeforeAndItsNumberedLines() throws {
        let text = """
            某某光学股份有限公司
            2024年年度业绩预增公告
            二、上年同期业绩和财务数据
            （一）归属于母公司所有者净利润：1.64亿元。
            （二）每股收益：0.41元。
            """
        let profit = try readFact(text, 1.64e8, date: "2025-01-20")
        #expect(profit.measure == "归属于母公司所有者净利润" && profit.period == .year(2023))
        let perShare = try readFact(text, 0.41, date: "2025-01-20")
        #expect(perShare.measure == "每股收益" && perShare.period == .year(2023))
        // (上年同期 inside a clause compares: the sentences after it are of the report's year.)
        let compared = "某某光学股份有限公司\n2024年度报告摘要\n报告期内，公司实现净利润1.2亿元，而上年同期为0.8亿元。公司研发投入0.3亿元。"
        #expect(try readFact(compared, 0.3e8, date: "2025-03-20").period == .year(2024))
    }

    @Test func aYearNotedInBracketsAndAHeadingThatPairsMeasures() throws {
        let text = """
            某晋科技控股有限公司
            截至二〇二三年十二月三十一日止年度業績公告
            某晋科技控股有限公司之董事會謹此公佈本集團之年度業績。
            年內，本集團收益約為港幣3,826.3百萬元（二〇二二年：港幣3,294.2百萬元），經營溢利率為9.7%。
            按業務劃分，結構件業務收益為港幣1,915.6百萬元。
            毛利及毛利率
            年內毛利為港幣837.5百萬元，按年增加11.3%，受惠於產品組合優化及產線自動化程度提高，毛利率有所上升。
            """
        let date = "2024-03-27"
        #expect(try readFact(text, 3_294_200_000, date: date).period == .year(2022))  // (the note's own figure)
        #expect(try readFact(text, 9.7, date: date).period == .year(2023))  // (…but not the clauses after it)
        #expect(try readFact(text, 1_915_600_000, date: date).period == .year(2023))  // (…nor the sentences after)
        #expect(try readFact(text, 837_500_000, date: date).period == .year(2023))  // (年內 opens its line below a heading)
    }

    @Test func taiwansYearlyGrowthAfterWhatGrewComparesWithTheYearBefore() throws {
        let text = "某达电子股份有限公司今日公布年度财报。公司车用电源营收年增逾45%，全年增长态势明确。"
        let growth = try readFact(text, 45, date: "2025-03-06")
        #expect(growth.basis == "同比" && growth.qualifier == .gt)
        // (…but 全年增长 names no comparison.)
        #expect(try readFact("某达电子股份有限公司全年增长8%。", 8, date: "2025-03-06").basis == nil)
    }

    @Test func aContractsShareOfLastYearsRevenueAndTheFilingsDay() throws {
        let text = """
            北辰储能装备股份有限公司（简称“公司”）3月2日与某能源集团签订设备供货合同，金额4.15亿元，占公司2024年度营业收入13.8亿元的约30.1%。\
            合同对公司今年经营成果有积极作用，也不影响公司经营独立。截至本公告披露日，公司累计在手订单约9.6亿元，较2024年末增长21.5%。
            """
        let firm = "北辰储能装备股份有限公司"
        // (占 is no part of the firm whose revenue the share is of.)
        let revenue = try readFact(text, 13.8e8, date: "2025-03-04")
        #expect(revenue.holder == firm && revenue.measure == "营业收入" && revenue.period == .year(2024))
        // (…nor does 不影响 name a firm; the filing's day dates the orders in hand, not the year-end compared with.)
        let orders = try readFact(text, 9.6e8, date: "2025-03-04")
        #expect(orders.holder == firm && orders.period == .asOf("2025-03-04"))
    }

    @Test func aHongKongSummarysBulletIsNoPartOfTheFirm() throws {
        let text = "某某智能控股有限公司\n中期業績公告\n・本公司擁有人應佔溢利約為人民幣86.2百萬元，按年增加12.4%。"
        #expect(try readFact(text, 86_200_000, date: "2025-08-20").holder == "某某智能控股有限公司")
    }

    @Test func aTradesLineOfBusinessAndHowMuchOfItsCapacityIsUsed() throws {
        // Given a firm's line of business written as a trade that reads like a short name (锂电装备业务), When its revenue
        // is read, Then it is the firm's, measured in the trade; how much of its capacity is used is a rate over the
        // report's months.
        let text = """
            东岳精工机械股份有限公司发布半年报。今年上半年，营业收入12.6亿元。按板块划分，\
            锂电装备业务实现营业收入5.6亿元，同比增长19.3%；公司产能利用率维持在85%以上，标准厂房出租率为92%。
            """
        let line = try readFact(text, 5.6e8, date: "2025-08-20")
        #expect(line.holder == "东岳精工机械股份有限公司" && line.measure == "锂电装备营业收入")
        let used = try readFact(text, 85, date: "2025-08-20")
        #expect(used.measure == "产能利用率" && used.period == Period(start: "2025-01-01", end: "2025-06-30"))
        #expect(try readFact(text, 92, date: "2025-08-20").measure == "标准厂房出租率")
    }

    @Test func aBareSaleAfterTheGoodsSoldIsOfThoseGoods() throws {
        // Given the month's sales of a machine, When the months so far are sold with the verb alone, Then they are that
        // machine's sales; another firm's deliveries after a firm's named goods stay its deliveries.
        let text = "叉车方面，5月全省销售叉车3100台，同比增长4.2%；1-5月累计销售14200台，同比增长6.5%。"
        #expect(try readFact(text, 14_200, date: "2025-06-12").measure == "叉车销量")
        let firms = "星途汽车5月交付新车2.3万辆。远航汽车5月交付1.6万辆。"
        #expect(try readFact(firms, 16_000, date: "2025-06-02").measure == "交付量")
    }

    @Test func aListsFirmsAloneBeforeTheirAccountsAreAClassThePlaceMeasures() throws {
        // Given a ranking's firms written alone before their profit or research spending, When read, Then the place
        // holds the figure and the firms are part of its measure.
        let text = "全省民营企业百强营业收入合计3.1万亿元，同比增长6.6%；百强企业实现净利润1480亿元。去年全省百强企业研发费用合计812亿元。"
        let profit = try readFact(text, 148_000_000_000, date: "2025-09-02")
        #expect(profit.holder == "全省" && profit.measure == "百强企业净利润")
        #expect(try readFact(text, 81_200_000_000, date: "2025-09-02").measure == "百强企业研发费用")
    }

    @Test func aPortsTradeInTraditionalScriptKeepsItsSizeWordAndItsVisibleTrade() throws {
        // Given Hong Kong's trade figures written with 貨值 and 有形, When read, Then the measure keeps them; 同期 opening
        // a sentence says when, and the place after it holds.
        let text = "二〇二五年五月本港商品整體出口貨值為3,905億元。本港錄得有形貿易逆差288億元。同期本港有形貿易逆差達1,540億元。"
        #expect(try readFact(text, 390_500_000_000, date: "2025-06-25").measure == "商品整体出口货值")
        #expect(try readFact(text, 28_800_000_000, date: "2025-06-25").measure == "有形贸易逆差")
        #expect(try readFact(text, 154_000_000_000, date: "2025-06-25").holder == "香港")
    }

    @Test func aFirmsProductsBrokenDownAreItsOwnAndItsDividendIsOfItsYear() throws {
        // Given a results story that breaks revenue down by product (分产品看) and a headline's 拟每10股派, When read, Then
        // the firm holds each product's revenue, through ；, and the dividend is the year's, whatever day a sentence carried.
        let text = """
            华骏股份2024年净利润3.6亿元　拟每10股派2.8元
            来源：证券日报
            江苏华骏齿轮股份有限公司（下称“华骏股份”）公布2024年年报。报告期内，公司营业收入31.2亿元。分产品看，电驱桥总成实现营业收入\
            18.4亿元，同比增长22.1%；精密齿轮实现营业收入7.3亿元。截至报告期末，公司拥有授权专利402项。\
            董事会提议每10股派发现金红利2.8元（含税）。
            """
        let firm = "江苏华骏齿轮股份有限公司", date = "2025-03-30"
        let gears = try readFact(text, 730_000_000, date: date)
        #expect(gears.holder == firm && gears.measure == "精密齿轮营业收入")
        let dividends = readFacts(text, date: date).filter { $0.value == 2.8 }
        #expect(!dividends.isEmpty && dividends.allSatisfy { $0.measure == "每10股现金红利" && $0.period == .year(2024) })
    }

    @Test func wordsThatSpeakOfTheFirmBeforeItsGenericNameNameNoFirm() throws {
        // Given 公司 after a verb (反映出公司…, 以公司…为准, 参与公司…), When a later figure names 公司, Then it is the
        // registered firm named before.
        let text = """
            河北泰远电气股份有限公司发布三季报。截至9月30日，合同负债较年初增长27.4%，反映出公司在手订单饱满。\
            前三季度公司中标金额约26.7亿元。具体数据以公司年报为准。公司海外新签订单金额约8.2亿元。
            """
        #expect(try readFact(text, 2_670_000_000, date: "2025-10-28").holder == "河北泰远电气股份有限公司")
        #expect(try readFact(text, 820_000_000, date: "2025-10-28").holder == "河北泰远电气股份有限公司")
    }

    @Test func aHongKongReportsTwoCharacterHeadingsAndGoodsSold() throws {
        // Given a results announcement's short headings (研發, 產能) and goods 售出, When read, Then the headings are no part
        // of the figures' holder, and the goods sold are counted in their volume, their exports too.
        let text = """
            某某動力控股有限公司
            二〇二四年度全年業績公告
            業務回顧
            二〇二四年，本集團年內共售出電機約86萬套，其中出口約21萬套。
            研發
            年內本集團研發開支約人民幣210.5百萬元。
            """
        let firm = "某某动力控股有限公司", date = "2025-03-21"
        #expect(try readFact(text, 860_000, date: date).measure == "电机销量")
        #expect(try readFact(text, 210_000, date: date).measure == "电机出口量")
        #expect(try readFact(text, 210_500_000, date: date).holder == firm)
    }

    @Test func aSummarysFullWidthBulletsAFilingsNoticeAndACoChiefExecutive() throws {
        // Given a Hong Kong summary bulleted with ．, a filing's 重要内容提示 and a co-chief executive speaking, When read,
        // Then none of them is part of the firm that holds the figures.
        let summary = "某某電子集團控股有限公司\n二零二四年度業績\n財務概要\n．收益約港幣2,315.6百萬元，較去年增加9.2%。"
        let revenue = try readFact(summary, 2_315_600_000, date: "2025-03-25")
        #expect(revenue.holder == "某某电子集团控股有限公司" && revenue.measure == "收益")
        let filing = "湖南某某机电股份有限公司\n2025年第一季度报告\n重要内容提示：一季报未经审计。\n本报告期，公司营业收入8.6亿元。"
        #expect(try readFact(filing, 860_000_000, date: "2025-04-28").holder == "湖南某某机电股份有限公司")
        let speaker = "上海某某微电子股份有限公司发布二季度业绩。公司联席首席执行官表示，二季度毛利率为31.5%。"
        #expect(try readFact(speaker, 31.5, date: "2025-08-08").holder == "上海某某微电子股份有限公司")
    }

    @Test func thePartsOfGoodsSoldAtHomeAndShippedAreTheGoods() throws {
        // Given goods sold in all, then the part sold at home (其中国内销售, 内销出货) and exported, When read, Then each part
        // is of the goods; a firm's 海外销量 stays a measure of its own.
        let text = "1-6月，全国共销售各类装载机6.35万台；其中国内销售3.41万台，出口2.94万台。8月，全国冰箱总出货量为802.6万台，其中内销出货388.1万台。"
        #expect(try readFact(text, 34_100, date: "2025-09-10").measure == "装载机国内销量")
        #expect(try readFact(text, 29_400, date: "2025-09-10").measure == "装载机出口量")
        #expect(try readFact(text, 3_881_000, date: "2025-09-10").measure == "冰箱内销出货量")
    }

    @Test func theOtherPartyBeforeAFirmAndOrdersInTheirSize() throws {
        // Given a zone that signs with a firm (…经开区与…股份有限公司（下称“…”）), When the firm's figures follow under its
        // short name, Then the firm is named without the zone; orders measured in 载重吨 are their volume.
        let signing = "4月8日，青枫经开区与湖南星岳智能装备股份有限公司（下称“星岳智能”）签约。星岳智能2024年营业收入41.2亿元。"
        #expect(try readFact(signing, 4_120_000_000, date: "2025-04-09").holder == "湖南星岳智能装备股份有限公司")
        let orders = "某某造船股份有限公司发布半年报。截至6月末，公司手持订单455万载重吨。"
        #expect(try readFact(orders, 4_550_000, date: "2025-07-20").measure == "手持订单量")
    }

    @Test func aHongKongFirmsYearInAMainlandPaperIsItsReportsYear() throws {
        let text = """
            某澜控股去年收益增长6.4%
            本报讯 某澜控股有限公司3月20日发布截至2023年12月31日止年度之业绩。年内，本集团录得收益人民币18.35亿元，同比增长6.4%。
            """
        let revenue = try readFact(text, 1.835e9, date: "2024-03-21")
        #expect(revenue.period == .year(2023) && revenue.measure == "收益")
    }

    @Test func goodsSoldAreCountedInTheirVolume() throws {
        #expect(try readFact("去年公司卖出各类电动工具730万台。", 7_300_000, date: "2025-03-12").measure == "电动工具销量")
        #expect(try readFact("公司去年卖了洗碗机41万台。", 410_000, date: "2025-03-12").measure == "洗碗机销量")
    }

    @Test func aFirmsSegmentAndItsInstitutionsAreWhatItsFiguresMeasure() throws {
        let text = "今年，公司实现营业收入84.2亿元，其中电力装备板块收入31.7亿元；公司拥有省级企业技术中心3个。"
        let segment = try readFact(text, 3.17e9, date: "2025-12-20")
        #expect(segment.holder == "公司" && segment.measure == "电力装备板块收入")
        #expect(try readFact(text, 3, date: "2025-12-20").measure == "省级企业技术中心数")
    }

    @Test func inAnIssuersFilingTheFirmIsTheIssuerWhoeverItDealtWith() throws {
        let text = """
            证券代码：600000　　证券简称：某川电器
            四川某川电器股份有限公司
            关于签订日常经营合同的公告
            近日，公司与华东某某电力物资有限公司签订了《设备采购合同》，合同金额1.26亿元。
            目前，公司的在手订单总额约为21.4亿元。
            """
        let orders = try readFact(text, 2.14e9, date: "2025-05-20")
        #expect(orders.holder == "四川某川电器股份有限公司")
    }

    @Test func theValueOfGoodsTradedAfterTheirVolumeIsTheGoods() throws {
        let text = "今年前4个月，公司共销售各类叉车2.1万台，其中出口6400台，出口额达到9.7亿元；海外营收占到我们营业收入的31%。"
        #expect(try readFact(text, 9.7e8, date: "2025-05-20").measure == "叉车出口额")
        #expect(try readFact(text, 31, date: "2025-05-20").basis == "营业收入")
        #expect(try readFact("公司实现营业收入52亿元，其中海外营收17.4亿元。", 1.74e9, date: "2025-05-20").measure == "海外营收")
    }

    @Test func aListedFirmNamedAfterItsKindHoldsItsFigures() throws {
        let text = "储能设备企业澜川电气（301877）上半年营业收入14.2亿元，增幅9.7%，净利润1.06亿元。"
        let revenue = try readFact(text, 1.42e9, date: "2025-08-30")
        #expect(revenue.holder == "澜川电气" && revenue.measure == "营业收入")
        #expect(try readFact(text, 1.06e8, date: "2025-08-30").holder == "澜川电气")
    }

    @Test func aPreviewsTableKeepsItsHeadOverRowsThatGoOnAndWhatWasAYearBefore() throws {
        let text = """
            某某智控科技股份有限公司
            2025年度业绩预告
            一、本期业绩预计情况
            项目\t本报告期\t上年同期
            归属于上市公司股东的净利润\t盈利：9,200万元–10,400万元\t盈利：7,315.62万元
            \t比上年同期增长：25.76%–42.16%\t
            扣除非经常性损益后的净利润\t盈利：8,600万元–9,900万元\t盈利：6,842.07万元
            基本每股收益\t盈利：0.52元/股–0.59元/股\t盈利：0.41元/股
            """
        let date = "2026-01-22"
        let expected = try readFact(text, 9.2e7, date: date)
        #expect(expected.kind == .forecast && expected.period == .year(2025))
        // (The column of the year before holds what was, in a preview too.)
        let before = try readFact(text, 73_156_200, date: date)
        #expect(before.kind == .level && before.period == .year(2024) && before.measure == "归属于上市公司股东净利润")
        // (A row that opens with an empty cell goes on with the label above, and the head holds for the rows after it.)
        #expect(try readFact(text, 25.76, date: date).measure == "归属于上市公司股东净利润")
        let deducted = try readFact(text, 68_420_700, date: date)
        #expect(deducted.measure == "扣除非经常性损益后净利润" && deducted.period == .year(2024) && deducted.kind == .level)
        // (A range per share, 元/股 after each end, is one figure.)
        let perShare = try readFact(text, 0.52, date: date)
        #expect(perShare.upTo == 0.59 && perShare.measure == "基本每股收益")
        #expect(try readFact(text, 0.41, date: date).measure == "基本每股收益")
    }

    @Test func aQuarterlyReportsHeadMayOpenWithAnEmptyCell() throws {
        let text = """
            某某精密机械股份有限公司
            2023年第三季度报告正文
            一、主要会计数据和财务指标
            \t本报告期末\t上年度末\t本报告期末比上年度末增减
            总资产（元）\t2,416,803,552.10\t2,108,441,902.35\t14.63%
            二、报告期主要财务数据发生变动的情况及原因
            1．应收账款较年初增长27.14%，主要系销售规模扩大所致。
            """
        let date = "2023-10-27"
        #expect(try readFact(text, 2_416_803_552.10, date: date).period == .asOf("2023-09-30"))
        #expect(try readFact(text, 2_108_441_902.35, date: date).period == .asOf("2022-12-31"))
        #expect(try readFact(text, 14.63, date: date).kind == .change)
        // (Receivables are a balance: their change since the year's start is as of the report's last day.)
        #expect(try readFact(text, 27.14, date: date).period == .asOf("2023-09-30"))
    }

    @Test func theMonthsAYearBeforeDateOnlyTheirOwnClause() throws {
        let date = "2025-07-15"
        let text = "光伏支架厂商某某新能（603991）预计上半年归属于上市公司股东的净利润为1.36亿元至1.58亿元，上年同期为0.91亿元，同比增长49.5%至73.6%。"
        let last = try readFact(text, 0.91e8, date: date)
        #expect(last.kind == .level && last.period == Period(start: "2024-01-01", end: "2024-06-30"))
        #expect(try readFact(text, 49.5, date: date).period == Period(start: "2025-01-01", end: "2025-06-30"))
        let city = "上半年，全市规模以上工业营业收入为2860亿元，上年同期为2610亿元，同比增长9.6%。"
        #expect(try readFact(city, 9.6, date: date).period == Period(start: "2025-01-01", end: "2025-06-30"))
        // (A loss expected as a range, both ends below zero; 盈利 a year before says only which side of zero.)
        let loss = "电池材料企业某某锂能（300913）预计上半年归属于上市公司股东的净利润为-2.30亿元至-1.90亿元，上年同期为盈利0.48亿元。"
        let expected = try readFact(loss, -2.3e8, date: date)
        #expect(expected.upTo == -1.9e8 && expected.kind == .forecast)
        #expect(try readFact(loss, 0.48e8, date: date).measure == "归属于上市公司股东净利润")
        // (亏损 the year before: the same measure below zero; a loss of this year stays 亏损.)
        let turned = "某某股份有限公司预计上半年实现净利润0.9亿元，上年同期为亏损0.2亿元。"
        let before = try readFact(turned, -0.2e8, date: date)
        #expect(before.measure == "净利润" && before.period == Period(start: "2024-01-01", end: "2024-06-30"))
        #expect(try readFact("公司上半年亏损0.3亿元。", 0.3e8, date: date).measure == "亏损")
    }

    @Test func aHongKongResultsAnnouncementsComparativeYearDatesNothing() throws {
        let text = """
            某某精工控股有限公司
            截至二零二四年十二月三十一日止年度
            全年業績公告
            某某精工控股有限公司（「本公司」）董事會欣然宣佈本公司截至二零二四年十二月三十一日止年度之經審核綜合業績，連同截至二零二三年十二月三十一日止年度之比較數字。
            ・收益約為人民幣3,418.2百萬元，按年增加約11.6%。
            年內，本集團汽車零部件業務錄得收益約人民幣1,906.5百萬元；工業電機結構件業務收益約為人民幣842.3百萬元。
            董事會宣派末期股息每股人民幣0.15元，上年同期為每股人民幣0.11元。
            """
        let date = "2025-03-20"
        #expect(try readFact(text, 3_418.2e6, date: date).period == .year(2024))
        // (錄得 is what a business took in, no part of what it measures; a line of business named by its trade is the firm's.)
        let line = try readFact(text, 1_906.5e6, date: date)
        #expect(line.measure == "汽车零部件业务收益" && line.holder == "某某精工控股有限公司")
        let trade = try readFact(text, 842.3e6, date: date)
        #expect(trade.measure == "工业电机结构件业务收益" && trade.holder == "某某精工控股有限公司")
        #expect(try readFact(text, 0.11, date: date).measure == "每股末期股息")
    }

    @Test func aHeadlinesOneCharacterVerbAndItsSecondPhraseOpeningWithAYear() throws {
        let rise = try readFact("某某動力中期純利升36.4%", 36.4, date: "2024-08-30")
        #expect(rise.kind == .change && rise.direction == "up")
        #expect(try readFact("某某电子上半年营收跌8.5%", 8.5, date: "2024-08-30").direction == "down")
        let gdp = try readFact("某某市：GDP增6.3%", 6.3, date: "2024-08-30")  // (after a Latin measure too)
        #expect(gdp.measure == "GDP" && gdp.kind == .change)
        let text = "中国电器网\n某某电器2023年净利润增长9.4%　2024年一季度营收下降12.2%\n2024-04-29 08:30　中国电器网"
        let revenue = try readFact(text, 12.2, date: "2024-04-29")
        #expect(revenue.measure == "营收" && revenue.period == Period(start: "2024-01-01", end: "2024-03-31"))
    }

    @Test func aProductLineAfterQiZhongInAnIssuersReportIsTheIssuers() throws {
        let text = "广东某某电器股份有限公司\n2024年年度报告摘要\n报告期内，公司实现营业总收入72.6亿元。其中，厨房小家电实现营业收入28.4亿元；海外业务收入19.5亿元。"
        let line = try readFact(text, 28.4e8, date: "2025-04-26")
        #expect(line.holder == "广东某某电器股份有限公司" && line.measure == "厨房小家电营业收入")
        #expect(try readFact(text, 19.5e8, date: "2025-04-26").holder == "广东某某电器股份有限公司")
    }

    @Test func aProductLineAfterQiZhongInATextAboutTheFirmIsTheFirms() throws {
        let text = """
            某某厨电业绩稳健增长
            2025-04-20 09:15　来源：家电财经
            某某厨电股份有限公司（以下简称“某某厨电”）发布2024年年度报告。
            年报显示，2024年某某厨电实现营业总收入42.18亿元，同比增长7.1%。其中，吸油烟机实现营业收入19.62亿元，同比增长5.4%。
            """
        let line = try readFact(text, 19.62e8, date: "2025-04-20")
        #expect(line.holder == "某某厨电股份有限公司" && line.measure == "吸油烟机营业收入")
    }

    @Test func theReportsPeriodAfterAnExpectationIsNoPartOfTheMeasure() throws {
        let text = "某某智控科技股份有限公司\n2025年度业绩预告\n三、业绩变动原因说明\n预计报告期内非经常性损益对净利润的影响金额约为860万元。"
        let fact = try readFact(text, 8.6e6, date: "2026-01-22")
        #expect(fact.measure == "非经常性损益对净利润影响金额" && fact.period == .year(2025) && fact.kind == .forecast)
    }

    @Test func whoSignedOrdersIsNoPartOfTheOrdersMeasured() throws {
        let date = "2026-07-09"
        #expect(try readFact("近日，某某重工与一家海外工程承包商签订260台挖掘机订单。", 260, date: date).measure == "挖掘机订单量")
        #expect(try readFact("上半年，公司新签订单4200辆。", 4200, date: date).measure == "新签订单量")
    }
}

/// Firms' own posts, investor meetings and results news: what a post calls its readers to, a product's other name, what a
/// figure exceeds, a year's sales plan.
extension CompanyAnnouncementsTests {
    @Test func aPostsCallToItsReadersNamesNoFirm() throws {
        let text = "3月20日，苏州某某精工股份有限公司发布2025年年度报告。一起来看公司这一年的成绩单。报告期内，公司海外收入12.4亿元。"
        #expect(try readFact(text, 1.24e9, date: "2025-03-21").holder == "苏州某某精工股份有限公司")
    }

    @Test func aProductsOtherNameInBracketsIsNoPartOfTheMeasure() throws {
        let text = "2025年，公司核心产品某某单抗注射液（商品名：安某宁）销售收入9.32亿元，同比增长36.1%。"
        #expect(try readFact(text, 9.32e8, date: "2026-03-20").measure == "某某单抗注射液销售收入")
    }

    @Test func theYearAFigureExceedsDatesNoLaterFigure() throws {
        let text = "2023年上半年，公司储能系统出货量2.1GWh，已超过2022年全年出货量。上半年公司海外业务收入6.2亿元。"
        #expect(try readFact(text, 6.2e8, date: "2023-09-15").period?.end == "2023-06-30")
    }

    @Test func aYearsSalesPlanIsAGoal() throws {
        let text = "公司在年报中表示，2025年公司计划销售汽车62万辆，其中新能源汽车15万辆。"
        #expect(try readFact(text, 6.2e5, date: "2025-04-20").kind == .target)
        #expect(try readFact(text, 1.5e5, date: "2025-04-20").kind == .target)
    }

    @Test func aPlantNamedByItsFirmsShortNameIsTheRegisteredFirmsPlant() throws {
        let text = "3月8日，湖北某川动力电池有限公司（以下简称“某川动力”）荆门基地二期投产。今年1-2月，某川动力荆门基地出货动力电池6.4GWh。"
        #expect(try readFact(text, 6.4, date: "2025-03-09").holder == "湖北某川动力电池有限公司荆门基地")
        // (A registered name written in full before its plant stays as written.)
        let full = "某川动力电池有限公司（以下简称“某川动力”）成立于2015年。某川动力电池有限公司荆门基地出货动力电池6.4GWh。"
        #expect(try readFact(full, 6.4, date: "2025-03-09").holder == "某川动力电池有限公司荆门基地")
    }

    @Test func cardsPartedByBlankLinesAreEachACard() throws {
        let text = "8月22日晚，江苏某某精工科技股份有限公司发布2025年半年度报告。\n\n【核心数据】\n\n12.64亿元\n营业收入，同比增长11.2%\n\n1.83亿元\n归母净利润，同比增长19.4%\n"
        let profit = try readFact(text, 1.83e8, date: "2025-08-23")
        #expect(profit.measure == "归母净利润" && profit.holder == "江苏某某精工科技股份有限公司")
        #expect(try readFact(text, 19.4, date: "2025-08-23").measure == "归母净利润")
    }

    @Test func aYearWrittenInCharactersIsABasisInDigits() throws {
        let text = "截至二零二四年六月三十日止六個月，集團收益為人民幣41.6億元，比二〇二三年同期增加9.8%。"
        #expect(try readFact(text, 9.8, date: "2024-08-20").basis == "比2023年同期")
    }

    @Test func aTaiwanFilingsLossNotesAndUnitsInBracketsAreNoPartOfItsLines() throws {
        let text = """
            (2817)某鑫電子　公告本公司董事會通過112年度合併財務報告
            2.公司名稱:某鑫電子股份有限公司
            以下金額單位：新台幣仟元
            (3)財務報告報導期間起訖日期(XXX/XX/XX~XXX/XX/XX):112/01/01~112/12/31
            (4)1月1日累計至本期止營業收入(仟元):9,627,445
            (5)1月1日累計至本期止營業毛利(毛損) (仟元):2,102,318
            (7)1月1日累計至本期止稅前淨利(淨損) (仟元):1,498,731
            """
        let facts = readFacts(text, date: "2024-03-12")
        #expect(!facts.contains { $0.value == 1000 })
        #expect(try readFact(text, 2.102318e9, date: "2024-03-12").measure == "营业毛利")
        #expect(try readFact(text, 1.498731e9, date: "2024-03-12").measure == "税前净利")
    }

    @Test func whyAFirmGrewNamesNoFirm() throws {
        let text = "宁波某某精工股份有限公司发布2023年年报。某某精工表示，海外业务的快速增长主要得益于公司在东南亚市场的开拓。研发方面，公司全年研发投入1.71亿元。"
        #expect(try readFact(text, 1.71e8, date: "2024-04-23").holder == "宁波某某精工股份有限公司")
    }

    @Test func madeAndSoldVolumesListedAreEachTheirOwn() throws {
        let text = "上半年，全国汽车产销量分别完成1389.1万辆和1404.7万辆，同比分别增长4.9%和6.1%。"
        #expect(try readFact(text, 1.3891e7, date: "2024-08-20").measure == "汽车产量")
        #expect(try readFact(text, 6.1, date: "2024-08-20").measure == "汽车销量")
    }
}
