import Foundation
import KaoheCore

/// What report validation needs to know beyond the files themselves: the units, the years the rule set
/// assesses, and its key-task table.
public struct ReportContext: Sendable {
    /// Known units and the pollutant each is assessed on (from its targets; PM10 when it has none, R-5).
    public var areas: [String: Pollutant]
    /// The years a report may be for: the rule set's assessed years (R-1).
    public var years: ClosedRange<Int>
    /// Sub-indicator code → its name and points in the rule set's chosen column (R-12).
    public var subIndicators: [String: KeyTaskSpec]
    /// Indicator code (1–10) → name, for the project category column.
    public var indicators: [String: String]
    /// The day of the import, given by the caller (libraries do not read the clock): dates of receipt and
    /// filing after it are refused (issue 12 item 16). nil checks nothing against it.
    public var today: Day?
    /// The successions in force and the rule set's choice for rows under a replaced code (issue 21); nil
    /// checks nothing.
    public var oldCodes: OldCodeCheck?

    public init(
        areas: [String: Pollutant], years: ClosedRange<Int>, subIndicators: [String: KeyTaskSpec], indicators: [String: String],
        today: Day? = nil, oldCodes: OldCodeCheck? = nil
    ) {
        self.oldCodes = oldCodes
        self.areas = areas
        self.years = years
        self.subIndicators = subIndicators
        self.indicators = indicators
        self.today = today
    }
}

/// A key-task sub-indicator as far as input validation is concerned.
public struct KeyTaskSpec: Sendable, Hashable {
    public var name: String
    /// Maximum points, exact.
    public var points: Decimal

    public init(name: String, points: Decimal) {
        self.name = name
        self.points = points
    }
}

/// An input file as the CLI read it: the name the user gave and its bytes.
public struct NamedData: Sendable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Every row of a set of report files, validated together (R-3, R-4, R-13).
public struct ReportBatch: Sendable {
    public var rows = ReportRows()
    /// The recognised kind of each file, in the order given.
    public var kinds: [(file: String, kind: FileKind, rows: Int)] = []
    public var warnings: [Diagnostic] = []
    /// The files each (part, unit, year) group's rows came from, keyed by `ReportPartRows.key`.
    public var origins: [String: [String]] = [:]

    /// The rows grouped into report parts, ready to store as versions.
    public var groups: [ReportPartRows] { rows.groups(origins: origins) }

    mutating func noteOrigin(_ part: ReportPart, _ area: String, _ year: Int, file: String) {
        let k = ReportPartRows.key(part, area, year)
        if origins[k]?.contains(file) != true { origins[k, default: []].append(file) }
    }
}

/// The self-inspection report's four file kinds: summary, key tasks, projects and funding.
public enum ReportFiles {
    public static let summarySchema = Schema(kind: .report, columns: S.all)
    public static let keyTaskSchema = Schema(kind: .keyTasks, columns: K.all)
    public static let projectSchema = Schema(kind: .projects, columns: P.all)
    public static let fundingSchema = Schema(kind: .funding, columns: F.all)
    public static let schemas = [summarySchema, keyTaskSchema, projectSchema, fundingSchema]

    enum S {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let submitted = Column("报送日期", "submitted_on", required: true)
        static let pm10 = Column("PM10年均浓度", "pm10_annual_mean")
        static let pm25 = Column("PM2.5年均浓度", "pm25_annual_mean")
        static let validDays = Column("PM10有效监测天数", "pm10_valid_days")
        static let rulesPublished = Column("实施细则公开", "rules_published")
        static let rulesFiled = Column("实施细则备案日期", "rules_filed_on")
        static let planPublished = Column("年度实施计划公开", "plan_published")
        static let planFiled = Column("年度实施计划备案日期", "plan_filed_on")
        static let preparedBy = Column("填报人", "prepared_by")
        static let approvedBy = Column("审核人", "approved_by")
        static let remarks = Column("备注", "remarks")
        static let all = [code, year, submitted, pm10, pm25, validDays, rulesPublished, rulesFiled, planPublished, planFiled, preparedBy, approvedBy, remarks]
    }

