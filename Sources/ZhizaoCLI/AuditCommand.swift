import ArgumentParser
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
import ZhizaoWeb

extension Zhizao {
    /// `zhizao audit`: the append-only log of writes and sign-ins, newest first.
    struct AuditCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit", abstract: "Show the audit log of writes and sign-ins, newest first.")
        @OptionGroup var options: DatabaseOptions
        @Option(help: "Entries from this date or time on (2026-12-01, or ISO 8601).") var since: String?
        @Option(help: "Only this account's (or, for the command line, this system user's) entries.") var user: String?
        @Option(help: "Only this action (import, edit, accept, login, login-failed …).") var action: String?
        @Option(help: "At most this many entries.") var limit = 100
        @Flag(help: "Show each change's before and after.") var changes = false
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if let since, since.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil {
                throw ValidationError("--since takes a date such as 2026-12-01 (or an ISO 8601 time)")
            }
        }

        func run() async throws {
            let l = language.current
            let entries = try await options.storage(l).auditEntries(.init(since: since, actor: user, action: action, limit: limit))
            if entries.isEmpty { print(l.pick("没有记录。", "No entries.")) }
            for e in entries {
                let words = AuditWords.line(e, l)
                let record = words.record.map { " \($0)" } ?? ""
                print("\(e.at.prefix(19)) \(Terminal.pad(e.actor, 12)) \(Terminal.pad(words.action, 14))\(record) · \(e.via)\(e.address.map { " · \($0)" } ?? "")\(words.note.map { " · \($0)" } ?? "")")
                if changes {
                    if let before = e.before { print("    \(l.pick("修改前", "before")) \(before)") }
                    if let after = e.after { print("    \(l.pick("修改后", "after ")) \(after)") }
                }
            }
        }
    }
}
