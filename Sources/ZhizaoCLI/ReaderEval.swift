import ArgumentParser
import ReportReader

extension Zhizao {
    struct ReaderEval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reader-eval",
            abstract: "Score the report reader on its annotated set: precision, recall and F1 on value and unit; accuracy of subject, period, qualifier, direction.")

        @Flag(help: "List every miss: facts not found, extra facts, wrong attributes.")
        var misses = false

        func run() throws {
            let evaluation = Evaluation(cases: try Evaluation.shippedCases())
            print(evaluation.summary, terminator: "")
            if misses { for miss in evaluation.misses { print("  " + miss) } }
        }
    }
}
