import Testing
import ZhizaoCore
import ZhizaoDataset
@testable import ZhizaoStore
import ZhizaoStorage

/// Every fact of shared/reference/guangzhou-2020.md, figure by figure, as the database holds it.
@Suite struct DatasetCompletenessTests {
    let database: AppDatabase
    let observations: [Observation]

    init() throws {
        database = try AppDatabase.builtIn()
        observations = try database.observations()
    }

    struct Figure: Sendable, CustomTestStringConvertible {
        var subject: Subject
        var metric: String
        var value: Double?
        var qualifier: Qualifier?
        var period: Period
        var rank: Rank? = nil
        var testDescription: String { "\(subject) \(metric)" }
    }

    static let figures: [Figure] = [
        Figure(subject: .cluster("auto"), metric: "output", value: 5e11, qualifier: .approx, period: .year(2020)),
        Figure(subject: .cluster("auto"), metric: "vehicle-production", value: 3e6, qualifier: .approx, period: .year(2020), rank: Rank(1, in: "national")),
        Figure(subject: .cluster("auto"), metric: "nev-capacity-under-construction", value: nil, qualifier: nil, period: .year(2020), rank: Rank(1, in: "national")),
        Figure(subject: .cluster("software"), metric: "output", value: 5e11, qualifier: .nearly, period: .year(2020)),
        Figure(subject: .cluster("software"), metric: "output", value: 3e9, qualifier: .exact, period: .year(2000)),
        Figure(subject: .cluster("software"), metric: "output", value: 4.283e11, qualifier: .exact, period: .year(2019)),
        Figure(subject: .cluster("software"), metric: "growth-multiple", value: 140, qualifier: .exact, period: .years(2000, 2019)),
        Figure(subject: .cluster("software"), metric: "annual-growth", value: 15, qualifier: .ge, period: Period(end: "2019-12-31")),
        Figure(subject: .cluster("uhd-display"), metric: "output", value: 2e11, qualifier: .approx, period: .year(2020)),
        Figure(subject: .cluster("uhd-display"), metric: "4k-board-shipments", value: nil, qualifier: nil, period: .year(2020), rank: Rank(1, in: "global")),
        Figure(subject: .cluster("uhd-display"), metric: "display-module-market-share", value: nil, qualifier: nil, period: .year(2020), rank: Rank(1, in: "global")),
        Figure(subject: .cluster("green-petrochem"), metric: "output", value: 1e11, qualifier: .gt, period: .year(2020)),
        Figure(subject: .cluster("high-end-equipment"), metric: "output", value: 1e11, qualifier: .gt, period: .year(2020)),
        Figure(subject: .cluster("next-gen-it"), metric: "value-added", value: 63_747_000_000, qualifier: .exact, period: Period(start: "2020-01-01", end: "2020-09-30")),
        Figure(subject: .cluster("next-gen-it"), metric: "value-added-growth", value: 8.3, qualifier: .exact, period: Period(start: "2020-01-01", end: "2020-09-30")),
        Figure(subject: .place("guangzhou"), metric: "single-champion-count", value: 10, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "single-champion-new-count", value: 3, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "cultivation-pool-count", value: 905, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "upgraded-to-above-scale-count", value: 2412, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "above-scale-enterprise-count", value: 5829, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "cloud-adoption-share", value: 40, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "innovation-centres-national", value: 1, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "innovation-centres-provincial", value: 9, qualifier: .exact, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "5g-base-stations", value: 48_000, qualifier: .exact, period: .asOf("2020-12-31"), rank: Rank(1, in: "provincial")),
        Figure(subject: .place("guangzhou"), metric: "5g-new-users", value: 5_400_000, qualifier: .approx, period: .year(2020)),
        Figure(subject: .place("guangzhou"), metric: "5g-users", value: 6_400_000, qualifier: .gt, period: .asOf("2020-12-31")),
        Figure(subject: .place("guangzhou"), metric: "broadband-ports", value: 13_208_000, qualifier: .exact, period: .asOf("2020-09-30"), rank: Rank(1, in: "provincial")),
        Figure(subject: .place("guangzhou"), metric: "ftth-ports", value: 12_296_000, qualifier: .exact, period: .asOf("2020-09-30"), rank: Rank(1, in: "provincial")),
        Figure(subject: .place("guangzhou"), metric: "fibre-users", value: 5_559_000, qualifier: .exact, period: .asOf("2020-09-30"), rank: Rank(1, in: "provincial")),
        Figure(subject: .place("guangzhou"), metric: "mobile-broadband-users", value: 27_671_000, qualifier: .exact, period: .asOf("2020-09-30"), rank: Rank(1, in: "provincial")),
        Figure(subject: .cluster("huadu-auto"), metric: "share-of-city-output", value: 33, qualifier: .ge, period: .year(2020)),
        Figure(subject: .place("huadu"), metric: "key-project-count", value: 27, qualifier: .exact, period: .year(2020)),
    ]

    @Test(arguments: figures)
    func holdsTheFigure(figure: Figure) throws {
        let matches = observations.filter {
            $0.subject == figure.subject && $0.metricId == figure.metric && $0.period == figure.period
        }
        let o = try #require(matches.count == 1 ? matches.first : nil, "expected one observation, found \(matches.count)")
        #expect(o.quantity?.value == figure.value)
        #expect(o.quantity?.qualifier == figure.qualifier)
        #expect(o.rank == figure.rank)
        #expect(o.sourceId == "ycwb-2021-gz-manufacturing")
        #expect(o.quote?.isEmpty == false)
    }

    @Test func holdsNoFigureTheReferenceDoesNotGive() {
        #expect(observations.count == Self.figures.count)
    }

