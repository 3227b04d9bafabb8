import Testing
@testable import ZhizaoCore

/// A reviewer names a fact's subject as people write it, or as KIND:ID.
@Suite struct SubjectNamesTests {
    let names = SubjectNames(places: NameResolverTests().places, clusters: NameResolverTests().clusters)

    @Test(arguments: [
        ("place:huadu", Subject.place("huadu")), ("enterprise:91440101MA59XXXX", .enterprise("91440101MA59XXXX")), ("花都区", .place("huadu")),
        ("广州市花都区", .place("huadu")), ("花都區", .place("huadu")), ("汽车产业集群", .cluster("auto")), ("汽車", .cluster("auto")),
        ("花都汽车产业集群", .cluster("huadu-auto")), ("place:花都区", .place("huadu")), ("cluster:汽车", .cluster("auto")),
    ])
    func aNameOrAKindAndIdIsTheSubject(text: String, subject: Subject) throws {
        #expect(try names.resolve(text).get() == subject, "\(text)")
    }

    @Test func anUnknownNameIsRefusedWithTheNearestNamesAndTheirIds() {
        guard case .failure(let problem) = names.resolve("花度区") else { Issue.record("花度区 was found"); return }
        #expect(problem.text.zh.hasPrefix("没有名为\u{201C}花度区\u{201D}的地区、园区或产业集群。是否要找：\u{201C}花都区\u{201D}（place:huadu）"))
        #expect(problem.text.en?.contains("Or write KIND:ID, e.g. place:huadu.") == true)
    }

    @Test func anIdTheDatabaseDoesNotHoldIsRefusedWithTheNearest() {
        guard case .failure(let problem) = names.resolve("place:huadoo") else { Issue.record("place:huadoo was taken"); return }
        #expect(problem.text.en?.hasPrefix("No place is named \"huadoo\".") == true, "\(problem.text)")
    }

    @Test func aNameOfAPlaceAndOfAClusterIsRefusedWithBothIds() {
        let names = SubjectNames(
            places: NameResolverTests().places,
            clusters: [Cluster(id: "nansha-cluster", name: LocalizedText(zh: "南沙区", en: "Nansha"), scope: .district, placeId: "nansha")])
        guard case .failure(let problem) = names.resolve("南沙区") else { Issue.record("南沙区 was taken as one subject"); return }
        #expect(problem.text.zh.contains("请写 place:nansha 或 cluster:nansha-cluster"))
    }
}
