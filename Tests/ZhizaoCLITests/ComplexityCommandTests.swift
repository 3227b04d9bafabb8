import ArgumentParser
import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoSheetsTesting
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao complexity FILE [--format csv|jsonl] [--threshold 1] [--output F]` against py-ecomplexity's outputs
/// (Tests/ZhizaoAnalyticsTests/Fixtures/Complexity).
@Suite struct ComplexityCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-complexity-\(UUID().uuidString)")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ZhizaoAnalyticsTests/Fixtures/Complexity")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments)
        try await Zhizao.run(&command)
    }

    /// A CSV's rows as heading → cell (no quoted fields).
    static func records(_ text: String) -> (headings: [String], rows: [[String: String]]) {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let headings = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(headings, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
        return (headings, rows)
    }

    static func key(_ row: [String: String]) -> String { "\(row["year"] ?? "")|\(row["region"]!)|\(row["industry"]!)" }

    @Test(arguments: ["years", "zeros", "sparse"])
    func csvOutputMatchesPyEcomplexityRowForRow(name: String) async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a fixture and what py-ecomplexity wrote for it
        let expected = Self.records(try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).expected.csv"), encoding: .utf8))
        let output = directory.appendingPathComponent("out.csv").path
        // When zhizao complexity reads the same table
        try await run(["complexity", Self.fixtures.appendingPathComponent("\(name).csv").path, "--output", output])
        let actual = Self.records(try String(contentsOfFile: output, encoding: .utf8))
        // Then it writes the same columns and the same rows, every value within 1e-9 (empty where py has NaN)
        #expect(actual.headings == expected.headings)
        #expect(actual.rows.count == expected.rows.count)
        let byKey = Dictionary(uniqueKeysWithValues: actual.rows.map { (Self.key($0), $0) })
        for want in expected.rows {
            let got = try #require(byKey[Self.key(want)], "\(name): no row for \(Self.key(want))")
            for column in ComplexityRows.measureColumns + ["value"] {
                let a = got[column]!, b = want[column]!
                if b.isEmpty {
                    #expect(a.isEmpty, "\(name) \(Self.key(want)) \(column): \(a) where py has NaN")
                } else {
                    let difference = abs(try #require(Double(a)) - Double(b)!)
                    #expect(difference <= 1e-9, "\(name) \(Self.key(want)) \(column): \(a) vs \(b)")
                }
            }
        }
    }

    @Test func jsonLinesHaveTheSameValuesWithNullForNaN() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = Self.fixtures.appendingPathComponent("zeros.csv").path
        let csvPath = directory.appendingPathComponent("out.csv").path, jsonPath = directory.appendingPathComponent("out.jsonl").path
        try await run(["complexity", input, "--output", csvPath])
        try await run(["complexity", input, "--format", "jsonl", "--output", jsonPath])
        let csv = Self.records(try String(contentsOfFile: csvPath, encoding: .utf8)).rows
        let lines = try String(contentsOfFile: jsonPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == csv.count)
        for (line, row) in zip(lines, csv) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["region"] as? String == row["region"])
            for column in ComplexityRows.measureColumns {
                if row[column]!.isEmpty {
                    #expect(object[column] is NSNull)
                } else {
                    // (Foundation's JSON parser may round the last digit differently)
                    let number = try #require((object[column] as? NSNumber)?.doubleValue)
                    #expect(abs(number - Double(row[column]!)!) <= 1e-14 * max(1, abs(number)))
                }
            }
        }
    }

    @Test func aWorkbookWithChineseHeadingsBelowATitleGivesTheSameRows() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given the zeros fixture as an .xlsx with 地区,行业,数值 under a title row
        let csv = try String(contentsOf: Self.fixtures.appendingPathComponent("zeros.csv"), encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").map(String.init) }
        let workbook = try TestWorkbook(rows: [["2020年各市制造业企业数"], ["地区", "行业", "数值"]] + rows).bytes()
        let book = directory.appendingPathComponent("zeros.xlsx")
        try Data(workbook).write(to: book)
        let fromBook = directory.appendingPathComponent("book.csv").path, fromCSV = directory.appendingPathComponent("csv.csv").path
        // When both are computed
        try await run(["complexity", book.path, "--output", fromBook])
        try await run(["complexity", Self.fixtures.appendingPathComponent("zeros.csv").path, "--output", fromCSV])
        // Then the outputs are the same
        #expect(try String(contentsOfFile: fromBook, encoding: .utf8) == String(contentsOfFile: fromCSV, encoding: .utf8))
    }

    @Test(arguments: [
        ("region,industry,value\n广州,3610,12\n深圳,3610,abc\n", "数值“abc”"),
        ("region,industry,value\n广州,3610,12\n广州,3610,5\n", "与第 2 行重复"),
        ("地区,行业\n广州,3610\n", "表头缺少列：数值"),
        ("region,industry,value\n广州,3610,-3\n", "不能为负数"),
    ])
    func aBadFileIsRefusedWithItsPlace(text: String, message: String) async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.csv")
        try Data(text.utf8).write(to: file)
        let output = directory.appendingPathComponent("out.csv").path
        // When it is read, the command stops with EX_DATAERR and writes nothing
        await #expect(throws: ExitCode(65)) { try await run(["complexity", file.path, "--output", output, "--lang", "zh"]) }
        #expect(!FileManager.default.fileExists(atPath: output))
        // and the problem says where and what, in Chinese
        let problems = try #require(throws: ImportError.self) { try RegionalTable.read(Array(text.utf8), file: "bad.csv") }
        #expect(problems.problems.contains { ImportErrorText.line($0, .zh).contains(message) && ImportErrorText.line($0, .zh).hasPrefix("bad.csv:") })
    }

    @Test func aThresholdMustBePositive() async {
        await #expect(throws: (any Error).self) { try await run(["complexity", "x.csv", "--threshold", "0"]) }
    }
}

/// `zhizao import regional FILE [--name NAME] [--measure …] [--source …] [--replace]`.
@Suite struct ImportRegionalCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-regional-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments)
        try await Zhizao.run(&command)
    }

    @Test func importsUnderTheFileNameAndRefusesAgainWithoutReplace() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        let file = directory.appendingPathComponent("cities.csv")
        try Data("region,industry,value\n广州,36,12\n深圳,39,30\n".utf8).write(to: file)
        try await run(["import", "regional", file.path, "--measure", "企业数", "--db", db, "--quiet"])
        let tables = try AppDatabase.open(path: db).regionalTables()
        #expect(tables.map(\.name) == ["cities"] && tables.first?.measure == "企业数")
        await #expect(throws: (any Error).self) { try await run(["import", "regional", file.path, "--db", db, "--quiet"]) }
        try await run(["import", "regional", file.path, "--replace", "--db", db, "--quiet"])
        #expect(try AppDatabase.open(path: db).regionalTables().count == 1)
    }

    @Test func aBadFileExitsWithDataError() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        let file = directory.appendingPathComponent("bad.csv")
        try Data("region,industry,value\n广州,36,x\n".utf8).write(to: file)
        await #expect(throws: ExitCode(65)) { try await run(["import", "regional", file.path, "--name", "坏", "--db", db]) }
        #expect(try AppDatabase.open(path: db).regionalTables().isEmpty)
    }
}
