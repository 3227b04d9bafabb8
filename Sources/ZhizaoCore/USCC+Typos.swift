extension USCC {
    /// The valid codes one slip of the keyboard away from `code` (18 characters, any case): one character
    /// replaced by another of the alphabet, or two neighbours swapped. For "did you mean" lists; the check
    /// character leaves about one replacement a position valid, so there are a few dozen at most.
    public static func nearCodes(_ code: String) -> [String] {
        let bytes = Array(code.uppercased().utf8)
        guard bytes.count == 18 else { return [] }
        var found: [String] = []
        var seen: Set<[UInt8]> = [bytes]
        func consider(_ candidate: [UInt8]) {
            guard !seen.contains(candidate) else { return }
            seen.insert(candidate)
            if problem(utf8: candidate) == nil { found.append(String(decoding: candidate, as: UTF8.self)) }
        }
        var candidate = bytes
        for position in 0..<18 {
            for byte in alphabet where byte != bytes[position] {
                candidate[position] = byte
                consider(candidate)
            }
            candidate[position] = bytes[position]
        }
        for position in 0..<17 where bytes[position] != bytes[position + 1] {
            candidate.swapAt(position, position + 1)
            consider(candidate)
            candidate.swapAt(position, position + 1)
        }
        return found
    }
}
