import ZhizaoCore

/// One value of a long region × industry table (a statistical yearbook's cities × industries, say).
public struct RegionalEntry: Sendable, Equatable {
    public var region: String
    public var industry: String
    public var value: Double
    /// The year, when the table has a year column.
    public var year: Int?

    public init(region: String, industry: String, value: Double, year: Int? = nil) {
        self.region = region
        self.industry = industry
        self.value = value
        self.year = year
    }
}

/// The long-table format of `zhizao complexity` and `zhizao import regional`: `region,industry,value[,year]`
/// (地区,行业,数值,年份), a CSV, the JSON export writes or an `.xlsx` sheet.
///
/// Values are non-negative numbers (`1,234.5`, `2000万`); a region may name a place or a code, an industry a
/// GB/T 4754 code or a name. A (region, industry, year) given twice is a problem: py-ecomplexity would keep
/// the first silently, summing would double-count a copied row; the file says which it means.
public enum RegionalTable {
    public enum Column: String, TableColumn {
        case region, industry, value, year

        public static let required: Set<Column> = [.region, .industry, .value]

        public var chineseHeading: String {
            switch self {
            case .region: "地区"
            case .industry: "行业"
            case .value: "数值"
            case .year: "年份"
            }
        }

        public var alternativeHeadings: [String] {
            switch self {
            case .region: ["区域", "城市", "地市", "区县", "县区", "行政区", "location", "loc"]
            case .industry: ["产业", "行业代码", "行业名称", "行业类别", "product", "prod"]
            case .value: ["值", "数量", "金额", "val"]
            case .year: ["年度", "年", "time"]
            }
        }
    }

    /// Every row of the file as entries, in file order; throws an ``ImportError`` with every problem (located
    /// at FILE:LINE:COLUMN or FILE:SHEET!A12) when there is any, so nothing is used from a file with problems.
    public static func read(_ bytes: [UInt8], file: String, sheet: String? = nil) throws -> (entries: [RegionalEntry], reading: TableReading) {
        let table = try TableReader<Column>(bytes: bytes, file: file, sheet: sheet)
        var seen: [RegionalKey: Int] = [:]
        var entries: [RegionalEntry] = []
        let rows = try table.readAll({ row(table, seen: &seen) }, accept: { entries.append($0) })
        return (entries, TableReading(rows: rows, notes: table.notes))
    }

    private struct RegionalKey: Hashable {
        var region: String, industry: String, year: Int?
    }

    private static func row(_ table: TableReader<Column>, seen: inout [RegionalKey: Int]) -> RegionalEntry? {
        let region = table.required(.region)
        let industry = table.required(.industry)
        let value = table.required(.value) == nil ? nil : table.amount(.value)
        var year: Int?
        if table.has(.year) {
            year = table[.year] == nil ? nil : table.year(.year, in: 1900...2100)
            if table[.year] == nil {
                table.report(.year, en: "is required when the file has a year column", zh: "表中有年份列时不能为空，请填写")
            }
        }
        guard let region, let industry, let value else { return nil }
        table.requireUnique(
            .industry, key: RegionalKey(region: region, industry: industry, year: year), seen: &seen,
            hint: " for this region and year; keep one row per region, industry and year",
            hintZh: "（同一地区、行业和年份）；每个地区、行业和年份只写一行")
        return RegionalEntry(region: region, industry: industry, value: value, year: year)
    }
}
