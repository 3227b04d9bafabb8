import ArgumentParser
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check published figures against each other: growth claims, parts and wholes, conflicting sources.")

        @OptionGroup var options: DatabaseOptions

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let lang = language.current
            let database = try await options.storage(lang)
            let findings = ConsistencyCheck.run(observations: try await database.observations(subject: nil, metricId: nil), clusters: try await database.clusters())
            print(CheckText(findings: findings, metrics: try await database.metrics(), sources: try await database.sources(), language: lang).text,
                terminator: "")
        }
    }
}

/// Check findings as terminal text: each with its verdict and title in words (no internal codes), the message, and
/// the figures compared with their metric, period and source by name.
struct CheckText {
    let findings: [Finding]
    let metrics: [Metric]
    let sources: [Source]
    let language: Language

    var text: String {
        let l = language
        let metricsById = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sourceTitles = Dictionary(sources.map { ($0.id, $0.title.text(l)) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        for finding in findings {
            lines.append("[\(finding.severity.name.text(l))] \(finding.title.text(l))\(l.pick("：", ": "))\(finding.message.text(l))")
            for o in finding.observations {
                let metric = metricsById[o.metricId]
                let figure = o.quantity.map { q in
                    ChineseNumberFormat.format(q.value, unit: metric?.unit ?? "", qualifier: q.qualifier, language: l)
                }
                let parts = [metric?.name.text(l), figure, o.period.label(l), sourceTitles[o.sourceId].map { l.pick("来源：", "source: ") + $0 }]
                lines.append("    " + parts.compactMap { $0 }.joined(separator: " · "))
            }
        }
        let inconsistent = findings.filter { $0.severity == .inconsistent }.count
        lines.append(l.pick("共\(findings.count)项，不一致\(inconsistent)项", "\(findings.count) findings, \(inconsistent) inconsistent"))
        return lines.joined(separator: "\n") + "\n"
    }
}
