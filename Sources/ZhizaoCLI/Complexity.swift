import ArgumentParser
import Foundation
import ZhizaoCore
import ZhizaoInterchange

extension ComplexityRows.Format: ExpressibleByArgument {}

extension Zhizao {
    /// `zhizao complexity FILE [--format csv|jsonl] [--threshold 1] [--output F]`: economic-complexity measures
    /// of a long region × industry table, as py-ecomplexity computes them. Needs no database.
    struct Complexity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "complexity",
            abstract: "RCA (location quotient), M, diversity, ubiquity, density, ECI, PCI, COI and COG of a long region × industry table.",
            discussion: """
                FILE is a CSV (UTF-8 or GBK) or an Excel workbook (.xlsx) with the columns region,industry,value and \
                optionally year (or 地区,行业,数值,年份). Each year is computed on its own, with py-ecomplexity's \
                definitions and conventions (see docs/ARCHITECTURE.md). Writes one row per region and industry: \
                year (when the file has years),region,industry,value,rca,mcp,diversity,ubiquity,density,eci,pci,coi,cog. \
                A problem in the file is reported as FILE:LINE:COLUMN (FILE:SHEET!A12) and nothing is written.
                """)

        @Argument(help: "The long table: CSV, JSON or .xlsx.")
        var file: String

        @Option(help: "csv or jsonl (one JSON object a line).")
        var format: ComplexityRows.Format = .csv

        @Option(help: "M is 1 where RCA is at least this.")
        var threshold: Double = 1

        @Option(name: .shortAndLong, help: "The file to write instead of standard output.")
        var output: String?

        @Option(help: "A workbook's sheet, by name or number (1 is the first, the default).")
        var sheet: String?

        @Flag(help: "Print the seconds spent reading, computing and writing to standard error.")
        var timing = false

        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard threshold.isFinite, threshold > 0 else {
                throw ValidationError(language.current.pick("--threshold 须为正数，如 1", "--threshold must be a positive number, such as 1"))
            }
        }

        func run() throws {
            let l = language.current
            let data = try Refusal.read(file, l)
            let clock = ContinuousClock()
            var phase = clock.now
            func lap(_ name: String) {
                guard timing else { return }
                let now = clock.now
                printError("\(name): \(now - phase)")
                phase = now
            }
            let table: InternedRegionalTable
            do {
                table = try RegionalTable.readInterned(Array(data), file: file, sheet: sheet)
            } catch let error as ImportError {
                printError(ImportErrorText(error: error, language: l).text)
                throw ExitCode(65)  // EX_DATAERR
            }
            lap("read")
            let rows = ComplexityRows(table: table, threshold: threshold)
            lap("compute")
            try write(rows, l)
            lap("write")
        }

        /// Writes the rows to `--output` or standard output.
        private func write(_ rows: ComplexityRows, _ l: Language) throws {
            guard let output else {
                var standardOutput = Output()
                try rows.write(format) { bytes in standardOutput.write { $0 += bytes } }
                standardOutput.flush()
                return
            }
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw Refusal(l, "无法写入 \(output)：请检查所在文件夹是否存在、是否有写权限。",
                    "Cannot write \(output): check that its folder exists and may be written.")
            }
            defer { try? handle.close() }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            try rows.write(format) { bytes in
                buffer += bytes
                if buffer.count >= 1 << 20 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            handle.write(Data(buffer))
        }
    }
}
