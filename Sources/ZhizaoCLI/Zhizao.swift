import Foundation
import ArgumentParser
import ZhizaoCore
import ZhizaoStore

/// The `zhizao` command: the city's advanced-manufacturing programme in one database.
public struct Zhizao: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zhizao",
        abstract: "智造 Zhizao — industrial-cluster intelligence for a city's advanced-manufacturing programme.",
        discussion: "Commands that need a database create it with the built-in Guangzhou 2020 dataset when it is missing.",
        subcommands: [
            Serve.self, Init.self, Report.self, Analyze.self, Chain.self, Pipeline.self, Check.self, Extract.self, Ingest.self, Review.self,
            MetricCommand.self, ReaderEval.self, Import.self, Export.self, Template.self, Generate.self, UserCommand.self, TokenCommand.self,
            AuditCommand.self, Backup.self, Restore.self,
        ]
    )

    public init() {}
}

/// The `--db` option every command takes.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (created with the built-in dataset when missing).")
    var db: String = AppDatabase.defaultPath

    /// Opens the database, creating it when missing.
    func open() throws -> AppDatabase {
        try AppDatabase.open(path: db)
    }

    /// Who writes from the command line: the operating-system user, through `zhizao COMMAND`.
    static func actor(_ command: String) -> Actor {
        let environment = ProcessInfo.processInfo.environment
        return .local(environment["SUDO_USER"] ?? environment["USER"] ?? environment["LOGNAME"]
            ?? getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "unknown", via: "zhizao \(command)")
    }
}

extension Language: ExpressibleByArgument {}
