import ArgumentParser
import ReportReader
import ZhizaoCore
import ZhizaoStore

extension Zhizao {
    struct Review: ParsableCommand {
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
            if action != .list, id == nil { throw ValidationError("\(action.rawValue) needs the pending fact's id; zhizao review lists them") }
            if newMetric != nil, action != .accept { throw ValidationError("--new-metric goes with accept") }
            if newMetric == nil, metricFields.isGiven {
                throw ValidationError("--name-zh, --name-en, --unit, --metric-kind and --topic go with --new-metric ID")
            }
        }

        func run() throws {
            let l = language.current
            let database = try options.open(l)
            switch action {
            case .list:
                let pending = try database.pendingFacts()
                let proposals = try database.metricProposals()
                print(ReviewText(facts: pending, proposals: proposals).text, terminator: "")
            case .edit:
                let fact = try database.edit(pendingFact: id!, edits.edit, by: DatabaseOptions.actor("review edit"))
                print(ReviewText(facts: [fact], proposals: try database.metricProposals()).text, terminator: "")
            case .accept:
                let record = try database.accept(
                    pendingFact: id!, edit: edits.edit, newMetric: newMetric.map { metricFields.acceptance(id: $0) },
                    by: DatabaseOptions.actor("review accept"))
                switch record {
                case .observation(let observation): print(l.pick("已接受 #\(id!)，记为观测数据 \(observation)。", "Accepted #\(id!) as observation \(observation)."))
                case .target(let target): print(l.pick("已接受 #\(id!)，记为目标 \(target)。", "Accepted #\(id!) as target \(target)."))
                }
            case .reject:
                try database.reject(pendingFact: id!, by: DatabaseOptions.actor("review reject"))
                print(l.pick("已驳回 #\(id!)。", "Rejected #\(id!)."))
            }
        }
    }
}

/// Pending facts as the reviewer reads them: what was read, what it was matched to and why, duplicates and
/// proposed metrics.
struct ReviewText {
    let facts: [PendingFact]
    let proposals: [MetricProposal]

    var text: String {
        var lines: [String] = []
        let byId = Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in facts {
            let f = p.fact
            let figure = ChineseNumberFormat.format(f.value, unit: f.unit, qualifier: f.qualifier, language: .zh)
            var head = "#\(p.id) [doc \(p.documentId)] \(f.kind.rawValue) \(f.directionMark)\(figure) · \(f.period?.label(.zh) ?? "时期未知")"
            if let basis = f.basis { head += " · basis \(basis)" }
            if p.status != .pending { head += " · \(p.status.rawValue)" }
            lines.append(head)
            let holder = "holder \"\(f.holder ?? "")\"" + (f.holderWritten.map { " (written \"\($0)\")" } ?? "")
            lines.append("     subject " + (p.subject.map { "\($0) ← \(holder) (\(p.subjectReason?.rawValue ?? "?"))" } ?? "none ← \(holder): pass --subject KIND:ID"))
            let measure = "measure \"\(f.measure ?? "")\""
            if let metric = p.metricId {
                lines.append("     metric \(metric) ← \(measure) (\(p.metricReason?.rawValue ?? "?"))")
            } else if let proposal = p.proposalId.flatMap({ byId[$0] }) {
                let m = proposal.metric
                lines.append("     metric none ← \(measure); proposed metric \(proposal.id): \(m.nameZh) (\(m.unit), \(m.topic.rawValue))"
                    + " → zhizao metric accept \(proposal.id) --id \(m.suggestedId ?? "ID") --name-en NAME")
            } else {
                lines.append("     metric none ← \(measure): pass --metric ID")
            }
            if let duplicate = p.duplicateOf { lines.append("     duplicate of observation \(duplicate): reject it") }
            lines.append("     “\(f.quote)”")
        }
        lines.append("\(facts.count) pending" + (proposals.isEmpty ? "" : ", proposed metrics: \(proposals.count) (zhizao metric proposals)"))
        return lines.joined(separator: "\n") + "\n"
    }
}
