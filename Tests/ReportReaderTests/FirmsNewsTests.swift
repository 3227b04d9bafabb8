import Testing
import ZhizaoCore
@testable import ReportReader

/// Rules for firms' news in local papers and wires (docs/FACTS.md), each on text of its own (none of it from the
/// annotated sets).
@Suite struct FirmsNewsTests {
    @Test func anAbbreviationOfTheRegisteredNameIsTheFirm() throws {
        // Given a report naming a truck maker in full, When its manager speaks under an abbreviation never declared
        // (the trade name, then characters of the rest in their order), Then the figures are the registered firm's.
        let text = """
            某地重卡生产线投产
            本报讯　3月2日，湖北云岗重型汽车有限公司电动重卡生产线投产。云岗重汽总经理李某介绍，2025年，公司销售重卡4.6万辆，同比增长8.2%。
            """
        let sales = try fact(text, 4.6e4, date: "2026-03-03")
        #expect(sales.holder == "湖北云岗重型汽车有限公司")
    }

    @Test func aNameSharingOnlyTheTradeNameStaysAsWritten() throws {
        // Given the same maker, When a name opens with its trade name but goes on with words its name lacks, Then that
        // name is no abbreviation of it and stays as written.
        let text = """
            本报讯　3月2日，湖北云岗重型汽车有限公司电动重卡生产线投产。云岗电池总经理李某介绍，2025年，该公司销售电池2.3万套。
            """
        #expect(try fact(text, 2.3e4, date: "2026-03-03").holder != "湖北云岗重型汽车有限公司")
    }

    @Test func aWiresDatelineEndsTheTitleAndNamesNothing() throws {
        // Given a wire's story whose title has no stop and whose dateline reads 某地某日电, When the plant it names is
        // 该工厂 later, Then the plant's name holds neither the title nor the dateline.
        let text = """
            青川动力长沙新工厂投产
            新华社长沙4月8日电（记者 王某）湖南青川动力科技有限公司长沙经开区电机工厂8日投产。该工厂总投资18亿元。
            """
        #expect(try fact(text, 18e8, date: "2026-04-09").holder == "湖南青川动力科技有限公司长沙经开区电机工厂")
    }

    @Test func whatAnOfficerSaysInTheQuoteAfterIsTheFirms() throws {
        // Given a firm's manager introduced in one sentence, When a quote opens the next with 我们 and goes on past a full
        // stop, Then its figures are the firm's, not the zone's the text is about.
        let text = """
            青川动力长沙新工厂投产
            本报讯　湖南青川动力科技有限公司电机工厂8日在长沙经开区投产。青川动力总经理李某介绍，工厂自动化率达到90%。“去年我们电机出货量达到21.5万台。今年我们的出口量将超过3万台。”
            """
        let shipped = try fact(text, 21.5e4, date: "2026-04-09")
        #expect(shipped.holder == "湖南青川动力科技有限公司" && shipped.holderWritten == "我们")
        #expect(try fact(text, 3e4, date: "2026-04-09").holder == "湖南青川动力科技有限公司")
    }

    @Test func aRunOfYearsOpeningTheSentenceDatesEachFigureOfALaterList() throws {
        // Given a prospectus's summary that opens with a run of three years in a clause of its own, When two clauses list
        // three figures each under 分别, the second naming its own measure, Then each figure is of its year and of the
        // measure its clause names.
        let text = """
            本报讯　江苏青禾精工股份有限公司今日上市。据招股书，2020年至2022年，公司分别实现营业收入3.2亿元、4.1亿元和5.6亿元，净利润分别为0.31亿元、0.45亿元和0.62亿元。
            """
        let first = try fact(text, 3.2e8, date: "2024-05-10")
        #expect(first.period == Period.year(2020) && first.measure == "营业收入")
        let profit = try fact(text, 0.62e8, date: "2024-05-10")
        #expect(profit.period == Period.year(2022) && profit.measure == "净利润")
    }

    @Test func theYearOfAShareWholeIsNoPeriodOfTheShare() throws {
        // Given a bid won said to be a share of the firm's revenue of a year, When the year stands between 占 and the
        // whole, Then the figure is a share of the amount won, not a level of that year's revenue.
        let text = """
            本报讯　浙江青禾电缆股份有限公司公告称，公司中标金额合计约6.4亿元，占公司2023年度经审计营业收入的18.5%。
            """
        let share = try fact(text, 18.5, date: "2025-03-02")
        #expect(share.kind == .share && share.measure == "中标金额")
    }

