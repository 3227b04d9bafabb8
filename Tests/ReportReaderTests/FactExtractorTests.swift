import Testing
import ZhizaoCore
@testable import ReportReader

@Suite struct FactExtractorTests {
    func facts(_ text: String, year: Int? = nil) -> [Fact] { FactExtractor.extract(text, documentYear: year) }

    @Test func readsABulletinSentence() throws {
        let found = facts("2020年前三季度，全市新一代信息技术产业实现增加值637.47亿元，同比增长8.3%。")
        #expect(found.count == 2)
        let added = try #require(found.first)
        #expect(added.value == 63_747_000_000 && added.unit == "CNY" && added.qualifier == .exact)
        #expect(added.holder == "新一代信息技术产业")
        #expect(added.measure == "增加值")
        #expect(added.kind == .level && added.basis == nil)
        #expect(added.period == Period(start: "2020-01-01", end: "2020-09-30"))
        let growth = try #require(found.last)
        #expect(growth.value == 8.3 && growth.unit == "%" && growth.direction == "up")
        #expect(growth.holder == "新一代信息技术产业")
        #expect(growth.measure == "增加值")  // what grew, not the verb
        #expect(growth.kind == .change && growth.basis == "同比")
        #expect(growth.period == added.period)
    }

    @Test func keepsQualifiersAndAsOfDates() throws {
        let found = facts("截至2020年底，全市累计建成5G基站4.8万座，5G用户超640万户。")
        #expect(found.map(\.value) == [48_000, 6_400_000])
        #expect(found.map(\.qualifier) == [.exact, .gt])
        #expect(found.allSatisfy { $0.period == .asOf("2020-12-31") })
        #expect(found[0].holder == "全市")
        #expect(found[0].measure == "5G基站数")
        #expect(found[1].measure == "5G用户数")
        #expect(found[1].holder == "全市")  // carried from the clause before
    }

    @Test func givesEachFigureItsSubjectUnderFenbie() {
        let found = facts("1-7月，汽车、电子和石化同比分别增长30.0%、18.9%和3.4%。", year: 2021)
        #expect(found.map(\.holder) == ["汽车", "电子", "石化"])
        #expect(found.map(\.value) == [30, 18.9, 3.4])
        #expect(found.allSatisfy { $0.direction == "up" && $0.period == Period(start: "2021-01-01", end: "2021-07-31") })
    }

    @Test func keepsAThousandsSeparatorInsideTheClause() throws {
        let found = facts("上半年，全市进出口总值4,500.6亿元，下降3.2%。", year: 2021)
        #expect(found.map(\.value) == [450_060_000_000, 3.2])
        #expect(found.map(\.holder) == ["全市", "全市"])
        #expect(found.map(\.measure) == ["进出口总值", "进出口总值"])
        #expect(found.first?.quote == "全市进出口总值4,500.6亿元")
    }

    @Test func givesCountsADirectionOnlyWhenTheVerbStandsRightBeforeThem() {
        let found = facts("年末全市常住人口1874.03万人，比上年末增加42.14万人，从不到100人增加到近千人。")
        #expect(found.map(\.direction) == [nil, "up", nil, nil])
    }

    @Test func tellsALevelReachedFromAChange() {
        let found = facts("全市先进制造业增加值年均增长7.8%，占规上工业增加值比重提高到59.7%，增速为-2.1%，贡献率分别为1.5%、35.2%。")
        #expect(found.map(\.direction) == ["up", nil, "down", nil, nil])
    }

    @Test func skipsComparisonPeriodsAndGivesEachListedYearItsFigure() {
        let pp = facts("1-8月，全市规上工业增加值增长3.9%，增速比1-7月加快0.4个百分点。", year: 2023)
        #expect(pp.map(\.period) == Array(repeating: Period(start: "2023-01-01", end: "2023-08-31"), count: 2))
        let years = facts("该公司2020年、2021年和2022年分别实现销售收入12.3亿元、16.8亿元和21.5亿元。")
        #expect(years.map(\.period) == [.year(2020), .year(2021), .year(2022)])
        #expect(facts("2022年全市工业增速由一季度的-2.1%回升。", year: 2023).first?.period == Period(start: "2022-01-01", end: "2022-03-31"))
    }

    @Test func splitsTheActorFromWhatItProduced() {
        let found = facts("前三季度，全区完成规上工业总产值1865.2亿元，同比增长7.3%；民营企业增长8.7%。", year: 2022)
        #expect(found.map(\.holder) == ["全区", "全区", "全区"])
        // 民营企业 named alone grows in the quantity stated before it (docs/FACTS.md: a group belongs to the measure).
        #expect(found.map(\.measure) == ["规上工业总产值", "规上工业总产值", "民营企业总产值"])
    }

