import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

extension Zhizao {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Print a briefing: clusters and tiers, targets, the enterprise ladder, projects, digital infrastructure.",
            discussion: """
                --format html writes a self-contained page for e-mail (inline CSS and SVG charts, with the map of the \
                districts) that prints on A4; --output FILE writes it to FILE instead of standard output.
                """)

        /// What the briefing is written as.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @OptionGroup var options: DatabaseOptions

        @OptionGroup var language: LanguageOption

        var lang: Language { language.current }

        @Option(help: "text (the terminal briefing) or html (a self-contained file for e-mail and print).")
        var format: Format = .text

        @Option(help: "Write the briefing to FILE instead of standard output.")
        var output: String?

        @Flag(help: "Say nothing when the file is written.")
        var quiet = false

        func run() async throws {
            let database = try await options.storage(lang)
            let briefing = switch format {
            case .text: try await Briefing(database).text(lang)
            case .html: try await BriefingDocument.html(database, language: lang)
            }
            guard let output else { return print(briefing, terminator: "") }
            do {
                try Data(briefing.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw Refusal(
                    lang, "无法写入 \(output)：\(error.localizedDescription)；请检查所在文件夹是否存在且可写。",
                    "Cannot write \(output): \(error.localizedDescription); check that its folder exists and is writable.")
            }
            if !quiet { printError(lang.pick("已写入 \(output)（\(format.rawValue)，\(briefing.utf8.count / 1024) KB）。", "Wrote \(output) (\(format.rawValue), \(briefing.utf8.count / 1024) KB).")) }
        }
    }
}
