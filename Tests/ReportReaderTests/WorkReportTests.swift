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

    @Test func aDistrictsBureauWithinItsMunicipalityReportsOnTheDistrict() throws {
        let text = "天津市西青区工业和信息化局2024年工作总结和2025年工作安排\n发布时间：2025-01-12\n　　全年新增规上工业企业37家。"
        #expect(try readFact(text, 37, date: "2025-01-12").holder == "天津市西青区")
        // (The municipality's own bulletin stays a province's, its figures no one's.)
        let bulletin = "天津市2024年国民经济和社会发展统计公报\n　　全年新增规上工业企业371家。"
        #expect(try readFact(bulletin, 371, date: "2025-03-12").holder == nil)
    }

    @Test func aSpeechAtItsPlacesMeetingIsAboutThePlaceItsSpeakerServes() throws {
        for (title, speaker) in [("在全县推进新型工业化大会上的讲话", "中共长丰县委书记　李某"), ("在宿州市工业高质量发展大会上的讲话", "宿州市人民政府副市长　王某")] {
            let text = "\(title)\n\(speaker)\n（2025年2月20日）\n\n同志们：\n2024年，规上工业增加值增长9.1%。全年新增专精特新企业41家。"
            let place = speaker.hasPrefix("中共") ? "长丰县" : "宿州市"
            #expect(try readFact(text, 41, date: "2025-02-20").holder == place, "\(title)")
        }
        // (A speech at another's meeting, 在全省…大会上 by a county's officer, is no speech about the county.)
        let elsewhere = "在全省制造业大会上的讲话\n长丰县人民政府县长　李某\n\n同志们：\n全年新增专精特新企业41家。"
        #expect(try readFact(elsewhere, 41, date: "2025-02-20").holder == nil)
    }

    @Test func whatIsDoneBeforeBuildingsWordsIsAVerb() throws {
        // (完成基础设施投资: 完成 is what the zone did; 生产基地 and 产业基金 stay nouns.)
        let fact = try readFact("1-11月，某某经济开发区完成基础设施投资8.4亿元。", 8.4e8, date: "2025-12-10")
        #expect(fact.holder == "某某经济开发区" && fact.measure == "基础设施投资")
        #expect(try readFact("公司生产基地产能达到50万吨。", 5e5, date: "2025-12-10").measure == "生产基地产能")
    }
}
