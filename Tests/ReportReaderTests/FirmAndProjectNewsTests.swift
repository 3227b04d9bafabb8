import Testing
import ZhizaoCore
@testable import ReportReader

/// Firm, project and zone news: which of the names a text gives a figure belongs to, and which day an event's counts
/// are of. Each rule on text of its own (none of it from the evaluation sets).
@Suite struct FirmAndProjectNewsTests {
    @Test func aListingsFirstDayIsTheDayTheTextOpenedWith() throws {
        let text = """
            某某日报讯　4月18日，浙江某岭新材料股份有限公司在深交所创业板上市。
            某岭新材本次公开发行股票3200万股，发行价格为每股21.5元。上市首日，某岭新材开盘报55.2元，收盘时总市值约48亿元。
            """
        let date = "2025-04-19"
        let opening = try readFact(text, 55.2, date: date)
        #expect(opening.measure == "开盘价" && opening.period == Period(start: "2025-04-18", end: "2025-04-18"))
        let worth = try readFact(text, 4.8e9, date: date)
        #expect(worth.measure == "总市值" && worth.period == .asOf("2025-04-18"))
    }

    @Test func whereAProjectStandsHoldsNothing() throws {
        let text = "本次签约的高性能聚酰胺新材料一体化项目由江苏海晟新材料有限公司投资建设，总投资32亿元，选址县化工园区，规划用地580亩，预计年产值45亿元。"
        #expect(try readFact(text, 580, date: "2019-08-23").holder == "高性能聚酰胺新材料一体化项目")
        #expect(try readFact(text, 45e8, date: "2019-08-23").holder == "高性能聚酰胺新材料一体化项目")
    }

    @Test func aVerbOfMeaningBefore公司IsNoFirmsName() throws {
        let text = "近日，青岛海科传感技术股份有限公司成功入选！这是公司获得的又一项重要荣誉，标志着公司的专业化发展水平得到认可。2020年，公司实现营业收入3.46亿元。"
        #expect(try readFact(text, 3.46e8, date: "2021-07-26").holder == "青岛海科传感技术股份有限公司")
        // (公司 before a project's name is the firm spoken of, no part of the name.)
        #expect(try readFact("公司海科智能传感器产业园二期项目总投资6.8亿元。", 6.8e8, date: "2021-07-26").holder == "海科智能传感器产业园二期项目")
    }

    @Test func aSubsidiaryNamedAfterWhatItIsHoldsItsFigures() throws {
        let text = "值得一提的是，公司全资子公司恒锐精工（常州）有限公司扭亏为盈，全年实现净利润0.42亿元。"
        #expect(try readFact(text, 42_000_000, date: "2025-04-20").holder == "恒锐精工常州有限公司")
        // (A firm whose name ends in 子公司 without being one keeps its name.)
        #expect(try readFact("星湾电子公司全年实现净利润0.35亿元。", 35_000_000, date: "2025-04-20").holder == "星湾电子公司")
    }

    @Test func aFirmsLeadingProductIsMeasuredWithoutTheWordsSayingSo() throws {
        let share = try readFact("宁波恒创精机股份有限公司主导产品精密齿轮箱国内市场占有率达21.4%。", 21.4, date: "2025-07-15")
        #expect(share.holder == "宁波恒创精机股份有限公司" && share.measure == "精密齿轮箱国内市场占有率")
    }

    @Test func aFirmRegisteredUnderItsPlacesNameIsNoPlace() throws {
        let text = "浙江恒信密封科技股份有限公司深耕特种密封件领域多年，拥有授权发明专利38项。"
        #expect(try readFact(text, 38, date: "2025-07-15").holder == "浙江恒信密封科技股份有限公司")
    }

    @Test func aFirmsRegisteredNameHoldsWhatFollowsItWithTheFiguresInItsClause() throws {
        let sales = try readFact("江苏远航电机股份有限公司前三季度电机销量12.4万台，同比增长8.3%。", 124_000, date: "2025-10-30")
        #expect(sales.holder == "江苏远航电机股份有限公司" && sales.measure == "电机销量")
        // (集团 goes on into 有限公司; a trade word in the name, 显示, is no short name's end.)
        let rank = try readFact("从企业排名看，北京启明电子集团有限公司位列第6位。", 6, date: "2025-09-12")
        #expect(rank.holder == "北京启明电子集团有限公司" && rank.kind == .rank)
        #expect(try readFact("瑞光显示科技有限公司面板出货量3120万片。", 31_200_000, date: "2025-05-12").holder == "瑞光显示科技有限公司")
        // (由…有限公司投资建设的…项目总投资: what the firm built holds its accounts.)
        let built = try readFact("由深圳某某能源科技有限公司投资建设的储能电池基地项目总投资36亿元。", 3_600_000_000, date: "2025-05-12")
        #expect(built.holder == "储能电池基地项目")
    }

    @Test func aShortNamesDeclarationAndAStockCodeAreNoPartOfWhatFollows() throws {
        let text = "某某精工机械股份有限公司（以下简称“某某精工”，股票代码：600001）上半年实现营业收入85.2亿元。"
        let revenue = try readFact(text, 8_520_000_000, date: "2025-08-20")
        #expect(revenue.holder == "某某精工机械股份有限公司" && revenue.measure == "营业收入")
        let page = "宁波某某电器股份有限公司（下称“某某电器”，证券代码：603000）4月20日晚披露2024年年报。2024年，公司实现营业收入27.8亿元。"
        #expect(try readFact(page, 2_780_000_000, date: "2025-04-21").holder == "宁波某某电器股份有限公司")
    }

