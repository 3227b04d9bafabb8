import Testing
import ZhizaoCore
import ZhizaoStore

/// Ingesting a report, reviewing its facts, and what accepted facts become.
@Suite struct ReviewTests {
    let text = "2020年前三季度，全市新一代信息技术产业实现增加值637.47亿元，同比增长8.3%。\n截至2020年底，全市累计建成5G基站4.8万座，5G用户超640万户。"

    @Test func ingestMatchesFactsToTheDatabase() throws {
        let database = try AppDatabase.builtIn()
        let id = try database.ingest(text: text, title: "公报", date: "2021-01-20", file: nil)
        let pending = try database.pendingFacts(documentId: id)
        #expect(pending.count == 4)
        #expect(pending.map(\.subject) == [.cluster("next-gen-it"), .cluster("next-gen-it"), .place("guangzhou"), .place("guangzhou")])
        #expect(pending.map(\.metricId) == ["value-added", "value-added-growth", "5g-base-stations", "5g-users"])
        #expect(try database.sources().contains { $0.id == "doc-1" && $0.title.zh == "公报" })
    }

    @Test func suggestsAMetricOnlyWhenTheWordsMakeMostOfItsName() throws {
        let database = try AppDatabase.builtIn()
        let id = try database.ingest(text: "花都区生产新能源汽车27.3万辆。全市建成5G基站4.8万座。", title: "新闻", date: nil, file: nil)
        // 新能源汽车 is not 新能源汽车在建产能; 5G基站 is 5G基站（含室外、室内及共享）.
        #expect(try database.pendingFacts(documentId: id).map(\.metricId) == [nil, "5g-base-stations"])
    }

    @Test func keepsEverySpanOfARepeatedFact() throws {
        let database = try AppDatabase.builtIn()
        let id = try database.ingest(text: "全市5G基站4.8万座。\n全市5G基站4.8万座。", title: "新闻", date: nil, file: nil)
        let fact = try #require(try database.pendingFacts(documentId: id).first?.fact)
        #expect(fact.occurrences == 2)
        #expect(fact.spans == [6..<11, 19..<24])  // 4.8万座 on each line
    }

    @Test func acceptedFactsBecomeObservationsThatKeepTheirWords() throws {
        let database = try AppDatabase.builtIn()
        let id = try database.ingest(text: text, title: "公报", date: "2021-01-20", file: nil)
        let pending = try database.pendingFacts(documentId: id)
        let observationId = try database.accept(pendingFact: pending[2].id)
        let observation = try #require(try database.observations().first { $0.id == observationId })
        #expect(observation.quantity == Quantity(48_000))
        #expect(observation.period == .asOf("2020-12-31"))
        #expect(observation.quote == "全市累计建成5G基站4.8万座")
        #expect(observation.sourceId == "doc-1")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[pending[2].fact.span])) == "4.8万座")
        // Edits win over what was matched; a decided fact cannot be decided again.
        let edited = try database.accept(pendingFact: pending[0].id, subject: .place("guangzhou"), value: 6.4e10)
        #expect(try database.observations(subject: .place("guangzhou"), metricId: "value-added").map(\.id) == [edited])
        #expect(throws: StoreError.self) { try database.accept(pendingFact: pending[0].id) }
        try database.reject(pendingFact: pending[1].id)
        #expect(try database.pendingFacts(documentId: id).map(\.id) == [pending[3].id])
    }
}
