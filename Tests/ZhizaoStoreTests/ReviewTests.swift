import Testing
import ReportReader
import ZhizaoCore
@testable import ZhizaoStore
import ZhizaoStorage

/// Ingesting a report, reviewing its facts, and what accepted facts become.
@Suite struct ReviewTests {
    /// Figures the built-in dataset already holds (from the same bulletin).
    let bulletin = "2020年前三季度，全市新一代信息技术产业实现增加值637.47亿元，同比增长8.3%。\n截至2020年底，全市累计建成5G基站4.8万座，5G用户超640万户。"

    func ingested(_ database: AppDatabase, _ text: String, date: String? = nil) throws -> [PendingFact] {
        let outcome = try database.ingest(text: text, title: "新闻", date: date, file: nil, by: .test)
        return try database.pendingFacts(documentId: outcome.documentId)
    }

    @Test func ingestMatchesHoldersAndMeasuresWithReasons() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, bulletin, date: "2021-01-20")
        #expect(pending.map(\.subject) == [.cluster("next-gen-it"), .cluster("next-gen-it"), .place("guangzhou"), .place("guangzhou")])
        #expect(pending.map(\.subjectReason) == [.cluster, .cluster, .city, .city])
        #expect(pending.map(\.metricId) == ["value-added", "value-added-growth", "5g-base-stations", "5g-users"])
        #expect(pending.map(\.metricReason) == [.name, .growth, .name, .name])
        #expect(try database.sources().contains { $0.id == "doc-1" && $0.title.zh == "新闻" })
    }

    @Test func theSameTextIsNotStoredTwice() throws {
        // Given a document ingested once,
        let database = try AppDatabase.builtIn()
        let first = try database.ingest(text: bulletin, title: "公报", date: nil, file: "a.txt", by: .test)
        let facts = try database.pendingFacts().count
        // When the same text comes again under another name,
        let second = try database.ingest(text: bulletin, title: "公报（转载）", date: nil, file: "b.txt", by: .test)
        // Then nothing is stored and the outcome names the document holding it.
        #expect(first == .stored(documentId: 1))
        #expect(second == .alreadyStored(documentId: 1))
        #expect(try database.documents().count == 1)
        #expect(try database.pendingFacts().count == facts)
        #expect(try database.document(id: 1)?.contentHash == SHA256.hex(bulletin.utf8))
    }

    @Test func factsTheRecordHoldsAreFlaggedAndCannotBeAcceptedAgain() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, bulletin, date: "2021-01-20")
        #expect(pending[2].duplicateOf == "gz-2020-5g-base-stations")
        #expect(pending.allSatisfy { $0.duplicateOf != nil })
        #expect(throws: StoreError.self) { try database.accept(pendingFact: pending[2].id, by: .test) }
        // A different figure for the same subject and metric is no duplicate.
        let later = try ingested(database, "截至2021年底，全市累计建成5G基站6.5万座。")
        #expect(later.first?.duplicateOf == nil)
    }

    @Test func acceptedFactsBecomeObservationsThatKeepTheirWordsAndPeriod() throws {
        let database = try AppDatabase.builtIn()
        let text = "2023年1-9月，花都区规上工业总产值1320亿元，同比增长6.1%。"
        let pending = try ingested(database, text, date: "2023-10-15")
        #expect(pending[0].subject == .place("huadu") && pending[0].subjectReason == .name)
        #expect(pending[0].metricId == "output" && pending[0].metricReason == .synonym)  // 规上 = 规模以上
        let record = try database.accept(pendingFact: pending[0].id, by: .test)
        #expect(record == .observation("doc-1-fact-\(pending[0].id)"))
        let observation = try #require(try database.observations(subject: .place("huadu"), metricId: "output").first)
        // A part-year actual stays part-year.
        #expect(observation.period == Period(start: "2023-01-01", end: "2023-09-30"))
        #expect(observation.isYearToDate && !observation.isAnnualActual)
        #expect(observation.quote == "花都区规上工业总产值1320亿元")
        #expect(observation.sourceId == "doc-1")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[pending[0].fact.span])) == "1320亿元")
        #expect(throws: StoreError.self) { try database.accept(pendingFact: pending[0].id, by: .test) }
        try database.reject(pendingFact: pending[1].id, by: .test)
        #expect(try database.pendingFacts(documentId: 1).isEmpty)
    }

    @Test func aProposedMetricAcceptedTakesItsFacts() throws {
        // Given 签约项目数 and 总投资, which the catalogue lacks,
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "2023年，广州市共签约项目15个，总投资91.7亿元。")
        #expect(pending.map(\.metricId) == [nil, nil])
        let proposals = try database.metricProposals()
        #expect(proposals.map(\.metric.nameZh) == ["签约项目数", "总投资"])
        #expect(proposals.map(\.metric.topic) == [.projects, .projects])
        #expect(pending.map(\.proposalId) == proposals.map(\.id))
        #expect(throws: StoreError.self) { try database.accept(pendingFact: pending[0].id, by: .test) }  // no metric yet
        // When the reviewer accepts the first as a metric, and the second while accepting its fact,
        let metric = try database.acceptMetricProposal(proposals[0].id, MetricAcceptance(id: "signed-projects", nameEn: "Signed projects"), by: .test)
        #expect(metric.unit == "个" && metric.kind == .flow)
        #expect(try database.pendingFacts()[0].metricReason == .proposal)
        let signed = try database.accept(pendingFact: pending[0].id, by: .test)
        let investment = try database.accept(
            pendingFact: pending[1].id, newMetric: MetricAcceptance(id: "total-investment", nameEn: "Total investment"), by: .test)
        // Then both are stored under their new metrics,
        #expect(signed == .observation("doc-1-fact-\(pending[0].id)"))
        #expect(investment == .observation("doc-1-fact-\(pending[1].id)"))
        #expect(try database.observations(subject: .place("guangzhou"), metricId: "signed-projects").first?.quantity == Quantity(15))
        #expect(try database.observations(metricId: "total-investment").first?.quantity == Quantity(9.17e9))
        #expect(try database.metricProposals().isEmpty)
        // and a later report's 签约项目数 matches the metric by name.
        let later = try ingested(database, "2024年，广州市共签约项目20个。")
        #expect(later.first?.metricId == "signed-projects" && later.first?.metricReason == .name)
    }

    @Test func aProposalWithoutAnIdNeedsOne() throws {
        let database = try AppDatabase.builtIn()
        _ = try ingested(database, "2023年，广州市共签约项目15个。")
        let proposal = try #require(try database.metricProposals().first)
        #expect(throws: StoreError.self) { try database.acceptMetricProposal(proposal.id, MetricAcceptance(), by: .test) }
        #expect(throws: StoreError.self) { try database.acceptMetricProposal(proposal.id, MetricAcceptance(id: "Signed Projects"), by: .test) }
        #expect(throws: StoreError.self) { try database.acceptMetricProposal(proposal.id, MetricAcceptance(id: "output"), by: .test) }
    }

    @Test func aGoalBecomesATargetNotAnObservation() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "力争到2025年，汽车产业产值突破10000亿元。", date: "2023-03-01")
        let goal = try #require(pending.first)
        #expect(goal.fact.kind == .target && goal.subject == .cluster("auto") && goal.metricId == "output")
        let observations = try database.observations().count
        let record = try database.accept(pendingFact: goal.id, by: .test)
        #expect(record == .target("doc-1-fact-\(goal.id)"))
        let target = try #require(try database.targets().first { $0.id == "doc-1-fact-\(goal.id)" })
        #expect(target.subject == .cluster("auto") && target.metricId == "output")
        #expect(target.quantity == Quantity(1e12, .gt) && target.deadline == 2025)
        #expect(try database.observations().count == observations)
        #expect(try database.pendingFacts(documentId: 1, status: .accepted).first?.targetId == target.id)
    }

    @Test func anExpectationBecomesAForecastObservation() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "预计2025年，花都区工业总产值将达到3000亿元。", date: "2023-03-01")
        let expected = try #require(pending.first)
        #expect(expected.fact.kind == .forecast && expected.subject == .place("huadu") && expected.metricId == "output")
        _ = try database.accept(pendingFact: expected.id, by: .test)
        let observation = try #require(try database.observations(subject: .place("huadu"), metricId: "output").first)
        #expect(observation.kind == .forecast && !observation.isAnnualActual)
    }

    @Test func aDeclineIsStoredAsANegativeChange() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "2021年，新一代信息技术产业增加值同比下降2.1%。")
        let decline = try #require(pending.first { $0.fact.unit == "%" })
        #expect(decline.fact.direction == "down" && decline.metricId == "value-added-growth")
        _ = try database.accept(pendingFact: decline.id, by: .test)
        let observation = try #require(try database.observations(subject: .cluster("next-gen-it"), metricId: "value-added-growth").last)
        #expect(observation.quantity?.value == -2.1)
    }

    @Test func aRankBecomesARankedObservation() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "2021年，花都区汽车产量60万辆，居全省第一。")
        let fact = try #require(pending.first { $0.fact.unit == "辆" })
        // Read as a level; the reviewer says it is the rank (first in the province) of the same measure.
        let edited = try database.edit(pendingFact: fact.id, FactEdit(kind: .rank, value: 1), by: .test)
        #expect(edited.metricId == "vehicle-production" && edited.metricReason == .rank)
        _ = try database.accept(pendingFact: fact.id, by: .test)
        let observation = try #require(try database.observations(subject: .place("huadu"), metricId: "vehicle-production").first)
        #expect(observation.rank == Rank(1, in: "provincial") && observation.quantity == nil)
    }

    @Test func reviewCorrectsHolderMeasurePeriodAndKind() throws {
        let database = try AppDatabase.builtIn()
        let pending = try ingested(database, "2023年1-9月，花都区规上工业总产值1320亿元，同比增长6.1%。", date: "2023-10-15")
        // A growth of output, which the catalogue lacks: proposed as output-growth.
        #expect(pending[1].metricId == nil)
        #expect(try database.metricProposals().first?.metric.suggestedId == "output-growth")
        // The reviewer corrects holder, measure, period and kind;
        let edited = try database.edit(
            pendingFact: pending[0].id,
            FactEdit(holder: "花都", measure: "规上工业增加值", kind: .forecast, period: Period(text: "2023-01..2023-06")), by: .test)
        #expect(edited.fact.holder == "花都" && edited.subject == .place("huadu") && edited.subjectReason == .name)
        #expect(edited.fact.measure == "规上工业增加值" && edited.metricId == "value-added" && edited.metricReason == .synonym)
        #expect(edited.fact.kind == .forecast && edited.fact.period == Period(start: "2023-01-01", end: "2023-06-30"))
        // and accepting keeps the corrections: a forecast for the first half.
        _ = try database.accept(pendingFact: pending[0].id, edit: FactEdit(value: 6.5e10), by: .test)
        let observation = try #require(try database.observations(subject: .place("huadu"), metricId: "value-added").first)
        #expect(observation.kind == .forecast && observation.quantity?.value == 6.5e10)
        #expect(observation.period == Period(start: "2023-01-01", end: "2023-06-30"))
        // A subject or metric given by the reviewer wins, and must exist; units must agree.
        let byHand = try database.edit(pendingFact: pending[1].id, FactEdit(subject: .cluster("huadu-auto"), period: .asOf("2023-09-30")), by: .test)
        #expect(byHand.subject == .cluster("huadu-auto") && byHand.subjectReason == .reviewer && byHand.fact.period == .asOf("2023-09-30"))
        #expect(throws: StoreError.self) { try database.edit(pendingFact: pending[1].id, FactEdit(subject: .place("atlantis")), by: .test) }
        #expect(throws: StoreError.self) { try database.accept(pendingFact: pending[1].id, edit: FactEdit(metricId: "output"), by: .test) }
    }
}
