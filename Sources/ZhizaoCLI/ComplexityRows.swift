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

    /// Computes the measures of every year of `table` with `threshold`.
    init(table: InternedRegionalTable, threshold: Double) {
        hasYear = table.hasYear
        years = table.rowsByYear().map { year, rows in
            // The year's own regions and industries, in the order its rows first name them.
            var regionIndex = [Int32](repeating: -1, count: table.regions.count)
            var industryIndex = [Int32](repeating: -1, count: table.industries.count)
            var regions: [String] = [], industries: [String] = []
            for row in rows {
                let region = Int(table.regionOfRow[row]), industry = Int(table.industryOfRow[row])
                if regionIndex[region] < 0 {
                    regionIndex[region] = Int32(regions.count)
                    regions.append(table.regions[region])
                }
                if industryIndex[industry] < 0 {
                    industryIndex[industry] = Int32(industries.count)
                    industries.append(table.industries[industry])
                }
            }
            let width = industries.count
            var values = [Double](repeating: 0, count: regions.count * width)
            var given = [Bool](repeating: false, count: values.count)
            for row in rows {
                let cell = Int(regionIndex[Int(table.regionOfRow[row])]) * width + Int(industryIndex[Int(table.industryOfRow[row])])
                values[cell] += table.valueOfRow[row]
                given[cell] = true
            }
            let measures = ComplexityMeasures(RegionIndustryTable(regions: regions, industries: industries, values: values), threshold: threshold)
            return Year(year: year, measures: measures, given: given)
        }
    }

    var header: String {
        ((hasYear ? ["year"] : []) + ["region", "industry", "value"] + Self.measureColumns).joined(separator: ",") + "\n"
    }

    /// Writes every row in `format`, region by region, the regions' text made on all cores in batches.
    func write(_ format: Format, to sink: (borrowing [UInt8]) throws -> Void) throws {
        if format == .csv { try sink(Array(header.utf8)) }
        for year in years {
            let texts = YearTexts(year, format: format)
            let regionCount = year.measures.table.regions.count
            let batch = 256
            var start = 0
            while start < regionCount {
                let regions = start..<min(start + batch, regionCount)
                var parts = [[UInt8]](repeating: [], count: regions.count)
                parts.withUnsafeMutableBufferPointer { parts in
                    let parts = parts
                    parallelFor(regions.count) { offset in
                        parts[offset] = rows(year: year, region: regions.lowerBound + offset, texts: texts, format: format)
                    }
                }
                for part in parts { try sink(part) }
                start = regions.upperBound
            }
        }
    }

    /// The cells that are the same on many rows (a region's name, diversity, ECI and COI; an industry's name,
    /// ubiquity and PCI), written once per year.
    private struct YearTexts {
        var year: [UInt8]
        var region: [[UInt8]], diversity: [[UInt8]], eci: [[UInt8]], coi: [[UInt8]]
        var industry: [[UInt8]], ubiquity: [[UInt8]], pci: [[UInt8]]
        /// The measures of a dropped pair: all empty (CSV) or null (JSON).
        var missing: [UInt8]

        init(_ year: Year, format: Format) {
            let measures = year.measures
            func name(_ text: String) -> [UInt8] { Array((format == .csv ? CSVWriter.escape(text) : JSONText.quoted(text)).utf8) }
            func number(_ value: Double) -> [UInt8] {
                var bytes: [UInt8] = []
                ComplexityRows.append(value, format: format, to: &bytes)
                return bytes
            }
            self.year = Array((year.year.map(String.init) ?? (format == .csv ? "" : "null")).utf8)
            region = measures.table.regions.map(name)
            diversity = measures.diversity.map(number)
            eci = measures.eci.map(number)
            coi = measures.coi.map(number)
            industry = measures.table.industries.map(name)
            ubiquity = measures.ubiquity.map(number)
            pci = measures.pci.map(number)
            missing = number(.nan)
        }
    }

    /// One region's rows.
    private func rows(year: Year, region: Int, texts: YearTexts, format: Format) -> [UInt8] {
        let measures = year.measures
        let width = measures.table.industries.count
        var out: [UInt8] = []
        out.reserveCapacity(width * 160)
        let regionKept = !measures.diversity[region].isNaN
        func put(_ name: String, _ text: [UInt8]) {
            out.append(UInt8(ascii: ","))
            if format == .jsonl {
                out.append(UInt8(ascii: "\""))
                out += name.utf8
                out.append(UInt8(ascii: "\""))
                out.append(UInt8(ascii: ":"))
            }
            out += text
        }
        func measure(_ name: String, _ value: Double) {
            put(name, [])
            Self.append(value, format: format, to: &out)
        }
        for industry in 0..<width {
            let cell = region * width + industry
            let kept = regionKept && !measures.ubiquity[industry].isNaN
            guard kept || year.given[cell] else { continue }
            if format == .csv {
                if hasYear {
                    out += texts.year
                    out.append(UInt8(ascii: ","))
                }
                out += texts.region[region]
                out.append(UInt8(ascii: ","))
                out += texts.industry[industry]
                out.append(UInt8(ascii: ","))
            } else {
                out += "{".utf8
                if hasYear {
                    out += "\"year\":".utf8
                    out += texts.year
                    out.append(UInt8(ascii: ","))
                }
                out += "\"region\":".utf8
                out += texts.region[region]
                out += ",\"industry\":".utf8
                out += texts.industry[industry]
                out += ",\"value\":".utf8
            }
            Self.append(measures.table.values[cell], format: format, to: &out)
            if kept {
                // A pair of a kept region and industry has its measures ...
                measure("rca", measures.rca[cell])
                measure("mcp", measures.mcp[cell])
                put("diversity", texts.diversity[region])
                put("ubiquity", texts.ubiquity[industry])
                measure("density", measures.density[cell])
                put("eci", texts.eci[region])
                put("pci", texts.pci[industry])
                put("coi", texts.coi[region])
                measure("cog", measures.cog[cell])
            } else {
                // ... one of a dropped region or industry none (py-ecomplexity's NaN row).
                for name in Self.measureColumns { put(name, texts.missing) }
            }
            out += (format == .csv ? "\n" : "}\n").utf8
        }
        return out
    }

    /// Appends `value` in the shortest text that reads back to it (Swift's `description`), whole numbers below
    /// 10¹⁵ without a decimal point (`0`, not `-0` or `0.0`); for NaN nothing (CSV) or `null` (JSON).
    static func append(_ value: Double, format: Format, to out: inout [UInt8]) {
        if value.isNaN {
            if format == .jsonl { out += "null".utf8 }
        } else if value == value.rounded(.towardZero), abs(value) < 1e15 {
            appendWhole(Int64(value), to: &out)
        } else {
            var text = value.description
            text.withUTF8 { out.append(contentsOf: $0) }
        }
    }

    /// A whole number's decimal digits (at most 15: callers keep below 10¹⁵), without making a string.
    private static func appendWhole(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: UInt64 = 0  // 4 bits a digit, least significant first
        var count = 0
        repeat {
            digits |= (magnitude % 10) << UInt64(4 * count)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        for index in stride(from: count - 1, through: 0, by: -1) {
            out.append(UInt8(ascii: "0") + UInt8((digits >> UInt64(4 * index)) & 0xF))
        }
    }
}
