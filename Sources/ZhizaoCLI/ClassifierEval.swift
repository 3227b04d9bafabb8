import ArgumentParser
import Foundation
import ZhizaoAnalytics
import ZhizaoCore

extension Zhizao {
    struct ClassifierEval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classifier-eval",
            abstract: "Score the chain-link classifier on its labelled set: per-link precision and recall, micro and macro figures.")

        @Argument(help: "A labelled set in the same JSON-lines form (default: the shipped set, link-labels.jsonl).")
        var file: String?

        @Flag(help: "List every firm the classifier got wrong.")
        var misses = false

        @Flag(help: "Instead: classify every firm of the database and print how many are on each link, and the time taken.")
        var registry = false

        @OptionGroup var options: DatabaseOptions

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let l = language.current
            if registry { return try await classifyRegistry(l) }
            let firms: [LabelledFirm]
            if let file {
                let data = try Refusal.read(file, l)
                do {
                    firms = try LabelledFirm.read(String(decoding: data, as: UTF8.self))
                } catch let error as LabelError {
                    throw Refusal(
                        l, "\(file):\(error.line): 不是一行标注企业（\(error.message)），请按 link-labels.jsonl 的格式书写",
                        "\(file):\(error.line): \(error.message); write it as link-labels.jsonl does", exitCode: 65)
                }
            } else {
                firms = LabelledFirm.shipped()
            }
            let evaluation = ClassifierEvaluation(firms: firms, classifier: ChainLinkClassifier.shipped)
            print(evaluation.summary(l), terminator: "")
            if misses {
                for miss in evaluation.misses {
                    print("  \(miss.firm.name) [\(miss.firm.industryCode)]" + l.pick(" 漏：", " missed: ") + miss.missed.joined(separator: ",")
                        + l.pick(" 多：", " extra: ") + miss.extra.joined(separator: ","))
                }
            }
        }

        /// Classifies the whole registry and prints the firms on each link. The registry is read in as many parts
        /// as there are cores, each on its own reader with its own tally (no lock a firm), all sharing the one
        /// immutable classifier; the tallies are merged at the end.
        private func classifyRegistry(_ l: Language) async throws {
            let database = try await options.storage(l)
            let classifier = ChainLinkClassifier.shipped
            let start = Date()
            let parts = try await database.foldFirmsToClassify(
                parts: ProcessInfo.processInfo.activeProcessorCount, into: RegistryClassification()
            ) { tally, name, code, scope in
                tally.add(classifier.classify(nameUTF8: name, industryCode: code, businessScopeUTF8: scope))
            }
            let total = parts.reduce(RegistryClassification()) { $0.merged(with: $1) }
            let seconds = Date().timeIntervalSince(start)
            for (link, count) in total.firmsByLink.sorted(by: { $0.key < $1.key }) {
                print(link.code.padding(toLength: 36, withPad: " ", startingAt: 0) + String(count))
            }
            print(l.pick(
                "\(total.firms)家企业，\(total.placed)家归入至少一个环节；用时\(String(format: "%.2f", seconds))秒",
                "\(total.firms) firms, \(total.placed) on at least one link; \(String(format: "%.2f", seconds)) s"))
        }
    }
}
