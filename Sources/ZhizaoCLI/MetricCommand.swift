import ArgumentParser
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct MetricCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metric",
            abstract: "The metric catalogue and the metrics ingest proposed for measures it lacks: list, proposals, accept, reject.",
            discussion: """
                zhizao metric list · zhizao metric proposals · zhizao metric accept P --id signed-projects --name-en "Signed projects" \
                [--name-zh …] [--unit 个] [--topic projects] [--metric-kind flow] · zhizao metric reject P. An accepted proposal \
                becomes a metric; the facts waiting for it take it, and later facts with its measure match it.
                """)

        enum Action: String, ExpressibleByArgument {
            case list, proposals, accept, reject
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "list, proposals, accept or reject.")
        var action: Action = .list

        @Argument(help: "The proposal's number (for accept and reject).")
        var proposal: Int64?

        @Option(help: "The new metric's id: lowercase letters and digits joined by hyphens (default: the proposal's suggestion).")
        var id: String?

        @OptionGroup var fields: MetricFieldOptions

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if action == .accept || action == .reject, proposal == nil {
                throw ValidationError(
                    language.current.pick(
                        "\(action.rawValue) 需要拟议指标的编号：zhizao metric proposals 列出拟议指标",
                        "\(action.rawValue) needs the proposal's number; zhizao metric proposals lists them"))
            }
        }

        /// Runs the action; what the store refuses is said in the user's language.
        func run() async throws {
            let l = language.current
            try await Refusal.speaking(l) {
                let database = try await options.storage(l)
                switch action {
                case .list:
                    for m in try await database.metrics() {
                        let synonyms = m.synonyms.isEmpty ? "" : l.pick(" · 又称 ", " · also ") + m.synonyms.joined(separator: "、")
                        print("\(Terminal.pad(m.id, 34)) \(m.name.zh) / \(m.name.en ?? "") · \(m.unit) · \(m.kind.rawValue) · \(m.topic.name.text(l))\(synonyms)")
                    }
                case .proposals:
                    let proposals = try await database.metricProposals(status: .pending)
                    for p in proposals {
                        let m = p.metric
                        print("\(p.id): \(m.nameZh) · \(m.unit) · \(m.kind.rawValue) · \(m.topic.name.text(l))"
                            + (m.suggestedId.map { l.pick(" · 编号 \($0)", " · id \($0)") } ?? l.pick(" · 需指定 --id", " · needs --id"))
                            + (m.growthOf.map { l.pick(" · \($0) 的增速", " · growth of \($0)") } ?? "")
                            + l.pick(" · 待审核数字 \(p.pendingFacts) 条", " · facts waiting: \(p.pendingFacts)"))
                    }
                    print(l.pick("建议新增指标：\(proposals.count)个", "proposed metrics: \(proposals.count)"))
                case .accept:
                    let metric = try await database.acceptMetricProposal(proposal!, fields.acceptance(id: id), by: DatabaseOptions.actor("metric accept"))
                    print(l.pick("已接受建议 \(proposal!)，新增指标 \(metric.name.zh)（单位：\(metric.unit)）。",
                        "Accepted proposal \(proposal!) as metric \(metric.id) (\(metric.name.zh), \(metric.unit), \(metric.topic.rawValue))."))
                case .reject:
                    try await database.rejectMetricProposal(proposal!, by: DatabaseOptions.actor("metric reject"))
                    print(l.pick("已驳回建议 \(proposal!)。", "Rejected proposal \(proposal!)."))
                }
            }
        }
    }
}
