import Testing
import ZhizaoCore
@testable import ReportReader

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("两千亿", 2e11), ("一百二十万", 1.2e6), ("十五", 15.0), ("三亿五千万", 3.5e8), ("两万亿", 2e12), ("一千零五", 1005.0),
        ("三点五", 3.5), ("九百", 900.0), ("十", 10.0),
    ])
    func readsChineseNumerals(text: String, value: Double) {
        #expect(ChineseNumeral.value(of: text) == value)
    }

    @Test(arguments: ["", "万", "亿元", "五x"])
    func refusesWhatIsNotANumeral(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }
}

@Suite struct QuantityScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        var unit: String
        var qualifier: Qualifier = .exact
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "全市汽车产业规模约5000亿元", value: 5e11, unit: "CNY", qualifier: .approx),
        Case(text: "营业额为新台币1兆217亿元", value: 1_021_700_000_000, unit: "TWD"),
        Case(text: "从业员工5万1,238人", value: 51_238, unit: "人"),
        Case(text: "营业收入3亿2000万元", value: 320_000_000, unit: "CNY"),
        Case(text: "实现增加值637.47亿元，同比增长", value: 63_747_000_000, unit: "CNY"),
        Case(text: "建成5G基站4.8万座", value: 48_000, unit: "座"),
        Case(text: "新增5G用户约540万户", value: 5_400_000, unit: "户", qualifier: .approx),
        Case(text: "打造两千亿元汽车产业集群", value: 2e11, unit: "CNY"),
        Case(text: "固定宽带接入端口1320.8万个", value: 13_208_000, unit: "个"),
        Case(text: "规上工业企业达5,829家", value: 5829, unit: "家"),
        Case(text: "软件业务收入近5000亿元", value: 5e11, unit: "CNY", qualifier: .nearly),
        Case(text: "累计5G用户超640万户", value: 6_400_000, unit: "户", qualifier: .gt),
        Case(text: "占全市汽车产值的33%以上", value: 33, unit: "%", qualifier: .ge),
        Case(text: "增速回落1.2个百分点", value: 1.2, unit: "pp"),
        Case(text: "增长140倍", value: 140, unit: "倍"),
        Case(text: "出口额12亿美元", value: 1.2e9, unit: "USD"),
        Case(text: "总投资一百二十万元", value: 1.2e6, unit: "CNY"),
        Case(text: "营收２０００万元左右", value: 2e7, unit: "CNY", qualifier: .approx),
        Case(text: "不足100家", value: 100, unit: "家", qualifier: .lt),
        // Exact in base units, not 4500.6 × 1e8 = 450060000000.00006.
        Case(text: "进出口总值4,500.6亿元", value: 450_060_000_000, unit: "CNY"),
        Case(text: "实际使用外资约68.6亿美元", value: 6_860_000_000, unit: "USD", qualifier: .approx),
        Case(text: "占比百分之十七点五", value: 17.5, unit: "%"),
        Case(text: "制造业投资增长近两成", value: 20, unit: "%", qualifier: .nearly),
        Case(text: "首次突破万亿元大关", value: 1e12, unit: "CNY", qualifier: .gt),
        Case(text: "出生率为10.76‰", value: 10.76, unit: "‰"),
        Case(text: "集装箱吞吐量2350万标箱", value: 23_500_000, unit: "标箱"),
        Case(text: "对首台套装备给予最高500万元奖励", value: 5e6, unit: "CNY", qualifier: .le),
        Case(text: "配电变压器年产量1.8亿千伏安", value: 180_000_000, unit: "千伏安"),
        Case(text: "蓄电池产量3.05亿千伏安时", value: 305_000_000, unit: "千伏安时"),
        Case(text: "规上工业能源消费量96.2万吨标准煤", value: 962_000, unit: "吨标准煤"),
        Case(text: "黄酒产量12.4万千升", value: 124_000, unit: "千升"),
        Case(text: "皮鞋出口215万双", value: 2_150_000, unit: "双"),
        Case(text: "经专家复核通过19家", value: 19, unit: "家"),  // (通过 is no 过, over)
        Case(text: "三期规划用地约62公顷", value: 62, unit: "公顷", qualifier: .approx),  // (an area in hectares, as written)
    ])
    func findsTheFigure(c: Case) throws {
        let found = QuantityScanner.scan(c.text)
        let m = try #require(found.count == 1 ? found.first : nil, "found \(found)")
        #expect(m.value == c.value)
        #expect(m.unit == c.unit)
        #expect(m.qualifier == c.qualifier)
        let scalars = Array(c.text.unicodeScalars)
        #expect(m.span.upperBound <= scalars.count)
    }

    @Test(arguments: [
        "建成5G基站", "4K电视主板出货量全球第一", "8K超高清", "粤芯12英寸晶圆厂投产", "2020年1-7月", "截至2020年12月底",
        "连续15年保持增长", "连续15个月保持两位数增长", "用了不到3个月时间", "每百户居民家庭", "零部件企业", "引进超10亿元产业项目",
        "打造千亿元级产业园区", "iPhone14系列", "2020年成为", "一、强化主体", "(二)抓创新", "“十四五”规划", "十三届四次会议", "形成一个完整的产业链", "第一个国家级中心",
        "约占全省的三分之一", "用时15分钟", "5万2024年", "索引号2024-00123分类", "較前一年增加個百分點", "北京时间9时45分",
    ])
    func findsNoFigureWhereThereIsNone(text: String) {
        #expect(QuantityScanner.scan(text) == [])
    }

    @Test func readsRangesAndSeveralFiguresInOneSentence() {
        let range = QuantityScanner.scan("项目总投资3至5亿元")
        #expect(range.map(\.value) == [3e8])
        #expect(range.first?.upTo == 5e8)
        let three = QuantityScanner.scan("汽车、电子和石化同比分别增长30.0%、18.9%和3.4%")
        #expect(three.map(\.value) == [30, 18.9, 3.4])
        #expect(three.allSatisfy { $0.unit == "%" })
    }

    @Test func readsRangesWrittenOnBothSidesAndPairsSharingAUnit() {
        #expect(QuantityScanner.scan("预计年新增产值30亿～50亿元").map { [$0.value, $0.upTo ?? 0] } == [[3e9, 5e9]])
        #expect(QuantityScanner.scan("单台价格在80万元到120万元之间").map { [$0.value, $0.upTo ?? 0] } == [[8e5, 1.2e6]])
        #expect(QuantityScanner.scan("分别高0.6和1.1个百分点").map(\.value) == [0.6, 1.1])
        #expect(QuantityScanner.scan("增速为-2.1%").map(\.negative) == [true])
        #expect(QuantityScanner.scan("3-5亿元").map(\.negative) == [false])
    }

    @Test func spansPointAtTheFigureAsWritten() throws {
        let text = "新增5G用户约540万户，累计超640万户"
        let scalars = Array(text.unicodeScalars)
        let spans = QuantityScanner.scan(text).map { String(String.UnicodeScalarView(scalars[$0.span])) }
        #expect(spans == ["约540万户", "超640万户"])
    }
}
