import ArgumentParser
import Foundation
import Synchronization
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

extension Zhizao {
    struct Export: AsyncParsableCommand {
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

        func run() async throws {
            let l = language.current
            let database = try await options.storage(l)
            let bar = ProgressBar.onTerminal(
                l.pick("导出\(kind.name.zh)", "Exporting \(kind.rawValue)"), unit: ("行", "rows"),
                total: kind == .enterprises ? try await database.enterpriseCount() : nil, language: l, quiet: quiet)
            defer { bar.finish() }
            switch resolvedFormat {
            case .xlsx:
                try await exportWorkbook(database)
            case .csv, .json:
                let format: ExportFormat = resolvedFormat == .json ? .json : .csv
                guard let sink = ExportSink(path: output, bar: bar) else {
                    throw Refusal(
                        l, "无法写入 \(output ?? "")：请检查所在文件夹是否存在且可写。",
                        "Cannot write \(output ?? ""): check that its folder exists and is writable.", exitCode: 73)
                }
                switch kind {
                case .enterprises: try await database.exportEnterprises(format, excel: excel, to: sink.write)
                case .projects: try await database.exportProjects(format, excel: excel, to: sink.write)
                case .observations: try await database.exportObservations(format, excel: excel, to: sink.write)
                }
                try sink.finish()
            }
        }

    /// Writes the workbook to `--output`, or through a temporary file to standard output.
        private func exportWorkbook(_ database: any Storage) async throws {
            let url = output.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-export-\(UUID().uuidString).xlsx")
            try await database.exportWorkbook(kind, to: url)
            guard output == nil else { return }
            defer { try? FileManager.default.removeItem(at: url) }
            try FileHandle.standardOutput.write(contentsOf: try Data(contentsOf: url))
        }
    }
}

/// Where an export's lines go, a file or standard output, counted for the progress bar. The storage calls `write`
/// from its own thread, one line at a time, while the command waits.
final class ExportSink: Sendable {
    private let state: Mutex<(lines: Int, file: FileOutput?, standard: Output)>
    private let bar: ProgressBar

    /// Writes to the file at `path`, or to standard output when there is none; nil when the file cannot be made.
    init?(path: String?, bar: ProgressBar) {
        var file: FileOutput?
        if let path {
            guard let opened = FileOutput(path: path) else { return nil }
            file = opened
        }
        state = Mutex((0, file, Output()))
        self.bar = bar
    }

    @Sendable func write(_ line: String) {
        state.withLock { state in
            if let file = state.file { file.write(line) } else { state.standard.write(line) }
            state.lines += 1
            if state.lines & 1023 == 0 { bar.update(state.lines) }
        }
    }

    /// Writes what is buffered and closes the file.
    func finish() throws {
        try state.withLock { state in
            if let file = state.file { try file.close() } else { state.standard.flush() }
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
