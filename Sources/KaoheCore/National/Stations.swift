import Foundation

/// One station of the national station list (监测点列表).
public struct NationalStation: Sendable, Hashable {
    public var code: String
    public var name: String
    public var city: String
    /// Longitude and latitude in degrees; nil when the list writes `-`.
    public var longitude: Decimal?
    public var latitude: Decimal?
    /// `对照点 = Y`: a background station, never an assessment station.
    public var isBackground: Bool

    public init(code: String, name: String, city: String, longitude: Decimal?, latitude: Decimal?, isBackground: Bool) {
        self.code = code
        self.name = name
        self.city = city
        self.longitude = longitude
        self.latitude = latitude
        self.isBackground = isBackground
    }
}

/// One row of the city's station-to-unit mapping: a station counts for a unit from one day to another.
public struct StationAssignment: Sendable, Hashable {
    public var station: String
    public var unit: String
    public var from: Day
    /// The last day, inclusive; nil while it still holds.
    public var to: Day?
    /// The line of the mapping file it came from, for messages (0 when not from a file).
    public var line: Int = 0
    /// The column of its station code in that file (1-based; 0 when not from a file).
    public var column: Int = 0

    public init(station: String, unit: String, from: Day, to: Day?, line: Int = 0, column: Int = 0) {
        self.station = station
        self.unit = unit
        self.from = from
        self.to = to
        self.line = line
        self.column = column
    }

    /// Whether the assignment holds on `day`.
    public func holds(on day: Day) -> Bool { from <= day && to.map { day <= $0 } ?? true }
}

/// The station lists in force over time and the station-to-unit mapping an import of national files uses
/// (D-121).
///
/// A list takes effect on its day and holds until a later one does; of two lists of the same day the one
/// recorded later counts (a re-import is a new version, the old one kept). Given files (`kaohe national
/// import --stations --mapping`) make a book of one list in force from the earliest day.
public struct NationalStationBook: Sendable {
    /// Lists in the order they take effect (same day: in the order recorded), each with its effective day.
    public var lists: [(effective: Day, file: String, stations: [NationalStation])]
    public var mapping: [StationAssignment]
    /// Where the mapping came from, for messages.
    public var mappingFile: String
    private var byCode: [[String: NationalStation]]
    private var assignments: [String: [StationAssignment]]

    public init(lists: [(effective: Day, file: String, stations: [NationalStation])], mapping: [StationAssignment], mappingFile: String) {
        let ordered = lists.enumerated().sorted { ($0.element.effective, $0.offset) < ($1.element.effective, $1.offset) }.map(\.element)
        self.lists = ordered
        self.mapping = mapping
        self.mappingFile = mappingFile
        self.byCode = ordered.map { Dictionary($0.stations.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }) }
        self.assignments = Dictionary(grouping: mapping, by: \.station)
    }

    /// A book of one list in force from the earliest day (files given on the command line).
    public init(list: [NationalStation], listFile: String, mapping: [StationAssignment], mappingFile: String) {
        self.init(lists: [(Day.first, listFile, list)], mapping: mapping, mappingFile: mappingFile)
    }

    /// The index of the list in force on `day`: the last to take effect on or before it; nil before the first.
    public func listIndex(on day: Day) -> Int? {
        lists.lastIndex { $0.effective <= day }
    }

    /// The stations of the list in force on `day`, by code; nil when no list is in force yet.
    public func stations(on day: Day) -> [String: NationalStation]? {
        listIndex(on: day).map { byCode[$0] }
    }

    /// A station as any list names it, the latest list first (for checks that need no day).
    public func anyStation(_ code: String) -> NationalStation? {
        for list in byCode.reversed() { if let s = list[code] { return s } }
        return nil
    }

    /// Whether `station` is mapped to a unit on some day.
    public func isMapped(_ station: String) -> Bool { assignments[station] != nil }

    /// The unit `station` counts for on `day`, or nil.
    public func unit(of station: String, on day: Day) -> String? {
        assignments[station]?.first { $0.holds(on: day) }?.unit
    }
}
