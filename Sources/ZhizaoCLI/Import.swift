import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

extension Zhizao {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a CSV or Excel (.xlsx) file of enterprises, projects or observations (all rows or none), boundaries (GeoJSON), a regional table, or a target list.",
            discussion: """
                A CSV file may be UTF-8 (with or without BOM) or GBK/GB18030; a workbook is read from its first \
                sheet, or the one --sheet names. Headers may be in English or Chinese (uscc or 统一社会信用代码), \
                below a title row or two. Every problem is reported as FILE:LINE:COLUMN (a workbook's as \
                FILE:SHEET!A12); any problem rejects the whole file and nothing is written. Rows whose key \
                (USCC for enterprises, id for projects and observations) exists update that record. \
                regional: a long table region,industry,value[,year] (地区,行业,数值,年份) stored whole under --name \
                (default: the file's name); an existing name is replaced only with --replace. \
                target-list: firms to court from outside the registry (a national list), in the enterprise format with \
                province and city (省份, 城市) instead of district and park, stored apart under --name; see zhizao targets \
                --from-list. \
                See README.md for the columns.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What the file holds: enterprises, projects, observations, boundaries, regional or target-list.")
        var kind: ImportTarget

        @Argument(help: "The CSV, JSON or .xlsx file.")
        var file: String

        @Option(help: "A workbook's sheet, by name or number (1 is the first, the default).")
        var sheet: String?

        @Flag(help: "Only check the file against the database and report problems; write nothing.")
        var check = false

        @Option(help: "For boundaries: district (a city's districts) or city (a province's cities).")
        var level: Boundary.Level = .district

        @Option(help: "For regional and target-list: the table's or list's name (default: the file's name without extension).")
        var name: String?

        @Option(help: "For regional: what the values count or measure (企业数, 营业收入（元）, employees).")
        var measure: String?

        @Option(help: "For regional and target-list: where the figures come from (a yearbook and its table, a ministry's list).")
        var source: String?

        @Flag(help: "For regional and target-list: replace a stored table or list of the same name.")
        var replace = false

        @Flag(help: "Print no progress bar and no summary; problems are still printed.")
        var quiet = false

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let l = language.current
            let bytes = try Refusal.bytes(file, l)
            let database = try await options.storage(l)
            if kind == .regional { return try await importRegional(bytes, database) }
            if kind == .targetList { return try await importTargetList(bytes, database) }
            guard let kind = kind.table else { return try await importBoundaries(Data(bytes), database) }
            let noun = l.pick(kind.name.zh, kind.rawValue)
            let bar = ProgressBar.onTerminal(
                check ? l.pick("检查\(noun)", "Checking \(noun)") : l.pick("导入\(noun)", "Importing \(noun)"),
                unit: ("行", "rows"), total: Self.rowEstimate(bytes), language: l, quiet: quiet)
            defer { bar.finish() }
            do {
                if check {
                    let reading = try await database.checkReading(kind, csv: bytes, file: file, sheet: sheet, as: nil, progress: bar.update)
                    bar.finish()
                    printNotes(reading.notes, l)
                    if !quiet {
                        print(l.pick("\(file)：\(reading.rows) 行\(noun)，未发现问题；未写入任何数据。",
                            "\(file): \(reading.rows) \(kind.rawValue) rows, no problems found; nothing was written."))
                    }
                    return
                }
                let summary = try await database.import(
                    kind, csv: bytes, file: file, sheet: sheet, by: DatabaseOptions.actor("import \(kind.rawValue)"), progress: bar.update)
                bar.finish()
                printNotes(summary.notes, l)
                if !quiet {
                    print(l.pick("已从 \(file) 导入\(noun) \(summary.rows) 行：新增 \(summary.inserted) 条，更新 \(summary.updated) 条。",
                        "Imported \(summary.rows) \(kind.rawValue) from \(file): \(summary.inserted) new, \(summary.updated) updated."))
                }
            } catch let error as ImportError {
                bar.finish()
                printError(ImportErrorText(error: error, language: l).text)
                throw ExitCode(65)  // EX_DATAERR
            }
        }

        /// The rows a CSV file holds, as its lines after the header, for the progress bar; nil for other formats
        /// (JSON, which starts with `[`, and workbooks, which are ZIP files starting with `PK`).
        static func rowEstimate(_ bytes: [UInt8]) -> Int? {
            let start = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            guard let start, start != UInt8(ascii: "["), !bytes.starts(with: [0x50, 0x4B]) else { return nil }
            let lines = bytes.count(where: { $0 == 0x0A }) + (bytes.last == 0x0A ? 0 : 1)
            return max(0, lines - 1)
        }
    }
}

extension Zhizao.Import {
    /// Values read as meant but changed (a lowercase USCC upper-cased), one line each, then their count.
    func printNotes(_ notes: [ImportProblem], _ l: Language) {
        guard !notes.isEmpty else { return }
        for note in notes.prefix(ImportError.listed) { print(l.pick("注意：", "note: ") + ImportErrorText.line(note, l)) }
        if notes.count > ImportError.listed {
            print(l.pick("注意：……另有 \(notes.count - ImportError.listed) 处", "note: … and \(notes.count - ImportError.listed) more"))
        }
        print(l.pick("\(notes.count) 个值已按原意读入并作了改写，见以上说明。", "\(notes.count) value(s) read as meant but changed; see the notes above."))
    }
}

extension ImportKind: ExpressibleByArgument {}
