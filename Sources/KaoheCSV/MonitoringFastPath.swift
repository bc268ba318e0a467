import Foundation
import KaoheCore

// The monitoring importer's hot path: the per-row state and the byte-level cell readers (the day slots are in
// MonitoringSlots.swift). Internal (not private) only so `MonitoringImporter` in MonitoringImporter.swift can use them.

let scale: Int64 = 1_000_000_000
let dailyBit: UInt32 = PollutantPart.dailyBit

/// The key of a station's day in the slot index.
func slotKey(_ station: Int32, _ year: Int, _ month: Int, _ day: Int) -> UInt64 {
    UInt64(UInt32(bitPattern: station)) << 32 | UInt64(dayKey(year, month, day))
}

/// The importer's per-row state: the column layout, what the previous row established (its station, unit,
/// day and day slot).
///
/// A struct behind a pointer, holding the previous row's slot as a pointer, so the hot path — `fastRow`, taken
/// by nearly every row — costs no class exclusivity check, retain, release or array uniqueness check.
struct RowState {
    var ready = false
    var station = 0, area = 0, time = 0, width = 0
    /// Columns of the pollutants and the dust flag; -1 when the file has none.
    var pm10 = -1, pm25 = -1, dust = -1
    var hourly = false
    /// Whether hour labels name the end of the hour (R-24a, the default) rather than its start.
    var hourEnding = true
    /// Data rows read (the header not counted).
    var rows = 0

    /// The previous row's station (its number, and its code and unit as written) once it passed every check.
    var lastStationID: Int32 = -1
    var lastStation = GrowableBuffer<UInt8>(capacity: 32)
    var lastArea = GrowableBuffer<UInt8>(capacity: 32)
    var lastDayKey: (UInt64, UInt16) = (0, 0)
    var lastDay: (year: Int, month: Int, day: Int) = (0, 0, 0)
    var lastSlotKey: UInt64 = .max
    /// The previous row's day slot (slots never move, D-162); nil before the first.
    var lastSlot: UnsafeMutablePointer<DaySlot>? = nil

    mutating func setLayout(
        station: Int, area: Int, time: Int, hourly: Bool, pm10: Int?, pm25: Int?, dust: Int?, width: Int
    ) {
        self.station = station
        self.area = area
        self.time = time
        self.hourly = hourly
        self.pm10 = pm10 ?? -1
        self.pm25 = pm25 ?? -1
        self.dust = dust ?? -1
        self.width = width
        ready = true
    }

    /// Takes a row of the previous row's station and day whose cells are all plainly written; false leaves the
    /// row untouched for the importer's careful path, which also finds and explains any problem.
    ///
    /// What it accepts, the careful path accepts with the same result: it is a shortcut, not a second parser.
    mutating func fastRow(_ r: CSVRawRecord) -> Bool {
        guard ready, r.count == width, lastStationID >= 0, lastStation.equals(trimmed(r, station)),
            lastArea.equals(trimmed(r, area))
        else { return false }
        let when = trimmed(r, time)
        let bit: UInt32
        let day: (year: Int, month: Int, day: Int)
        if hourly {
            // 00:00 under hour-ending labels belongs to the day before: the careful path maps it.
            guard let (d, h) = plainHour(when), h > 0 || !hourEnding else { return false }
            day = d
            bit = 1 << UInt32(hourEnding ? h - 1 : h)
        } else {
            guard when.count == 10, let d = isoDay(when) else { return false }
            day = d
            bit = dailyBit
        }
        guard slotKey(lastStationID, day.year, day.month, day.day) == lastSlotKey else { return false }
        var values: (Int64?, Int64?) = (nil, nil)
        if pm10 >= 0 {
            let f = trimmed(r, pm10)
            if !f.isEmpty {
                guard let v = plainDecimal(f) else { return false }
                values.0 = v
            }
        }
        if pm25 >= 0 {
            let f = trimmed(r, pm25)
            if !f.isEmpty {
                guard let v = plainDecimal(f) else { return false }
                values.1 = v
            }
        }
        var dusty: Bool? = nil
        if dust >= 0 {
            let f = trimmed(r, dust)
            if !f.isEmpty {
                guard let v = plainYesNo(f) else { return false }
                dusty = v
            }
        }
        guard let slot = lastSlot, slot.pointee.seen & bit == 0 else { return false }
        slot.pointee.add(bit: bit, pm10: values.0, pm25: values.1, dust: dusty)
        rows += 1
        return true
    }

