import Dispatch
import Foundation

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

    /// Writes a line for each of `items`, made by `line`: a few hundred here, more on every core, a batch at a time,
    /// each core making the lines of one stretch of the batch, written in order. (A listing of facts spent a tenth of
    /// `zhizao extract`'s time on one core making its JSON.)
    mutating func writeLines<Item: Sendable>(_ items: [Item], _ line: @Sendable (Item, inout [UInt8]) -> Void) {
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount), batch = 1 << 13
        guard lanes > 1, items.count >= 1 << 10 else {
            for item in items {
                write { out in
                    line(item, &out)
                    out.append(UInt8(ascii: "\n"))
                }
            }
            return
        }
        var runs = [[UInt8]](repeating: [], count: lanes)
        for first in stride(from: 0, to: items.count, by: batch) {
            let batchEnd = min(first + batch, items.count), size = (batchEnd - first + lanes - 1) / lanes
            runs.withUnsafeMutableBufferPointer { buffer in
                // Each lane writes only its own run.
                nonisolated(unsafe) let made = buffer
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    made[lane].removeAll(keepingCapacity: true)
                    let stretch = first + lane * size
                    for k in stretch..<max(stretch, min(stretch + size, batchEnd)) {
                        line(items[k], &made[lane])
                        made[lane].append(UInt8(ascii: "\n"))
                    }
                }
            }
            flush()
            for run in runs { writeAll(run, to: 1) }
        }
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
