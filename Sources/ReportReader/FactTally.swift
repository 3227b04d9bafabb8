import ZhizaoCore

/// A document's statements gathered into facts: a fact stated again (the same figure, measure, kind and period about
/// the same holder, or about a holder one names more fully: 广州市超高清视频产业集群 and 超高清视频产业集群) counts
/// once, with every statement's span.
///
/// A tally that keeps every statement (a reader of a later part of the text, `ParallelReading`) also keeps each in
/// order: the tally of the text before takes them from where the two readers agree (`add(_:from:fact:)`), finding
/// each fact again or taking it as new. Its own finding again only spares making a fact's strings twice.
struct FactTally {
    /// What a statement is compared by besides its value, qualifier, period and kind, and the number its lookup
    /// starts from.
    struct Identity {
        var holder: [Unicode.Scalar]?
        var measure: [Unicode.Scalar]?
        var unit: Int
        var key: Int
    }

    /// A figure as the text states it, with all its fact is made of (`FactReader.fact(of:)`).
    struct Statement {
        var identity: Identity
        var value: Double, unit: String, qualifier: Qualifier, upTo: Double?
        var kind: FactKind, direction: String?, basis: String?, period: Period?
        /// The words written (该公司) when the holder is the firm, project or park they stand for.
        var generic: [Unicode.Scalar]?
        /// The clause that states it (clean text) and where the figure stands in the input.
        var clause: Range<Int>, span: Range<Int>
    }

    private(set) var facts: [Fact] = []
    /// Where the first and last facts of each key stand in `facts`; `sameKey` links each fact to the next of its key
    /// (-1: none). No list a key: a fact found again costs no allocation and one lookup.
    private var index: [Int: (first: Int, last: Int)] = [:]
    private var sameKey: [Int] = []
    private var identities: [Identity] = []
    /// Every statement in order, when the tally keeps them: the index of its fact when it was new here (its fact then
    /// stays as first stated), else -1 minus its index in `repeated`, where it is kept to make its fact if need be.
    private var order: [Int]?
    private var repeated: [Statement] = []

    init(keepsEveryStatement: Bool = false) {
        order = keepsEveryStatement ? [] : nil
    }

    /// Makes room for `capacity` facts, reserved and so faulted in only as used: no copies as they grow.
    mutating func reserve(_ capacity: Int) {
        facts.reserveCapacity(capacity)
        identities.reserveCapacity(capacity)
        sameKey.reserveCapacity(capacity)
        order?.reserveCapacity(capacity)
    }

    /// How many statements the tally kept (none unless it keeps every statement).
    var statementCount: Int { order?.count ?? 0 }

    /// Adds a statement; `fact` makes its fact when it is new.
    mutating func add(_ statement: Statement, fact: (Statement) -> Fact) {
        let s = statement
        if let k = known(s.identity, s.value, s.qualifier, s.period, s.kind) {
            if order == nil {
                restated(k, holder: s.identity.holder, span: s.span)
            } else {
                order!.append(-1 - repeated.count)
                repeated.append(statement)
            }
        } else {
            order?.append(facts.count)
            append(fact(statement), statement.identity)
        }
    }

    /// Adds, in order, the statements a tally that keeps every statement kept from its `start`th on; `fact` makes the
    /// fact of one that is new here but was not there.
    mutating func add(_ other: FactTally, from start: Int, fact: (Statement) -> Fact) {
        guard let order = other.order else { preconditionFailure("a tally that keeps every statement, or its statements are lost") }
        guard start < order.count else { return }
        reserve(facts.count + order.count - start)
        for entry in order[start...] {
            if entry >= 0 {
                let (made, identity) = (other.facts[entry], other.identities[entry])
                if let k = known(identity, made.value, made.qualifier, made.period, made.kind) {
                    restated(k, holder: identity.holder, span: made.span)
                } else {
                    append(made, identity)
                }
            } else {
                let s = other.repeated[-1 - entry]
                if let k = known(s.identity, s.value, s.qualifier, s.period, s.kind) {
                    restated(k, holder: s.identity.holder, span: s.span)
                } else {
                    append(fact(s), s.identity)
                }
            }
        }
    }

    /// Where the fact a statement states again stands, if the tally holds it.
    private func known(_ identity: Identity, _ value: Double, _ qualifier: Qualifier, _ period: Period?, _ kind: FactKind) -> Int? {
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

    /// (Both taken, not borrowed: a new fact is moved into `facts`, not copied, each of its strings retained again.)
    private mutating func append(_ fact: consuming Fact, _ identity: consuming Identity) {
        let known = index[identity.key]
        if let last = known?.last { sameKey[last] = facts.count }
        index[identity.key] = (known?.first ?? facts.count, facts.count)
        sameKey.append(-1)
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
