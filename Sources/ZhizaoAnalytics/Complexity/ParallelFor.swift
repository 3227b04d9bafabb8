import Foundation
import Dispatch

/// Runs `body(index)` for every index in `0..<count`, the indices shared among the cores in interleaved
/// order (so triangular loops balance). Bodies must write disjoint memory. Used by the complexity measures and
/// by `zhizao complexity`'s writer.
public func parallelFor(_ count: Int, _ body: (Int) -> Void) {
    let lanes = min(max(1, count), 2 * activeProcessorCount)
    if lanes <= 1 || count < 64 {
        for index in 0..<count { body(index) }
        return
    }
    withoutActuallyEscaping(body) { body in
        let box = UncheckedBox(body)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var index = lane
            while index < count {
                box.value(index)
                index += lanes
            }
        }
    }
}

/// The cores this process may use.
let activeProcessorCount = max(1, ProcessInfo.processInfo.activeProcessorCount)

/// Carries a non-Sendable closure into `concurrentPerform`; callers guarantee disjoint writes.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
