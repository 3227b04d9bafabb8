import ZhizaoCore

// Ranking a chain's targets from what an engine read: the links to read firms for, then the targets of each gap and
// each chain leader's suppliers. Every engine reads the same firms (a link's classes or its long keywords in the
// name, outside the place where only a gap needs them) and hands them here, so the choice and the order are one
// implementation.

extension ChainTargets {
    /// How many of the place's chain leaders (largest first) get their upstream suppliers.
    public static let leadersServed = 3

    /// The links asked for: the node `gap` of the chain, or every gap (``InvestmentTargets/gaps(of:)``).
    public static func wanted(_ analysis: ChainAnalysis, gap: String?) -> [ChainAnalysis.NodePresence] {
        gap.map { id in analysis.nodes.filter { $0.node.id == id } } ?? InvestmentTargets.gaps(of: analysis)
    }

    /// A link whose firms a ranking reads, and the district whose firms it may leave out (a gap's targets are
    /// outside the place; nil when the link is also upstream of a served leader, whose suppliers may be inside it).
    public struct Read: Sendable {
        public var node: ChainTemplates.Node
        public var excludingDistrict: String?
    }

    /// The links whose firms a ranking of `analysis`'s targets reads, each once: the gaps asked for and the links
    /// upstream of each served leader's link. `leaders` are the place's designated chain leaders, largest first.
    public static func reads(
        _ analysis: ChainAnalysis, gap: String?, leaders: [Enterprise], classifier: ChainLinkClassifier
    ) -> [Read] {
        let upstream = servedLeaders(analysis, leaders: leaders, classifier: classifier).flatMap { _, link in
            InvestmentTargets.upstream(of: link, in: classifier.templates)
        }
        let suppliers = Set(upstream.map(\.id))
        var seen = Set<String>()
        return (wanted(analysis, gap: gap).map(\.node) + upstream).filter { seen.insert($0.id).inserted }.map { node in
            Read(node: node, excludingDistrict: suppliers.contains(node.id) ? nil : analysis.placeId)
        }
    }

    /// The targets of `analysis`'s chain: for each gap asked for, up to `limit` firms outside the place among
    /// `candidates` (the firms read for each node id, ``reads(_:gap:leaders:classifier:)``) and `listed` (a
    /// target list's firms by link); for each served chain leader, up to `limit` suppliers on its upstream links, the
    /// place's first.
    public init(
        _ analysis: ChainAnalysis, gap: String?, limit: Int, leaders: [Enterprise], candidates: [String: [Enterprise]],
        listed: [ChainLinkClassifier.Link: [InvestmentTarget]], classifier: ChainLinkClassifier
    ) {
        let chainId = analysis.chain.id
        let place = analysis.placeId
        let gapTargets = Self.wanted(analysis, gap: gap).map { presence in
            let link = ChainLinkClassifier.Link(chainId: chainId, nodeId: presence.node.id)
            let outside = (candidates[presence.node.id] ?? []).filter { place == nil || $0.districtId != place }
            let all =
                outside.compactMap { InvestmentTargets.target($0, link: link, classifier: classifier) }
                + (listed[link] ?? [])
            return Gap(
                presence: presence, link: link, candidates: all.count,
                targets: InvestmentTargets.best(all, limit: limit))
        }
        let suppliersOfLeaders = Self.servedLeaders(analysis, leaders: leaders, classifier: classifier).map {
            leader, link in
            let suppliers = InvestmentTargets.upstream(of: link, in: classifier.templates).flatMap { node in
                let upstream = ChainLinkClassifier.Link(chainId: chainId, nodeId: node.id)
                return (candidates[node.id] ?? []).compactMap {
                    InvestmentTargets.target($0, link: upstream, classifier: classifier)
                }
            }
            let near = InvestmentTargets.best(
                suppliers.filter { Self.isNearby($0.enterprise, placeId: place) }, limit: limit)
            let far = InvestmentTargets.best(
                suppliers.filter { !Self.isNearby($0.enterprise, placeId: place) }, limit: limit - near.count)
            return LeaderSuppliers(leader: leader, link: link, suppliers: near + far)
        }
        self.init(analysis: analysis, gaps: gapTargets, leaders: suppliersOfLeaders)
    }

    /// The first ``leadersServed`` of `leaders` with the link of the chain the classifier puts each on (one on no
    /// link of the chain is left out); none when the analysis is of the whole city.
    private static func servedLeaders(
        _ analysis: ChainAnalysis, leaders: [Enterprise], classifier: ChainLinkClassifier
    ) -> [(Enterprise, ChainLinkClassifier.Link)] {
        guard analysis.placeId != nil else { return [] }
        return leaders.prefix(leadersServed).compactMap { leader in
            classifier.classify(
                name: leader.name.zh, industryCode: leader.industryCode, businessScope: leader.businessScope
            )
            .first { $0.link.chainId == analysis.chain.id }.map { (leader, $0.link) }
        }
    }
}

/// A target list's firm with the chain links a classifier puts it on: what an engine keeps until the next write, so
/// that ranking a chain's targets does not classify a list again.
public struct ClassifiedOutsideFirm: Sendable {
    public var firm: OutsideFirm
    public var matches: [ChainLinkClassifier.Match]

    public init(firm: OutsideFirm, matches: [ChainLinkClassifier.Match]) {
        self.firm = firm
        self.matches = matches
    }

    /// `firms` each with the links `classifier` puts it on.
    public static func classify(_ firms: [OutsideFirm], classifier: ChainLinkClassifier = .shipped)
        -> [ClassifiedOutsideFirm]
    {
        firms.map { firm in
            let e = firm.enterprise
            return ClassifiedOutsideFirm(
                firm: firm,
                matches: classifier.classify(
                    name: e.name.zh, industryCode: e.industryCode, businessScope: e.businessScope))
        }
    }

    /// The targets among `firms` for the links of chain `chainId`, by link, each marked with its list.
    public static func targets(_ firms: [ClassifiedOutsideFirm], chainId: String) -> [ChainLinkClassifier.Link:
        [InvestmentTarget]]
    {
        var byLink: [ChainLinkClassifier.Link: [InvestmentTarget]] = [:]
        for classified in firms {
            for match in classified.matches where match.link.chainId == chainId {
                var target = InvestmentTargets.target(classified.firm.enterprise, match: match)
                target.origin = classified.firm.origin
                byLink[match.link, default: []].append(target)
            }
        }
        return byLink
    }
}
