import ArgumentParser
import Foundation
import Testing
import ZhizaoCore
import ZhizaoStore
import ZhizaoStorage
@testable import ZhizaoCLI

/// `zhizao import boundaries FILE.geojson [--level district|city] [--check]`.
@Suite struct ImportBoundariesCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-geo-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }

    func run(_ arguments: [String]) async throws {
        var command = try Zhizao.parseAsRoot(arguments)
        try await Zhizao.run(&command)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    static let cities = """
        [{"type":"MultiPolygon","properties":{"adcode":"330100","name":"杭州市"},
          "coordinates":[[[[119.0,29.5],[120.5,29.5],[120.5,30.5],[119.0,30.5],[119.0,29.5]]]]}]
        """

    @Test func importsCitiesAtTheCityLevelAndChecksWithoutWriting() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        let file = try write("zj.geojson", Self.cities)
        try await run(["import", "boundaries", file, "--level", "city", "--check", "--db", db])
        #expect(try !AppDatabase.open(path: db).hasImportedBoundaries(.city))
        try await run(["import", "boundaries", file, "--level", "city", "--db", db])
        let database = try AppDatabase.open(path: db)
        #expect(try database.boundaries(.city).map(\.code) == ["330100"])
        #expect(try !database.hasImportedBoundaries(.district))
        #expect(try database.auditEntries(.init(action: "import")).first?.via == "zhizao import boundaries")
    }

    @Test func aBadFileExitsWithDataErrorAndWritesNothing() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("z.sqlite").path
        let file = try write("bad.geojson", Self.cities.replacingOccurrences(of: "[120.5,30.5]", with: "[\"x\",30.5]"))
        await #expect(throws: ExitCode(65)) { try await run(["import", "boundaries", file, "--db", db]) }
        #expect(try !AppDatabase.open(path: db).hasImportedBoundaries(.district))
    }
}
