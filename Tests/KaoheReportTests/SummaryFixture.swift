import Foundation
@testable import KaoheCore
import KaoheReport

/// A small fixed run for the summary tests: three units (one excellent and late, one failing with a
/// recorded consequence, one with no report and no data), built inline rather than scored, so the
/// expected documents stay short and change only when the summary does.
enum SummaryFixture {
    static func d(_ s: String) -> Decimal { Decimal(string: s)! }
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    static let anxian = Area(code: "510724", name: "安县", type: .county)
    static let pingwu = Area(code: "510727", name: "平武县", type: .county)

    static func target(_ area: Area, base: Decimal) -> Target {
        Target(areaCode: area.code, year: 2015, baseYear: 2013, baseConcentration: base, kind: .percentDecline, value: 4)
    }

    static func input(_ area: Area, base: Decimal, previous: Decimal?, current: Decimal?, report: ReportReceipt) -> UnitInput {
        UnitInput(
            area: area, year: 2015, annualTarget: target(area, base: base),
            current: current.map { SourcedConcentration($0, source: "自查报告") }, previous: previous.map { SourcedConcentration($0, source: "自查报告") },
            report: report)
    }

    static func result(
        _ area: Area, grade: Grade, required: String, reduction: String, reached: Bool?, actual: String?, quality: String?,
        keyTasks: String, result: String?, flags: [AssessmentFlag], steps: [ExplanationStep]
    ) -> UnitAssessment {
        var r = UnitAssessment(area: area, year: 2015, kind: .annual, flags: flags, steps: steps)
        r.grade = grade
        r.requiredReduction = d(reduction)
        r.targetReached = reached
        r.requiredDeclinePercent = d(required)
        r.actualDeclinePercent = actual.map(d)
        r.qualityScore = quality.map(d)
        r.keyTaskScore = d(keyTasks)
        r.keyTaskRole = .evaluative
        r.resultScore = result.map(d)
        return r
    }

    static func run(published: Bool = true, names: [String: String] = [:]) -> AssessmentRun {
        func renamed(_ a: Area) -> Area { Area(code: a.code, name: names[a.code] ?? a.name, type: a.type) }
        let f = renamed(fucheng), a = renamed(anxian), p = renamed(pingwu)
        return AssessmentRun(
            id: 7, year: 2015, kind: .annual, revision: 2, ruleSetName: "test-rules", ruleSetHash: String(repeating: "ab", count: 32),
            ruleSetText: "", createdAt: "2016-03-01T00:00:00Z", status: published ? .published : .draft,
            publishedOn: published ? day("2016-03-15") : nil, documentNumber: published ? "绵府办函〔2016〕12号" : nil,
            inputs: [
                input(f, base: 102, previous: 99, current: 96, report: .submitted(on: day("2016-01-08"))),
                input(a, base: 95, previous: 94, current: 93, report: .submitted(on: day("2015-12-30"))),
                input(p, base: 58, previous: 57, current: nil, report: .notSubmitted),
            ],
            // 涪城区: 102 × 4 % = 4.08 required, 102 − 96 = 6 ≥ 4.08 reached. 安县: 3.5 required (3.5 ÷ 95 = 3.68 %
            // → 3.7 %), 95 − 93 = 2 < 3.5 not reached, 100 × 2 ÷ 3.5 = 57.14 → 57.1. 平武县: no concentration.
            results: [
                result(
                    f, grade: .excellent, required: "4.0", reduction: "4.08", reached: true, actual: "5.9", quality: "100.0", keyTasks: "96.5", result: "100.0",
                    flags: [.lateReport(submittedOn: day("2016-01-08"))],
                    steps: [
                        ExplanationStep(["R-7"], zh: "要求浓度 98 μg/m³。", en: "Required concentration 98 μg/m³."),
                        ExplanationStep(["R-10", "R-15"], zh: "达到要求，得分 100.0：优秀。", en: "Requirement reached, score 100.0: excellent."),
                    ]),
                result(
                    a, grade: .fail, required: "3.7", reduction: "3.5", reached: false, actual: "2.1", quality: "57.1", keyTasks: "94.0", result: "57.1", flags: [],
                    steps: [ExplanationStep(["R-10"], zh: "得分 57.1：不合格。", en: "Score 57.1: fail.")]),
                result(
                    p, grade: .fail, required: "0.0", reduction: "0", reached: nil, actual: nil, quality: nil, keyTasks: "0.0", result: nil, flags: [.noReportNoData],
                    steps: [ExplanationStep(["R-18"], zh: "未报送、无数据：不合格。", en: "No report, no data: fail.")]),
            ])
    }

