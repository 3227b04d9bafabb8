import ZhizaoAnalytics
import ZhizaoCore

/// The shapes of the investment targets (`/api/v1/clusters/{id}/targets`) and of a firm's chain links.
extension API {
    struct EvidenceJSON: Encodable {
        /// industryClass, nameKeyword, scopeKeyword, tradingName or tradingClass.
        var kind: String
        var value: String
        var weight: Double
        var text: Text

        init(_ evidence: ChainLinkClassifier.Evidence) {
            kind = switch evidence {
            case .industryClass: "industryClass"
            case .nameKeyword: "nameKeyword"
            case .scopeKeyword: "scopeKeyword"
            case .tradingName: "tradingName"
            case .tradingClass: "tradingClass"
            }
            value = evidence.subject
            weight = evidence.weight
            text = Text(LocalizedText(zh: evidence.text(.zh), en: evidence.text(.en)))
        }
    }

    struct ChainLinkJSON: Encodable {
        var chain: String
        var link: String
        var name: Text
        var chainName: Text
        var score: Double
        var evidence: [EvidenceJSON]

        init?(_ match: ChainLinkClassifier.Match, classifier: ChainLinkClassifier) {
            guard let found = classifier.node(match.link) else { return nil }
            chain = match.link.chainId
            link = match.link.nodeId
            name = Text(found.node.name)
            chainName = Text(found.chain.name)
            score = match.score
            evidence = match.evidence.map(EvidenceJSON.init)
        }
    }

    struct InvestmentTargetPartJSON: Encodable {
        var kind: String
        var points: Double
        var maximum: Double
        var basis: Text
    }

    struct InvestmentTargetJSON: Encodable {
        var rank: Int
        var enterprise: String
        var name: Text
        var district: String?
        /// For a firm of an outside target list: the list, and where the list puts the firm.
        var list: String?
        var province: String?
        var city: String?
        var industryCode: String?
        var revenueCNY: Double?
        var revenueYear: Int?
        var growth: Double?
        var designations: [String]
        var link: String
        var score: Double
        var parts: [InvestmentTargetPartJSON]
        var evidence: [EvidenceJSON]

        init(_ target: InvestmentTarget, rank: Int) {
            let firm = target.enterprise
            self.rank = rank
            enterprise = firm.uscc ?? firm.slug ?? ""
            name = Text(firm.name)
            district = firm.districtId
            (list, province, city) = (target.origin?.list, target.origin?.province, target.origin?.city)
            industryCode = firm.industryCode
            revenueCNY = firm.latestRevenue?.amount
            revenueYear = firm.latestRevenue?.year
            growth = target.growth
            designations = firm.designations.map(\.kind.rawValue)
            link = target.link.nodeId
            score = target.score
            parts = target.parts.map { InvestmentTargetPartJSON(kind: $0.kind.rawValue, points: $0.points, maximum: $0.kind.maximum, basis: Text($0.basis)) }
            evidence = target.match.evidence.map(EvidenceJSON.init)
        }
    }

    struct TargetGapJSON: Encodable {
        var link: String
        var name: Text
        var strength: String
        var candidates: Int
        var targets: [InvestmentTargetJSON]
    }

    struct LeaderSuppliersJSON: Encodable {
        var leader: String
        var name: Text
        var link: String
        var suppliers: [InvestmentTargetJSON]
    }

    struct InvestmentTargetsJSON: Encodable {
        var cluster: String
        var chain: String
        var place: String?
        var rule: Text
        var fitRule: Text
        var gaps: [TargetGapJSON]
        var leaders: [LeaderSuppliersJSON]

        init(_ targets: ChainTargets, cluster: String) {
            self.cluster = cluster
            chain = targets.analysis.chain.id
            place = targets.analysis.placeId
            rule = Text(InvestmentTargets.rule)
            fitRule = Text(ChainLinkClassifier.rule)
            gaps = targets.gaps.map { gap in
                TargetGapJSON(
                    link: gap.link.nodeId, name: Text(gap.presence.node.name), strength: gap.presence.strength.rawValue,
                    candidates: gap.candidates, targets: gap.targets.enumerated().map { InvestmentTargetJSON($1, rank: $0 + 1) })
            }
            leaders = targets.leaders.map { leader in
                LeaderSuppliersJSON(
                    leader: leader.leader.uscc ?? leader.leader.slug ?? "", name: Text(leader.leader.name), link: leader.link.nodeId,
                    suppliers: leader.suppliers.enumerated().map { InvestmentTargetJSON($1, rank: $0 + 1) })
            }
        }
    }
}