    enum K {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let indicator = Column("指标代码", "indicator_code", required: true)
        static let name = Column("指标名称", "indicator_name")
        static let selfScore = Column("自评得分", "self_score", required: true)
        static let verified = Column("核定得分", "verified_score")
        static let note = Column("完成情况", "status_note")
        static let all = [code, year, indicator, name, selfScore, verified, note]
    }

    enum P {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let id = Column("项目编号", "project_id", required: true)
        static let name = Column("项目名称", "project_name", required: true)
        static let category = Column("任务类别", "category", required: true)
        static let unit = Column("责任单位", "responsible_unit")
        static let planned = Column("计划完成日期", "planned_completion")
        static let actual = Column("实际完成日期", "actual_completion")
        static let status = Column("进展状态", "status", required: true)
        static let plannedInvestment = Column("计划投资（万元）", "planned_investment")
        static let actualInvestment = Column("完成投资（万元）", "actual_investment")
        static let all = [code, year, id, name, category, unit, planned, actual, status, plannedInvestment, actualInvestment]
    }

    enum F {
        static let code = Column("区域代码", "area_code", required: true)
        static let year = Column("考核年度", "year", required: true)
        static let source = Column("资金来源", "source", required: true)
        static let planned = Column("计划金额（万元）", "planned_amount", required: true)
        static let actual = Column("实际到位（万元）", "actual_amount", required: true)
        static let all = [code, year, source, planned, actual]
    }

