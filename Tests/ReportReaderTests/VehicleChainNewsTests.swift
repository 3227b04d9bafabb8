import Testing
import ZhizaoCore

@testable import ReportReader

/// News of new-energy vehicles and their chain: posts of figures below their words, headlines with subtitles, firms'
/// plants, sections of goals, Taiwan's press on a supplier's lines of business.
@Suite struct VehicleChainNewsTests {
    @Test func aBracketedHeadingAfterWordsThatRunOnEndsAtItsLine() throws {
        let text = "上半年，某某高新区新能源汽车产业跑出加速度。一起来看👇\n\n【核心数据】\n9.4万辆\n新能源汽车产量，同比增长21.5%\n"
        let made = try readFact(text, 94_000, date: "2025-07-20")
        #expect(made.measure == "新能源汽车产量")
        #expect(try readFact(text, 21.5, date: "2025-07-20").measure == "新能源汽车产量")
    }

    @Test func aHeadlineOfWordsEndsAboveItsSubtitle() throws {
        let text = "某某日报\n2021年10月20日　第02版\n\n某某经开区汽车产业稳中向好\n前三季度整车产量增长18.6%\n\n本报讯　前三季度，该区整车产量达到5.2万辆。"
        let grew = try readFact(text, 18.6, date: "2021-10-20")
        #expect(grew.measure == "整车产量" && grew.period?.end == "2021-09-30")
    }

    @Test func weiBeforeAFirmsRegisteredNameIsNoPartOfIt() throws {
        let text = "签约仪式上，首个项目为安徽某驰动力科技有限公司（以下简称“某驰动力”）电驱系统项目。某驰动力一季度电驱系统出货量达到3.1万套。"
        #expect(try readFact(text, 31_000, date: "2022-04-10").holder == "安徽某驰动力科技有限公司")
    }

    @Test func aFirmsPlantNamedAfterItsPlaceHoldsWhatFollows() throws {
        let text = "链主企业某川新能源科技有限公司（以下简称“某川新能源”）遂宁基地全年电池出货量达到86GWh，同比增长12.4%。"
        let shipped = try readFact(text, 86, date: "2025-01-15")
        #expect(shipped.holder == "某川新能源科技有限公司遂宁基地" && shipped.measure == "电池出货量")
    }

    @Test func whatALineOfBusinessIsRelatedToIsTheMeasures() throws {
        let text = "法人預估，某展動力今年營收可望年增兩成，全年電動車相關營收有機會突破新台幣50億元。"
        let related = try readFact(text, 5e9, date: "2025-03-11")
        #expect(related.holder == "某展动力" && related.measure == "电动车相关营收")
    }

    @Test func whereTheHolderHasItIsNoPartOfTheMeasure() throws {
        let capacity = try readFact("目前，某锋动力在佛山的动力电池年产能达到20GWh。", 20, date: "2023-11-06")
        #expect(capacity.holder == "某锋动力" && capacity.measure == "动力电池年产能")
        // (A place that opens the words, 广州的, still holds them.)
        let output = try readFact("2023年，广州的汽车产量达到30万辆。", 300_000, date: "2023-12-30")
        #expect(output.holder == "广州" && output.measure == "汽车产量")
    }

    @Test func aPortGoodsPassThroughHoldsThemAndTheirValue() throws {
        let text = "今年一季度，经钦州港口岸出口汽车3.26万辆，同比增长28.4%，货值26.7亿元，同比增长35.1%。"
        let cars = try readFact(text, 32_600, date: "2026-04-16")
        #expect(cars.holder == "钦州港口岸" && cars.measure == "汽车出口量")
        let value = try readFact(text, 2.67e9, date: "2026-04-16")
        #expect(value.holder == "钦州港口岸" && value.measure == "汽车出口货值")
    }

    @Test func aFirmNamedAfterItsKindHoldsWhatItDid() throws {
        let short = try readFact("区内整车企业穗骐汽车一季度出口新能源汽车2.18万辆，同比增长82.3%。", 21_800, date: "2026-04-16")
        #expect(short.holder == "穗骐汽车" && short.measure == "新能源汽车出口量")
        let registered = try readFact("县内新能源汽车整车企业长驰新能源汽车有限公司上半年生产新能源客车2860辆。", 2860, date: "2019-07-25")
        #expect(registered.holder == "长驰新能源汽车有限公司")
        // (A kind of firm alone names none: 重点企业营业收入 is the place's.)
        #expect(try readFact("全区重点企业营业收入增长8%。", 8, date: "2019-07-25").holder == "全区")
    }

    @Test func aNumberedHeadingOfGoalsOnItsParagraphsLineOpensASectionOfGoals() throws {
        let text = "二、2024年工作思路\n（一）主要目标。全市汽车产量达到32万辆；新签约汽车产业项目50个以上。\n（二）重点任务。全市汽车产量在去年达到29万辆。"
        let cars = try readFact(text, 320_000, date: "2023-12-20")
        #expect(cars.kind == .target && cars.period?.start == "2024-01-01")
        #expect(try readFact(text, 50, date: "2023-12-20").kind == .target)
        // (The next numbered heading, naming no goal, ends the section.)
        #expect(try readFact(text, 290_000, date: "2023-12-20").kind == .level)
        // (…but not one a heading of its own line opened: its parts are goals too.)
        let parts = "二、主要目标\n（一）产业规模。到2025年，全市新材料产业产值突破900亿元。\n（二）创新能力。新建省级以上创新平台20个。"
        #expect(try readFact(parts, 20, date: "2022-06-01").kind == .target)
    }
}
