/// A long region × industry table with its names interned: each row holds integer ids into `regions`,
/// `industries` and `years` (all in first-seen order), so that large tables need no string per row.
///
/// What `zhizao complexity` reads; ``RegionalTable/readInterned(_:file:sheet:)`` makes it.
public struct InternedRegionalTable: Sendable, Equatable {
    public var regions: [String] = []
    public var industries: [String] = []
    /// The years seen, in first-seen order; empty when the file has no year column.
    public var years: [Int] = []
    /// Per row, in file order: an index into `regions`.
    public var regionOfRow: [Int32] = []
    /// Per row: an index into `industries`.
    public var industryOfRow: [Int32] = []
    /// Per row: an index into `years`; empty when the file has no year column.
    public var yearOfRow: [Int32] = []
    /// Per row: the value.
    public var valueOfRow: [Double] = []

    public init() {}

    /// The table of `entries` (all with a year, or all without).
    public init(entries: [RegionalEntry]) {
        var regionIds: [String: Int32] = [:], industryIds: [String: Int32] = [:], yearIds: [Int: Int32] = [:]
        func id<Key: Hashable>(_ key: Key, _ ids: inout [Key: Int32], _ names: inout [Key]) -> Int32 {
            if let id = ids[key] { return id }
            names.append(key)
            ids[key] = Int32(names.count - 1)
            return Int32(names.count - 1)
        }
        for entry in entries {
            let region = id(entry.region, &regionIds, &regions), industry = id(entry.industry, &industryIds, &industries)
            regionOfRow.append(region)
            industryOfRow.append(industry)
            if let year = entry.year {
                let yearId = id(year, &yearIds, &years)
                yearOfRow.append(yearId)
            }
            valueOfRow.append(entry.value)
        }
    }

    public var rowCount: Int { valueOfRow.count }
    public var hasYear: Bool { !yearOfRow.isEmpty }

    /// The rows of each year (nil: no year column), years ascending, each list in file order.
    public func rowsByYear() -> [(year: Int?, rows: [Int])] {
        guard hasYear else { return [(nil, Array(0..<rowCount))] }
        var rows = [[Int]](repeating: [], count: years.count)
        for row in 0..<rowCount { rows[Int(yearOfRow[row])].append(row) }
        return years.indices.sorted { years[$0] < years[$1] }.map { (years[$0], rows[$0]) }
    }
}

extension RegionalTable {
    /// The table of `bytes`, interned. A plain UTF-8 CSV is scanned directly from its bytes
    /// (``RegionalCSVScanner``); any other file, or a CSV with anything the scanner does not take (a problem, a
    /// quoted field, a number written as 2000万), is read by ``read(_:file:sheet:)``, which reports every problem
    /// located, in English and Chinese, exactly as for any import.
    public static func readInterned(_ bytes: [UInt8], file: String, sheet: String? = nil) throws -> InternedRegionalTable {
        if sheet == nil, let table = RegionalCSVScanner.scan(bytes) { return table }
        return InternedRegionalTable(entries: try read(bytes, file: file, sheet: sheet).entries)
    }
}
