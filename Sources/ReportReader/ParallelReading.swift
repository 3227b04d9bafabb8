import Dispatch
import Foundation

/// Reads a long text on every core, finding the facts one reader would.
///
/// The text is cut at full stops into parts, each read at once by a reader of its own that remembers nothing of the
/// text before it. Then, part after part, the reader of everything before reads on into the next part, a sentence at
/// a time, until it stands at a full stop with the same memory as that part's reader had there (the last measure,
/// period and year, the firm, project and park named, …: `FactReader.Memory`). From there on the two would read
/// alike, so it takes that reader's statements and carries on from the part's end. Where they never agree, it reads
/// the whole part itself, and the time is that of one reader.
enum ParallelReading {
    /// The fewest scalars a part is cut to: below that, a thread's start and the reading on to agreement cost more than
    /// a part saves.
    static let smallestPart = 1 << 16

    /// `reader` (nothing read yet) after reading its whole text, in up to `parts` parts of at least `smallest`
    /// scalars.
    static func read(
        _ reader: FactReader, parts wanted: Int = ProcessInfo.processInfo.activeProcessorCount, smallest: Int = smallestPart
    ) -> FactReader {
        let n = reader.s.count
        // Where each part starts: just after a full stop, the last part ending at the text's end.
        let count = max(1, min(wanted, n / smallest))
        var bounds = [0]
        for k in 1..<count {
            let start = reader.fullStop(from: n * k / count)
            if start > bounds[bounds.count - 1], start < n { bounds.append(start) }
        }
        bounds.append(n)
        let parts = bounds.count - 1
        guard parts > 1 else {
            var whole = reader
            whole.read()
            return whole
        }
        var readers = [FactReader?](repeating: nil, count: parts)
        readers.withUnsafeMutableBufferPointer { buffer in
            // Each thread reads the template and writes its own reader; only the first uses the template's.
            nonisolated(unsafe) let (template, found, bounds) = (reader, buffer, bounds)
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                var part = k == 0 ? template : template.fresh(keepingEveryStatement: true)
                _ = part.read(from: bounds[k], through: bounds[k + 1])
                found[k] = part
            }
        }
        var leader = readers[0]!
        var position = bounds[1]
        for k in 1..<parts {
            let part = readers[k]!, checkpoints = part.checkpoints ?? []
            var c = 0
            while position < bounds[k + 1] {
                while c < checkpoints.count, checkpoints[c].position < position { c += 1 }
                if c < checkpoints.count, checkpoints[c].position == position, checkpoints[c].memory == leader.memory {
                    leader.take(part, from: checkpoints[c])
                    position = bounds[k + 1]
                    break
                }
                position = leader.read(from: position, through: position + 1)
            }
        }
        return leader
    }
}
