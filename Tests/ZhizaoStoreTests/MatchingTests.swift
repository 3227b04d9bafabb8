import Testing
@testable import ReportReader
import ZhizaoCore
import ZhizaoDataset
@testable import ZhizaoStore
import ZhizaoStorage

/// Holders to subjects and measures to metrics, with the reasons the reviewer sees.
@Suite struct MatchingTests {
    let subjects: SubjectMatcher
    let metrics: MetricMatcher

    init() throws {
        let d = try BuiltInDataset.guangzhou2020()
        subjects = SubjectMatcher(
            places: d.places, clusters: d.clusters,
            firms: d.enterprises.filter { $0.uscc == nil }.map { ($0.name.zh, $0.slug ?? "") })
        metrics = MetricMatcher(metrics: d.metrics)
    }

    @Test(arguments: [
        ("广州市", "place:guangzhou", MatchReason.name),
        ("花都区", "place:huadu", .name),
        ("花都", "place:huadu", .name),
        ("全市", "place:guangzhou", .city),
        ("花都区政府", "place:huadu", .contained),
        ("新一代信息技术产业", "cluster:next-gen-it", .cluster),
        ("汽车产业", "cluster:auto", .cluster),
        ("广州汽车产业集群", "cluster:auto", .cluster),
        ("花都区汽车产业", "cluster:huadu-auto", .cluster),
        ("花都汽车产业集群", "cluster:huadu-auto", .name),
        ("软件和信息服务业", "cluster:software", .cluster),
        ("高端装备制造业", "cluster:high-end-equipment", .cluster),
        ("东风日产", "enterprise:dongfeng-nissan", .name),
    ])
    func holdersMeetSubjects(holder: String, subject: String, reason: MatchReason) {
        #expect(subjects.subject(holder, documentPlace: "广州市") == Match(Subject(subject)!, reason))
    }

    /// 全市 and an industry without a place, in a document that names no place, are the city's only for the reviewer
    /// to confirm; in one about a place the database does not hold, they are nobody's here.
    @Test func theCityIsAssumedOnlyWhereTheDocumentNamesNoPlace() {
        #expect(subjects.subject("全市") == Match(.place("guangzhou"), .assumedCity))
        #expect(subjects.subject("汽车产业") == Match(.cluster("auto"), .assumedCity))
        #expect(subjects.subject("花都区汽车产业") == Match(.cluster("huadu-auto"), .cluster))  // its place is written
        #expect(subjects.subject("全市", documentPlace: "顺德区") == nil)
        #expect(subjects.subject("汽车产业", documentPlace: "佛山市") == nil)
        #expect(subjects.subject("花都区", documentPlace: "佛山市") == Match(.place("huadu"), .name))
        let assumed = PendingFact(
            id: 1, documentId: 1, fact: Fact(
                value: 1, unit: "CNY", qualifier: .exact, direction: nil, holder: "全市", measure: "产值", kind: .level, period: .year(2023),
                quote: "", span: 0..<1, occurrences: 1), subject: .place("guangzhou"), subjectReason: .assumedCity,
            metricId: "output", metricReason: .name, status: .pending)
        #expect(!assumed.isConfident)
        var city = assumed
        city.subjectReason = .city
        #expect(city.isConfident)
    }

    @Test func aDistrictsReportSpeaksOfTheDistrictsIndustryAndAProjectIsNoCluster() {
        // Given a report about 花都区, an industry it names without a place is 花都's; 番禺区 has no auto cluster.
        #expect(subjects.subject("汽车产业集群", documentPlace: "花都区") == Match(.cluster("huadu-auto"), .cluster))
        #expect(subjects.subject("汽车制造业", documentPlace: "番禺区") == nil)
        #expect(subjects.subject("汽车制造业", documentPlace: "广州市") == Match(.cluster("auto"), .cluster))
        #expect(subjects.subject("某新能源汽车零部件产业园项目") == nil)
    }

    @Test func aFigureWithoutAHolderIsThePlaceTheDocumentIsAbout() {
        #expect(subjects.subject(nil, documentPlace: "花都区") == Match(.place("huadu"), .document))
        #expect(subjects.subject(nil, documentPlace: "广州市") == Match(.place("guangzhou"), .document))
        #expect(subjects.subject(nil, documentPlace: "长沙市") == nil)  // a place the database does not hold
        #expect(subjects.subject(nil) == nil)
    }

    @Test(arguments: ["全国", "花都区纺织产业", "广汽埃安", "全区"])
    func holdersWithoutASubjectMatchNone(holder: String) {
        #expect(subjects.subject(holder) == nil)
    }

