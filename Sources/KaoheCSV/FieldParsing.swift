import Foundation
import KaoheCore

/// Why a cell's text is not a valid value, stated as the problem and then its fix.
///
/// Cell parsers throw it without a location; the caller knows the file, line, column and header and
/// turns it into a `Diagnostic` with `diagnostic(file:line:column:header:)`.
public struct FieldProblem: Error, Sendable, Hashable {
    public var reason: String
    public var fix: String
    /// The Chinese reason and fix; nil falls back to the English ones.
    public var reasonZh: String?
    public var fixZh: String?
    /// The action the fix asks for, named by a front end (see `Diagnostic.action`).
    public var action: UserAction?

    /// Creates a problem from its English reason and fix, and their Chinese forms.
    public init(reason: String, fix: String, reasonZh: String? = nil, fixZh: String? = nil) {
        self.reason = reason
        self.fix = fix
        self.reasonZh = reasonZh
        self.fixZh = fixZh
    }

    /// A catalogued problem (issue 13 item 1): its words come from the module's `Messages/` catalogue.
    public init(_ problem: some Explained) {
        let reason = problem.reason
        self.init(reason: reason.en, fix: problem.fix?.en ?? "", reasonZh: reason.zh, fixZh: problem.fix?.zh)
        action = problem.action
    }

    /// This problem located in a file, ready to report.
    public func diagnostic(file: String, line: Int?, column: Int?, header: String?) -> Diagnostic {
        var d = Diagnostic(file: file, line: line, column: column, header: header, reason: reason, fix: fix, reasonZh: reasonZh, fixZh: fixZh)
        d.action = action
        return d
    }
}

// MARK: - Numbers

/// Parses a decimal number exactly, as written in a cell, without passing through `Double`.
///
/// Accepts surrounding ASCII and ideographic spaces, full-width digits and signs, an optional sign,
/// thousands separators in correct groups of three (`1,234.5`) and a decimal point. Rejects an empty cell,
/// NaN and infinities, exponents (`1e309`), a percent sign, and more than 20 significant digits.
/// `-0` gives 0.
public func parseDecimal(_ text: String) throws(FieldProblem) -> Decimal {
    try parseDecimal(text, allowPercent: false).value
}

/// Parses a decimal number that may end in `%`, and says whether it did.
///
/// The value is the number as written: `12%` gives 12 with `isPercent` true, so the caller decides whether
/// the column means a share (0.12) or percentage points. With `allowPercent` false a `%` is rejected.
public func parseDecimal(_ text: String, allowPercent: Bool) throws(FieldProblem) -> (value: Decimal, isPercent: Bool) {
    let number = try NumberText(text, allowPercent: allowPercent, example: "12.5")
    let fraction = number.fraction.reversed().drop { $0 == 0 }.reversed()
    let digits = Array((number.integer + fraction).drop { $0 == 0 })
    guard digits.count <= 20, fraction.count <= 40 else {
        throw FieldProblem(NumberIssue.tooManyDigits(written: number.written))
    }
    guard !digits.isEmpty else { return (0, number.isPercent) }
    var significand: Decimal
    if digits.count <= 19 {
        significand = Decimal(digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) })
    } else {
        significand = 0
        for digit in digits { significand = significand * 10 + Decimal(Int(digit)) }
    }
    let value = Decimal(sign: number.negative ? .minus : .plus, exponent: -fraction.count, significand: significand)
    return (value, number.isPercent)
}

/// Parses a whole number such as a year or a count, with the same spelling rules as `parseDecimal(_:)`.
///
/// Rejects a decimal point, a percent sign and values beyond ±999,999,999,999,999,999.
public func parseInteger(_ text: String) throws(FieldProblem) -> Int {
    let number = try NumberText(text, allowPercent: false, example: "2015")
    guard !number.hasPoint else {
        throw FieldProblem(NumberIssue.notWhole(written: number.written))
    }
    let digits = number.integer.drop { $0 == 0 }
    guard digits.count <= 18 else {
        throw FieldProblem(NumberIssue.tooLarge(written: number.written))
    }
    let magnitude = digits.reduce(0) { $0 * 10 + Int($1) }
    return number.negative ? -magnitude : magnitude
}

/// The parts of a number as written: sign, digits before and after the point, and a trailing percent sign.
private struct NumberText {
    var written: String
    var negative = false
    var integer: [UInt8] = []
    var fraction: [UInt8] = []
    var hasPoint = false
    var isPercent = false

