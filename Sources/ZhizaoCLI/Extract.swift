import ArgumentParser
import Foundation
import ReportReader
import ZhizaoCore
import ZhizaoInterchange

extension Zhizao {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Read quantitative facts out of Chinese report text: one JSON object per fact per line.",
            discussion: """
                Each fact has value (base units: CNY with 万/亿 folded in), unit, qualifier, holder (who or where; \
                holderWritten keeps 全区 when it is resolved), measure (what is measured), kind (level, change, share, \
                rank, target, forecast), basis (同比, 比上年, 高于全省, or a share's whole), direction, period, quote (the \
                clause), span ([start, end) in characters of the input) and occurrences (docs/FACTS.md); a fact \
                stated more than once also lists every statement's span in spans, a range (3至5亿元) its upper end in \
                upTo. Files may be UTF-8 or GBK/GB18030, in simplified or traditional characters; '-' reads standard \
                input. Without --date, the date the text gives near its start is used.
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

        @Option(help: "The place the document is about (花都区), for 全区, 全市 and 本县; default: the place its title names.")
        var place: String?

        @Flag(help: "Print to standard error how long reading each file's facts took (the text already in memory).")
        var timing = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            if let date, !Period.isISODate(date) {
                throw Refusal(l, "--date “\(date)”不是日期：请写作 年-月-日，例如 2021-01-28。", "--date \"\(date)\" is not a date: write YYYY-MM-DD, e.g. 2021-01-28.")
            }
            var output = Output()
            if format == .table {
                output.write(l.pick("位置\t主体\t指标\t类型\t数值\t比较基准\t时期\t次数\n", "where\tholder\tmeasure\tkind\tvalue\tbasis\tperiod\ttimes\n"))
            }
            for file in files {
                let data = try Refusal.read(file, l, standardInput: true)
                let text = try Self.text(data, file: file, language: l)
                let clock = ContinuousClock()
                let start = clock.now
                let facts = FactExtractor.extract(text, date: date, place: place)
                if timing {
                    let elapsed = start.duration(to: clock.now).components
                    let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                    printError(String(format: "%@: %d facts from %.2f MB in %.4f s (%.1f MB/s)", file, facts.count, Double(data.count) / 1e6, seconds, Double(data.count) / 1e6 / seconds))
                }
                if facts.isEmpty { printError(l.pick("\(file)：未找到数字事实。", "\(file): no figures found.")) }
                if format == .jsonl {
                    output.writeLines(facts) { fact, out in fact.writeJSON(into: &out) }
                } else {
                    for fact in facts { output.write(Self.row(fact, file: file, language: l)) }
                }
            }
            output.flush()
        }

        /// The file as text: UTF-8, or GBK/GB18030 decoded; anything else refused with exit status 65, the place
        /// where decoding failed said in `language`.
        static func text(_ data: Data, file: String, language: Language) throws -> String {
            if data.first != 0xEF, let text = String(validating: data, as: UTF8.self) { return text }
            do {
                return String(decoding: try TextDecoding.utf8(Array(data), file: file, table: false).text, as: UTF8.self)
            } catch {  // TextDecoding throws ImportError only
                throw Refusal(error.problems.map { ImportErrorText.line($0, language) }.joined(separator: "\n"), exitCode: 65)
            }
        }

        /// A fact as a row of the table, its kind, figure and period in `language` (holder, measure and basis as written).
        static func row(_ f: Fact, file: String, language: Language = .zh) -> String {
            var figure = ChineseNumberFormat.format(f.value, unit: f.unit, qualifier: f.qualifier, language: language)
            if let upTo = f.upTo {  // a range
                figure += language.pick("至", " to ") + ChineseNumberFormat.format(upTo, unit: f.unit, qualifier: .exact, language: language)
            }
            let parts = [
                "\(file):\(f.span.lowerBound)", f.holder ?? "—", f.measure ?? "—", f.kind.label(language), f.directionMark + figure, f.basis ?? "",
                f.period?.label(language) ?? "—", f.occurrences > 1 ? "×\(f.occurrences)" : "",
            ]
            return parts.joined(separator: "\t") + "\n"
        }
    }
}
