import Foundation

extension NationalPollutant {
    /// The pollutant's place in `allCases` (0…5), the order the merge and the store sort pollutants in.
    public var rank: Int {
        switch self {
        case .so2: 0
        case .no2: 1
        case .pm10: 2
        case .pm25: 3
        case .co: 4
        case .o3: 5
        }
    }
}

/// One station-day's kept hours of the six pollutants, each with where it was read: the unit a national import
/// stages (D-164).
///
/// Staging a station-day as one block instead of one row per hour makes a file of 1,500 stations ~3,000 staged
/// rows instead of ~216,000. Slot `rank × 24 + hour − 1` holds the end-labelled hour `hour` (1…24, R-24a) of
/// the pollutant of that rank; `masks[rank]` has bit `hour − 1` set for every hour present.
public struct NationalDayHours: Sendable, Equatable {
    /// One kept hour: the value as written (CO mg/m³, others μg/m³), the file (an index the stager gives
    /// meaning to), and the line and column of its cell.
    public struct Entry: Sendable, Equatable {
        public var value: Decimal
        public var file: Int
        public var line: Int
        public var column: Int

        public init(value: Decimal, file: Int, line: Int, column: Int) {
            self.value = value
            self.file = file
            self.line = line
            self.column = column
        }
    }

    /// Slots per pollutant: the end hours 1…24.
    public static let hoursPerDay = 24
    /// Every slot of the six pollutants.
    public static let slotCount = 6 * hoursPerDay

    /// Which end hours each pollutant has, by rank (bit h−1 for hour h).
    public private(set) var masks: [UInt32] = Array(repeating: 0, count: 6)
    /// The hours' values and places by slot; nil where absent, or where present but not decoded (a reader may
    /// ask the stager for some pollutants' values only; the masks are always complete).
    public private(set) var entries: [Entry?] = Array(repeating: nil, count: slotCount)

    public init() {}

    /// The slot of a pollutant's end hour (1…24).
    public static func slot(_ pollutant: NationalPollutant, hour: Int) -> Int { pollutant.rank * hoursPerDay + hour - 1 }

    /// Sets a present hour's entry (`entry` nil: present, value not decoded).
    public mutating func set(slot: Int, _ entry: Entry?) {
        masks[slot / Self.hoursPerDay] |= 1 << UInt32(slot % Self.hoursPerDay)
        entries[slot] = entry
    }

    /// Whether the slot's hour is present.
    public func has(slot: Int) -> Bool { masks[slot / Self.hoursPerDay] & (1 << UInt32(slot % Self.hoursPerDay)) != 0 }

    /// A pollutant's decoded hours, end hour → value.
    public func hours(_ pollutant: NationalPollutant) -> [Int: Decimal] {
        var out: [Int: Decimal] = [:]
        let base = pollutant.rank * Self.hoursPerDay
        for h in 0..<Self.hoursPerDay {
            if let e = entries[base + h] { out[h + 1] = e.value }
        }
        return out
    }

    /// Whether the day has at least one valid daily value (R-24, R-24b), from which hours are present alone: a
    /// pollutant with 20 or more hours (its daily mean), or O3 with 14 or more of the 17 windows ending 08:00…24:00
    /// holding 6 or more hours (its maximum 8-hour mean). The same answer as `NationalStationDay.reduce`'s
    /// `!means.isEmpty || ozoneMax8h != nil`, without the arithmetic (`NationalDayHoursTests` compares them).
    public var hasValidValue: Bool { masks.withUnsafeBufferPointer(Self.hasValidValue(masks:)) }

    /// `hasValidValue` of a station-day whose pollutants have the hours of `masks` (by rank, bit h−1 for hour h).
    public static func hasValidValue(masks: UnsafeBufferPointer<UInt32>) -> Bool {
        for mask in masks where mask.nonzeroBitCount >= NationalDaily.minimumHours { return true }
        let ozone = masks[NationalPollutant.o3.rank]
        var windows = 0
        for end in 8...24 {
            // Hours end−7…end are bits end−8…end−1.
            let window = (ozone >> UInt32(end - 8)) & 0xFF
            if window.nonzeroBitCount >= NationalDaily.minimumHoursPerWindow { windows += 1 }
        }
        return windows >= NationalDaily.minimumWindows
    }
}
