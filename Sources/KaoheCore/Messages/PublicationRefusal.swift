/// Why a run may not be published on a day (R-22a: publication is a legal act): the catalogue of
/// `PublicationGuard.check`.
public enum PublicationRefusal: RefusalReason {
    case notAfterYearEnd(day: Day, yearEnd: Day)
    case afterToday(day: Day, today: Day)
    /// An earlier revision of the same year and kind was published on `latestDay` as `document`.
    case beforeEarlierRevision(day: Day, revision: Int, latestDay: Day, document: String)
    /// An annual result in the plan's final year, which is published as the final assessment only (R-1).
    case finalYearAsAnnual(year: Int, firstYear: Int, finalYear: Int, ruleSet: String)
    /// More than half of the `graded` units fail only for "no report, no data" (R-18); `units` as "code name".
    case mostlyNoData(count: Int, graded: Int, units: [String])

    public var wording: Bilingual {
        switch self {
        case .notAfterYearEnd(let day, let yearEnd):
            Bilingual(
                "发布日期 \(day)：考核结果须在考核年度结束后发布 — 请给出 \(yearEnd) 之后的日期（R-22a）",
                "publication date \(day): a result is published after the assessed year has ended — give a date after \(yearEnd) (R-22a)")
        case .afterToday(let day, let today):
            Bilingual(
                "发布日期 \(day)：晚于今天（\(today)）— 请给出文件实际印发的日期，今天或更早（R-22a）",
                "publication date \(day): after today (\(today)) — give the day the document was issued, today or earlier (R-22a)")
        case .beforeEarlierRevision(let day, let revision, let latest, let document):
            Bilingual(
                "发布日期 \(day)：本考核第 \(revision) 版已于 \(latest) 以 \(document) 发布，新版本不得早于该日 — 请给出 \(latest) 或之后的日期（R-22a）",
                "publication date \(day): revision \(revision) of this assessment was already published on \(latest) as \(document) — a later revision cannot be dated before it; give \(latest) or later (R-22a)")
        case .finalYearAsAnnual(let year, let first, let final, let ruleSet):
            Bilingual(
                "\(year) 年为规划期末年（\(first)—\(final) 年，规则集 \(ruleSet)），其结果只作为终期考核发布（R-1、R-22a）— 请按终期考核考核并发布",
                "\(year) is the final year of the plan period (\(first)–\(final), rule set \(ruleSet)); its result is published as the final assessment only (R-1, R-22a) — assess and publish it as the final assessment")
        case .mostlyNoData(let count, let graded, let units):
            Bilingual(
                "\(graded) 个参评单位中有 \(count) 个仅因“未报送、无数据”而不合格（R-18）：\(units.joined(separator: "、")) — 请核实其报告是否已导入（R-22a）；确需发布请确认",
                "\(count) of the \(graded) graded units would fail only for \"no report, no data\" (R-18): \(units.joined(separator: ", ")) — check that their reports were imported (R-22a); to publish anyway, confirm it")
        }
    }

    public var action: UserAction? {
        switch self {
        case .finalYearAsAnnual: .publishAsFinal
        case .mostlyNoData: .confirmNoData
        case .notAfterYearEnd, .afterToday, .beforeEarlierRevision: nil
        }
    }
}
