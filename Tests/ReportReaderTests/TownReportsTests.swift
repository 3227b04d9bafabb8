import Testing
import ZhizaoCore

@testable import ReportReader

/// Towns' and subdistricts' own news and posts: sections numbered in brackets, towns whose names end with 市, what is
/// counted among a frame's firms, the year's task done.
@Suite struct TownReportsTests {
    /// A town's monthly report on its key projects, a table aligned by spaces below its summary.
    static let projectsReport = """
        泗门镇2022年重点项目推进情况月报（10月）
        　　今年，全镇共实施市级以上重点项目12个，总投资86.4亿元。截至10月底，累计完成投资21.3亿元，投资完成率86.6%。
        项目名称                          总投资（亿元）    年度计划投资（亿元）    1-10月完成投资（亿元）    形象进度
        金泰电器智能小家电生产基地项目    12.0              4.5                     4.12                      主体结顶，设备进场
        泗门汽配产业园二期项目            8.6               3.2                     2.95                      标准厂房竣工验收
        """

    @Test func aTownsReportHoldsWhatNamesNoHolder() throws {
        let done = try readFact(Self.projectsReport, 21.3e8, date: "2022-11-08")
        #expect(done.holder == "泗门镇" && done.period == Period(start: "2022-01-01", end: "2022-10-31"))
        // (The rate of the plan done, after 截至10月底, is of the year so far too.)
        #expect(try readFact(Self.projectsReport, 86.6, date: "2022-11-08").period == Period(start: "2022-01-01", end: "2022-10-31"))
        // (A line opening with a generic word, 全镇2022年…, names no town.)
        let generic = Self.projectsReport.replacingOccurrences(of: "泗门镇2022年", with: "全镇2022年")
        #expect(try readFact(generic, 21.3e8, date: "2022-11-08").holder == nil)
    }

    @Test func aRowAlignedBySpacesMayEndWithWordsAndAComma() throws {
        let first = try readFact(Self.projectsReport, 4.12e8, date: "2022-11-08")
        #expect(first.holder == "金泰电器智能小家电生产基地项目" && first.measure == "完成投资")
        #expect(first.period == Period(start: "2022-01-01", end: "2022-10-31"))
        let plan = try readFact(Self.projectsReport, 4.5e8, date: "2022-11-08")
        #expect(plan.kind == .target && plan.measure == "年度计划投资" && plan.period == .year(2022))  // (the year's, after 截至10月底)
        #expect(try readFact(Self.projectsReport, 2.95e8, date: "2022-11-08").holder == "泗门汽配产业园二期项目")
    }

    @Test func aPostsNumberedSectionIsNoFigureAndNoMeasure() throws {
        let text = """
            原创　狮山发布　2024-01-22 18:06
            数说｜2023年狮山镇经济成绩单
            【01 经济总量】
            1268.4亿元
            全镇规上工业总产值，比上年增长6.3%。
            【03 项目投资】
            全年完成固定资产投资218.9亿元。
            """
        let facts = readFacts(text, date: "2024-01-22")
        #expect(facts.map(\.value) == [1268.4e8, 6.3, 218.9e8])
        #expect(facts.first?.measure == "规上工业总产值" && facts.first?.holder == "狮山镇")
    }

    @Test func aNumberWithALeadingZeroIsNoFigure() {
        #expect(readFacts("03 项目投资\n全年完成固定资产投资218.9亿元。", date: "2024-01-22").map(\.value) == [218.9e8])
        // (0.5 and a figure grouped oddly, 0,723.5, are still read.)
        #expect(readFacts("全市工业用地容积率提高0.5个百分点。", date: "2024-01-22").map(\.value) == [0.5])
    }

