import Foundation
import ArgumentParser
import ZhizaoCore
import ZhizaoPostgres
import ZhizaoStore
import ZhizaoStorage

/// The `zhizao` command: the city's advanced-manufacturing programme in one database.
public struct Zhizao: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zhizao",
        abstract: "智造 Zhizao — industrial-cluster intelligence for a city's advanced-manufacturing programme.",
        discussion: "Commands that need a database create it with the built-in Guangzhou 2020 dataset when it is missing.",
        subcommands: [
            Serve.self, Init.self, Report.self, Analyze.self, Chain.self, Opportunities.self, Pipeline.self, Check.self, Extract.self, Ingest.self, Review.self,
            MetricCommand.self, ReaderEval.self, Import.self, Export.self, Template.self, Generate.self, UserCommand.self, TokenCommand.self,
            AuditCommand.self, Backup.self, Restore.self, CopyDatabase.self, Complexity.self,
            Targets.self, ClassifierEval.self,
        ]
    )

    public init() {}

    /// Parses the arguments and runs the command. A ``Refusal`` (and a ``StoreError``, which says what to do) is
    /// printed alone, with no usage lines, and exits with its code; any other error as ArgumentParser prints it.
    /// (Not `main`, which would be ArgumentParser's own: it refuses async subcommands under a synchronous root.)
    public static func execute() async {
        do {
            var command = try parseAsRoot()
            try await run(&command)
        } catch let refusal as Refusal {
            printError(refusal.description)
            Foundation.exit(refusal.exitCode)
        } catch let error as StoreError {
            printError(error.message)
            Foundation.exit(1)
        } catch {
            if let message = PostgresEngineError.serverMessage(error) {
                printError(message)
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }

    /// Runs a parsed command, awaiting it when it is asynchronous (those that use the database), and closes the
    /// databases it opened.
    public static func run(_ command: inout any ParsableCommand) async throws {
        if let asynchronous = command as? any AsyncParsableCommand {
            let opened = OpenedStorage()
            do {
                command = try await OpenedStorage.$current.withValue(opened) {
                    var running = asynchronous
                    try await running.run()
                    return running
                }
            } catch {
                await opened.close()
                throw error
            }
            await opened.close()
        } else {
            try command.run()
        }
    }
}

/// The `--db` option every command takes.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The database: a SQLite file (created with the built-in dataset when missing), or postgres://USER@HOST:PORT/DATABASE \
            (password from PGPASSWORD or ~/.pgpass; tables and the built-in dataset made on first use).
            """)
    var db: String = AppDatabase.defaultPath

    /// Opens the database, creating it when missing. A folder that does not exist, or a file SQLite cannot open,
    /// is refused in `language` with the path and what to do.
    func open(_ language: Language) throws -> AppDatabase {
        try requireFile(language)
        do {
            return try AppDatabase.open(path: db)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Refusal(
                language, "无法打开数据库 \(db)（\(error)）：请检查该路径是否为数据库文件、是否有读写权限，或用 --db 指定其他路径。",
                "Cannot open the database \(db) (\(error)): check that the path is a database file you may read and write, "
                    + "or give another path with --db.")
        }
    }

    /// The storage behind `--db`: a SQLite file opened as ``open(_:)`` does, or a PostgreSQL database
    /// (``postgres(_:)``).
    func storage(_ language: Language) async throws -> any Storage {
        isPostgres ? try await postgres(language) : SQLiteStorage(try open(language))
    }

    /// Refuses, in `language`, a PostgreSQL URL (the caller works on SQLite files) and a path whose folder does not
    /// exist, saying which and what to do.
    func requireFile(_ language: Language) throws {
        if isPostgres {
            throw Refusal(
                language, "此命令只用于 SQLite 数据库文件。PostgreSQL 数据库在命令第一次使用时自动建表并载入内置数据集；"
                    + "请用 pg_dump/pg_restore 备份和恢复，用 zhizao copy-db 在两种数据库间复制。",
                "This command works on SQLite database files. A PostgreSQL database gets its tables and the built-in dataset "
                    + "the first time a command uses it; back it up with pg_dump and pg_restore, and copy between the two with zhizao copy-db.")
        }
        let folder = (db as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
            throw Refusal(
                language, "数据库 \(db) 所在的文件夹 \(folder) 不存在：请先创建该文件夹，或用 --db 指定其他路径。",
                "The folder \(folder) of the database \(db) does not exist: create it first, or give another path with --db.")
        }
    }

    /// Who writes from the command line: the operating-system user, through `zhizao COMMAND`.
    static func actor(_ command: String) -> Actor {
        let environment = ProcessInfo.processInfo.environment
        return .local(environment["SUDO_USER"] ?? environment["USER"] ?? environment["LOGNAME"]
            ?? getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "unknown", via: "zhizao \(command)")
    }
}

extension Language: ExpressibleByArgument {}
