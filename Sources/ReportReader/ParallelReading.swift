import Dispatch
import Foundation

/// Reads a long text on every core, finding the facts one reader would.
///
/// The text is cut at full stops into parts, each read at once by a reader of its own that remembers nothing of the
/// text before it. Then, part after part, the reader of everything before reads on into the next part, a sentence at
/// a time, until it stands at a full stop with the same memory as that part's reader had there (the last measure,
/// period and year, the firm, project and park named, …: `FactReader.Memory`). From there on the two would read
/// alike, so it takes that reader's statements and carries on from the part's end. Where they never agree, it reads
/// the whole part itself: the time is then that of one reader, plus the part read in vain beside it.
enum ParallelReading {
    /// The fewest scalars a part is cut to: below that, a thread's start and the reading on to agreement cost more than
    /// a part saves.
    static let smallestPart = 1 << 16

    /// What `reader` (nothing read yet; a template, itself left unread) reads in its whole text, in up to `parts`
    /// parts of at least `smallest` scalars.
    static func read(
        _ reader: FactReader, parts wanted: Int = ProcessInfo.processInfo.activeProcessorCount, smallest: Int = smallestPart
    ) -> FactReader {
        precondition(smallest > 0)
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
            var whole = reader.fresh(keepingEveryStatement: false)
            whole.read()
            return whole
        }
        var readers = [FactReader?](repeating: nil, count: parts)
        readers.withUnsafeMutableBufferPointer { buffer in
            // Each thread makes its own reader from the template, which none changes, and writes only its own slot.
            nonisolated(unsafe) let (template, found, bounds) = (reader, buffer, bounds)
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                var part = template.fresh(keepingEveryStatement: k > 0)
                _ = part.read(from: bounds[k], through: bounds[k + 1])
                found[k] = part
            }
        }
        var leader = readers[0].take()!
        var position = bounds[1]
        for k in 1..<parts {
            let part = readers[k].take()!, checkpoints = part.checkpoints ?? []
            var c = 0
            while position < bounds[k + 1] {
                while c < checkpoints.count, checkpoints[c].position < position { c += 1 }
                if c < checkpoints.count, checkpoints[c].position == position, checkpoints[c].memory == leader.memory {
                    leader.take(part, from: checkpoints[c])
                    position = bounds[k + 1]
                    break
                }
                // A sentence at a time while the part's reader noted its memory; past that, the rest of the part at once.
                position = leader.read(from: position, through: c < checkpoints.count ? position + 1 : bounds[k + 1])
            }
        }
        return leader
    }
}
