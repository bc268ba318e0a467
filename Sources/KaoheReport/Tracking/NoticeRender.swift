import Foundation
import KaoheCore
import KaoheTracking

/// The monthly notice rendered for people and programs; the same escaping rules as the summary's.
public enum NoticeRender {
    /// Plain text for the terminal: control characters from input files replaced, Chinese lined up.
    public static func text(_ n: MonthlyNotice, places: Int, lang: Language, settings: DocumentSettings, date: Day) -> String {
        let doc = NoticeDocument(n, places: places, lang: lang, settings: settings, date: date)
        var parts = [
            terminalSafe(doc.title) + "\n" + String(repeating: "=", count: displayWidth(doc.title)), terminalSafe(doc.subtitle),
            terminalSafe(doc.addressees),
        ]
        for block in doc.blocksWithoutCharts {
            switch block {
            case .heading(let t): parts.append(terminalSafe(t) + "\n" + String(repeating: "-", count: displayWidth(t)))
            case .paragraph(let t): parts.append(terminalSafe(t))
            case .fields(let fields): parts.append(fields.map { terminalSafe($0.label + lang.pick(DocumentText.fieldColon) + $0.value) }.joined(separator: "\n"))
            case .table(let t):
                var table = TextTable(headers: t.headers, alignments: t.alignments)
                for row in t.rows { table.append(row) }
                parts.append(String(table.render().dropLast()))
            case .list(let items): parts.append(items.map { "- " + terminalSafe($0) }.joined(separator: "\n"))
            case .chart: continue
            }
        }
        parts.append(terminalSafe(doc.attachmentNote))
        parts += doc.closing.textParts()
        parts.append(terminalSafe(doc.attachment.label) + "\n" + terminalSafe(doc.attachment.title) + "\n" + String(repeating: "=", count: displayWidth(doc.attachment.title)))
        for case .list(let items) in doc.attachment.blocks { parts.append(items.map { "- " + terminalSafe($0) }.joined(separator: "\n")) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// CommonMark with pipe tables; text escaped as in the summary so it can make neither markup nor HTML.
    public static func markdown(_ n: MonthlyNotice, places: Int, lang: Language, settings: DocumentSettings, date: Day) -> String {
        let doc = NoticeDocument(n, places: places, lang: lang, settings: settings, date: date)
        let md = SummaryRender.md
        var parts = ["# " + md(doc.title), md(doc.subtitle), md(doc.addressees)]
        for block in doc.blocksWithoutCharts {
            switch block {
            case .heading(let t): parts.append("## " + md(t))
            case .paragraph(let t): parts.append(md(t))
            case .fields(let fields): parts.append(fields.map { "- **\(md($0.label))**\(lang.pick(DocumentText.fieldColon))\(md($0.value))" }.joined(separator: "\n"))
            case .table(let t):
                let rule = t.alignments.map { $0 == .right ? "---:" : "---" }
                let lines = [t.headers.map(md), rule] + t.rows.map { $0.map(md) }
                parts.append(lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n"))
            case .list(let items): parts.append(items.map { "- " + md($0) }.joined(separator: "\n"))
            case .chart: continue
            }
        }
        parts.append(md(doc.attachmentNote))
        parts += doc.closing.markdownParts()
        parts.append(md(doc.attachment.label) + "\n\n## " + md(doc.attachment.title))
        for case .list(let items) in doc.attachment.blocks { parts.append(items.map { "- " + md($0) }.joined(separator: "\n")) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// One self-contained HTML file (no script, no network) in the results notice's print layout (GB/T 9704:
    /// A4, margins, fonts, page numbers; D-56–D-59) with its inline SVG charts; every text is HTML-escaped, and
    /// unit names, dates and status words are kept from breaking across lines.
    public static func html(_ n: MonthlyNotice, places: Int, lang: Language, settings: DocumentSettings, date: Day) -> String {
        let doc = NoticeDocument(n, places: places, lang: lang, settings: settings, date: date)
        let esc = SummaryRender.esc
        let statusWords = TrackingStatus.allCases.flatMap { [$0.chinese, $0.english] } + [
            TrackingFormat.status(nil, .noMonitoringData, lang), TrackingFormat.status(nil, .noTarget, lang),
        ]
        let keep = NoBreak(unitNames: n.units.map(\.area.name), words: statusWords)
        var body = [
            "<main class=\"notice\">",
            "<h1 class=\"title\">\(keep.html(doc.title))</h1>",
            "<p class=\"subtitle\">\(keep.html(doc.subtitle))</p>",
            "<p class=\"to\">\(keep.html(doc.addressees))</p>",
        ]
        var chartID = 0
        func html(_ block: NoticeDocument.Block) -> String {
            switch block {
            case .heading(let t): return "<h2>\(keep.html(t))</h2>"
            case .paragraph(let t): return "<p>\(keep.html(t))</p>"
            case .fields(let fields):
                return "<dl class=\"fields\">" + fields.map { "<dt>\(esc($0.label))</dt><dd>\(keep.html($0.value))</dd>" }.joined() + "</dl>"
            case .table(let t): return SummaryRender.htmlTable(t, keep)
            case .list(let items): return "<ul>" + items.map { "<li>\(keep.html($0))</li>" }.joined() + "</ul>"
            case .chart(let chart):
                chartID += 1
                return NoticeSVG.render(chart, id: "chart\(chartID)")
            }
        }
        body += doc.blocks.dropLast().map(html)
        // The last block, the signature, the date and the foot stay together, so no page holds the signature
        // alone (GB/T 9704 7.3.5), as in the results notice.
        let closing = doc.closing.html(keep)
        body.append("<div class=\"closing\">")
        if let last = doc.blocks.last { body.append(html(last)) }
        body.append("<div class=\"attach-note\"><p class=\"first\">\(keep.html(doc.attachmentNote))</p></div>")
        body.append(closing[0])
        body.append(closing[1] + "</div>")
        body.append("</main>")
        body.append("<section class=\"attachment\">")
        body.append("<p class=\"attach-label\">\(esc(doc.attachment.label))</p><h1 class=\"attach-title\">\(keep.html(doc.attachment.title))</h1>")
        body += doc.attachment.blocks.map(html)
        body.append("</section>")
        return """
            \(SummaryRender.htmlOpening(lang: lang, escapedTitle: esc(doc.title)))
            <style>
            \(SummaryRender.css)
            .subtitle { text-indent: 0; text-align: center; font-family: var(--kai); }
            .panels { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// One row per unit, for spreadsheets: UTF-8 with a BOM, CRLF, RFC 4180 quoting and formula cells
    /// neutralised, with the summary's own cell function.
    public static func csv(_ n: MonthlyNotice, places: Int, lang: Language) -> String {
        table(n, places: places, lang: lang).csv()
    }

    /// The CSV's rows typed, for the CSV and the .xlsx exports (issue 16): concentrations (μg/m³) and changes
    /// (percent, one decimal) as numbers at their shown places, ranks, days, year and month as whole numbers.
    public static func table(_ n: MonthlyNotice, places: Int, lang: Language) -> ListTable {
        // Ranks are within the unit's pollutant (R-5 revised): the `pollutant` column says which list.
        func group(_ u: UnitTrack) -> PollutantRankings? { n.rankings.first { $0.pollutant == u.pollutant } }
        func rank(_ list: [RankedUnit]?, _ code: String) -> SummaryCell { list?.first { $0.area.code == code }.map { .integer($0.rank) } ?? .text("") }
        func c(_ d: Decimal?) -> SummaryCell { SummaryCell.numeric(d.map { GBRounding.fixed($0, places: places) } ?? "") }
        func pct(_ d: Decimal?) -> SummaryCell { SummaryCell.numeric(d.map { GBRounding.fixed($0 * 100, places: 1) } ?? "") }
        let incomplete = Dictionary(grouping: n.incomplete, by: \.area.code)
        // With `--rank-by composite` four columns follow (D-137): the unit's rank, index (two places, as in the
        // text form), the index a year before and the change; empty for a unit the composite ranking leaves out.
        let composite = n.composite.map { rows in Dictionary(rows.map { ($0.area.code, $0) }, uniquingKeysWith: { a, _ in a }) }
        func compositeCells(_ code: String) -> [SummaryCell] {
            guard let composite else { return [] }
            guard let r = composite[code] else { return Array(repeating: .text(""), count: 4) }
            return [
                .integer(r.rank), .numeric(GBRounding.fixed(r.index.index, places: 2)),
                .numeric(r.previous.map { GBRounding.fixed($0.index, places: 2) } ?? ""), pct(r.changeRate),
            ]
        }
        let header = lang.pick(TrackingText.noticeHeaders + (composite == nil ? [] : TrackingText.compositeHeaders))
        let rows: [[SummaryCell]] = n.units.map { u in
            let code = u.area.code, g = group(u)
            return [
                .text(code), .text(u.area.name), c(u.monthRounded), c(u.monthLastYearRounded), pct(u.monthChange), rank(g?.monthByConcentration, code),
                rank(g?.monthByChange, code), c(u.ytdRounded), c(u.ytdLastYearRounded), pct(u.ytdChange), rank(g?.ytdByConcentration, code),
                rank(g?.ytdByChange, code), SummaryCell.numeric(u.requirement.map { GBRounding.fixed($0.concentration, places: 1) } ?? ""),
                c(u.controlRounded), .integer(u.daysElapsed), .integer(u.daysRemaining), .text(TrackingFormat.status(u.status, u.coverage, lang)),
                .text(TrackingFormat.stations(u.ytd, lang)),
                .text((incomplete[code] ?? []).map { "\($0.station) \($0.validDays)/\($0.required)" }.joined(separator: lang.pick(TrackingText.listSeparator))),
                .integer(n.year), .integer(n.month), .text(u.pollutant.rawValue),
            ] + compositeCells(code)
        }
        return ListTable(title: lang.pick(TrackingText.noticeTitle(year: n.year, month: n.month)), header: header,
            keys: ListKeys.notice + (composite == nil ? [] : ListKeys.noticeComposite), rows: rows)
    }

    /// The notice as JSON (fields in docs/tracking.md): concentrations are strings written to the rule set's
    /// places as published, changes percentages with one decimal (a change ranking's `value` too), T and
    /// the threshold exact decimal text; labels in `lang`, codes not. The document parts (title, 主送, 抄送,
    /// signature, date) are named as in the results notice's JSON.
    public static func json(_ n: MonthlyNotice, places: Int, lang: Language, settings: DocumentSettings, date: Day) -> String {
        let doc = NoticeDocument(n, places: places, lang: lang, settings: settings, date: date)
        func c(_ d: Decimal?) -> JSON { .str(d.map { GBRounding.fixed($0, places: places) }) }
        func exact(_ d: Decimal?) -> JSON { .str(d.map { "\($0)" }) }
        func pct(_ d: Decimal?) -> JSON { .str(d.map { GBRounding.fixed($0 * 100, places: 1) }) }
        func period(_ p: PeriodMean) -> JSON {
            .object([
                ("from", .string(p.from.description)), ("through", .string(p.through.description)),
                ("stations", .array(p.stations.map { s in
                    .object([("station", .string(s.station)), ("validDays", .int(s.validDays)), ("mean", c(s.mean))])
                })),
            ])
        }
        func ranking(_ list: [RankedUnit], change: Bool) -> JSON {
            .array(list.map { r in .object([("rank", .int(r.rank)), ("code", .string(r.area.code)), ("value", change ? pct(r.value) : c(r.value))]) })
        }
        let units: [JSON] = n.units.map { u in
            .object([
                ("code", .string(u.area.code)), ("name", .string(u.area.name)), ("pollutant", .string(u.pollutant.rawValue)),
                ("coverage", .string(u.coverage.rawValue)),
                ("monthMean", c(u.monthRounded)), ("monthLastYear", c(u.monthLastYearRounded)), ("monthChangePercent", pct(u.monthChange)),
                ("ytdMean", c(u.ytdRounded)), ("ytdLastYear", c(u.ytdLastYearRounded)), ("ytdChangePercent", pct(u.ytdChange)),
                ("requiredConcentration", exact(u.requirement?.concentration)), ("requiredDecline", exact(u.requirement?.decline)),
                ("controlValue", c(u.controlRounded)), ("daysInYear", .int(u.daysInYear)), ("daysElapsed", .int(u.daysElapsed)),
                ("status", .str(u.status?.rawValue)), ("statusLabel", .string(TrackingFormat.status(u.status, u.coverage, lang))),
                ("ytd", period(u.ytd)), ("month", period(u.month)),
                ("monthly", .array((n.monthly[u.area.code] ?? []).map { p in .object([("month", .int(p.month)), ("mean", c(p.mean))]) })),
            ])
        }
        let root = JSON.object([
            ("kind", .string("monthly-notice")), ("year", .int(n.year)), ("month", .int(n.month)),
            ("through", .string(Day(year: n.year, month: n.month, day: Day.daysIn(month: n.month, year: n.year))!.description)),
            ("pollutants", .array(n.pollutants.map { .string($0.rawValue) })), ("language", .string(lang.rawValue)),
            ("title", .string(doc.title)), ("date", .string(date.description)),
            ("distribution", .object([("to", .string(settings.value(.mainRecipients))), ("copies", .string(settings.value(.copiesTo)))])),
            ("document", .object([
                ("city", .string(settings.value(.city))), ("issuer", .string(settings.value(.issuer))),
                ("printedBy", .string(settings.value(.printedBy))), ("signature", .string(doc.closing.signature)),
                ("date", .string(doc.closing.date)),
                ("defaults", .array(DocumentSettings.Field.allCases.filter(settings.isDefault).map { .string($0.rawValue) })),
            ])),
            ("attachment", .object([
                ("title", .string(doc.attachment.title)),
                ("notes", .array(doc.attachment.blocks.flatMap { b -> [JSON] in if case .list(let items) = b { items.map(JSON.string) } else { [] } })),
            ])),
            ("severeLag", exact(n.severeLag)), ("severeLagIsToolDefault", .bool(n.severeLagIsDefault)),
            ("rankings", .array(n.rankings.map { g in
                .object([
                    ("pollutant", .string(g.pollutant.rawValue)),
                    ("monthByConcentration", ranking(g.monthByConcentration, change: false)), ("monthByChange", ranking(g.monthByChange, change: true)),
                    ("ytdByConcentration", ranking(g.ytdByConcentration, change: false)), ("ytdByChange", ranking(g.ytdByChange, change: true)),
                ])
            })),
            ("warnings", .array(n.warnings.map { .string($0.area.code) })),
            ("incomplete", .array(n.incomplete.map { s in
                .object([("code", .string(s.area.code)), ("station", .string(s.station)), ("validDays", .int(s.validDays)), ("required", .int(s.required))])
            })),
            ("noData", .array(n.noData.map { .string($0.code) })),
            // `--rank-by composite` (D-125, D-137): the text form's rows; null when not asked for.
            ("composite", n.composite.map { rows in
                .array(rows.map { r in
                    .object([
                        ("rank", .int(r.rank)), ("code", .string(r.area.code)), ("name", .string(r.area.name)),
                        ("index", .string(GBRounding.fixed(r.index.index, places: 2))),
                        ("lastYear", .str(r.previous.map { GBRounding.fixed($0.index, places: 2) })),
                        ("changePercent", pct(r.changeRate)),
                    ])
                })
            } ?? .null),
            ("units", .array(units)),
        ])
        return root.render() + "\n"
    }
}
