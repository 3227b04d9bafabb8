import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore

extension Zhizao {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a CSV file of enterprises, projects or observations (all rows or none), or boundaries (GeoJSON).",
            discussion: """
                The file may be UTF-8 (with or without BOM) or GBK/GB18030. Every problem is reported as \
                FILE:LINE:COLUMN; any problem rejects the whole file and nothing is written. Rows whose key \
                (USCC for enterprises, id for projects and observations) exists update that record. \
                See README.md for the columns.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What the file holds: enterprises, projects, observations or boundaries.")
        var kind: ImportTarget

        @Argument(help: "The CSV file.")
        var file: String

        @Flag(help: "Only check the file against the database and report problems; write nothing.")
        var check = false

        @Option(help: "For boundaries: district (a city's districts) or city (a province's cities).")
        var level: Boundary.Level = .district

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): no such file, or not readable")
            }
            let database = try options.open()
            guard let kind = kind.table else { return try importBoundaries(data, database) }
            let bytes = Array(data)
            do {
                if check {
                    let rows = try database.check(kind, csv: bytes, file: file)
                    print("\(file): \(rows) \(kind.rawValue) rows, no problems found; nothing was written.")
                    return
                }
                let summary = try database.import(kind, csv: bytes, file: file, by: DatabaseOptions.actor("import \(kind.rawValue)"))
                print("Imported \(summary.rows) \(kind.rawValue) from \(file): \(summary.inserted) new, \(summary.updated) updated.")
            } catch let error as ImportError {
                printError(error.description)
                throw ExitCode(65)  // EX_DATAERR
            }
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
