import Dispatch
import Foundation
import KaoheCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The parallel path of the monitoring import (issue 14, D-101): a file without quotes is split at line
// boundaries into pieces read at once by separate libcsv parsers, one per core, each piece starting on a known
// physical line. Anything the pieces cannot settle alone — a problem in any row, a station or hour met in two
// pieces that disagree, text that is not UTF-8 — gives way to the careful single-parser path over the whole
// file, so what a user sees (values, located errors in file order) is exactly what one parser gives.

/// Which way a monitoring file was read.
public enum MonitoringReadPath: Equatable, Sendable {
    /// Split at line boundaries and read by several libcsv parsers at once.
    case parallel
    /// Read by one parser from start to end, and why.
    case careful(CarefulReason)
}

/// Why a monitoring file was read by one parser.
public enum CarefulReason: String, Sendable {
    /// The caller asked for one parser (standard input, a workbook, a benchmark), or there is one core.
    case requested
    /// The file holds a quote: a quoted field may span lines, so lines are not records.
    case quotes
    /// The first line is not a complete header naming the columns the rows need.
    case header
    /// The text is not UTF-8 (GB18030, UTF-16): the encoding is sniffed from the start of the file.
    case encoding
    /// A row problem or broken CSV: one parser finds and locates every problem in file order.
    case problems
    /// A station's unit, the case of its code or one of its hours disagrees between two pieces.
    case acrossPieces
    /// A line longer than the pieces' limit, or no data row at all.
    case shape
}

extension MonitoringFile {
    /// Reads a monitoring file with several parsers when it can and one otherwise; the daily values and
    /// diagnostics are the same either way (D-101).
    ///
    /// `source` feeds the file's bytes in order to the sink it is given and stops early when the sink returns
    /// false; it is called a second time, from the start, when the parallel pass gives way to the careful one.
    /// Throws `DiagnosticsError` for the file's problems, and whatever `source` throws.
    public static func read(
        fileName: String, knownAreas: Set<String>, hourLabel: HourLabel = .end, years: ClosedRange<Int>? = nil, today: Day? = nil,
        parallel: Bool = true, workers: Int = ProcessInfo.processInfo.activeProcessorCount, progress: ((Int) -> Void)? = nil,
        source: ((Data) throws -> Bool) throws -> Void
    ) throws -> (data: MonitoringData, path: MonitoringReadPath) {
        var reason = CarefulReason.requested
        if parallel, workers > 1 {
            let reader = ParallelMonitoringReader(
                first: MonitoringImporter(
                    fileName: fileName, knownAreas: knownAreas, hourLabel: hourLabel, years: years, today: today, errorLimit: 100,
                    utf8Only: true),
                workers: workers)
            try source { chunk in
                defer { progress?(reader.linesSent) }
                return reader.feed(chunk)
            }
            if let data = reader.finish() { return (data, .parallel) }
            reason = reader.reason ?? .problems
        }
        let importer = MonitoringImporter(fileName: fileName, knownAreas: knownAreas, hourLabel: hourLabel, years: years, today: today)
        try source { chunk in
            try importer.feed(chunk)
            progress?(importer.rowsRead)
            return true
        }
        return (try importer.finish(), .careful(reason))
    }
}

/// What one piece-reader found: its stations in the order it met them and their day slots.
struct MonitoringSegment {
    var rows: Int
    var isHourly: Bool
    var warnings: [Diagnostic]
    var stations: [String]
    var areas: [String]
    var slots: DaySlotStore
}

/// Hands blocks of the file to piece-readers on their own serial queues and merges what they found.
///
/// The calling thread splits each block after line breaks into one piece per reader and counts the piece's
/// line breaks (LF, CRLF and lone CR once each, as the parser does), so every piece knows its first line.
/// Piece i of every block goes to reader i, at most a few blocks ahead, so memory stays bounded.
final class ParallelMonitoringReader {
    private let readers: [MonitoringImporter]
    private let queues: [DispatchQueue]
    private let room: [DispatchSemaphore]
    private let group = DispatchGroup()
    private let failed = Flag()
    private var carry = Data()
    /// The physical line the first byte of `carry` is on.
    private var line = 1
    private var headerRead = false
    private var headerWarnings = 0
    /// Lines handed to the readers so far, the header's included: the rows for a progress display.
    var linesSent: Int { line - 1 }
    /// Why the file must be read by one parser; nil while the parallel pass holds.
    private(set) var reason: CarefulReason?

    /// Longest text without a line break held between blocks: a row is a few hundred bytes.
    static let carryLimit = 1 << 23
    /// Pieces a reader may have waiting.
    static let depth = 4

