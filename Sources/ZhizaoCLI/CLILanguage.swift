import ArgumentParser
import Foundation
import ZhizaoCore

/// The language the command line speaks: the one `--lang` names, else the locale's.
enum CLILanguage {
    /// `option` when given; else Chinese when the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first
    /// that is set and not empty, as POSIX orders them) starts with `zh`, and English otherwise.
    static func current(
        option: Language?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        if let option { return option }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("zh") == true ? .zh : .en
    }
}

/// The `--lang` option every command takes.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of messages and output: zh or en (default: zh when LANG starts with zh, else en).")
    var lang: Language?

    /// The language this command speaks.
    var current: Language { CLILanguage.current(option: lang) }
}