    @Test func placesListedBeforeAMeasureEachHoldIt() throws {
        let text = "分区县看，上城区、西湖区上市公司数分别达到31家和27家。"
        let second = try readFact(text, 27, date: "2025-07-08")
        #expect(second.holder == "西湖区" && second.measure == "上市公司数")
        let first = try readFact(text, 31, date: "2025-07-08")
        #expect(first.holder == "上城区" && first.measure == "上市公司数")
        // (Zones listed, the last named after its place: no item is split, the zone is the last.)
        let zones = "某甲经济开发区、某乙高新区、三亚某湾科技城分别签约项目8个、6个和5个。"
        #expect(try readFact(zones, 5, date: "2025-06-27").holder == "三亚某湾科技城")
    }

    @Test func projectsOfAnIndustryAreAClassThePlaceCounts() throws {
        let text = "全市本季度签约项目58个，其中新能源汽车产业项目21个。"
        let class_ = try readFact(text, 21, date: "2025-04-10")
        #expect(class_.holder == "全市" && class_.measure == "新能源汽车产业项目数")
        // (So are projects of a kind of work: 基础设施项目, 民生项目.)
        let kinds = try readFact("1-9月，全区产业项目完成投资61.3亿元；基础设施项目完成投资27.5亿元。", 27.5e8, date: "2025-10-10")
        #expect(kinds.holder == "全区" && kinds.measure == "基础设施项目投资")
    }

    @Test func aShortHeadingOfWordsAloneIsNoSubject() throws {
        let text = "某某科技2024年业绩稳步增长\n4月18日，某某科技股份有限公司发布年报。\n订单结构持续优化\n2024年，公司实现出口收入12.6亿元。"
        // (A narrow column's first line, before one that goes on with words, is no heading.)
        let column = "4月18日，某某科技股份有限公司发布年报。\n全市规模以上工业增加值\n同比增长6.1%。"
        #expect(try readFact(text, 1_260_000_000, date: "2025-04-20").holder == "某某科技股份有限公司")
        #expect(try readFact(column, 6.1, date: "2025-04-20").measure == "规模以上工业增加值")
    }

    @Test func aFirmNamedAfterWhatItIsHoldsItsFigures() throws {
        let text = "2024年，某市智能装备产业集群实现产值812.3亿元。链主企业远帆智能全年工业机器人产量3.1万台，增长18.2%。"
        let output = try readFact(text, 31_000, date: "2025-02-10")
        #expect(output.holder == "远帆智能" && output.measure == "工业机器人产量")
        #expect(try readFact(text, 18.2, date: "2025-02-10").holder == "远帆智能")
        // A registered name written after its kind is named without it.
        let report = "3月20日，新能源链主企业青禾动力股份有限公司发布年报。报告期内，公司实现营业收入96.4亿元。"
        #expect(try readFact(report, 9_640_000_000, date: "2025-03-21").holder == "青禾动力股份有限公司")
    }

    @Test func aProductAfterTheFirmHoldsForItsClauseOnly() throws {
        let text = "青禾动力股份有限公司发布年报。公司电池包全年销量12.4万套，同比增长9.6%；海外业务收入18.2亿元，同比增长30.1%。"
        let growth = try readFact(text, 9.6, date: "2025-03-21")
        #expect(growth.holder == "青禾动力股份有限公司" && growth.measure == "电池包销量")
        let overseas = try readFact(text, 1_820_000_000, date: "2025-03-21")
        #expect(overseas.holder == "青禾动力股份有限公司" && overseas.measure == "海外业务收入")
    }

    @Test func aFirmsLeadingProductIsMeasuredOfTheFirm() throws {
        let text = "此次入选的某江阀门股份有限公司，主导产品超低温球阀2024年国内市场占有率达到21.4%，居全国第一位。"
        let share = try readFact(text, 21.4, date: "2025-03-01")
        #expect(share.holder == "某江阀门股份有限公司" && share.measure == "超低温球阀国内市场占有率")
        #expect(try readFact(text, 1, date: "2025-03-01").holder == "某江阀门股份有限公司")
    }

    @Test func aZonesKindAloneIsTheZoneTheDocumentNames() throws {
        let text = "某州经济技术开发区2025年上半年经济运行情况\n上半年，经开区新签约项目18个；开发区规模以上工业总产值增长7.2%。"
        #expect(try readFact(text, 18, date: "2025-07-20").holder == "某州经济技术开发区")
        #expect(try readFact(text, 7.2, date: "2025-07-20").holder == "某州经济技术开发区")
        // (Before a measure no word of which would part a place from it: 开发区固定资产投资.)
        let investment = try readFact(text + "开发区固定资产投资增长4.4%。", 4.4, date: "2025-07-20")
        #expect(investment.holder == "某州经济技术开发区" && investment.measure == "固定资产投资")
        let newArea = "宁川新区举行项目推介会\n今年以来，新区新开工项目26个。"
        #expect(try readFact(newArea, 26, date: "2025-06-20").holder == "宁川新区")
        // Its short name with its place below a title that names it in full is it (docs/FACTS.md); a zone of another
        // kind is not the one named.
        let other = "某州经济技术开发区2025年上半年经济运行情况\n上半年，某州经开区新增企业41家，高新区新增企业12家。"
        #expect(try readFact(other, 41, date: "2025-07-20").holder == "某州经济技术开发区")
        #expect(try readFact(other, 12, date: "2025-07-20").holder == "高新区")
    }

    @Test func aTablesCaptionNamingAZoneHoldsItsRowsAndARateIsOfTheWholeRow() throws {
        let text = "表2　2025年1-6月湘潭高新技术产业开发区主要经济指标\n（单位：亿元，%）\n指标\t1-6月\t同比增长\n规模以上工业总产值\t318.6\t7.7\n固定资产投资\t92.4\t4.1"
        let output = try readFact(text, 7.7, date: "2025-07-20")
        #expect(output.holder == "湘潭高新技术产业开发区" && output.measure == "规模以上工业总产值" && output.kind == .change)
        #expect(try readFact(text, 4.1, date: "2025-07-20").measure == "固定资产投资")
    }

