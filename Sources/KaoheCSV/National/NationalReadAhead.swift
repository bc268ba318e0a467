import Dispatch
import Foundation

/// One national file read on a second thread while the calling thread reads and stages the file before it (D-160).
///
/// The import reads file N+1 (its bytes asked of the caller's closure, decoded, every cell checked, the kept
/// hours picked out) here while file N is read and its kept hours go into the open transaction on the calling
/// thread, so SQLite stays on one thread. Each file read ahead gets its own `NationalReadAhead` on one serial
/// queue, and at most one is outstanding: memory stays about two files.
final class NationalReadAhead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the queue before `done` is signalled, read by the calling thread only after waiting on it.
    private var result: Result<Value, any Error>?
    /// Touched by the calling thread only.
    private var finished = false

    /// Starts `work` on `queue` (a serial queue, so files are read one after another in order).
    init(on queue: DispatchQueue, _ work: @escaping @Sendable () throws -> Value) {
        queue.async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// What the read gave, waiting for it if it is still running; rethrows what it threw.
    func value() throws -> Value {
        join()
        guard let result else { preconditionFailure("a read-ahead finished without a result") }
        return try result.get()
    }

    /// Waits until the read has finished, so nothing touches the caller's closure once the import returns.
    func join() {
        guard !finished else { return }
        done.wait()
        finished = true
    }
}
