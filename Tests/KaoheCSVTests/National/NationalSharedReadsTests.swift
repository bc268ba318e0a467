import Foundation
import Testing

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
