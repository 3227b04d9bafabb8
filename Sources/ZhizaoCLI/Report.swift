import ArgumentParser
import ZhizaoCore

extension Zhizao {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Print a briefing: clusters and tiers, targets, the enterprise ladder, projects, digital infrastructure.")

        @OptionGroup var options: DatabaseOptions

        @OptionGroup var language: LanguageOption

        var lang: Language { language.current }

        func run() throws {
            print(try Briefing(options.open(lang)).text(lang), terminator: "")
        }
    }
}