    @Test func readsTextPastedFromAPDFWithSpacesAroundFigures() throws {
        let text = "上半年,全区地区生产总值达到了 52.3 亿元,较上年同期增长了 7.2%;今年 1 月至 5 月,全区新增 36 家企业。"
        let found = facts(text, year: 2024)
        #expect(found.map(\.value) == [5_230_000_000, 7.2, 36])
        #expect(found.map(\.holder) == ["全区", "全区", "全区"])
        #expect(found.map(\.measure) == ["地区生产总值", "地区生产总值", "新增企业数"])
        #expect(found[1].basis == "同比")
        #expect(found[2].period == Period(start: "2024-01-01", end: "2024-05-31"))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[found[0].span])) == "52.3 亿元")
        #expect(facts("9月份，工业企业产品销售率为98.3 %，工业投资增长 3 .2%，技改投资增长 8 . 9%。").map(\.value) == [98.3, 3.2, 8.9])
    }

    @Test func readsTraditionalCharacters() throws {
        let found = facts("全區規模以上工業增加值同比增長6.5%，汽車產量12.8萬輛，增速比上月加快1.2個百分點。")
        #expect(found.map(\.value) == [6.5, 128_000, 1.2])
        #expect(found.map(\.unit) == ["%", "辆", "pp"])
        #expect(found[0].holder == "全区")
        #expect(found[0].measure == "规模以上工业增加值")
        #expect(found[0].quote == "全區規模以上工業增加值同比增長6.5%")  // quoted as written
    }

    @Test func countsWhatFollowsACountAndPairsListsAcrossClauses() {
        let counted = facts("截至目前，已累计实施了 48 个技术改造项目，其中有 12 个项目被列入省级重点。")
        #expect(counted.map(\.measure) == ["实施技术改造项目数", "项目数"])  // (实施 says which projects are counted)
        let listed = facts("第一、第二、第三产业分别完成增加值12亿元、30亿元和58亿元，增速分别为-1.2%、5.0%和7.4%，比全国和全省分别高1.5个和0.7个百分点。")
        #expect(listed.prefix(6).map(\.holder) == ["第一产业", "第二产业", "第三产业", "第一产业", "第二产业", "第三产业"])
        #expect(listed.prefix(6).map(\.measure) == Array(repeating: "增加值", count: 6))
        #expect(listed.prefix(6).map(\.direction) == [nil, nil, nil, "down", "up", "up"])
        #expect(listed.suffix(2).map(\.unit) == ["pp", "pp"])
    }

    @Test func readsProjectNews() {
        let found = facts("3月2日，某区26个项目集中开工、总投资88.6亿元，签约12个项目，其中超10亿元重大项目5个；新建厂房6万平方米，将提供就业岗位3000余个。")
        #expect(found.map(\.value) == [26, 8.86e9, 12, 5, 60_000, 3000])
        #expect(found.map(\.measure) == ["开工项目数", "总投资", "签约项目数", "超10亿元重大项目数", "新建厂房面积", "提供就业岗位"])
        #expect(found[2].qualifier == .exact)  // the 约 of 签约 is no "about"
        #expect(found.map(\.holder) == Array(repeating: "某区", count: 6))
        #expect(found[5].kind == .forecast)
    }

    @Test func takesTheSubjectOfACopulaClause() {
        let found = facts("某某科技是国家级专精特新企业，去年实现营业收入9.6亿元，但是利润下降3.1%。", year: 2024)
        #expect(found.map(\.holder) == ["某某科技", "某某科技"])
        #expect(found.map(\.measure) == ["营业收入", "利润"])
    }

    @Test func readsBulletedNotesWithSignedGrowth() {
        let found = facts("要点 - 某某电子2024年上半年营业收入32.5亿元(同比+12.4%),归母净利润2.1亿元(同比-8.6%) [3][7] - 某某新材料门店总数达1200家")
        #expect(found.map(\.value) == [3.25e9, 12.4, 2.1e8, 8.6, 1200])
        #expect(found.map(\.direction) == [nil, "up", nil, "down", nil])
        #expect(found.prefix(4).map(\.holder) == ["某某电子", "某某电子", "某某电子", "某某电子"])
        #expect(found.prefix(4).map(\.measure) == ["营业收入", "营业收入", "归母净利润", "归母净利润"])
    }

    @Test func readsASeriesOfIndustriesEachWithItsOwnSubject() {
        let found = facts("■ 1-4月，某市纺织行业同比增长9.1%、化工增长6.3%、食品增长2.2%，按可比价计算增长5.6%；规上工业用电量3.2亿度，用电企业占规上企业82.5%。", year: 2023)
        #expect(found.map(\.holder) == ["某市纺织行业", "化工", "食品", "某市纺织行业", "某市", "某市"])
        #expect(found[4].value == 3.2e8 && found[4].unit == "千瓦时" && found[4].measure == "规上工业用电量")
        #expect(found[5].measure == "用电企业" && found[5].kind == .share && found[5].basis == "规上企业")
    }

