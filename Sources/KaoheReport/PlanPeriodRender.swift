import Foundation
import KaoheCore

/// The plan-period view (issue 22) as a document of its own, for `kaohe history AREA`: the same blocks, table
/// and JSON as the final summary's part, in every format the summary has as text (text, Markdown, HTML, CSV,
/// JSON).
public enum PlanPeriodRender {
    /// Terminal text: the title underlined, then each unit's blocks (charts are left out, as in the summary).
    public static func text(_ views: [PlanPeriodHistory], title: String, lang: Language, rounding: RoundingPlaces) -> String {
        var parts = [terminalSafe(title) + "\n" + String(repeating: "=", count: displayWidth(title))]
        parts += blocks(views, lang: lang, rounding: rounding).compactMap { SummaryRender.textBlock($0, lang) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The blocks of one or several units; a single unit's heading is the document's title, so it is left out.
    static func blocks(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> [SummaryDocument.Block] {
        views.flatMap { $0.blocks(lang, rounding: rounding, withHeading: views.count > 1) }
    }

    /// CommonMark with pipe tables, input text escaped as in the summary's Markdown. A year awaiting correction
    /// (D-143) is noted after the view, escaped too (D-159); with none the text is as before.
    public static func markdown(
        _ views: [PlanPeriodHistory], title: String, lang: Language, rounding: RoundingPlaces, awaiting: [AwaitingCorrection] = []
    ) -> String {
        let parts = ["# " + SummaryRender.md(title)] + blocks(views, lang: lang, rounding: rounding).compactMap { SummaryRender.mdBlock($0, lang) }
        let notes = awaiting.isEmpty ? "" : "\n" + awaiting.map { SummaryRender.md(lang.pick(AwaitingCorrectionText.note($0))) + "\n" }.joined()
        return parts.joined(separator: "\n\n") + "\n" + notes
    }

    /// One self-contained HTML file (no network, no script) with the small-multiple chart first; every text
    /// escaped. A year awaiting correction (D-143) is noted in a paragraph after the view; with none the file is
    /// as before (D-159).
    public static func html(
        _ views: [PlanPeriodHistory], title: String, lang: Language, rounding: RoundingPlaces, awaiting: [AwaitingCorrection] = []
    ) -> String {
        let keep = NoBreak(unitNames: views.map(\.area.name))
        var chartID = 0
        let notes = awaiting.map { "\n<p class=\"awaiting-correction\">" + SummaryRender.esc(lang.pick(AwaitingCorrectionText.note($0))) + "</p>" }.joined()
        let body =
            [PlanPeriodHistory.chart(views, lang: lang, rounding: rounding)] + blocks(views, lang: lang, rounding: rounding)
        return """
            \(SummaryRender.htmlOpening(lang: lang, escapedTitle: SummaryRender.esc(title)))
            <style>
            \(SummaryRender.css)
            </style>
            </head>
            <body>
            <section class="attachment landscape">
            <h1 class="attach-title">\(keep.html(title))</h1>
            \(body.map { SummaryRender.htmlBlock($0, keep, &chartID) }.joined(separator: "\n"))\(notes)
            </section>
            </body>
            </html>

            """
    }

    /// UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting and neutralised cells, as the summary's CSV: one
    /// row per unit and year.
    public static func csv(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> String {
        let table = PlanPeriodHistory.table(views, lang: lang, rounding: rounding)
        let lines = [table.header] + table.rows.map { $0.map(\.shown) }
        return "\u{FEFF}" + lines.map { $0.map(SummaryRender.csvCell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// `{"format": "kaohe-history", "formatVersion": 1, "lang": …, "baseYear": …, "finalYear": …, "units": [...]}`,
    /// the units as in the summary's `planPeriod` member (docs/summary-json.md); `awaitingCorrection` follows only
    /// when a year awaits correction (D-143, D-159), so every other output is as before.
    public static func json(
        _ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces, awaiting: [AwaitingCorrection] = []
    ) -> String {
        let notes: [(String, JSON)] = awaiting.isEmpty ? [] : [("awaitingCorrection", .array(awaiting.map { a in
            .object([
                ("year", .int(a.year)), ("kind", .string(a.kind.rawValue)), ("revision", .int(a.revision)), ("documentNumber", .string(a.document)),
                ("runId", .int(Int(a.runID))), ("successionId", .int(Int(a.successionID))), ("withdrawalDocument", .string(a.withdrawalDocument)),
                ("note", .string(lang.pick(AwaitingCorrectionText.note(a)))),
            ])
        }))]
        let root: JSON = .object(
            [("format", .string("kaohe-history")), ("formatVersion", .int(1)), ("lang", .string(lang.rawValue))]
                + member(views, lang: lang, rounding: rounding) + notes)
        return root.render() + "\n"
    }

    /// `baseYear`, `finalYear` and `units`: the members the summary's `planPeriod` object and the history's
    /// JSON share.
    static func member(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> [(String, JSON)] {
        [
            ("baseYear", views.first.map { .int($0.baseYear) } ?? .null), ("finalYear", views.first.map { .int($0.finalYear) } ?? .null),
            ("units", .array(views.map { unit($0, lang: lang, rounding: rounding) })),
        ]
    }

    static func unit(_ v: PlanPeriodHistory, lang: Language, rounding: RoundingPlaces) -> JSON {
        let f = Formatting(rounding)
        let assessed = v.assessedYears
        return .object([
            ("code", .string(v.area.code)), ("name", .string(v.area.name)),
            ("years", .array(v.years.map { y in
                // A predecessor's year names it (issue 21, D-141); the unit's own years are as before.
                let unit: [(String, JSON)] = y.unitCode.map { [("unitCode", .string($0)), ("unitName", .str(y.unitName))] } ?? []
                return .object([
                    ("year", .int(y.year)), ("isBaseYear", .bool(y.isBase)), ("concentration", .str(y.concentration.map(f.conc))),
                    ("kind", .str(y.kind?.rawValue)), ("resultScore", .str(y.resultScore.map(f.score))), ("grade", .str(y.grade?.english)),
                    ("gradeLabel", y.isBase || y.kind == nil ? .null : .string(Labels.grade(y.grade, lang))),
                    ("documentNumber", .str(y.documentNumber)), ("publishedOn", .str(y.publishedOn?.description)),
                ] + unit)
            })),
            ("keyTasks", .array(v.indicators.map { i in
                .object([
                    ("code", .string(i.code)), ("name", .string(i.name)), ("points", .string(GBRounding.display(i.points))),
                    ("years", .array(assessed.map { y in
                        .object([("year", .int(y)), ("self", .str(i.selfScores[y].map(f.score))), ("verified", .str(i.verifiedScores[y].map(f.score)))])
                    })),
                ])
            })),
            ("finalTarget", v.finalTarget.map { t in
                .object([
                    ("kind", .string(String(describing: t.kind))), ("value", .str(t.value.map { GBRounding.display($0) })), ("baseYear", .int(t.baseYear)),
                    ("baseConcentration", .string(f.conc(t.baseConcentration))), ("text", .string(PlanPeriodHistory.targetText(t, lang))),
                ])
            } ?? .null),
            ("finalResult", v.finalResult.map { r in
                .object([
                    ("requiredDeclinePercent", .str(r.requiredDeclinePercent.map(f.decline))),
                    ("actualDeclinePercent", .str(r.actualDeclinePercent.map(f.decline))), ("targetReached", r.targetReached.map(JSON.bool) ?? .null),
                    ("grade", .str(r.grade?.english)), ("gradeLabel", .string(Labels.grade(r.grade, lang))),
                ])
            } ?? .null),
        ])
    }
}
