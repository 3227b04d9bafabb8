/// The firms designated specialised (专精特新) or above (``ChainScope/designatedKinds``), counted by district and
/// industry class: what a chain's links count as designated. PostgreSQL reads it in one pass over the designations
/// and keeps it until the next write (``PostgresKeptValues``), so that analysing every chain does not read each
/// chain's firms from the heap again (at 10M firms that was up to 8 s a chain).
struct DesignatedFirms: Sendable {
    /// Firms by district (nil: firms without one), then by industry class.
    private var firms: [String?: [String: Int]] = [:]

    /// Adds the `count` firms of `district` and `industryCode`, one group of the counting query.
    mutating func add(_ count: Int, district: String?, industryCode: String) {
        firms[district, default: [:]][industryCode, default: 0] += count
    }

    /// The designated firms in each of `classes` of `district` (of every firm when nil); classes without one are left
    /// out, as a `GROUP BY` leaves them.
    func byClass(_ classes: [String], district: String?) -> [String: Int] {
        var counts: [String: Int] = [:]
        let classes = Set(classes)
        for (place, byClass) in firms where district == nil || place == district {
            for code in classes { if let count = byClass[code] { counts[code, default: 0] += count } }
        }
        return counts
    }
}
