import Foundation

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
