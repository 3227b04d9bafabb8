import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent copy of the database, also while the server runs and writes.",
            discussion: "The copy is written next to FILE and moved into place, so a failure leaves no half file.")

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "The backup file to write.")
        var file: String

        @Flag(help: "Replace FILE if it exists.")
        var force = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            try options.requireFile(l)
            guard FileManager.default.fileExists(atPath: options.db) else {
                throw Refusal(l, "\(options.db) 处没有数据库：请用 --db 给出数据库的路径。", "There is no database at \(options.db); give its path with --db.")
            }
            print(l.pick("已写入 ", "Wrote ") + describe(try options.open(l).backup(to: file, force: force), l))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the database's contents with a backup, also while the server runs.",
            discussion: """
                FILE must come from zhizao backup (or be a Zhizao database) of this version or an older one, which is \
                migrated. A database written after the backup's last write is replaced only with --force.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "The backup file to restore.")
        var file: String

        @Flag(help: "Restore even over a database written after the backup (its later changes are lost).")
        var force = false

        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.current
            try options.requireFile(l)
            let summary = try AppDatabase.restore(from: file, to: options.db, force: force, by: DatabaseOptions.actor("restore"))
            print(l.pick("已恢复 ", "Restored ") + describe(summary, l))
        }
    }
}

/// `PATH: 12.3 MB, backup taken at …; rows: enterprise 200000, …` (the tables by their names in the database).
private func describe(_ summary: BackupSummary, _ l: Language) -> String {
    let megabytes = String(format: "%.1f MB", Double(summary.bytes) / 1_000_000)
    let taken = summary.info.backupTakenAt.map { l.pick("，备份时间 \($0)", ", backup taken at \($0)") } ?? ""
    let rows = summary.counts.map { "\($0.table) \($0.rows)" }.joined(separator: l.pick("，", ", "))
    return l.pick("\(summary.path)：\(megabytes)\(taken)；各表行数：\(rows)。", "\(summary.path): \(megabytes)\(taken); rows: \(rows).")
}
