import Dispatch
import Foundation

/// National files read by two threads and taken one by one, in file order, by the calling thread (D-160, D-180).
///
/// A second thread reads the files one after another (asked of the caller's closure, decoded, every cell checked,
/// the kept hours picked out and built into blocks) while the calling thread stages the one it took into the open
/// transaction, so SQLite stays on one thread. When the file the calling thread wants next is still being read,
/// it reads the next file nobody has begun instead of waiting, so neither core waits while a file is left to
/// read. At most `limit` files are read or being read and not yet taken: memory holds the file being staged and at
/// most `limit` more. Every instance must be stopped (`stop()`, in a `defer`): until then the second thread waits
/// for the next `take` and holds a thread of the queue.
final class NationalSharedReads<Value: Sendable>: @unchecked Sendable {
    private let count: Int
    private let limit: Int
    private let read: @Sendable (Int) -> Result<Value, any Error>
    private let condition = NSCondition()
    // Guarded by `condition`.
    /// The first file nobody has begun to read.
    private var next = 0
    /// Files taken (or, after a file that failed, the files before it): `next − taken` files are read or being read.
    private var taken = 0
    private var results: [Int: Result<Value, any Error>] = [:]
    private var stopped = false
    private var working: Bool

    /// Reads `count` files with `read`, the second thread's part on `queue` when given (none: the calling thread
    /// reads every file when it takes it).
    init(count: Int, limit: Int = 2, on queue: DispatchQueue?, read: @escaping @Sendable (Int) throws -> Value) {
        self.count = count
        self.limit = limit
        self.read = { i in Result { try read(i) } }
        working = queue != nil
        queue?.async { self.work() }
    }

    /// The second thread: reads the next file nobody has begun while fewer than `limit` are waiting to be taken.
    private func work() {
        condition.lock()
        while true {
            while !stopped, next < count, next - taken >= limit { condition.wait() }
            guard !stopped, next < count else { break }
            readNext()
        }
        working = false
        condition.broadcast()
        condition.unlock()
    }

    /// What reading file `i` gave — `i` is the file after the one taken last — rethrowing what the read threw.
    /// While file `i` is still being read on the second thread, the calling thread reads the next file nobody has
    /// begun (when fewer than `limit` wait), then looks again. A file whose read threw does not count as taken
    /// until the next is asked for, so nothing more is read ahead of an error that ends the import.
    func take(_ i: Int) throws -> Value {
        condition.lock()
        taken = i
        condition.broadcast()
        while true {
            if let result = results.removeValue(forKey: i) {
                if case .success = result {
                    taken = i + 1
                    condition.broadcast()
                }
                condition.unlock()
                return try result.get()
            }
            if next < count, next - taken < limit {
                readNext()
                continue
            }
            condition.wait()
        }
    }

    /// Claims the next file nobody has begun, reads it with the lock released and keeps what the read gave; the
    /// lock is held on entry and on return.
    private func readNext() {
        let i = next
        next += 1
        condition.unlock()
        let result = read(i)
        condition.lock()
        results[i] = result
        condition.broadcast()
    }

    /// Stops the second thread and waits until it has finished the file it is reading, so nothing calls the
    /// caller's closure once the import returns.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while working { condition.wait() }
        condition.unlock()
    }
}