    @Test func holdsTheElevenDistrictsAndTheSpatialLayout() throws {
        let places = try database.places()
        let districts = places.filter { $0.kind == .district }.map(\.name.zh)
        #expect(Set(districts) == ["越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"])
        let byRole = { (role: LayoutRole) in places.filter { $0.layoutRole == role }.map(\.name.zh) }
        #expect(byRole(.core) == ["广州人工智能与数字经济试验区"])
        #expect(byRole(.corridor) == ["广深港澳科技创新走廊"])
        #expect(byRole(.zone) == ["广州开发区", "南沙开发区", "增城开发区"])
        let zoneDistricts = places.filter { $0.layoutRole == .zone }.map(\.parentId)
        #expect(zoneDistricts == ["huangpu", "nansha", "zengcheng"])
        #expect(places.contains { $0.name.zh == "广州花都高新区" && $0.level == "provincial" })
        #expect(places.contains { $0.name.zh == "中国电科华南电子信息产业园" && $0.parentId == "huadu" })
    }

    @Test func holdsTheNamedEnterprisesAndProjects() throws {
        let enterprises = try database.dataset().enterprises
        #expect(Set(enterprises.compactMap(\.slug)) == ["cansemi", "hongli", "dongfeng-nissan", "iat", "cetc"])
        #expect(enterprises.allSatisfy { $0.uscc == nil && $0.revenue.isEmpty })  // none given by the source
        let projects = Dictionary(uniqueKeysWithValues: try database.projects().map { ($0.id, $0) })
        let plan = "广州市2020年重点建设项目建设计划"
        for name in ["广州声光数控科技园", "美华航空电子研发建设项目", "现代物流机器人研发生产项目", "东风日产车型技术改造项目", "阿尔特汽车技术股份有限公司项目"] {
            let project = try #require(projects.values.first { $0.name.zh == name }, "\(name)")
            #expect(project.listings == [plan])
            #expect(project.placeId == "huadu")
        }
        let phase1 = try #require(projects["hongli-mini-micro-led-1"])
        #expect(phase1.phases == [ProjectPhase(number: 1, status: .inProduction, since: "2020-12")])
        let phase2 = try #require(projects["hongli-led-backlight-2"])
        #expect(phase2.status == .signed)
        #expect(phase2.investment == Quantity(2e9, .approx, stated: "约20亿元"))
        #expect(projects["huadu-dongfeng-nissan-agreement"]?.investorIds == ["dongfeng-nissan"])
        #expect(projects["cansemi-12-inch-fab"]?.status == .inProduction)
    }

    @Test func holdsTheProgrammeTargetsAndStatements() throws {
        let targets = Dictionary(uniqueKeysWithValues: try database.targets().map { ($0.id, $0) })
        #expect(targets["gz-14th-trillion-clusters"]?.quantity?.value == 2)
        #expect(targets["gz-14th-trillion-clusters"]?.tier == .trillion)
        #expect(targets["gz-14th-hundred-billion-clusters"]?.quantity?.value == 10)
        #expect(targets["gz-14th-ten-billion-clusters"]?.quantity == nil)  // "several": no number is given
        #expect(targets["gz-14th-auto-trillion"]?.deadline == 2025)
        #expect(targets["huadu-auto-200bn"]?.goal == 2e11)
        #expect(targets["huadu-auto-200bn"]?.deadline == nil)
        let programme = try #require(try database.programmes().first)
        #expect(programme.period == .years(2021, 2025))
        #expect(programme.strands.map(\.zh).contains("强主体"))
        let statements = try database.statements()
        let brands = statements.filter { $0.kind == .brand }.map(\.text.zh)
        #expect(brands == ["智车之城", "软件名城", "显示之都", "定制之都", "新材料高地"])
        #expect(statements.filter { $0.kind == .recommendation }.count == 8)
        #expect(try database.futureIndustries().map(\.name.zh) == ["天然气水合物", "区块链", "量子科技", "太赫兹", "纳米科技"])
    }
}

/// Invariants every dataset file must keep.
@Suite struct DatasetInvariantTests {
    let dataset: Dataset

    init() throws { dataset = try BuiltInDataset.guangzhou2020() }

    @Test func idsAreUnique() {
        for ids in [
            dataset.places.map(\.id), dataset.clusters.map(\.id), dataset.metrics.map(\.id), dataset.projects.map(\.id),
            dataset.observations.map(\.id), dataset.targets.map(\.id), dataset.statements.map(\.id),
        ] {
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func qualifiersAgreeWithTheStatedFigures() {
        let figures = dataset.observations.compactMap(\.quantity) + dataset.projects.compactMap(\.investment)
        for q in figures {
            let stated = q.stated ?? ""
            let expected: Qualifier =
                stated.hasPrefix("约") ? .approx : stated.hasPrefix("近") ? .nearly : stated.hasPrefix("超") ? .gt
                : stated.hasSuffix("以上") ? .ge : .exact
            #expect(q.qualifier == expected, "\(stated)")
        }
    }

    @Test func everyRecordCitesAKnownSource() {
        let sources = Set(dataset.sources.map(\.id))
        let cited = dataset.observations.map(\.sourceId) + dataset.targets.map(\.sourceId)
            + dataset.statements.map(\.sourceId) + dataset.projects.compactMap(\.sourceId)
            + dataset.places.compactMap(\.sourceId) + dataset.clusters.compactMap(\.sourceId)
        #expect(cited.allSatisfy(sources.contains))
    }

    @Test func loadsIntoTheDatabaseWithEveryReferenceResolved() throws {
        // Foreign keys are on: a dangling reference fails the load.
        let database = try AppDatabase.inMemory()
        try database.load(dataset)
        #expect(try database.places().count == dataset.places.count)
    }
}
