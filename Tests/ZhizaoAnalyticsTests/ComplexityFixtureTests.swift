import Foundation
import Testing
import ZhizaoAnalytics

/// `ComplexityMeasures` against what py-ecomplexity computed on the same tables (Fixtures/Complexity/README.md).
@Suite struct ComplexityFixtureTests {
    /// One fixture: the input rows, and the expected rows keyed by year, region and industry.
    struct Fixture {
        var entries: [String: [(region: String, industry: String, value: Double)]] = [:]
        var expected: [String: [String: Double]] = [:]
        var expectedKeys: [String] = []
    }

    static func load(_ name: String) throws -> Fixture {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/Complexity", withExtension: nil))
        let input = try String(contentsOf: folder.appendingPathComponent("\(name).csv"), encoding: .utf8)
        let output = try String(contentsOf: folder.appendingPathComponent("\(name).expected.csv"), encoding: .utf8)
        var fixture = Fixture()
        for row in records(input) {
            fixture.entries[row["year"] ?? "", default: []].append((row["region"]!, row["industry"]!, Double(row["value"]!)!))
        }
        for row in records(output) {
            let key = "\(row["year"] ?? "")|\(row["region"]!)|\(row["industry"]!)"
            fixture.expectedKeys.append(key)
            fixture.expected[key] = row.compactMapValues { Double($0) }.merging(
                row.filter { $0.value.isEmpty }.mapValues { _ in Double.nan }, uniquingKeysWith: { first, _ in first })
        }
        return fixture
    }

    /// Rows of a simple CSV (no quoted fields) as heading → cell.
    static func records(_ text: String) -> [[String: String]] {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let headings = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(headings, cells))
        }
    }

    @Test(arguments: ["years", "zeros", "sparse"])
    func everyValueMatchesPyEcomplexity(name: String) throws {
        // Given a fixture and py-ecomplexity's output on it
        let fixture = try Self.load(name)
        var compared = 0
        for (year, entries) in fixture.entries {
            // When the measures are computed on that year's table
            let table = RegionIndustryTable(entries: entries)
            let measures = ComplexityMeasures(table)
            let width = table.industries.count
            // Then every value of every row py-ecomplexity wrote agrees within 1e-9 (NaN where it has NaN)
            for (region, regionName) in table.regions.enumerated() {
                for (industry, industryName) in table.industries.enumerated() {
                    guard let expected = fixture.expected["\(year)|\(regionName)|\(industryName)"] else { continue }
                    let cell = region * width + industry
                    let actual: [String: Double] = [
                        "rca": measures.rca[cell], "mcp": measures.mcp[cell], "diversity": measures.diversity[region],
                        "ubiquity": measures.ubiquity[industry], "density": measures.density[cell],
                        "eci": measures.eci[region], "pci": measures.pci[industry], "coi": measures.coi[region],
                        "cog": measures.cog[cell],
                    ]
                    // A pair of a dropped region or industry (total 0) is all NaN in py-ecomplexity's rows.
                    let kept = !measures.diversity[region].isNaN && !measures.ubiquity[industry].isNaN
                    for (column, value) in actual {
                        let want = try #require(expected[column])
                        if !kept {
                            #expect(want.isNaN, "\(name) \(year) \(regionName) \(industryName) \(column): py keeps it")
                            continue
                        }
                        #expect(
                            want.isNaN ? value.isNaN : abs(value - want) <= 1e-9,
                            "\(name) \(year) \(regionName) \(industryName) \(column): \(value) vs \(want)")
                    }
                    if !kept { #expect(measures.mcp[cell] == 0 && measures.rca[cell].isNaN) }
                    compared += 1
                }
            }
        }
        #expect(compared == fixture.expectedKeys.count)
    }
}