    @Test func anEventsCountsAreOfItsDayAfterANewsByline() throws {
        let text = "某江日报讯（记者 王一）6月12日，某江新区举行2025年第二季度重大项目集中签约活动，现场签约项目14个，总投资228.6亿元。"
        let signed = try readFact(text, 14, date: "2025-06-13")
        #expect(signed.period == Period(start: "2025-06-12", end: "2025-06-12") && signed.measure == "签约项目数")
        let online = "某江新闻网讯 6月12日，某江新区举行2025年第二季度重大项目集中签约活动，现场签约项目14个。"
        #expect(try readFact(online, 14, date: "2025-06-13").period == Period(start: "2025-06-12", end: "2025-06-12"))
        // Below a title that names the quarter: the byline's line is a paragraph of its own.
        let titled = "某江新区举行第二季度重大项目集中签约活动\n" + online
        #expect(try readFact(titled, 14, date: "2025-06-13").period == Period(start: "2025-06-12", end: "2025-06-12"))
        // (A county's media centre files its news too: 融媒体中心讯.)
        let county = "某县融媒体中心讯（记者 李二）6月12日，某县在苏州举办2025年新材料产业合作对接会，现场签约项目11个。"
        #expect(try readFact(county, 11, date: "2025-06-13").period == Period(start: "2025-06-12", end: "2025-06-12"))
        // (A site online files its news too, 中安在线讯, and a paper's app or news site, 客户端讯, 新闻讯, APP讯: the fair's count
        // after it is of its day.)
        let site = "中安在线讯　9月17日，第三届某某新能源汽车产业博览会在某城开幕。本届博览会参展企业386家。"
        #expect(try readFact(site, 386, date: "2021-09-18").period == Period(start: "2021-09-17", end: "2021-09-17"))
        for byline in ["极目新闻讯", "新湖南APP讯"] {
            let app = site.replacingOccurrences(of: "中安在线讯", with: byline)
            #expect(try readFact(app, 386, date: "2021-09-18").period == Period(start: "2021-09-17", end: "2021-09-17"))
        }
    }

    @Test func aListsCountsAreOfTheDayItWasPublished() throws {
        let text = "3月6日，某省工业和信息化厅公布2024年度省级专精特新中小企业名单，某市共有72家企业入选。至此，全市省级专精特新中小企业累计达到618家。"
        #expect(try readFact(text, 72, date: "2025-03-08").period == Period(start: "2025-03-06", end: "2025-03-06"))
        #expect(try readFact(text, 618, date: "2025-03-08").period == .asOf("2025-03-06"))
    }

    @Test func goodsExportedAfterTheirSalesAreTheGoodsExports() throws {
        let text = "前三季度，公司实现挖掘机销量2.6万台，增长12.4%，其中出口0.9万台，增长31.2%。"
        let exported = try readFact(text, 9_000, date: "2024-10-18")
        #expect(exported.measure == "挖掘机出口量")
        #expect(try readFact(text, 31.2, date: "2024-10-18").measure == "挖掘机出口量")
    }

    @Test func aBaseBuiltByAFirmHoldsItsAccounts() throws {
        let text = "10月9日，某某新材料华南基地建成投产。该基地由某某新材料股份有限公司投资建设，总投资28亿元。"
        #expect(try readFact(text, 2_800_000_000, date: "2024-10-10").holder == "某某新材料华南基地")
    }

    @Test func aFairsDayHoldsForTheSentencesAfterIt() throws {
        let text = "4月16日，第二届某某数字经济招商推介会在某城举办。本届推介会共签约项目29个。"
        #expect(try readFact(text, 29, date: "2025-04-17").period == Period(start: "2025-04-16", end: "2025-04-16"))
    }

    @Test func aProjectBuiltByAFirmIsWhatItsGenericNameStandsFor() throws {
        let text = "8月12日，由某某硅材料有限公司投资建设的高纯硅二期项目建成投产。该项目总投资46亿元。"
        #expect(try readFact(text, 4_600_000_000, date: "2025-08-13").holder == "高纯硅二期项目")
        // (A phase of it is measured of it: 一期总投资.)
        let phase = try readFact("4月2日，某某电驱动系统项目开工。该项目总投资52亿元，一期总投资19亿元。", 19e8, date: "2025-04-03")
        #expect(phase.holder == "某某电驱动系统项目" && phase.measure == "一期总投资")
    }

    @Test func aPartOfWhatWasSignedAfterItsOwnClauseIsSignedInThePeriod() throws {
        let text = "1-8月，全省新签约项目226个；其中，外资项目41个，合同外资额2.7亿美元。\n\n表1　2025年1-8月各市县新签约项目数（个）\n儋州市　29\n琼海市　18"
        #expect(try readFact(text, 41, date: "2025-09-15").period == Period(start: "2025-01-01", end: "2025-08-31"))
        #expect(try readFact(text, 270_000_000, date: "2025-09-15").measure == "合同外资额")
        let row = try readFact(text, 29, date: "2025-09-15")
        #expect(row.holder == "儋州市" && row.measure == "新签约项目数")
    }

    @Test func aNewspapersBylineHoldsNothing() throws {
        let text = "云南日报讯（记者 某某）7月9日，上半年，签约产业项目31个。"
        #expect(try readFact(text, 31, date: "2025-07-10").holder == nil)
    }

