import Testing
import ZhizaoCore

@testable import ReportReader

/// Industrial products' output as statistics bulletins, output releases and the press report it: a place's bulletin,
/// product tables laid out with tabs or spaces, items of a row above, firms and plants named after what is said of them.
@Suite struct ProductOutputTests {
    @Test func whatNamesNoHolderInAPlacesStatisticsBulletinIsThePlaces() throws {
        let text = """
            迁安市2019年国民经济和社会发展统计公报
            迁安市统计局
            三、工业
            　　全年规模以上工业增加值比上年增长4.6%，汽车制造业增加值增长6.8%。
            """
        #expect(try readFact(text, 4.6, date: "2020-04-10").holder == "迁安市")
        // (What names its holder keeps it.)
        #expect(try readFact(text, 6.8, date: "2020-04-10").holder == "汽车制造业")
    }

    @Test func aTablesMarkOfAnItemOfTheRowAboveIsNoPartOfTheLabel() throws {
        let text = """
            表3　2024年规模以上工业主要产品产量及其增长速度
            产品名称\t单位\t产量\t比上年增长（%）
            汽车\t万辆\t162.38\t-3.2
            #新能源汽车\t万辆\t68.45\t21.6
            """
        #expect(try readFact(text, 68.45e4, date: "2025-03-26").measure == "新能源汽车产量")
        #expect(try readFact(text, 21.6, date: "2025-03-26").measure == "新能源汽车产量")
    }

    @Test func aTableWhoseCellsRunsOfSpacesPartIsReadAsATable() throws {
        let text = """
            合肥市统计局
            表　2021年1-6月合肥市规模以上工业主要产品产量
            产品名称　　　　计量单位　　1-6月产量　　同比增长（%）
            汽车　　　　　　万辆　　　　28.62　　　　56.3
            其中：新能源汽车　万辆　　　6.45　　　　132.6
            房间空气调节器　万台　　　　1124.7　　　-3.1
            """
        let date = "2021-07-20"
        let cars = try readFact(text, 28.62e4, date: date)
        #expect(cars.holder == "合肥市" && cars.measure == "汽车产量")
        #expect(try readFact(text, 56.3, date: date).measure == "汽车产量")
        // (One ideographic space after a long label parts its cells too.)
        #expect(try readFact(text, 6.45e4, date: date).measure == "新能源汽车产量")
        let air = try readFact(text, 3.1, date: date)
        #expect(air.measure == "房间空气调节器产量" && air.direction == "down")
    }

    @Test func aPagesDetailsPartedBySpacesAreNoTable() {
        let text = "发布时间：2021-07-20　　来源：某某市统计局　　编辑：王某\n全市规模以上工业增加值同比增长19.8%。"
        #expect(readFacts(text, date: "2021-07-20").map(\.value) == [19.8])
        #expect(!CleanText(text).scalars.contains("\t"))
    }

    @Test func whereAFirmIsListedOrAPlantLiesIsNoPartOfItsName() throws {
        let listed = "【本报讯】在港上市的华腾汽车（02238）昨日公布产销快报，10月份集团汽车产量为21.36万辆。"
        #expect(try readFact(listed, 21.36e4, date: "2025-11-04").holder == "华腾汽车")
        let plant = "位于金湾区的格创智能制造基地上半年生产空调压缩机1265万台。"
        #expect(try readFact(plant, 1265e4, date: "2025-07-23").holder == "格创智能制造基地")
        // (The evening a firm published is no part of its name either.)
        let evening = "远驰动力（01985）昨晚公布2025年度产销数据。全年集团动力电池产量86.4吉瓦时。"
        #expect(try readFact(evening, 86.4, date: "2026-01-15").holder == "远驰动力")
    }

    @Test func whoForecastsIsNoPartOfWhatIsForecast() throws {
        let text = "远驰动力（01985）昨晚公布2025年度产销数据。全年集团动力电池产量86.4吉瓦时。他预计今年集团电池总产量将超过150吉瓦时。"
        let forecast = try readFact(text, 150, date: "2026-01-15")
        #expect(forecast.holder == "远驰动力" && forecast.kind == .forecast)
    }

    @Test func aBareMeasureWordSaidAgainForAShareIsTheSentencesMeasure() throws {
        let text = "今年1-8月，全市集成电路产量达到268.4亿块，同比增长23.6%，产量占全省的32.8%。"
        let share = try readFact(text, 32.8, date: "2022-09-23")
        #expect(share.kind == .share && share.measure == "集成电路产量")
        // (A part of a whole named after it keeps its own measure: 其中出口 of 外贸进出口.)
        let exports = "上半年，全市外贸进出口1.2万亿元，其中出口8533.9亿元。"
        #expect(try readFact(exports, 8533.9e8, date: "2024-07-20").measure == "出口")
    }

    @Test func aDailyAverageKeepsItsWord() throws {
        #expect(try readFact("5月全国粗钢产量8909万吨，粗钢日均产量287.4万吨。", 287.4e4, date: "2019-06-15").measure == "粗钢日均产量")
    }

    @Test func aZoneNamedAfterWhatIsSaidOfItIsWhatItsKindStandsFor() throws {
        let text = "与珠海一桥之隔的横琴粤澳深度合作区，产业发展亦见起色。截至6月底，合作区内共有澳资工业企业86家。"
        let firms = try readFact(text, 86, date: "2025-07-23")
        #expect(firms.holder == "横琴粤澳深度合作区" && firms.measure == "澳资工业企业数")
        // (内 after a park says where; 内资 keeps it.)
        #expect(try readFact("园区内共有工业企业86家。", 86, date: "2025-07-23").measure == "工业企业数")
        #expect(try readFact("全市内资企业86家。", 86, date: "2025-07-23").measure == "内资企业数")
    }
}
