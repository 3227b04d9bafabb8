import Testing
import ZhizaoCore

@testable import ReportReader

/// Posts of official accounts (公众号): pictographs and numbers before their points, bars in their titles, a firm's
/// own post whose points name no holder.
@Suite struct PostsTests {
    @Test func aPictographOrAKeycapIsABulletAndNoPartOfWhatFollows() throws {
        let text = """
            原创　某某机床　2025-08-20 19:30　浙江
            数读｜上半年经营情况
            📊 主要数据
            营业收入
            6.42亿元
            2️⃣ 新增授权专利37项，其中发明专利12项。
            """
        let revenue = try readFact(text, 642_000_000, date: "2025-08-20")
        #expect(revenue.measure == "营业收入" && revenue.holder == nil)
        #expect(try readFact(text, 37, date: "2025-08-20").measure == "新增授权专利数")
        // A block before a heading ends the line before it.
        let blocks = "利润总额：1.2亿元\n▌下一阶段\n预计全年营业收入增长15%。"
        #expect(try readFact(blocks, 1.2e8, date: "2025-08-20").measure == "利润总额")
        #expect(try readFact(blocks, 15, date: "2025-08-20").holder == nil)
    }

    @Test func aPostsNumberedPointsStandApartAndKeepTheirNumberOutOfTheMeasure() throws {
        let text = "【明年重点工作】\n01｜新培育专精特新企业不少于40家\n02｜力争工业投资增长10%以上\n"
        let firms = try readFact(text, 40, date: "2024-12-28")
        #expect(firms.measure == "新培育专精特新企业数" && firms.kind == .target)
        #expect(try readFact(text, 10, date: "2024-12-28").measure == "工业投资")
    }

    @Test func aBarPartsATitlesPhrasesAndAPlaceIsNoFirmsShortName() throws {
        let text = "好消息丨慈溪11家企业获评省级绿色工厂\n原创　慈溪经信　2025-03-02 18:00\n慈溪某某新材料有限公司等11家企业上榜。"
        let title = try #require(readFacts(text, date: "2025-03-02").first { $0.value == 11 && $0.spans.first?.lowerBound ?? 99 < 20 })
        #expect(title.holder?.hasPrefix("慈溪") == true && title.holder?.hasSuffix("公司") == false)
    }

    @Test func aGoalTheTextOnlyNamesMakesNoFigureAGoal() throws {
        let text = "今年以来，某某镇围绕“制造强镇”建设目标，抓项目、稳运行，上半年完成规上工业产值86.4亿元，同比增长7.1%。"
        let output = try readFact(text, 8.64e9, date: "2025-07-20")
        #expect(output.kind == .level && output.period == Period(start: "2025-01-01", end: "2025-06-30"))
        #expect(try readFact(text, 7.1, date: "2025-07-20").kind == .change)
    }

    @Test func theEventThatCountsAPoolIsNoHolderAndItsTotalIsAStock() throws {
        let text = "上半年，全区新增入库科技型中小企业52家，入库科技型中小企业总数已达430家。"
        let total = try readFact(text, 430, date: "2025-07-15")
        #expect(total.holder == "全区" && total.measure == "入库科技型中小企业总数" && total.period == .asOf("2025-06-30"))
    }

    @Test func aFirmsOwnPostHoldsWhatItsPointsNameNoHolderOf() throws {
        let text = """
            速览｜恒屿电气2025年半年报
            原创　恒屿电气　2025-08-26 08:00　江苏
            8月25日晚，江苏恒屿电气股份有限公司发布2025年半年度报告。
            ▸ 营业收入9.86亿元，同比增长14.2%。
            ▸ 归母净利润1.03亿元，同比增长9.7%。
            ▸ 研发投入0.52亿元，同比增长20.3%。
            ▸ 海外市场收入占比达到27%。
            ▸ 新增授权专利31项。
            """
        let date = "2025-08-26"
        #expect(try readFact(text, 27, date: date).holder == "江苏恒屿电气股份有限公司")  // (what it earned in a market)
        #expect(try readFact(text, 31, date: date).holder == "江苏恒屿电气股份有限公司")
        #expect(TextClues.subjectFirm(in: Array(text.unicodeScalars)) == Array("江苏恒屿电气股份有限公司".unicodeScalars))
        // A text that only names a firm in passing is not about it.
        let passing = "某某区上半年工业运行情况\n6月3日，某某区与江苏恒屿电气股份有限公司签约。"
        #expect(TextClues.subjectFirm(in: Array(passing.unicodeScalars)) == nil)
    }

    @Test func aLabelBeforeABareAmountIsWhatItMeasures() throws {
        #expect(try readFact("募集资金净额：6.5亿元", 6.5e8, date: "2025-06-30").measure == "募集资金净额")
    }

