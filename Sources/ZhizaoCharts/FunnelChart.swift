import Foundation

/// The cultivation ladder as a funnel: one centred band a rung, width by the logarithm of its count.
public struct FunnelChart {
    public struct Stage {
        public var label: String
        public var count: Double?
        public var countLabel: String
        public var tooltip: String

        public init(label: String, count: Double?, countLabel: String, tooltip: String) {
            self.label = label
            self.count = count
            self.countLabel = countLabel
            self.tooltip = tooltip
        }
    }

    public var stages: [Stage]

    public init(stages: [Stage]) { self.stages = stages }

    public func render(title: String, id: String) -> String {
        let width = 640.0, rowHeight = 34.0, centre = 320.0, maxHalf = 300.0, minHalf = 110.0
        var svg = SVG(width: width, height: rowHeight * Double(stages.count) + 4)
        let largest = stages.compactMap(\.count).max() ?? 1
        for (i, stage) in stages.enumerated() {
            let y = rowHeight * Double(i) + 2
            let half: Double
            if let count = stage.count, count > 0, largest > 1 {
                half = minHalf + (maxHalf - minHalf) * log10(count) / log10(largest)
            } else {
                half = minHalf
            }
            svg.rect(
                x: centre - half, y: y, width: half * 2, height: rowHeight - 4,
                className: stage.count == nil ? "funnel missing" : "funnel", tooltip: stage.tooltip, rx: 3)
            svg.text("\(stage.label)  \(stage.countLabel)", x: centre, y: y + rowHeight / 2 + 3, className: "funnel-label", anchor: "middle", tooltip: stage.tooltip)
        }
        return svg.render(title: title, id: id)
    }
}
