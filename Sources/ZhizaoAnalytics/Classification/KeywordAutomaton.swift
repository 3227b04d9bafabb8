/// Finds every keyword of a fixed list in a text in one pass over its UTF-8 bytes (Aho–Corasick, with the
/// failure links folded into a full transition table), so classifying a million firms costs one table lookup
/// a byte and no regular expression or substring search per keyword.
///
/// ASCII letters are matched without regard to case (`OLED` finds `oled`).
public struct KeywordAutomaton: Sendable {
    /// `transitions[state * 256 + byte]` is the next state.
    private let transitions: [Int32]
    /// The keywords (their indices in the list built from) that end in each state, failure chain included.
    private let outputs: [[Int32]]
    public let keywords: [String]

    public init(keywords: [String]) {
        self.keywords = keywords
        var next: [[Int32]] = [Array(repeating: -1, count: 256)]
        var ends: [[Int32]] = [[]]
        for (index, keyword) in keywords.enumerated() where !keyword.isEmpty {
            var state = 0
            for byte in keyword.utf8.map(Self.folded) {
                if next[state][Int(byte)] < 0 {
                    next[state][Int(byte)] = Int32(next.count)
                    next.append(Array(repeating: -1, count: 256))
                    ends.append([])
                }
                state = Int(next[state][Int(byte)])
            }
            ends[state].append(Int32(index))
        }
        // Breadth first: each state's failure is the longest proper suffix that is also a prefix.
        var failure = Array(repeating: 0, count: next.count)
        var queue: [Int] = []
        for byte in 0..<256 {
            let child = next[0][byte]
            if child < 0 { next[0][byte] = 0 } else { queue.append(Int(child)) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            ends[state] += ends[failure[state]]
            for byte in 0..<256 {
                let child = next[state][byte]
                if child < 0 {
                    next[state][byte] = next[failure[state]][byte]
                } else {
                    failure[Int(child)] = Int(next[failure[state]][byte])
                    queue.append(Int(child))
                }
            }
        }
        transitions = next.flatMap { $0 }
        outputs = ends
    }

    /// Calls `found` with the index of each keyword at each place it ends in `text` (a keyword found twice is
    /// reported twice).
    public func scan(_ text: String, _ found: (Int) -> Void) {
        var state = 0
        var utf8 = text.utf8
        let fast = utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                state = Int(transitions[state &* 256 &+ Int(Self.folded(byte))])
                for keyword in outputs[state] { found(Int(keyword)) }
            }
        }
        if fast == nil {
            var copy = text
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            for byte in utf8 {
                state = Int(transitions[state &* 256 &+ Int(Self.folded(byte))])
                for keyword in outputs[state] { found(Int(keyword)) }
            }
        }
    }

    /// The distinct keywords found in `text`, in the order of the list.
    public func matches(in text: String) -> [Int] {
        var found = Set<Int>()
        scan(text) { found.insert($0) }
        return found.sorted()
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
