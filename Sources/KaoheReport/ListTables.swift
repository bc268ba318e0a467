import Foundation
import KaoheCore

/// A list command's table with its typed rows, shared by the terminal, CSV and .xlsx renderings (issue 16).
///
/// One builder per list keeps the three renderings from drifting apart: the terminal shows the cells'
/// text, the CSV the same text, the workbook numbers as numbers and days as dates.
public struct ListTable: Sendable, Hashable {
    /// The sheet's tab name in a workbook.
    public var title: String
    public var table: SummaryTable
    public var alignments: [TextTable.Alignment]
    /// What the rows are, when the header alone does not say it (a run's year, revision and draft or
    /// published status): after the rows in the CSV, on a sheet of its own in a workbook.
    public var caption: String?
    /// One stable English key per column, the same in every language: the members of each object of the JSON
    /// (D-139; the names are listed in `ListKeys`).
    public var keys: [String]

    public init(
        title: String, header: [String], keys: [String], rows: [[SummaryCell]], alignments: [TextTable.Alignment]? = nil, caption: String? = nil
    ) {
        precondition(keys.count == header.count, "one key per column")
        self.title = title
        self.keys = keys
        self.table = SummaryTable(header: header, rows: rows)
        self.alignments = alignments ?? header.map { _ in .left }
        self.caption = caption
    }

    /// The terminal rendering: a header rule, columns two spaces apart, terminal-safe cells (`TextTable`).
    public func text() -> String {
        var t = TextTable(headers: table.header, alignments: alignments)
        for row in table.rows { t.append(row.map(\.shown)) }
        return t.render()
    }

    /// The CSV rendering: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting and formula-like
    /// cells neutralised, as the summary's CSV (D-79).
    public func csv() -> String {
        var lines = [table.header] + table.rows.map { $0.map(\.shown) }
        if let caption { lines += [[], [caption]] }
        return "\u{FEFF}" + lines.map { $0.map(SummaryRender.csvCell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The JSON rendering (D-139): an array with one object per row, members named by `keys` in column order.
    ///
    /// A whole number (a count, an id, a year) is a JSON number; any other number is its shown text (a string,
    /// so it stays exact, a percentage with its `%`); a date is `YYYY-MM-DD`; an empty cell or "—" is null;
    /// other text is as shown. The caption is not part of it (the rows are the list).
    public func json() -> String {
        jsonRows().render() + "\n"
    }

    /// The rows as a JSON array, for `json()` and for outputs that hold several lists (`stations history`).
    func jsonRows() -> JSON {
        func value(_ cell: SummaryCell) -> JSON {
            switch cell {
            case .text(let t): t.isEmpty || t == "—" ? .null : .string(t)
            case .number(_, let shown): Int(shown).map(JSON.int) ?? .string(shown)
            case .date(let d): .string(d.description)
            }
        }
        return JSON.array(table.rows.map { row in JSON.object(zip(keys, row).map { ($0, value($1)) }) })
    }
}

/// The tables of `freeze list`, `summons list`, `reports status` and `assess show` (issue 16).
public enum ListTables {
    /// The freezes: unit, since, run, document, days in force on `day`, lifting condition; with `history`,
    /// also the lift date, document and reason.
    public static func freezes(_ freezes: [Freeze], on day: Day, history: Bool, lang: Language) -> ListTable {
        var header = lang.pick(ListText.freezeHeaders)
        if history { header += lang.pick(ListText.liftHeaders) }
        let keys = ListKeys.freezes + (history ? ListKeys.lifts : [])
        let rows: [[SummaryCell]] = freezes.map { f in
            var row: [SummaryCell] = [
                .text(ConsequencesText.unit(f, lang)), .date(f.startedOn), .text(ConsequencesText.run(f.runID, year: f.year, kind: f.kind, lang)),
                .text(f.document), f.startedOn <= day ? .integer(f.daysInForce(on: day)) : .text("—"),
                .text(ConsequencesText.condition(f.terms, lang)),
            ]
            if history {
                row += [
                    f.lift.map { .date($0.on) } ?? .text("—"), .text(f.lift?.document ?? "—"),
                    .text(f.lift.map { ConsequencesText.liftReason($0, lang) } ?? "—"),
                ]
            }
            return row
        }
        return ListTable(
            title: lang.pick(ListText.freezesTitle), header: header, keys: keys, rows: rows, alignments: header.indices.map { $0 == 4 ? .right : .left })
    }

    /// The summonses: id, unit, year, kind, whom, document, status, held, rectification due, closed or
    /// withdrawn, notes, amendments.
    public static func summonses(_ summonses: [Summons], lang: Language) -> ListTable {
        let header = lang.pick(ListText.summonsHeaders)
        let rows: [[SummaryCell]] = summonses.map { s in
            [
                .integer(Int(s.id)), .text(ConsequencesText.unit(s, lang)), .integer(s.year),
                .text(Labels.kind(s.kind == .final ? .final : .annual, lang)), .text(lang.pick(s.whom.zh, s.whom.en)), .text(s.document),
                .text(ConsequencesText.status(s.status, lang)), s.heldOn.map { .date($0) } ?? .text("—"),
                s.rectificationDue.map { .date($0) } ?? .text("—"),
                .text(s.closedOn.map { day in s.decisionDocument.map { "\(day) \($0)" } ?? day.description } ?? "—"),
                .text(s.notes ?? ""), .integer(s.amendmentCount),
            ]
        }
        return ListTable(title: lang.pick(ListText.summonsesTitle), header: header, keys: ListKeys.summonses, rows: rows)
    }

    /// The report status per unit: code, name, submission, completeness and the filing of the rules and the
    /// annual plan, in the order given.
    public static func reportStatus(_ units: [(area: Area, status: ReportStatus)], lang: Language) -> ListTable {
        let header = lang.pick(ListText.reportStatusHeaders)
        let rows: [[SummaryCell]] = units.map { u in
            [
                .text(u.area.code), .text(u.area.name), .text(Labels.submission(u.status, lang)), .text(Labels.completeness(u.status, lang)),
                .text(Labels.filing(u.status, .rules, lang)), .text(Labels.filing(u.status, .plan, lang)),
            ]
        }
        return ListTable(title: lang.pick(ListText.reportStatusTitle), header: header, keys: ListKeys.reportStatus, rows: rows)
    }

    /// A run's results, one row per unit: base, previous and current concentration (μg/m³), required
    /// concentration and reduction, required and actual decline (percent), scores, result, grade and flags.
    ///
    /// Every figure is the one the run printed, at the rule set's places: a number cell holds the
    /// shown figure, so the workbook reproduces the table; a key-task score not counted carries `*` as text.
    public static func assessment(_ run: AssessmentRun, rules: RoundingPlaces = RoundingPlaces(), lang: Language) -> ListTable {
        let header = lang.pick(ListText.resultHeaders)
        let inputs = Dictionary(uniqueKeysWithValues: run.inputs.map { ($0.area.code, $0) })
        let rows: [[SummaryCell]] = run.results.map { AssessmentText.row($0, input: inputs[$0.area.code], rules: rules, lang: lang) }
        return ListTable(
            title: lang.pick(ListText.resultsTitle), header: header, keys: ListKeys.results, rows: rows,
            alignments: AssessmentText.alignments, caption: AssessmentText.heading(run, lang: lang))
    }
}
