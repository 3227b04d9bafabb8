import ZhizaoCore

/// The steps of ``RegistryStore/enterpriseCandidates(for:limit:)`` that do not read the database: which codes an
/// 18-character text may mean, the halves a name with a typo is searched by, and how the firms found by halves are
/// ranked.
public enum EnterpriseCandidates {
    /// The code itself in capitals and the codes one typo away, for an 18-character ASCII text; nil otherwise.
    public static func codes(for query: String) -> [String]? {
        guard query.utf8.count == 18, query.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return [query.uppercased()] + USCC.nearCodes(query)
    }

    /// The first and the second half of a name of four characters or more, searched when the whole finds nothing.
    public static func halves(of query: String) -> [String]? {
        guard query.count >= 4 else { return nil }
        let half = query.count / 2
        return [String(query.prefix(half)), String(query.suffix(query.count - half))]
    }

    /// The firms found by halves (each once, in the order found), those sharing most of `query`'s characters first.
    public static func ranked(_ found: [NameMatch], query: String, limit: Int) -> [NameMatch] {
        var pool: [NameMatch] = []
        for match in found where !pool.contains(match) { pool.append(match) }
        let characters = Set(query)
        func shared(_ match: NameMatch) -> Int { Set(match.name.zh).intersection(characters).count }
        return Array(pool.enumerated().sorted { a, b in
            let (x, y) = (shared(a.element), shared(b.element))
            return x != y ? x > y : a.offset < b.offset
        }.prefix(limit).map(\.element))
    }

    /// How many firms each half is searched for.
    public static let perHalf = 50
}
