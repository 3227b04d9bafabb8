/// Finds every keyword of a fixed list in a text in one pass over its UTF-8 bytes (Aho–Corasick, with the
/// failure links folded into a full transition table), so classifying a million firms costs two table lookups
/// a byte and no regular expression or substring search per keyword.
///
/// ASCII letters are matched without regard to case (`OLED` finds `oled`). The table has a column per byte class
/// (the bytes the keywords use, and one for all others), so it is small enough to stay in the processor's cache.
/// Each entry holds the next state's row offset (its number × the classes, so no multiplication waits between one
/// byte's lookup and the next) and a flag for the states where a keyword ends, so the scan looks at the outputs
/// only there. Immutable once built: one automaton is shared by every thread that scans.
public struct KeywordAutomaton: Sendable {
    /// `transitions[row + byteClass[byte]]`: the next state's row (its number × `classes`), with ``ends`` set when
    /// a keyword ends there.
    private let transitions: [UInt32]
    private let byteClass: [UInt8]
    private let classes: Int
    /// The keywords that end in state `s` (its failure chain's included) are
    /// `outputKeywords[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputKeywords: [Int32]
    public let keywords: [String]

    private static let ends: UInt32 = 1 << 31

    public init(keywords: [String]) {
        self.keywords = keywords
        let folded = keywords.map { $0.utf8.map(Self.folded) }
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classes = 1
        for byte in Set(folded.joined()).sorted() {
            byteClass[Int(byte)] = UInt8(classes)
            classes += 1
        }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { byteClass[Int(byte)] = byteClass[Int(byte | 0x20)] }
        var next: [[Int32]] = [Array(repeating: -1, count: classes)]
        var ends: [[Int32]] = [[]]
        for (index, keyword) in folded.enumerated() where !keyword.isEmpty {
            var state = 0
            for byte in keyword {
                let column = Int(byteClass[Int(byte)])
                if next[state][column] < 0 {
                    next[state][column] = Int32(next.count)
                    next.append(Array(repeating: -1, count: classes))
                    ends.append([])
                }
                state = Int(next[state][column])
            }
            ends[state].append(Int32(index))
        }
        // Breadth first: each state's failure is the longest proper suffix that is also a prefix.
        var failure = Array(repeating: 0, count: next.count)
        var queue: [Int] = []
        for column in 0..<classes {
            let child = next[0][column]
            if child < 0 { next[0][column] = 0 } else { queue.append(Int(child)) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ends[state] += ends[failure[state]]
            for column in 0..<classes {
                let child = next[state][column]
                if child < 0 {
                    next[state][column] = next[failure[state]][column]
                } else {
                    failure[Int(child)] = Int(next[failure[state]][column])
                    queue.append(Int(child))
                }
            }
        }
        precondition(next.count * classes < Int(Self.ends), "too many keyword states")
        transitions = next.flatMap { row in
            row.map { UInt32(Int($0) * classes) | (ends[Int($0)].isEmpty ? 0 : Self.ends) }
        }
        self.byteClass = byteClass
        self.classes = classes
        outputStart = ends.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        outputKeywords = Array(ends.joined())
    }

    /// Calls `found` with the index of each keyword at each place it ends in `text` (a keyword found twice is
    /// reported twice).
    public func scan(_ text: String, _ found: (Int) -> Void) {
        var text = text
        text.makeContiguousUTF8()  // a native string already is
        text.utf8.withContiguousStorageIfAvailable { scan($0, found) }
    }

    /// The same over UTF-8 bytes.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
        transitions.withUnsafeBufferPointer { transitions in
            byteClass.withUnsafeBufferPointer { byteClass in
                var row = 0
                for byte in bytes {
                    let entry = transitions[row &+ Int(byteClass[Int(byte)])]
                    row = Int(entry & ~Self.ends)
                    if entry & Self.ends != 0 {
                        let state = row / classes
                        for output in Int(outputStart[state])..<Int(outputStart[state + 1]) { found(Int(outputKeywords[output])) }
                    }
                }
            }
        }
    }

    /// The distinct keywords found in `text`, in the order of the list.
    public func matches(in text: String) -> [Int] {
        var found: [Int] = []
        scan(text) { Self.insertSorted($0, into: &found) }
        return found
    }

    /// The same over UTF-8 bytes.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        scan(bytes) { Self.insertSorted($0, into: &found) }
        return found
    }

    /// Inserts `keyword` into the ascending list `found` unless it is there (a text finds a handful at most).
    private static func insertSorted(_ keyword: Int, into found: inout [Int]) {
        var index = found.endIndex
        while index > 0, found[index - 1] >= keyword {
            if found[index - 1] == keyword { return }
            index -= 1
        }
        found.insert(keyword, at: index)
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
