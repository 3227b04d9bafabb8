import ArgumentParser
import Foundation
import Testing
import ZhizaoCore
import ZhizaoInterchange
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Errors the review found: each names the file, address or value and says what to do, in the user's language,
/// as a ``Refusal`` (printed alone, exit code 1), never a `ValidationError` (printed with the usage lines).
@Suite struct CommandErrorTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-errors-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The refusal running `arguments` ends in.
    private func refusal(_ arguments: [String]) async throws -> Refusal {
        var command = try Zhizao.parseAsRoot(arguments)
        do {
            try await Zhizao.run(&command)
        } catch let refusal as Refusal {
            return refusal
        }
        Issue.record("\(arguments) ran without a refusal")
        throw CancellationError()
    }

    /// A socket listening on a free port of 127.0.0.1, and the port.
    private func listeningSocket() throws -> (socket: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        try #require(bound)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aBusyPortIsSaidBeforeTheServerStarts() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a port another program listens on,
        let (fd, port) = try listeningSocket()
        defer { close(fd) }
        #expect(PortProbe.probe(host: "127.0.0.1", port: port) == .inUse)
        // serve refuses it in the user's language, naming the port and the option to change it, with exit code 1.
        let zh = try await refusal(["serve", "--port", "\(port)", "--db", path("z.sqlite"), "--lang", "zh"])
        #expect(zh.description.hasPrefix("端口 \(port) 已被占用"))
        #expect(zh.description.contains("--port \(port + 1)"))
        #expect(zh.exitCode == 1)
        let en = try await refusal(["serve", "--port", "\(port)", "--db", path("z.sqlite"), "--lang", "en"])
        #expect(en.description.hasPrefix("Port \(port) is already in use"))
        #expect(!en.description.contains("errno") && !en.description.contains("bind("))
    }

    @Test func anAddressOfNoInterfaceIsRefused() {
        #expect(PortProbe.probe(host: "192.0.2.1", port: 8615) == .notLocal)  // TEST-NET-1, never local
        #expect(Zhizao.Serve.refusal(.notLocal, host: "192.0.2.1", port: 8615, .zh)?.description.contains("192.0.2.1") == true)
        #expect(Zhizao.Serve.refusal(.free, host: "127.0.0.1", port: 8615, .zh) == nil)
    }

    @Test func aDatabaseInAMissingFolderNamesTheFolder() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("no-such-folder/z.sqlite"), csv = path("firms.csv")
        try Data(SyntheticRegistry.headerLine.utf8).write(to: URL(fileURLWithPath: csv))
        for (language, words) in [("zh", "所在的文件夹"), ("en", "does not exist")] {
            for command in [["report"], ["init"], ["check"], ["import", "enterprises", csv]] {
                let refusal = try await refusal(command + ["--db", db, "--lang", language])
                #expect(refusal.description.contains(path("no-such-folder")), "\(command)")
                #expect(refusal.description.contains(words) && refusal.description.contains("--db"), "\(command)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path("no-such-folder")))
    }

    @Test func aDatabaseSQLiteCannotOpenIsNamed() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // A folder where the database file should be:
        let refusal = try await refusal(["report", "--db", directory.path, "--lang", "en"])
        #expect(refusal.description.hasPrefix("Cannot open the database \(directory.path)"))
    }

    @Test func unknownNamesAreRefusedWithoutUsageAndWithCandidates() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite")
        let chain = try await refusal(["chain", "no-such-cluster", "--db", db, "--lang", "zh"])
        #expect(chain.description.contains("no-such-cluster") && chain.description.contains("是否要找：“汽车”"))
        // A firm's name is no reference, but the firm it names is offered:
        let pipeline = try await refusal(["pipeline", "--enterprise", "鸿利", "--db", db, "--lang", "zh"])
        #expect(pipeline.description.contains("没有统一社会信用代码或标识为“鸿利”的企业"))
        #expect(pipeline.description.contains("zhizao pipeline --enterprise hongli"))
        let nothing = try await refusal(["pipeline", "--enterprise", "乙乙乙乙乙乙", "--db", db, "--lang", "en"])
        #expect(nothing.description.contains("No firm's name contains it either"))
    }

    @Test func badDatesAndMissingFilesAreRefusedWithoutUsage() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = path("z.sqlite"), text = path("report.txt")
        try Data("2023年，全区规上工业总产值2156.3亿元。".utf8).write(to: URL(fileURLWithPath: text))
        let date = try await refusal(["ingest", text, "--date", "2023/10/20", "--db", db, "--lang", "zh"])
        #expect(date.description.contains("“2023/10/20”不是日期"))
        let missing = try await refusal(["import", "enterprises", path("missing.csv"), "--db", db, "--lang", "en"])
        #expect(missing.description.contains(path("missing.csv")) && missing.exitCode == 66)
        let folder = try await refusal(["import", "enterprises", directory.path, "--db", db, "--lang", "en"])
        #expect(folder.description.contains("Cannot read \(directory.path)") && folder.exitCode == 66)
    }

    @Test func importProblemsReadInTheCommandsLanguageWithTheirPlace() {
        let error = ImportError([
            ImportProblem(
                file: "firms.csv", line: 3, column: 32, message: "industry_code \"9999\": is not a class of GB/T 4754-2017",
                chinese: "行业代码“9999”不是国民经济行业分类（GB/T 4754-2017）的4位小类"),
            ImportProblem(file: "firms.xlsx", line: 12, column: 1, message: "something said in English only", sheet: "企业"),
        ])
        let zh = ImportErrorText(error: error, language: .zh).text
        #expect(zh.contains("firms.csv:3:32：行业代码“9999”不是国民经济行业分类（GB/T 4754-2017）的4位小类"))
        #expect(zh.contains("firms.xlsx:企业!A12：something said in English only"))
        #expect(zh.hasSuffix("共 2 个问题，未导入任何数据；请改正文件后重新导入"))
        #expect(ImportErrorText(error: error, language: .en).text == error.description)
    }
}
