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
        let incubators = try readFact("2021年，全区科技企业孵化器38家。", 38, date: "2022-01-20")
        #expect(incubators.measure == "科技企业孵化器数")
        let patents = try readFact("2021年，全区每万人口高价值发明专利拥有量78.6件。", 78.6, date: "2022-01-20")
        #expect(patents.measure == "每万人口高价值发明专利拥有量")
    }

    @Test func fundsPutInAndFullTimeEquivalentsAreMeasuredAsWritten() throws {
        let text = "2018年，全市共投入R&D经费410.2亿元，比上年增长12.6%；R&D人员全时当量9.36万人年。全区研发投入5亿元，投入强度2.01%。"
        #expect(try readFact(text, 4.102e10, date: "2019-10-16").measure == "R&D经费")
        let staff = try readFact(text, 93_600, date: "2019-10-16")
        #expect(staff.unit == "人年" && staff.measure == "R&D人员全时当量")
        // (研发投入 and 投入强度 keep their 投入.)
        #expect(try readFact(text, 5e8, date: "2019-10-16").measure == "研发投入")
        #expect(try readFact(text, 2.01, date: "2019-10-16").measure == "投入强度")
    }

    @Test func thingsCountedAsQuantityAreStocksAndAnIncubatorsFirmsAClass() throws {
        let text = "2022年，全省孵化器在孵企业3.86万家，比上年增长6.7%；当年毕业企业3452家；在孵企业有效知识产权9.14万件。从区域分布看，广州、深圳孵化器数量分别为418家和263家。"
        let owned = try readFact(text, 91_400, date: "2023-03-28")
        #expect(owned.holder == "全省" && owned.measure == "在孵企业有效知识产权")
        let guangzhou = try readFact(text, 418, date: "2023-03-28")
        #expect(guangzhou.holder == "广州" && guangzhou.period?.asOf == "2022-12-31")
    }

    @Test func applicationsAndTimesServedAreFlowsAndAllKindsOfFirmsAClass() throws {
        let text = "上半年，全区申报高新技术企业628家；全年服务企业2860家次。分活动主体看，各类企业R&D经费支出531.26亿元；政府属研究机构R&D经费支出39.85亿元。"
        #expect(try readFact(text, 628, date: "2025-07-15").period?.end == "2025-06-30")
        let served = try readFact(text, 2860, date: "2025-07-15")
        #expect(served.unit == "家次" && served.period?.start == "2025-01-01")
        #expect(try readFact(text, 5.3126e10, date: "2025-07-15").measure == "各类企业R&D经费支出")
        #expect(try readFact(text, 3.985e9, date: "2025-07-15").holder == nil)
    }

    @Test func theRateOfAnAmountJustComparedIsComparedWithTheSame() throws {
        let text = "2023年，全省共投入R&D经费618.47亿元，比上年增加59.36亿元，增长10.6%；R&D经费投入强度为1.91%，提高0.08个百分点。"
        #expect(try readFact(text, 10.6, date: "2024-09-26").basis == "比上年")
        // (Another measure's change compares with nothing written.)
        #expect(try readFact(text, 0.08, date: "2024-09-26").basis == nil)
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