    @Test func aNewAreasGenericNameIsTheNewArea() throws {
        let text = "记者从某江新区管委会获悉，前三季度，新区新签约产业项目26个。"
        let signed = try readFact(text, 26, date: "2025-07-10")
        #expect(signed.holder == "某江新区" && signed.measure == "新签约产业项目数")
    }

    @Test func aZoneNamedWithoutItsPlaceInTheTitleIsTheZoneInFull() throws {
        let text = "某湾科技城一季度项目建设提速\n\n记者从三亚某湾科技城管理局获悉，今年一季度，园区签约落地项目38个。"
        #expect(try readFact(text, 38, date: "2025-07-08").holder == "三亚某湾科技城")
    }

    @Test func aFairsTimeStandsForTheFairNamedBefore() throws {
        let text = "5月9日至10日，第三届中国（某州）智能装备产业招商推介会举行。推介会期间，共签约项目36个，签约总金额达218.4亿元。"
        let signed = try readFact(text, 36, date: "2025-05-11")
        #expect(signed.holder == "第三届中国某州智能装备产业招商推介会" && signed.measure == "签约项目数")
    }

    @Test func aRankingsCountsAreOfItsDayAndItsRanksOfItsYear() throws {
        let text = "9月12日，某行业协会在杭州发布2025某省装备制造业百强企业榜单。\n\n从地区看，宁波市上榜21家，温州市9家，湖州市、嘉兴市各4家。\n\n从排名看，某某重工集团有限公司位列第3位。"
        let day = Period(start: "2025-09-12", end: "2025-09-12")
        #expect(try readFact(text, 21, date: "2025-09-13").period == day)
        let each = try readFact(text, 4, date: "2025-09-13")  // (各 right before the figure: each place's, of the measure before)
        #expect(each.holder == "湖州市" && each.measure == "上榜企业数" && each.period == day)
        #expect(try readFact(text, 3, date: "2025-09-13").period == .year(2025))
    }

    @Test func anIndustrialParkZoneIsAListsItem() throws {
        let text = "从板块看，某山市上榜3家，某某工业园区、某江区各上榜1家。"
        let park = try readFact(text, 1, date: "2025-11-28")
        #expect(park.holder == "某某工业园区" && park.measure == "上榜企业数")
    }

    @Test func aReportersVisitIsNoPartOfAName() throws {
        let text = "5月9日，记者走进某川精密机械股份有限公司装配车间。一季度，公司数控机床产量1260台。"
        #expect(try readFact(text, 1260, date: "2025-05-10").holder == "某川精密机械股份有限公司")
    }

    @Test func theFirmsOfficerSpeaksForTheFirmNamedBefore() throws {
        let text = "某川精密机械有限公司的车间里，产线满负荷运转。公司总经理李明介绍，公司目前拥有授权专利88项。"
        #expect(try readFact(text, 88, date: "2025-05-10").holder == "某川精密机械有限公司")
        // A time reached (排产至7月) names no firm.
        let orders = "某川精密机械有限公司发布公告。公司在手订单金额达12.4亿元，部分订单已排产至7月。一季度，公司数控机床产量1260台。"
        #expect(try readFact(orders, 1260, date: "2025-05-10").holder == "某川精密机械有限公司")
    }

    @Test func aProjectBeingBuiltIsNamedWithoutTheVerb() throws {
        let text = "某川精密机械有限公司召开年会。公司正在建设某川高端数控机床产业园项目，该项目总投资8.2亿元。"
        #expect(try readFact(text, 820_000_000, date: "2025-05-10").holder == "某川高端数控机床产业园项目")
    }

    @Test func aProjectSignedWithAFirmIsWhatTheProjectStandsFor() throws {
        let text = "其中，某光伏电池片项目总投资52亿元，达产后年产值预计超过70亿元；新区还与某川数智科技有限公司签约建设西部算力中心项目，该项目总投资21.5亿元。"
        let investment = try readFact(text, 2_150_000_000, date: "2025-09-27")
        // (The forecast of the project before, after 达产后, stays in its clause.)
        #expect(investment.holder == "西部算力中心项目" && investment.kind == .level)
        // (A verb of building inside a project's name stays in it.)
        let inside = try readFact("某川市政配套设施建设及运营一体化项目总投资12亿元。", 1_200_000_000, date: "2025-09-27")
        #expect(inside.holder == "某川市政配套设施建设及运营一体化项目")
        let built = "某川数智科技有限公司投资建设东部数据中心项目。该项目总投资8.6亿元。"
        #expect(try readFact(built, 860_000_000, date: "2025-09-27").holder == "东部数据中心项目")
        // A project named before its builder after ； holds its own investment, not the project before it.
        let two = "其中，某芯功率器件封测项目总投资48亿元，达产后可实现年产值65亿元；某恒智能装备生产基地项目由某恒机器人股份有限公司投资建设，总投资19.6亿元。"
        #expect(try readFact(two, 1_960_000_000, date: "2025-06-20").holder == "某恒智能装备生产基地项目")
        // (What happened to the project on a day names no firm: 公司 after it is still the firm.)
        let started = "某川数智科技有限公司发布年报。该项目已于今年3月开工。力争到2027年，公司营业收入突破30亿元。"
        #expect(try readFact(started, 3_000_000_000, date: "2025-03-01").holder == "某川数智科技有限公司")
    }

    @Test func changesListedWithSeparatelyKeepWhatHappened() throws {
        let text = "今年以来，全市已累计签约亿元以上项目183个，总投资1208.6亿元，同比分别增长10.8%和7.5%。"
        let growth = try readFact(text, 10.8, date: "2025-06-19")
        #expect(growth.measure == "签约亿元以上项目数" && growth.basis == "同比")
        #expect(try readFact(text, 7.5, date: "2025-06-19").measure == "总投资")
    }

