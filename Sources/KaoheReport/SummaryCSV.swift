import Foundation
import KaoheCore

/// One cell of a summary table: text, or a number kept with the text it is shown as (its displayed precision).
public enum SummaryCell: Sendable, Hashable {
    case text(String)
    /// A number and the text it is shown as; a shown text ending in `%` is a percentage of the number
    /// (`12.3` shown `12.3%`), which a workbook stores as the fraction 0.123 with a percent format.
    case number(Decimal, shown: String)
    /// A calendar day, shown `yyyy-mm-dd`; a workbook stores it as a date (issue 16).
    case date(Day)

    /// The cell as the CSV and the terminal show it.
    public var shown: String {
        switch self {
        case .text(let t): t
        case .number(_, let s): s
        case .date(let d): d.description
        }
    }

    /// A whole number (a count, an id, a year, days) shown as its digits.
    public static func integer(_ n: Int) -> SummaryCell { .number(Decimal(n), shown: String(n)) }

    /// A percentage shown with its `%` sign (`12.3%`), kept as the number 12.3; text when not a plain number.
    public static func percent(_ shown: String?) -> SummaryCell {
        guard let shown else { return .text("—") }
        guard case .number(let d, _) = numeric(shown) else { return .text(shown + "%") }
        return .number(d, shown: shown + "%")
    }

    /// A number cell for a displayed number (`85.0`, `-3.2`), text for anything else (`≈0.1234`, empty).
    ///
    /// The value is the displayed text read back, so a spreadsheet holds exactly the rounded figure the
    /// notice prints (GB/T 8170), never more digits than were published.
    public static func numeric(_ shown: String?) -> SummaryCell {
        guard let shown else { return .text("") }
        guard !shown.hasSuffix("%"), SummaryRender.isPlainNumber(shown), let d = Decimal(string: shown, locale: Locale(identifier: "en_US_POSIX"))
        else { return .text(shown) }
        return .number(d, shown: shown)
    }
}

/// A summary table: its header and typed rows, shared by the CSV and the .xlsx exports (D-79).
public struct SummaryTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[SummaryCell]]

    public init(header: [String], rows: [[SummaryCell]]) {
        self.header = header
        self.rows = rows
    }
}

extension SummaryRender {
    /// The ranking table: one row per unit in ranking order (passing, failing, not graded: R-18a).
    ///
    /// Ranks, concentrations (μg/m³), declines (percent, without the sign), scores (points) and years are
    /// number cells at their displayed precision; everything else is text. The publication column says
    /// "草稿 / DRAFT" for a draft.
    public static func rankingTable(_ s: Summary, lang: Language) -> SummaryTable {
        let submissions = Dictionary(s.submissions.map { ($0.area.code, $0.status) }) { a, _ in a }
        let failing = Dictionary(s.failing.map { ($0.result.area.code, $0) }) { a, _ in a }
        let publication = s.publication.map { "\($0.documentNumber) \($0.date)" } ?? SummaryDocument.draftMark
        let header = lang.pick(SpreadsheetText.rankingHeaders)
        var rows: [[SummaryCell]] = []
        for row in s.ranking {
            let r = row.result
            let c = AssessmentText.cells(r, input: row.input, rules: s.rounding)
            let consequence = failing[r.area.code]?.consequence
            let n = SummaryCell.numeric
            rows.append([
                n(row.rank.map(String.init)), .text(Labels.rankBlockShort(row.block, lang)), .text(r.area.code), .text(r.area.name), n(c.base),
                n(c.previous), n(c.current), n(c.requiredConcentration), n(c.requiredReduction), n(c.requiredDecline),
                n(c.actualDecline), .text(Labels.reached(r.targetReached, lang)), n(c.quality), n(c.keyTasks),
                .text(Labels.keyTaskRole(r.keyTaskRole, lang)), n(c.result), .text(Labels.grade(r.grade, lang)),
                .text(s.rowFlags(row, lang).joined(separator: lang.pick(SpreadsheetText.flagSeparator))),
                .text(submissions[r.area.code].map { Labels.submission($0, lang) } ?? ""),
                .text(consequence?.summons ?? ""), .text(consequence?.freezeSince?.description ?? ""), n(String(s.year)), .text(Labels.kind(s.kind, lang)),
                .text(publication), n(c.previousBaseYear.map(String.init)),
            ])
        }
        return SummaryTable(header: header, rows: rows)
    }

