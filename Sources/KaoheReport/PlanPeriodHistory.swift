import Foundation
import KaoheCore

/// The plan-period view (issue 22) laid out for people: the one builder of its tables, chart panel, spreadsheet
/// rows and JSON, shared by the final summary (its attachment, CSV section, sheet and `planPeriod` member) and
/// by `kaohe history AREA`, so the two cannot say different things.
extension PlanPeriodHistory {
    /// "安县（510724）2013—2017年规划期考核情况".
    public func title(_ lang: Language) -> String {
        lang.pick(PlanPeriodText.title(area.name, code: area.code, baseYear: baseYear, finalYear: finalYear))
    }

    /// The unit's part of the view: a heading, the table of years, the table of key tasks by indicator and the
    /// final target against the final result.
    public func blocks(_ lang: Language, rounding: RoundingPlaces, withHeading: Bool = true) -> [SummaryDocument.Block] {
        (withHeading ? [.subheading(lang.pick(PlanPeriodText.unit(area.name, code: area.code)))] : [])
            + [.table(yearsTable(lang, rounding)), .table(indicatorTable(lang, rounding)), .paragraph(finalLine(lang, rounding))]
    }

    /// One row per year from the base year to the final year: annual mean, assessment, score, grade, document.
    func yearsTable(_ lang: Language, _ rounding: RoundingPlaces) -> SummaryDocument.Table {
        let f = Formatting(rounding)
        let rows = years.map { y -> [String] in
            let published = y.documentNumber.map { d in y.publishedOn.map { lang.pick(PlanPeriodText.published(d, on: $0)) } ?? d }
            // A year with a result but no document is the draft the view was made for (a draft final summary).
            let publication = published ?? (y.kind != nil ? lang.pick(PlanPeriodText.draft) : "")
            let label = y.isBase ? lang.pick(PlanPeriodText.baseYear(y.year)) : String(y.year)
            // A predecessor's year is named as it was (issue 21, D-141).
            let yearCell = y.unitName.map { lang.pick(PlanPeriodText.yearAs(label, name: $0, code: y.unitCode ?? "")) } ?? label
            return [
                yearCell, f.conc(y.concentration),
                y.isBase ? lang.pick(PlanPeriodText.assessmentBase) : (y.kind.map { Labels.kind($0, lang) } ?? lang.pick(PlanPeriodText.notPublished)),
                y.isBase ? "" : f.score(y.resultScore), y.isBase || y.kind == nil ? "" : Labels.grade(y.grade, lang), publication,
            ]
        }
        return SummaryDocument.Table(
            headers: lang.pick(PlanPeriodText.yearsHeaders),
            alignments: [.left, .right, .left, .right, .left, .left], rows: rows)
    }

    var assessedYears: [Int] { years.filter { !$0.isBase }.map(\.year) }

    /// One row per indicator of R-12: code and name, points, and per assessed year "self/verified".
    func indicatorTable(_ lang: Language, _ rounding: RoundingPlaces) -> SummaryDocument.Table {
        let f = Formatting(rounding)
        return SummaryDocument.Table(
            headers: lang.pick(PlanPeriodText.indicatorHeaders) + assessedYears.map { lang.pick(PlanPeriodText.selfVerified($0)) },
            alignments: [.left, .right] + assessedYears.map { _ in .right },
            rows: indicators.map { i in
                ["\(i.code) \(i.name)", GBRounding.display(i.points)]
                    + assessedYears.map { y in i.selfScores[y].map { "\(f.score($0))/\(f.score(i.verifiedScores[y]))" } ?? f.dash }
            })
    }

    /// "终期目标：…；终期结果：要求下降 …，实际下降 …，…终期目标，等级".
    func finalLine(_ lang: Language, _ rounding: RoundingPlaces) -> String {
        guard let t = finalTarget else { return lang.pick(PlanPeriodText.noFinalTarget) }
        var out = lang.pick(PlanPeriodText.finalTarget) + Self.targetText(t, lang)
        if let r = finalResult {
            let f = Formatting(rounding)
            let actual = f.percent(r.actualDeclinePercent), required = f.percent(r.requiredDeclinePercent)
            out += lang.pick(PlanPeriodText.finalResult(required: required, actual: actual, reached: r.targetReached == true, grade: Labels.grade(r.grade, lang)))
        } else {
            out += lang.pick(PlanPeriodText.finalNotPublished)
        }
        return out
    }

    /// The final target in words: "较 2013 年下降 12%", "浓度不高于 85 μg/m³" ….
    static func targetText(_ t: Target, _ lang: Language) -> String {
        let value = t.value.map { GBRounding.display($0) } ?? ""
        return lang.pick(PlanPeriodText.target(t.kind, value: value, baseYear: t.baseYear))
    }

