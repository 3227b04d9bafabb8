/// Periods as a reviewer types them.
extension Period {
    /// Reads `2023` (the year), `2023-09` (the month), `2023-01..2023-09` (whole months),
    /// `2023-01-01..2023-09-30` (days) or `2021..2025` (years); nil for anything else.
    public init?(text: String) {
        let ends = text.components(separatedBy: "..")
        guard ends.count == 1 || ends.count == 2, let first = Self.start(of: ends[0]),
            let last = Self.end(of: ends[ends.count - 1]), first <= last
        else { return nil }
        self.init(start: first, end: last)
    }

    /// The first day of a year, month or day written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func start(of text: String) -> String? {
        switch text.count {
        case 4 where Int(text) != nil: "\(text)-01-01"
        case 7 where isISODate(text + "-01"): text + "-01"
        case 10 where isISODate(text): text
        default: nil
        }
    }

    /// The last day of a year, month or day written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    private static func end(of text: String) -> String? {
        switch text.count {
        case 4 where Int(text) != nil: return "\(text)-12-31"
        case 7 where isISODate(text + "-01"):
            return ["31", "30", "29", "28"].lazy.map { text + "-" + $0 }.first(where: isISODate)
        case 10 where isISODate(text): return text
        default: return nil
        }
    }
}
