import Foundation

/// The six pollutants of the national network that the composite index uses (R-24b, R-24c).
///
/// CO is in mg/m³, the others in μg/m³, as the national files publish them.
public enum NationalPollutant: String, Sendable, Hashable, CaseIterable, Comparable {
    case so2 = "SO2"
    case no2 = "NO2"
    case pm10 = "PM10"
    case pm25 = "PM2.5"
    case co = "CO"
    case o3 = "O3"

    /// The unit the national files use for this pollutant.
    public var unit: String { self == .co ? "mg/m³" : "μg/m³" }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One hour of the national files placed on the natural day it belongs to (R-24a).
///
/// The network labels an hour by its end, so `hour` runs 1…24: hour 24 of day D is the value the file of
/// D+1 labels hour 0 (the mean of 23:00–24:00 of D).
public struct EndLabelledHour: Sendable, Hashable {
    public var day: Day
    /// The hour's end, 1…24.
    public var hour: Int

    public init(day: Day, hour: Int) {
        self.day = day
        self.hour = hour
    }

    /// The natural day and end hour for a row of the file of `fileDay` labelled `label` (0…23, R-24a).
    ///
    /// Label 0 is hour 24 of the previous day; labels 1…23 are that hour of `fileDay`. Nil when the label
    /// is outside 0…23.
    public init?(fileDay: Day, label: Int) {
        guard (0...23).contains(label) else { return nil }
        if label == 0 {
            self.init(day: fileDay.adding(days: -1), hour: 24)
        } else {
            self.init(day: fileDay, hour: label)
        }
    }
}

/// One hour of SO2, NO2, CO or O3 from a national file for a unit's station, with where it was read (D-73).
public struct NationalStoredHour: Sendable, Hashable {
    public var station: String
    public var areaCode: String
    public var pollutant: NationalPollutant
    public var hour: EndLabelledHour
    public var value: Decimal
    /// The file, line and column it was read from (for a conflict message); empty when read from the store.
    public var file: String
    public var line: Int
    public var column: Int

    public init(
        station: String, areaCode: String, pollutant: NationalPollutant, hour: EndLabelledHour, value: Decimal,
        file: String = "", line: Int = 0, column: Int = 0
    ) {
        self.station = station
        self.areaCode = areaCode
        self.pollutant = pollutant
        self.hour = hour
        self.value = value
        self.file = file
        self.line = line
        self.column = column
    }
}

