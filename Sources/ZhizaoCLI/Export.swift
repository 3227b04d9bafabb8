import ArgumentParser
import ZhizaoStore
import ZhizaoWeb

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
            var output = Output()
            var lines = 0
            let write = { (line: String) in
                output.write(line)
                lines += 1
                if lines & 1023 == 0 { bar.update(lines) }
            }
            switch kind {
            case .enterprises: try database.exportEnterprises(format, to: write)
            case .projects: try database.exportProjects(format, to: write)
            case .observations: try database.exportObservations(format, to: write)
            }
            output.flush()
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
