import ArgumentParser
import Foundation
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write an Excel template for an import: Chinese headings, an example row and a notes sheet (说明).")

        @Argument(help: "Which import: enterprises, projects or observations.")
        var kind: ImportKind

        @Option(name: .shortAndLong, help: "The file to write (default 企业导入模板.xlsx, 重点项目导入模板.xlsx or 数据导入模板.xlsx).")
        var output: String?

        @Flag(help: "Replace the file when it exists.")
        var force = false

        func run() throws {
            let path = output ?? ImportTemplate.defaultFileName(kind)
            if !force, FileManager.default.fileExists(atPath: path) {
                printError("zhizao template: \(path) exists; give another --output, or --force to replace it")
                throw ExitCode(73)  // EX_CANTCREAT
            }
            try ImportTemplate.write(kind, to: URL(fileURLWithPath: path))
            print("Wrote \(path): the \(kind.rawValue) import's Chinese headings, an example row and the notes sheet 说明.")
        }
    }
}