    @Test func aClassOfProjectsCountedInAListIsTheMeasures() throws {
        let text = "分县区看，某川县、某源区分别有重点项目41个、37个。"
        #expect(try readFact(text, 37, date: "2025-02-18").measure == "重点项目数")
    }

    @Test func aShareOfThePlanDoneIsAShareOfTheMeasure() throws {
        let text = "1-5月，全市重点项目完成投资318.4亿元，同比增长9.2%，完成年度计划的44.7%。"
        let done = try readFact(text, 44.7, date: "2025-06-12")
        #expect(done.kind == .share && done.measure == "重点项目投资" && done.basis == "年度计划")
        // 全年 in the plan's name dates nothing, and 目标 there is no goal.
        let written = try readFact("1-5月，全市工业投资完成全年目标任务的43.1%。", 43.1, date: "2025-06-12")
        #expect(written.kind == .share && written.measure == "工业投资" && written.period == Period(start: "2025-01-01", end: "2025-05-31"))
        // (A plan named with its measure, after 已: 已完成全年交付目标的38.2%.)
        let named = try readFact("1-5月，公司累计交付新车9.6万辆，已完成全年交付目标的38.2%。", 38.2, date: "2025-06-02")
        #expect(named.kind == .share && named.basis == "全年交付目标" && named.measure == "新车交付量")
        #expect(named.period == Period(start: "2025-01-01", end: "2025-05-31"))
        // A plan to be done is still a goal.
        #expect(try readFact("2025年，全市确保完成年度计划投资120亿元。", 12_000_000_000, date: "2025-03-01").kind == .target)
    }

    @Test func aFairNamedInASentenceWithoutFiguresHoldsTheFiguresOfThisEdition() throws {
        let text = "9月2日至4日，第三届中国（某州）智能传感器博览会在某州会展中心举办。本届博览会吸引参展企业320家。"
        let exhibitors = try readFact(text, 320, date: "2025-09-05")
        #expect(exhibitors.holder == "第三届中国某州智能传感器博览会" && exhibitors.measure == "参展企业数")
        // A fair is remembered for twelve sentences after it was last named or stood for, not for the rest of a long text.
        let fair = "第三届中国（某州）智能传感器博览会在某州会展中心举办。"
        let near = fair + String(repeating: "各方代表进行了交流。", count: 11) + "本届博览会签约项目26个。"
        #expect(try readFact(near, 26, date: "2025-09-05").holder == "第三届中国某州智能传感器博览会")
        let far = fair + String(repeating: "各方代表进行了交流。", count: 13) + "本届博览会签约项目26个。"
        #expect(try readFact(far, 26, date: "2025-09-05").holder != "第三届中国某州智能传感器博览会")
    }

    @Test func citiesCountedAreNoPlace() throws {
        let text = "目前，某某国际机场共开通航线150条，通航城市96个。"
        let cities = try readFact(text, 96, date: "2025-04-08")
        #expect(cities.measure == "通航城市数" && cities.holder == "某某国际机场")
        // A city whose name has 城 in it is still one.
        #expect(try readFact("2024年，盐城市规上工业增加值增长7.1%。", 7.1, date: "2025-02-01").holder == "盐城市")
    }

    @Test func aBylineLineAndAnInterviewNameNoFirm() throws {
        let text = "——访某江精工机械有限公司总经理李明\n某江日报记者　王一\n某江精工机械有限公司是经开区的骨干企业。近日，记者专访了公司总经理李明。\n记者：过去一年公司经营如何？\n李明：2024年，公司实现产值18.6亿元。"
        #expect(try readFact(text, 1_860_000_000, date: "2025-03-01").holder == "某江精工机械有限公司")
    }

    @Test func aZonesParksAreTheZoneAndItsKindBeforeAnIndustryIsAGenericPlace() throws {
        let report = "湘潭高新区2025年上半年园区运行情况通报\n上半年，园区实现规上工业总产值386.2亿元。"
        #expect(try readFact(report, 38_620_000_000, date: "2025-07-20").holder == "湘潭高新区")
        let industry = try readFact("1-8月，高新区新型显示产业实现产值868.2亿元。", 86_820_000_000, date: "2025-09-09")
        #expect(industry.holder == "新型显示产业")
    }

    @Test func aPromotionMeetingIsAFairOnlyWithItsEdition() throws {
        let fair = "第二届中国（某州）新材料产业招商推介会在某州举办。本届推介会共签约项目28个。"
        #expect(try readFact(fair, 28, date: "2025-09-09").holder == "第二届中国某州新材料产业招商推介会")
        let held = try readFact("日前，某川县在上海举办新能源汽车产业招商推介会，现场签约项目19个。", 19, date: "2025-09-09")
        #expect(held.holder == "某川县")
    }

    @Test func aParkVisitedWhereItLiesHoldsItsFigures() throws {
        let text = "向天空要空间　嘉定一园区“工业上楼”跑出加速度\n来源：上海嘉定　2025-10-28\n走进位于嘉定区马陆镇的云岭智造产业园，高层厂房拔地而起。截至9月底，园区已建成标准厂房32.6万平方米。"
        #expect(try readFact(text, 326_000, date: "2025-10-28").holder == "云岭智造产业园")
        // The kind of park it is said to be (是…的特色园区) names no park.
        let said = "6月运营月报\n运营中心　2025-07-05\n坐落于江岸区的青禾智谷产业园是以生物医药为特色的专业园区。1-6月，园区实现营业收入12.3亿元。"
        #expect(try readFact(said, 1_230_000_000, date: "2025-07-10").holder == "青禾智谷产业园")
    }

