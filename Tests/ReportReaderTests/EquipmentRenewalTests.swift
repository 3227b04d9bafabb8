import Testing
import ZhizaoCore

@testable import ReportReader

/// Equipment renewal and retooling as bureaus report it: lists of smart factories by level, robot density, funds paid
/// out, projects counted and then measured, tables of projects.
@Suite struct EquipmentRenewalTests {
    @Test func factoriesOfALevelAreAClassOfThePlaces() throws {
        let text = "2025年度全市共有26家企业入选常州市智能制造示范工厂，其中卓越级智能工厂4家、先进级智能工厂9家；78个场景入选，涉及企业61家。"
        let top = try readFact(text, 4, date: "2025-11-18")
        #expect(top.holder == "全市" && top.measure == "卓越级智能工厂数")
        // (涉及 keeps its 及.)
        #expect(try readFact(text, 61, date: "2025-11-18").measure == "涉及企业数")
    }

    @Test func aLevelAloneIsOfTheThingsJustCounted() throws {
        let text = "截至目前，全市累计培育市级以上智能制造示范工厂142家，其中国家级8家、省级57家。"
        #expect(try readFact(text, 8, date: "2025-11-18").measure == "国家级智能制造示范工厂数")
        #expect(try readFact(text, 57, date: "2025-11-18").measure == "省级智能制造示范工厂数")
    }

    @Test func robotDensityIsCountedPerTenThousandWorkers() throws {
        let written = try readFact("全区规上工业企业工业机器人密度达到412台/万人。", 412, date: "2024-12-20")
        #expect(written.unit == "台/万人" && written.measure == "规上工业企业工业机器人密度")
        let before = try readFact("全区规上工业企业工业机器人密度达到每万人412台，位居全市第一。", 412, date: "2024-12-20")
        #expect(before.unit == "台/万人" && before.measure == "规上工业企业工业机器人密度")
    }

    @Test func fundsPaidOutNameNoHolder() throws {
        let text = "今年以来，全区兑现区级技改奖补资金1.85亿元，惠及企业417家。"
        let funds = try readFact(text, 1.85e8, date: "2024-12-20")
        #expect(funds.holder == "全区" && funds.measure == "区级技改奖补资金")
    }

    @Test func projectsCountedThenMeasuredAreThePlaces() throws {
        let text = "上半年，全市实施设备更新和技改项目87个，设备更新和技改项目完成投资38.6亿元，同比增长27.4%。"
        let investment = try readFact(text, 38.6e8, date: "2024-07-16")
        #expect(investment.holder == "全市" && investment.measure == "设备更新和技改项目投资")
    }

    @Test func aTablesRowOfAProjectIsTheProjects() throws {
        let text = """
            附件：某某市2024年设备更新和技术改造重点项目清单（节选）
            序号\t项目名称\t建设单位\t总投资（亿元）\t建设年限
            1\t轻量化底盘部件智能化技改项目\t湖北汉襄汽车零部件有限公司\t6.8\t2024—2025年
            """
        let total = try readFact(text, 6.8e8, date: "2024-05-10")
        #expect(total.holder == "轻量化底盘部件智能化技改项目" && total.measure == "总投资")
    }
}
