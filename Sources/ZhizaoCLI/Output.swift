#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writes to standard output, for exports and generated registries of a million lines.
struct Output {
    private var buffer: [UInt8] = []

    /// Room for a full buffer and a write of up to 64 KB past the mark, which then needs no copy to grow.
    init() { buffer.reserveCapacity(1 << 17) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes bytes that `produce` appends to the buffer.
    mutating func write(_ produce: (inout [UInt8]) -> Void) {
        produce(&buffer)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    writeAll(Array((message + "\n").utf8), to: 2)
}

/// Writes all of `bytes` to file descriptor `fd`, retrying short writes.
private func writeAll(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}
