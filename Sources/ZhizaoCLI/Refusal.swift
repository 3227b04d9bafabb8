import ArgumentParser
import Foundation
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

extension Refusal {
    /// The bytes of the file at `path` (`-`: standard input, when `standardInput` allows it), or a refusal naming it
    /// (exit code 66, EX_NOINPUT), with `hint` saying what to give instead.
    static func read(_ path: String, _ language: Language, standardInput: Bool = false, hint: (zh: String, en: String)? = nil) throws -> Data {
        let data = standardInput && path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else {
            let hint = hint ?? ("请检查路径。", "check the path.")
            throw Refusal(
                language, "无法读取文件 \(path)：文件不存在或没有读取权限；\(hint.zh)", "Cannot read \(path): no such file, or not readable; \(hint.en)",
                exitCode: 66)
        }
        return data
    }
}
