/// The checks a publication passes before anything is written (R-22a): publication is a legal act.
public enum PublicationGuard {
    /// The units that would fail only because there is no report and no data (R-18): graded 不合格 with
    /// the "no report, no data" flag and no falsification finding behind it, in code order.
    public static func noDataFailures(_ run: AssessmentRun, rules: RuleSet) -> [Area] {
        run.results.filter { r in
            Consequences.fails(r, rules: rules) && r.flags.contains(.noReportNoData)
                && !r.flags.contains { if case .falsification = $0 { true } else { false } }
        }.map(\.area).sorted { $0.code < $1.code }
    }

    /// Whether `count` units out of `graded` is the unusual share that needs `--confirm-no-data`: more
    /// than half (R-22a; the threshold is the rule's own "more than half", not a tool default).
    public static func needsConfirmation(noData count: Int, graded: Int) -> Bool {
        graded > 0 && count * 2 > graded
    }

    /// Checks publishing `run` on `day` (today being `today`), after the revisions of the same year and
    /// kind already published (`earlier`); nil when it may go ahead.
    ///
    /// Refused: a date on or before 12-31 of the assessed year, or after today; a date before an earlier
    /// published revision of the same year and kind; an annual result in the plan's final year (published
    /// as the final assessment instead, R-1); more than half of the graded units failing only for
    /// "no report, no data" without `confirmNoData`.
    public static func check(
        _ run: AssessmentRun, on day: Day, today: Day, earlier: [AssessmentRun], rules: RuleSet, confirmNoData: Bool
    ) -> Refusal? {
        let yearEnd = Day(year: run.year, month: 12, day: 31)!
        if day <= yearEnd {
            return Refusal(
                "--date \(day): a result is published after the assessed year has ended — give a date after \(yearEnd) (R-22a)",
                zh: "--date \(day)：考核结果须在考核年度结束后发布 — 请给出 \(yearEnd) 之后的日期（R-22a）")
        }
        if day > today {
            return Refusal(
                "--date \(day): the publication date is after today (\(today)) — give the day the document was issued, today or earlier (R-22a)",
                zh: "--date \(day)：发布日期晚于今天（\(today)）— 请给出文件实际印发的日期，今天或更早（R-22a）")
        }
        if let latest = earlier.filter({ $0.status == .published }).max(by: { ($0.publishedOn ?? day) < ($1.publishedOn ?? day) }),
            let latestDay = latest.publishedOn, day < latestDay
        {
            return Refusal(
                "--date \(day): revision \(latest.revision) of this assessment was already published on \(latestDay) as \(latest.documentNumber ?? "") — a later revision cannot be dated before it; give \(latestDay) or later (R-22a)",
                zh: "--date \(day)：本考核第 \(latest.revision) 版已于 \(latestDay) 以 \(latest.documentNumber ?? "") 发布，新版本不得早于该日 — 请给出 \(latestDay) 或之后的日期（R-22a）")
        }
        if run.kind == .annual && run.year == rules.finalYear {
            return Refusal(
                "--year \(run.year): \(run.year) is the final year of the plan period (\(rules.firstYear)–\(rules.finalYear), rule set \(rules.name)); its result is published as the final assessment only — assess and publish with --final (R-1, R-22a)",
                zh: "--year \(run.year)：\(run.year) 年为规划期末年（\(rules.firstYear)—\(rules.finalYear) 年，规则集 \(rules.name)），其结果只作为终期考核发布 — 请用 --final 考核并发布（R-1、R-22a）")
        }
        let noData = noDataFailures(run, rules: rules)
        let graded = run.results.filter { $0.grade != nil }.count
        if !confirmNoData && needsConfirmation(noData: noData.count, graded: graded) {
            let names = noData.map { "\($0.code) \($0.name)" }
            return Refusal(
                "\(noData.count) of the \(graded) graded units would fail only for \"no report, no data\" (R-18): \(names.joined(separator: ", ")) — check that their reports were imported; to publish anyway add --confirm-no-data (R-22a)",
                zh: "\(graded) 个参评单位中有 \(noData.count) 个仅因“未报送、无数据”而不合格（R-18）：\(names.joined(separator: "、")) — 请核实其报告是否已导入；确需发布请加 --confirm-no-data（R-22a）")
        }
        return nil
    }
}
