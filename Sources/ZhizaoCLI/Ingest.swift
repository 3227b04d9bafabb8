import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoStore

extension Zhizao {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Store a report as a source and its facts as pending observations, matched to the database by name.")

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "Text files (UTF-8 or GBK), or - for standard input.")
        var files: [String]

        @Option(help: "The document's title (default: the file name).")
        var title: String?

        @Option(help: "The document's date, YYYY-MM-DD.")
        var date: String?

        func validate() throws {
            if let date, !Period.isISODate(date) { throw ValidationError("--date must be YYYY-MM-DD") }
        }

        func run() throws {
            let database = try options.open()
            for file in files {
                let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
                guard let data else { throw ValidationError("cannot read \(file): no such file, or not readable") }
                let text = try Extract.text(data, file: file)
                let id = try database.ingest(text: text, title: title ?? (file as NSString).lastPathComponent, date: date, file: file)
                let facts = try database.pendingFacts(documentId: id)
                let matched = facts.filter { $0.subject != nil && $0.metricId != nil }.count
                print("Document \(id) from \(file): \(facts.count) facts pending review, \(matched) matched to a subject and metric. Next: zhizao review")
            }
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "List pending facts, or accept (with edits) or reject one; accepted facts become observations.",
            discussion: "zhizao review · zhizao review accept ID [--subject cluster:auto] [--metric output] [--value 5e11] · zhizao review reject ID")

        enum Action: String, ExpressibleByArgument {
            case list, accept, reject
        }

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "list, accept or reject.")
        var action: Action = .list

        @Argument(help: "The pending fact's id (for accept and reject).")
        var id: Int64?

        @Option(help: "Subject to use instead of the matched one: KIND:ID, e.g. cluster:auto.")
        var subject: String?

        @Option(help: "Metric id to use instead of the matched one.")
        var metric: String?

        @Option(help: "Value in base units to use instead of the one read.")
        var value: Double?

        func validate() throws {
            if action != .list, id == nil { throw ValidationError("\(action.rawValue) needs the pending fact's id; zhizao review lists them") }
            if let subject, Subject(subject) == nil { throw ValidationError("--subject must be KIND:ID, e.g. place:huadu or cluster:auto") }
        }

        func run() throws {
            let database = try options.open()
            switch action {
            case .list:
                let pending = try database.pendingFacts()
                for p in pending {
                    let f = p.fact
                    let figure = ChineseNumberFormat.format(f.value, unit: f.unit, qualifier: f.qualifier, language: .zh)
                    print("#\(p.id) [doc \(p.documentId)] \(f.holder ?? "?") · \(f.measure ?? "?") · \(f.directionMark)\(figure) · \(f.period?.label(.zh) ?? "时期未知")")
                    print("     → \(p.subject?.description ?? "no subject matched") · \(p.metricId ?? "no metric matched") · “\(f.quote)”")
                }
                print("\(pending.count) pending")
            case .accept:
                let observation = try database.accept(pendingFact: id!, subject: subject.flatMap(Subject.init), metricId: metric, value: value)
                print("Accepted #\(id!) as observation \(observation).")
            case .reject:
                try database.reject(pendingFact: id!)
                print("Rejected #\(id!).")
            }
        }
    }
}
