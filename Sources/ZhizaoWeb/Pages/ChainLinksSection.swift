import ZhizaoAnalytics
import ZhizaoCore

/// 所属产业链环节 on a firm's page: the chain links the classifier puts it on, each with its fit and the evidence.
struct ChainLinksSection {
    let enterprise: Enterprise
    var classifier: ChainLinkClassifier = .shipped

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let e = enterprise
        let matches = classifier.classify(name: e.name.zh, industryCode: e.industryCode, businessScope: e.businessScope)
        var out: HTML = "<h2>\(w("所属产业链环节", "Chain links"))</h2>"
        guard !matches.isEmpty else {
            return out + "<p class=\"muted\">\(w("按行业代码、名称和经营范围，未归入任何产业链环节。", "By its class, name and business scope the firm is on no chain link."))</p>"
        }
        out += "<ul>"
        for match in matches {
            guard let found = classifier.node(match.link) else { continue }
            let evidence = match.evidence.map { $0.text(l) }.joined(separator: w("；", "; "))
            out += "<li>\(w(found.chain.name)) · \(w(found.node.name)) · \(w("契合度", "fit ")) "
                + "\(ChineseNumberFormat.decimal(match.score, maxFraction: 2))\(w("（", " ("))\(HTML.mixed(evidence, on: l))\(w("）", ")"))</li>"
        }
        out += "</ul><p class=\"meta\">\(HTML.mixed(ChainLinkClassifier.rule.text(l), on: l))</p>"
        return out
    }
}
