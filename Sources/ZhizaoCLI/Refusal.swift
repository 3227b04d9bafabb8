import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoStorage

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
    /// Runs `body`, refusing what the store refuses in `language` (a ``StoreError`` that is written in both).
    static func speaking(_ language: Language, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as StoreError {
            throw Refusal(error.message(in: language))
        }
    }

    /// The bytes of the file at `path` (`-`: standard input, when `standardInput` allows it), or a refusal naming it
    /// (exit code 66, EX_NOINPUT), with `hint` saying what to give instead.
    static func read(_ path: String, _ language: Language, standardInput: Bool = false, hint: (zh: String, en: String)? = nil) throws -> Data {
        if standardInput && path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Refusal(language, "\(path) 是文件夹，不是文件：请给出其中的一个文件。", "\(path) is a folder, not a file: give one of the files in it.", exitCode: 66)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw unreadable(path, language, hint: hint) }
        return data
    }

    /// The same as an array, read into it in pieces so that a file of gigabytes is held once, not as `Data` and again
    /// as its copy (a 10M-firm registry is a 3.2 GB file).
    static func bytes(_ path: String, _ language: Language, hint: (zh: String, en: String)? = nil) throws -> [UInt8] {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType != .typeDirectory, let handle = FileHandle(forReadingAtPath: path) else {
                throw unreadable(path, language, hint: hint)
            }
            defer { try? handle.close() }
            var bytes: [UInt8] = []
            // A pipe's size is 0: it is read to its end all the same.
            bytes.reserveCapacity((attributes[.size] as? NSNumber)?.intValue ?? 0)
            while let piece = try handle.read(upToCount: 1 << 24), !piece.isEmpty { bytes.append(contentsOf: piece) }
            return bytes
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw unreadable(path, language, hint: hint)
        }
    }

    private static func unreadable(_ path: String, _ language: Language, hint: (zh: String, en: String)?) -> Refusal {
        let hint = hint ?? ("请检查路径。", "check the path.")
        return Refusal(
            language, "无法读取文件 \(path)：文件不存在或没有读取权限；\(hint.zh)", "Cannot read \(path): no such file, or not readable; \(hint.en)",
            exitCode: 66)
    }
}
