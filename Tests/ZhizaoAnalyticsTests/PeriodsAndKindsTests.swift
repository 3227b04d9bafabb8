import Testing
import ZhizaoAnalytics
import ZhizaoCore

/// Part-year figures and forecasts never count as annual actuals; weak chain links count below strong ones.
@Suite struct PeriodsAndKindsTests {
    let cluster = Cluster(id: "c", name: LocalizedText(zh: "某产业集群"), scope: .city, placeId: "city")
    let city = Place(id: "city", kind: .city, name: LocalizedText(zh: "某市"))
    let outputTarget = Target(
        id: "t", subject: .cluster("c"), metricId: "output", quantity: Quantity(2e11), deadline: 2025,
        description: LocalizedText(zh: "2025年产值2000亿元"), sourceId: "s")
    let tierTarget = Target(
        id: "tier", subject: .place("city"), metricId: "cluster-count", quantity: Quantity(1), tier: .hundredBillion,
        deadline: 2025, description: LocalizedText(zh: "千亿级集群1个"), sourceId: "s")

    func output(_ id: String, _ value: Double, _ period: Period, _ kind: ObservationKind = .actual) -> Observation {
        Observation(id: id, subject: .cluster("c"), metricId: "output", quantity: Quantity(value), period: period, kind: kind, sourceId: "s")
    }

    func overview(_ observations: [Observation]) -> ProgrammeOverview {
        ProgrammeOverview(
            places: [city], programmes: [], clusters: [cluster], metrics: [], observations: observations,
            targets: [outputTarget, tierTarget], projects: [])
    }

    @Test func periodsKnowWholeYearsFromYearsToDate() {
        #expect(Period.year(2023).calendarYear == 2023)
        #expect(Period(start: "2023-01-01", end: "2023-09-30").calendarYear == nil)
        #expect(Period(start: "2023-01-01", end: "2023-09-30").isYearToDate)
        #expect(Period.years(2021, 2023).calendarYear == nil)
        #expect(!Period.years(2021, 2023).isYearToDate)
        #expect(Period.asOf("2023-12-31").calendarYear == nil)
        #expect(Period(start: "2023-04-01", end: "2023-06-30").isYearToDate == false)
    }

