import Foundation
import ZhizaoStorage

/// Hands batches of values from one producer thread to one consumer, holding at most a few batches, so that
/// reading a file and writing the database run side by side on two cores.
final class BatchPipe<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Value]] = []
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// Queues a batch, waiting while the pipe is full; false when the consumer has cancelled.
    func put(_ batch: [Value]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Tells the consumer that no more batches come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the producer to stop.
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil once the pipe is closed and empty.
    func take() -> [Value]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !closed { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }
}

/// Runs `produce` on a thread of its own, feeding `pipe`; `wait()` returns what it returned or throws what it threw.
final class Producer<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Swift.Result<Result, any Error>?

    init(_ produce: @escaping @Sendable () throws -> Result) {
        let thread = Thread { [self] in
            outcome = Swift.Result { try produce() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func wait() throws -> Result {
        done.wait()
        return try outcome!.get()
    }
}