    init(_ text: String, allowPercent: Bool, example: String) throws(FieldProblem) {
        written = trimmedCell(text)
        guard !written.isEmpty else { throw FieldProblem(NumberIssue.empty(example: example)) }
        var bytes = Array(halfWidth(written).utf8)
        if bytes.last == UInt8(ascii: "%") {
            guard allowPercent else {
                throw FieldProblem(NumberIssue.percentNotAllowed(written: written))
            }
            isPercent = true
            bytes.removeLast()
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        }
        var body = bytes[...]
        if let sign = body.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        let word = String(decoding: body, as: UTF8.self).lowercased()
        if ["nan", "inf", "infinity", "∞"].contains(word) {
            throw FieldProblem(NumberIssue.notANumber(written: written, example: nil))
        }
        var groups: [[UInt8]] = [[]]
        for byte in body {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if hasPoint { fraction.append(byte - 48) } else { groups[groups.count - 1].append(byte - 48) }
            case UInt8(ascii: ",") where !hasPoint:
                groups.append([])
            case UInt8(ascii: ".") where !hasPoint:
                hasPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                throw FieldProblem(NumberIssue.scientificNotation(written: written))
            default:
                throw FieldProblem(NumberIssue.notANumber(written: written, example: example))
            }
        }
        if groups.count > 1 {
            let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else {
                throw FieldProblem(NumberIssue.misplacedThousandsSeparators(written: written))
            }
        }
        integer = groups.flatMap { $0 }
        guard !integer.isEmpty || !fraction.isEmpty else {
            throw FieldProblem(NumberIssue.notANumber(written: written, example: example))
        }
    }
}

// MARK: - Days and hours

/// Parses a calendar day written as `2014-12-30`, `2014/12/30` or `2014年12月30日`.
///
/// Month and day may have one digit (`2014-1-5`); full-width digits and surrounding spaces are accepted.
/// A well-formed but impossible date such as `2015-02-30` is rejected as not a day of the calendar.
public func parseDay(_ text: String) throws(FieldProblem) -> Day {
    let written = trimmedCell(text)
    guard !written.isEmpty else { throw FieldProblem(DateIssue.emptyDay) }
    var scanner = CellScanner(halfWidth(written))
    guard let (year, month, day) = scanner.dayParts(), scanner.atEnd else {
        throw FieldProblem(DateIssue.notADay(written: written))
    }
    guard let value = Day(year: year, month: month, day: day) else {
        throw FieldProblem(DateIssue.notInCalendar(written: written))
    }
    return value
}

/// Parses an hourly timestamp such as `2015-01-01 13:00` into its day and hour label (0...24) as written.
///
/// The date takes any form `parseDay(_:)` accepts; it is followed by a space or `T` and `H:00` or `H:00:00`.
/// Times off the hour are rejected, because hourly values are labelled by a whole hour; `24:00` is kept as
/// label 24 (the end of the day's last hour, R-24a): which day and hour a label means is the importer's call.
public func parseHour(_ text: String) throws(FieldProblem) -> (day: Day, hour: Int) {
    let written = trimmedCell(text)
    let notHour = FieldProblem(DateIssue.notAnHour(written: written))
    guard !written.isEmpty else { throw FieldProblem(DateIssue.emptyHour) }
    var scanner = CellScanner(halfWidth(written))
    guard let (year, month, dayOfMonth) = scanner.dayParts(), scanner.skipDateTimeSeparator(),
        let hour = scanner.number(digits: 1...2), scanner.skip(":"),
        let minute = scanner.number(digits: 2...2)
    else { throw notHour }
    var second = 0
    if scanner.skip(":") {
        guard let value = scanner.number(digits: 2...2) else { throw notHour }
        second = value
    }
    guard scanner.atEnd else { throw notHour }
    guard let day = Day(year: year, month: month, day: dayOfMonth) else {
        throw FieldProblem(DateIssue.hourDayNotInCalendar(written: written))
    }
    // 24:00 ends the day's last hour (R-24a): the importer maps labels to hours.
    if hour == 24, minute == 0, second == 0 { return (day, 24) }
    guard hour < 24, minute < 60, second < 60 else {
        throw FieldProblem(DateIssue.notATimeOfDay(written: written))
    }
    guard minute == 0, second == 0 else {
        throw FieldProblem(DateIssue.notOnTheHour(written: written, day: day, hour: hour))
    }
    return (day, hour)
}

