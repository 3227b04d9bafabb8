import ArgumentParser
import ZhizaoCore

extension Zhizao {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Print a briefing: clusters and tiers, targets, the enterprise ladder, projects, digital infrastructure.")

        @OptionGroup var options: DatabaseOptions

        @Option(help: "Language of the briefing: zh or en.")
        var lang: Language = .zh

        func run() throws {
            print(try Briefing(options.open()).text(lang), terminator: "")
        }
    }
}
