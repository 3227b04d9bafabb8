import Testing
import ZhizaoCore

@testable import ReportReader

/// Science and innovation statistics: bulletins of R&D funds by performer, incubators and patents counted, a post's
/// points with their figures on the line below.
@Suite struct InnovationStatisticsTests {
    @Test func aStatisticsBulletinOfAnyAccountIsItsPlaces() throws {
        let text = "某某市人民政府　>　统计公报\n\n2023年宜昌市科技经费投入统计公报\n\n　　分执行主体看，企业R&D经费支出96.4亿元，增长11.2%。"
        let firms = try readFact(text, 9.64e9, date: "2024-10-15")
        #expect(firms.holder == "宜昌市" && firms.measure == "企业R&D经费支出")
        // (A zone's bulletin is not its city's.)
        let zone = "2023年宜昌高新区科技经费投入统计公报\n\n　　全年R&D经费支出36.4亿元。"
        #expect(try readFact(zone, 3.64e9, date: "2024-10-15").holder != "宜昌市")
    }

    @Test func firmsAtLargeWhereNoFirmIsNamedAreOfWhatIsMeasured() throws {
        let text = "2023年，企业R&D经费支出112.84亿元，增长12.6%。"
        let spent = try readFact(text, 1.1284e10, date: "2024-10-15")
        #expect(spent.holder == nil && spent.measure == "企业R&D经费支出")
        #expect(try readFact(text, 12.6, date: "2024-10-15").measure == "企业R&D经费支出")
    }

    @Test func aShareOfLocalSpendingIsNoLand() throws {
        let share = try readFact("全市地方财政科技支出18.94亿元，占地方一般公共预算支出的比重为4.36%。", 4.36, date: "2024-10-15")
        #expect(share.kind == .share && share.measure == "地方财政科技支出" && share.basis == "地方一般公共预算支出")
    }

    @Test func incubatorsAndPatentsOwnedAreCountedWhole() throws {
        let incubators = try readFact("2021年，全区科技企业孵化器和众创空间38家。", 38, date: "2022-01-20")
        #expect(incubators.measure == "科技企业孵化器和众创空间数")
        let patents = try readFact("2021年，全区每万人口高价值发明专利拥有量78.6件。", 78.6, date: "2022-01-20")
        #expect(patents.measure == "每万人口高价值发明专利拥有量")
    }

    @Test func aPostsPointHasItsFigureOnTheLineBelow() throws {
        let text = """
            原创　某某高新发布　2022-01-20 18:30
            一图读懂｜2021年某某高新区科技创新成绩单
            📊 规上工业企业研发费用
            48.62亿元
            同比增长15.7%
            🏢 有效高新技术企业
            412家
            居全省第3位
            """
        let spent = try readFact(text, 4.862e9, date: "2022-01-20")
        #expect(spent.measure == "规上工业企业研发费用")
        #expect(try readFact(text, 15.7, date: "2022-01-20").measure == "规上工业企业研发费用")
        // (家 and the words below stay apart: no 家居.)
        #expect(try readFact(text, 412, date: "2022-01-20").measure == "有效高新技术企业数")
        // (A figure with words below it that say what it measures is their card, as before.)
        let card = "02｜设备更新提速扩面\n1863个\n全年实施设备更新项目。"
        #expect(try readFact(card, 1863, date: "2025-01-20").measure == "实施设备更新项目数")
    }
}