    /// All settings official except the quality formula, which stays a tool default.
    static let rules: RuleSet = {
        var provenance = Dictionary(uniqueKeysWithValues: RuleSetting.allCases.map { ($0, Provenance.official) })
        provenance[.qualityFormula] = .default
        return RuleSet(name: "test-rules", provenance: provenance)
    }()

    static func status(_ area: Area, submitted: String?, rulesFiled: String? = "2014-11-20", complete: Bool = true) -> ReportStatus {
        guard let submitted else { return ReportStatus(areaCode: area.code, year: 2015, pollutant: .pm10, report: StoredReport()) }
        let summary = ReportSummary(
            areaCode: area.code, year: 2015, submittedOn: day(submitted), pm10AnnualMean: 90, rulesPublished: true,
            rulesFiledOn: rulesFiled.map(day), planPublished: false)
        let report = StoredReport(
            summary: summary, keyTasks: [KeyTaskScore(areaCode: area.code, year: 2015, code: "1.1", selfScore: 2)],
            projects: complete ? [project(area, "P1", .completed, "100", "98.5")] : [],
            funding: [Funding(areaCode: area.code, year: 2015, source: .central, plannedAmount: 100, actualAmount: 90)])
        return ReportStatus(areaCode: area.code, year: 2015, pollutant: .pm10, report: report)
    }

    static func project(_ area: Area, _ id: String, _ status: ProjectStatus, _ planned: String, _ actual: String?) -> Project {
        Project(
            areaCode: area.code, year: 2015, projectID: id, name: "燃煤小锅炉淘汰", category: "4", status: status, plannedInvestment: d(planned),
            actualInvestment: actual.map(d))
    }

    static func input(published: Bool = true, names: [String: String] = [:], consequences: [SummaryConsequence]? = nil) -> SummaryInput {
        SummaryInput(
            run: run(published: published, names: names), rules: rules,
            statuses: [
                status(fucheng, submitted: "2016-01-08"), status(anxian, submitted: "2015-12-30", rulesFiled: nil, complete: false),
                status(pingwu, submitted: nil),
            ],
            projects: [
                project(fucheng, "P1", .completed, "320", "305"), project(fucheng, "P2", .underConstruction, "860", "540.5"),
                project(anxian, "P3", .notStarted, "200", nil),
            ],
            funding: [
                Funding(areaCode: fucheng.code, year: 2015, source: .central, plannedAmount: 300, actualAmount: 300),
                Funding(areaCode: anxian.code, year: 2015, source: .central, plannedAmount: 100, actualAmount: d("80.5")),
                Funding(areaCode: anxian.code, year: 2015, source: .enterprise, plannedAmount: 50, actualAmount: 0),
            ],
            findings: [],
            consequences: consequences
                ?? [SummaryConsequence(areaCode: anxian.code, summons: "约谈相关责任人（2016-04-02）", freezeSince: day("2016-03-15"))])
    }

    static func summary(published: Bool = true, names: [String: String] = [:], consequences: [SummaryConsequence]? = nil) -> Summary {
        Summary.build(input(published: published, names: names, consequences: consequences))
    }
}

extension SummaryFixture {
    /// Only 涪城区, for the JSON comparison.
    static func singleUnit() -> Summary {
        var input = input()
        input.run.results = Array(input.run.results.prefix(1))
        input.run.inputs = Array(input.run.inputs.prefix(1))
        input.statuses = Array(input.statuses.prefix(1))
        input.consequences = []
        return Summary.build(input)
    }
}
