/// The checks a publication passes before anything is written (R-22a): publication is a legal act.
public enum PublicationGuard {
    /// The units that would fail only because there is no report and no data: graded 不合格 with
    /// the "no report, no data" flag and no falsification finding behind it, in code order.
    public static func noDataFailures(_ run: AssessmentRun, rules: RuleSet) -> [Area] {
        run.results.filter { r in
            Consequences.fails(r, rules: rules) && r.flags.contains(.noReportNoData)
                && !r.flags.contains { if case .falsification = $0 { true } else { false } }
        }.map(\.area).sorted { $0.code < $1.code }
    }

    /// Whether `count` units out of `graded` is the unusual share that needs a confirmation: more
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
            return Refusal(PublicationRefusal.notAfterYearEnd(day: day, yearEnd: yearEnd))
        }
        if day > today {
            return Refusal(PublicationRefusal.afterToday(day: day, today: today))
        }
        if let latest = earlier.filter({ $0.status == .published }).max(by: { ($0.publishedOn ?? day) < ($1.publishedOn ?? day) }),
            let latestDay = latest.publishedOn, day < latestDay
        {
            return Refusal(PublicationRefusal.beforeEarlierRevision(
                day: day, revision: latest.revision, latestDay: latestDay, document: latest.documentNumber ?? ""))
        }
        if run.kind == .annual && run.year == rules.finalYear {
            return Refusal(PublicationRefusal.finalYearAsAnnual(year: run.year, firstYear: rules.firstYear, finalYear: rules.finalYear, ruleSet: rules.name))
        }
        let noData = noDataFailures(run, rules: rules)
        let graded = run.results.filter { $0.grade != nil }.count
        if !confirmNoData && needsConfirmation(noData: noData.count, graded: graded) {
            let names = noData.map { "\($0.code) \($0.name)" }
            return Refusal(PublicationRefusal.mostlyNoData(count: noData.count, graded: graded, units: names))
        }
        return nil
    }
}
