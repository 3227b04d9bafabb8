/// Finds a record by the name a person types: its id, Chinese or English name, a short form, a common alias,
/// in simplified or traditional script. Pure: built from the records the store holds (see
/// `NameResolver+Records.swift`), so the command line, the pages and the API resolve names the same way.
///
/// A name is looked up in three steps, each only when the one before found nothing:
/// 1. a spelling of a record: its id, names and explicit aliases (`NameAliases`);
/// 2. a short form: the name and the query both without the resolver's prefixes and suffixes (广州市, 区, 产业集群);
/// 3. part of a name: the query inside one record's name (电子信息 → 花都电子信息产业集群).
/// Several records at the first step that finds any make the name ambiguous; none at all gives suggestions.
public struct NameResolver: Sendable {
    /// A record a name can stand for.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let name: LocalizedText

        public init(id: String, name: LocalizedText) {
            self.id = id
            self.name = name
        }
    }

    /// What the resolver finds records of, for messages.
    public let kind: NameKind
    public let entries: [Entry]
    /// Normalised spelling → entry indexes.
    private let spellings: [String: [Int]]
    /// Normalised short form → entry indexes.
    private let shortForms: [String: [Int]]
    /// Each entry's normalised spellings, for part-of-name matches and suggestions.
    private let keys: [[String]]
    private let affixes: Affixes

    /// Words dropped from the front and the back of names and queries to get their short forms.
    public struct Affixes: Sendable {
        public var prefixes: [String]
        public var suffixes: [String]

        public init(prefixes: [String] = [], suffixes: [String] = []) {
            self.prefixes = prefixes.map(NameResolver.normalised).sorted { $0.count > $1.count }
            self.suffixes = suffixes.map(NameResolver.normalised).sorted { $0.count > $1.count }
        }
    }

    /// - Parameters:
    ///   - records: each entry with its spellings (id, names, aliases); spellings are normalised here.
    ///   - affixes: what short forms drop.
    public init(kind: NameKind, records: [(entry: Entry, spellings: [String])], affixes: Affixes = Affixes()) {
        self.kind = kind
        self.affixes = affixes
        entries = records.map(\.entry)
        var spellings: [String: [Int]] = [:]
        var shortForms: [String: [Int]] = [:]
        var keys: [[String]] = []
        for (index, record) in records.enumerated() {
            let normal = Set(record.spellings.map(Self.normalised).filter { !$0.isEmpty })
            keys.append(normal.sorted())
            for key in normal {
                spellings[key, default: []].append(index)
                for short in affixes.shortForms(of: key) where short != key {
                    shortForms[short, default: []].append(index)
                }
            }
        }
        self.spellings = spellings.mapValues { Array(Set($0)).sorted() }
        self.shortForms = shortForms.mapValues { Array(Set($0)).sorted() }
        self.keys = keys
    }

    /// The record `text` names, the records it could name, or the nearest ones when it names none.
    public func resolve(_ text: String) -> NameResolution {
        let key = Self.normalised(text)
        guard !key.isEmpty else { return .unknown(text: text, suggestions: []) }
        if let found = spellings[key] { return outcome(text, found) }
        let shortIndexes = Set(affixes.shortForms(of: key).flatMap { (shortForms[$0] ?? []) + (spellings[$0] ?? []) })
        if !shortIndexes.isEmpty { return outcome(text, shortIndexes.sorted()) }
        let isASCII = key.unicodeScalars.allSatisfy(\.isASCII)
        if key.count >= (isASCII ? 3 : 2) {
            let containing = keys.indices.filter { index in keys[index].contains { $0.contains(key) } }
            if !containing.isEmpty { return outcome(text, containing) }
        }
        return .unknown(text: text, suggestions: suggestions(for: key))
    }

    /// The id `text` names, or nil when it names none or several.
    public func id(_ text: String) -> String? {
        if case .found(let entry) = resolve(text) { return entry.id }
        return nil
    }

    private func outcome(_ text: String, _ indexes: [Int]) -> NameResolution {
        indexes.count == 1 ? .found(entries[indexes[0]]) : .ambiguous(text: text, candidates: indexes.map { entries[$0] })
    }

    /// Up to five entries nearest to `key`: fewest edits to any spelling, then most characters in common.
    private func suggestions(for key: String) -> [Entry] {
        let query = Array(key)
        let queryCharacters = Set(query)
        let scored = keys.indices.compactMap { index -> (index: Int, distance: Int, shared: Int)? in
            let best = keys[index].map { spelling -> (Int, Int) in
                let characters = Array(spelling)
                return (Self.editDistance(query, characters), queryCharacters.intersection(characters).count)
            }.min { ($0.0, -$0.1) < ($1.0, -$1.1) }
            guard let (distance, shared) = best else { return nil }
            // Near enough: a couple of edits, or a fair share of the query's characters.
            let near = distance <= max(1, query.count / 3) || shared * 2 >= queryCharacters.count
            return near && shared > 0 || distance <= 1 ? (index, distance, shared) : nil
        }
        return scored.sorted { ($0.distance, -$0.shared, $0.index) < ($1.distance, -$1.shared, $1.index) }
            .prefix(5).map { entries[$0.index] }
    }

    /// Levenshtein distance between two character sequences.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `text` as names are compared: simplified script, lowercase, full-width Latin letters and digits as ASCII,
    /// and only letters and digits (no spaces, quotation marks, hyphens or brackets).
    public static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in TraditionalScript.simplified(text).unicodeScalars {
            var s = scalar
            if (0xFF01...0xFF5E).contains(s.value), let ascii = Unicode.Scalar(s.value - 0xFEE0) { s = ascii }
            guard s.properties.isAlphabetic || s.properties.numericType != nil else { continue }
            result.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
        return String(result)
    }
}

extension NameResolver.Affixes {
    /// `key` without one prefix, without one suffix, and without both; only forms of two characters or more.
    func shortForms(of key: String) -> [String] {
        let fronts = [key] + prefixes.filter { key.hasPrefix($0) }.map { String(key.dropFirst($0.count)) }
        var forms: [String] = []
        for front in fronts {
            forms.append(front)
            forms += suffixes.filter { front.hasSuffix($0) }.map { String(front.dropLast($0.count)) }
        }
        return forms.filter { $0.count >= 2 }
    }
}
