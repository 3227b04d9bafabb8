import ArgumentParser
import Foundation
import ReportReader
import ZhizaoCore
import ZhizaoInterchange

extension Zhizao {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read quantitative facts out of Chinese report text: one JSON object per fact per line.",
            discussion: """
                Each fact has value (base units: CNY with 万/亿 folded in), unit, qualifier, direction, subject, metric,
                period, quote (the clause), span ([start, end) in characters of the input) and occurrences. Files may
                be UTF-8 or GBK/GB18030; '-' reads standard input. The reader is in progress (issue 4).
                """)

        enum Format: String, ExpressibleByArgument {
            case jsonl, table
        }

        @Argument(help: "Text files, or - for standard input.")
        var files: [String]

        @Option(help: "jsonl (one JSON object per fact) or table.")
        var format: Format = .jsonl

        @Option(help: "The document's date, YYYY-MM-DD, for 今年, 去年 and months without a year.")
        var date: String?

        func validate() throws {
            if let date, !Period.isISODate(date) { throw ValidationError("--date must be YYYY-MM-DD, e.g. 2021-01-28") }
        }

        func run() throws {
            let year = date.flatMap { Int($0.prefix(4)) }
            var output = Output()
            for file in files {
                let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
                guard let data else { throw ValidationError("cannot read \(file): no such file, or not readable") }
                let text = try Self.text(data, file: file)
                for fact in FactExtractor.extract(text, documentYear: year ?? FactExtractor.documentYear(text)) {
                    output.write(format == .jsonl ? try Self.json(fact) : Self.row(fact, file: file))
                }
            }
            output.flush()
        }

        /// The file as text: UTF-8, or GBK/GB18030 decoded; anything else refused with exit status 65.
        static func text(_ data: Data, file: String) throws -> String {
            do {
                return String(decoding: try TextDecoding.utf8(Array(data), file: file).text, as: UTF8.self)
            } catch let error as ImportError {
                for problem in error.problems { printError(problem.description) }
                throw ExitCode(65)
            }
        }

        struct FactJSON: Encodable {
            var value: Double
            var unit: String
            var qualifier: String
            var direction: String?
            var subject: String?
            var metric: String?
            var period: PeriodJSON?
            var quote: String
            var span: [Int]
            var occurrences: Int
        }

        struct PeriodJSON: Encodable {
            var start: String?
            var end: String?
            var asOf: String?
        }

        static let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return encoder
        }()

        static func json(_ f: Fact) throws -> String {
            let object = FactJSON(
                value: f.value, unit: f.unit, qualifier: f.qualifier.rawValue, direction: f.direction, subject: f.subject,
                metric: f.metric, period: f.period.map { PeriodJSON(start: $0.start, end: $0.end, asOf: $0.asOf) }, quote: f.quote,
                span: [f.span.lowerBound, f.span.upperBound], occurrences: f.occurrences)
            return String(decoding: try encoder.encode(object), as: UTF8.self) + "\n"
        }

        static func row(_ f: Fact, file: String) -> String {
            let figure = ChineseNumberFormat.format(f.value, unit: f.unit == "pp" ? "pp" : f.unit, qualifier: f.qualifier, language: .zh)
            let parts = [
                "\(file):\(f.span.lowerBound)", f.subject ?? "—", f.metric ?? "—", (f.direction == "down" ? "↓" : f.direction == "up" ? "↑" : "") + figure,
                f.period?.label(.zh) ?? "—", f.occurrences > 1 ? "×\(f.occurrences)" : "",
            ]
            return parts.joined(separator: "\t") + "\n"
        }
    }
}
