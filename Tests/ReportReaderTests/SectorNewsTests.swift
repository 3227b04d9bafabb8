import Testing
import ZhizaoCore

@testable import ReportReader

/// Sector news of chips, drugs and materials: Taiwan's and Hong Kong's press on firms' quarters and years, firms named
/// after their kind written short, names written in characters that are standard in both scripts.
@Suite struct SectorNewsTests {
    @Test func aCharacterStandardInBothScriptsIsKeptInANamesWords() throws {
        let text = "晶圓代工廠聯昇半導體（6823）昨（16）日公布第3季合併營收新台幣486.2億元，季增8.7%。"
        #expect(try readFact(text, 4.862e10, date: "2025-10-17").holder == "联昇半导体")
        // (…but 上昇, a verb of rising before it, is 上升; 乾 folds as ever: 乾貨 is 干货.)
        let rose = try readFact("本港上半年乾貨進口貨值按年下跌5.2%，其中資訊通信產品訂單上昇18%。", 18, date: "2025-08-20")
        #expect(rose.kind == .change && rose.direction == "up")
        #expect(try readFact("本港上半年乾貨進口貨值按年下跌5.2%，其中資訊通信產品訂單上昇18%。", 5.2, date: "2025-08-20").measure == "干货进口货值")
    }

    @Test func aFigureComparedWithIsOfItsOwnPeriodAndHoldsNoLaterOne() throws {
        let text = "公司公布第3季合并营收486.2亿元；毛利率38.6%，优于第2季的35.1%；税后纯益112.5亿元，季增14.2%。"
        #expect(try readFact(text, 35.1, date: "2025-10-17").period?.end == "2025-06-30")
        #expect(try readFact(text, 1.125e10, date: "2025-10-17").period?.end == "2025-09-30")
    }

    @Test func whereAnExpectedChangeStartsFromIsAnActual() throws {
        let text = "展望第4季，公司预估产能利用率将由第3季的88%提升至92%以上，今年资本支出预计维持约32亿美元。"
        let from = try readFact(text, 88, date: "2025-10-17")
        #expect(from.kind == .level && from.period?.end == "2025-09-30")
        #expect(try readFact(text, 92, date: "2025-10-17").kind == .forecast)
        #expect(try readFact(text, 3.2e9, date: "2025-10-17").measure == "资本支出")
    }

    @Test func aFirmAfterItsKindWrittenShortIsNamedWithoutIt() throws {
        let text = "在港上市的創新藥企康澤生物（2691）昨日公布業績，期內收益錄得人民幣18.36億元。"
        #expect(try readFact(text, 1.836e9, date: "2025-03-27").holder == "康泽生物")
        // (企业 is no kind written short: 民企业务 is no name.)
        #expect(FactShape.holder(Array("外资企业".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } != "业")
    }

    @Test func aZonesOwnReportIsTheZonesAndItsFirstGoalsDeadlineItsLaterGoals() throws {
        let report = "某某医药高新区2023年工作总结和2024年工作计划\n　　全年完成工业投资218.6亿元，增长9.2%。"
        #expect(try readFact(report, 2.186e10, date: "2024-01-19").holder == "某某医药高新区")
        let plan = "一、主要目标\n　　到2025年，全市新材料产业产值突破4500亿元。具体目标如下：\n　　1.企业培育。规上新材料企业达到1200家。"
        let firms = try readFact(plan, 1200, date: "2023-03-10")
        #expect(firms.kind == .target && firms.period?.asOf == "2025-12-31")
    }

    @Test func aRowsLabelHoldsItsRowsChangeNotTheRowAbove() throws {
        let text = "从产业链环节看：\n设计业：营业收入468.2亿元，增长15.7%；\n晶圆制造业：营业收入1126.4亿元，增长7.8%；\n封装测试业：营业收入892.7亿元，增长6.1%。"
        #expect(try readFact(text, 7.8, date: "2025-02-01").holder == "晶圆制造业")
        #expect(try readFact(text, 15.7, date: "2025-02-01").holder == "设计业")
    }
}
