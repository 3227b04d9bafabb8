import Testing
import ZhizaoCore

@testable import ReportReader

/// Investment promotion as bureaus and zones report it: projects landed, fairs a zone holds in another city.
@Suite struct InvestmentPromotionTests {
    @Test func projectsLandedAreEventsOfThePeriod() throws {
        let text = "2024年，全省落地亿元以上项目642个，占落地项目总数的58.3%；新落地项目1101个；引进落地产业项目95个。"
        let date = "2025-01-22"
        let landed = try readFact(text, 642, date: date)
        #expect(landed.measure == "落地亿元以上项目数" && landed.period == .year(2024))
        #expect(try readFact(text, 1101, date: date).measure == "新落地项目数")
        #expect(try readFact(text, 95, date: date).measure == "引进落地产业项目数")
    }

    @Test func aZonesFairWithTheYearInItsNameIsOfItsDay() throws {
        let text = "11月18日，长沙经济技术开发区2024年（无锡）智能制造产业招商推介会在无锡举行。推介会现场集中签约项目9个，总投资108.6亿元。"
        let signed = try readFact(text, 9, date: "2024-11-19")
        #expect(signed.period == Period(start: "2024-11-18", end: "2024-11-18"))
    }
}
