import ReportReader
import Testing
import ZhizaoCore
import ZhizaoDataset
import ZhizaoStorage
@testable import ZhizaoPostgres

extension StorageContract {
    /// Ingesting a report, reviewing its facts, and what accepted facts become (`ReviewStore`), on every engine.
    struct ReviewStoreContractTests {
        /// Figures the built-in dataset already holds (from the same bulletin).
        static let bulletin = "2020年前三季度，全市新一代信息技术产业实现增加值637.47亿元，同比增长8.3%。\n截至2020年底，全市累计建成5G基站4.8万座，5G用户超640万户。"

        /// The pending facts of `text` ingested as a document about `place` (广州市: its 全市 is the city's).
        static func ingested(_ store: any ReviewStore, _ text: String, date: String? = nil, place: String? = "广州市") async throws -> [PendingFact] {
            let outcome = try await store.ingest(text: text, title: "新闻", date: date, file: nil, place: place, by: .contract)
            return try await store.pendingFacts(documentId: outcome.documentId, status: .pending)
        }

        /// Runs `body` and returns the store error it throws.
        static func storeError(_ body: () async throws -> some Any) async -> StoreError? {
            await thrownError(StoreError.self, body)
        }

        @Test(arguments: StorageEngine.available)
        func theCatalogueHoldsTheDatasetInTheOrderItWasLoaded(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let catalogue = try await store.filingCatalogue()
                let dataset = try BuiltInDataset.guangzhou2020()
                #expect(catalogue.places.map(\.id) == dataset.places.map(\.id))
                // Clusters in the order the load adds them (parents first), which is not the file's.
                #expect(Set(catalogue.clusters.map(\.id)) == Set(dataset.clusters.map(\.id)) && catalogue.clusters.count == dataset.clusters.count)
                #expect(catalogue.clusters.firstIndex { $0.id == "huadu-airport-economy" }! < catalogue.clusters.firstIndex { $0.id == "huadu-auto" }!)
                #expect(catalogue.metrics.map(\.id) == dataset.metrics.map(\.id))
                #expect(catalogue.metrics.first { $0.id == "output" }?.synonyms.contains("工业总产值") == true)
                #expect(!catalogue.firms.isEmpty && catalogue.firms.allSatisfy { !$0.ref.isEmpty && !$0.name.isEmpty })
            }
        }