    @Test func 工业AloneAfterAHolderSaysWhatIsMeasured() throws {
        let text = "2023年，狮山镇实现税收总额86.5亿元，同比增长3.2%，其中工业税收52.1亿元，占税收总额的60.2%。"
        let tax = try readFact(text, 52.1e8, date: "2024-01-22")
        #expect(tax.holder == "狮山镇" && tax.measure == "工业税收")
        #expect(try readFact(text, 60.2, date: "2024-01-22").measure == "工业税收")
    }

    @Test func aTownWhoseNameEndsWith市IsTheDocumentsPlace() throws {
        let text = "柳市镇上半年新增小升规企业46家\n1-6月，全镇新增小升规企业46家，完成全年目标任务的57.5%。"
        let share = try readFact(text, 57.5, date: "2022-07-15")
        #expect(share.holder == "柳市镇" && share.holderWritten == "全镇")
    }

    @Test func aTownAfter是IsTheTownNotTheCopula() throws {
        let text = "今年是小榄镇村级工业园升级改造攻坚之年。前三季度，全镇完成村级工业园拆除面积1850亩，完成全年任务的77.1%。"
        let share = try readFact(text, 77.1, date: "2024-10-16")
        #expect(share.holder == "小榄镇")
        // (完成全年任务的: a share of the year's task done, of the measure before it.)
        #expect(share.kind == .share && share.measure == "村级工业园拆除面积" && share.basis == "全年任务")
    }

    @Test func partsCountedAmongAFramesFirmsMeasureThoseFirms() throws {
        let text = "从行业看，新增“小升规”企业中，电气机械和器材制造业31家，通用设备制造业8家。"
        let part = try readFact(text, 31, date: "2022-07-15")
        #expect(part.holder == "电气机械和器材制造业" && part.measure == "新增小升规企业数")
        #expect(try readFact(text, 8, date: "2022-07-15").measure == "新增小升规企业数")
    }

    @Test func aNumeralAsChequesWriteItAloneIsAName() throws {
        let text = "花桥镇、千灯镇、陆家镇分别位列第23位、第41位、第58位。公司注册资本人民币伍佰万元。"
        let facts = readFacts(text, date: "2024-08-08")
        #expect(facts.map(\.value) == [23, 41, 58, 5e6])
        #expect(facts[2].holder == "陆家镇")
    }

    @Test func aStepIsNoMachine() {
        let text = "张浦镇规上工业总产值达到1046.3亿元，在昆山各镇中率先迈上千亿台阶。"
        #expect(readFacts(text, date: "2024-08-08").map(\.value) == [1046.3e8])
    }

    @Test func aTitleBelowAPostsBylineEndsAtItsLine() throws {
        let text = """
            原创　小榄发布　2024年10月16日 20:15　广东
            前三季度完成拆除1850亩！小榄村改“进度条”再刷新
            今年是小榄镇村级工业园升级改造攻坚之年。
            """
        #expect(String(String.UnicodeScalarView(CleanText(text).scalars)).contains("再刷新\n今年是小榄镇"))
        #expect(try readFact(text, 1850, date: "2024-10-16").holder != "是小榄镇")
    }

    @Test func whatMustBeDoneIsNoPartOfWho() throws {
        let text = "德源街道召开上半年经济运行分析会。会议要求，全街道要确保全年规上工业总产值增长15%以上。"
        let goal = try readFact(text, 15, date: "2021-07-09")
        #expect(goal.holder == "德源街道" && goal.kind == .target)
        // (主要 keeps its 要.)
        #expect(try readFact("全市主要产品产量12万吨。", 12e4, date: "2021-07-09").measure == "主要产品产量")
    }

    @Test func aBatchOfProjectsIsThePlaces() throws {
        let text = "6月11日，容桂街道2020年第二批村级工业园改造项目集中动工活动在华口社区举行，此次集中动工项目7个，总投资32.6亿元。"
        #expect(try readFact(text, 7, date: "2020-06-12").holder == "容桂街道")
        #expect(try readFact(text, 32.6e8, date: "2020-06-12").holder == "容桂街道")
    }
}
