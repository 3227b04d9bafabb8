/// A project's phases left to right: one box a phase, coloured by status, with its dates.
public struct PhaseTimeline {
    public struct Phase {
        public var title: String
        public var status: String
        /// A CSS class for the status colour, e.g. "status-in-production".
        public var statusClass: String
        public var dates: String

        public init(title: String, status: String, statusClass: String, dates: String) {
            self.title = title
            self.status = status
            self.statusClass = statusClass
            self.dates = dates
        }
    }

    public var phases: [Phase]

    public init(phases: [Phase]) { self.phases = phases }

    public func render(title: String, id: String) -> String {
        let box = 190.0, gap = 28.0, height = 86.0
        var svg = SVG(width: max(240, Double(phases.count) * (box + gap)), height: height)
        for (i, phase) in phases.enumerated() {
            let x = Double(i) * (box + gap) + 4
            if i > 0 { svg.line(x1: x - gap, y1: height / 2, x2: x, y2: height / 2, className: "axis") }
            svg.rect(x: x, y: 6, width: box, height: height - 12, className: "phase \(phase.statusClass)", tooltip: phase.status, rx: 6)
            svg.text(phase.title, x: x + 12, y: 28, className: "phase-title")
            svg.text(phase.status, x: x + 12, y: 48, className: "phase-status")
            svg.text(phase.dates, x: x + 12, y: 66, className: "phase-dates")
        }
        return svg.render(title: title, id: id)
    }
}
