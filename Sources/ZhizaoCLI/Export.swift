import ArgumentParser
import Foundation
import ZhizaoStore
import ZhizaoWeb

extension Zhizao {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write enterprises, projects or observations in the import format: CSV, JSON or an Excel workbook.",
            discussion: """
                Standard output by default; --output FILE writes the file, and a name ending in .xlsx or .json chooses \
                the format. An .xlsx has the Chinese headings (统一社会信用代码, 企业名称, …), which import reads back.
                """)

        /// What `export` writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json, xlsx
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What to export: enterprises, projects or observations.")
        var kind: ImportKind

        @Option(help: "csv (the import format), json (objects with the CSV's field names) or xlsx (an Excel workbook); by default the --output name's extension, else csv.")
        var format: Format?

        @Option(name: .shortAndLong, help: "The file to write instead of standard output.")
        var output: String?

        @Flag(help: "CSV for Excel on Chinese Windows: a UTF-8 byte-order mark and CRLF line ends.")
        var excel = false

        /// The format asked for, else the one the output file's extension names, else CSV.
        var resolvedFormat: Format {
            if let format { return format }
            switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
            case "xlsx": return .xlsx
            case "json": return .json
            default: return .csv
            }
        }

        func validate() throws {
            if excel, resolvedFormat != .csv { throw ValidationError("--excel is for CSV; an .xlsx or JSON file needs no byte-order mark") }
        }

        @Flag(help: "Print no progress bar.")
        var quiet = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            let database = try options.open(l)
            let bar = ProgressBar.onTerminal(
                l.pick("导出\(kind.name.zh)", "Exporting \(kind.rawValue)"), unit: ("行", "rows"),
                total: kind == .enterprises ? try database.enterpriseCount() : nil, language: l, quiet: quiet)
            defer { bar.finish() }
            switch resolvedFormat {
            case .xlsx:
                try exportWorkbook(database)
            case .csv, .json:
                let format: ExportFormat = resolvedFormat == .json ? .json : .csv
                var lines = 0
                func counted(_ write: @escaping (String) -> Void) -> (String) -> Void {
                    { line in
                        write(line)
                        lines += 1
                        if lines & 1023 == 0 { bar.update(lines) }
                    }
                }
                if let output {
                    guard let file = FileOutput(path: output) else {
                        throw Refusal(l, "无法写入 \(output)：请检查所在文件夹是否存在且可写。", "Cannot write \(output): check that its folder exists and is writable.", exitCode: 73)
                    }
                    try write(database, format, to: counted { file.write($0) })
                    try file.close()
                } else {
                    var standardOutput = Output()
                    try write(database, format, to: counted { standardOutput.write($0) })
                    standardOutput.flush()
                }
            }
        }

        private func write(_ database: AppDatabase, _ format: ExportFormat, to write: (String) -> Void) throws {
            switch kind {
            case .enterprises: try database.exportEnterprises(format, excel: excel, to: write)
            case .projects: try database.exportProjects(format, excel: excel, to: write)
            case .observations: try database.exportObservations(format, excel: excel, to: write)
            }
        }

        /// Writes the workbook to `--output`, or through a temporary file to standard output.
        private func exportWorkbook(_ database: AppDatabase) throws {
            let url = output.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-export-\(UUID().uuidString).xlsx")
            try database.exportWorkbook(kind, to: url)
            guard output == nil else { return }
            defer { try? FileManager.default.removeItem(at: url) }
            try FileHandle.standardOutput.write(contentsOf: try Data(contentsOf: url))
        }
    }
}

/// Buffered text writes to a file.
final class FileOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init?(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
