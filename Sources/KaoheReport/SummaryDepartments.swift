import Foundation
import KaoheCore
import KaoheDepartments

/// The departments' results as the summary carries them: the run shown and its score places (R-31).
public struct SummaryDepartmentSection: Sendable, Hashable {
    public var run: DepartmentRun
    /// Score places of the rule set that scored the department run (R-11).
    public var places: Int

    public init(run: DepartmentRun, places: Int) {
        self.run = run
        self.places = places
    }
}

/// The summary's section 部门考核结果 (R-31): in its own attachment after the area attachments and before the
/// technical appendix, named in the notice's results, never ranked with the areas; the failing departments are named for the leadership evaluation (R-23); no consequence column.
public enum SummaryDepartments {
    public static func title(_ year: Int, _ lang: Language) -> String {
        lang.pick(DepartmentsText.title(year))
    }

    /// The section's blocks: what it is, one row per department by code (not a ranking), the failing departments.
    static func blocks(_ d: SummaryDepartmentSection, _ lang: Language) -> [SummaryDocument.Block] {
        let run = d.run
        let intro = lang.pick(DepartmentsText.intro)
        return [
            .paragraph(intro),
            .paragraph(DepartmentText.heading(run, lang: lang)),
            .table(SummaryDocument.Table(headers: headers(lang), alignments: [.left, .left, .right, .left, .left, .left], rows: table(d, lang).rows.map { $0.map(\.shown) })),
            .paragraph(DepartmentText.failingLine(run, lang: lang)),
        ]
    }

    static func headers(_ lang: Language) -> [String] {
        lang.pick(DepartmentsText.summaryHeaders)
    }

    /// One row per department by code, shared by the document, the CSV and the workbook.
    public static func table(_ d: SummaryDepartmentSection, _ lang: Language) -> SummaryTable {
        SummaryTable(
            header: headers(lang),
            rows: d.run.results.map { a in
                [
                    .text(a.department.code), .text(a.department.name), SummaryCell.numeric(a.score.map { GBRounding.fixed($0, places: d.places) } ?? "—"),
                    .text(DepartmentText.grade(a, lang)), .text(DepartmentText.status(a, lang)), .text(lang.pick(DocumentText.yesNo(a.failed))),
                ]
            })
    }

    /// The CSV lines after the area rows: an empty line, the title, the header and one row per department.
    static func csvLines(_ d: SummaryDepartmentSection, _ lang: Language) -> [[String]] {
        let t = table(d, lang)
        return [[], [title(d.run.year, lang)], t.header] + t.rows.map { $0.map(\.shown) }
    }

    /// The JSON member `departments` — the run, each department's result with its explanation, the failing ones —
    /// or no member at all when the departments were not assessed, so every summary without them stays byte for byte
    /// what it was (R-22b).
    static func jsonMember(_ d: SummaryDepartmentSection?, _ lang: Language) -> [(String, JSON)] {
        guard let d else { return [] }
        let run = d.run
        return [("departments", .object([
            ("run", .object([("id", .int(Int(run.id))), ("revision", .int(run.revision)), ("ruleSet", .string(run.ruleSetName))])),
            ("results", .array(run.results.map { a in
                .object([
                    ("code", .string(a.department.code)), ("name", .string(a.department.name)),
                    ("score", .str(a.score.map { GBRounding.fixed($0, places: d.places) })),
                    ("grade", .str(a.grade?.english)), ("gradeLabel", .string(DepartmentText.grade(a, lang))),
                    ("failed", .bool(a.failed)), ("report", .string(a.reportStatus.english.replacingOccurrences(of: " ", with: "-"))),
                    ("submittedOn", .str(a.submittedOn?.description)), ("correctedOn", .str(a.correctedOn?.description)),
                    ("taskListVersion", a.taskListVersion.map(JSON.int) ?? .null), ("reportVersion", a.reportVersion.map(JSON.int) ?? .null),
                    ("tasks", .array(a.tasks.map { t in
                        .object([
                            ("code", .string(t.code)), ("task", .string(t.task)), ("points", .string(GBRounding.display(t.points))),
                            ("selfScore", .str(t.selfScore.map { GBRounding.display($0) })), ("verifiedScore", .str(t.verifiedScore.map { GBRounding.display($0) })),
                            ("counted", .string(GBRounding.display(t.effectiveScore))),
                        ])
                    })),
                    ("explanation", .array(a.steps.map { .string("[\($0.ruleIDs.joined(separator: ", "))] \(lang.pick($0.zh, $0.en))") })),
                ])
            })),
            ("failing", .array(run.failing.map { .string($0.department.code) })),
        ]))]
    }
}