    @Test func aShortNameWithItsTradeWrittenInFullIsTheFirmsWhole() throws {
        // Given a firm whose short name ends with a three-character trade (半导体), When it opens a measure, Then the
        // trade is the name's and no character of it leaks into the measure.
        let text = """
            上海青禾半导体设备股份有限公司在科创板上市。2024年，青禾半导体实现营业收入7.2亿元。
            """
        #expect(try fact(text, 7.2e8, date: "2025-06-27").measure == "营业收入")
    }

    @Test func aSharesPricesAreNamedAsPrices() throws {
        // Given a listing's day, When the issue price is said to be per share and the opening and closing prices are
        // written with 报, Then they are 发行价格, 开盘价 and 收盘价.
        let text = """
            本报讯　江苏青禾精工股份有限公司今日在深交所上市，发行价格为每股21.6元。上市首日，公司股票开盘报45.2元，收盘报39.8元。
            """
        #expect(try fact(text, 21.6, date: "2025-06-27").measure == "发行价格")
        #expect(try fact(text, 45.2, date: "2025-06-27").measure == "开盘价")
        #expect(try fact(text, 39.8, date: "2025-06-27").measure == "收盘价")
    }

    @Test func aQuoteIsTheFirmsWhenItsOfficerSaysItAfter() throws {
        // Given a quote with 我们, When the firm's manager is said to say it after the closing quote with 说, by title, or
        // later by name alone, Then its figures are the firm's.
        let text = """
            本报讯　5月6日，记者走进浙江青禾泵业股份有限公司（以下简称“青禾泵业”）装配车间。“前两个月我们接到的订单同比增长26%。”青禾泵业总经理周某某说。
            “4月我们又交付水泵1.8万台。”周某某说，公司今年计划销售水泵20万台。
            """
        let firm = "浙江青禾泵业股份有限公司"
        #expect(try fact(text, 26, date: "2025-05-07").holder == firm)
        #expect(try fact(text, 1.8e4, date: "2025-05-07").holder == firm)
    }

    @Test func aLineNamedAfterTheFirmIsWhatTheLineStandsFor() throws {
        // Given a production line named after the firm's registered name, When 该生产线 states its investment, Then the
        // line holds it.
        let text = """
            本报讯　3月8日，湖南青禾机械有限公司电动叉车智能生产线投产。该生产线总投资3.5亿元。
            """
        #expect(try fact(text, 3.5e8, date: "2025-03-09").holder == "湖南青禾机械有限公司电动叉车智能生产线")
    }

    @Test func aFirmsRevenueInAMarketIsTheFirmsAndALevelReachedLosesItsVerb() throws {
        // Given a Hong Kong group's results, When a sentence breaks its revenue down by market and a rate is said to have
        // fallen to a level, Then the market's revenue is the group's, and the rate is measured without 降.
        let text = """
            港财网讯　青禾控股集团有限公司（股份代号：02711）发布2024年全年业绩，集团实现收益约52.3亿港元。
            分地区看，海外市场收益18.6亿港元，同比增长21.2%。截至2024年末，集团资本负债率降至19.6%。
            """
        let firm = "青禾控股集团有限公司"
        let market = try fact(text, 18.6e8, date: "2025-03-24")
        #expect(market.holder == firm && market.measure == "海外市场收益")
        let rate = try fact(text, 19.6, date: "2025-03-24")
        #expect(rate.holder == firm && rate.measure == "资本负债率")
    }

    @Test func ordersCountedInTheirGoodsAreAVolumeAndInShipsACount() throws {
        // Given orders stated in gigawatts and in vehicles, and a shipyard's orders in ships, When they are read, Then the
        // first two are the orders' volume (订单量) and the ships stay a count of orders.
        let text = """
            本报讯　湖南青禾能源装备股份有限公司公告，截至3月末，公司在手订单9.6GW，一季度新能源车订单超过4200辆。江苏青禾船舶重工有限公司上半年新接订单17艘。
            """
        #expect(try fact(text, 9.6, date: "2025-04-03").measure == "在手订单量")
        #expect(try fact(text, 4200, date: "2025-04-03").measure == "新能源车订单量")
        #expect(try fact(text, 17, date: "2025-04-03").measure?.hasSuffix("订单量") == false)
    }