        @Test(arguments: StorageEngine.available)
        func ingestMatchesHoldersAndMeasuresWithReasons(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, Self.bulletin, date: "2021-01-20")
                #expect(pending.map(\.subject) == [.cluster("next-gen-it"), .cluster("next-gen-it"), .place("guangzhou"), .place("guangzhou")])
                #expect(pending.map(\.subjectReason) == [.cluster, .cluster, .name, .name])  // 全市 read as 广州市
                #expect(pending.map(\.metricId) == ["value-added", "value-added-growth", "5g-base-stations", "5g-users"])
                #expect(pending.map(\.metricReason) == [.name, .growth, .name, .name])
                let documents = try await store.documents()
                #expect(documents.map(\.id) == [1] && documents[0].sourceId == "doc-1" && documents[0].title == "新闻")
                #expect(documents[0].date == "2021-01-20" && documents[0].text == Self.bulletin)
                // The ingest is logged with its title and number of facts.
                let entry = try #require(try await StoredRecords.audit(store).last)
                #expect(entry.action == "ingest" && entry.recordType == "document" && entry.recordId == "1")
                #expect(entry.note == #"{"facts":"4","title":"新闻"}"#)
            }
        }

        @Test(arguments: StorageEngine.available)
        func theSameTextIsNotStoredTwice(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                // Given a document ingested once,
                let first = try await store.ingest(text: Self.bulletin, title: "公报", date: nil, file: "a.txt", place: nil, by: .contract)
                let facts = try await store.pendingFacts(documentId: nil, status: nil).count
                // When the same text comes again under another name,
                let second = try await store.ingest(text: Self.bulletin, title: "公报（转载）", date: nil, file: "b.txt", place: nil, by: .contract)
                let stored = try await store.store(
                    FactFiling(try await store.filingCatalogue()).read(text: Self.bulletin, title: "再次", date: nil, file: nil, place: nil),
                    by: .contract)
                // Then nothing is stored and the outcome names the document holding it.
                #expect(first == .stored(documentId: 1))
                #expect(second == .alreadyStored(documentId: 1) && stored == .alreadyStored(documentId: 1))
                #expect(try await store.documents().count == 1)
                #expect(try await store.pendingFacts(documentId: nil, status: nil).count == facts)
                #expect(try await store.document(id: 1)?.contentHash == SHA256.hex(Self.bulletin.utf8))
                #expect(try await store.document(id: 1)?.file == "a.txt")
                #expect(try await store.document(contentHash: SHA256.hex(Self.bulletin.utf8)) == 1)
                #expect(try await store.document(contentHash: SHA256.hex("另一篇".utf8)) == nil)
                #expect(try await store.document(id: 2) == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aGoalRestatedIsFlaggedAsTheTargetItRepeats(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                // Given a goal accepted from one document,
                let goal = "力争到2027年，全市规模以上工业总产值突破30000亿元。"
                let first = try await Self.ingested(store, goal, date: "2024-02-01")
                let record = try await store.accept(pendingFact: first[0].id, edit: FactEdit(), newMetric: nil, by: .contract)
                guard case .target(let targetId) = record else { Issue.record("not a target: \(record)"); return }
                // When another document restates it,
                let again = try await Self.ingested(store, "报告重申，" + goal, date: "2024-03-01")
                // Then it is flagged as that target's repeat, not confident, and cannot be accepted as a second one.
                #expect(again.first?.duplicateOf == targetId)
                #expect(try await store.confidentFacts(documentId: 2).isEmpty)
                let error = await Self.storeError { try await store.accept(pendingFact: again[0].id, edit: FactEdit(), newMetric: nil, by: .contract) }
                #expect(error?.message == "fact \(again[0].id) repeats target \(targetId) (same subject, metric, value and deadline); reject it")
                // A goal of another deadline is no repeat.
                let later = try await Self.ingested(store, "力争到2030年，全市规模以上工业总产值突破30000亿元。", date: "2024-03-01")
                #expect(later.first?.duplicateOf == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func factsTheRecordHoldsAreFlaggedAndCannotBeAcceptedAgain(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, Self.bulletin, date: "2021-01-20")
                #expect(pending[2].duplicateOf == "gz-2020-5g-base-stations")
                #expect(pending.allSatisfy { $0.duplicateOf != nil })
                #expect(try await store.pendingFact(id: pending[2].id)?.duplicateOf == "gz-2020-5g-base-stations")
                #expect(try await store.confidentFacts(documentId: 1).isEmpty)
                let error = await Self.storeError { try await store.accept(pendingFact: pending[2].id, edit: FactEdit(), newMetric: nil, by: .contract) }
                #expect(error?.code == .exists)
                #expect(error?.message == "fact \(pending[2].id) repeats observation gz-2020-5g-base-stations (same subject, metric, value and period); reject it")
                // A different figure for the same subject and metric is no duplicate, and may be accepted as it stands.
                let later = try await Self.ingested(store, "截至2021年底，全市累计建成5G基站6.5万座。")
                #expect(later.first?.duplicateOf == nil)
                #expect(try await store.confidentFacts(documentId: 2).map(\.id) == later.map(\.id))
                // In a document that names no place, 全市 is the city's only once the reviewer confirms it.
                let unplaced = try await Self.ingested(store, "截至2022年底，全市累计建成5G基站7.6万座。", place: nil)
                #expect(unplaced.map(\.subjectReason) == [.assumedCity] && unplaced.first?.subject == .place("guangzhou"))
                #expect(try await store.confidentFacts(documentId: 3).isEmpty)
                // A figure with no holder written is the document's place's, for the reviewer to confirm one by one (a title that
                // opened with the place, 番禺区2023年…情况, would give it the place itself: docs/FACTS.md).
                let unnamed = try await store.ingest(
                    text: "2023年1-9月番禺区国民经济运行情况\n\n前三季度，全区实现地区生产总值1985.6亿元。规模以上工业总产值1720.4亿元。", title: "简报", date: nil, file: nil, place: nil, by: .contract)
                guard case .stored(let document) = unnamed else { Issue.record("not stored"); return }
                let facts = try await store.pendingFacts(documentId: document, status: .pending)
                #expect(facts.map(\.fact.holder) == ["番禺区", nil] && facts.map(\.subject) == [.place("panyu"), .place("panyu")])
                #expect(facts.map(\.subjectReason) == [.name, .document] && facts.last?.metricId == "output")
                #expect(try await store.confidentFacts(documentId: document).isEmpty)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anActualThatSaysNoPeriodIsNotAcceptedUntilGivenOne(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                // Given a figure of a document with no date and no period written,
                let pending = try await Self.ingested(store, "花都区规上工业总产值1500亿元。")
                #expect(pending.count == 1 && pending[0].fact.period == nil && pending[0].subject == .place("huadu"))
                // it is not confident, and accepting it as it stands is refused with what to do;
                #expect(try await store.confidentFacts(documentId: 1).isEmpty)
                let error = await Self.storeError { try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract) }
                #expect(error?.code == .invalid && error?.message.contains("says no period; pass --period") == true)
                // given one, it is accepted.
                let record = try await store.accept(pendingFact: pending[0].id, edit: FactEdit(period: .year(2024)), newMetric: nil, by: .contract)
                #expect(record == .observation("doc-1-fact-\(pending[0].id)"))
            }
        }

        @Test(arguments: StorageEngine.available)
        func anAcceptedFactRepeatedLaterIsADuplicate(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                // Given a figure accepted from one report,
                let first = try await Self.ingested(store, "2023年，花都区规上工业总产值2222.2亿元。")
                _ = try await store.accept(pendingFact: first[0].id, edit: FactEdit(), newMetric: nil, by: .contract)
                // a second report stating it again is flagged as repeating the new observation.
                let second = try await Self.ingested(store, "花都区2023年规上工业总产值2222.2亿元，再创新高。")
                #expect(second.first?.duplicateOf == "doc-1-fact-\(first[0].id)")
            }
        }

        @Test(arguments: StorageEngine.available)
        func acceptedFactsBecomeObservationsThatKeepTheirWordsAndPeriod(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let text = "2023年1-9月，花都区规上工业总产值1320亿元，同比增长6.1%。"
                let pending = try await Self.ingested(store, text, date: "2023-10-15")
                #expect(pending[0].subject == .place("huadu") && pending[0].subjectReason == .name)
                #expect(pending[0].metricId == "output" && pending[0].metricReason == .synonym)  // 规上 = 规模以上
                let record = try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract)
                #expect(record == .observation("doc-1-fact-\(pending[0].id)"))
                let observation = try #require(try await StoredRecords.observations(store, metricId: "output").first { $0.sourceId == "doc-1" })
                // A part-year actual stays part-year, with its words and where they stand.
                #expect(observation.subject == .place("huadu") && observation.kind == .actual && observation.quantity?.value == 1.32e11)
                #expect(observation.period == Period(start: "2023-01-01", end: "2023-09-30"))
                #expect(observation.quote == "花都区规上工业总产值1320亿元")
                let span = "\(pending[0].fact.span.lowerBound)–\(pending[0].fact.span.upperBound)"
                #expect(observation.note == "文档1第\(span)字 / document 1, characters \(span)")
                let scalars = Array(text.unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[pending[0].fact.span])) == "1320亿元")
                let accepted = try #require(try await store.pendingFacts(documentId: 1, status: .accepted).first)
                #expect(accepted.observationId == "doc-1-fact-\(pending[0].id)" && accepted.targetId == nil && accepted.duplicateOf == nil)
                let again = await Self.storeError { try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract) }
                #expect(again?.code == .exists && again?.message == "fact \(pending[0].id) is already accepted")
                try await store.reject(pendingFact: pending[1].id, by: .contract)
                #expect(try await store.pendingFacts(documentId: 1, status: .pending).isEmpty)
                #expect(try await store.pendingFacts(documentId: 1, status: .rejected).map(\.id) == [pending[1].id])
                #expect(try await store.pendingFacts(documentId: 1, status: nil).count == 2)
            }
        }

        @Test(arguments: StorageEngine.available)
        func acceptingEditingAndRejectingAreLoggedWithTheRowBeforeAndAfter(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "2023年1-9月，花都区规上工业总产值1320亿元，同比增长6.1%。", date: "2023-10-15")
                _ = try await store.edit(pendingFact: pending[0].id, FactEdit(value: 1.33e11), by: .contract)
                _ = try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract)
                try await store.reject(pendingFact: pending[1].id, by: .contract)
                let entries = try await StoredRecords.audit(store).suffix(3)
                #expect(entries.map(\.action) == ["edit", "accept", "reject"])
                #expect(entries.map(\.recordId) == ["\(pending[0].id)", "\(pending[0].id)", "\(pending[1].id)"])
                #expect(entries.allSatisfy { $0.recordType == "pendingFact" })
                let edit = try #require(entries.first), accept = try #require(entries.dropFirst().first), reject = try #require(entries.last)
                // The rows as JSON objects of every column, in the table's order, with the same text on both engines.
                let before = try #require(edit.before), after = try #require(edit.after)
                #expect(Self.keys(before) == PendingFactRow.columns && Self.keys(after) == PendingFactRow.columns)
                #expect(before.contains(#""value":132000000000.0"#) && after.contains(#""value":133000000000.0"#))
                #expect(before.contains(#""status":"pending""#) && before.contains(#""spans":null"#))
                #expect(before.contains(#""id":\#(pending[0].id),"documentId":1,"#))
                #expect(edit.note == nil)
                #expect(accept.before == after && accept.after?.contains(#""status":"accepted""#) == true)
                #expect(accept.after?.contains(#""observationId":"doc-1-fact-\#(pending[0].id)""#) == true)
                #expect(accept.note == #"{"observation":"doc-1-fact-\#(pending[0].id)"}"#)
                #expect(reject.before == nil && reject.after == nil && reject.note == nil)
            }
        }

        /// The keys of a flat JSON object, in order.
        static func keys(_ json: String) -> [String] {
            json.matches(of: /[{,]"([A-Za-z]+)":/).map { String($0.output.1) }
        }

        @Test(arguments: StorageEngine.available)
        func unknownOrFinishedFactsAndProposalsAreRefused(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let missing = await Self.storeError { try await store.edit(pendingFact: 999, FactEdit(value: 1), by: .contract) }
                #expect(missing?.code == .notFound && missing?.message == "no pending fact 999; zhizao review lists them")
                #expect(await Self.storeError { try await store.reject(pendingFact: 999, by: .contract) }?.code == .notFound)
                #expect(try await store.pendingFact(id: 999) == nil)
                let noProposal = await Self.storeError { try await store.rejectMetricProposal(999, by: .contract) }
                #expect(noProposal?.code == .notFound && noProposal?.message == "no proposed metric 999; zhizao metric proposals lists them")
                let pending = try await Self.ingested(store, "2023年，广州市共签约项目15个。")
                try await store.reject(pendingFact: pending[0].id, by: .contract)
                let twice = await Self.storeError { try await store.reject(pendingFact: pending[0].id, by: .contract) }
                #expect(twice?.code == .exists && twice?.message == "fact \(pending[0].id) is already rejected")
                let proposal = try #require(try await store.metricProposals(status: .pending).first)
                // A fact without a proposal cannot take a new metric.
                let other = try await Self.ingested(store, "2023年，花都区规上工业总产值2156.3亿元。")
                let noNew = await Self.storeError {
                    try await store.accept(pendingFact: other[0].id, edit: FactEdit(), newMetric: MetricAcceptance(id: "x"), by: .contract)
                }
                #expect(noNew?.code == .invalid && noNew?.message == "fact \(other[0].id) has no proposed metric; pass --metric ID of an existing metric")
                try await store.rejectMetricProposal(proposal.id, by: .contract)
                #expect(try await store.metricProposals(status: .pending).isEmpty)
                #expect(try await store.metricProposals(status: .rejected).map(\.id) == [proposal.id])
                let again = await Self.storeError { try await store.rejectMetricProposal(proposal.id, by: .contract) }
                #expect(again?.code == .exists && again?.message == "proposed metric \(proposal.id) is already rejected")
                let entry = try #require(try await StoredRecords.audit(store).last)
                #expect(entry.action == "reject" && entry.recordType == "metricProposal" && entry.recordId == "\(proposal.id)")
                // Nothing of a refused write is left behind.
                #expect(try await store.pendingFacts(documentId: other.first?.documentId, status: .pending).map(\.id) == other.map(\.id))
            }
        }

        @Test(arguments: StorageEngine.available)
        func aProposedMetricAcceptedTakesItsFacts(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                // Given 签约项目数 and 总投资, which the catalogue lacks,
                let pending = try await Self.ingested(store, "2023年，广州市共签约项目15个，总投资91.7亿元。")
                #expect(pending.map(\.metricId) == [nil, nil])
                let proposals = try await store.metricProposals(status: .pending)
                #expect(proposals.map(\.metric.nameZh) == ["签约项目数", "总投资"])
                #expect(proposals.map(\.metric.topic) == [.projects, .projects])
                #expect(proposals.map(\.pendingFacts) == [1, 1])
                #expect(pending.map(\.proposalId) == proposals.map(\.id))
                #expect(try await store.metricProposals(documentId: 1).keys.sorted() == proposals.map(\.id))
                #expect(try await store.metricProposals(documentId: 2).isEmpty)
                let noMetric = await Self.storeError { try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract) }
                #expect(noMetric?.code == .invalid)
                #expect(
                    noMetric?.message.hasSuffix("accept its proposed metric (zhizao metric accept \(proposals[0].id) --id ID …) or pass --metric ID") == true)
                // When the reviewer accepts the first as a metric, and the second while accepting its fact,
                let metric = try await store.acceptMetricProposal(
                    proposals[0].id, MetricAcceptance(id: "signed-projects", nameEn: "Signed projects"), by: .contract)
                #expect(metric.id == "signed-projects" && metric.unit == "个" && metric.kind == .flow && metric.name.en == "Signed projects")
                let entry = try #require(try await StoredRecords.audit(store).last)
                #expect(entry.action == "accept" && entry.recordType == "metricProposal" && entry.recordId == "\(proposals[0].id)")
                #expect(entry.after?.hasPrefix(#"{"id":"signed-projects","nameZh":"签约项目数","nameEn":"Signed projects","unit":"个","#) == true)
                #expect(try await store.pendingFacts(documentId: nil, status: .pending)[0].metricReason == .proposal)
                let signed = try await store.accept(pendingFact: pending[0].id, edit: FactEdit(), newMetric: nil, by: .contract)
                let investment = try await store.accept(
                    pendingFact: pending[1].id, edit: FactEdit(), newMetric: MetricAcceptance(id: "total-investment", nameEn: "Total investment"),
                    by: .contract)
                // Then both are stored under their new metrics,
                #expect(signed == .observation("doc-1-fact-\(pending[0].id)"))
                #expect(investment == .observation("doc-1-fact-\(pending[1].id)"))
                let signedFigure = try await StoredRecords.observations(store, metricId: "signed-projects")
                #expect(signedFigure.map(\.subject) == [.place("guangzhou")] && signedFigure.map(\.quantity?.value) == [15])
                #expect(try await StoredRecords.observations(store, metricId: "total-investment").map(\.quantity?.value) == [9.17e9])
                #expect(try await store.metricProposals(status: .pending).isEmpty)
                #expect(try await store.metricProposals(status: .accepted).map(\.metricId) == ["signed-projects", "total-investment"])
                // and a later report's 签约项目数 matches the metric by name.
                let later = try await Self.ingested(store, "2024年，广州市共签约项目20个。")
                #expect(later.first?.metricId == "signed-projects" && later.first?.metricReason == .name)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aProposalWithoutAnIdNeedsOne(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                _ = try await Self.ingested(store, "2023年，广州市共签约项目15个。")
                let proposal = try #require(try await store.metricProposals(status: nil).first)
                let noId = await Self.storeError { try await store.acceptMetricProposal(proposal.id, MetricAcceptance(), by: .contract) }
                #expect(noId?.code == .invalid && noId?.message == "proposal \(proposal.id) (签约项目数) needs an id: pass --id, e.g. --id signed-projects")
                let badId = await Self.storeError {
                    try await store.acceptMetricProposal(proposal.id, MetricAcceptance(id: "Signed Projects"), by: .contract)
                }
                #expect(badId?.code == .invalid)
                let taken = await Self.storeError { try await store.acceptMetricProposal(proposal.id, MetricAcceptance(id: "output"), by: .contract) }
                #expect(taken?.code == .exists && taken?.message == "metric output exists; give the facts it with zhizao review edit ID --metric output")
                // Refused acceptances leave the proposal open.
                #expect(try await store.metricProposals(status: .pending).map(\.id) == [proposal.id])
            }
        }

        @Test(arguments: StorageEngine.available)
        func aGoalBecomesATargetNotAnObservation(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "力争到2025年，汽车产业产值突破10000亿元。", date: "2023-03-01")
                let goal = try #require(pending.first)
                #expect(goal.fact.kind == .target && goal.subject == .cluster("auto") && goal.metricId == "output")
                #expect(goal.duplicateOf == nil)
                let observations = try await StoredRecords.observationCount(store)
                let record = try await store.accept(pendingFact: goal.id, edit: FactEdit(), newMetric: nil, by: .contract)
                #expect(record == .target("doc-1-fact-\(goal.id)"))
                let target = try #require(try await StoredRecords.targets(store).first { $0.id == "doc-1-fact-\(goal.id)" })
                #expect(target.subject == .cluster("auto") && target.metricId == "output")
                // The figure as the document writes it is kept beside the value.
                #expect(target.quantity == Quantity(1e12, .gt, stated: "突破10000亿元") && target.deadline == 2025 && target.sourceId == "doc-1")
                #expect(target.description.zh == goal.fact.quote)
                #expect(try await StoredRecords.observationCount(store) == observations)
                let accepted = try #require(try await store.pendingFacts(documentId: 1, status: .accepted).first)
                #expect(accepted.targetId == "doc-1-fact-\(goal.id)" && accepted.observationId == nil)
                #expect(try await StoredRecords.audit(store).last?.note == #"{"target":"doc-1-fact-\#(goal.id)"}"#)
            }
        }

        @Test(arguments: StorageEngine.available)
        func anExpectationBecomesAForecastObservation(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "预计2025年，花都区工业总产值将达到3000亿元。", date: "2023-03-01")
                let expected = try #require(pending.first)
                #expect(expected.fact.kind == .forecast && expected.subject == .place("huadu") && expected.metricId == "output")
                _ = try await store.accept(pendingFact: expected.id, edit: FactEdit(), newMetric: nil, by: .contract)
                let observation = try #require(try await StoredRecords.observations(store, metricId: "output").first { $0.sourceId == "doc-1" })
                #expect(observation.kind == .forecast && observation.subject == .place("huadu") && observation.quantity?.value == 3e11)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aDeclineIsStoredAsANegativeChange(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "2021年，新一代信息技术产业增加值同比下降2.1%。")
                let decline = try #require(pending.first { $0.fact.unit == "%" })
                #expect(decline.fact.direction == "down" && decline.metricId == "value-added-growth")
                _ = try await store.accept(pendingFact: decline.id, edit: FactEdit(), newMetric: nil, by: .contract)
                let observation = try #require(
                    try await StoredRecords.observations(store, metricId: "value-added-growth").first { $0.sourceId == "doc-1" })
                #expect(observation.subject == .cluster("next-gen-it") && observation.quantity?.value == -2.1)
            }
        }

        @Test(arguments: StorageEngine.available)
        func aRankBecomesARankedObservation(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "2021年，花都区汽车产量60万辆，居全省第一。")
                let fact = try #require(pending.first { $0.fact.unit == "辆" })
                // Read as a level; the reviewer says it is the rank (first in the province) of the same measure.
                let edited = try await store.edit(pendingFact: fact.id, FactEdit(kind: .rank, value: 1), by: .contract)
                #expect(edited.metricId == "vehicle-production" && edited.metricReason == .rank)
                _ = try await store.accept(pendingFact: fact.id, edit: FactEdit(), newMetric: nil, by: .contract)
                let observation = try #require(
                    try await StoredRecords.observations(store, metricId: "vehicle-production").first { $0.sourceId == "doc-1" })
                #expect(observation.subject == .place("huadu"))
                #expect(observation.rank == Rank(1, in: "provincial") && observation.quantity == nil)
            }
        }

        @Test(arguments: StorageEngine.available)
        func reviewCorrectsHolderMeasurePeriodAndKind(_ engine: StorageEngine) async throws {
            try await engine.with((any ReviewStore).self) { store in
                let pending = try await Self.ingested(store, "2023年1-9月，花都区规上工业总产值1320亿元，同比增长6.1%。", date: "2023-10-15")
                // A growth of output, which the catalogue lacks: proposed as output-growth.
                #expect(pending[1].metricId == nil)
                #expect(try await store.metricProposals(status: .pending).first?.metric.suggestedId == "output-growth")
                // The reviewer corrects holder, measure, period and kind;
                let edited = try await store.edit(
                    pendingFact: pending[0].id,
                    FactEdit(holder: "花都", measure: "规上工业增加值", kind: .forecast, period: Period(text: "2023-01..2023-06")), by: .contract)
                #expect(edited.fact.holder == "花都" && edited.subject == .place("huadu") && edited.subjectReason == .name)
                #expect(edited.fact.measure == "规上工业增加值" && edited.metricId == "value-added" && edited.metricReason == .synonym)
                #expect(edited.fact.kind == .forecast && edited.fact.period == Period(start: "2023-01-01", end: "2023-06-30"))
                #expect(edited.proposalId == nil)
                // and accepting keeps the corrections: a forecast for the first half.
                _ = try await store.accept(pendingFact: pending[0].id, edit: FactEdit(value: 6.5e10), newMetric: nil, by: .contract)
                let observation = try #require(try await StoredRecords.observations(store, metricId: "value-added").first { $0.sourceId == "doc-1" })
                #expect(observation.kind == .forecast && observation.quantity?.value == 6.5e10 && observation.subject == .place("huadu"))
                #expect(observation.period == Period(start: "2023-01-01", end: "2023-06-30"))
                // A subject or metric given by the reviewer wins, and must exist; units must agree.
                let byHand = try await store.edit(
                    pendingFact: pending[1].id, FactEdit(subject: .cluster("huadu-auto"), period: .asOf("2023-09-30")), by: .contract)
                #expect(byHand.subject == .cluster("huadu-auto") && byHand.subjectReason == .reviewer && byHand.fact.period == .asOf("2023-09-30"))
                #expect(byHand.proposalId == pending[1].proposalId)
                let atlantis = await Self.storeError {
                    try await store.edit(pendingFact: pending[1].id, FactEdit(subject: .place("atlantis")), by: .contract)
                }
                #expect(atlantis?.code == .notFound && atlantis?.message == "no place \"atlantis\"; zhizao report and /api/v1/places, /clusters list them")
                let noMetric = await Self.storeError { try await store.edit(pendingFact: pending[1].id, FactEdit(metricId: "nonesuch"), by: .contract) }
                #expect(noMetric?.code == .notFound && noMetric?.message == "no metric \"nonesuch\"; zhizao metric list shows the catalogue")
                let units = await Self.storeError {
                    try await store.accept(pendingFact: pending[1].id, edit: FactEdit(metricId: "output"), newMetric: nil, by: .contract)
                }
                #expect(units?.code == .invalid && units?.message == "fact \(pending[1].id) is in % but metric output is in CNY; pass --metric with a metric in %")
                // The refused acceptance left the fact as it was.
                #expect(try await store.pendingFact(id: pending[1].id)?.metricId == nil)
            }
        }
    }
}
