import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import KaoheCSV

/// The shared reads themselves (D-180): at most two files read or being read and not yet taken, values taken in
/// order whichever thread read them, an error taken at its file, and nothing read after `stop()`.
@Suite struct NationalSharedReadsTests {
    struct Unreadable: Error, Equatable { var index: Int }

    /// What happened, in order: a take called (logged before the call), a file read (logged when its read begins).
    final class Log: @unchecked Sendable {
        enum Event: Equatable { case take(Int), read(Int) }
        private let lock = NSLock()
        private var list: [Event] = []
        var events: [Event] { lock.withLock { list } }
        func add(_ e: Event) { lock.withLock { list.append(e) } }
    }

    /// What happened, in order, from whichever thread: a file's read begun (and on which thread), a file's read ended.
    final class ThreadLog: @unchecked Sendable {
        enum Event: Equatable { case read(Int, callingThread: Bool), done(Int) }
        private let lock = NSLock()
        private var list: [Event] = []
        var events: [Event] { lock.withLock { list } }
        func add(_ e: Event) { lock.withLock { list.append(e) } }
    }

    @Test func noFileIsReadBeforeTheFileTwoBeforeItIsAskedFor() throws {
        let log = Log()
        let reads = NationalSharedReads<Int>(count: 12, on: DispatchQueue(label: "test.shared-reads")) { i in
            log.add(.read(i))
            Thread.sleep(forTimeInterval: 0.002)
            return i * 10
        }
        defer { reads.stop() }
        for i in 0..<12 {
            log.add(.take(i))
            #expect(try reads.take(i) == i * 10)
            // A slow consumer, so a reader not bounded would run far ahead.
            Thread.sleep(forTimeInterval: 0.01)
        }
        let events = log.events
        for j in 2..<12 {
            // File j may be read once file j−2 was asked for (so fewer than two files wait), never before.
            let read = try #require(events.firstIndex(of: .read(j)))
            let asked = try #require(events.firstIndex(of: .take(j - 2)))
            #expect(asked < read, "file \(j) was read before file \(j - 2) was asked for")
        }
        #expect(events.filter { if case .read = $0 { true } else { false } }.count == 12)
    }

    /// Worked step by step, each step forced by semaphores rather than by timing: while the file the calling thread
    /// wants is being read on the second thread, the calling thread reads the next file nobody has begun; and a file
    /// counts as taken only once its value is handed over, so no more than two files wait.
    @Test func theCallingThreadReadsTheNextFileWhileTheOneItWantsIsBeingReadAndNoMore() throws {
        let log = ThreadLog()
        func seen(_ e: ThreadLog.Event) -> Bool { log.events.contains(e) }
        let caller = pthread_self()
        let zeroMayEnd = DispatchSemaphore(value: 0), twoMayEnd = DispatchSemaphore(value: 0)
        let reads = NationalSharedReads<Int>(count: 6, on: DispatchQueue(label: "test.shared-reads")) { i in
            log.add(.read(i, callingThread: pthread_equal(pthread_self(), caller) != 0))
            switch i {
            // File 0, on the second thread, ends only once file 1 is read, which only the calling thread can then do.
            case 0: _ = zeroMayEnd.wait(timeout: .now() + 5)
            case 1: zeroMayEnd.signal()
            // File 2, on the second thread, ends 0.1 s after file 3 is read: time for a reader not bounded to ask for 4.
            case 2: _ = twoMayEnd.wait(timeout: .now() + 5)
            case 3: DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { twoMayEnd.signal() }
            default: break
            }
            log.add(.done(i))
            return i
        }
        defer { reads.stop() }
        func waitFor(_ e: ThreadLog.Event) {
            let deadline = Date().addingTimeInterval(5)
            while !seen(e), Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
        }
        // The second thread begins with file 0: nothing else is asked for before the first take.
        waitFor(.read(0, callingThread: false))
        #expect(try reads.take(0) == 0)
        #expect(seen(.read(1, callingThread: true)), "the calling thread waited instead of reading file 1")
        #expect(try reads.take(1) == 1)
        // File 2 is the second thread's (file 1 was ready, so taking it read nothing).
        waitFor(.read(2, callingThread: false))
        #expect(try reads.take(2) == 2)
        // While file 2 was being read, the calling thread read file 3 — and not file 4, which may be asked for only
        // once file 2 is taken (handed over), not as soon as it is asked for.
        #expect(seen(.read(3, callingThread: true)))
        for i in 3..<6 { #expect(try reads.take(i) == i) }
        let events = log.events
        let done2 = try #require(events.firstIndex(of: .done(2)))
        let read4 = try #require(events.firstIndex { if case .read(4, _) = $0 { true } else { false } })
        #expect(done2 < read4, "file 4 was asked for while file 2 was still being read")
    }

    @Test func anErrorIsTakenAtItsFileAndNothingMoreIsReadAheadOfIt() throws {
        let log = Log()
        let reads = NationalSharedReads<Int>(count: 8, on: DispatchQueue(label: "test.shared-reads")) { i in
            log.add(.read(i))
            if i == 3 { throw Unreadable(index: i) }
            return i
        }
        defer { reads.stop() }
        for i in 0..<3 { #expect(try reads.take(i) == i) }
        #expect(throws: Unreadable(index: 3)) { try reads.take(3) }
        // The failed file is not taken until the next is asked for: nothing beyond file 4 is read meanwhile.
        Thread.sleep(forTimeInterval: 0.05)
        let highest = log.events.compactMap { if case .read(let i) = $0 { i } else { nil } }.max()
        #expect(highest.map { $0 <= 4 } == true)
        // The reads go on when asked (a file rejected alone, `--keep-going`).
        for i in 4..<8 { #expect(try reads.take(i) == i) }
    }

    @Test func nothingIsReadAfterStop() throws {
        let log = Log()
        let reads = NationalSharedReads<Int>(count: 100, on: DispatchQueue(label: "test.shared-reads")) { i in
            log.add(.read(i))
            return i
        }
        #expect(try reads.take(0) == 0)
        reads.stop()
        let after = log.events
        Thread.sleep(forTimeInterval: 0.05)
        #expect(log.events == after)
        #expect(after.count <= 3)
    }
}