    @Test func aPointThatNamesAMeasureGoesOnWithTheFigureOnTheLinesBelow() throws {
        let text = """
            原创　某某经开区发布　2025-07-16 18:00
            【数说】上半年成绩单
            ▶ 全区规上工业总产值
            412.8亿元
            同比增长8.3%
            ▶ 全区规上工业增加值
            同比增长9.1%
            📈 主要亮点
            新签约项目27个
            """
        let date = "2025-07-16"
        #expect(try readFact(text, 41_280_000_000, date: date).measure == "规上工业总产值")
        #expect(try readFact(text, 8.3, date: date).measure == "规上工业总产值")
        #expect(try readFact(text, 9.1, date: date).measure == "规上工业增加值")
        // A point that only heads what follows ends at its line: no holder of it.
        let signed = try readFact(text, 27, date: date)
        #expect(signed.measure == "新签约项目数" && signed.holder?.contains("亮点") != true)
    }

    @Test func aPostAboutAParkOrAPlaceHoldsItsRowsThatNameNone() throws {
        let park = """
            一图读懂｜1—6月某某智能制造产业园经济运行情况
            原创　某某园区运营中心　2025年7月12日
            工业总产值：96.4亿元，同比增长7.5%
            新增入驻企业：18家
            """
        let date = "2025-07-12"
        #expect(try readFact(park, 9.64e9, date: date).holder == "某某智能制造产业园")
        #expect(try readFact(park, 18, date: date).holder == "某某智能制造产业园")
        let town = "数说｜泉港区某峰镇2024年工业经济成绩单\n原创　某峰发布　2025年2月8日\n全镇规上工业总产值286.1亿元。\n★ 新增规上工业企业12家"
        #expect(try readFact(town, 2.861e10, date: "2025-02-08").holder == "泉港区某峰镇")
        #expect(try readFact(town, 12, date: "2025-02-08").holder == "泉港区某峰镇")
        // A text that is no post (no byline of an account, no bar in its title) keeps what names no holder unheld.
        let bulletin = "1—6月某某智能制造产业园经济运行情况\n工业总产值：96.4亿元"
        #expect(try readFact(bulletin, 9.64e9, date: date).holder == nil)
    }

    @Test func aTownWithinItsCountyIsOnePlace() {
        #expect(FactShape.placeLength(Array("晋江市某埭镇规上工业总产值".unicodeScalars)) == 6)
        #expect(FactShape.placeLength(Array("吴中区某巷街道规上工业".unicodeScalars)) == 7)
        #expect(FactShape.placeLength(Array("晋江市乡镇企业".unicodeScalars)) == 3)  // (乡镇: no town's name)
        #expect(FactShape.placeLength(Array("某某县市场镇区人口".unicodeScalars)) == 3)  // (市场: none either)
    }

    @Test func aQuantityThatNamesItsVolumeKeepsIt() throws {
        #expect(try readFact("上半年，全市铁路集装箱发送量8.6万标箱。", 86_000, date: "2025-07-10").measure == "铁路集装箱发送量")
    }

    @Test func aBulletsItemStillWrapsOntoTheNextLineAndMarksInASentenceEndNothing() throws {
        let text = "● 全年完成工业投资\n86.2亿元，增长9.4%。\n● 全县实现规上工业增加值218.5亿元，同比增长\n7.3%。"
        #expect(try readFact(text, 8.62e9, date: "2025-02-10").measure == "工业投资")
        let growth = try readFact(text, 7.3, date: "2025-02-10")
        #expect(growth.kind == .change && growth.measure == "规上工业增加值")
        let marked = "今年以来，全区获评☆☆☆级园区2个，新增上市企业1家✓，实现税收收入22.4亿元。"
        #expect(try readFact(marked, 2.24e9, date: "2025-05-10").holder == "全区")
        #expect(try readFact(marked, 1, date: "2025-05-10").holder == "全区")
    }

    @Test func aPostsSubjectHoldsNoMarketsFigureNorAnotherPlacesAndATownNamesNoFirm() throws {
        let post = """
            数说｜某塘镇前三季度经济运行
            原创　某塘发布　2025-10-22
            某塘纺织集团有限公司等龙头企业满负荷生产。全镇规上工业产值186.2亿元。
            📌 新增规上企业9家。
            📌 纺织面料市场价格下降6%。
            📌 邻近的某溪镇完成规上工业产值98.6亿元。
            """
        let date = "2025-10-22"
        #expect(try readFact(post, 9, date: date).holder == "某塘镇")
        #expect(try readFact(post, 6, date: date).holder == nil)
        #expect(try readFact(post, 9.86e9, date: date).holder != "某塘镇")
    }

    @Test func aGoalTheSentenceSetsOutStillMakesItsFigureAGoal() throws {
        #expect(try readFact("实现上述目标，全市规上工业增加值要增长7%以上。", 7, date: "2025-02-01").kind == .target)
    }

