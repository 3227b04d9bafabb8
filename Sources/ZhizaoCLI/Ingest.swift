import ArgumentParser
import ReportReader
import Foundation
import ZhizaoCore
import ZhizaoStore

extension Zhizao {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Store a report as a source and its facts as pending review, matched to subjects and metrics.",
            discussion: """
                A text already stored (same SHA-256) is not stored again. Each fact's holder is matched to a place, \
                cluster or named firm and its measure to a metric (by name or synonym); a measure the catalogue lacks \
                gets a proposed metric. Next: zhizao review.
                """)

        @OptionGroup var options: DatabaseOptions

        @Argument(help: "Text files (UTF-8 or GBK), or - for standard input.")
        var files: [String]

        @Option(help: "The document's title (default: its first line when short, else the file name).")
        var title: String?

        @Option(help: "The document's date, YYYY-MM-DD.")
        var date: String?

        @Option(help: "The place the document is about, for 全市 and 全区 when its title and first lines do not name it, e.g. 花都区.")
        var place: String?

        func validate() throws {
            if let date, !Period.isISODate(date) { throw ValidationError("--date must be YYYY-MM-DD") }
        }

        func run() throws {
            let database = try options.open()
            for file in files {
                let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
                guard let data else {
                    printError("\(file): no such file, or not readable; give the path of a text file (UTF-8 or GBK), or - for standard input")
                    throw ExitCode(66)
                }
                let text = try Extract.text(data, file: file)
                guard text.contains(where: { !$0.isWhitespace }) else {
                    printError("\(file): the text is empty; nothing stored")
                    throw ExitCode(65)
                }
                let outcome = try database.ingest(
                    text: text, title: title ?? FactExtractor.title(of: text) ?? (file as NSString).lastPathComponent, date: date, file: file, place: place,
                    by: DatabaseOptions.actor("ingest"))
                switch outcome {
                case .alreadyStored(let id):
                    print("\(file): Document \(id) already holds this text (same SHA-256); nothing stored.")
                case .stored(let id):
                    let facts = try database.pendingFacts(documentId: id)
                    let matched = facts.filter { $0.subject != nil && $0.metricId != nil }.count
                    let proposed = Set(facts.compactMap(\.proposalId)).count
                    let duplicates = facts.filter { $0.duplicateOf != nil }.count
                    print("Document \(id) from \(file): \(facts.count) facts pending review (matched to a subject and metric: \(matched), "
                        + "proposed metrics: \(proposed), already in the record: \(duplicates)). Next: zhizao review")
                }
            }
        }
    }
}
