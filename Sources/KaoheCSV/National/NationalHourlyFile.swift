import Foundation
import KaoheCore

/// One hourly value of a kept station, placed on its natural day (R-24a).
public struct NationalHourValue: Sendable, Hashable {
    public var station: String
    public var pollutant: NationalPollutant
    public var hour: EndLabelledHour
    /// mg/m³ for CO, μg/m³ otherwise, exactly as written.
    public var value: Decimal
    /// Where the value was written, so a later conflict can name it.
    public var line: Int
    public var column: Int

    public init(station: String, pollutant: NationalPollutant, hour: EndLabelledHour, value: Decimal, line: Int, column: Int) {
        self.station = station
        self.pollutant = pollutant
        self.hour = hour
        self.value = value
        self.line = line
        self.column = column
    }
}

/// What one national daily file gave: its day, every station column it had, and the kept stations' hours.
public struct NationalFileReading: Sendable, Equatable {
    public var file: String
    public var fileDay: Day
    /// The station code of each value column, by column − 4 (empty for a trailing column without a code).
    var columnStations: [String]
    /// Station codes in the order of the file's header (the set and order change from file to file).
    public var stations: [String] { columnStations.filter { !$0.isEmpty } }
    /// The kept stations' values (`values` gives them one by one, D-179).
    public var kept: NationalKeptCells
    /// The kept values as day blocks, when the staged import asked for them (`NationalFileBlocks`, D-179).
    public var blocks: NationalFileBlocks?
}

extension NationalFileReading {
    /// The kept value `k` as a `NationalHourValue`: the station of its column, its natural day and end hour
    /// (R-24a), and the value of its exact text — the very `Decimal` the careful path makes of the cell, byte for
    /// byte (`NationalFileBlocksTests` compares them), so the in-memory import's arithmetic is as before D-179.
    public func value(at k: Int) -> NationalHourValue {
        let cell = kept.cells[k]
        let text = kept.withText(k) { String(decoding: $0, as: UTF8.self) }
        guard let value = Decimal(exactText: text) else { preconditionFailure("a kept value's text is not a number") }
        return NationalHourValue(
            station: columnStations[Int(cell.column) - 4], pollutant: NationalPollutant.allCases[Int(cell.rank)],
            hour: EndLabelledHour(fileDay: fileDay, label: Int(cell.label))!, value: value, line: Int(cell.line), column: Int(cell.column))
    }

    /// Every kept value, in the file's order (its rows, then its columns).
    public var values: [NationalHourValue] { (0..<kept.count).map(value(at:)) }
}

/// A daily file of the national network's published hourly data, `china_sites_YYYYMMDD.csv` (D-68).
///
/// Header `date,hour,type,` then one column per station code; each row is one hour (0…23, end-labelled,
/// R-24a) and one type. Of the types, `PM2.5, PM10, SO2, NO2, CO, O3` are kept; `AQI`, `O3_8h` and every
/// `*_24h` moving average are checked but not used (daily means are computed from hours, R-24/R-24b).
/// An empty cell or `-` is missing. Decoding is UTF-8 with or without a BOM, else GB18030 (the shared
/// decoder). Every bad cell is reported, located; a file with any error gives no values.
public enum NationalHourlyFile {
    /// Every type the national files carry, in their order.
    public static let types = [
        "AQI", "PM2.5", "PM2.5_24h", "PM10", "PM10_24h", "SO2", "SO2_24h", "NO2", "NO2_24h", "O3", "O3_24h",
        "O3_8h", "O3_8h_24h", "CO", "CO_24h",
    ]

    /// Whether a header row is the national stations format (`date,hour,type,` then station codes).
    public static func isHeader(_ fields: [String]) -> Bool {
        fields.count >= 4 && fields.prefix(3).map { clean($0).lowercased() } == ["date", "hour", "type"]
    }