    /// `YYYY-MM-DD HH:00`, `YYYY-MM-DDTHH:00` or either with `:00` seconds: the day and hour.
    mutating func plainHour(_ f: UnsafeRawBufferPointer) -> (day: (year: Int, month: Int, day: Int), hour: Int)? {
        guard f.count == 16 || f.count == 19, f[10] == 0x20 || f[10] == 0x54, let d = isoDay(f),
            let h = twoDigits(f, 11), h < 24, f[13] == 0x3A, twoDigits(f, 14) == 0,
            f.count == 16 || (f[16] == 0x3A && twoDigits(f, 17) == 0)
        else { return nil }
        return (d, h)
    }

    /// `YYYY-MM-DD` at the start of `f`, a real day, remembered for the next row of the same day.
    mutating func isoDay(_ f: UnsafeRawBufferPointer) -> (year: Int, month: Int, day: Int)? {
        let key = (f.loadUnaligned(as: UInt64.self), f.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        if key == lastDayKey { return lastDay }
        guard f[4] == 0x2D, f[7] == 0x2D, let y1 = twoDigits(f, 0), let y2 = twoDigits(f, 2), let m = twoDigits(f, 5),
            let d = twoDigits(f, 8), Day(year: y1 * 100 + y2, month: m, day: d) != nil
        else { return nil }
        lastDayKey = key
        lastDay = (y1 * 100 + y2, m, d)
        return lastDay
    }
}

/// The bytes of field `i` without surrounding ASCII spaces and tabs; empty when the row is short.
func trimmed(_ r: CSVRawRecord, _ i: Int) -> UnsafeRawBufferPointer {
    guard i < r.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    let f = r.field(i)
    var lo = 0, hi = f.count
    while lo < hi, f[lo] == 0x20 || f[lo] == 0x09 { lo += 1 }
    while hi > lo, f[hi - 1] == 0x20 || f[hi - 1] == 0x09 { hi -= 1 }
    return lo == 0 && hi == f.count ? f : UnsafeRawBufferPointer(rebasing: f[lo..<hi])
}

/// ASCII digits with at most one point, within range and 9 places, as 10⁻⁹ units; nil sends the cell to
/// the careful parser, which also explains what is wrong.
func plainDecimal(_ f: UnsafeRawBufferPointer) -> Int64? {
    var integer: Int64 = 0
    var fraction: Int64 = 0
    var places = -1
    var digits = 0
    for b in f {
        if b == 0x2E {
            guard places < 0 else { return nil }
            places = 0
        } else if b &- 0x30 < 10 {
            if places >= 0 {
                places += 1
                guard places <= MonitoringFile.maximumDecimalPlaces else { return nil }
                fraction = fraction * 10 + Int64(b &- 0x30)
            } else {
                digits += 1
                guard digits <= 6 else { return nil }
                integer = integer * 10 + Int64(b &- 0x30)
            }
        } else {
            return nil
        }
    }
    let limit = Int64(MonitoringFile.maximumConcentration)
    guard digits > 0 || places > 0, integer < limit || (integer == limit && fraction == 0) else { return nil }
    return integer * scale + fraction * pow10(MonitoringFile.maximumDecimalPlaces - max(places, 0))
}

/// 10ⁿ for 0 ≤ n ≤ 9.
func pow10(_ n: Int) -> Int64 {
    var p: Int64 = 1
    for _ in 0..<n { p &*= 10 }
    return p
}

/// The usual spellings of the dust flag — 是/否, 1/0, Y/N, y/n — or nil for the careful parser.
func plainYesNo(_ f: UnsafeRawBufferPointer) -> Bool? {
    if f.count == 1 {
        switch f[0] {
        case 0x30, 0x4E, 0x6E: return false  // 0 N n
        case 0x31, 0x59, 0x79: return true  // 1 Y y
        default: return nil
        }
    }
    guard f.count == 3 else { return nil }
    switch (f[0], f[1], f[2]) {
    case (0xE6, 0x98, 0xAF): return true  // 是
    case (0xE5, 0x90, 0xA6): return false  // 否
    default: return nil
    }
}

func twoDigits(_ f: UnsafeRawBufferPointer, _ at: Int) -> Int? {
    let a = f[at] &- 0x30, b = f[at + 1] &- 0x30
    return a < 10 && b < 10 ? Int(a) * 10 + Int(b) : nil
}