    @Test func aNamedFirmsOfficerSpeaksForItAndAChangesStartIsDatedApart() throws {
        let text = "链主企业华晶光显与一批本地配套企业签订采购协议。华晶光显相关负责人介绍，今年以来公司本地采购额达到98.6亿元，本地采购率由去年的36%提升至44%。"
        let bought = try readFact(text, 9_860_000_000, date: "2025-09-09")
        #expect(bought.holder == "华晶光显" && bought.measure == "本地采购额")
        #expect(try readFact(text, 36, date: "2025-09-09").period == Period(start: "2024-01-01", end: "2024-12-31"))
        #expect(try readFact(text, 44, date: "2025-09-09").period == Period(start: "2025-01-01", end: "2025-09-30"))
        // 从…开始 then a figure reached (达到) is no change from the period's figure: the period holds.
        let since = try readFact("从2024年开始，某川数智科技有限公司产值达到50亿元。", 5_000_000_000, date: "2025-07-01")
        #expect(since.period == Period(start: "2024-01-01", end: "2024-12-31"))
        // 截至 before a firm's name dates, it names no time reached.
        let orders = try readFact("华晶光显截至6月底在手订单金额86亿元。公司营业收入40亿元。", 4_000_000_000, date: "2025-07-01")
        #expect(orders.holder == "华晶光显")
    }

    @Test func aTradesLeaderIsTheFirmNamedAfterIt() throws {
        let text = "另一工程机械龙头北岳重科5月销量3120台，同比增长15.3%。"
        let sold = try readFact(text, 3120, date: "2025-06-03")
        #expect(sold.holder == "北岳重科" && sold.measure == "销量")
        #expect(try readFact("工程机械龙头北岳重科销量3120台。", 3120, date: "2025-06-03").holder == "北岳重科")
        // (Not a kind of firm or project after 龙头.)
        #expect(try readFact("全市龙头工业企业达56家。", 56, date: "2025-06-03").holder == "全市")
        #expect(try readFact("全区龙头型项目15个。", 15, date: "2025-06-03").holder == "全区")
        // (What a firm was founded in, and what a cause's clause names, are no holder.)
        #expect(try readFact("北岳重科成立于2006年，2024年实现营业收入8.1亿元。", 8.1e8, date: "2025-06-03").holder == "北岳重科")
        let cause = "某某光伏科技股份有限公司发布三季报。受硅料价格自年初以来持续下跌影响，公司组件出货量7.6吉瓦。"
        #expect(try readFact(cause, 7.6, date: "2025-10-30").holder == "某某光伏科技股份有限公司")
        #expect(try readFact("受访企业营业收入增长8.2%。", 8.2, date: "2025-10-30").holder == "受访企业")  // (受访 is a word)
        // (…nor part of the measure, written after the holder: 医药制造业受集采降价影响下降2.4% grows in 增加值.)
        let industries = "前5个月全市规上工业增加值增长6.6%。其中，纺织业增长4.1%，医药制造业受集采降价影响下降2.4%。"
        let drug = try readFact(industries, 2.4, date: "2025-06-20")
        #expect(drug.holder == "医药制造业" && drug.measure == "增加值" && drug.direction == "down")
    }

    @Test func aShortNameIsTheRegisteredFirmNamedBeforeAPlantWasNamed() throws {
        let text = "某某电源股份有限公司今天公布去年财报。某某电源越南第二厂已于去年完工，预计今年量产。某某电源3月合并营收为新台币85.2亿元，年增9.1%。"
        let fact = try readFact(text, 85.2e8, date: "2025-04-08")
        #expect(fact.holder == "某某电源股份有限公司" && fact.holderWritten == "某某电源" && fact.measure == "合并营收")
        // (Three registered names are kept, each for 40 sentences after it was named.)
        let firms = ["某某电源股份有限公司", "某乙光电股份有限公司", "某丙精工股份有限公司", "某丁材料股份有限公司"].map { $0 + "今天公布去年财报。" }.joined()
        #expect(try readFact(firms + "某乙光电3月营收9.1亿元。", 9.1e8, date: "2025-04-08").holder == "某乙光电股份有限公司")
        #expect(try readFact(firms + "某某电源3月营收9.1亿元。", 9.1e8, date: "2025-04-08").holder == "某某电源")
        let plant = "某某电源越南第二厂已于去年完工。某某电源3月营收9.1亿元。"
        #expect(try readFact("某某电源股份有限公司今天公布去年财报。" + plant, 9.1e8, date: "2025-04-08").holder == "某某电源股份有限公司")
        let later = String(repeating: "园区道路平整。", count: 41)
        #expect(try readFact("某某电源股份有限公司今天公布去年财报。" + later + plant, 9.1e8, date: "2025-04-08").holder == "某某电源")
        // (A short name of no firm the text named in full stays as written.)
        #expect(try readFact("某某电源3月合并营收为新台币85.2亿元。", 85.2e8, date: "2025-04-08").holder == "某某电源")
    }