    @Test func whatWasAddedIsCountedOverItsPeriodThoughCalledATotal() throws {
        let added = try readFact("2024年，全县新增市场主体总数5180户。", 5180, date: "2025-02-01")
        #expect(added.period == .year(2024))
    }

    @Test func whatAPlaceDoesBeforeAColonHoldsNothing() throws {
        let text = "某某区2025年政府工作报告\n2024年，我们攻坚克难，抓招商、上项目：签约重大项目52个，完成投资198.4亿元。"
        #expect(try readFact(text, 1.984e10, date: "2025-01-10").holder == "某某区")
        let signed = try readFact(text, 52, date: "2025-01-10")
        #expect(signed.holder == "某某区" && signed.measure == "签约重大项目数")
    }

    @Test func aCardsFigureAboveItsWordsIsMeasuredByThem() throws {
        let text = """
            青川：2025年上半年工业经济运行情况
            原创　青川发布　2025-07-18
            上半年，全县工业经济稳中有进。
            【数读上半年】
            01
            128.6亿元
            全县规上工业总产值，增长9.3%
            02
            86家
            全县规上工业企业数
            7.4%
            工业投资增速，居全市第三
            """
        let date = "2025-07-18"
        let output = try readFact(text, 1.286e10, date: date)
        #expect(output.measure == "规上工业总产值" && output.holder == "青川县" && output.holderWritten == "全县")
        #expect(try readFact(text, 9.3, date: date).measure == "规上工业总产值")
        let firms = try readFact(text, 86, date: date)
        #expect(firms.measure == "规上工业企业数" && firms.period == .asOf("2025-06-30"))
        #expect(try readFact(text, 7.4, date: date).measure == "工业投资")
        // The figure's span is where it is written, above its words.
        let written = Array(text.unicodeScalars)
        let span = try #require(output.spans.first)
        #expect(String(String.UnicodeScalarView(written[span])) == "128.6亿元")
    }

    @Test func aFigureBelowItsWordsOrInATablesColumnStaysWhereItIs() throws {
        // A row's label above its figure, and a table written one cell a line: no card.
        let rows = "主要指标\n规上工业增加值\n12.4%\n固定资产投资\n8.1%\n"
        #expect(try readFact(rows, 12.4, date: "2025-07-18").measure == "规上工业增加值")
        // A number whose line broke before its unit, and a list's rows after a colon, are no cards.
        let broken = "上半年，全市工业运行平稳。\n74\n个重点项目集中开工，总投资63亿元。"
        #expect(try readFact(broken, 74, date: "2025-07-18").measure == "开工重点项目数")
        let listed = "上半年全区工业稳定。其中：\n27家\n企业产值超亿元，合计产值58亿元。"
        #expect(try readFact(listed, 27, date: "2025-07-18").measure != "产值")
    }

    @Test func aCardsWordsMayQualifyItsFigureAndItsSpanCoversBoth() throws {
        let text = "上半年全市工业经济运行良好。\n600亿元\n全市规上工业营业收入首次突破，增长11%"
        let revenue = try readFact(text, 6e10, date: "2025-07-18")
        #expect(revenue.measure == "规上工业营业收入" && revenue.qualifier == .gt)
        let written = Array(text.unicodeScalars), span = try #require(revenue.spans.first)
        #expect(String(String.UnicodeScalarView(written[span])).hasPrefix("600亿元"))
    }

    @Test func aPointsNumberBeforeASpaceOpensAPointOfItsOwnAndTheirTallyIsNoFigure() throws {
        let text = "【三个亮点】\n01 新兴产业快于传统产业\n生物医药产业、新能源产业营收分别增长21.5%、8.8%。\n02 | 研发投入持续加码\n上半年研发投入2.15亿元。"
        let medicine = try readFact(text, 21.5, date: "2025-04-25")
        #expect(medicine.holder == "生物医药产业" && medicine.basis == nil)
        let research = try readFact(text, 2.15e8, date: "2025-04-25")
        #expect(research.measure == "研发投入" && research.holder == nil)
        // The heading that tells the points measures nothing.
        #expect(try readFacts(text, date: "2025-04-25").allSatisfy { $0.value != 3 })
    }

    @Test func aSymbolDrawnAsAnEmojiOpensACardToo() throws {
        let text = """
            🏭 2018年园区规上工业总产值
            286.4亿元
            ♻️ 2018年工业固体废物综合利用率
            96.3%
            """
        let rate = try readFact(text, 96.3, date: "2019-10-12")
        #expect(rate.measure == "工业固体废物综合利用率" && rate.kind == .level)
        // (☆ and ✓ are a sentence's marks, no card's: 获评☆☆☆☆级 keeps them its own.)
        #expect(!Words.postMarks.contains("☆") && !Words.postMarks.contains("✓"))
    }
}