    @Test func theYearBeforesDividendInBracketsIsTheSameMeasure() throws {
        // Given a Hong Kong results note, When the dividend per share is followed by last year's in brackets with 每股
        // alone, Then both are the final dividend per share.
        let text = """
            青禾控股有限公司（股份代號：2799）公布二〇二五年中期業績。董事會宣派中期股息每股港幣12仙（二〇二四年：每股港幣10仙）。
            """
        #expect(try fact(text, 0.10, date: "2025-08-20").measure == "每股中期股息")
    }

    @Test func aPublicAccountsMarkAndThePlacesGenericWordOpenNoName() throws {
        // Given a park's monthly brief on a public account, its account line marked 原创, When 园区 and a project
        // written after 园区 state figures, Then they are the park's and the project's, named without 原创 and 园区.
        let text = """
            青湖智造产业园｜4月运营简报
            原创　青湖智造产业园服务中心　2025年05月09日 09:30　江苏
            1-4月，园区企业实现营业收入31.6亿元，同比增长12.1%。
            园区青湖算力中心二期项目已完成设备安装。该项目总投资4.6亿元。
            """
        #expect(try fact(text, 31.6e8, date: "2025-05-09").holder == "青湖智造产业园")
        #expect(try fact(text, 4.6e8, date: "2025-05-09").holder == "青湖算力中心二期项目")
    }

    @Test func theProjectSaidToBeTheLargestAfterWeiIsNamedWithoutIt() throws {
        // Given a signing's largest project said to be one with 的为, When its investment follows, Then the project holds
        // it, named without 为.
        let text = """
            本报讯　本次集中签约的项目里，投资额最大的为青禾纺织科技有限公司高端面料项目，总投资12亿元。
            """
        #expect(try fact(text, 12e8, date: "2025-05-09").holder == "青禾纺织科技有限公司高端面料项目")
    }

    @Test func whatABureauPlansToDoNamesNoHolderAndAPoolKeepsItsName() throws {
        // Given a district bureau's goals, When a goal opens with 实施 or 新创建 before a word of trade or a grade, and
        // another counts firms added to a cultivation pool, Then no verb is taken for a holder and the pool's name is
        // kept whole.
        let text = """
            成都市郫都区工业和信息化局2026年工作要点
            2026年全区工业经济主要预期目标是：
            1. 实施智能化改造项目45个以上；
            2. 新创建省级智能工厂2家；
            3. 全区新增两高四新培育库企业25家。
            """
        let projects = try fact(text, 45, date: "2026-02-10")
        #expect(projects.holder == "成都市郫都区" && projects.measure == "实施智能化改造项目数")
        #expect(try fact(text, 2, date: "2026-02-10").holder == "成都市郫都区")
        #expect(try fact(text, 25, date: "2026-02-10").measure == "新增两高四新培育库企业数")
    }

    @Test func aWordOpeningWithKeKeepsIt() throws {
        // Given a project's capacity once built, When the goods' name opens with 可 (可降解), Then 可 is the name's, no
        // modal word trimmed from it.
        let text = """
            本报讯　宁夏青禾化工有限公司降解塑料新项目开工。项目达产后可形成可降解塑料年产能20万吨。
            """
        #expect(try fact(text, 20e4, date: "2025-05-19").measure == "可降解塑料年产能")
    }

    @Test func aTitlesCityAndDistrictByShortNamesBeforeAColonAreTheDistrict() throws {
        // Given a story titled with a city's and a district's short names before a colon, When 全区 states a figure,
        // Then it is that district's, named in full; a title opening with a city's short name alone stays the city's.
        let district = """
            佛山顺德：家电企业出海提速
            本报讯　上半年全区规上工业增加值比上年同期增长7.9%。
            """
        #expect(try fact(district, 7.9, date: "2025-08-05").holder == "佛山市顺德区")
        let city = """
            佛山：家电企业出海提速
            本报讯　上半年全市规上工业增加值比上年同期增长7.9%。
            """
        #expect(try fact(city, 7.9, date: "2025-08-05").holder == "佛山市")
    }
}

/// What the rules for firms' news must not do to ordinary text (each found by a review probing the reader, each failing on
/// the rules' first build; all but the last pass on the reader before the rules).
@Suite struct FirmsNewsGuardTests {
    @Test func aRunOfYearsDoesNotSplitAListOfParts() throws {
        // Given a run of years and a cumulative total, When its parts are listed with 分别, Then each part is of the whole
        // run, not of one year each.
        let text = "本报讯　2021年至2023年，全县累计引进工业项目150个，其中机械、电子和食品项目分别为80个、50个和20个。"
        #expect(try fact(text, 50, date: "2024-03-01").period?.start == "2021-01-01")
    }

