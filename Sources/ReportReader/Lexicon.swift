/// A set of scalars tested in one load: a bit for each scalar of the Basic Multilingual Plane, where all the
/// reader's words live; scalars beyond it go to an ordinary set.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars { insert(s) }
    }

    mutating func insert(_ s: Unicode.Scalar) {
        if s.value < 65536 {
            bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63)
        } else {
            astral.insert(s.value)
        }
    }

    /// Adds every scalar of `other`.
    mutating func formUnion(_ other: ScalarSet) {
        for k in bits.indices { bits[k] |= other.bits[k] }
        astral.formUnion(other.astral)
    }

    @inline(__always) func contains(_ s: Unicode.Scalar) -> Bool {
        s.value < 65536 ? bits[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0 : astral.contains(s.value)
    }
}

/// Words, each with a value, found in scalar text by their first or last scalar without building strings or
/// hashing: the reader's one way of matching words. Of two words at the same place, the longer wins (营业收入
/// over 收入).
struct Lexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let value: Value
    }

    /// Entries by the low bits of their first (last) scalar, longest first.
    private var byFirst = [[Entry]](repeating: [], count: 256)
    private var byLast = [[Entry]](repeating: [], count: 256)
    private var firsts = ScalarSet([])
    /// The scalars the words end with.
    private(set) var lasts = ScalarSet([])

    init(_ words: [(String, Value)]) {
        self.init(scalarWords: words.map { (Array($0.0.unicodeScalars), $0.1) })
    }

    /// Words given as scalars already (the gazetteer's, read from bytes).
    init(scalarWords words: [([Unicode.Scalar], Value)]) {
        for (word, value) in words where !word.isEmpty {
            let entry = Entry(word: word, value: value)
            byFirst[Int(entry.word.first!.value & 255)].append(entry)
            byLast[Int(entry.word.last!.value & 255)].append(entry)
            firsts.insert(entry.word.first!)
            lasts.insert(entry.word.last!)
        }
        for k in 0..<256 {
            byFirst[k].sort { $0.word.count > $1.word.count }
            byLast[k].sort { $0.word.count > $1.word.count }
        }
    }

    /// The longest word that starts at `i` and ends by `end`.
    func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (value: Value, length: Int)? {
        guard i >= 0, i < end, firsts.contains(s[i]) else { return nil }
        for e in byFirst[Int(s[i].value & 255)] where i + e.word.count <= end && Self.equal(s, i, e.word) { return (e.value, e.word.count) }
        return nil
    }

    /// Whether the whole of `s` is one word of the lexicon: 园区 is a generic park, 园区企业 is not.
    func matchesWhole(_ s: [Unicode.Scalar]) -> Bool {
        match(s, at: 0, end: s.count)?.length == s.count
    }

    /// The longest word that ends at `end` (exclusive) and starts at `start` or later.
    func match(_ s: [Unicode.Scalar], endingAt end: Int, start: Int) -> (value: Value, length: Int)? {
        guard end > start, end <= s.count, lasts.contains(s[end - 1]) else { return nil }
        for e in byLast[Int(s[end - 1].value & 255)] where end - e.word.count >= start && Self.equal(s, end - e.word.count, e.word) { return (e.value, e.word.count) }
        return nil
    }

    /// The word that ends last in `range`, the longest of those ending together, skipping those `accept` refuses.
    func last(in s: [Unicode.Scalar], _ range: Range<Int>, accept: (Range<Int>) -> Bool = { _ in true }) -> (value: Value, range: Range<Int>)? {
        var end = range.upperBound
        while end > range.lowerBound {
            if lasts.contains(s[end - 1]) {
                for e in byLast[Int(s[end - 1].value & 255)] where end - e.word.count >= range.lowerBound && Self.equal(s, end - e.word.count, e.word) {
                    let found = (end - e.word.count)..<end
                    if accept(found) { return (e.value, found) }
                }
            }
            end -= 1
        }
        return nil
    }

    /// Where the first word of the lexicon in `range` starts, if one does.
    func first(in s: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        range.first { i in firsts.contains(s[i]) && match(s, at: i, end: range.upperBound) != nil }
    }

    /// Whether a word of the lexicon may end with `scalar`: one bit, tested before a call to `match(_:endingAt:start:)`.
    @inline(__always) func mayEnd(with scalar: Unicode.Scalar) -> Bool { lasts.contains(scalar) }

    /// Whether any word of the lexicon stands in `range`.
    func occurs(in s: [Unicode.Scalar], _ range: Range<Int>) -> Bool { last(in: s, range) != nil }

    @inline(__always) private static func equal(_ s: [Unicode.Scalar], _ i: Int, _ word: [Unicode.Scalar]) -> Bool {
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }
}

extension Lexicon where Value == Void {
    /// Words without values.
    init(words: [String]) { self.init(words.map { ($0, ()) }) }
}
