import Foundation
import Testing
import ZhizaoCharts

/// The map's projection, class breaks and drawing.
@Suite struct MapTests {
    @Test func projectionKeepsProportionsAtTheMiddleLatitude() {
        // Given a square of 1° by 1° around 23.5° N (Guangzhou's latitude)
        let square: [(Double, Double)] = [(113, 23), (114, 23), (114, 24), (113, 24), (113, 23)]
        // When projected into 400 px with no padding
        let projection = MapProjection(fitting: [square], width: 400, padding: 0)
        // Then a degree of longitude is cos(23.5°) of a degree of latitude: the map is taller than wide
        #expect(abs(projection.height - (400 / cos(23.5 * .pi / 180)).rounded()) <= 1)
        let northWest = projection.point(113, 24), southEast = projection.point(114, 23)
        #expect(northWest.x == 0 && northWest.y == 0)  // north is up
        #expect(abs(southEast.x - 400) < 1e-6 && abs(southEast.y - projection.height) < 1)
    }

    @Test func labelPointIsTheCentroidOfTheLargestRing() throws {
        let projection = MapProjection(fitting: [[(0, 0), (10, 0), (10, 10), (0, 10)]], width: 100, padding: 0)
        let big: [(Double, Double)] = [(0, 0), (6, 0), (6, 6), (0, 6), (0, 0)]
        let small: [(Double, Double)] = [(8, 8), (9, 8), (9, 9), (8, 9), (8, 8)]
        let label = try #require(projection.labelPoint([small, big]))
        let centre = projection.point(3, 3)
        #expect(abs(label.x - centre.x) < 0.01 && abs(label.y - centre.y) < 0.01)
    }

    @Test func classBreaksSplitValuesIntoGroupsOfAboutEqualCount() {
        let breaks = ClassBreaks(values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], count: 5)
        #expect(breaks.uppers == [2, 4, 6, 8, 10])
        #expect(breaks.index(of: 1) == 0 && breaks.index(of: 3) == 1 && breaks.index(of: 10) == 4)
        // Fewer distinct values than classes: one class each.
        #expect(ClassBreaks(values: [5, 5, 9], count: 5).uppers == [5, 9])
        #expect(ClassBreaks(values: [], count: 5).uppers.isEmpty)
    }

    @Test func areasWithoutDataAreDrawnApartFromTheClasses() {
        let map = ChoroplethMap(
            areas: [
                .init(name: "越秀区", rings: [[(0, 0), (1, 0), (1, 1), (0, 0)]], classIndex: 3, tooltip: "越秀区：12家", link: "/places/yuexiu"),
                .init(name: "从化区", rings: [[(1, 0), (2, 0), (2, 1), (1, 0)]], classIndex: nil, tooltip: "从化区：无数据"),
            ],
            legend: ["1–3家", "4–12家"], noData: "无数据")
        let svg = map.render(title: "地图", id: "m", width: 300)
        #expect(svg.contains("class=\"map-area map-class-3\""))
        #expect(svg.contains("class=\"map-area map-nodata\""))
        #expect(svg.contains("<a href=\"/places/yuexiu\"><path"))
        #expect(svg.contains("<title>从化区：无数据</title>"))
        #expect(svg.contains(">无数据</text>") && svg.contains(">4–12家</text>"))
        #expect(svg.contains("viewBox=\"0 0 300 "))
    }
}