    init(first: MonitoringImporter, workers: Int) {
        readers = [first] + (1..<max(workers, 1)).map { _ in MonitoringImporter(continuing: first) }
        queues = readers.indices.map { DispatchQueue(label: "kaohe.monitoring.piece\($0)") }
        room = readers.indices.map { _ in DispatchSemaphore(value: Self.depth) }
    }

    deinit { group.wait() }

    /// Takes the next block of the file; false once the file must be read by one parser (stop feeding).
    func feed(_ block: Data) -> Bool {
        guard reason == nil else { return false }
        if failed.isSet { return giveWay(.problems) }
        let quoted = block.withUnsafeBytes { b in b.baseAddress.map { memchr($0, 0x22, b.count) != nil } ?? false }
        if quoted { return giveWay(.quotes) }
        if headerRead { return feedAfterHeader(block) }
        var bytes = carry
        bytes.append(block)
        var start = bytes.startIndex
        if !headerRead {
            guard let end = bytes.firstIndex(of: lf) else { return keep(bytes) }
            let first = readers[0]
            // Only UTF-8 is read in pieces; a header in GB18030 sends the file to the sniffing careful path.
            let utf8 = bytes[start...end].withUnsafeBytes { if case .valid = scanUTF8($0) { true } else { false } }
            guard utf8 else { return giveWay(.encoding) }
            first.feedPiece(bytes[start...end], line: 1)
            guard first.readsUTF8 else { return giveWay(.encoding) }
            guard first.isClean else { return giveWay(.problems) }
            guard first.hasLayout else { return giveWay(.header) }
            for r in readers.dropFirst() { r.adoptHeader(of: first) }
            for r in readers { r.parser.trimUnquotedSpaces() }
            headerRead = true
            headerWarnings = first.warningCount
            line = first.parser.currentLine
            start = end + 1
        }
        guard let last = lastLineBreak(bytes, from: start) else { return keep(bytes[start...]) }
        dispatch(bytes[start...last])
        carry = Data(bytes[(last + 1)...])
        return true
    }

    /// Takes a block once the header is read, without copying it: the line the last block left open is
    /// completed by a small piece of its own (the carry and this block's first line), and the block's whole
    /// lines after that are cut into pieces that share its storage.
    private func feedAfterHeader(_ block: Data) -> Bool {
        var start = block.startIndex
        if !carry.isEmpty {
            guard let end = nextLineBreak(block, from: start) else {
                var bytes = carry
                bytes.append(block)
                return keep(bytes)
            }
            var head = carry
            head.append(block[start...end])
            carry = Data()
            send(head, to: 0)
            start = end + 1
        }
        guard let last = lastLineBreak(block, from: start) else { return keep(block[start...]) }
        dispatch(block[start...last])
        carry = Data(block[(last + 1)...])
        return true
    }

    /// Ends the file: the merged daily values, or nil with `reason` set when one parser must read it.
    func finish() -> MonitoringData? {
        if reason == nil, !headerRead { reason = .header }
        if reason == nil, !carry.isEmpty {
            // The last row, without a line break.
            send(carry, to: readers.count - 1)
            carry = Data()
        }
        group.wait()
        guard reason == nil else { return nil }
        for r in readers { r.finishPieces() }
        guard readers.allSatisfy(\.isClean) else { return giveUp(.problems) }
        for r in readers { r.dropSlotIndex() }  // before any slot is copied: memory for a 2 GB file stays low
        let segments = readers.map { $0.takeSegment() }
        // Only the header may warn (unknown columns); anything a row says must come in file order, from one parser.
        let why: CarefulReason? =
            segments[0].warnings.count != headerWarnings || !segments.dropFirst().allSatisfy(\.warnings.isEmpty)
            ? .problems : !segments.contains(where: { $0.rows > 0 }) ? .shape : nil
        if let why { return giveUp(why) }
        guard let merged = merge(segments) else { return giveUp(.acrossPieces) }
        return merged
    }

    private func giveWay(_ why: CarefulReason) -> Bool {
        reason = why
        return false
    }

    private func giveUp(_ why: CarefulReason) -> MonitoringData? {
        reason = why
        return nil
    }

    /// Holds text without a line break for the next block, up to `carryLimit`.
    private func keep(_ bytes: Data) -> Bool {
        guard bytes.count <= Self.carryLimit else { return giveWay(.shape) }
        carry = Data(bytes)
        return true
    }

    /// Splits whole lines into one piece per reader, at the line break nearest each equal share.
    private func dispatch(_ lines: Data) {
        var from = lines.startIndex
        for i in readers.indices {
            guard from < lines.endIndex else { break }
            var to = lines.endIndex
            if i < readers.count - 1 {
                let target = lines.startIndex + (lines.count * (i + 1)) / readers.count
                if target > from, let cut = nextLineBreak(lines, from: target) { to = cut + 1 }
            }
            guard to > from else { continue }
            send(lines[from..<to], to: i)
            from = to
        }
    }

