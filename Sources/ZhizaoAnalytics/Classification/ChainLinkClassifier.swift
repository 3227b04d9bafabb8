import ZhizaoCore

/// Classifies an enterprise to the links of every chain template from its industry class, its name and its
/// business scope (经营范围), with a score and the evidence that decided it (``rule`` words it).
///
/// Built once per template set: the classes map straight to their links, and every link keyword is in one
/// ``KeywordAutomaton``, so a firm costs a dictionary lookup and one pass over its name and scope.
public struct ChainLinkClassifier: Sendable {
    /// A link of a chain template.
    public struct Link: Sendable, Hashable, Codable, Comparable {
        public var chainId: String
        public var nodeId: String

        public init(chainId: String, nodeId: String) {
            self.chainId = chainId
            self.nodeId = nodeId
        }

        /// `auto/parts`, as the labelled set and the CLI write it.
        public var code: String { chainId + "/" + nodeId }

        public init?(code: String) {
            let parts = code.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            self.init(chainId: parts[0], nodeId: parts[1])
        }

        public static func < (a: Link, b: Link) -> Bool { a.code < b.code }
    }

    /// One thing that raised or lowered a firm's score for a link.
    public enum Evidence: Sendable, Hashable {
        /// The firm's industry class is one of the link's.
        case industryClass(String)
        /// A keyword of the link in the firm's name.
        case nameKeyword(String)
        /// A keyword of the link in the firm's business scope.
        case scopeKeyword(String)
        /// Negative: a trading word in the name (销售, 贸易 …): the firm sells what the link makes.
        case tradingName(String)
        /// Negative: a wholesale or retail class (divisions 51, 52).
        case tradingClass(String)

        public var weight: Double {
            switch self {
            case .industryClass: ChainLinkClassifier.classWeight
            case .nameKeyword: ChainLinkClassifier.nameWeight
            case .scopeKeyword: ChainLinkClassifier.scopeWeight
            case .tradingName: -ChainLinkClassifier.tradingNamePenalty
            case .tradingClass: -ChainLinkClassifier.tradingClassPenalty
            }
        }

        public var isNegative: Bool { weight < 0 }

        /// The code or words the evidence is about.
        public var subject: String {
            switch self {
            case .industryClass(let value), .nameKeyword(let value), .scopeKeyword(let value), .tradingName(let value),
                .tradingClass(let value):
                value
            }
        }

        /// The evidence in words, e.g. 行业代码3670属本环节 / name has 零部件.
        public func text(_ language: Language) -> String {
            let t = language.pick
            return switch self {
            case .industryClass(let code): t("行业代码\(code)属本环节", "class \(code) is the link's")
            case .nameKeyword(let word): t("名称含\u{201C}\(word)\u{201D}", "name has \u{201C}\(word)\u{201D}")
            case .scopeKeyword(let word): t("经营范围含\u{201C}\(word)\u{201D}", "business scope has \u{201C}\(word)\u{201D}")
            case .tradingName(let word): t("名称含\u{201C}\(word)\u{201D}，属贸易类", "trading word \u{201C}\(word)\u{201D} in name")
            case .tradingClass(let code): t("行业代码\(code)属批发零售业", "class \(code) is wholesale or retail")
            }
        }
    }

    /// A firm's classification to one link.
    public struct Match: Sendable, Hashable {
        public var link: Link
        /// 0…1: the evidence's weights summed, capped at 1 (``rule``).
        public var score: Double
        /// What decided it, positive first.
        public var evidence: [Evidence]
    }

    public static let classWeight = 0.6
    public static let nameWeight = 0.35
    public static let scopeWeight = 0.2
    /// Each further distinct keyword in the name or scope adds this much.
    public static let extraKeywordWeight = 0.05
    public static let tradingNamePenalty = 0.3
    public static let tradingClassPenalty = 0.4
    /// A firm belongs to a link at this score or above.
    public static let threshold = 0.5

    /// Words that make a name a trader's or a shop's rather than a maker's or a service provider's.
    public static let tradingWords = ["销售", "贸易", "商贸", "经销", "批发", "零售", "专卖", "4S", "商行", "经营部", "租赁"]

    /// The rule in words, as the pages and the CLI state it.
    public static let rule = LocalizedText(
        zh: "契合度 = 行业代码属本环节0.6 + 名称含本环节关键词0.35 + 经营范围含关键词0.2（每多一个不同关键词再加0.05），"
            + "名称含销售、贸易等词减0.3，行业属批发零售业减0.4，上限为1；达到0.5即归入该环节。单字关键词不计。",
        en: "fit = 0.6 when the industry class is the link's + 0.35 for a link keyword in the name + 0.2 for one in the "
            + "business scope (0.05 more for each further distinct keyword), minus 0.3 for a trading word in the name "
            + "(销售, 贸易 …) and 0.4 for a wholesale or retail class, at most 1; a firm belongs to a link at 0.5 or more. "
            + "One-character keywords do not count.")

    /// The classifier of the shipped templates, built once.
    public static let shipped = ChainLinkClassifier()

    public let templates: ChainTemplates
    /// Every link of the templates; the tables below hold indices into it.
    private let links: [Link]
    private let linksByClass: [String: [Int]]
    private let keywordAutomaton: KeywordAutomaton
    /// For each keyword of the automaton, the links it belongs to.
    private let linksByKeyword: [[Int]]
    private let tradingAutomaton: KeywordAutomaton