    @Test func theYearOfAPlacesWholeIsTheShares() throws {
        // Given a city's share of a year's output, When the year stands right after 占, Then it dates the share.
        let text = "本报讯　据市统计局数据，光伏组件产量占2024年全省产量的比重达到28.4%。"
        #expect(try fact(text, 28.4, date: "2025-03-01").period == Period.year(2024))
    }

    @Test func aPerShareFigureOutOfBracketsIsNoDividend() throws {
        // Given a per-share figure stated before, When an offering price per share follows in a clause of its own, Then
        // it does not take the measure before it.
        let text = "本报讯　青禾科技股份有限公司发布年报，公司每股净资产为5.8元；本次定向增发价格定为每股11.2元。"
        #expect(try fact(text, 11.2, date: "2025-03-01").measure != "每股净资产")
    }

    @Test func forSomeoneIsNoSpeaker() throws {
        // Given 对…来说 opening a sentence, When figures follow, Then 对…来 is no holder.
        let text = "本报讯　对青禾精工来说，今年一季度实现营业收入2.6亿元，同比增长11%。"
        #expect(try fact(text, 2.6e8, date: "2025-04-20").holder?.hasPrefix("对") != true)
    }

    @Test func aQuoteSaidBySomeoneElseIsNotTheFirms() throws {
        // Given a firm's manager in one sentence, When the next quote is said to be a district head's, Then its 我们 is not
        // the firm.
        let text = """
            本报讯　青禾电器股份有限公司新工厂日前投产。青禾电器总经理李某介绍，工厂自动化率达到88%。“今年以来我们新增规上工业企业31家。”区长王某在会上说。
            """
        #expect(try fact(text, 31, date: "2025-05-01").holder != "青禾电器股份有限公司")
    }

    @Test func aDistrictOfAnotherCityIsNoneOfTheTitlesCity() throws {
        // Given a title writing a city's short name and a word that is a district's name elsewhere, When 全区 states a
        // figure, Then no district of another city is made up for it.
        let text = """
            武汉东湖：光电子产业提速
            本报讯　上半年全区规上工业增加值比上年同期增长9.2%。
            """
        #expect(try fact(text, 9.2, date: "2025-07-20").holder != "武汉市东湖区")
    }

    @Test func whatAFirmDoesBeforeAPlantNamesNoPlant() throws {
        // Given a firm that signs with a zone to build a base, When 该基地 states its investment, Then the base's name does
        // not run from the firm over what it did.
        let text = "本报讯　3月8日，湖南青禾机械有限公司与经开区签约建设电动叉车生产基地。该基地总投资9亿元。"
        #expect(try fact(text, 9e8, date: "2025-03-09").holder?.contains("签约") != true)
    }

    @Test func aWordOfTheNameWrittenWholeIsNoAbbreviation() throws {
        // Given a firm's registered name, When a short name takes its trade name and a word of it whole (its parent's
        // name may read so), Then it is not taken for the firm.
        let text = "本报讯　湖北云岗重型汽车有限公司新工厂投产。作为其控股股东，2025年云岗汽车实现营业收入380亿元。"
        #expect(try fact(text, 380e8, date: "2026-03-01").holder != "湖北云岗重型汽车有限公司")
    }

    @Test func aMarketsSizeInATradeReviewIsNoFirms() throws {
        // Given a firm's results with a review of its trade, When a market's revenue is stated with no breakdown by
        // market, Then it is not the firm's.
        let text = """
            青禾控股集团有限公司
            2024年度业绩公告
            本集团实现收益约41.2亿港元。行业回顾：年内，中国市场收入约760亿美元。
            """
        #expect(try fact(text, 760e8, date: "2025-03-20").holder != "青禾控股集团有限公司")
    }

    @Test func whatAProjectYieldsOnceCarriedOutIsAForecast() throws {
        // Given a project's yield 实施后, When it is read, Then it is a forecast of 年产值, 后 no part of the measure.
        let text = "本报讯　青禾新材料年产3万吨电池材料项目总投资9亿元。项目实施后可实现年产值14亿元。"
        let output = try fact(text, 14e8, date: "2025-03-01")
        #expect(output.kind == .forecast && output.measure == "年产值")
    }
}