    @Test func theGoalShownIsTheNextOneAhead() throws {
        // Given the plan's 2025 goal and a 2027 goal accepted later from a work report,
        let later = Target(
            id: "t2027", subject: .cluster("c"), metricId: "output", quantity: Quantity(3e11), deadline: 2027,
            description: LocalizedText(zh: "2027年产值3000亿元"), sourceId: "report")
        func line(_ figures: [Observation]) throws -> ProgrammeOverview.ClusterLine {
            try #require(
                ProgrammeOverview(
                    places: [city], programmes: [], clusters: [cluster], metrics: [], observations: figures,
                    targets: [later, outputTarget, tierTarget], projects: []
                ).clusters.first)
        }
        // When the latest output is of 2024, Then the 2025 goal is the one ahead, whatever order they were stored in;
        let ahead = try line([output("2024", 1.5e11, .year(2024))])
        #expect(ahead.target?.id == "t" && ahead.progress == 0.75)
        // once 2026's output is in, the 2027 goal is; and with every deadline past, the latest one is shown.
        #expect(try line([output("2026", 2.4e11, .year(2026))]).target?.id == "t2027")
        #expect(try line([output("2028", 3.1e11, .year(2028))]).target?.id == "t2027")
        // The clusters page's target path runs to the same goal.
        let paths = TargetPath.all(clusters: [cluster], targets: [outputTarget, later], observations: [output("2026", 2.4e11, .year(2026))])
        #expect(paths.map(\.target.id) == ["t2027"])
    }

    @Test func aNineMonthFigureIsNoAnnualOutput() throws {
        // Given 2023年前三季度 1320亿元, the only output stated.
        let nineMonths = output("ytd", 1.32e11, Period(start: "2023-01-01", end: "2023-09-30"))
        // When the overview and the target path are computed,
        let line = try #require(overview([nineMonths]).clusters.first)
        let path = TargetPath(cluster: cluster, target: outputTarget, outputs: [nineMonths])
        // Then it is shown as year to date, not 千亿级, and counts nothing toward the target or the tier count.
        #expect(line.yearToDate?.id == "ytd")
        #expect(line.headline?.id == "ytd")
        #expect(line.headline?.marks == [Period.yearToDateName])
        #expect(line.annualOutput == nil)
        #expect(line.tier == nil)
        #expect(line.progress == nil)
        #expect(overview([nineMonths]).tierCounts.first?.reaching.isEmpty == true)
        #expect(path.current == nil)
        #expect(path.status == .unknown)
    }

    @Test func theLastWholeYearCountsAndALaterYearToDateIsShownBesideIt() throws {
        let year = output("2022", 9e10, .year(2022))
        let nineMonths = output("ytd", 1.32e11, Period(start: "2023-01-01", end: "2023-09-30"))
        let line = try #require(overview([year, nineMonths]).clusters.first)
        #expect(line.annualOutput?.id == "2022")
        #expect(line.headline?.id == "2022")
        #expect(line.yearToDate?.id == "ytd")
        #expect(line.tier?.tier == .tenBillion)
        #expect(line.progress == 0.45)
        #expect(TargetPath(cluster: cluster, target: outputTarget, outputs: [year, nineMonths]).current?.id == "2022")
    }

    @Test func aForecastIsNotTheLatestActual() throws {
        // Given 2022 actual 900亿元 and 预计2025年 2500亿元.
        let actual = output("2022", 9e10, .year(2022))
        let forecast = output("2025-forecast", 2.5e11, .year(2025), .forecast)
        let line = try #require(overview([actual, forecast]).clusters.first)
        let path = TargetPath(cluster: cluster, target: outputTarget, outputs: [actual, forecast])
        // Then the 2022 actual is the latest output: no 千亿级, no target reached, no growth from the forecast.
        #expect(line.headline?.id == "2022")
        #expect(line.tier?.tier == .tenBillion)
        #expect(overview([actual, forecast]).tierCounts.first?.reaching.isEmpty == true)
        #expect(path.current?.id == "2022")
        #expect(path.status == .unknown)
        #expect(path.recentGrowth == nil)
        #expect(forecast.marks == [ObservationKind.forecast.name])
    }

    @Test func aForecastNeitherConflictsWithNorChecksAnActual() {
        let actual = output("a", 9e10, .year(2025))
        var forecast = output("f", 2.5e11, .year(2025), .forecast)
        forecast.sourceId = "other"
        let findings = ConsistencyCheck.run(observations: [actual, forecast], clusters: [cluster])
        #expect(findings.allSatisfy { $0.check != "conflicting-values" })
        // Two forecasts of one year by two sources may differ; two actuals may not, unless a bound allows both.
        var other = output("f2", 1.8e11, .year(2025), .forecast)
        other.sourceId = "third"
        #expect(ConsistencyCheck.run(observations: [forecast, other], clusters: [cluster]).allSatisfy { $0.check != "conflicting-values" })
        var bound = output("b", 1.8e11, .year(2024))
        (bound.quantity, bound.sourceId) = (Quantity(1.8e11, .gt), "third")
        let agreeing = ConsistencyCheck.run(observations: [output("x", 2.3e11, .year(2024)), bound], clusters: [cluster])
        #expect(agreeing.allSatisfy { $0.check != "conflicting-values" })
        var exceeded = bound
        exceeded.quantity = Quantity(2.5e11, .gt)
        let clashing = ConsistencyCheck.run(observations: [output("x", 2.3e11, .year(2024)), exceeded], clusters: [cluster])
        #expect(clashing.contains { $0.check == "conflicting-values" && $0.severity == .inconsistent })
    }

    @Test func aChainOfWeakLinksIsNotComplete() throws {
        // Given one small firm on every link of the auto chain,
        let chain = try #require(ChainTemplates.shipped.chain(forCluster: "auto"))
        let stats = Dictionary(uniqueKeysWithValues: chain.nodes.map { ($0.classes[0], ClassStats(firms: 1, revenue: 1e7)) })
        let analysis = ChainAnalysis(
            chain: chain, placeId: nil, classStats: stats, namedFirms: [], leaders: [], projects: [],
            thresholds: ChainTemplates.shipped.thresholds)
        // Then every link is weak and the chain is half complete, not 100 %.
        #expect(analysis.nodes.allSatisfy { $0.strength == .weak })
        #expect(analysis.gaps.isEmpty)
        #expect(abs(analysis.completeness - 0.5) < 1e-9)
    }
}
