/// Counts rows and tells an ``ImportProgress`` every 1024 of them, so the row loop pays one increment a row.
public struct RowTally {
    public let progress: ImportProgress?
    public private(set) var rows = 0

    public init(_ progress: ImportProgress?) { self.progress = progress }

    public mutating func add(_ count: Int = 1) {
        let before = rows
        rows += count
        if let progress, rows >> 10 != before >> 10 { progress(rows) }
    }
}
