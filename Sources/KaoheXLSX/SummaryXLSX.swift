import Foundation
import KaoheCore
import KaoheReport

/// The summary's tables as an .xlsx workbook: the same rows as the CSV export, with typed cells (D-79).
public enum SummaryXLSX {
    /// The workbook's bytes: a ranking sheet (名次…), a report-status sheet, for the plan period's final
    /// assessment the plan-period sheet (issue 22) and, for a published run shown with what happened since, the
    /// dated subsequent-actions sheet (R-22b).
    ///
    /// Ranks, concentrations (μg/m³), declines (percent), scores (points) and years are number cells holding
    /// the displayed, GB/T 8170-rounded figure with its decimals as a number format (100.0 stays 100.0); text is neutralised against formula injection by `XLSXWriter`.
    public static func data(_ s: Summary, lang: Language) throws -> Data {
        var sheets = [
            sheet(SummarySheetNames.results.text(chinese: lang == .zh), SummaryRender.rankingTable(s, lang: lang)),
            sheet(SummarySheetNames.reportStatus.text(chinese: lang == .zh), SummaryRender.submissionTable(s, lang: lang)),
        ]
        if let (_, table) = SummaryRender.planPeriodTable(s, lang: lang) {
            // The final assessment's plan-period view (issue 22), one row per unit and year, as in the CSV.
            sheets.append(sheet(SummarySheetNames.planPeriod.text(chinese: lang == .zh), table))
        }
        if let d = s.departments { sheets.append(sheet(SummarySheetNames.departments.text(chinese: lang == .zh), SummaryDepartments.table(d, lang))) }
        if let trend = s.trend {
            // The plan-period trend from live monitoring data (D-91), the CSV's section as a sheet of its own;
            // `--as-issued` leaves it out, as it does the dated section.
            let t = TrendRender.table(trend.trends, pollutants: trend.pollutants, fallback: trend.fallback, lang: lang)
            sheets.append(sheet(SummarySheetNames.trend.text(chinese: lang == .zh), SummaryTable(header: t.headers, rows: t.rows.map { $0.map(SummaryCell.numeric) })))
        }
        if let (_, table) = SummaryRender.subsequentTable(s, lang: lang) {
            sheets.append(sheet(SummarySheetNames.subsequent.text(chinese: lang == .zh), table))
        }
        return try XLSXWriter.data(sheets)
    }

    /// A list command's table (`freeze list`, `summons list`, `reports status`, `assess show`) as a
    /// one-sheet workbook: numbers as numbers, days as dates, the tab named after the list (issue 16).
    /// A caption (an assessment run's year, revision and draft or published status) goes on a second
    /// sheet, 说明, so the table's sheet stays one header row and its rows.
    public static func data(_ list: ListTable, lang: Language) throws -> Data {
        var sheets = [sheet(list.title, list.table)]
        if let caption = list.caption {
            sheets.append(WorkbookSheet(name: SummarySheetNames.about.text(chinese: lang == .zh), header: [caption], widths: [max(40, caption.count * 2)]))
        }
        return try XLSXWriter.data(sheets)
    }

    /// One table as a sheet; the writer sizes the columns from the header.
    ///
    /// A number shown with `%` (`12.3%`) becomes the fraction 0.123 with a percent format of the same
    /// decimals, so the sheet shows what the terminal shows; days become date cells.
    public static func sheet(_ name: String, _ table: SummaryTable) -> WorkbookSheet {
        WorkbookSheet(
            name: name, header: table.header,
            rows: table.rows.map { row in
                row.map { cell in
                    switch cell {
                    case .text(let t): .text(t)
                    case .number(let d, let shown) where shown.hasSuffix("%"): .percent(d / 100, places: decimals(shown))
                    case .number(let d, let shown): .fixed(d, places: decimals(shown))
                    case .date(let day): .date(day)
                    }
                }
            })
    }

    /// The count of digits after the decimal point in a shown number (`12.30%` → 2).
    static func decimals(_ shown: String) -> Int {
        guard let point = shown.firstIndex(of: ".") else { return 0 }
        return shown[shown.index(after: point)...].prefix { $0.isASCII && $0.isNumber }.count
    }
}
