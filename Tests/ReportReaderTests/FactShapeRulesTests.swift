import Testing
import ZhizaoCore
@testable import ReportReader

/// The holder, measure and period rules added to reach full-fact accuracy (docs/FACTS.md), each on text of its own
/// (none of it from the annotated sets).
@Suite struct FactShapeRulesTests {
    func fact(_ text: String, _ value: Double, date: String? = nil) throws -> Fact {
        try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
    }

    @Test func aNameDescribedThroughDeHoldsItsFigure() throws {
        // Given a figure that describes a name (总投资…的…项目), When read, Then the name holds it and the project
        // named stands for 该项目 in the next sentence.
        let text = "总投资80亿元的星河新材料产业园项目昨日开工。该项目全部建成后年产值可达150亿元。"
        #expect(try fact(text, 8_000_000_000).holder == "星河新材料产业园项目")
        let later = try fact(text, 15_000_000_000)
        #expect(later.holder == "星河新材料产业园项目" && later.holderWritten == "该项目")
        #expect(try fact("这个占地约300亩的智造产业园，已入驻企业36家。", 36).holder == "智造产业园")
        // A bare class of projects is no name.
        #expect(try fact("超过10亿元的项目有7个。", 7).holder == nil)
    }

    @Test func aYearOfCompletionIsNotTheForecastsPeriod() throws {
        let output = try fact("该项目计划2027年建成投产，达产后可实现年产值60亿元。", 6_000_000_000, date: "2024-05-06")
        #expect(output.kind == .forecast && output.period == nil)
        // In one clause, the year is the forecast's own (预计2025年建成投产后可新增…).
        let added = try fact("预计2026年建成投产后可新增年产值40亿元。", 4_000_000_000, date: "2024-05-06")
        #expect(added.kind == .forecast && added.period == .year(2026))
        // A forecast for a year, with no completion between, keeps it.
        let shipped = try fact("公司预计2025年出货量将超过30万套。", 300_000, date: "2024-05-06")
        #expect(shipped.kind == .forecast && shipped.period == .year(2025))
    }

    @Test func anIndustryHoldsItsOwnThingsLaterInTheSentence() throws {
        let text = "全市新能源产业规模约800亿元，相关企业超过500家，其中规模以上企业120家；建成充电站300座。"
        #expect(try fact(text, 500).holder == "新能源产业")
        #expect(try fact(text, 120).holder == "新能源产业")
        // …but not what the place does after it (a verb of building), nor a group of the place's firms.
        let built = "到2026年，全市储能产业规模力争达到600亿元，建成储能电站20座。"
        #expect(try fact(built, 20).holder == "全市")
        let grouped = "全市智能装备产业增加值增长9.0%，规上工业增加值增长5.1%。"
        #expect(try fact(grouped, 5.1).holder == "全市")
    }

    @Test func aGroupNamedAloneGrowsInTheMeasureStatedBefore() throws {
        let text = "全年规模以上工业增加值比上年增长6.1%。分经济类型看，国有控股企业增长4.0%，民营企业增长7.2%。"
        #expect(try fact(text, 4.0).measure == "国有控股企业增加值")
        #expect(try fact(text, 7.2).measure == "民营企业增加值")
    }

    @Test func aPartNamedAloneIsMeasuredAsItsWhole() throws {
        let text = "全年手机产量2150万台，增长3.4%；其中5G手机1680万台，增长12.0%。"
        #expect(try fact(text, 16_800_000).measure == "5G手机产量")
        #expect(try fact(text, 12.0).measure == "5G手机产量")
    }

    @Test func employmentCountsPeopleAndKeepsItsVerb() throws {
        #expect(try fact("项目总投资5亿元，带动就业1200人。", 1200).measure == "带动就业人数")
        #expect(try fact("园区现有企业60家，吸纳就业8000多人。", 8000).measure == "吸纳就业人数")
    }

    @Test func anIndustrysInvestmentIsTheMeasureAndThePlaceHoldsIt() throws {
        let text = "上半年，全区完成工业投资80.2亿元；其中制造业投资61.5亿元，占工业投资的比重为76.7%。"
        let manufacturing = try fact(text, 6_150_000_000)
        #expect(manufacturing.holder == "全区" && manufacturing.measure == "制造业投资")
        #expect(try fact(text, 76.7).holder == "全区")
    }

    @Test func wordsThatSayWhichAmountStayInTheMeasure() throws {
        let text = "全年合同外资金额31.4亿美元，实际使用外资金额12.8亿美元。"
        let contracted = try fact(text, 3_140_000_000)
        #expect(contracted.holder == nil && contracted.measure == "合同外资金额")
        let used = try fact(text, 1_280_000_000)
        #expect(used.holder == nil && used.measure == "实际使用外资金额")
        #expect(try fact("公司拥有有效专利860项。", 860).measure == "有效专利数")
    }

    @Test func anIndustryNamedAfterAPlaceHoldsWhatItCounts() throws {
        let found = try fact("目前，我市储能产业链已集聚电芯企业6家。", 6)
        #expect(found.holder == "储能产业链" && found.measure == "电芯企业数")
    }

    @Test func aDateEndingALineDoesNotJoinTheFigureStartingTheNext() throws {
        let text = "发布机构：某区统计局  成文日期：2024-05-20\n1-4月，全区规上工业增加值同比增长4.2%。"
        #expect(try fact(text, 4.2, date: "2024-05-20").period == Period(start: "2024-01-01", end: "2024-04-30"))
    }

    @Test func listedFirmsAreNoPlace() throws {
        // 其中上市 is no city: 全市 stays unresolved.
        #expect(try fact("全市工业企业超过900家，其中上市企业12家。", 900).holder == "全市")
    }
}
