import Foundation
import KaoheCore

/// The plan-period view (issue 22) laid out for people: the one builder of its tables, chart panel, spreadsheet
/// rows and JSON, shared by the final summary (its attachment, CSV section, sheet and `planPeriod` member) and
/// by `kaohe history AREA`, so the two cannot say different things.
extension PlanPeriodHistory {
    /// "安县（510724）2013—2017年规划期考核情况".
    public func title(_ lang: Language) -> String {
        lang.pick("\(area.name)（\(area.code)）\(baseYear)—\(finalYear)年规划期考核情况", "\(area.name) (\(area.code)), plan period \(baseYear)–\(finalYear)")
    }

    /// The unit's part of the view: a heading, the table of years, the table of key tasks by indicator and the
    /// final target against the final result.
    public func blocks(_ lang: Language, rounding: RoundingPlaces, withHeading: Bool = true) -> [SummaryDocument.Block] {
        (withHeading ? [.subheading(lang.pick("\(area.name)（\(area.code)）", "\(area.name) (\(area.code))"))] : [])
            + [.table(yearsTable(lang, rounding)), .table(indicatorTable(lang, rounding)), .paragraph(finalLine(lang, rounding))]
    }

    /// One row per year from the base year to the final year: annual mean, assessment, score, grade, document.
    func yearsTable(_ lang: Language, _ rounding: RoundingPlaces) -> SummaryDocument.Table {
        let f = Formatting(rounding)
        let rows = years.map { y -> [String] in
            let published = y.documentNumber.map { d in y.publishedOn.map { lang.pick("\(d)（\($0)）", "\(d) (\($0))") } ?? d }
            // A year with a result but no document is the draft the view was made for (a draft final summary).
            let publication = published ?? (y.kind != nil ? lang.pick("未发布（草稿）", "not published (draft)") : "")
            return [
                y.isBase ? lang.pick("\(y.year)（基准年）", "\(y.year) (base year)") : String(y.year), f.conc(y.concentration),
                y.isBase ? lang.pick("考核基数", "assessment base") : (y.kind.map { Labels.kind($0, lang) } ?? lang.pick("未发布", "not published")),
                y.isBase ? "" : f.score(y.resultScore), y.isBase || y.kind == nil ? "" : Labels.grade(y.grade, lang), publication,
            ]
        }
        return SummaryDocument.Table(
            headers: [
                lang.pick("年度", "year"), lang.pick("年均浓度", "annual mean"), lang.pick("考核", "assessment"), lang.pick("考核得分", "result"),
                lang.pick("等级", "grade"), lang.pick("发布文号", "published as"),
            ],
            alignments: [.left, .right, .left, .right, .left, .left], rows: rows)
    }

    var assessedYears: [Int] { years.filter { !$0.isBase }.map(\.year) }

    /// One row per indicator of R-12: code and name, points, and per assessed year "self/verified" (R-13).
    func indicatorTable(_ lang: Language, _ rounding: RoundingPlaces) -> SummaryDocument.Table {
        let f = Formatting(rounding)
        return SummaryDocument.Table(
            headers: [lang.pick("重点任务指标", "key-task indicator"), lang.pick("分值", "points")]
                + assessedYears.map { lang.pick("\($0) 自评/核定", "\($0) self/verified") },
            alignments: [.left, .right] + assessedYears.map { _ in .right },
            rows: indicators.map { i in
                ["\(i.code) \(i.name)", GBRounding.display(i.points)]
                    + assessedYears.map { y in i.selfScores[y].map { "\(f.score($0))/\(f.score(i.verifiedScores[y]))" } ?? f.dash }
            })
    }

    /// "终期目标：…；终期结果：要求下降 …，实际下降 …，…终期目标，等级" (R-16).
    func finalLine(_ lang: Language, _ rounding: RoundingPlaces) -> String {
        guard let t = finalTarget else { return lang.pick("无终期目标", "No final target") }
        var out = lang.pick("终期目标：", "Final target: ") + Self.targetText(t, lang)
        if let r = finalResult {
            let f = Formatting(rounding)
            let actual = f.percent(r.actualDeclinePercent), required = f.percent(r.requiredDeclinePercent)
            out += lang.pick(
                "；终期结果：要求下降 \(required)，实际下降 \(actual)，\(r.targetReached == true ? "达到" : "未达到")终期目标，\(Labels.grade(r.grade, lang))",
                "; final result: required decline \(required), actual \(actual), target \(r.targetReached == true ? "reached" : "not reached"), \(Labels.grade(r.grade, lang))")
        } else {
            out += lang.pick("；终期考核结果尚未发布", "; the final assessment is not yet published")
        }
        return out
    }

    /// The final target in words: "较 2013 年下降 12%", "浓度不高于 85 μg/m³" … (R-7).
    static func targetText(_ t: Target, _ lang: Language) -> String {
        let value = t.value.map { GBRounding.display($0) } ?? ""
        switch t.kind {
        case .percentDecline: return lang.pick("较 \(t.baseYear) 年下降 \(value)%", "\(value) % decline on \(t.baseYear)")
        case .absoluteReduction: return lang.pick("较 \(t.baseYear) 年消减 \(value) μg/m³", "\(value) μg/m³ reduction on \(t.baseYear)")
        case .ceiling: return lang.pick("浓度不高于 \(value) μg/m³", "at most \(value) μg/m³")
        case .continuousImprovement: return lang.pick("持续改善", "continuous improvement")
        }
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
            label: area.name,
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
            title: lang.pick("各单位年均浓度变化（μg/m³，虚线为终期目标）", "Annual mean by year (μg/m³; dashed: the final target)"),
            targetLabel: lang.pick("终期目标", "final target"), panels: views.map { $0.panel(lang, rounding) }))
    }

    /// One row per unit and year for spreadsheets (CSV and .xlsx): the year's figures, each indicator's self
    /// and verified score, and on the final year's row the final target against the final result.
    public static func table(_ views: [PlanPeriodHistory], lang: Language, rounding: RoundingPlaces) -> SummaryTable {
        let indicators = views.first?.indicators ?? []
        let header =
            [
                lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("年度", "year"), lang.pick("基准年", "base year"),
                lang.pick("年均浓度", "annual mean"), lang.pick("考核类别", "kind"), lang.pick("考核得分", "result"), lang.pick("等级", "grade"),
                lang.pick("发布文号", "document"), lang.pick("发布日期", "published on"),
            ]
            + indicators.flatMap { i in
                [lang.pick("\(i.code) \(i.name) 自评", "\(i.code) \(i.name) self"), lang.pick("\(i.code) \(i.name) 核定", "\(i.code) \(i.name) verified")]
            }
            + [
                lang.pick("终期目标", "final target"), lang.pick("终期要求下降（%）", "final required decline (%)"),
                lang.pick("终期实际下降（%）", "final actual decline (%)"), lang.pick("达到终期目标", "final target reached"),
            ]
        var rows: [[SummaryCell]] = []
        for v in views {
            let f = Formatting(rounding)
            for y in v.years {
                let n = SummaryCell.numeric
                var row: [SummaryCell] = [
                    .text(v.area.code), .text(v.area.name), n(String(y.year)), .text(y.isBase ? lang.pick("是", "yes") : ""), n(y.concentration.map(f.conc)),
                    .text(y.isBase ? lang.pick("考核基数", "assessment base") : y.kind.map { Labels.kind($0, lang) } ?? lang.pick("未发布", "not published")),
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