/// Reads digits and separators from a cell's text, one Unicode scalar at a time.
private struct CellScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool { index == scalars.count }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while index < scalars.count, count < allowed.upperBound, ("0"..."9").contains(scalars[index]) {
            value = value * 10 + Int(scalars[index].value - 48)
            count += 1
            index += 1
        }
        return allowed.contains(count) ? value : nil
    }

    /// `Y-M-D`, `Y/M/D` or `Y年M月D日` (the final 日 optional).
    mutating func dayParts() -> (Int, Int, Int)? {
        guard let year = number(digits: 4...4) else { return nil }
        let chinese = skip(CellWords.yearMark)
        guard chinese || skip("-") || skip("/") else { return nil }
        let separator = scalars[index - 1]
        guard let month = number(digits: 1...2), chinese ? skip(CellWords.monthMark) : skip(separator),
            let day = number(digits: 1...2)
        else { return nil }
        if chinese { _ = skip(CellWords.dayMark) }
        return (year, month, day)
    }

    mutating func skipDateTimeSeparator() -> Bool {
        if skip("T") { return true }
        guard skip(" ") else { return false }
        while skip(" ") {}
        return true
    }
}

// MARK: - Yes or no

/// Parses a yes/no cell: 是/否, Y/N, yes/no, true/false or 1/0, in any letter case, spaces trimmed.
public func parseYesNo(_ text: String) throws(FieldProblem) -> Bool {
    let written = trimmedCell(text)
    let word = halfWidth(written).lowercased()
    if CellWords.yes.contains(word) { return true }
    if CellWords.no.contains(word) { return false }
    throw FieldProblem(written.isEmpty ? YesNoIssue.empty : YesNoIssue.neither(written: written))
}

// MARK: - Headers

/// A header cell as it should be shown: surrounding spaces (also U+3000) and a stray BOM removed.
///
/// Full-width parentheses and other characters are kept as written, since they belong to Chinese names.
public func normalizeHeader(_ text: String) -> String {
    trimmed(text) { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" || $0 == "\u{A0}" || $0 == "\u{FEFF}" }
}

/// The form used to match a header against the expected one, e.g. "计划投资(万元)" and "计划投资（万元）".
///
/// Normalises like `normalizeHeader(_:)`, maps full-width ASCII forms (parentheses, letters, digits) to
/// half-width ones, and lowercases ASCII letters.
public func headerKey(_ text: String) -> String {
    String(String.UnicodeScalarView(halfWidth(normalizeHeader(text)).unicodeScalars.map { scalar in
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }))
}

// MARK: - Helpers

/// The cell text without surrounding ASCII whitespace, ideographic spaces (U+3000) or no-break spaces.
func trimmedCell(_ text: String) -> String {
    // Most cells have nothing to trim: a space-like first or last scalar starts or ends with one of these
    // bytes (U+3000 is E3 80 80, U+00A0 is C2 A0), so a cell whose ends are none of them is returned as it is
    // without walking its scalars (issue 14).
    if let first = text.utf8.first, let last = text.utf8.last,
        first > 0x20, first != 0xE3, first != 0xC2, last > 0x20, last != 0x80, last != 0xA0
    {
        return text
    }
    return trimmed(text) { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" || $0 == "\u{A0}" }
}

private func trimmed(_ text: String, where isSpace: (Unicode.Scalar) -> Bool) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
    return String(scalars[first...last])
}

/// Maps full-width ASCII forms (U+FF01–U+FF5E, e.g. ０-９ ．－＋，％（）) and U+3000 to their ASCII forms.
func halfWidth(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000: scalars.append(" ")
        case 0x2212: scalars.append("-")
        default: scalars.append(scalar)
        }
    }
    return String(scalars)
}

/// The invisible characters of `text` — controls, format characters (zero-width space, BOM, direction
/// marks), line and paragraph separators — as a problem that shows each as `U+200B`; nil when there is none.
///
/// They make two codes or names look alike on screen while comparing different, so codes and names refuse
/// them (issue 12 item 18).
///
/// With `allowingLineBreaks`, LF (the only line break left after reading, which turns CRLF and CR into LF)
/// is not counted.
public func invisibleProblem(_ text: String, allowingLineBreaks: Bool = false) -> FieldProblem? {
    // Printable ASCII (U+0020–U+007E) is never invisible: such text needs no look-up of Unicode properties,
    // which was a twentieth of `reports import` (issue 14).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
    var found: [String] = []
    for (i, scalar) in text.unicodeScalars.enumerated() {
        if allowingLineBreaks, scalar == "\n" { continue }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let name = scalar.properties.name.map { " \($0)" } ?? ""
            found.append("\(code)\(name) at character \(i + 1)")
        default: continue
        }
    }
    guard !found.isEmpty else { return nil }
    let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { s in
        (allowingLineBreaks && s == "\n")
            || ![.control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate].contains(s.properties.generalCategory)
    }))
    let list = found.prefix(5).joined(separator: ", ") + (found.count > 5 ? ", …" : "")
    return FieldProblem(CellIssue.invisibleCharacters(visible: visible, list: list))
}