    @Test func keepsNamesWithAndHeadingsAndRoughShares() {
        let listed = facts("智能装备、软件与信息服务、生物医药与健康三大产业增加值分别增长9.5%、12.1%和6.8%。")
        #expect(listed.map(\.holder) == ["智能装备产业", "软件与信息服务产业", "生物医药与健康产业"])  // 三大产业 names each
        let headed = facts("三、主要指标完成情况\n全区完成工业投资86.2亿元。")
        #expect(headed.first?.holder == "全区")
        let share = facts("该企业约占国内市场份额的12%。")
        #expect(share.first?.qualifier == .approx)
    }

    @Test func namesWhatAGrowthRateIsAGrowthOf() {
        let found = facts("2023年，全区规上工业总产值2156.3亿元，同比增长8.2%。")
        #expect(found.map(\.measure) == ["规上工业总产值", "规上工业总产值"])
        #expect(found.map(\.kind) == [.level, .change])
    }

    @Test func readsGoalsAndForecastsAsSuchWithTheirOwnPeriods() {
        let found = facts("预计2025年建成投产后可新增年产值150亿元。前三季度，全区规上工业增加值增长6.1%。力争到2025年，全区规上工业总产值突破3000亿元。", year: 2023)
        #expect(found.map(\.kind) == [.forecast, .change, .target])
        #expect(found[0].period == .year(2025))
        #expect(found[1].period == Period(start: "2023-01-01", end: "2023-09-30"))  // not the forecast's 2025
        #expect(found[2].period == .year(2025) && found[2].qualifier == .gt)
    }

    @Test func keepsComparedYearsOutOfLaterClauses() {
        let found = facts("2023年前三季度，全市工业投资比2022年同期增长12.1%，其中技改投资增长20.3%。", year: 2023)
        #expect(found.allSatisfy { $0.period == Period(start: "2023-01-01", end: "2023-09-30") })
        #expect(found.first?.basis == "比2022年同期")
    }

    @Test func readsTheYearToDateAndStocksAsOfADate() {
        let found = FactExtractor.extract("今年以来，全市新增规上工业企业120家，全市规上工业企业达6500家。", documentYear: 2023, documentMonth: 9)
        #expect(found[0].period == Period(start: "2023-01-01", end: "2023-09-30"))
        #expect(found[0].measure == "新增规上工业企业数")
        #expect(found[1].period == .asOf("2023-09-30"))  // a stock is counted at the end
    }

    @Test func resolvesGenericPlacesToTheDocumentsPlace() {
        let titled = FactExtractor.extract("花都区工业和信息化局2023年工作总结\n2023年，全区规上工业总产值2156.3亿元。")
        #expect(titled.first?.holder == "花都区" && titled.first?.holderWritten == "全区")
        let given = FactExtractor.extract("2023年，全区规上工业总产值2156.3亿元，全市增长5%。", place: "花都区")
        #expect(given.map(\.holder) == ["花都区", "全市"])  // 全市 is the city, not the district
    }

