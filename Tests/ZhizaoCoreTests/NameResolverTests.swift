import Testing
@testable import ZhizaoCore

@Suite struct NameResolverTests {
    let places = [
        Place(id: "guangzhou", kind: .city, name: LocalizedText(zh: "广州市", en: "Guangzhou")),
        Place(id: "huadu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "花都区", en: "Huadu")),
        Place(id: "huangpu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "黄埔区", en: "Huangpu")),
        Place(id: "nansha", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "南沙区", en: "Nansha")),
        Place(id: "gz-development-zone", parentId: "huangpu", kind: .zone, name: LocalizedText(zh: "广州开发区", en: "Guangzhou Development Zone")),
        Place(id: "huadu-high-tech-zone", parentId: "huadu", kind: .zone, name: LocalizedText(zh: "广州花都高新区", en: "Huadu High-Tech Zone")),
    ]
    let clusters = [
        Cluster(id: "auto", name: LocalizedText(zh: "汽车", en: "Automobiles"), scope: .city, placeId: "guangzhou"),
        Cluster(id: "biomedicine", name: LocalizedText(zh: "生物医药与健康", en: "Biomedicine & health"), scope: .city, placeId: "guangzhou"),
        Cluster(id: "uhd-display", name: LocalizedText(zh: "超高清视频和新型显示", en: "Ultra-HD video & new display"), scope: .city, placeId: "guangzhou"),
        Cluster(id: "huadu-auto", name: LocalizedText(zh: "花都汽车产业集群", en: "Huadu automobile cluster"), scope: .district, placeId: "huadu", parentId: "auto"),
        Cluster(
            id: "huadu-new-display", name: LocalizedText(zh: "花都\u{201C}5G+8K\u{201D}新型显示产业基地", en: "Huadu 5G + 8K new-display base"),
            scope: .district, placeId: "huadu"),
    ]

    var clusterNames: NameResolver { .clusters(clusters, places: places) }

    @Test(arguments: [
        ("auto", "auto"), ("汽车", "auto"), ("汽车产业集群", "auto"), ("广州市汽车产业", "auto"), ("智能网联与新能源汽车", "auto"),
        ("汽車", "auto"), ("Automobiles", "auto"), ("花都汽车", "huadu-auto"), ("花都汽車產業集群", "huadu-auto"),
        ("生物医药", "biomedicine"), ("花都5G+8K新型显示", "huadu-new-display"),
    ])
    func findsClustersByTheirNamesShortFormsAndAliases(text: String, id: String) {
        #expect(clusterNames.resolve(text).entry?.id == id, "\(text)")
    }

    @Test(arguments: [
        ("huadu", "huadu"), ("花都", "huadu"), ("花都区", "huadu"), ("广州市花都区", "huadu"), ("广州花都", "huadu"),
        ("花都區", "huadu"), ("Huadu", "huadu"), ("Huadu District", "huadu"), ("广州", "guangzhou"),
        ("花都高新区", "huadu-high-tech-zone"), ("ＨＵＡＤＵ", "huadu"),
    ])
    func findsPlacesByTheirNamesAndShortForms(text: String, id: String) {
        #expect(NameResolver.places(places).resolve(text).entry?.id == id, "\(text)")
    }

    @Test(arguments: [
        ("专精特新", "specialised"), ("小巨人", "little-giant"), ("专精特新\u{201C}小巨人\u{201D}", "little-giant"),
        ("专精特新小巨人企业", "little-giant"), ("規上", "above-scale"), ("little-giant", "little-giant"),
    ])
    func findsDesignations(text: String, id: String) {
        #expect(NameResolver.designations.resolve(text).entry?.id == id, "\(text)")
    }

    @Test func aNameSeveralRecordsShareIsAmbiguousWithTheCandidates() throws {
        // Given two clusters of new display, and four of Huadu's districts' clusters
        // When a name part of both is looked up
        let resolution = clusterNames.resolve("新型显示")
        // Then both are offered, and the message says to write one in full
        guard case .ambiguous(_, let candidates) = resolution else { Issue.record("\(resolution)"); return }
        #expect(Set(candidates.map(\.id)) == ["uhd-display", "huadu-new-display"])
        let problem = try #require(resolution.problem(.cluster))
        #expect(problem.zh.contains("可指多个产业集群") && problem.zh.contains("超高清视频和新型显示"))
        #expect(problem.en!.contains("(uhd-display)"))
    }

    @Test func twoRecordsWithTheSameNameAreAmbiguous() {
        let twins = NameResolver.places([
            Place(id: "a-xinqu", kind: .district, name: LocalizedText(zh: "新区")),
            Place(id: "b-xinqu", kind: .district, name: LocalizedText(zh: "新区")),
        ])
        #expect(twins.resolve("新区").alternatives.map(\.id) == ["a-xinqu", "b-xinqu"])
        #expect(twins.resolve("新区").entry == nil)
    }

    @Test func anUnknownNameGetsTheNearestSuggestions() throws {
        // A typo (气 for 汽) and a district that is not a cluster
        let typo = clusterNames.resolve("气车")
        guard case .unknown(_, let suggestions) = typo else { Issue.record("\(typo)"); return }
        #expect(suggestions.first?.id == "auto")
        #expect(try #require(typo.problem(.cluster)).zh == "没有名为\u{201C}气车\u{201D}的产业集群。是否要找：\u{201C}汽车\u{201D}、\u{201C}花都汽车产业集群\u{201D}？")
        let district = NameResolver.places(places, kinds: [.district], as: .district).resolve("花度区")
        #expect(district.entry == nil)
        #expect(district.alternatives.first?.id == "huadu")
        #expect(NameResolver.places(places).resolve("xyz").alternatives.isEmpty)
    }

    @Test func theDirectoryResolvesDistrictsAndParksAsPeopleWriteThem() {
        let directory = PlaceDirectory(places: places)
        #expect(directory.district("广州市花都区")?.id == "huadu")
        #expect(directory.district("花都高新区") == nil)
        #expect(directory.park("花都高新区", inDistrict: "huadu")?.id == "huadu-high-tech-zone")
        #expect(directory.park("花都高新区", inDistrict: "huangpu") == nil)
        #expect(directory.resolve("花都", as: .park).entry?.id == "huadu-high-tech-zone")
    }

    @Test func traditionalScriptIsReadAsSimplified() {
        #expect(TraditionalScript.simplified("廣州汽車產業") == "广州汽车产业")
        #expect(TraditionalScript.simplified("广州汽车") == "广州汽车")
    }

    @Test func editDistanceCountsCharacterEdits() {
        #expect(NameResolver.editDistance(Array("花都区"), Array("花都")) == 1)
        #expect(NameResolver.editDistance(Array("汽车"), Array("气车")) == 1)
        #expect(NameResolver.editDistance(Array(""), Array("abc")) == 3)
    }
}
