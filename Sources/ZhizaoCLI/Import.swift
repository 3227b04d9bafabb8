import ArgumentParser
import Foundation
import ZhizaoInterchange
import ZhizaoStore

extension Zhizao {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a CSV or Excel (.xlsx) file of enterprises, projects or observations (all rows or none).",
            discussion: """
                A CSV file may be UTF-8 (with or without BOM) or GBK/GB18030; a workbook is read from its first \
                sheet, or the one --sheet names. Headers may be in English or Chinese (uscc or 统一社会信用代码), \
                below a title row or two. Every problem is reported as FILE:LINE:COLUMN (a workbook's as \
                FILE:SHEET!A12); any problem rejects the whole file and nothing is written. Rows whose key \
                (USCC for enterprises, id for projects and observations) exists update that record. \
                See README.md for the columns.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What the file holds: enterprises, projects or observations.")
        var kind: ImportKind

        @Argument(help: "The CSV, JSON or .xlsx file.")
        var file: String

        @Option(help: "A workbook's sheet, by name or number (1 is the first, the default).")
        var sheet: String?

        @Flag(help: "Only check the file against the database and report problems; write nothing.")
        var check = false

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): no such file, or not readable")
            }
            let database = try options.open()
            let bytes = Array(data)
            do {
                if check {
                    let reading = try database.checkReading(kind, csv: bytes, file: file, sheet: sheet)
                    printNotes(reading.notes)
                    print("\(file): \(reading.rows) \(kind.rawValue) rows, no problems found; nothing was written.")
                    return
                }
                let summary = try database.import(
                    kind, csv: bytes, file: file, sheet: sheet, by: DatabaseOptions.actor("import \(kind.rawValue)"))
                printNotes(summary.notes)
                print("Imported \(summary.rows) \(kind.rawValue) from \(file): \(summary.inserted) new, \(summary.updated) updated.")
            } catch let error as ImportError {
                printError(error.description)
                throw ExitCode(65)  // EX_DATAERR
            }
        }
    }
}

extension Zhizao.Import {
    /// Values read as meant but changed (a lowercase USCC upper-cased), one line each, then their count.
    private func printNotes(_ notes: [ImportProblem]) {
        guard !notes.isEmpty else { return }
        for note in notes.prefix(ImportError.listed) { print("note: \(note)") }
        if notes.count > ImportError.listed { print("note: … and \(notes.count - ImportError.listed) more") }
        print("\(notes.count) value(s) read as meant but changed; see the notes above.")
    }
}

extension ImportKind: ExpressibleByArgument {}
