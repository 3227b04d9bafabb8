import Foundation
import ZhizaoCore
import ZhizaoAnalytics
import ZhizaoInterchange

/// An outside list of firms to court, as stored (`zhizao import target-list`).
public struct TargetListInfo: Sendable, Equatable {
    public var name: String
    public var source: String?
    public var file: String
    public var sha256: String
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    public var rows: Int

    public init(name: String, source: String? = nil, file: String, sha256: String, importedAt: String, rows: Int) {
        self.name = name
        self.source = source
        self.file = file
        self.sha256 = sha256
        self.importedAt = importedAt
        self.rows = rows
    }
}

/// A named long region × industry table imported with `zhizao import regional`.
public struct RegionalTableInfo: Sendable, Equatable {
    public var name: String
    public var measure: String?
    public var source: String?
    public var file: String
    public var sha256: String
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    public var rows: Int
    /// Its years, ascending; empty when it has no year column.
    public var years: [Int]

    public init(name: String, measure: String? = nil, source: String? = nil, file: String, sha256: String, importedAt: String, rows: Int, years: [Int]) {
        self.name = name
        self.measure = measure
        self.source = source
        self.file = file
        self.sha256 = sha256
        self.importedAt = importedAt
        self.rows = rows
        self.years = years
    }
}

extension TargetListInfo {
    /// The list `name` about to be stored from `bytes` of `file`, with `rows` firms, imported now.
    public init(importing name: String, source: String?, file: String, bytes: [UInt8], rows: Int) {
        self.init(name: name, source: source, file: file, sha256: SHA256.hex(bytes), importedAt: AuditText.now(), rows: rows)
    }

    /// The audit note of its import.
    public var auditNote: [String: String] { ["rows": "\(rows)", "file": file, "sha256": sha256, "source": source ?? ""] }
}

extension RegionalTableInfo {
    /// The table `name` about to be stored from `bytes` of `file`, read as `entries` from `rows` rows, imported now.
    public init(
        importing name: String, measure: String?, source: String?, file: String, bytes: [UInt8], rows: Int, entries: [RegionalEntry]
    ) {
        self.init(
            name: name, measure: measure, source: source, file: file, sha256: SHA256.hex(bytes), importedAt: AuditText.now(), rows: rows,
            years: Array(Set(entries.compactMap(\.year))).sorted())
    }

    /// The audit note of its import.
    public var auditNote: [String: String] {
        ["rows": "\(rows)", "file": file, "sha256": sha256, "measure": measure ?? "", "source": source ?? ""]
    }
}

extension OutsideFirm {
    /// A target list's firm from its stored row (`revenueHistory` and `designations` as ``storedRevenue`` and
    /// ``storedDesignations`` write them).
    public init(
        list: String, uscc: String, nameZh: String, nameEn: String?, province: String?, city: String?, industryCode: String?,
        founded: Int?, employees: Int?, revenueHistory: String, designations: String, businessScope: String?, synthetic: Bool
    ) {
        let enterprise = Enterprise(
            uscc: uscc, name: LocalizedText(zh: nameZh, en: nameEn), industryCode: industryCode, founded: founded, employees: employees,
            revenue: RevenueHistory.decode(revenueHistory) ?? [:],
            designations: designations.split(separator: ";").compactMap { EnterpriseTable.designation(String($0)) },
            synthetic: synthetic, businessScope: businessScope)
        self.init(origin: .init(list: list, province: province, city: city), enterprise: enterprise)
    }

    /// Its revenue as the `revenueHistory` column holds it.
    public var storedRevenue: String { RevenueHistory.encode(enterprise.revenue) }
    /// Its designations as the `designations` column holds them.
    public var storedDesignations: String { enterprise.designations.map(\.token).joined(separator: ";") }
}

extension RegionIndustryTable {
    /// A stored regional table's values, in the file's order, as one table a year: years ascending, the one without
    /// a year first; regions and industries in the file's order.
    public static func byYear(_ values: [(year: Int?, region: String, industry: String, value: Double)])
        -> [(year: Int?, table: RegionIndustryTable)]
    {
        var byYear: [Int?: [(region: String, industry: String, value: Double)]] = [:]
        for value in values { byYear[value.year, default: []].append((value.region, value.industry, value.value)) }
        return byYear.keys.sorted { ($0 ?? Int.min) < ($1 ?? Int.min) }.map { year in (year, RegionIndustryTable(entries: byYear[year]!)) }
    }
}
