import Foundation
import Testing
import ZhizaoCharts

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every chart renders well-formed SVG with a title, escaping what it is given.
@Suite struct ChartTests {
    /// Parses `svg` as XML; returns the parser error, nil when well-formed.
    static func xmlError(_ svg: String) -> String? {
        let parser = XMLParser(data: Data(svg.utf8))
        return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown") in \(svg.prefix(200))"
    }

    static let awkward = "A&B <汽车> \"引号\" 'x'"

    static let charts: [(String, String)] = [
        ("tiers", TierBarChart(
            bars: [
                .init(label: awkward, value: 5e11, valueLabel: "约5000亿元", tooltip: awkward, isApproximate: true, target: 1e12, targetLabel: awkward, link: "/clusters/a?b=1&c=2"),
                .init(label: "无数据", value: nil, valueLabel: "", tooltip: "", isApproximate: false),
            ],
            lines: [.init(value: 1e11, label: "千亿级")], minimum: 5e9, maximum: 2e12
        ).render(title: awkward, id: "t", emptyLabel: "未公布")),
        ("funnel", FunnelChart(stages: [
            .init(label: awkward, count: 905, countLabel: "905家", tooltip: awkward),
            .init(label: "链主", count: nil, countLabel: "未公布", tooltip: ""),
        ]).render(title: "梯度", id: "f")),
        ("columns", ColumnChart(
            columns: [.init(label: "2019", value: 1.5e7, valueLabel: "1500万元", tooltip: awkward), .init(label: "2020", value: 2.5e7, valueLabel: "2500万元", tooltip: "")],
            reference: (2e7, awkward)
        ).render(title: awkward, id: "c")),
        ("phases", PhaseTimeline(phases: [
            .init(title: "第1期", status: "已投产", statusClass: "status-in-production", dates: "2020-12起"),
            .init(title: awkward, status: "已签约", statusClass: "status-signed", dates: ""),
        ]).render(title: "分期", id: "p")),
        ("map", ChoroplethMap(
            areas: [
                .init(name: awkward, rings: [[(113.0, 23.0), (113.5, 23.0), (113.5, 23.5), (113.0, 23.5), (113.0, 23.0)]],
                      classIndex: 0, tooltip: awkward, link: "/places/a?b=1&c=2"),
                .init(name: "花都区", rings: [[(113.5, 23.0), (114.0, 23.0), (114.0, 23.5), (113.5, 23.0)]], classIndex: nil, tooltip: "无数据"),
            ],
            legend: [awkward, "12–30家"], noData: "无数据", corridor: ([(113.2, 23.4), (113.8, 23.1)], awkward),
            markers: [.init(longitude: 113.3, latitude: 23.2, label: awkward, tooltip: awkward, kind: "core")]
        ).render(title: awkward, id: "m")),
    ]

    @Test(arguments: charts.map(\.0))
    func rendersWellFormedSVGWithATitle(name: String) throws {
        let svg = try #require(Self.charts.first { $0.0 == name }?.1)
        #expect(Self.xmlError(svg) == nil)
        #expect(svg.hasPrefix("<div class=\"chart-scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id="))
        #expect(!svg.contains("<汽车>"))  // escaped, not markup
    }

    @Test func fitsLongLabelsToTheirBoxes() {
        #expect(SVG.fitted("整车制造", width: 200) == "整车制造")
        let cut = SVG.fitted("Base hardware (servers, computers, security appliances)", width: 150)
        #expect(cut.hasSuffix("…") && SVG.textWidth(cut) <= 150)
        #expect("Base hardware (servers, computers, security appliances)".hasPrefix(String(cut.dropLast())))
    }

    @Test func drawsBarsOnALogScaleBetweenTheBounds() throws {
        let chart = TierBarChart(
            bars: [
                .init(label: "a", value: 1e10, valueLabel: "", tooltip: "", isApproximate: false),
                .init(label: "b", value: 1e12, valueLabel: "", tooltip: "", isApproximate: false),
            ],
            lines: [], minimum: 1e10, maximum: 1e12)
        let widths = chart.render(title: "", id: "x", emptyLabel: "")
            .matches(of: /<rect x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)"[^>]*class="bar"/)
            .compactMap { Double(String($0.output.1)) }
        // The minimum is drawn with no length, the maximum with the whole plot.
        #expect(widths.count == 2)
        #expect(widths.first == 0)
        #expect((widths.last ?? 0) > 700)
    }
}
