import Testing
import ZhizaoCore
@testable import ReportReader

/// Tables written as lines: units declared once (（单位：亿元，%）), measures named by numbered headings, rows of bare
/// figures under them.
@Suite struct DeclaredUnitsTests {
    let table = """
        2025年1-6月某州各县（市）工业主要指标
        （单位：亿元，%）
        一、规上工业增加值增速
        凯里市：7.4；
        沛县：-1.6；
        二、工业投资及增速
        凯里市：56.3，增长12.5；
        全州合计：工业投资318.2，下降2.4。
        注：增速按可比价格计算。
        下半年将新开工项目15，力争全年增长6。
        """

    func facts(_ text: String, date: String = "2025-07-25") -> [Fact] { FactExtractor.extract(text, date: date) }

    @Test func aRowsBareFigureTakesTheDeclaredUnitAndItsSectionsMeasure() throws {
        let facts = facts(table)
        let growth = try #require(facts.first { $0.value == 7.4 })
        #expect(growth.unit == "%" && growth.kind == .change && growth.direction == "up" && growth.holder == "凯里市")
        #expect(growth.measure == "规上工业增加值" && growth.period == Period(start: "2025-01-01", end: "2025-06-30"))
        // A minus sign is a decline; a county named in two characters is a place.
        let decline = try #require(facts.first { $0.value == 1.6 })
        #expect(decline.direction == "down" && decline.holder == "沛县" && decline.measure == "规上工业增加值")
        // A section of amounts and rates: the bare amount in the declared unit, the rate after its verb in %.
        let amount = try #require(facts.first { $0.value == 5_630_000_000 })
        #expect(amount.unit == "CNY" && amount.kind == .level && amount.measure == "工业投资" && amount.holder == "凯里市")
        let rate = try #require(facts.first { $0.value == 12.5 })
        #expect(rate.unit == "%" && rate.kind == .change && rate.measure == "工业投资")
        // A measure written in the row opens its cell too.
        let total = try #require(facts.first { $0.value == 31_820_000_000 })
        #expect(total.measure == "工业投资" && total.unit == "CNY")
        #expect(facts.first { $0.value == 2.4 }?.direction == "down")
    }

    @Test func aTabbedTablesLaterCellsAreRatesItsHeaderSaysOf() throws {
        // Cells parted by tabs, under a caption naming the place and a header of 同比增长.
        let text = "1-4月，全省经济平稳运行。\n表2　2025年1-4月全省主要指标\n（单位：亿元，%）\n指标\t1-4月\t同比增长\n一般公共预算收入\t1862.4\t4.1\n工业投资\t—\t7.9\n出口总额\t933.5\t-2.6"
        let facts = FactExtractor.extract(text, date: "2025-05-20", place: "湖南省")
        let revenue = try #require(facts.first { $0.value == 186_240_000_000 })
        #expect(revenue.measure == "一般公共预算收入" && revenue.kind == .level && revenue.holder == "湖南省")
        let growth = try #require(facts.first { $0.value == 4.1 })
        #expect(growth.unit == "%" && growth.kind == .change && growth.basis == "同比" && growth.measure == "一般公共预算收入")
        // A placeholder (—) fills its cell: the figure after it is still the rate.
        let investment = try #require(facts.first { $0.value == 7.9 })
        #expect(investment.unit == "%" && investment.measure == "工业投资" && investment.holder == "湖南省")
        #expect(facts.first { $0.value == 2.6 }?.direction == "down")
        #expect(facts.first { $0.value == 93_350_000_000 }?.measure == "出口总额")
    }

    @Test func aNoteEndsTheTable() {
        // After 注：, bare numbers are words again (新开工项目15 has no unit of its own).
        let facts = facts(table)
        #expect(!facts.contains { $0.value == 15 || $0.value == 6 })
    }

    @Test func bareNumbersNeedADeclaration() {
        let undeclared = table.replacingOccurrences(of: "（单位：亿元，%）\n", with: "")
        #expect(!facts(undeclared).contains { $0.value == 7.4 || $0.value == 56.3 || $0.value == 5_630_000_000 })
    }

    @Test func aNumberInsideWordsIsNoCell() {
        // Under a declaration, a number that does not stand alone between a cell's marks is no figure: 第3, G20, 3号线.
        let text = "（单位：万元）\n一、营业收入\n3号线沿线企业：G20峰会后第3批名单公布；\n某某公司：1234。"
        let facts = facts(text)
        #expect(facts.map(\.value) == [12_340_000])
    }

    @Test func declarationsAreReadWithTheirMagnitude() throws {
        let s = Array("（计量单位：万吨、%）".unicodeScalars)
        let declared = try #require(DeclaredUnits.declared(in: s, 0..<s.count))
        #expect(declared.amount?.unit == "吨" && declared.amount?.power == 4 && declared.percent)
        let percentOnly = Array("单位：%".unicodeScalars)
        #expect(DeclaredUnits.declared(in: percentOnly, 0..<percentOnly.count) == DeclaredUnits(amount: nil, percent: true))
        let none = Array("单位：市工信局".unicodeScalars)
        #expect(DeclaredUnits.declared(in: none, 0..<none.count) == nil)
    }

    @Test func aHeadingAfterATitleIsALineOfItsOwn() {
        // A numbered heading below an unpunctuated title is not the title going on.
        #expect(CleanText("某市工业运行简况\n一、规上工业增加值\n全市增长6.1%。").scalars.split(separator: "\n").count == 3)
        #expect(CleanText("某市工业运行简况\n（二）工业投资\n全市增长6.1%。").scalars.split(separator: "\n").count == 3)
    }

    @Test func aHeadingOfNoMeasureNamesNone() throws {
        let text = "某市工业运行简况\n一、总体运行情况\n全市：增长6.1%。"
        #expect(try #require(facts(text).first { $0.value == 6.1 }).measure == nil)
        #expect(FactShape.headingMeasure(Array("规上工业营业收入及增速".unicodeScalars))?.rates == false)
        #expect(FactShape.headingMeasure(Array("规上工业增加值增速".unicodeScalars))?.rates == true)
        #expect(FactShape.headingMeasure(Array("主要预期目标".unicodeScalars)) == nil)
    }
}
