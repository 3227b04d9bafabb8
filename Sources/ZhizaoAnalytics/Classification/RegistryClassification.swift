/// What classifying a whole registry found: how many firms were read, how many are on at least one link, and the
/// firms on each link. One is filled per part of a registry scanned in parts at once, then merged.
public struct RegistryClassification: Sendable, Equatable {
    public private(set) var firms = 0
    public private(set) var placed = 0
    public private(set) var firmsByLink: [ChainLinkClassifier.Link: Int] = [:]

    public init() {}

    /// Counts one firm with the links it was classified to.
    public mutating func add(_ matches: [ChainLinkClassifier.Match]) {
        firms += 1
        guard !matches.isEmpty else { return }
        placed += 1
        for match in matches { firmsByLink[match.link, default: 0] += 1 }
    }

    /// The counts of both parts together.
    public func merged(with other: RegistryClassification) -> RegistryClassification {
        var total = self
        total.firms += other.firms
        total.placed += other.placed
        total.firmsByLink.merge(other.firmsByLink, uniquingKeysWith: +)
        return total
    }
}
