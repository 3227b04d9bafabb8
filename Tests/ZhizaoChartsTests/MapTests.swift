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

/// Phone layouts and scale notes of the wide charts.
@Suite struct ChartLayoutTests {
    static var stages: [FunnelChart.Stage] { [
        FunnelChart.Stage(label: "专精特新“小巨人”企业", count: 100, countLabel: "企业库（含合成数据）100家", tooltip: ""),
        FunnelChart.Stage(label: "单项冠军", count: 1, countLabel: "1家", tooltip: ""),
    ] }

    @Test(arguments: [640.0, 400.0])
    func funnelCountsFitTheirBandsAndNamesTheirColumn(width: Double) throws {
        let svg = FunnelChart(stages: Self.stages, scaleNote: "宽度按数量取对数").render(title: "", id: "f", width: width)
        #expect(svg.contains("viewBox=\"0 0 \(Int(width)) "))
        #expect(svg.contains(">宽度按数量取对数</text>"))
        let bands = svg.matches(of: /<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"[^>]*class="funnel/)
            .map { (x: Double(String($0.output.1))!, width: Double(String($0.output.2))!) }
        #expect(bands.count == 2)
        for (band, stage) in zip(bands, Self.stages) {
            #expect(SVG.textWidth(stage.countLabel) <= band.width)
        }
        // The names end left of the narrowest band
        let names = svg.matches(of: /<text x="([0-9.]+)"[^>]*class="funnel-label" text-anchor="end"/).map { Double(String($0.output.1))! }
        #expect(names.count == 2 && names.allSatisfy { $0 < bands.map(\.x).min()! })
    }

    @Test func tierBarsHaveAPhoneLayoutAndSayTheirScaleIsLogarithmic() {
        let chart = TierBarChart(
            bars: [.init(label: "新一代信息技术产业集群", value: 5e11, valueLabel: "约5000亿元", tooltip: "", isApproximate: true)],
            lines: [.init(value: 1e11, label: "千亿级")], minimum: 5e9, maximum: 2e12, scaleNote: "对数刻度")
        let wide = chart.render(title: "", id: "w", emptyLabel: ""), narrow = chart.render(title: "", id: "n", emptyLabel: "", narrow: true)
        #expect(wide.contains("viewBox=\"0 0 980 ") && narrow.contains("viewBox=\"0 0 400 "))
        #expect(wide.contains(">对数刻度</text>") && narrow.contains(">对数刻度</text>"))
        // On a phone the label stands above its bar, from the left edge
        #expect(narrow.contains("class=\"bar-label\" text-anchor=\"start\""))
    }

    @Test func chainMapStacksItsStagesOnAPhone() {
        let links = ["upstream", "midstream", "downstream"].map {
            ChainMap.Link(name: "环节", stage: $0, strength: "strong", detail: "", tooltip: "")
        }
        let narrow = ChainMap(links: links, stages: ["上游", "中游", "下游"]).render(title: "", id: "c", narrow: true)
        #expect(narrow.contains("viewBox=\"0 0 380 "))
        #expect(narrow.contains(">↓ 下游</text>"))
    }
}