    /// Recognises, parses and validates report files together; throws every problem of every file.
    ///
    /// Keys must be unique across all the files: (unit, year) for summaries, (unit, year, code) for key
    /// tasks, (unit, year, project id) for projects, (unit, year, source) for funding.
    public static func parse(_ files: [NamedData], context: ReportContext) throws -> ReportBatch {
        var batch = ReportBatch()
        var diagnostics: [Diagnostic] = []
        var seen: [String: (file: String, line: Int)] = [:]

        func unique(_ row: inout RowReader, _ column: Column, key: String, what: String, whatZh: String) {
            if let first = seen[key] {
                let where_ = first.file == row.file ? "line \(first.line)" : "\(first.file):\(first.line)"
                let whereZh = first.file == row.file ? "第 \(first.line) 行" : "\(first.file):\(first.line)"
                row.problem(
                    column, "\(what) is given twice (first at \(where_))", fix: "keep one row; send a corrected file to replace an earlier report",
                    reasonZh: "\(whatZh)重复填报（首次在\(whereZh)）", fixZh: "请只保留一行；如需更正已报送的报告，请另行报送更正后的文件")
            } else {
                seen[key] = (row.file, row.line)
            }
        }

        func unitAndYear(_ row: inout RowReader, code: Column, year: Column) -> (String, Int)? {
            var area = row.required(code, Cells.areaCode)
            if let a = area, context.areas[a] == nil {
                if let spelled = context.areas.keys.first(where: { Area.codeKey($0) == Area.codeKey(a) }) {
                    let p = Cells.unknownUnit(a, known: [spelled])
                    row.problem(code, p.reason, fix: p.fix, reasonZh: p.reasonZh, fixZh: p.fixZh)
                } else {
                    row.problem(
                        code, "unknown unit \(a)", fix: "use the code from the areas list (kaohe areas list), or import the areas file first",
                        reasonZh: "区域代码 \(a) 不存在", fixZh: "请使用区域列表（kaohe areas list）中的代码，或先导入区域文件")
                }
                area = nil
            }
            var y = row.required(year, Cells.year)
            if let yy = y, !context.years.contains(yy) {
                row.problem(
                    year, "\(yy) is outside the rule set's assessed years \(context.years.lowerBound)–\(context.years.upperBound)",
                    fix: "write the year the report is for",
                    reasonZh: "\(yy) 年不在规则集的考核年度 \(context.years.lowerBound)–\(context.years.upperBound) 之内",
                    fixZh: "请填写报告所属的年度")
                y = nil
            }
            guard let area, let y else { return nil }
            // Issue 21: a unit code replaced by a succession before the row's year warns or is refused.
            if let p = context.oldCodes?.problem(code: area, year: y) {
                if p.refused {
                    row.problem(code, p.reason.en, fix: p.fix.en, reasonZh: p.reason.zh, fixZh: p.fix.zh)
                    return nil
                }
                row.warn(code, p.reason.en, fix: p.fix.en, reasonZh: p.reason.zh, fixZh: p.fix.zh)
            }
            return (area, y)
        }

        for file in files {
            let records: [CSVRecord]
            do {
                records = try CSVStreamParser.records(in: file.data, fileName: file.name)
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
                continue
            }
            guard let header = records.first else {
                diagnostics.append(emptyFile(file.name, expecting: nil))
                continue
            }
            guard let schema = Schema.recognise(header, among: schemas) else {
                diagnostics.append(unrecognised(file.name, header: header))
                continue
            }
            if records.count == 1 { diagnostics.append(headerOnly(file.name, line: header.line)) }
            let before = (batch.rows.summaries.count, batch.rows.keyTasks.count, batch.rows.projects.count, batch.rows.funding.count)
            switch schema.kind {
            case .report:
                batch.rows.summaries += parseRows(records, schema: schema, file: file.name, diagnostics: &diagnostics) { row in
                    let key = unitAndYear(&row, code: S.code, year: S.year)
                    if let (a, y) = key { unique(&row, S.year, key: "summary/\(a)/\(y)", what: "the report of \(a) for \(y)", whatZh: "\(a) 的 \(y) 年报告") }
                    let submitted = row.required(S.submitted, Cells.day)
                    let pm10 = row.optional(S.pm10) { Cells.concentration($0) }
                    let pm25 = row.optional(S.pm25) { Cells.concentration($0) }
                    if let (a, _) = key {
                        let pollutant = context.areas[a] ?? .pm10
                        if pollutant == .pm10, pm10 == nil, row.text(S.pm10) == nil {
                            row.problem(
                                S.pm10, "unit \(a) is assessed on PM10 but its PM10 annual mean is empty", fix: "fill in PM10年均浓度 in μg/m³",
                                reasonZh: "区域 \(a) 按 PM10 考核，但 PM10 年均浓度为空", fixZh: "请填写 PM10年均浓度（μg/m³）")
                        }
                        if pollutant == .pm25, pm25 == nil, row.text(S.pm25) == nil {
                            row.problem(
                                S.pm25, "unit \(a) is assessed on PM2.5 but its PM2.5 annual mean is empty", fix: "fill in PM2.5年均浓度 in μg/m³",
                                reasonZh: "区域 \(a) 按 PM2.5 考核，但 PM2.5 年均浓度为空", fixZh: "请填写 PM2.5年均浓度（μg/m³）")
                        }
                    }
                    let days = row.optional(S.validDays) { t in
                        Cells.integer(t).flatMap {
                            (0...366).contains($0)
                                ? .success($0)
                                : .failure(
                                    FieldProblem(
                                        reason: "\($0) valid days is out of range", fix: "write a number of days from 0 to 366",
                                        reasonZh: "有效监测天数 \($0) 超出范围", fixZh: "请填写 0 至 366 之间的天数"))
                        }
                    }
                    let rulesPublished = row.optional(S.rulesPublished, Cells.yesNo)
                    let rulesFiled = row.optional(S.rulesFiled, Cells.day)
                    let planPublished = row.optional(S.planPublished, Cells.yesNo)
                    let planFiled = row.optional(S.planFiled, Cells.day)
                    if let (_, y) = key, let s = submitted, s < Day(year: y, month: 1, day: 1)! {
                        row.problem(
                            S.submitted, "the report for \(y) is dated \(s), before the year began", fix: "write the day the report was received",
                            reasonZh: "\(y) 年报告的报送日期为 \(s)，早于该年开始", fixZh: "请填写收到报告的日期")
                    }
                    if let today = context.today {
                        for (column, date, what, whatZh) in [
                            (S.submitted, submitted, "received", "报送"), (S.rulesFiled, rulesFiled, "filed", "备案"),
                            (S.planFiled, planFiled, "filed", "备案"),
                        ] {
                            guard let date, date > today else { continue }
                            row.problem(
                                column, "\(date) is after today (\(today)): a report cannot have been \(what) in the future",
                                fix: "write the day it was \(what)",
                                reasonZh: "\(date) 晚于今天（\(today)）：\(whatZh)日期不能在将来", fixZh: "请填写实际\(whatZh)的日期")
                        }
                    }
                    if let (_, y) = key, let days, days > Day.daysIn(year: y) {
                        row.problem(
                            S.validDays, "\(days) valid days, but \(y) has only \(Day.daysIn(year: y)) days",
                            fix: "write at most \(Day.daysIn(year: y)) days",
                            reasonZh: "有效监测天数为 \(days)，但 \(y) 年只有 \(Day.daysIn(year: y)) 天", fixZh: "请填写不超过 \(Day.daysIn(year: y)) 的天数")
                    }
                    guard let (a, y) = key, let submitted else { return nil }
                    return ReportSummary(
                        areaCode: a, year: y, submittedOn: submitted, pm10AnnualMean: pm10, pm25AnnualMean: pm25, pm10ValidDays: days,
                        rulesPublished: rulesPublished, rulesFiledOn: rulesFiled, planPublished: planPublished, planFiledOn: planFiled,
                        preparedBy: row.optional(S.preparedBy, Cells.name), approvedBy: row.optional(S.approvedBy, Cells.name),
                        remarks: row.text(S.remarks))
                }
            case .keyTasks:
                batch.rows.keyTasks += parseRows(records, schema: schema, file: file.name, diagnostics: &diagnostics) { row in
                    let key = unitAndYear(&row, code: K.code, year: K.year)
                    var spec: KeyTaskSpec?
                    let code = row.required(K.indicator) { t -> Result<String, FieldProblem> in
                        if let s = context.subIndicators[t] {
                            spec = s
                            return .success(t)
                        }
                        let known = context.subIndicators.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
                        return .failure(
                            FieldProblem(
                                reason: "\"\(t)\" is not a sub-indicator of the rule set", fix: "use one of \(known.joined(separator: ", "))",
                                reasonZh: "“\(t)”不是规则集中的子指标", fixZh: "请填写以下之一：\(known.joined(separator: "、"))"))
                    }
                    if let spec, let name = row.text(K.name), name != spec.name {
                        row.problem(
                            K.name, "name \"\(name)\" does not match sub-indicator \(code ?? "") (\(spec.name))",
                            fix: "correct the code or the name, or leave the name empty",
                            reasonZh: "名称“\(name)”与子指标 \(code ?? "")（\(spec.name)）不符", fixZh: "请更正代码或名称，或将名称留空")
                    }
                    let score: (String) -> Result<Decimal, FieldProblem> = { t in
                        Cells.decimal(t).flatMap { v in
                            guard let spec else { return .success(v) }
                            return v < 0 || v > spec.points
                                ? .failure(
                                    FieldProblem(
                                        reason: "score \(t) is outside 0–\(spec.points) for sub-indicator \(code ?? "")",
                                        fix: "write a score from 0 to \(spec.points)",
                                        reasonZh: "得分 \(t) 超出子指标 \(code ?? "") 的分值范围 0–\(spec.points)",
                                        fixZh: spec.points == 0 ? "该子指标分值为 0 分，请填写 0" : "请填写 0 至 \(spec.points) 之间的得分"))
                                : .success(v)
                        }
                    }
                    let selfScore = row.required(K.selfScore, score)
                    let verified = row.optional(K.verified, score)
                    if let (a, y) = key, let code { unique(&row, K.indicator, key: "task/\(a)/\(y)/\(code)", what: "sub-indicator \(code) of \(a) for \(y)", whatZh: "\(a) \(y) 年的子指标 \(code) ") }
                    guard let (a, y) = key, let code, let selfScore else { return nil }
                    return KeyTaskScore(areaCode: a, year: y, code: code, selfScore: selfScore, verifiedScore: verified, statusNote: row.text(K.note))
                }
            case .projects:
                batch.rows.projects += parseRows(records, schema: schema, file: file.name, diagnostics: &diagnostics) { row in
                    let key = unitAndYear(&row, code: P.code, year: P.year)
                    let id = row.required(P.id, Cells.name)
                    let name = row.required(P.name, Cells.name)
                    let category = row.required(P.category) { t -> Result<String, FieldProblem> in
                        if context.indicators[t] != nil { return .success(t) }
                        if let code = context.indicators.first(where: { $0.value == t })?.key { return .success(code) }
                        return .failure(
                            FieldProblem(
                                reason: "\"\(t)\" is not a key-task indicator", fix: "write an indicator code 1–10 or its name, e.g. 5 or 工业大气污染治理",
                                reasonZh: "“\(t)”不是重点任务指标", fixZh: "请填写指标代码 1–10 或指标名称，如 5 或 工业大气污染治理"))
                    }
                    let planned = row.optional(P.planned, Cells.day)
                    let actual = row.optional(P.actual, Cells.day)
                    if let actual, let today = context.today, actual > today {
                        row.problem(
                            P.actual, "\(actual) is after today (\(today)): a project cannot have been completed in the future",
                            fix: "write the day it was completed, or leave the cell empty and set 进展状态 to 在建",
                            reasonZh: "\(actual) 晚于今天（\(today)）：项目不可能在将来完成", fixZh: "请填写实际完成日期，或留空并将进展状态改为在建")
                    }
                    let status = row.required(P.status) { t -> Result<ProjectStatus, FieldProblem> in
                        ProjectStatus(rawValue: t).map(Result.success)
                            ?? .failure(
                                FieldProblem(
                                    reason: "\"\(t)\" is not a project status", fix: "write one of 未开工, 在建, 已完成, 已取消",
                                    reasonZh: "“\(t)”不是项目进展状态", fixZh: "请填写未开工、在建、已完成或已取消"))
                    }
                    let money: (String) -> Result<Decimal, FieldProblem> = { Cells.amount($0) }
                    let plannedInvestment = row.optional(P.plannedInvestment, money)
                    let actualInvestment = row.optional(P.actualInvestment, money)
                    if status == .completed, actual == nil, row.text(P.actual) == nil {
                        row.problem(
                            P.actual, "the project is 已完成 but has no actual completion date", fix: "fill in 实际完成日期, or change 进展状态",
                            reasonZh: "项目已完成，但没有实际完成日期", fixZh: "请填写实际完成日期，或修改进展状态")
                    }
                    if let (_, y) = key, let actual, actual < Day(year: y, month: 1, day: 1)! {
                        row.problem(
                            P.actual, "completion date \(actual) is before \(y) began",
                            fix: "a project reported for \(y) is completed in \(y) or later; correct the date or the year",
                            reasonZh: "完成日期 \(actual) 早于 \(y) 年开始", fixZh: "\(y) 年报送的项目应在 \(y) 年或之后完成，请更正日期或年度")
                    }
                    if let (a, y) = key, let id { unique(&row, P.id, key: "project/\(a)/\(y)/\(id)", what: "project \(id) of \(a) for \(y)", whatZh: "\(a) \(y) 年的项目 \(id) ") }
                    guard let (a, y) = key, let id, let name, let category, let status else { return nil }
                    return Project(
                        areaCode: a, year: y, projectID: id, name: name, category: category, responsibleUnit: row.optional(P.unit, Cells.name),
                        plannedCompletion: planned, actualCompletion: actual, status: status,
                        plannedInvestment: plannedInvestment, actualInvestment: actualInvestment)
                }
            case .funding:
                batch.rows.funding += parseRows(records, schema: schema, file: file.name, diagnostics: &diagnostics) { row in
                    let key = unitAndYear(&row, code: F.code, year: F.year)
                    let source = row.required(F.source) { t -> Result<FundingSource, FieldProblem> in
                        FundingSource(rawValue: t).map(Result.success)
                            ?? .failure(
                                FieldProblem(
                                    reason: "\"\(t)\" is not a funding source",
                                    fix: "write one of \(FundingSource.allCases.map(\.rawValue).joined(separator: ", "))",
                                    reasonZh: "“\(t)”不是资金来源",
                                    fixZh: "请填写以下之一：\(FundingSource.allCases.map(\.rawValue).joined(separator: "、"))"))
                    }
                    let planned = row.required(F.planned) { Cells.amount($0) }
                    let actual = row.required(F.actual) { Cells.amount($0) }
                    if let (a, y) = key, let source { unique(
                            &row, F.source, key: "funding/\(a)/\(y)/\(source.rawValue)", what: "funding from \(source.rawValue) of \(a) for \(y)",
                            whatZh: "\(a) \(y) 年来自“\(source.rawValue)”的资金") }
                    guard let (a, y) = key, let source, let planned, let actual else { return nil }
                    return Funding(areaCode: a, year: y, source: source, plannedAmount: planned, actualAmount: actual)
                }
            default:
                break
            }
            for r in batch.rows.summaries[before.0...] { batch.noteOrigin(.quality, r.areaCode, r.year, file: file.name) }
            for r in batch.rows.keyTasks[before.1...] { batch.noteOrigin(.keyTasks, r.areaCode, r.year, file: file.name) }
            for r in batch.rows.projects[before.2...] { batch.noteOrigin(.projects, r.areaCode, r.year, file: file.name) }
            for r in batch.rows.funding[before.3...] { batch.noteOrigin(.funding, r.areaCode, r.year, file: file.name) }
            let rows = (batch.rows.summaries.count - before.0) + (batch.rows.keyTasks.count - before.1)
                + (batch.rows.projects.count - before.2) + (batch.rows.funding.count - before.3)
            batch.kinds.append((file.name, schema.kind, rows))
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticsError(diagnostics) }
        batch.warnings = collapsingRepeats(diagnostics)
        return batch
    }

