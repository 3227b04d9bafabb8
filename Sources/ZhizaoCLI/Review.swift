import ArgumentParser
import ReportReader
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "List pending facts with why each was matched, correct one, accept it or reject it.",
            discussion: """
                zhizao review · zhizao review edit ID [--holder 花都区] [--period 2023-01..2023-09] [--kind forecast] … · \
                zhizao review accept ID [edits] [--new-metric ID --name-en NAME --topic projects] · zhizao review reject ID. \
                An accepted goal (kind target) becomes a target, an expectation (forecast) a forecast observation, \
                anything else an actual observation that keeps its period.
                """)

        enum Action: String, ExpressibleByArgument {
            case list, edit, accept, reject
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "list, edit, accept or reject.")
        var action: Action = .list

        @Argument(help: "The pending fact's id (for edit, accept and reject).")
        var id: Int64?

        @OptionGroup var edits: FactEditOptions

        @Option(name: .customLong("new-metric"), help: "Accept the fact's proposed metric first, under this id, e.g. signed-projects.")
        var newMetric: String?

        @OptionGroup var metricFields: MetricFieldOptions

        @OptionGroup var language: LanguageOption

        func validate() throws {
            let l = language.current
            if action != .list, id == nil {
                throw ValidationError(
                    l.pick("\(action.rawValue) 需要待审事实的编号：zhizao review 列出待审事实", "\(action.rawValue) needs the pending fact's id; zhizao review lists them"))
            }
            if newMetric != nil, action != .accept { throw ValidationError(l.pick("--new-metric 只能与 accept 一起使用", "--new-metric goes with accept")) }
            if newMetric == nil, metricFields.isGiven {
                throw ValidationError(l.pick(
                    "--name-zh、--name-en、--unit、--metric-kind 和 --topic 需与 --new-metric ID 一起使用",
                    "--name-zh, --name-en, --unit, --metric-kind and --topic go with --new-metric ID"))
            }
        }

        /// Runs the action; what the store refuses is said in the user's language.
        func run() async throws {
            let l = language.current
            try await Refusal.speaking(l) {
                let database = try await options.storage(l)
                switch action {
                case .list:
                    let pending = try await database.pendingFacts(documentId: nil, status: .pending)
                    let proposals = try await database.metricProposals(status: .pending)
                    print(ReviewText(facts: pending, proposals: proposals, language: l).text, terminator: "")
                case .edit:
                    let fact = try await database.edit(pendingFact: id!, try await edits.edit(database, l), by: DatabaseOptions.actor("review edit"))
                    print(ReviewText(facts: [fact], proposals: try await database.metricProposals(status: .pending), language: l).text, terminator: "")
                case .accept:
                    let edit = try await edits.edit(database, l)
                    let record = try await database.accept(
                        pendingFact: id!, edit: edit, newMetric: newMetric.map { metricFields.acceptance(id: $0) }, by: DatabaseOptions.actor("review accept"))
                    let subject = edit.subject.map { l.pick("，主体 \($0)", ", subject \($0)") } ?? ""  // what a typed name resolved to
                    switch record {
                    case .observation(let observation): print(l.pick("已接受 #\(id!)，记为观测数据 \(observation)\(subject)。", "Accepted #\(id!) as observation \(observation)\(subject)."))
                    case .target(let target): print(l.pick("已接受 #\(id!)，记为目标 \(target)\(subject)。", "Accepted #\(id!) as target \(target)\(subject)."))
                    }
                case .reject:
                    try await database.reject(pendingFact: id!, by: DatabaseOptions.actor("review reject"))
                    print(l.pick("已驳回 #\(id!)。", "Rejected #\(id!)."))
                }
            }
        }
    }
}

/// Pending facts as the reviewer reads them: what was read, what it was matched to and why, duplicates and
/// proposed metrics.
struct ReviewText {
    let facts: [PendingFact]
    let proposals: [MetricProposal]
    var language: Language = .en

    var text: String {
        let l = language, t = language.pick
        var lines: [String] = []
        let byId = Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in facts {
            let f = p.fact
            let figure = ChineseNumberFormat.format(f.value, unit: f.unit, qualifier: f.qualifier, language: l)
            var head = "#\(p.id) [\(t("文档", "doc")) \(p.documentId)] \(PendingFact.name(of: f.kind).text(l)) \(f.directionMark)\(figure)"
                + " · \(f.period?.label(l) ?? t("时期未知", "period unknown"))"
            if let basis = f.basis { head += " · \(t("比较基准", "basis")) \(basis)" }
            if p.status != .pending { head += " · \(p.status.name.text(l))" }
            lines.append(head)
            let holder = (f.holder.map { t("主体“\($0)”", "holder \"\($0)\"") } ?? t("主体未写明", "no holder written"))
                + (f.holderWritten.map { t("（原文“\($0)”）", " (written \"\($0)\")") } ?? "")
            let subject = p.subject.map { "\($0) ← \(holder) (\(p.subjectReason?.name.text(l) ?? "?"))" }
                ?? t("无 ← \(holder)：请用 --subject 指定（如 --subject 花都区）", "none ← \(holder): pass --subject, e.g. --subject 花都区")
            lines.append("     \(t("对象", "subject")) " + subject)
            let measure = f.measure.map { t("原文“\($0)”", "measure \"\($0)\"") } ?? t("原文未写明", "no measure written")
            if let metric = p.metricId {
                lines.append("     \(t("指标", "metric")) \(metric) ← \(measure) (\(p.metricReason?.name.text(l) ?? "?"))")
            } else if let proposal = p.proposalId.flatMap({ byId[$0] }) {
                let m = proposal.metric
                lines.append(
                    "     \(t("指标", "metric")) \(t("无", "none")) ← \(measure)\(t("；建议新增指标", "; proposed metric")) \(proposal.id): \(m.nameZh) (\(m.unit), \(m.topic.rawValue))"
                        + " → zhizao metric accept \(proposal.id) --id \(m.suggestedId ?? "ID") --name-en NAME")
            } else {
                lines.append("     \(t("指标", "metric")) \(t("无", "none")) ← \(measure)\(t("：请用 --metric 编号 指定", ": pass --metric ID"))")
            }
            if let duplicate = p.duplicateOf {
                let goal = p.fact.kind == .target
                lines.append("     " + t("与\(goal ? "目标" : "观测数据") \(duplicate) 重复：请驳回", "duplicate of \(goal ? "target" : "observation") \(duplicate): reject it"))
            }
            lines.append("     “\(f.quote)”")
        }
        lines.append(t("待审核 \(facts.count) 条", "\(facts.count) pending")
            + (proposals.isEmpty ? "" : t("，建议新增指标 \(proposals.count) 个（zhizao metric proposals）", ", proposed metrics: \(proposals.count) (zhizao metric proposals)")))
        return lines.joined(separator: "\n") + "\n"
    }
}
