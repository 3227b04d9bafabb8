import ArgumentParser
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Chain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chain",
            abstract: "Show a cluster's industrial chain in a place: links present, completeness, gaps, leader candidates, projects.")

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "The cluster: id or name, e.g. 汽车, 花都汽车, auto or huadu-auto.")
        var cluster: String

        @Option(help: "The place: id or name, e.g. 花都区, 花都 or huadu (default: the cluster's own place; the whole city for a city cluster).")
        var place: String?

        @OptionGroup var language: LanguageOption

        var lang: Language { language.current }

        func run() async throws {
            let database = try await options.storage(lang)
            let names = CommandNames(database: database, language: lang)
            let clusterId = try await names.cluster(cluster)
            guard let analysis = try await database.chainAnalysis(clusterId: clusterId, placeId: try await place.asyncFlatMap { try await names.place($0) }) else {
                throw Refusal(lang, "产业集群\u{201C}\(cluster)\u{201D}没有产业链模板。", "The cluster \"\(cluster)\" has no chain template.")
            }
            print(ChainText(analysis: analysis, places: PlaceDirectory(places: try await database.places()), language: lang).text, terminator: "")
        }
    }
}

/// A chain analysis as terminal text.
struct ChainText {
    let analysis: ChainAnalysis
    let places: PlaceDirectory
    let language: Language

    var text: String {
        let l = language
        let t = l.pick
        let a = analysis
        let place = a.placeId.flatMap { places.place(id: $0)?.name.text(l) } ?? t("全市", "the whole city")
        var lines = [t("\(a.chain.name.zh)产业链 · \(place)", "\(a.chain.name.text(.en)) chain · \(place)")]
        lines.append(t("完整度 ", "Completeness ") + ChineseNumberFormat.decimal(a.completeness * 100, maxFraction: 0) + "%"
            + t("（按环节权重计）", " (weighted by link)"))
        lines.append(ChainAnalysis.completenessRule.text(l))
        for stage in ["upstream", "midstream", "downstream"] {
            lines.append("")
            lines.append(["upstream": t("上游", "Upstream"), "midstream": t("中游", "Midstream"), "downstream": t("下游", "Downstream")][stage]!)
            for n in a.nodes where n.node.stage == stage {
                var line = "  [\(n.strength.name.text(l))] " + Terminal.pad(n.node.name.text(l), 48) + t("权重", "weight ") + ChineseNumberFormat.decimal(n.node.weight, maxFraction: 1)
                line += t("  企业库\(n.stats.firms)家", "  \(n.stats.firms) registry firms")
                if n.stats.revenue > 0 { line += t("，营收", ", revenue ") + ChineseNumberFormat.format(n.stats.revenue, unit: "CNY", language: l) }
                if n.stats.designated > 0 { line += t("，专精特新及以上\(n.stats.designated)家", ", \(n.stats.designated) designated") }
                if !n.tagged.isEmpty { line += t("；具名企业：", "; named: ") + n.tagged.map { $0.name.text(l) }.joined(separator: t("、", ", ")) }
                lines.append(line)
            }
        }
        lines.append("")
        lines.append(t("缺失环节（按权重）：", "Gaps, heaviest first: ") + (a.gaps.isEmpty ? t("无", "none") : a.gaps.map { $0.name.text(l) }.joined(separator: t("；", "; "))))
        if !a.leaders.isEmpty {
            lines.append(t("链主候选：", "Chain-leader candidates: ") + a.leaders.map { e in
                e.name.text(l) + (e.latestRevenue.map { " (" + ChineseNumberFormat.format($0.amount, unit: "CNY", language: l) + ")" } ?? "")
            }.joined(separator: t("；", "; ")))
        }
        for fit in a.projects {
            lines.append(t("项目补链：", "Project filling gaps: ") + fit.project.name.text(l) + " → " + fit.nodes.map { $0.name.text(l) }.joined(separator: t("、", ", ")))
        }
        lines.append(t("强/弱/缺判定：", "Strong / weak / absent: ") + ChainTemplates.shipped.thresholds.text.text(l))
        return lines.joined(separator: "\n") + "\n"
    }
}