    public init(templates: ChainTemplates = .shipped) {
        self.templates = templates
        var links: [Link] = []
        var byClass: [String: [Int]] = [:]
        var byKeyword: [String: [Int]] = [:]
        for chain in templates.chains {
            for node in chain.nodes {
                let link = links.count
                links.append(Link(chainId: chain.id, nodeId: node.id))
                for code in node.classes where byClass[code]?.contains(link) != true { byClass[code, default: []].append(link) }
                for keyword in node.keywords where keyword.count > 1 && byKeyword[keyword]?.contains(link) != true {
                    byKeyword[keyword, default: []].append(link)
                }
            }
        }
        self.links = links
        linksByClass = byClass
        let keywords = byKeyword.keys.sorted()
        keywordAutomaton = KeywordAutomaton(keywords: keywords)
        linksByKeyword = keywords.map { byKeyword[$0]! }
        tradingAutomaton = KeywordAutomaton(keywords: Self.tradingWords)
    }

    /// Every link the firm belongs to (score at or above ``threshold``), best first.
    public func classify(name: String, industryCode: String?, businessScope: String? = nil) -> [Match] {
        evidence(name: name, industryCode: industryCode, businessScope: businessScope)
            .filter { $0.score >= Self.threshold }
    }

    /// The same from the UTF-8 bytes of the name and scope, as a scan of the registry reads them (no string a firm).
    public func classify(
        nameUTF8: UnsafeBufferPointer<UInt8>, industryCode: String?, businessScopeUTF8: UnsafeBufferPointer<UInt8>?
    ) -> [Match] {
        let nameKeywords = keywordAutomaton.matches(in: nameUTF8)
        let scopeKeywords = businessScopeUTF8.map(keywordAutomaton.matches(in:)) ?? []
        guard hasEvidence(industryCode, nameKeywords, scopeKeywords) else { return [] }
        return evidence(
            industryCode: industryCode, nameKeywords: nameKeywords, scopeKeywords: scopeKeywords,
            tradingWord: tradingAutomaton.matches(in: nameUTF8).first
        ).filter { $0.score >= Self.threshold }
    }

    /// The firm's score for every link with any positive evidence, belonging or not, best first.
    public func evidence(name: String, industryCode: String?, businessScope: String? = nil) -> [Match] {
        let nameKeywords = keywordAutomaton.matches(in: name)
        let scopeKeywords = businessScope.map(keywordAutomaton.matches(in:)) ?? []
        guard hasEvidence(industryCode, nameKeywords, scopeKeywords) else { return [] }
        return evidence(
            industryCode: industryCode, nameKeywords: nameKeywords, scopeKeywords: scopeKeywords,
            tradingWord: tradingAutomaton.matches(in: name).first)
    }

    /// Whether the firm's class or a keyword of its name or scope points at some link: most firms have none, and
    /// for them the trading words are never looked for.
    private func hasEvidence(_ industryCode: String?, _ nameKeywords: [Int], _ scopeKeywords: [Int]) -> Bool {
        !nameKeywords.isEmpty || !scopeKeywords.isEmpty || industryCode.map { linksByClass[$0] != nil } == true
    }

    /// The matches of a firm with evidence: the links of its class, those of the keywords in its name and in its
    /// scope (indices into the automaton's list, ascending), and the first trading word of its name. Takes every
    /// input as a value (no closure capturing the classifier), so a firm costs no retain of its tables.
    private func evidence(industryCode: String?, nameKeywords: [Int], scopeKeywords: [Int], tradingWord: Int?) -> [Match] {
        let classLinks = industryCode.flatMap { linksByClass[$0] } ?? []
        // A firm has evidence for a handful of links: a short list searched in order beats hashing link names.
        var found: [(link: Int, evidence: [Evidence])] = []
        func add(_ evidence: Evidence, to link: Int) {
            if let index = found.firstIndex(where: { $0.link == link }) {
                found[index].evidence.append(evidence)
            } else {
                found.append((link, [evidence]))
            }
        }
        if let industryCode { for link in classLinks { add(.industryClass(industryCode), to: link) } }
        for keyword in nameKeywords {
            for link in linksByKeyword[keyword] { add(.nameKeyword(keywordAutomaton.keywords[keyword]), to: link) }
        }
        for keyword in scopeKeywords {
            for link in linksByKeyword[keyword] { add(.scopeKeyword(keywordAutomaton.keywords[keyword]), to: link) }
        }
        var negatives: [Evidence] = tradingWord.map { [.tradingName(Self.tradingWords[$0])] } ?? []
        if let industryCode, industryCode.hasPrefix("51") || industryCode.hasPrefix("52") {
            negatives.append(.tradingClass(industryCode))
        }
        return found.map { link, evidence in
            let all = evidence + negatives
            return Match(link: links[link], score: Self.score(all), evidence: all)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.link < $1.link }
    }

    /// The firm's match for one link, when it has any positive evidence for it.
    public func match(_ link: Link, name: String, industryCode: String?, businessScope: String? = nil) -> Match? {
        evidence(name: name, industryCode: industryCode, businessScope: businessScope).first { $0.link == link }
    }

    /// The score of a set of evidence: the first keyword of a kind counts its weight, each further distinct one
    /// ``extraKeywordWeight``; the total is capped to 0…1.
    public static func score(_ evidence: [Evidence]) -> Double {
        var total = 0.0
        var seenName = false
        var seenScope = false
        for item in evidence {
            switch item {
            case .nameKeyword:
                total += seenName ? extraKeywordWeight : nameWeight
                seenName = true
            case .scopeKeyword:
                total += seenScope ? extraKeywordWeight : scopeWeight
                seenScope = true
            default:
                total += item.weight
            }
        }
        return min(1, max(0, total))
    }

    /// The link's node and chain in the templates.
    public func node(_ link: Link) -> (chain: ChainTemplates.Chain, node: ChainTemplates.Node)? {
        guard let chain = templates.chains.first(where: { $0.id == link.chainId }),
            let node = chain.nodes.first(where: { $0.id == link.nodeId })
        else { return nil }
        return (chain, node)
    }
}