    /// Queues one piece, starting at `line`, on reader `i`'s queue.
    private func send(_ piece: Data, to i: Int) {
        let first = line
        line += piece.withUnsafeBytes(countLineBreaks)
        room[i].wait()
        let reader = Unchecked(readers[i]), room = room[i], failed = failed
        queues[i].async(group: group) {
            if !failed.isSet {
                reader.value.feedPiece(piece, line: first)
                if !reader.value.isClean { failed.set() }
            }
            room.signal()
        }
    }

    /// Joins the readers' findings: stations by code, day slots by station and day; nil when two pieces
    /// disagree (another unit, another case of the code, an hour given twice), which one parser reports.
    ///
    /// The slots stay in the readers' blocks: each reader's station numbers are rewritten to the merged ones in
    /// place, and the table orders their addresses and joins a station-day two readers saw (D-162), so a 2 GB
    /// file's 1.8 M station-days are held once, never copied.
    private func merge(_ segments: [MonitoringSegment]) -> MonitoringData? {
        var ids: [String: Int32] = [:]
        var keys: [String: String] = [:]
        var stations: [String] = []
        var areas: [String] = []
        let rows = segments.reduce(0) { $0 + $1.rows }
        for k in segments.indices {
            var local: [Int32] = []
            for (i, name) in segments[k].stations.enumerated() {
                if let id = ids[name] {
                    guard areas[Int(id)] == segments[k].areas[i] else { return nil }
                    local.append(id)
                    continue
                }
                guard keys.updateValue(name, forKey: name.uppercased()) == nil else { return nil }
                let id = Int32(stations.count)
                ids[name] = id
                stations.append(name)
                areas.append(segments[k].areas[i])
                local.append(id)
            }
            let slots = segments[k].slots
            for i in 0..<slots.count { slots[i].pointee.station = local[Int(slots[i].pointee.station)] }
        }
        guard let table = DaySlotTable(taking: segments.map(\.slots), stations: stations) else { return nil }
        return MonitoringData(
            rows: rows, isHourly: segments[0].isHourly, warnings: segments[0].warnings, stations: stations, areas: areas, table: table)
    }
}

extension DaySlot {
    /// The same station-day seen by another piece-reader added in; nil when both saw one of its hours.
    func joined(with other: DaySlot) -> DaySlot? {
        guard seen & other.seen == 0 else { return nil }
        var j = self
        j.seen |= other.seen
        j.pm10Sum += other.pm10Sum
        j.pm25Sum += other.pm25Sum
        j.pm10Mask |= other.pm10Mask
        j.pm25Mask |= other.pm25Mask
        j.dust = dust || other.dust
        j.dustGiven = dustGiven || other.dustGiven
        j.line = min(line, other.line)
        return j
    }
}

/// Line breaks in `bytes` as the CSV parser counts them: LF, CRLF and a lone CR once each.
///
/// Eight bytes at a time (a zero-byte test on the word XOR-ed with LF); CRs are looked at only when there are any.
func countLineBreaks(_ bytes: UnsafeRawBufferPointer) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let n = bytes.count
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let lfs: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    var count = 0
    var i = 0
    while i + 8 <= n {
        let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ lfs
        // The high bit of each byte of t is set exactly when that byte of x is not zero.
        let t = ((x & low7) &+ low7) | x
        count += (~t & ~low7).nonzeroBitCount
        i += 8
    }
    while i < n {
        if base.load(fromByteOffset: i, as: UInt8.self) == lf { count += 1 }
        i += 1
    }
    var at = 0
    while at < n, let hit = memchr(base + at, 0x0D, n - at) {
        let p = base.distance(to: UnsafeRawPointer(hit))
        if p + 1 >= n || base.load(fromByteOffset: p + 1, as: UInt8.self) != lf { count += 1 }
        at = p + 1
    }
    return count
}

/// The index of the last LF in `data` at or after `from`.
private func lastLineBreak(_ data: Data, from: Data.Index) -> Data.Index? {
    var i = data.endIndex
    while i > from {
        i -= 1
        if data[i] == lf { return i }
    }
    return nil
}

/// The index of the first LF in `data` at or after `from`.
private func nextLineBreak(_ data: Data, from: Data.Index) -> Data.Index? {
    data.withUnsafeBytes { b -> Data.Index? in
        let offset = from - data.startIndex
        guard offset < b.count, let base = b.baseAddress, let hit = memchr(base + offset, Int32(lf), b.count - offset) else { return nil }
        return data.startIndex + base.distance(to: UnsafeRawPointer(hit))
    }
}

/// A flag set once by any thread.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// A value handed to one serial queue at a time; the queue is the only one touching it until the group is waited on.
private struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
