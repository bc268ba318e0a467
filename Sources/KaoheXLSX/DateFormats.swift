import Foundation

/// Which cell styles show a number as a date or time, read from `xl/styles.xml`.
///
/// A spreadsheet stores a date as a serial number of days; only the cell's number format says it is a date.
struct DateStyles {
    /// For each `cellXfs` index (a cell's `s` attribute), whether its number format shows a date or time.
    var isDate: [Bool] = []
    /// For each `cellXfs` index, whether its number format shows the value as a percentage (`0%`, `0.0%`).
    var isPercent: [Bool] = []

    /// Built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30, and the CJK ids 27–36, 50–58).
    static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    init() {}

    init?(styles data: Data) {
        guard let elements = ElementCollector.collect(data, wanted: ["numFmt", "xf"]) else { return nil }
        var custom: [Int: String] = [:]
        for e in elements where e.name == "numFmt" {
            if let id = attribute(e.attributes, "numFmtId").flatMap({ Int($0) }), let code = attribute(e.attributes, "formatCode") {
                custom[id] = code
            }
        }
        let ids = elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }.map { attribute($0.attributes, "numFmtId").flatMap { Int($0) } }
        isDate = ids.map { id in
            guard let id else { return false }
            if let code = custom[id] { return Self.isDateFormat(code) }
            return Self.builtInDateIDs.contains(id)
        }
        isPercent = ids.map { id in
            guard let id else { return false }
            if let code = custom[id] { return !Self.isDateFormat(code) && Self.isPercentFormat(code) }
            return id == 9 || id == 10
        }
    }

    func isPercentStyle(_ index: Int?) -> Bool {
        guard let index, index >= 0, index < isPercent.count else { return false }
        return isPercent[index]
    }

    /// Whether a format code's first section has a `%` outside quoted text and escapes.
    static func isPercentFormat(_ code: String) -> Bool {
        var inQuote = false
        var escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case ";": return false
            case "%": return true
            default: continue
            }
        }
        return false
    }

    func isDateStyle(_ index: Int?) -> Bool {
        guard let index, index >= 0, index < isDate.count else { return false }
        return isDate[index]
    }

    /// Whether a format code shows a date or time: it has y, m, d, h or s outside quoted text, escapes and
    /// brackets (`[Red]`, `[$-804]`; `[h]` elapsed hours count as time). `yyyy"年"m"月"d"日"` is a date;
    /// `General` is not.
    static func isDateFormat(_ code: String) -> Bool {
        // Only the first section (positive numbers) decides; `General` (LibreOffice writes it as a custom
        // code) holds letters that are no date parts.
        let code = code.replacingOccurrences(of: "general", with: "", options: .caseInsensitive)
        var inQuote = false
        var inBracket = false
        var bracket = ""
        var escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    let b = bracket.lowercased()
                    if !b.isEmpty, b.allSatisfy({ "hms".contains($0) }) { return true }
                } else { bracket.append(ch) }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true; bracket = ""
            case ";": return false
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
            case "0", "#", "?", "@": return false
            default: continue
            }
        }
        return false
    }
}

/// A date serial number as the day (and time, when it has one) it stands for, in the workbook's date system.
///
/// 1900 system: 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60), so serials
/// from 61 on are one day ahead of a plain count; 1904 system: 0 is 1904-01-01. A time is rounded to the
/// nearest second. Returns nil for serial 60 in the 1900 system, negative serials and years past 9999.
func dateText(serial: Double, date1904: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var seconds = (serial * 86_400).rounded()
    var days = Int((seconds / 86_400).rounded(.down))
    seconds -= Double(days) * 86_400
    // Days from 1970-01-01 for the serial's day.
    let epochOffset: Int
    if date1904 {
        epochOffset = -24_107  // 1904-01-01
    } else {
        if days == 60 { return nil }
        if days == 0 {
            // A time of day without a date (a cell formatted 13:00).
            let secs = Int(seconds)
            return padded(secs / 3600, 2) + ":" + padded((secs % 3600) / 60, 2) + (secs % 60 == 0 ? "" : ":" + padded(secs % 60, 2))
        }
        epochOffset = days < 60 ? -25_568 : -25_569  // 1899-12-31 before the false leap day, 1899-12-30 after it
    }
    days += epochOffset
    let (y, m, d) = civil(fromDays: days)
    let secs = Int(seconds)
    let date = padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
    if secs == 0 { return date }
    let h = secs / 3600, mi = (secs % 3600) / 60, s = secs % 60
    return date + " " + padded(h, 2) + ":" + padded(mi, 2) + (s == 0 ? "" : ":" + padded(s, 2))
}

/// A count of zero or more as `%0<width>d` writes it (`padded(7, 2)` is `07`), without Foundation's formatter:
/// a sheet of a million dates formatted them for a fifth of its read (issue 16).
func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// The proleptic Gregorian year, month, day of a count of days from 1970-01-01 (H. Hinnant's algorithm).
func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
}
