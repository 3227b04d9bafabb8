import Testing
import ZhizaoCore

@testable import ReportReader

/// Industry bureaus' work summaries and plans, and news of their work meetings: a bureau's own report is its place's,
/// a meeting speaks of its place, a table's goal column holds goals.
@Suite struct WorkReportTests {
    @Test func aBureausReportOnItsPlaceHoldsTheFiguresNamingNoOne() throws {
        for title in ["德清县经济和信息化局2024年工作总结和2025年工作思路", "德清县工信局2024年工作总结及2025年工作要点", "德清县发展和改革委员会2024年工作总结"] {
            let text = title + "\n发布时间：2025-01-20\n　　全年实现规上工业总产值1324.7亿元，同比增长6.9%。"
            #expect(try readFact(text, 1.3247e11, date: "2025-01-20").holder == "德清县", "\(title)")
        }
        // (News of a meeting the place held is no report of it.)
        let news = "德清县召开2025年全县工业经济工作会议\n　　会上获悉，全年实现规上工业总产值1324.7亿元。"
        #expect(try readFact(news, 1.3247e11, date: "2025-01-20").holder == nil)
    }

    @Test func aMeetingIsNoHolderOfTheGoalsItSets() throws {
        let text = "会议提出2025年全省工业经济发展主要预期目标：规上工业增加值增长6.5%左右，新增规上工业企业1800家以上。"
        let goal = try readFact(text, 6.5, date: "2025-01-16")
        #expect(goal.holder == "全省" && goal.kind == .target)
        #expect(try readFact(text, 1800, date: "2025-01-16").holder == "全省")
    }

    @Test func aTablesGoalColumnHoldsGoals() throws {
        let text = """
            表1　2024年某某县工业经济主要指标完成情况
            指标\t单位\t2024年\t比上年增长（%）\t2025年目标
            规上工业总产值\t亿元\t862.3\t7.4\t930
            规上工业企业\t家\t612\t—\t650
            """
        let done = try readFact(text, 8.623e10, date: "2025-01-20")
        #expect(done.kind == .level && done.period?.end == "2024-12-31")
        let goal = try readFact(text, 9.3e10, date: "2025-01-20")
        #expect(goal.kind == .target && goal.period?.end == "2025-12-31")
        let firms = try readFact(text, 650, date: "2025-01-20")
        #expect(firms.kind == .target && firms.measure == "规上工业企业数" && firms.period?.asOf == "2025-12-31")
        #expect(try readFact(text, 612, date: "2025-01-20").measure == "规上工业企业数")
    }

    @Test func itemsCountedAsClustersAreEachACluster() throws {
        let text = "2024年，智能家居、新能源装备两大产业集群分别实现产值862亿元和615亿元，分别增长6.2%和11.4%。"
        #expect(try readFact(text, 8.62e10, date: "2025-01-20").holder == "智能家居产业集群")
        #expect(try readFact(text, 11.4, date: "2025-01-20").holder == "新能源装备产业集群")
    }
}
