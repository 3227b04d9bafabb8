/// Classes of a choropleth: the values split into up to `count` groups of about as many areas each (quantiles),
/// each class given by its upper bound, a value of the data, so a legend reads in the data's own figures.
public struct ClassBreaks: Sendable, Equatable {
    /// Each class's upper bound, ascending; the last is the largest value.
    public let uppers: [Double]
    /// The smallest value (the first class's lower bound).
    public let lowest: Double

    public init(values: [Double], count: Int = 5) {
        let sorted = values.sorted()
        lowest = sorted.first ?? 0
        var uppers: [Double] = []
        let classes = max(1, min(count, Set(sorted).count))
        for k in 1...classes {
            guard let value = sorted.isEmpty ? nil : sorted[max(0, (sorted.count * k + classes - 1) / classes - 1)] else { continue }
            if value > uppers.last ?? -.infinity { uppers.append(value) }
        }
        self.uppers = uppers
    }

    /// The class of `value`: the first whose upper bound it does not exceed.
    public func index(of value: Double) -> Int {
        uppers.firstIndex { value <= $0 } ?? max(0, uppers.count - 1)
    }

    /// Each class's range (lower bound: the smallest value, or the class below's upper bound, exclusive).
    public var ranges: [(lower: Double, upper: Double, first: Bool)] {
        uppers.enumerated().map { index, upper in (index == 0 ? lowest : uppers[index - 1], upper, index == 0) }
    }
}
