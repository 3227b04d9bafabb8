import Foundation
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoInterchange

/// `zhizao complexity`'s output: per year, one row per region × industry with
/// `year?,region,industry,value,rca,mcp,diversity,ubiquity,density,eci,pci,coi,cog`, the rows py-ecomplexity
/// writes: every pair of the regions and industries it keeps (non-zero totals), plus the file's own rows of
/// the ones it drops, with empty (CSV) or null (JSON lines) measures. Years ascend; within a year regions and
/// industries keep the file's order (py-ecomplexity sorts them). Numbers are written in the shortest form that
/// reads back to the same double.
struct ComplexityRows {
    enum Format: String, CaseIterable, Sendable {
        case csv, jsonl
    }

    /// One year's table, its measures and which pairs the file gave.
    struct Year {
        var year: Int?
        var measures: ComplexityMeasures
        var given: [Bool]
    }

    static let measureColumns = ["rca", "mcp", "diversity", "ubiquity", "density", "eci", "pci", "coi", "cog"]

    let years: [Year]
    let hasYear: Bool

    /// Computes the measures of every year of `entries` with `threshold`.
    init(entries: [RegionalEntry], threshold: Double) {
        hasYear = entries.first?.year != nil
        years = RegionalTable.tablesByYear(entries).map { year, entries in
            let table = RegionIndustryTable(entries: entries.lazy.map { ($0.region, $0.industry, $0.value) })
            var regionIndex: [String: Int] = [:], industryIndex: [String: Int] = [:]
            for (index, name) in table.regions.enumerated() { regionIndex[name] = index }
            for (index, name) in table.industries.enumerated() { industryIndex[name] = index }
            var given = [Bool](repeating: false, count: table.values.count)
            for entry in entries { given[regionIndex[entry.region]! * table.industries.count + industryIndex[entry.industry]!] = true }
            return Year(year: year, measures: ComplexityMeasures(table, threshold: threshold), given: given)
        }
    }

    var header: String {
        ((hasYear ? ["year"] : []) + ["region", "industry", "value"] + Self.measureColumns).joined(separator: ",") + "\n"
    }

    /// Writes every row in `format`, region by region, the regions' text made on all cores in batches.
    func write(_ format: Format, to sink: (borrowing [UInt8]) throws -> Void) throws {
        if format == .csv { try sink(Array(header.utf8)) }
        for year in years {
            let table = year.measures.table
            let regionCells = table.regions.map { format == .csv ? CSVWriter.escape($0) : JSONText.quoted($0) }
            let industryCells = table.industries.map { format == .csv ? CSVWriter.escape($0) : JSONText.quoted($0) }
            let yearCell = year.year.map(String.init) ?? ""
            let batch = 64
            var start = 0
            while start < table.regions.count {
                let regions = start..<min(start + batch, table.regions.count)
                var parts = [[UInt8]](repeating: [], count: regions.count)
                parts.withUnsafeMutableBufferPointer { parts in
                    let parts = parts
                    parallelFor(regions.count) { offset in
                        parts[offset] = rows(
                            year: year, region: regions.lowerBound + offset, yearCell: yearCell, regionCells: regionCells,
                            industryCells: industryCells, format: format)
                    }
                }
                for part in parts { try sink(part) }
                start = regions.upperBound
            }
        }
    }

    /// One region's rows.
    private func rows(
        year: Year, region: Int, yearCell: String, regionCells: [String], industryCells: [String], format: Format
    ) -> [UInt8] {
        let measures = year.measures
        let width = measures.table.industries.count
        var out: [UInt8] = []
        out.reserveCapacity(width * 160)
        let regionKept = !measures.diversity[region].isNaN
        for industry in 0..<width {
            let cell = region * width + industry
            let kept = regionKept && !measures.ubiquity[industry].isNaN
            guard kept || year.given[cell] else { continue }
            // A pair of a dropped region or industry has no measures (py-ecomplexity's NaN row).
            let values = kept ? [
                measures.rca[cell], measures.mcp[cell], measures.diversity[region], measures.ubiquity[industry],
                measures.density[cell], measures.eci[region], measures.pci[industry], measures.coi[region], measures.cog[cell],
            ] : [Double](repeating: .nan, count: Self.measureColumns.count)
            let value = Self.number(measures.table.values[cell])
            switch format {
            case .csv:
                if hasYear { out += yearCell.utf8; out.append(UInt8(ascii: ",")) }
                out += regionCells[region].utf8; out.append(UInt8(ascii: ","))
                out += industryCells[industry].utf8; out.append(UInt8(ascii: ","))
                out += value.utf8
                for measure in values {
                    out.append(UInt8(ascii: ","))
                    if !measure.isNaN { out += Self.number(measure).utf8 }
                }
                out.append(UInt8(ascii: "\n"))
            case .jsonl:
                out += "{".utf8
                if hasYear { out += "\"year\":\(yearCell.isEmpty ? "null" : yearCell),".utf8 }
                out += "\"region\":\(regionCells[region]),\"industry\":\(industryCells[industry]),\"value\":\(value)".utf8
                for (name, measure) in zip(Self.measureColumns, values) {
                    out += ",\"\(name)\":".utf8
                    out += (measure.isNaN ? "null" : Self.number(measure)).utf8
                }
                out += "}\n".utf8
            }
        }
        return out
    }

    /// A double in the shortest text that reads back to it; whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return value.description
    }
}
