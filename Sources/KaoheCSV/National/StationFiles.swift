import Foundation
import KaoheCore

/// The station list and the station-to-unit mapping files of docs/input-files.md (D-69).
///
/// Both are small CSV files with a header row; columns are found by their Chinese name or English alias.
/// Every bad cell is reported, located; a file with any error gives nothing.
public enum StationFiles {
    struct Field {
        let chinese: String
        let alias: String
        let required: Bool
        var names: String { "\(chinese) / \(alias)" }
    }

    /// Parses a station list: `监测点编码,监测点名称,城市,经度,纬度,对照点`; coordinates may be `-`, 对照点 is Y or N.
    public static func parseList(_ data: Data, file: String) throws -> [NationalStation] {
        var stations: [NationalStation] = []
        var firstLine: [String: Int] = [:]
        try parse(data, file: file, fields: listFields) { row in
            let code = row.text(0)
            if let first = firstLine[code] {
                row.problem(0, .stationListedTwice(code: code, firstLine: first))
            } else if !code.isEmpty {
                firstLine[code] = row.line
            }
            let longitude = row.coordinate(3, range: -180...180)
            let latitude = row.coordinate(4, range: -90...90)
            let flag = row.text(5).uppercased()
            var background = false
            if CellWords.backgroundYes.contains(flag) {
                background = true
            } else if !CellWords.backgroundNo.contains(flag) {
                row.problem(5, .neitherYNorN(text: row.text(5)))
            }
            guard row.isClean else { return }
            stations.append(
                NationalStation(
                    code: code, name: row.text(1), city: row.text(2), longitude: longitude.flatMap { $0 },
                    latitude: latitude.flatMap { $0 }, isBackground: background))
        }
        return stations
    }

    /// Parses a mapping: `监测点编码,区域代码,起始日期,截止日期` (截止日期 empty while it holds).
    ///
    /// A station assigned to two units on the same day is refused (overlapping periods), located at the
    /// later row.
    public static func parseMapping(_ data: Data, file: String) throws -> [StationAssignment] {
        var rows: [(StationAssignment, Int)] = []
        try parse(data, file: file, fields: mappingFields) { row in
            let from = row.day(2)
            let toText = row.text(3)
            var to: Day?? = .some(nil)
            if !toText.isEmpty {
                if let last = row.day(3) { to = .some(last) } else { to = nil }
            }
            if let from, let to = to ?? nil, to < from {
                row.problem(3, .lastDayBeforeFirst(last: to, first: from))
            }
            for (earlier, line) in rows where earlier.station == row.text(0) {
                guard let from, let to else { break }
                let overlaps = earlier.from <= (to ?? Day(year: 2100, month: 12, day: 31)!)
                    && from <= (earlier.to ?? Day(year: 2100, month: 12, day: 31)!)
                if overlaps {
                    row.problem(2, .periodsOverlap(station: earlier.station, line: line))
                    break
                }
            }
            guard row.isClean, let from, let to else { return }
            rows.append((StationAssignment(station: row.text(0), unit: row.text(1), from: from, to: to, line: row.line, column: (row.index[0] ?? 0) + 1), row.line))
        }
        return rows.map(\.0)
    }

    /// One data row with its header's field positions, collecting located problems.
    struct Row {
        let record: CSVRecord
        let index: [Int?]
        let fields: [Field]
        let file: String
        var problems: [Diagnostic] = []
        var isClean: Bool { problems.isEmpty }
        var line: Int { record.line }

        func text(_ f: Int) -> String {
            guard let i = index[f], i < record.fields.count else { return "" }
            return NationalHourlyFile.clean(record.fields[i])
        }

        mutating func problem(_ f: Int, _ issue: StationFileIssue) {
            problem(f, FieldProblem(issue))
        }

        mutating func problem(_ f: Int, _ fieldProblem: FieldProblem) {
            let column = index[f].map { $0 + 1 }
            let line = index[f].flatMap { $0 < record.fieldLines.count ? record.fieldLines[$0] : nil } ?? record.line
            problems.append(fieldProblem.diagnostic(file: file, line: line, column: column, header: fields[f].chinese))
        }

        /// A coordinate in degrees, `.some(nil)` for `-` or empty, nil after reporting a bad one.
        mutating func coordinate(_ f: Int, range: ClosedRange<Decimal>) -> Decimal?? {
            let t = text(f)
            if t.isEmpty || t == "-" { return .some(nil) }
            do {
                let v = try parseDecimal(t)
                guard range.contains(v) else {
                    problem(f, .coordinateOutOfRange(text: t, range: range))
                    return nil
                }
                return .some(v)
            } catch {
                problem(f, error)
                return nil
            }
        }

        /// A day written YYYY-MM-DD (or as the other templates accept), nil after reporting a bad one.
        mutating func day(_ f: Int) -> Day? {
            do { return try parseDay(text(f)) } catch {
                problem(f, error)
                return nil
            }
        }
    }

    static func parse(_ data: Data, file: String, fields: [Field], each: (inout Row) -> Void) throws {
        let records = try CSVStreamParser.records(in: data, fileName: file).filter { !$0.fields.allSatisfy { NationalHourlyFile.clean($0).isEmpty } }
        guard let header = records.first else {
            throw DiagnosticsError([
                Diagnostic(file: file, problem: StationFileIssue.empty(header: fields.map(\.chinese).joined(separator: ","))),
            ])
        }
        var problems: [Diagnostic] = []
        let written = header.fields.map(NationalHourlyFile.clean)
        var index: [Int?] = []
        for field in fields {
            let at = written.firstIndex { $0 == field.chinese || $0.lowercased() == field.alias }
            if at == nil && field.required {
                problems.append(
                    Diagnostic(
                        file: file, line: header.line, problem: StationFileIssue.missingColumn(names: field.names, chinese: field.chinese)))
            }
            index.append(at)
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        for record in records.dropFirst() {
            var row = Row(record: record, index: index, fields: fields, file: file)
            for (f, field) in fields.enumerated() where field.required && row.text(f).isEmpty {
                row.problem(f, .requiredEmpty(names: field.names, chinese: field.chinese))
            }
            if row.isClean { each(&row) }
            problems += row.problems
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
    }
}
