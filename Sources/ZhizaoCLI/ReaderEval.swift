import ArgumentParser
import Foundation
import ReportReader

extension Zhizao {
    struct ReaderEval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reader-eval",
            abstract: "Score the report reader on its annotated sets: precision, recall and F1 on value and unit; full-fact accuracy (value, unit, holder, measure, period and kind all right); each field's accuracy.")

        @Argument(help: "An annotated set in the same JSON-lines form (default: the shipped sets, cases*.jsonl; docs/FACTS.md).")
        var file: String?

        @Flag(help: "List every miss: facts not found, extra facts, wrong attributes.")
        var misses = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            let cases = try file.map { file in
                let data = try Refusal.read(file, l)
                return try Evaluation.cases(String(decoding: data, as: UTF8.self))
            } ?? Evaluation.shippedCases()
            let evaluation = Evaluation(cases: cases)
            print(evaluation.summary, terminator: "")
            if misses { for miss in evaluation.misses { print("  " + miss) } }
        }
    }
}
