import Testing
import ZhizaoCore

@Suite struct IndustryClassificationTests {
    let gbt = IndustryClassification.gbt4754_2017

    @Test func holdsTheWholeClassification() {
        let count = { (level: IndustryClassification.Level) in gbt.entries.filter { $0.level == level }.count }
        #expect(count(.section) == 20)
        #expect(count(.division) == 97)
        #expect(count(.class) == 1380)
        // Manufacturing is section C, divisions 13–43.
        let divisions = gbt.entries.filter { $0.section == "C" && $0.level == .division }.map(\.code)
        #expect(divisions.first == "13" && divisions.last == "43" && divisions.count == 31)
    }

    @Test func findsClassesAndTheirLineage() throws {
        #expect(gbt.isClass("3670"))
        #expect(!gbt.isClass("36"))
        #expect(gbt.entry("3670")?.name == "汽车零部件及配件制造")
        #expect(gbt.lineage("3612").map(\.code) == ["C", "36", "361", "3612"])
        // A group with a single class appears only as that class.
        #expect(gbt.lineage("3670").map(\.code) == ["C", "36", "3670"])
    }
}

@Suite struct PlaceDirectoryTests {
    let directory = PlaceDirectory(places: [
        Place(id: "guangzhou", kind: .city, name: LocalizedText(zh: "广州市", en: "Guangzhou")),
        Place(id: "huadu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "花都区", en: "Huadu")),
        Place(id: "huangpu", parentId: "guangzhou", kind: .district, name: LocalizedText(zh: "黄埔区", en: "Huangpu")),
        Place(id: "gz-dz", parentId: "huangpu", kind: .zone, name: LocalizedText(zh: "广州开发区")),
    ])

    @Test(arguments: ["huadu", "花都区", "花都", "Huadu", "huadu "])
    func findsDistrictsByEverySpelling(spelling: String) {
        #expect(directory.district(spelling)?.id == "huadu")
    }

    @Test func findsParksOnlyInsideTheirDistrict() {
        #expect(directory.park("广州开发区", inDistrict: "huangpu")?.id == "gz-dz")
        #expect(directory.park("广州开发区", inDistrict: "huadu") == nil)
        #expect(directory.district(of: "gz-dz")?.id == "huangpu")
    }
}
