import Testing
import ZhizaoCore

@testable import ReportReader

/// Investment promotion as bureaus and zones report it: projects landed, fairs a zone holds in another city.
@Suite struct InvestmentPromotionTests {
    @Test func projectsNewlyLandedAreEventsOfThePeriodAndARunningTotalIsAStock() throws {
        let text = "2024年，全省新落地项目1101个；引进落地产业项目95个。"
        let date = "2025-01-22"
        let landed = try readFact(text, 1101, date: date)
        #expect(landed.measure == "新落地项目数" && landed.period == .year(2024))
        #expect(try readFact(text, 95, date: date).measure == "引进落地产业项目数")
        // (What has landed so far, 已落地, is what there is; a status after it, 在谈, carries no event; 现有 counts what there is.)
        let stock = "截至6月底，全县在库招商项目128个，其中已落地项目46个、在谈项目82个。全县现有落地外资企业31家。"
        #expect(try readFact(stock, 46, date: "2025-07-10").period == .asOf("2025-06-30"))
        #expect(try readFact(stock, 82, date: "2025-07-10").measure == "在谈项目数")
        #expect(try readFact(stock, 31, date: "2025-07-10").period == .asOf("2025-07-10"))
    }

    @Test func aZonesFairWithTheYearInItsNameIsOfItsDay() throws {
        let text = "11月18日，长沙经济技术开发区2024年（无锡）智能制造产业招商推介会在无锡举行。推介会现场集中签约项目9个，总投资108.6亿元。"
        let signed = try readFact(text, 9, date: "2024-11-19")
        #expect(signed.period == Period(start: "2024-11-18", end: "2024-11-18"))
    }

    @Test func visitsInAWeekAreCountedOverIt() throws {
        let text = """
            某某市招商引资工作周报
            （2024年9月2日—9月6日）
            （一）外出招商。本周，全市组织招商专班赴苏州开展驻点招商，拜访企业14家。
            （二）项目推进。本周，年产5万吨再生铜杆项目完成工商注册，智能电动工具生产项目总投资2.6亿元。
            """
        let date = "2024-09-06"
        let visits = try readFact(text, 14, date: date)
        #expect(visits.measure == "拜访企业数" && visits.period == Period(start: "2024-09-02", end: "2024-09-06"))
        // (A project's capacity in its name is no figure; 动工 inside 电动工具 opens no name.)
        #expect(readFacts(text, date: date).allSatisfy { $0.unit != "吨" })
        #expect(try readFact(text, 2.6e8, date: date).holder == "智能电动工具生产项目")
    }

    @Test func fundsFromOutsideTheDistrictAreNoPlacesForeignCapital() throws {
        let text = "据了解，1—8月，全区实际使用外资1.52亿美元；实际到位区外资金486.3亿元，同比增长8.7%。"
        let funds = try readFact(text, 486.3e8, date: "2024-09-10")
        #expect(funds.measure == "实际到位区外资金" && funds.holder != "实际到位区")
        // (园区外资企业: the park's foreign-invested firms, a group.)
        #expect(try readFact("2024年，园区外资企业达到126家。", 126, date: "2025-01-10").measure == "外资企业数")
    }

    @Test func aFairWrittenShortAfter本届IsTheFairNamed() throws {
        let text = "9月26日至28日，第24届中国五金博览会在永康国际会展中心举办。本届五金博览会吸引参展企业1512家，到会专业采购商5.6万人次。"
        let firms = try readFact(text, 1512, date: "2019-09-29")
        #expect(firms.holder == "第24届中国五金博览会")
        // (到会 keeps its 到.)
        #expect(try readFact(text, 5.6e4, date: "2019-09-29").measure == "到会专业采购商")
    }

    @Test func anIncreaseOfCapitalPlannedIsExpected() throws {
        let plan = try readFact("鸿硕精密拟增资1.2亿美元扩建昆山厂。", 1.2e8, date: "2022-08-17")
        #expect(plan.kind == .forecast && plan.unit == "USD")
    }

    @Test func dollarsNamedInAHongKongPapersNewsOfTheMainlandLeaveItsYuanYuan() throws {
        let text = "東莞海關公布，今年首三季，東莞市外貿進出口總值10,286.4億元人民幣。以美元計，首三季東莞外貿進出口1,588.6億美元。首三季東莞機電產品出口4,361.2億元。"
        #expect(try readFact(text, 4361.2e8, date: "2021-10-26").unit == "CNY")
        #expect(try readFact(text, 1588.6e8, date: "2021-10-26").unit == "USD")
    }

    @Test func aKindOfFirmNamedByItsRegisteredNameIsThatFirm() throws {
        let text = "港资企业华沣电子惠州有限公司今年投资5亿港元。"
        #expect(try readFact(text, 5e8, date: "2019-04-29").holder == "华沣电子惠州有限公司")
        // (A director speaks for his firm.)
        #expect(try readFact("华沣电子董事陈志明表示，公司去年营业额38亿港元。", 38e8, date: "2019-04-29").holder == "华沣电子")
    }
}
