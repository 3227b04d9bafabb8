import ArgumentParser
import ReportReader
import Foundation
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage

extension Zhizao {
    struct Ingest: AsyncParsableCommand {
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

        @Option(help: "The document's title (default: its first line when short, below a web page's site name and path; else the file name).")
        var title: String?

        @Option(help: "The document's date, YYYY-MM-DD.")
        var date: String?

        @Option(help: "The place the document is about, for 全市 and 全区 when its title and first lines do not name it, e.g. 花都区.")
        var place: String?

        @Flag(help: "Print no progress bar and no summary lines.")
        var quiet = false

        @OptionGroup var language: LanguageOption

        func run() async throws {
            let l = language.current
            if let date, !Period.isISODate(date) {
                throw Refusal(l, "--date “\(date)”不是日期：请写作 年-月-日，例如 2023-10-20。", "--date \"\(date)\" is not a date: write YYYY-MM-DD, e.g. 2023-10-20.")
            }
            let database = try await options.storage(l)
            let bar = ProgressBar.onTerminal(
                l.pick("收录文档", "Ingesting documents"), unit: ("个文件", "files"), total: files.count > 1 ? files.count : nil,
                language: l, quiet: quiet || files.count < 2)
            defer { bar.finish() }
            for (index, file) in files.enumerated() {
                let data = try Refusal.read(
                    file, l, standardInput: true,
                    hint: ("请给出文本文件（UTF-8 或 GBK）的路径，或用 - 表示标准输入。", "give the path of a text file (UTF-8 or GBK), or - for standard input."))
                let text = try Extract.text(data, file: file, language: l)
                guard text.contains(where: { !$0.isWhitespace }) else {
                    throw Refusal(l, "\(file)：文本为空，未收录。", "\(file): the text is empty; nothing stored.", exitCode: 65)
                }
                let outcome = try await database.ingest(
                    text: text, title: title ?? FactExtractor.title(of: text) ?? (file as NSString).lastPathComponent, date: date, file: file, place: place,
                    by: DatabaseOptions.actor("ingest"))
                bar.finish()
                if !quiet { try await report(outcome, file: file, database, l) }
                bar.update(index + 1)
            }
        }

        /// Prints what ingesting `file` did.
        private func report(_ outcome: IngestOutcome, file: String, _ database: any Storage, _ l: Language) async throws {
            switch outcome {
            case .alreadyStored(let id):
                print(l.pick("\(file)：文档 \(id) 已收录这份文本（SHA-256 相同），未重复收录。",
                    "\(file): Document \(id) already holds this text (same SHA-256); nothing stored."))
            case .stored(let id):
                let facts = try await database.pendingFacts(documentId: id, status: .pending)
                let matched = facts.filter { $0.subject != nil && $0.metricId != nil }.count
                let proposed = Set(facts.compactMap(\.proposalId)).count
                let duplicates = facts.filter { $0.duplicateOf != nil }.count
                if facts.isEmpty {
                    print(l.pick("已从 \(file) 收录文档 \(id)，但其中未找到数字事实，没有待审核的内容。", "Document \(id) from \(file): no figures found in it, nothing to review."))
                    return
                }
                print(l.pick(
                    "已从 \(file) 收录文档 \(id)：\(facts.count) 条事实待审核（已匹配主体与指标 \(matched) 条，建议新增指标 \(proposed) 个，"
                        + "与已有记录相同 \(duplicates) 条）。下一步：zhizao review",
                    "Document \(id) from \(file): \(facts.count) facts pending review (matched to a subject and metric: \(matched), "
                        + "proposed metrics: \(proposed), already in the record: \(duplicates)). Next: zhizao review"))
            }
        }
    }
}
