import ZhizaoInterchange

/// What an import file holds.
public enum ImportKind: String, Sendable, CaseIterable {
    case enterprises, projects, observations
}

/// Told how many rows an import or check has read or written so far, every 1024 rows: for a progress bar.
public typealias ImportProgress = @Sendable (_ rows: Int) -> Void

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var rows: Int
    public var inserted: Int
    public var updated: Int
    /// Values taken as meant but changed (a lowercase USCC upper-cased), each located.
    public var notes: [ImportProblem] = []

    public init(rows: Int, inserted: Int, updated: Int, notes: [ImportProblem] = []) {
        self.rows = rows
        self.inserted = inserted
        self.updated = updated
        self.notes = notes
    }
}

/// The formats `zhizao export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The import format: CSV with the documented header.
    case csv
    /// A JSON array of objects with the same field names as the CSV header, numbers as numbers.
    case json
}
