import ZhizaoCore

/// A document's statements gathered into facts: a fact stated again (the same figure, measure, kind and period about
/// the same holder, or about a holder one names more fully: 广州市超高清视频产业集群 and 超高清视频产业集群) counts
/// once, with every statement's span.
///
/// A tally that `keepsEveryStatement` keeps each statement as a fact of its own, for a reader of a later part of the
/// text whose first statements may be taken back; the tally of the text before takes the rest (`add(_:from:)`).
struct FactTally {
    /// What a statement is compared by besides its fact's value, qualifier, period and kind, and the number its
    /// lookup starts from.
    struct Identity {
        var holder: [Unicode.Scalar]?
        var measure: [Unicode.Scalar]?
        var unit: Int
        var key: Int
    }

    let keepsEveryStatement: Bool
    private(set) var facts: [Fact] = []
    /// Where the first and last facts of each key stand in `facts`; `sameKey` links each fact to the next of its key
    /// (-1: none). No list a key: a fact found again costs no allocation and one lookup.
    private var index: [Int: (first: Int, last: Int)] = [:]
    private var sameKey: [Int] = []
    private var identities: [Identity] = []

    init(keepsEveryStatement: Bool = false) {
        self.keepsEveryStatement = keepsEveryStatement
    }

    /// Makes room for `capacity` facts, reserved and so faulted in only as used: no copies as they grow.
    mutating func reserve(_ capacity: Int) {
        facts.reserveCapacity(capacity)
        identities.reserveCapacity(capacity)
        if !keepsEveryStatement { sameKey.reserveCapacity(capacity) }
    }

    /// How many statements, or facts, the tally holds.
    var count: Int { facts.count }

    /// Adds a statement of `value` with `identity`; `fact` is made only when the statement is a new fact.
    mutating func add(
        _ identity: Identity, value: Double, qualifier: Qualifier, period: Period?, kind: FactKind, span: Range<Int>, fact: () -> Fact
    ) {
        if !keepsEveryStatement,
            let k = known(identity, value: value, qualifier: qualifier, period: period, kind: kind)
        {
            restated(k, holder: identity.holder, span: span)
        } else {
            append(fact(), identity)
        }
    }

    /// Adds the statements a tally that keeps every statement holds from its `start`th on, in order.
    mutating func add(_ other: FactTally, from start: Int) {
        reserve(facts.count + other.facts.count - start)
        for i in start..<other.facts.count {
            let (fact, identity) = (other.facts[i], other.identities[i])
            if let k = known(identity, value: fact.value, qualifier: fact.qualifier, period: fact.period, kind: fact.kind) {
                restated(k, holder: identity.holder, span: fact.span)
            } else {
                append(fact, identity)
            }
        }
    }

    /// Where the fact a statement states again stands, if the tally holds it.
    private func known(_ identity: Identity, value: Double, qualifier: Qualifier, period: Period?, kind: FactKind) -> Int? {
        var k = index[identity.key]?.first ?? -1
        while k >= 0 {
            if facts[k].value == value && facts[k].qualifier == qualifier && identities[k].unit == identity.unit && facts[k].period == period
                && facts[k].kind == kind && identities[k].measure == identity.measure && Self.sameSubject(identities[k].holder, identity.holder)
            {
                return k
            }
            k = sameKey[k]
        }
        return nil
    }

    /// Counts one more statement of the `k`th fact; the fuller name holds (广州汽车产业集群 over 汽车产业集群).
    private mutating func restated(_ k: Int, holder: [Unicode.Scalar]?, span: Range<Int>) {
        facts[k].occurrences += 1
        facts[k].spans.append(span)
        if let holder, holder.count > (identities[k].holder?.count ?? 0) {
            identities[k].holder = holder
            facts[k].holder = Words.text(holder)
        }
    }

    private mutating func append(_ fact: Fact, _ identity: Identity) {
        if !keepsEveryStatement {
            let known = index[identity.key]
            if let last = known?.last { sameKey[last] = facts.count }
            index[identity.key] = (known?.first ?? facts.count, facts.count)
            sameKey.append(-1)
        }
        identities.append(identity)
        facts.append(fact)
    }

    /// Whether two holders name the same thing: equal, or one the other with a place before it.
    private static func sameSubject(_ a: [Unicode.Scalar]?, _ b: [Unicode.Scalar]?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 2 && long.suffix(short.count).elementsEqual(short) || a == b
    }

    /// What two statements of a fact share at least, as one number (FNV-1a): the figure, the measure's scalars, the
    /// unit, the period (ISO dates: ASCII, equal as strings exactly when equal byte for byte) and the holder's last
    /// two scalars (two holders one of which ends the other end alike, `sameSubject`). A key of the figure and measure
    /// alone gathered, in a long document, every 增长5.2% of 增加值 in one list that each new one was compared with.
    static func key(_ value: Double, _ measure: [Unicode.Scalar]?, _ unit: Int, _ period: Period?, _ holder: [Unicode.Scalar]?) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ value.bitPattern
        func mix(_ v: UInt64) { h = (h ^ v) &* 0x100_0000_01b3 }
        func mix(_ text: String?) {
            mix(0x2F)
            for byte in text?.utf8 ?? "".utf8 { mix(UInt64(byte)) }
        }
        for scalar in measure ?? [] { mix(UInt64(scalar.value)) }
        mix(UInt64(bitPattern: Int64(unit)))
        mix(period?.start)
        mix(period?.end)
        mix(period?.asOf)
        mix(UInt64(holder.map { min($0.count, 2) } ?? 3))
        if let holder { for i in max(holder.count - 2, 0)..<holder.count { mix(UInt64(holder[i].value)) } }
        return Int(bitPattern: UInt(h))
    }
}
