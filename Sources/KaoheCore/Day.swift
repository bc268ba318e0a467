/// A calendar day without time or time zone, as written in the templates.
///
/// Report dates, filing dates and publication dates are days in the city's own calendar; carrying them as
/// `Date` would invite time-zone shifts at midnight, so they are plain year/month/day values.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Returns nil when the combination is not a real day (2015-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    /// ISO 8601 form, `2014-12-30`.
    public var description: String {
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            // Written digit by digit: monitoring imports format millions of days.
            return String(unsafeUninitializedCapacity: 10) { out in
                func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: 48 + n) }
                out[0] = digit(year / 1000)
                out[1] = digit(year / 100 % 10)
                out[2] = digit(year / 10 % 10)
                out[3] = digit(year % 10)
                out[4] = UInt8(ascii: "-")
                out[5] = digit(month / 10)
                out[6] = digit(month % 10)
                out[7] = UInt8(ascii: "-")
                out[8] = digit(day / 10)
                out[9] = digit(day % 10)
                return 10
            }
        }
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 0001-01-01 in the proleptic Gregorian calendar; differences give day counts.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The day `ordinal` days after 0001-01-01; `ordinal` must lie within `Day.first`…`Day.last` (input goes
    /// through `adding(checkedDays:)`, which checks).
    public init(ordinal: Int) {
        precondition((0...3_652_058).contains(ordinal), "day ordinal outside 0001-01-01…9999-12-31")
        var y = 1 + ordinal / 366
        while y < 9999, Day(year: y + 1, month: 1, day: 1)!.ordinal <= ordinal { y += 1 }
        var rest = ordinal - Day(year: y, month: 1, day: 1)!.ordinal
        var m = 1
        while rest >= Day.daysIn(month: m, year: y) {
            rest -= Day.daysIn(month: m, year: y)
            m += 1
        }
        self.year = y
        self.month = m
        self.day = rest + 1
    }

    /// Whole days from `self` to `other`; positive when `other` is later.
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// The day `n` days later (earlier when negative), or nil when it falls outside 0001-01-01…9999-12-31,
    /// the calendar `Day` covers; every duration read from input is added through this.
    public func adding(checkedDays n: Int) -> Day? {
        let (target, overflow) = ordinal.addingReportingOverflow(n)
        guard !overflow, (Day.first.ordinal...Day.last.ordinal).contains(target) else { return nil }
        return Day(ordinal: target)
    }

    /// The first and last days `Day` can hold.
    public static let first = Day(year: 1, month: 1, day: 1)!
    public static let last = Day(year: 9999, month: 12, day: 31)!

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

extension Day {
    /// Parses the ISO form written by `description` (`2014-12-30`); nil for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
