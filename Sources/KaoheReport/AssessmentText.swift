import Foundation
import KaoheCore

/// Terminal renderings of an assessment run: the results table and one unit's full explanation.
public enum AssessmentText {
    /// One row per unit: base, previous and current concentration, required and actual decline, scores,
    /// result, grade and flags.
    public static func table(_ run: AssessmentRun, rules: RoundingPlaces = RoundingPlaces(), lang: Language) -> String {
        ListTables.assessment(run, rules: rules, lang: lang).text()
    }

    /// The run's heading line: year, kind, revision, status and rule set.
    public static func heading(_ run: AssessmentRun, lang: Language) -> String {
        let status =
            run.status == .published
            ? lang.pick(AssessmentWords.published(on: run.publishedOn?.description ?? "", document: run.documentNumber ?? ""))
            : lang.pick(AssessmentWords.draft)
        return lang.pick(
            AssessmentWords.heading(
                year: run.year, kind: Labels.kind(run.kind, lang), revision: run.revision, id: run.id, status: status, ruleSet: run.ruleSetName,
                hash: String(run.ruleSetHash.prefix(12))))
    }

    /// Counts per grade, in band order, plus units not graded.
    public static func gradeCounts(_ run: AssessmentRun, lang: Language) -> String {
        gradeCounts(run.results.map(\.grade), lang: lang)
    }

    /// Counts per grade of `grades` (nil: not graded), in band order, plus units not graded.
    static func gradeCounts(_ grades: [Grade?], lang: Language) -> String {
        var parts = Grade.allCases.map { g in "\(lang.pick(g.rawValue, g.english)) \(grades.filter { $0 == g }.count)" }
        let ungraded = grades.filter { $0 == nil }.count
        if ungraded > 0 { parts.append(lang.pick(AssessmentWords.notGraded(ungraded))) }
        return parts.joined(separator: lang.pick(AssessmentWords.comma))
    }

    /// The results table's columns' alignments: codes, names and words left, figures right.
    static let alignments: [TextTable.Alignment] = [.left, .left, .right, .right, .right, .right, .right, .right, .right, .left, .right, .right, .right, .left, .left]

    /// One unit's row of the results table (`ListTables.assessment`): code, name, base, previous, current, required
    /// concentration and reduction, required and actual decline, reached, scores, grade and flags.
    ///
    /// With `typed` false every cell is text with the same `shown` text, its number not read back: for the
    /// terminal, which shows only the text (issue 14).
    public static func row(_ r: UnitAssessment, input: UnitInput?, rules: RoundingPlaces, lang: Language, typed: Bool = true) -> [SummaryCell] {
        let c = cells(r, input: input, rules: rules)
        func number(_ shown: String) -> SummaryCell { typed ? SummaryCell.numeric(shown) : .text(shown) }
        func figure(_ shown: String?) -> SummaryCell { shown.map(number) ?? .text("—") }
        func percent(_ shown: String?) -> SummaryCell { typed ? SummaryCell.percent(shown) : .text(shown.map { $0 + "%" } ?? "—") }
        let keyTasks: SummaryCell = c.keyTasks.map { r.keyTaskRole == .counted ? number($0) : .text($0 + "*") } ?? .text("—")
        // The previous year marked as the base year (R-9) is text: its label belongs with the figure.
        let previous: SummaryCell = c.previousBaseYear == nil ? figure(c.previous) : .text(previousMarked(c, lang) ?? "—")
        return [
            .text(r.area.code), .text(r.area.name), figure(c.base), previous, figure(c.current), figure(c.requiredConcentration),
            figure(c.requiredReduction), percent(c.requiredDecline), percent(c.actualDecline),
            .text(Labels.reached(r.targetReached, lang)), figure(c.quality), keyTasks, figure(c.result), .text(Labels.grade(r.grade, lang)),
            .text(r.flags.map { Labels.flag($0, lang) }.joined(separator: lang.pick(ListText.flagSeparator))),
        ]
    }

    /// The results table and grade counts of a run made unit by unit (issue 14, D-169): each unit's row is kept as
    /// its shown cells only, not its input and explanation, and the table is written line by line. The same text
    /// as `table` and `gradeCounts` of the run (rows in the order added; the run's order is by unit code), with
    /// each name followed by its successor note as `SuccessionLabels.labelled` gives it.
    public struct ResultsTable {
        let rules: RoundingPlaces
        let lang: Language
        var table: TextTable
        var grades: [Grade?] = []

        public init(rules: RoundingPlaces, lang: Language) {
            self.rules = rules
            self.lang = lang
            table = TextTable(headers: lang.pick(ListText.resultHeaders), alignments: AssessmentText.alignments)
        }