    /// The same warning on several rows of one file, listed once at its first row with how many more rows have
    /// it (issue 21: a unit code a succession replaced was warned on each of a report's 46 rows).
    static func collapsingRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var first: [String: Int] = [:]
        var more: [Int: Int] = [:]
        var out: [Diagnostic] = []
        for d in diagnostics {
            guard d.severity == .warning else {
                out.append(d)
                continue
            }
            let key = [d.file, d.header ?? "", d.reason, d.fix ?? ""].joined(separator: "\u{1F}")
            if let i = first[key] {
                more[i, default: 0] += 1
                continue
            }
            first[key] = out.count
            out.append(d)
        }
        for (i, n) in more {
            out[i].reason += " (and \(n) more row(s) of this file)"
            out[i].reasonZh = out[i].reasonZh.map { $0 + "（本文件另有 \(n) 行同样情况）" }
        }
        return out
    }

    /// Explains a header that fits no report kind, naming the closest kind and what it lacks.
    static func unrecognised(_ file: String, header: CSVRecord) -> Diagnostic {
        let others: [(Schema, String)] = [
            (AreasFile.schema, "kaohe areas import"), (TargetsFile.schema, "kaohe targets import"),
        ]
        for (schema, command) in others where Schema.recognise(header, among: [schema]) != nil {
            return Diagnostic(
                file: file, line: header.line, reason: "this is a \(schema.kind.chinese) (\(schema.kind.rawValue)) file, not part of a report",
                fix: "import it with \(command)",
                reasonZh: "这是\(schema.kind.chinese)文件，不属于自查报告", fixZh: "请用 \(command) 导入")
        }
        let best = schemas.max { HeaderMap.matchCount(header, schema: $0).all < HeaderMap.matchCount(header, schema: $1).all }!
        let present = Set(header.fields.compactMap { best.column(named: normalizeHeader($0)) })
        let missing = best.columns.filter { $0.required && !present.contains($0) }.map(\.bothNames)
        return Diagnostic(
            file: file, line: header.line,
            reason: "the header row matches no report file kind (closest: \(best.kind.chinese) / \(best.kind.rawValue), which lacks \(missing.joined(separator: ", ")))",
            fix: "use the header row of the city's template: 自查报告, 重点任务, 治理项目 or 资金投入",
            reasonZh: "表头行不符合任何报告文件类型（最接近的是\(best.kind.chinese)，但缺少\(missing.joined(separator: "、"))）",
            fixZh: "请使用市级模板的表头行：自查报告、重点任务、治理项目或资金投入")
    }
}
