import ArgumentParser
import ZhizaoStore

extension Zhizao {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write enterprises, projects or observations to standard output in the import format.")

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "What to export: enterprises, projects or observations.")
        var kind: ImportKind

        @Option(help: "csv (the import format) or json (an array of objects with the same field names).")
        var format: ExportFormat = .csv

        func run() throws {
            let database = try options.open()
            var output = Output()
            switch kind {
            case .enterprises: try database.exportEnterprises(format) { output.write($0) }
            case .projects: try database.exportProjects(format) { output.write($0) }
            case .observations: try database.exportObservations(format) { output.write($0) }
            }
            output.flush()
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
