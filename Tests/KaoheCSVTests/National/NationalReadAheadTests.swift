import Foundation
import KaoheCore
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import KaoheCSV

/// The national import's read-ahead (D-160, D-180): files are read on a second thread, and on the calling thread
/// when the file it wants next is still being read, at most two files ahead of the one taken; the staging is never
/// touched from the second thread.
@Suite struct NationalReadAheadTests {
    /// What happened, in order, from whichever thread: a file asked for, a file staged (begun, ended).
    final class Log: @unchecked Sendable {
        enum Event: Equatable { case read(Int, callingThread: Bool), stageBegan(Int, callingThread: Bool), stageEnded(Int) }
        private let lock = NSLock()
        private var list: [Event] = []
        var events: [Event] { lock.withLock { list } }
        func add(_ e: Event) { lock.withLock { list.append(e) } }
    }

    /// A staging that stores nothing and records, per file, when staging began and ended and on which thread.
    final class RecordingStaging: NationalHourStaging {
        let log: Log
        let caller: pthread_t
        var file = 0
        var waitForNext = false
        init(log: Log, caller: pthread_t) {
            self.log = log
            self.caller = caller
        }
        func stage(station: String, day: Day, block: NationalDayBlock, file: (index: Int, name: String)) throws
            -> [(slot: Int, earlier: (value: Decimal, file: String, line: Int, column: Int))]
        { [] }
        func forEachStationDay(_ body: (String, Day, NationalDayBlock) throws -> Void) throws {}
        func stagingFile(settlingBefore: Day?, settle: (String, Day, NationalDayBlock) throws -> Void, _ body: () throws -> Bool) throws {
            log.add(.stageBegan(file, callingThread: pthread_equal(pthread_self(), caller) != 0))
            // Long enough that a reader not bounded to two files ahead would be seen asking for more.
            Thread.sleep(forTimeInterval: 0.01)
            // A file's staging waits (up to 5 s, however loaded the machine) for the next file to be asked for, which
            // only a read on another thread can do meanwhile.
            let deadline = Date().addingTimeInterval(5)
            while waitForNext, file < 7, !log.events.contains(where: { if case .read(file + 1, _) = $0 { true } else { false } }),
                Date() < deadline
            {
                Thread.sleep(forTimeInterval: 0.001)
            }
            _ = try body()
            log.add(.stageEnded(file))
            file += 1
        }
    }

    static let book = NationalStationBook(
        list: [NationalStation(code: "2601A", name: "a", city: "绵阳", longitude: nil, latitude: nil, isBackground: false)], listFile: "s.csv",
        mapping: [StationAssignment(station: "2601A", unit: "510703", from: Day(year: 2015, month: 1, day: 1)!, to: nil)], mappingFile: "m.csv")

    /// Eight one-line files of 2015-03-01 … 03-08.
    static func file(_ i: Int) -> (name: String, data: Data) {
        let stamp = "201503" + String(format: "%02d", i + 1)
        return ("china_sites_\(stamp).csv", Data("date,hour,type,2601A\n\(stamp),1,PM10,80\n".utf8))
    }

    func run(readAhead: Bool) throws -> [Log.Event] {
        let log = Log()
        let caller = pthread_self()
        let staging = RecordingStaging(log: log, caller: caller)
        staging.waitForNext = readAhead
        _ = try NationalStagedImport.read(
            fileCount: 8,
            file: { i in
                log.add(.read(i, callingThread: pthread_equal(pthread_self(), caller) != 0))
                return Self.file(i)
            }, book: Self.book, staging: staging, readAhead: readAhead)
        return log.events
    }

    @Test func withReadAheadBothThreadsReadAndFilesAreAskedForBoundedAhead() throws {
        let events = try run(readAhead: true)
        var reads: [Int] = [], staged: [Int] = []
        for e in events {
            switch e {
            case .read(let i, _):
                // Whichever thread asks (D-180), file i is asked for only once file i−2 was taken, which is after
                // file i−3 was staged (the exact bound is `NationalSharedReadsTests`'; taking a file and logging its
                // staging race, so the log can show only this).
                #expect(staged.count >= i - 2, "file \(i) was asked for while file \(i - 3) was not yet staged")
                reads.append(i)
            case .stageBegan(let i, let onCaller):
                #expect(onCaller)
                #expect(i == staged.count && reads.contains(i))
            case .stageEnded(let i):
                staged.append(i)
            }
        }
        #expect(reads.sorted() == Array(0..<8) && staged == Array(0..<8))
        // Both threads worked at once: each file's staging waits (up to 5 s) for the next file to be asked for,
        // which, while the calling thread stages, only the second thread can do.
        #expect(events.contains { if case .read(_, callingThread: false) = $0 { true } else { false } })
        for i in 0..<7 {
            let read = try #require(events.firstIndex { if case .read(i + 1, _) = $0 { true } else { false } })
            let ended = try #require(events.firstIndex(of: .stageEnded(i)))
            #expect(read < ended)
        }
    }

    @Test func withoutReadAheadEveryFileIsReadOnTheCallingThreadAfterTheOneBeforeIsStaged() throws {
        let events = try run(readAhead: false)
        let expected: [Log.Event] = (0..<8).flatMap { i -> [Log.Event] in
            [.read(i, callingThread: true), .stageBegan(i, callingThread: true), .stageEnded(i)]
        }
        #expect(events == expected)
    }

    /// An error the closure throws for file i (an unreadable file) stops the import there, after files before it
    /// were staged, and the import waits for the file read ahead before it returns.
    @Test func anErrorOfTheClosureStopsAtItsFileInOrder() throws {
        struct Unreadable: Error, Equatable { var index: Int }
        let log = Log()
        let staging = RecordingStaging(log: log, caller: pthread_self())
        #expect(throws: Unreadable(index: 3)) {
            _ = try NationalStagedImport.read(
                fileCount: 8,
                file: { i in
                    log.add(.read(i, callingThread: false))
                    if i == 3 { throw Unreadable(index: i) }
                    return Self.file(i)
                }, book: Self.book, staging: staging, readAhead: true)
        }
        let events = log.events
        #expect(events.filter { if case .stageEnded = $0 { true } else { false } } == [.stageEnded(0), .stageEnded(1), .stageEnded(2)])
        // Nothing is asked for after the import returned: at most file 4 was read ahead.
        let asked = events.compactMap { if case .read(let i, _) = $0 { i } else { nil } }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(log.events == events && asked.max()! <= 4)
    }
}
