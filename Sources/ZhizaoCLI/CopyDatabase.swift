import ArgumentParser
import Foundation
import ZhizaoCopy
import ZhizaoCore
import ZhizaoPostgres
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct CopyDatabase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy-db",
            abstract: "Copy every table of one database into another: SQLite to PostgreSQL, and back.",
            discussion: """
                SOURCE and TARGET are each a SQLite file or a URL postgres://USER@HOST:PORT/DATABASE; the password comes \
                from PGPASSWORD or ~/.pgpass, never from the command line. Both are migrated first. The target is \
                written in one transaction and checked table by table (rows and a SHA-256 checksum computed the same \
                way on both sides) before it is kept: on any failure it is left as it was. A target that holds data \
                is replaced only with --force. Search indexes are rebuilt on the target, not copied.
                """)

        @Option(help: "The database to copy: a SQLite file or a postgres:// URL.")
        var from: String

        @Option(help: "The database to write: a SQLite file (created when missing) or a postgres:// URL.")
        var to: String

        @Flag(help: "Replace the target's data when it holds some.")
        var force = false

        @Flag(help: "Show no progress bar.")
        var quiet = false

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if from == to { throw ValidationError("--from and --to name the same database; give another target") }
        }

        func run() async throws {
            let l = language.current
            let report = try await Self.copy(from: from, to: to, force: force, by: DatabaseOptions.actor("copy-db"), language: l, quiet: quiet)
            print(Self.table(report, l))
            print(l.pick("已从 \(from) 复制 \(report.tables.count) 张表、\(report.rows) 行到 \(to)。",
                         "Copied \(report.tables.count) tables, \(report.rows) rows, from \(from) to \(to)."))
        }

        /// Opens both ends, copies, and shuts the PostgreSQL pools down whatever happens. A refusal or a failed check
        /// becomes a ``Refusal`` in `language`.
        static func copy(
            from: String, to: String, force: Bool, by actor: Actor, language l: Language, quiet: Bool
        ) async throws -> DatabaseCopy.Report {
            var engines: [PostgresEngine] = []
            func engine(_ url: String) async throws -> PostgresEngine {
                let engine = PostgresEngine(settings: try PostgresSettings(url: url))
                engines.append(engine)
                try await engine.migrate()
                return engine
            }
            do {
                let source: any CopySource =
                    PostgresSettings.isURL(from) ? try await engine(from) : try AppDatabase.copySource(path: from)
                let target: any CopyTarget =
                    PostgresSettings.isURL(to) ? try await engine(to) : AppDatabase.copyTarget(path: to)
                var bar: (table: String, bar: ProgressBar)?
                let report = try await DatabaseCopy.run(from: source, to: target, force: force, by: actor) { table, done, total in
                    guard total >= 10_000 else { return }
                    if bar?.table != table {
                        bar?.bar.finish()
                        bar = (table, ProgressBar.onTerminal(
                            l.pick("复制 \(table)", "Copying \(table)"), unit: ("行", "rows"), total: total, language: l, quiet: quiet))
                    }
                    bar?.bar.update(done)
                }
                bar?.bar.finish()
                for engine in engines { await engine.shutdown() }
                return report
            } catch {
                for engine in engines { await engine.shutdown() }
                throw refusal(error, target: to, l)
            }
        }

        /// `error` as a refusal in `language`: a target holding data in both languages, the rest as the engines word it.
        static func refusal(_ error: any Error, target: String, _ l: Language) -> any Error {
            switch error {
            case let error as CopyError where error.code == .notEmpty:
                return Refusal(
                    l, "目标数据库 \(target) 已有数据：请复制到空数据库，或加 --force 用来源的数据替换它。（\(error.message)）",
                    error.message)
            case let error as CopyError: return Refusal(error.message)
            case let error as PostgresEngineError: return Refusal(error.message)
            default: return error
            }
        }

        /// The report as a table: each table's rows, checksum and whether the target matched.
        static func table(_ report: DatabaseCopy.Report, _ l: Language) -> String {
            let heading = [l.pick("表", "table"), l.pick("行数", "rows"), l.pick("校验和 (SHA-256)", "checksum (SHA-256)"), l.pick("一致", "ok")]
            let rows = report.tables.map { [$0.name, "\($0.rows)", $0.checksum, $0.ok ? l.pick("是", "yes") : l.pick("否", "NO")] }
            let widths = (0..<heading.count).map { column in ([heading] + rows).map { Terminal.width($0[column]) }.max() ?? 0 }
            return ([heading] + rows).map { cells in
                zip(cells, widths).enumerated().map { index, cell in
                    let (text, width) = cell
                    // Rows right-aligned.
                    return index == 1 ? String(repeating: " ", count: width - Terminal.width(text)) + text : Terminal.pad(text, width)
                }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
            }.joined(separator: "\n")
        }
    }
}
