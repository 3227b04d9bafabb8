/// Names read straight from a byte buffer, each distinct byte sequence given the next integer id: an
/// open-addressing hash table over ranges of the buffer, so reading a large table makes no string per row.
struct ByteNameInterner {
    /// Each name's first occurrence in the buffer, by id.
    private(set) var ranges: [Range<Int>] = []
    private var hashes: [UInt64] = []
    /// id + 1 of the name in each slot, 0 when empty; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { ranges.count }

    /// The id of the bytes `range` of `buffer`, a new one when they were not seen before.
    mutating func id(of range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(range, buffer)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if hashes[id] == hash, Self.equal(ranges[id], range, buffer) { return Int32(id) }
            slot = (slot + 1) & (slots.count - 1)
        }
        ranges.append(range)
        hashes.append(hash)
        slots[slot] = Int32(ranges.count)
        if ranges.count * 2 > slots.count { grow() }
        return Int32(ranges.count - 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for id in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(id + 1)
        }
    }

    /// 64-bit FNV-1a, its bits mixed once more so that the low bits index well.
    private static func hash(_ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range { hash = (hash ^ UInt64(buffer[index])) &* 0x100_0000_01B3 }
        return hash ^ (hash >> 29)
    }

    static func equal(_ first: Range<Int>, _ second: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        var offset = 0
        while offset < first.count {
            if buffer[first.lowerBound + offset] != buffer[second.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }

    /// The names as strings, by id; nil when one is not valid UTF-8.
    func names(in buffer: UnsafeBufferPointer<UInt8>) -> [String]? {
        var names: [String] = []
        names.reserveCapacity(ranges.count)
        for range in ranges {
            guard let name = String(validating: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self) else { return nil }
            names.append(name)
        }
        return names
    }
}
