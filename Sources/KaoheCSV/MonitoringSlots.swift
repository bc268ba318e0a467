import Foundation
import KaoheCore

// Where the monitoring importer keeps its daily sums (issue 14 goal 4, D-162): one 40-byte record per station and
// day in fixed blocks that never move, an index of one small page per station and month, and at the end one list of
// block addresses in station and day order instead of a sorted copy, so a 2 GB file's 1.83 M station-days are held
// once, without a hash table of them or a second array.

/// One station's running sums for one day, in units of 10⁻⁹ μg/m³ (exact).
///
/// 40 bytes: the day and the two dust flags share one word, so a year of 5,000 stations is 73 MB.
struct DaySlot {
    /// Sums in units of 10⁻⁹ μg/m³, exact.
    var pm10Sum: Int64 = 0
    var pm25Sum: Int64 = 0
    /// Bit h set when the hour h:00–(h+1):00 was seen (whatever the labels); bit 24 for a daily row.
    var seen: UInt32 = 0
    /// The same, only for rows with a value of the pollutant (R-24a merges by these).
    var pm10Mask: UInt32 = 0
    var pm25Mask: UInt32 = 0
    var station: Int32
    /// The first line of the file with a row of this day.
    var line: Int32
    /// `year << 9 | month << 5 | day`, with bit 30 the dust flag and bit 31 "a dust cell was filled in".
    private var packed: UInt32

    init(station: Int32, line: Int32, year: UInt16, month: UInt8, day: UInt8) {
        self.station = station
        self.line = line
        packed = UInt32(KaoheCSV.dayKey(Int(year), Int(month), Int(day)))
    }

    /// The day as `year << 9 | month << 5 | day`: its order is the days' order.
    var dayKey: UInt32 { packed & 0x00FF_FFFF }
    var year: UInt16 { UInt16(truncatingIfNeeded: dayKey >> 9) }
    var month: UInt8 { UInt8(truncatingIfNeeded: (dayKey >> 5) & 0xF) }
    var day: UInt8 { UInt8(truncatingIfNeeded: dayKey & 0x1F) }
    /// Whether any row of the day was marked as dust.
    var dust: Bool {
        get { packed & Self.dustBit != 0 }
        set { packed = newValue ? packed | Self.dustBit : packed & ~Self.dustBit }
    }
    /// Whether any row of the day had a dust cell filled in.
    var dustGiven: Bool {
        get { packed & Self.dustGivenBit != 0 }
        set { packed = newValue ? packed | Self.dustGivenBit : packed & ~Self.dustGivenBit }
    }
    private static let dustBit: UInt32 = 1 << 30
    private static let dustGivenBit: UInt32 = 1 << 31

    mutating func add(bit: UInt32, pm10: Int64?, pm25: Int64?, dust: Bool?) {
        seen |= bit
        if let pm10 {
            pm10Sum += pm10
            pm10Mask |= bit
        }
        if let pm25 {
            pm25Sum += pm25
            pm25Mask |= bit
        }
        if let dust {
            dustGiven = true
            if dust { self.dust = true }
        }
    }
}

/// `year << 9 | month << 5 | day`, the order of days; a year up to 16,383 fits.
func dayKey(_ year: Int, _ month: Int, _ day: Int) -> Int { year << 9 | month << 5 | day }

/// Address bits of the slot within its block: 32,768 slots (1.25 MiB) a block.
let slotBlockShift = 15
let slotBlockSize = 1 << slotBlockShift

/// The day slots of one reader, appended in fixed blocks that never move or get copied.
///
/// A slot's number is its address (`block << slotBlockShift | offset`) and a pointer to it stays valid while the
/// store (or the table that takes its blocks) lives; growing costs one new block, never a copy of the old ones, so
/// there is no moment when a growing array is held twice. Not thread-safe; one per reader.
final class DaySlotStore {
    private(set) var blocks: [UnsafeMutablePointer<DaySlot>] = []
    /// Slots appended.
    private(set) var count = 0

    deinit { for b in blocks { b.deallocate() } }

    /// Appends `slot`; returns its number and where it lives.
    func append(_ slot: DaySlot) -> (Int, UnsafeMutablePointer<DaySlot>) {
        let offset = count & (slotBlockSize - 1)
        if offset == 0 { blocks.append(UnsafeMutablePointer<DaySlot>.allocate(capacity: slotBlockSize)) }
        let p = blocks[blocks.count - 1] + offset
        p.initialize(to: slot)
        count += 1
        return (count - 1, p)
    }

    subscript(i: Int) -> UnsafeMutablePointer<DaySlot> { blocks[i >> slotBlockShift] + (i & (slotBlockSize - 1)) }

    /// Hands the blocks over to a table, which frees them; the store is empty afterwards.
    func surrender() -> [UnsafeMutablePointer<DaySlot>] {
        defer {
            blocks = []
            count = 0
        }
        return blocks
    }
}

