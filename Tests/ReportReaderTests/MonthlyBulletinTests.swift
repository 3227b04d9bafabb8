import Testing
import ZhizaoCore

@testable import ReportReader

/// Counties' and districts' monthly bulletins as their statistics bureaus post them: titles of the place and its months
/// (…经济运行简况, …快报, …主要经济指标), a site's name above them, rows of "label：figure；".
@Suite struct MonthlyBulletinTests {
    @Test func aBulletinTitledByItsPlaceAndMonthsHoldsItsFigures() throws {
        for title in ["长兴县2025年1-8月经济运行简况", "长兴县2025年1-8月经济运行快报", "长兴县2025年1-8月主要经济指标"] {
            let text = title + "\n长兴县统计局　2025-09-18\n\n　　1-8月，规模以上工业产品销售率为97.6%，发电量21.4亿千瓦时，增长5.8%。"
            #expect(try readFact(text, 97.6, date: "2025-09-18").holder == "长兴县", "\(title)")
            #expect(try readFact(text, 2.14e9, date: "2025-09-18").holder == "长兴县", "\(title)")
        }
        // (A title naming its place after its year leaves its figures to no one, as before.)
        let later = "2025年1-8月长兴县经济运行简况\n\n　　1-8月，规模以上工业产品销售率为97.6%。"
        #expect(try readFact(later, 97.6, date: "2025-09-18").holder == nil)
    }

    @Test func aSitesNameAboveTheTitleIsNoFirstNaming() throws {
        let text = "宝鸡市陈仓区人民政府\n首页　政务公开　政务服务\n陈仓区2024年1-5月经济运行情况\n　　1-5月，全区社会消费品零售总额完成41.26亿元，同比增长6.3%。"
        let fact = try readFact(text, 4.126e9, date: "2024-06-20")
        #expect(fact.holder == "陈仓区" && fact.holderWritten == "全区")
        // (The government's name opening a notice's title is no site's: 某县人民政府关于… names the county.)
        let notice = "陈仓区人民政府关于2024年1-5月经济运行情况的通报\n　　1-5月，全区社会消费品零售总额完成41.26亿元。"
        #expect(try readFact(notice, 4.126e9, date: "2024-06-20").holder != "宝鸡市陈仓区")
    }

    @Test func aRowsLabelNamingItsIndustryHoldsOnlyItsRow() throws {
        let text = """
            　　1-9月，某某区主要经济指标如下：
            　　规模以上工业增加值：同比增长5.1%；
            　　高技术制造业增加值：同比增长9.4%，占规模以上工业增加值比重为31.2%；
            　　固定资产投资：同比下降2.7%，其中工业投资增长6.6%；
            　　社会消费品零售总额：286.15亿元，同比增长3.9%。
            """
        #expect(try readFact(text, 9.4, date: "2025-10-20").holder == "高技术制造业")
        #expect(try readFact(text, 31.2, date: "2025-10-20").holder == "高技术制造业")
        for value in [2.7, 6.6, 2.8615e10, 3.9] {
            #expect(try readFact(text, value, date: "2025-10-20").holder == "某某区", "\(value)")
        }
    }
}

extension MonthlyBulletinTests {
    @Test func aDeclineNarrowingIsARateRising() throws {
        let text = "1-5月，全县工业投资同比下降3.8%，降幅较1-4月收窄2.1个百分点；进口下降6%，降幅比上月扩大0.7个百分点；增幅回落1.4个百分点。"
        #expect(try readFact(text, 2.1, date: "2025-06-20").direction == "up")
        #expect(try readFact(text, 0.7, date: "2025-06-20").direction == "down")
        #expect(try readFact(text, 1.4, date: "2025-06-20").direction == "down")
    }
}