    /// Whether a file's first bytes are a national daily file's header: `date,hour,type,` (after a BOM and
    /// spaces, any case), so `monitoring import` can tell it from the monitoring template (D-122).
    public static func looksNational(_ prefix: Data) -> Bool {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let head = String(decoding: bytes.prefix(64), as: UTF8.self).lowercased().replacingOccurrences(of: " ", with: "")
        return head.hasPrefix("date,hour,type,")
    }

    /// Whether a file is the national network's city file (`china_cities_YYYYMMDD.csv`): by its name, or by a
    /// header whose columns after `type` are all names rather than station codes (D-124).
    public static func isCitiesFile(name: String, columns: [String]) -> Bool {
        let base = (name.split(separator: "/").last.map(String.init) ?? name).lowercased()
        if base.hasPrefix("china_cities_") { return true }
        let named = columns.filter { !$0.isEmpty }
        return !named.isEmpty && named.allSatisfy { $0.unicodeScalars.contains { !$0.isASCII } }
    }

    /// The day a file name states (`china_sites_20150101.csv` → 2015-01-01), or nil when it states none.
    public static func day(inFileName name: String) -> Day? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard base.hasPrefix("china_sites_"), base.lowercased().hasSuffix(".csv") else { return nil }
        let digits = base.dropFirst("china_sites_".count).dropLast(4)
        return parseCompactDay(String(digits))
    }

    /// Reads one file; `keep` says which station codes' values to return (all columns are checked).
    ///
    /// Throws `DiagnosticsError` with every problem, each at file:line:column with the station or field
    /// named, bilingual.
    public static func read(_ data: Data, file: String, keep: @escaping (String) -> Bool) throws -> NationalFileReading {
        try read(data, file: file, keepOn: { _ in keep })
    }

    /// Reads one file; `keepOn(day)` says, for the file's day, which station codes' values to return, so the
    /// station list and mapping in force on that day decide (D-121). All columns are checked.
    /// `cells` chooses how value cells are checked (D-136): `.fast` (the default) and `.careful` give the same
    /// reading and the same diagnostics; `.careful` exists for the differential test.
    public static func read(
        _ data: Data, file: String, keepOn: (Day) -> (String) -> Bool, cells: NationalCellPath = .fast
    ) throws -> NationalFileReading {
        let records = try CSVStreamParser.records(in: data, fileName: file)
        var problems: [Diagnostic] = []
        func problem(_ line: Int, _ column: Int?, _ header: String?, _ issue: NationalIssue) {
            problems.append(Diagnostic(file: file, line: line, column: column, header: header, problem: issue))
        }
        guard let header = records.first(where: { !$0.fields.allSatisfy { clean($0).isEmpty } }) else {
            throw DiagnosticsError([
                Diagnostic(file: file, problem: NationalIssue.emptyDailyFile),
            ])
        }
        guard isHeader(header.fields) else {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: header.line, column: 1,
                    problem: NationalIssue.notADailyHeader),
            ])
        }
        let columns = header.fields.dropFirst(3).map(clean)
        if isCitiesFile(name: file, columns: Array(columns)) {
            throw DiagnosticsError([
                Diagnostic(
                    file: file, line: header.line, column: 4,
                    problem: NationalIssue.citiesFile),
            ])
        }
        var stations: [String] = []
        var firstColumn: [String: Int] = [:]
        for i in 3..<header.fields.count {
            let code = clean(header.fields[i])
            if code.isEmpty {
                // A trailing empty header cell (a line ending in a comma) is tolerated; an empty one inside is not.
                if i == header.fields.count - 1 { stations.append(""); continue }
                problem(header.line, i + 1, nil, .stationColumnWithoutCode)
            } else if let first = firstColumn[code] {
                problem(header.line, i + 1, code, .stationColumnTwice(code: code, firstColumn: first))
            } else {
                firstColumn[code] = i + 1
            }
            stations.append(code)
        }
        // Whether each station column is kept on the file's day; set with the file's day from its first row.
        var kept: [Bool] = []
        let named = day(inFileName: file)
        var fileDay: Day?
        var seen: [String: Int] = [:]
        var keptCells = NationalKeptCells()
        for record in records where record.line > header.line {
            if record.fields.allSatisfy({ clean($0).isEmpty }) { continue }
            let fields = record.fields
            guard fields.count == header.fields.count else {
                problem(
                    record.line, min(fields.count, header.fields.count) + 1, nil,
                    .rowWidth(fields: fields.count, headerFields: header.fields.count))
                continue
            }
            let dateText = clean(fields[0])
            guard let rowDay = parseCompactDay(dateText) else {
                problem(record.line, 1, "date", .notACompactDate(text: dateText))
                continue
            }
            if let fileDay, rowDay != fileDay {
                problem(record.line, 1, "date", .dateDiffersFromFirstRow(text: dateText, fileDay: fileDay))
                continue
            }
            if fileDay == nil {
                if let named, named != rowDay {
                    problem(record.line, 1, "date", .dateDiffersFromFileName(text: dateText, named: named))
                }
                fileDay = rowDay
                let keep = keepOn(rowDay)
                kept = stations.map { !$0.isEmpty && keep($0) }
            }
            let hourText = clean(fields[1])
            guard let label = Int(hourText), EndLabelledHour(fileDay: rowDay, label: label) != nil else {
                problem(record.line, 2, "hour", .notAnHour(text: hourText))
                continue
            }
            let type = clean(fields[2])
            guard types.contains(type) else {
                problem(record.line, 3, "type", .notAType(text: type, types: types))
                continue
            }
            let key = "\(label)|\(type)"
            if let first = seen[key] {
                problem(record.line, 3, "type", .hourGivenTwice(label: label, type: type, firstLine: first))
                continue
            }
            seen[key] = record.line
            let pollutant = NationalPollutant(rawValue: type)
            for i in 3..<fields.count {
                let isKept = pollutant != nil && kept[i - 3]
                if cells == .fast {
                    // The byte-level check (D-136): a missing cell, or a number the careful path accepts as not
                    // negative, needs nothing more unless its value is kept; a Decimal is built only then, from the
                    // cell's bytes (D-166).
                    switch NationalCell.quick(fields[i]) {
                    case .missing: continue
                    case .nonNegative:
                        guard let pollutant, isKept else { continue }
                        // The value's exact text straight from the cell's bytes (D-179), without a `Decimal`.
                        let done = fields[i].utf8.withContiguousStorageIfAvailable { bytes in
                            keptCells.append(column: i + 1, line: record.fieldLines[i], label: label, rank: pollutant.rank, cell: bytes)
                        }
                        if done != nil { continue }
                    case .careful: break
                    }
                }
                let text = clean(fields[i])
                if text.isEmpty || text == "-" { continue }
                let value: Decimal
                do {
                    value = try parseDecimal(text)
                } catch {
                    problems.append(error.diagnostic(file: file, line: record.fieldLines[i], column: i + 1, header: stations[i - 3]))
                    continue
                }
                if value < 0 {
                    problem(record.fieldLines[i], i + 1, stations[i - 3], .negativeValue(type: type, text: text))
                    continue
                }
                guard let pollutant, isKept else { continue }
                keptCells.append(column: i + 1, line: record.fieldLines[i], label: label, rank: pollutant.rank, value: value)
            }
        }
        guard let fileDay else {
            if problems.isEmpty {
                problem(header.line, nil, nil, .headerWithoutRows)
            }
            throw DiagnosticsError(problems)
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return NationalFileReading(
            file: file, fileDay: fileDay, columnStations: stations, kept: keptCells, blocks: nil)
    }

    /// Trims ASCII and ideographic spaces around a cell.
    /// A byte check first (D-136): a cell whose first and last bytes are ASCII and not spaces is returned as is.
    static func clean(_ text: String) -> String {
        if NationalCell.needsNoTrim(text) { return text }
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}"))
    }

    /// `YYYYMMDD` → a day (years 1900–2100), or nil.
    static func parseCompactDay(_ text: String) -> Day? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let n = Int(text)!
        let year = n / 10000
        guard (1900...2100).contains(year) else { return nil }
        return Day(year: year, month: n / 100 % 100, day: n % 100)
    }
}