/// Which slot holds a station's day: one page of 31 entries per station and month, found through a small map.
///
/// Four bytes per day of a month with data, instead of a hash table entry per station-day (a 2 GB file's 1.83 M
/// station-days took about 50 MB of dictionary per parser): for 5,000 stations × 12 months it is 7.4 MB and the map
/// has 60,000 entries, consulted only when the month changes. A file with one day a month per station costs 124
/// bytes a station-day, still growing with station-days, never with rows.
final class DaySlotIndex {
    /// (station, year, month) → page number.
    private var pages: [UInt64: Int32] = [:]
    /// Slot number + 1 for each day of each page; 0 when the day has no slot yet.
    private var entries = GrowableBuffer<UInt32>(capacity: 31 * 256)
    private var lastPageKey: UInt64 = .max
    private var lastPage = 0
    private static let emptyPage = [UInt32](repeating: 0, count: 31)

    deinit { entries.free() }

    /// The entry of the station's day: 0 when it has no slot yet, else its slot number + 1 (set it when adding one).
    func entry(_ station: Int32, _ year: Int, _ month: Int, _ day: Int) -> UnsafeMutablePointer<UInt32> {
        let key = UInt64(UInt32(bitPattern: station)) << 32 | UInt64(year << 4 | month)
        if key != lastPageKey {
            if let known = pages[key] {
                lastPage = Int(known)
            } else {
                lastPage = entries.count / 31
                pages[key] = Int32(lastPage)
                Self.emptyPage.withUnsafeBufferPointer { entries.append($0.baseAddress!, count: 31) }
            }
            lastPageKey = key
        }
        return entries.base + lastPage * 31 + (day - 1)
    }
}

/// Station-days in station and day order: the blocks of every reader, and their addresses in that order.
///
/// Immutable once built, so it is shared by copies of `MonitoringData` and read from the store's preparing thread.
final class DaySlotTable: @unchecked Sendable {
    private let blocks: [UnsafeMutablePointer<DaySlot>]
    /// Slot addresses (`block << slotBlockShift | offset`) in station (by code) and day order.
    let order: [UInt32]

    deinit { for b in blocks { b.deallocate() } }

    /// Takes `stores`' blocks and orders their slots, whose `station` numbers index `stations`; a station-day found
    /// in more than one store is joined into one slot, or nil is returned when two stores saw one of its hours.
    ///
    /// The order is made by counting the slots of each station (by rank of code) and placing their addresses, then
    /// sorting each station's few hundred addresses by day — already in order for a file written in time order.
    init?(taking stores: [DaySlotStore], stations: [String]) {
        let counts = stores.map(\.count)
        var blocks: [UnsafeMutablePointer<DaySlot>] = []
        var firstBlock: [Int] = []
        for s in stores {
            firstBlock.append(blocks.count)
            blocks += s.surrender()
        }
        let rank = stations.indices.sorted { stations[$0] < stations[$1] }.enumerated()
            .reduce(into: [Int](repeating: 0, count: stations.count)) { $0[$1.element] = $1.offset }
        // Where each station's addresses start, by rank.
        var start = [Int](repeating: 0, count: stations.count + 1)
        func forEach(_ body: (UInt32, UnsafeMutablePointer<DaySlot>) -> Void) {
            for (k, n) in counts.enumerated() {
                let base = firstBlock[k] << slotBlockShift
                for i in 0..<n {
                    let p = blocks[firstBlock[k] + (i >> slotBlockShift)] + (i & (slotBlockSize - 1))
                    body(UInt32(base + i), p)
                }
            }
        }
        forEach { _, p in start[rank[Int(p.pointee.station)] + 1] += 1 }
        for r in 0..<stations.count { start[r + 1] += start[r] }
        var next = start
        var order = [UInt32](repeating: 0, count: start[stations.count])
        forEach { address, p in
            let r = rank[Int(p.pointee.station)]
            order[next[r]] = address
            next[r] += 1
        }
        func slot(_ a: UInt32) -> UnsafeMutablePointer<DaySlot> {
            blocks[Int(a) >> slotBlockShift] + (Int(a) & (slotBlockSize - 1))
        }
        var kept = 0
        for r in 0..<stations.count {
            let range = start[r]..<start[r + 1], first = kept
            order[range].sort { slot($0).pointee.dayKey < slot($1).pointee.dayKey }
            for i in range {
                if kept > first, slot(order[kept - 1]).pointee.dayKey == slot(order[i]).pointee.dayKey {
                    // The same station-day from another reader (D-101): joined, or the careful path decides.
                    guard let joined = slot(order[kept - 1]).pointee.joined(with: slot(order[i]).pointee) else {
                        for b in blocks { b.deallocate() }  // a failed initializer runs no deinit
                        return nil
                    }
                    slot(order[kept - 1]).pointee = joined
                } else {
                    order[kept] = order[i]
                    kept += 1
                }
            }
        }
        order.removeLast(order.count - kept)
        self.blocks = blocks
        self.order = order
    }

    /// The slot at position `i` of the order.
    subscript(i: Int) -> DaySlot {
        let a = Int(order[i])
        return blocks[a >> slotBlockShift][a & (slotBlockSize - 1)]
    }
}