    @Test func aFirmsAccountsOfAProductOrNoneNamedAreTheFirmsInItsNews() throws {
        let text = "某某精密工业股份有限公司昨日公布第3季财报。分产品看，光学镜头营收52.6亿元，年增18%。配息率约65%。"
        let product = try readFact(text, 52.6e8, date: "2025-10-20")
        #expect(product.holder == "某某精密工业股份有限公司" && product.measure == "光学镜头营收")
        #expect(try readFact(text, 18, date: "2025-10-20").measure == "光学镜头营收")
        #expect(try readFact(text, 65, date: "2025-10-20").holder == "某某精密工业股份有限公司")
        // (Its short name before a verb that is a measure's word too, 投资, is the firm as written.)
        let invested = try readFact("常州某某液压科技有限公司一季度产值3.2亿元。2024年，某某液压投资1.8亿元实施技改。", 1.8e8, date: "2025-04-09")
        #expect(invested.holder == "常州某某液压科技有限公司" && invested.holderWritten == "某某液压" && invested.measure == "投资")
        // (Not a figure after another's in its sentence: the cluster's second count is no firm's.)
        let cluster = "柳州市工程机械产业集群发展报告\n2024年，柳州某某重工股份有限公司实现营业收入41亿元。年末集群拥有技术中心41家，高新技术企业263家。"
        // (The cluster would be right; the sentence's second count is no one's for now.)
        #expect(try readFact(cluster, 263, date: "2025-03-01").holder == nil)
        // (Nor a figure after a place's, though a firm was named before it: 全社会用电量 is no firm's.)
        let bulletin = "2024年，某某科技股份有限公司实现营业收入12亿元。全市规上工业增加值同比增长4.9%，全社会用电量增长8.2%。"
        #expect(try readFact(bulletin, 8.2, date: "2025-02-10").holder != "某某科技股份有限公司")
        // (With no firm named, a product's figure has no firm to be of, and the product is still no holder.)
        let alone = try readFact("分产品看，光学镜头营收52.6亿元。", 52.6e8, date: "2025-10-20")
        #expect(alone.holder == nil && alone.measure == "光学镜头营收")
    }

    @Test func whereAndHowAFirmGotWhatIsMeasuredIsNoPartOfIt() throws {
        let text = "今年以来，公司在东南亚市场销量达1.2万辆，获得授权专利56项，确认政府补助2300万元；全区在建项目32个，在用特种设备41台。"
        #expect(try readFact(text, 1.2e4, date: "2025-10-20").measure == "东南亚市场销量")
        #expect(try readFact(text, 56, date: "2025-10-20").measure == "授权专利数")
        #expect(try readFact(text, 2300e4, date: "2025-10-20").measure == "政府补助")
        #expect(try readFact(text, 32, date: "2025-10-20").measure == "在建项目数")
        #expect(try readFact(text, 41, date: "2025-10-20").measure == "在用特种设备")
        #expect(try readFact("本期末货币资金余额3.2亿元。", 3.2e8, date: "2025-10-20").measure == "本期末货币资金余额")
    }

    @Test func aWiresBylineAndAShortNameWrittenInsideTheRegisteredOne() throws {
        let text = """
            远航海洋接单创新高
            新华社南通3月5日电（记者 李明）记者5日从南通远航海洋重工股份有限公司获悉，1-2月，公司新接订单12艘、共计86万载重吨。
            截至2月底，远航海洋手持订单达到64艘，订单排期已至2028年。新船坞启用后，将有效缓解公司产能不足。公司力争2027年营业收入突破120亿元。
            """
        let firm = "南通远航海洋重工股份有限公司", date = "2025-03-06"
        #expect(try readFact(text, 12, date: date).holder == firm)  // (neither the byline's place nor the day 从 follows)
        let tonnage = try readFact(text, 860_000, date: date)
        #expect(tonnage.measure == "新接订单量" && tonnage.holder == firm)  // (the orders counted again, in their size)
        let inHand = try readFact(text, 64, date: date)
        #expect(inHand.holder == firm && inHand.measure == "手持订单数")
        #expect(try readFact(text, 120e8, date: date).holder == firm)  // (缓解公司 names no firm)
    }

    @Test func aVerbOfGoodsAloneAndAFirmsSideSpeaking() throws {
        let text = "多家车企公布9月交付数据。北辰汽车9月交付2.6万辆，环比下降4.1%。北辰汽车方面回应称，预计10月交付量将恢复至3万辆以上。"
        let date = "2025-10-02"
        #expect(try readFact(text, 26_000, date: date).measure == "交付量")
        let expected = try readFact(text, 30_000, date: date)
        #expect(expected.holder == "北辰汽车" && expected.measure == "交付量" && expected.kind == .forecast)
    }

    @Test func aWiresDatelineAReportersDayAndAPlanNameNoFirm() throws {
        let wire = """
            星河汽车半年报：营收稳步增长
            某某社芜湖8月27日电　星河汽车股份有限公司（下称“星河汽车”）27日晚间发布半年报。报告期内，星河汽车营业收入215.3亿元。
            首批出口车型计划于今年10月交付。去年全年，公司研发投入18.2亿元。
            """
        #expect(try readFact(wire, 215.3e8, date: "2025-08-28").holder == "星河汽车股份有限公司")  // (not 某某社芜湖)
        #expect(try readFact(wire, 18.2e8, date: "2025-08-28").holder == "星河汽车股份有限公司")  // (not 首批出口车型)
        // (A title with no end, run into a reporter's day: the firm is the one the reporter heard from.)
        let title = "宁远重卡产销两旺　出口持续放量\n记者3月4日从宁远重型汽车集团有限公司获悉，1-2月，公司销售重卡1.2万辆。"
        #expect(try readFact(title, 12_000, date: "2025-03-05").holder == "宁远重型汽车集团有限公司")
        // (龙港 is a place, 电气 no dateline.)
        let ranked = "东海黄金集团有限公司排在第171位；龙港电气股份有限公司本次新进，位列第432位。"
        #expect(try readFact(ranked, 432, date: "2025-09-01").holder == "龙港电气股份有限公司")
    }

    @Test func listedFirmsOfATradeAKindBeforeANameAndAPayoutsHolder() throws {
        let text = """
            截至4月20日，全市装备制造业上市公司2024年营业收入合计862.5亿元。光伏组件企业江南光能股份有限公司营业收入下降8.4%至96.5亿元。\
            龙湖电池股份有限公司合计派发现金红利6.6亿元，占归母净利润的35.2%。
            """
        let date = "2025-04-25"
        let listed = try readFact(text, 862.5e8, date: date)
        #expect(listed.holder == "全市" && listed.measure == "装备制造业上市公司营业收入")
        #expect(try readFact(text, 96.5e8, date: date).holder == "江南光能股份有限公司")
        let payout = try readFact(text, 35.2, date: date)
        #expect(payout.holder == "龙湖电池股份有限公司" && payout.kind == .share)
    }

