import Foundation
import KaoheCore

// The monitoring importer's careful cell readers: each cell the fast path (MonitoringFastPath.swift) did not
// take is read here, and every problem is located and explained.

extension MonitoringImporter {
    /// A concentration in 10⁻⁹ μg/m³, nil for an empty cell (missing) or a reported problem.
    func concentration(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> Int64? {
        let f = trimmed(r, i)
        if f.isEmpty { return nil }
        if let fast = plainDecimal(f) { return fast }
        let text = r.string(i)
        let value: Decimal
        do {
            value = try parseDecimal(text)
        } catch {
            if trimmedCell(text).isEmpty { return nil }
            problems.add(i, error)
            return nil
        }
        let written = trimmedCell(text)
        guard value >= 0, value <= Decimal(MonitoringFile.maximumConcentration) else {
            problems.add(i, MonitoringIssue.concentrationOutOfRange(written: written, maximum: MonitoringFile.maximumConcentration))
            return nil
        }
        var scaled = value * Decimal(scale)
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        guard whole == scaled else {
            problems.add(i, MonitoringIssue.tooManyDecimals(written: written, places: MonitoringFile.maximumDecimalPlaces))
            return nil
        }
        return NSDecimalNumber(decimal: whole).int64Value
    }

    /// The dust cell; nil when empty (not given) or wrong (reported).
    func yesNo(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> Bool? {
        let f = trimmed(r, i)
        if f.isEmpty { return nil }
        if let plain = plainYesNo(f) { return plain }
        do {
            return try parseYesNo(r.string(i))
        } catch {
            if trimmedCell(r.string(i)).isEmpty { return nil }
            problems.add(i, error)
            return nil
        }
    }

    /// A daily row's day.
    func day(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> (year: Int, month: Int, day: Int, hour: Int?)? {
        let f = trimmed(r, i)
        if f.count == 10, let d = hot.pointee.isoDay(f) { return (d.year, d.month, d.day, nil) }
        do {
            let d = try parseDay(r.string(i))
            return (d.year, d.month, d.day, nil)
        } catch {
            problems.add(i, error)
            return nil
        }
    }

    /// An hourly row's day and hour (0…23, the hour from h:00 to h+1:00), after the file's labels (R-24a).
    func hour(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> (year: Int, month: Int, day: Int, hour: Int?)? {
        let f = trimmed(r, i)
        let label: (day: Day, hour: Int)
        if let (d, h) = hot.pointee.plainHour(f) {
            label = (Day(year: d.year, month: d.month, day: d.day)!, h)
        } else {
            do {
                label = try parseHour(r.string(i))
            } catch {
                problems.add(i, error)
                return nil
            }
        }
        let ending = hot.pointee.hourEnding
        if ending, label.hour == 0 {
            // 00:00 ends the previous day's last hour.
            guard let previous = label.day.adding(checkedDays: -1) else {
                problems.add(i, MonitoringIssue.endLabelBeforeCalendar(day: label.day))
                return nil
            }
            return (previous.year, previous.month, previous.day, 23)
        }
        if !ending, label.hour == 24 {
            guard let next = label.day.adding(checkedDays: 1) else {
                problems.add(i, MonitoringIssue.startLabelAfterCalendar(day: label.day))
                return nil
            }
            return (next.year, next.month, next.day, 0)
        }
        return (label.day.year, label.day.month, label.day.day, ending ? label.hour - 1 : label.hour)
    }
}

/// The hour from h:00 to h+1:00, written as in messages: `12:00–13:00`.
func hourSpan(_ h: Int) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(h)):00–\(two(h + 1)):00"
}

/// The problems of one row, located at their cells like `RowReader` does for small files.
///
/// Holds no references, so the error-free path costs nothing; the importer fills in the file name and header
/// when it keeps a diagnostic.
struct RowProblems {
    let record: CSVRawRecord
    var found: [Diagnostic] = []

    init(record: CSVRawRecord) { self.record = record }

    /// Records a catalogued problem at `field`.
    mutating func add(_ field: Int, _ issue: some Explained) {
        add(field, FieldProblem(issue))
    }

    /// Records a cell's problem at `field`.
    mutating func add(_ field: Int, _ problem: FieldProblem) {
        let line = field < record.count ? record.fieldLine(field) : record.line
        found.append(problem.diagnostic(file: "", line: line, column: field + 1, header: nil))
    }

    mutating func checkWidth(_ width: Int) {
        for i in width..<record.count {
            let text = record.string(i)
            guard !trimmedCell(text).isEmpty else { continue }
            found.append(valueWithoutHeader(text, file: "", line: record.fieldLine(i), column: i + 1))
        }
    }
}
