import ArgumentParser
import Foundation
import ZhizaoStore

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

        func run() throws {
            guard FileManager.default.fileExists(atPath: options.db) else {
                throw ValidationError("there is no database at \(options.db); give its path with --db")
            }
            print("Wrote " + describe(try options.open().backup(to: file, force: force)))
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

        func run() throws {
            print("Restored " + describe(try AppDatabase.restore(from: file, to: options.db, force: force, by: DatabaseOptions.actor("restore"))))
        }
    }
}

/// `PATH: 12.3 MB, backup taken at …; rows: enterprise 200000, …`.
private func describe(_ summary: BackupSummary) -> String {
    let megabytes = String(format: "%.1f MB", Double(summary.bytes) / 1_000_000)
    let taken = summary.info.backupTakenAt.map { ", backup taken at \($0)" } ?? ""
    let rows = summary.counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", ")
    return "\(summary.path): \(megabytes)\(taken); rows: \(rows)."
}
