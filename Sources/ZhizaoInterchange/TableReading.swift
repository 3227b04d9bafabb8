/// What reading a whole file gave besides its records: how many rows, and the values taken as meant but changed
/// (a lowercase USCC upper-cased), for the import's summary.
public struct TableReading: Sendable, Equatable {
    public var rows: Int
    public var notes: [ImportProblem]

    public init(rows: Int, notes: [ImportProblem] = []) {
        self.rows = rows
        self.notes = notes
    }
}