    @Test(arguments: [
        ("规上工业增加值", "CNY", MeasureAspect.level, nil, "value-added", MatchReason.synonym),
        ("规模以上工业总产值", "CNY", .level, nil, "output", .synonym),
        ("产值", "CNY", .level, nil, "output", .name),
        ("5G基站数", "座", .level, nil, "5g-base-stations", .name),
        ("规上工业企业数", "家", .level, nil, "above-scale-enterprise-count", .name),
        ("“规模以上”的工业企业数", "家", .level, nil, "above-scale-enterprise-count", .name),
        ("规模以上工业增加值", "%", .change, nil, "value-added-growth", .growth),
        ("产值", "%", .share, "全市", "share-of-city-output", .synonym),
    ] as [(String, String, MeasureAspect, String?, String, MatchReason)])
    func measuresMeetMetricsThroughSynonyms(
        measure: String, unit: String, aspect: MeasureAspect, basis: String?, metric: String, reason: MatchReason
    ) {
        #expect(metrics.metric(measure, unit: unit, aspect: aspect, basis: basis) == Match(metric, reason))
    }

    @Test func anExpectedOrIntendedIncreaseIsNoLevel() {
        // 预计全年汽车产量将比上年增加10万辆: the increase expected, not the year's output.
        let increase = FactExtractor.extract("预计全年全区汽车产量将比上年增加10万辆。", date: "2023-10-20")
        #expect(increase.first?.kind == .forecast && increase.first?.direction == "up")
        #expect(increase.first.map { FactFiling.aspect($0) } == .change)
        #expect(increase.first.map { metrics.metric($0.measure, unit: $0.unit, aspect: FactFiling.aspect($0)) } == .some(nil))
        // The level expected is a level.
        let level = FactExtractor.extract("预计全年全区汽车产量将达到80万辆。", date: "2023-10-20")
        #expect(level.first.map { FactFiling.aspect($0) } == .level)
    }

    @Test func aDocumentGivenNoDateKeepsTheOneItsTextGives() throws {
        let d = try BuiltInDataset.guangzhou2020()
        let filing = FactFiling(FilingCatalogue(places: d.places, clusters: d.clusters, firms: [], metrics: d.metrics))
        let text = "花都区2023年1-9月工业经济运行情况\n（花都区统计局 2023年10月20日）\n1-9月，全区规模以上工业总产值1320.5亿元。"
        #expect(filing.read(text: text, title: "简况", date: nil, file: nil, place: nil).date == "2023-10-20")
        #expect(filing.read(text: text, title: "简况", date: "2023-11-01", file: nil, place: nil).date == "2023-11-01")
        #expect(filing.read(text: "全区规模以上工业总产值1320.5亿元。", title: "简况", date: nil, file: nil, place: nil).date == nil)
    }

    @Test func aMeasureInAnotherUnitOrUnknownMatchesNone() {
        #expect(metrics.metric("新能源汽车", unit: "辆", aspect: .level) == nil)  // not 新能源汽车在建产能
        #expect(metrics.metric("产值", unit: "家", aspect: .level) == nil)
        #expect(metrics.metric("签约项目数", unit: "个", aspect: .level) == nil)
    }

    @Test func proposesWhatTheCatalogueLacks() throws {
        let signed = try #require(metrics.proposal("签约项目数", unit: "个", aspect: .level, isStock: false))
        #expect(signed == ProposedMetric(nameZh: "签约项目数", unit: "个", kind: .flow, topic: .projects))
        let investment = try #require(metrics.proposal("总投资", unit: "CNY", aspect: .level, isStock: false))
        #expect(investment.topic == .projects && investment.kind == .flow && investment.suggestedId == nil)
        // Output's growth: the catalogue has output but no output-growth, so one is proposed under that id.
        let growth = try #require(metrics.proposal("工业总产值", unit: "%", aspect: .change, isStock: false))
        #expect(growth.suggestedId == "output-growth" && growth.growthOf == "output" && growth.nameZh == "产值增速")
        #expect(metrics.proposal("规上工业增加值", unit: "CNY", aspect: .level, isStock: false) == nil)
        // 新签约项目数 and 签约项目数 are one proposal; 签约重大项目数, a class of them, another.
        #expect(metrics.proposal("新签约项目数", unit: "个", aspect: .level, isStock: false) == signed)
        #expect(metrics.proposal("签约重大项目数", unit: "个", aspect: .level, isStock: false)?.nameZh == "签约重大项目数")
    }
}