    @Test func namesThatHoldAKindOfFirmADatelinesWordsOrAVerb() throws {
        // (企业 of a name's own, 日电 and 电广 of a name, 提升 inside one: none of the rules for what comes before a name cuts them.)
        for firm in ["中华企业股份有限公司", "北京某某企业管理有限公司", "浙江红日电气股份有限公司", "湖南电广传媒股份有限公司", "江苏某某提升机有限公司"] {
            #expect(try readFact(firm + "营业收入12.5亿元。", 12.5e8, date: "2025-09-10").holder == firm)
        }
    }

    @Test func aPartAfterAComparisonIsTheHoldersNotThePlaceComparedWith() throws {
        let text = "前8个月全市规上工业增加值增长6.8%，高于全省（5.2%）。其中，8月当月增长7.5%。"
        #expect(try readFact(text, 7.5, date: "2025-09-10").holder == "全市")
    }
}

/// Indicators of a place's firms: rates named after the firms they are among, and changes listed with 分别.
@Suite struct IndicatorRatesTests {
    @Test func aRateAmongAKindOfFirmsIsNamedWhole() throws {
        let text = "截至一季度末，全市规模以上工业企业设备联网率达到58.2%，关键工序数控化率为62.7%，分别比上年末提高1.6个和2.1个百分点。"
        let rate = try readFact(text, 58.2, date: "2025-05-12")
        #expect(rate.measure == "规模以上工业企业设备联网率" && rate.holder == "全市")
        let first = try readFact(text, 1.6, date: "2025-05-12"), second = try readFact(text, 2.1, date: "2025-05-12")
        #expect(first.measure == "规模以上工业企业设备联网率" && second.measure == "关键工序数控化率")
        // The basis written once after 分别 is each change's.
        #expect(first.basis == "比上年末" && second.basis == "比上年末")
        // Chain indicators are measures of their own.
        let chain = try readFact("截至10月底，全市新型储能产业链完整度达到83.5%，本地采购率为41.2%。", 41.2, date: "2025-11-10")
        #expect(chain.measure == "本地采购率")
        #expect(try readFact("截至10月底，全市新型储能产业链完整度达到83.5%。", 83.5, date: "2025-11-10").measure == "新型储能产业链完整度")
        // …and a list of holders compared with gives each change its own.
        let gaps = "上半年，全区地区生产总值同比增长6.2%，增速分别高于全省、全市0.9个和0.3个百分点。"
        #expect(try readFact(gaps, 0.9, date: "2025-07-28").basis == "高于全省")
        #expect(try readFact(gaps, 0.3, date: "2025-07-28").basis == "高于全市")
    }

    @Test func whereAChangeStartsFromDatesItsOwnFigureAndNoLaterOne() throws {
        let text = "2025年上半年，公司境外客户销售额占比由上年同期的44.2%降至39.8%，新增量产车型21款。"
        let date = "2025-08-22"
        #expect(try readFact(text, 44.2, date: date).period == Period(start: "2024-01-01", end: "2024-06-30"))
        #expect(try readFact(text, 39.8, date: date).period == Period(start: "2025-01-01", end: "2025-06-30"))
        #expect(try readFact(text, 21, date: date).period == Period(start: "2025-01-01", end: "2025-06-30"))
        // (从上半年的情况看 frames what follows: no change starts there.)
        #expect(try readFact("从2024年的情况来看，全县规上工业总产值达到211亿元。", 2.11e10, date: "2025-02-01").period == .year(2024))
        let rate = try readFact("2022年全市规上工业增加值增速由一季度的-2.1%回升至全年的2.7%。", 2.1, date: "2023-02-01")
        #expect(rate.basis == nil && rate.period == Period(start: "2022-01-01", end: "2022-03-31"))
    }

    @Test func aSigningsPartiesAndItsTotalAreReadWhole() throws {
        let text = "今年以来高新区共签下项目44个，总签约额318亿元。9月3日，高新区同某某光学股份公司等企业签约项目9个，签约额57.2亿元。"
        let date = "2025-09-05"
        let total = try readFact(text, 3.18e10, date: date)
        #expect(total.measure == "总签约额" && total.holder == "高新区")
        #expect(try readFact(text, 44, date: date).holder == "高新区")
        let signed = try readFact(text, 9, date: date)
        #expect(signed.measure == "签约项目数" && signed.holder == "高新区")
        #expect(try readFact(text, 5.72e9, date: date).measure == "签约额")
    }

    @Test func whatAZoneDoesToItsParksNamesNoPark() throws {
        let text = "某塘开发区一季度简报\n一季度，株洲某塘经济开发区抓实“园区二次创业”，园区21个重点项目完成投资17.6亿元。"
        #expect(try readFact(text, 1.76e9, date: "2025-04-12").holder == "株洲某塘经济开发区")
    }

    @Test func aTitlesFigureStatedAgainBelowTakesItsHolder() throws {
        let text = "23个项目集中签约！蓬溪跑出招商加速度\n3月6日，蓬溪县举行春季招商项目签约会，现场签约项目23个。"
        let title = try #require(readFacts(text, date: "2025-03-07").first { $0.value == 23 && ($0.spans.first?.lowerBound ?? 99) < 5 })
        #expect(title.holder == "蓬溪县" && title.measure == "签约项目数")
    }
}