    @Test func refusesVerbsAndTimesAsHolders() {
        #expect(FactShape.holder(Array("广州再添".unicodeScalars)).map(Words.text) == "广州")
        #expect(FactShape.holder(Array("花都不断".unicodeScalars)).map(Words.text) == "花都")
        for phrase in ["打造", "现在", "高于全市平均水平", "五年", "国家统计局"] { #expect(FactShape.holder(Array(phrase.unicodeScalars)) == nil, "\(phrase)") }
    }

    @Test func readsRanksAndChangesOfRank() {
        let found = facts("2023年，佛山市排名第6，比上年上升2位；全区规上工业总产值1865.2亿元，居全市第二；南沙区连续五年位居全国首位。")
        #expect(found.map(\.value) == [6, 2, 1_865.2e8, 2, 1])
        #expect(found.map(\.kind) == [.rank, .change, .level, .rank, .rank])
        #expect(found.map(\.unit) == ["位", "位", "CNY", "位", "位"])
        // 南沙区…位居全国首位 names no quantity: it ranks the holder itself (排名).
        #expect(found.map(\.measure) == ["排名", "排名", "规上工业总产值", "规上工业总产值", "排名"])
        #expect(found[3].basis == "全市" && found[4].basis == "全国" && found[1].direction == "up")
        #expect(facts("第一批项目开工，第三产业增加值增长5%。").allSatisfy { $0.kind != .rank })  // ordinals, no ranks
    }

    @Test func readsLastYearsSamePeriodAsThoseMonths() {
        let found = facts("1-9月，花都区汽车产业集群实现产值1335亿元；去年同期，集群产值为1250亿元。", year: 2024)
        #expect(found.map(\.period) == [Period(start: "2024-01-01", end: "2024-09-30"), Period(start: "2023-01-01", end: "2023-09-30")])
    }

    @Test func aHeadingOfGoalsMakesItsSectionTargets() {
        let found = facts("一、2023年工作回顾\n全市地区生产总值增长4.6%。\n二、2024年主要预期目标\n地区生产总值增长5%左右；规模以上工业增加值增长6%左右。\n三、重点工作\n全市新增5G基站1万座。")
        #expect(found.map(\.kind) == [.change, .target, .target, .level])
        #expect(found[1].period == .year(2024) && found[2].period == .year(2024))
    }

    @Test func aFirmsShortNameHoldsWhatFollowsIt() {
        let found = facts("2023年，华驰汽车年产能达到40万辆，科迈智能研发投入3亿元。广州智能装备产值达500亿元。")
        #expect(found.map(\.holder) == ["华驰汽车", "科迈智能", "广州"])
        #expect(found.map(\.measure) == ["年产能", "研发投入", "智能装备产值"])  // 智能装备 is an industry, not a firm
    }

    @Test func readsComparisons() {
        let found = facts("全市规上工业增加值增长2.5%，高于全国（2.3%）。")
        #expect(found.map(\.holder) == ["全市", "全国"])
        #expect(found.map(\.measure) == ["规上工业增加值", "规上工业增加值"])
        #expect(found.map(\.kind) == [.change, .change])
        #expect(found.map(\.value) == [2.5, 2.3])
    }

    @Test func joinsBrokenLinesDropsChromeAndCountsRepeats() throws {
        let text = "字号：大 中 小\n记者 张三 通讯员 李四\n全市规模以上工业企业达\n5829家。\n全市规模以上工业企业达5829家。"
        let found = facts(text)
        let fact = try #require(found.count == 1 ? found.first : nil, "\(found)")
        #expect(fact.value == 5829 && fact.unit == "家")
        #expect(fact.occurrences == 2)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[fact.span])) == "5829家")
        #expect(fact.quote == "全市规模以上工业企业达5829家")
    }

    @Test func findsTheDocumentsOwnDate() {
        #expect(FactExtractor.documentYear("发布时间：2021-01-28 09:30\n今年以来…") == 2021)
        #expect(FactExtractor.documentYear("羊城晚报讯 2021年1月28日，记者报道") == 2021)
        #expect(FactExtractor.documentYear("2020年全市规上工业增加值增长2.5%") == nil)  // a year, not a date
    }

    @Test func readsALongDocumentInOnePass() {
        // 20,000 clauses, half of them repeats: merged by key, not by scanning the facts found so far.
        let text = (0..<20_000).map { "全市企业\($0 % 10_000)家。" }.joined()
        let facts = FactExtractor.extract(text)
        #expect(facts.count == 10_000)
        #expect(facts.allSatisfy { $0.occurrences == 2 })
    }

    @Test func aNameDescribedPastItsLimitReadsWithoutACrash() throws {
        // (Found by the mutated passages: a longer ending, 产业园项目, took the name past where a zone's project is looked for.)
        let text = "总投资10亿元的" + String(repeating: "智", count: 16) + "产业园项目。"
        #expect(FactExtractor.extract(text, date: "2025-01-01").contains { $0.value == 10e8 })
    }

    @Test func survivesMutatedPassages() throws {
        // The annotated passages with bytes flipped, dropped and repeated: any bytes in, no crash, spans in range.
        var generator = SystemRandomNumberGenerator()
        let passages = try Evaluation.shippedCases().map { Array($0.text.utf8) }
        for _ in 0..<400 {
            var bytes = passages.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[i] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: i)
                default: bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + 12)], at: i)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let count = text.unicodeScalars.count
            for fact in FactExtractor.extract(text, documentYear: 2021) {
                #expect(fact.spans.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count })
                #expect(fact.value.isFinite)
            }
        }
    }

    @Test func survivesAnyInput() {
        // Random scalars from digits, numerals, units and punctuation: no crash, spans inside the input.
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.,，。、%万亿元座户家个约近超以上左右增长下降分别年月至-（）(十百千两三五\n 全市汽车产值億萬個增長百分之成签约第每前;:".unicodeScalars)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<400, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let count = text.unicodeScalars.count
            for fact in FactExtractor.extract(text, documentYear: 2021) {
                #expect(fact.span.lowerBound >= 0 && fact.span.upperBound <= count)
                #expect(fact.value.isFinite)
            }
        }
    }
}
