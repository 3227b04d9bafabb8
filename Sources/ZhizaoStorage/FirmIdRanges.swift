// Classifying the whole registry in parts: the enterprise ids cut into ranges, each read and folded at once on its
// own reader, the tallies handed back in id order (`AnalysisStore.foldFirmsToClassify`, the same for every engine).

extension ClosedRange<Int64> {
    /// A range of row ids cut into `parts` contiguous ranges of nearly equal length, in order (fewer when it holds
    /// fewer ids): every id in exactly one.
    public func split(into parts: Int) -> [ClosedRange<Int64>] {
        let length = upperBound - lowerBound + 1
        let count = Swift.max(1, Swift.min(Int64(parts), length))
        let (base, extra) = length.quotientAndRemainder(dividingBy: count)
        let start = { (part: Int64) in lowerBound + base * part + Swift.min(part, extra) }
        return (0..<count).map { start($0)...start($0 + 1) - 1 }
    }
}

public enum FirmIdRanges {
    /// The tallies of `ids` (the lowest and highest id; nil for an empty registry, which gives `[initial]`) cut into
    /// `parts` ranges, each folded by `part` at once, in id order.
    public static func fold<Tally: Sendable>(
        _ ids: ClosedRange<Int64>?, parts: Int, initial: Tally,
        _ part: @escaping @Sendable (ClosedRange<Int64>) async throws -> Tally
    ) async throws -> [Tally] {
        guard let ids else { return [initial] }
        let ranges = ids.split(into: parts)
        return try await withThrowingTaskGroup(of: (Int, Tally).self) { group in
            for (index, range) in ranges.enumerated() {
                group.addTask { (index, try await part(range)) }
            }
            var tallies = [Tally?](repeating: nil, count: ranges.count)
            for try await (index, tally) in group { tallies[index] = tally }
            return tallies.map { $0! }
        }
    }
}