    /// The dated subsequent-actions section (R-22b) as a table, one event per row; nil when the summary has none.
    public static func subsequentTable(_ s: Summary, lang: Language) -> (title: String, table: SummaryTable)? {
        guard let sub = s.subsequent else { return nil }
        let rows = sub.events.map { e in [SummaryCell.text(e.when), .text(e.areaCode ?? ""), .text(lang.pick(e.text.zh, e.text.en))] }
        return (
            lang.pick(AppendixText.subsequentHeading(asOf: sub.asOf)), SummaryTable(header: lang.pick(SpreadsheetText.subsequentHeaders), rows: rows)
        )
    }

    /// The plan-period view of the final assessment (issue 22), one row per unit and year; nil for other runs.
    public static func planPeriodTable(_ s: Summary, lang: Language) -> (title: String, table: SummaryTable)? {
        guard let views = s.planPeriod, let first = views.first else { return nil }
        return (
            lang.pick(NoticeText.planPeriodAttachment(years: lang.pick(NoticeText.planPeriodYears(baseYear: first.baseYear, finalYear: first.finalYear)))),
            PlanPeriodHistory.table(views, lang: lang, rounding: s.rounding)
        )
    }

    /// One row per unit of the report status: code, name and how its self-inspection report stands.
    public static func submissionTable(_ s: Summary, lang: Language) -> SummaryTable {
        SummaryTable(
            header: lang.pick(SpreadsheetText.submissionHeaders),
            rows: s.submissions.map { [.text($0.area.code), .text($0.area.name), .text(Labels.submission($0.status, lang))] })
    }

    /// One row per unit in ranking order (passing, failing, not graded: R-18a), for spreadsheets: UTF-8 with a byte-order mark (so spreadsheet
    /// programs on Chinese systems detect the encoding), CRLF line ends and RFC 4180 quoting.
    ///
    /// A cell that a spreadsheet could run as a formula (starting with = + - @, tab or CR) gets a leading
    /// single quote, unless it is a plain number such as `-1.2` or `-1.2%`, which no spreadsheet runs.
    /// Declines are percentages without the sign; the publication column says "草稿 / DRAFT" for a draft.
    public static func csv(_ s: Summary, lang: Language) -> String {
        let ranking = rankingTable(s, lang: lang)
        var lines = [ranking.header] + ranking.rows.map { $0.map(\.shown) }
        if let (title, table) = planPeriodTable(s, lang: lang) {
            // Part of the issued notice (issue 22), so before the dated section: an empty line, its title, its rows.
            lines.append([])
            lines.append([title])
            lines.append(table.header)
            lines += table.rows.map { $0.map(\.shown) }
        }
        if let d = s.departments { lines += SummaryDepartments.csvLines(d, lang) }  // after the areas, own table
        if let (title, table) = subsequentTable(s, lang: lang) {
            // After the issued rows and an empty line: the dated section (R-22b), one event per row.
            lines.append([])
            lines.append([title])
            lines.append(table.header)
            lines += table.rows.map { $0.map(\.shown) }
        }
        if let trend = s.trend {
            // Likewise apart from the issued rows: the plan-period trend from stored monitoring data (D-91).
            let table = TrendRender.table(trend.trends, pollutants: trend.pollutants, fallback: trend.fallback, lang: lang)
            lines.append([])
            lines.append([trend.title(lang)])
            lines.append(table.headers)
            lines += table.rows
        }
        return "\u{FEFF}" + lines.map { $0.map(csvCell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One CSV cell: neutralised when a spreadsheet would read it as a formula, then quoted when it holds
    /// a comma, a quote or a line break (RFC 4180, quotes doubled).
    public static func csvCell(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(v) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `-12`, `+3.5`, `-1.2%`: a sign, digits, an optional fraction and an optional percent sign.
    static func isPlainNumber(_ s: String) -> Bool {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