    /// The concentration the final target asks for, μg/m³: the final assessment's own required concentration
    /// when there is one, else the target written as a concentration (R-7; never above the base, R-8 revised).
    public var targetConcentration: Decimal? {
        if let c = finalResult?.requiredConcentration { return c }
        guard let t = finalTarget else { return nil }
        let base = t.baseConcentration, v = t.value ?? 0
        switch t.kind {
        case .percentDecline: return min(base, base - base * v / 100)
        case .absoluteReduction: return min(base, base - v)
        case .ceiling: return min(base, v)
        case .continuousImprovement: return base
        }
    }

    /// The unit's small chart: the annual mean per year with the final target as a line.
    func panel(_ lang: Language, _ rounding: RoundingPlaces) -> SummaryDocument.PlanPeriodPanel {
        let f = Formatting(rounding)
        let target = targetConcentration
        return SummaryDocument.PlanPeriodPanel(
            label: panelLabel(lang),
            points: years.map { y in
                SummaryDocument.PlanPeriodPoint(
                    year: y.year, value: y.concentration.map { $0.roundedGB(rounding.concentration) }, text: y.concentration.map(f.conc),
                    isBase: y.isBase)
            },
            target: target, targetText: target.map { GBRounding.fixed($0, places: rounding.concentration + 1) })
    }

    /// The small-multiple chart of several units (one panel each), for the HTML.
    public static func chart(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> SummaryDocument.Block {
        .chart(.planPeriod(
            title: lang.pick(PlanPeriodText.chart), targetLabel: lang.pick(PlanPeriodText.targetSeries), panels: views.map { $0.panel(lang, rounding) }))
    }

    /// One row per unit and year for spreadsheets (CSV and .xlsx): the year's figures, each indicator's self
    /// and verified score, and on the final year's row the final target against the final result.
    public static func table(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> SummaryTable {
        let indicators = views.first?.indicators ?? []
        let header =
            lang.pick(PlanPeriodText.tableHeaders) + indicators.flatMap { lang.pick(PlanPeriodText.indicatorColumns($0.code, $0.name)) }
            + lang.pick(PlanPeriodText.finalHeaders)
        var rows: [[SummaryCell]] = []
        for v in views {
            let f = Formatting(rounding)
            for y in v.years {
                let n = SummaryCell.numeric
                var row: [SummaryCell] = [
                    .text(v.area.code),
                    .text(y.unitName.map { lang.pick(PlanPeriodText.heldBy(v.area.name, predecessor: $0, code: y.unitCode ?? "")) } ?? v.area.name),
                    n(String(y.year)), .text(y.isBase ? lang.pick(PlanPeriodText.yes) : ""), n(y.concentration.map(f.conc)),
                    .text(y.isBase ? lang.pick(PlanPeriodText.assessmentBase) : y.kind.map { Labels.kind($0, lang) } ?? lang.pick(PlanPeriodText.notPublished)),
                    n(y.resultScore.map(f.score)), .text(y.isBase || y.kind == nil ? "" : Labels.grade(y.grade, lang)), .text(y.documentNumber ?? ""),
                    .text(y.publishedOn?.description ?? ""),
                ]
                for i in v.indicators {
                    row += y.isBase ? [.text(""), .text("")] : [n(i.selfScores[y.year].map(f.score)), n(i.verifiedScores[y.year].map(f.score))]
                }
                let isFinal = y.year == v.finalYear
                row += [
                    .text(isFinal ? v.finalTarget.map { targetText($0, lang) } ?? "" : ""),
                    n(isFinal ? v.finalResult?.requiredDeclinePercent.map(f.decline) : nil), n(isFinal ? v.finalResult?.actualDeclinePercent.map(f.decline) : nil),
                    .text(isFinal && v.finalResult != nil ? Labels.reached(v.finalResult?.targetReached, lang) : ""),
                ]
                rows.append(row)
            }
        }
        return SummaryTable(header: header, rows: rows)
    }

    /// The view as terminal text (`kaohe history AREA`): the title, then the blocks of the shared builder.
    public func text(_ lang: Language, rounding: RoundingPlaces = RoundingPlaces()) -> String {
        PlanPeriodRender.text([self], title: title(lang), lang: lang, rounding: rounding)
    }
}

/// Numbers of the plan-period view written to the rule set's places (GB/T 8170), "—" when absent.
struct Formatting {
    let rounding: RoundingPlaces
    init(_ rounding: RoundingPlaces) { self.rounding = rounding }
    var dash: String { "—" }
    func conc(_ d: Decimal) -> String { GBRounding.fixed(d, places: rounding.concentration) }
    func conc(_ d: Decimal?) -> String { d.map(conc) ?? dash }
    func score(_ d: Decimal) -> String { GBRounding.fixed(d, places: rounding.score) }
    func score(_ d: Decimal?) -> String { d.map(score) ?? dash }
    func decline(_ d: Decimal) -> String { GBRounding.fixed(d, places: rounding.declinePercent) }
    func percent(_ d: Decimal?) -> String { d.map { decline($0) + "%" } ?? dash }
}
