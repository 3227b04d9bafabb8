import Testing
import ZhizaoCore

@testable import ReportReader

/// Digital economy and new infrastructure as portals, posts and Taiwan's press report them: computing power, tables of
/// an industry's rows, places written after 大陆.
@Suite struct DigitalEconomyTests {
    @Test func computingPowerIsCountedInTheUnitWritten() throws {
        let text = "截至2025年5月底，某某市算力规模达到4.2万P，某某智算中心接入算力860PFlops。"
        let power = try readFact(text, 42000, date: "2025-06-20")
        #expect(power.unit == "P" && power.measure == "算力规模")
        #expect(try readFact(text, 860, date: "2025-06-20").unit == "PFlops")
    }

    @Test func aTablesRowNamingAnIndustryIsTheIndustrys() throws {
        let text = """
            表1　2024年某某市数字经济主要指标
            指标名称\t计量单位\t2024年\t比上年增长（%）
            数字经济核心产业增加值\t亿元\t386.2\t8.9
            软件业务收入\t亿元\t96.4\t13.2
            """
        let date = "2025-03-20"
        let core = try readFact(text, 386.2e8, date: date)
        #expect(core.holder == "数字经济核心产业" && core.measure == "增加值")
        #expect(try readFact(text, 8.9, date: date).holder == "数字经济核心产业")
        #expect(try readFact(text, 96.4e8, date: date).measure == "软件业务收入")
    }

    @Test func aPlaceWrittenAfter大陆IsThePlace() throws {
        let date = "2025-06-20"
        #expect(try readFact("大陸蘇州工業園區今年以來新增智算中心2座。", 2, date: date).holder == "苏州工业园区")
        // (大陆 before a measure, the mainland's market, stays.)
        #expect(try readFact("某某電子第三季大陸市場營收占比41%。", 41, date: date).measure?.hasPrefix("大陆市场") == true)
    }

    @Test func aYearInAPlacesFairsNameIsTheFairsNotThePeriod() throws {
        let text = "5月20日，鹰潭市2025年数据产业（上海）招商推介会在上海举办。推介会现场签约项目9个，签约金额96.4亿元。"
        #expect(try readFact(text, 9, date: "2025-05-22").period == Period(start: "2025-05-20", end: "2025-05-20"))
    }

    @Test func aPostsSubjectAfterAQuarterInItsTitleHoldsWhatNamesNoHolder() throws {
        let text = """
            一图读懂｜前三季度某某高新区数字经济“成绩单”
            原创　某某高新区发布　2024年10月25日 17:06
            ▶ 规上工业增加值同比增长8.6%。
            """
        #expect(try readFact(text, 8.6, date: "2024-10-25").holder == "某某高新区")
    }
}