        /// Adds one unit's row.
        public mutating func add(_ input: UnitInput?, _ result: UnitAssessment) {
            var r = result
            if let n = r.successorNote { r.area.name += lang == .en ? n.en : n.zh }
            table.append(AssessmentText.row(r, input: input, rules: rules, lang: lang, typed: false).map(\.shown))
            grades.append(r.grade)
        }

        /// The table, line by line, to `sink` (`table`'s text in pieces).
        public func write(_ sink: (String) -> Void) { table.render(sink) }

        /// Counts per grade (`gradeCounts`).
        public var gradeCounts: String { AssessmentText.gradeCounts(grades, lang: lang) }
    }

    /// One unit's explanation: every input with its source, every rule applied by id, each formula with
    /// numbers substituted and each rounding step, numbered.
    public static func explanation(_ result: UnitAssessment, lang: Language) -> String {
        let parts = explanationParts(result, lang: lang)
        var out = parts.title + "\n"
        for (i, step) in parts.steps.enumerated() { out += "\(i + 1). \(step)\n" }
        return out + parts.conclusion + "\n"
    }

    /// The pieces of an explanation, for documents that lay them out themselves: a title, the steps
    /// (unnumbered, each starting with its rule ids in brackets) and the closing grade-and-flags line.
    public static func explanationParts(_ result: UnitAssessment, lang: Language) -> (title: String, steps: [String], conclusion: String) {
        let title = lang.pick(AssessmentWords.explanationTitle(result.area.name, code: result.area.code, year: result.year))
        let steps = result.steps.map { "[\($0.ruleIDs.joined(separator: ", "))] \(lang.pick($0.zh, $0.en))" }
        var conclusion = lang.pick(AssessmentWords.gradeLabel) + Labels.grade(result.grade, lang)
        if !result.flags.isEmpty {
            conclusion += lang.pick(AssessmentWords.flagsLabel) + result.flags.map { Labels.flag($0, lang) }.joined(separator: lang.pick(AssessmentWords.flagSeparator))
        }
        return (title, steps, conclusion)
    }

    /// The numbers of one unit's row, each written to the rule set's places; nil where there is no value.
    ///
    /// Declines are percentages without the sign; the base comes from the target the assessment used (the
    /// final target first in a final assessment, the year's own target first otherwise).
    public static func cells(_ r: UnitAssessment, input: UnitInput?, rules: RoundingPlaces) -> RowCells {
        let target = r.kind == .final ? (input?.finalTarget ?? input?.annualTarget) : (input?.annualTarget ?? input?.finalTarget)
        return RowCells(
            base: target.map { fixed($0.baseConcentration, rules.concentration) },
            // R-9: the first assessed year's previous year is the base year; the engine recorded it.
            previous: r.previousIsBase.map { fixed($0.concentration, rules.concentration) } ?? input?.previous.map { fixed($0.value, rules.concentration) },
            previousBaseYear: r.previousIsBase?.baseYear,
            current: input?.current.map { fixed($0.value, rules.concentration) },
            // One decimal more than the concentrations, never rounded to whole (R-11 revised).
            requiredConcentration: r.requiredConcentration.map { fixed($0, rules.concentration + 1) },
            requiredReduction: r.requiredReduction.map { GBRounding.display($0) },
            requiredDecline: r.requiredDeclinePercent.map { fixed($0, rules.declinePercent) },
            actualDecline: r.actualDeclinePercent.map { fixed($0, rules.declinePercent) },
            quality: r.qualityScore.map { fixed($0, rules.score) },
            keyTasks: r.keyTaskScore.map { fixed($0, rules.score) },
            result: r.resultScore.map { fixed($0, rules.score) })
    }

    /// One unit's numbers as text (μg/m³, percent, points), see `cells`.
    public struct RowCells: Sendable, Hashable {
        public var base, previous: String?
        /// The base year when `previous` is the assessment base standing in for the previous year (R-9).
        public var previousBaseYear: Int? = nil
        public var current, requiredConcentration: String?
        /// μg/m³, exact (up to four decimals, "≈" beyond); with base and current it reproduces the score.
        public var requiredReduction: String?
        public var requiredDecline, actualDecline, quality, keyTasks, result: String?
    }

    /// The previous-year cell for a table read by people: the value, marked "（基准年）" when it is the base
    /// year standing in for the previous year of the first assessed year (R-9); nil when there is none.
    public static func previousMarked(_ c: RowCells, _ lang: Language) -> String? {
        guard let p = c.previous else { return nil }
        return c.previousBaseYear == nil ? p : p + lang.pick(AssessmentWords.baseYearMark)
    }

    static func fixed(_ d: Decimal, _ places: Int) -> String { GBRounding.fixed(d, places: places) }
}
