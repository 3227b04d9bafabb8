import ArgumentParser
import ZhizaoCore

/// A refusal at run time: a message in the user's language saying what is wrong and what to do, printed alone to
/// standard error (no `Error:` prefix, no usage lines, which belong to mistyped arguments), with exit code 1 unless
/// another is given.
struct Refusal: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    /// The message in `language`, of two given side by side.
    init(_ language: Language, _ zh: String, _ en: String, exitCode: Int32 = 1) {
        self.init(language.pick(zh, en), exitCode: exitCode)
    }
}
