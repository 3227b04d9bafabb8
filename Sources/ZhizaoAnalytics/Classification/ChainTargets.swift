import ZhizaoCore

/// Investment targets for a chain in a place: per gap (an absent or weak link) the firms elsewhere that the
/// classifier puts on that link, ranked; per chain leader (链主) of the place, suppliers on its upstream links.
public struct ChainTargets: Sendable {
    public struct Gap: Sendable {
        public var presence: ChainAnalysis.NodePresence
        public var link: ChainLinkClassifier.Link
        /// How many firms the classifier put on the link (all of them, not only those listed).
        public var candidates: Int
        public var targets: [InvestmentTarget]

        public init(presence: ChainAnalysis.NodePresence, link: ChainLinkClassifier.Link, candidates: Int, targets: [InvestmentTarget]) {
            self.presence = presence
            self.link = link
            self.candidates = candidates
            self.targets = targets
        }
    }

    public struct LeaderSuppliers: Sendable {
        public var leader: Enterprise
        /// The link the leader is on.
        public var link: ChainLinkClassifier.Link
        /// Firms on the links upstream of it, those in the leader's district first.
        public var suppliers: [InvestmentTarget]

        public init(leader: Enterprise, link: ChainLinkClassifier.Link, suppliers: [InvestmentTarget]) {
            self.leader = leader
            self.link = link
            self.suppliers = suppliers
        }
    }

    public var analysis: ChainAnalysis
    public var gaps: [Gap]
    public var leaders: [LeaderSuppliers]

    public init(analysis: ChainAnalysis, gaps: [Gap], leaders: [LeaderSuppliers]) {
        self.analysis = analysis
        self.gaps = gaps
        self.leaders = leaders
    }

    /// Where a firm is, for a target list: in the place, elsewhere in the city, or unknown.
    public static func isNearby(_ firm: Enterprise, placeId: String?) -> Bool {
        placeId != nil && firm.districtId == placeId
    }
}
