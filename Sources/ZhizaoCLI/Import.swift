import ArgumentParser
import Foundation
import ZhizaoInterchange
import ZhizaoStore

extension Zhizao {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a CSV file of enterprises, projects or observations (all rows or none).",
            discussion: """
                The file may be UTF-8 (with or without BOM) or GBK/GB18030. Every problem is reported as
                FILE:LINE:COLUMN; any problem rejects the whole file and nothing is written. Rows whose key
                (USCC for enterprises, id for projects and observations) exists update that record.
                See README.md for the columns.
                """)

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case enterprises, projects, observations
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What the file holds: enterprises, projects or observations.")
        var kind: Kind

        @Argument(help: "The CSV file.")
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file): no such file, or not readable")
            }
            let database = try options.open()
            let bytes = Array(data)
            do {
                let summary: ImportSummary
                switch kind {
                case .enterprises: summary = try database.importEnterprises(csv: bytes, file: file)
                case .projects: summary = try database.importProjects(csv: bytes, file: file)
                case .observations: summary = try database.importObservations(csv: bytes, file: file)
                }
                print("Imported \(summary.rows) \(kind.rawValue) from \(file): \(summary.inserted) new, \(summary.updated) updated.")
            } catch let error as ImportError {
                printError(error.description)
                throw ExitCode(65)  // EX_DATAERR
            }
        }
    }
}
