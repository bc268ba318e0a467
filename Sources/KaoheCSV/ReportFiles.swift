import Foundation
import KaoheCore

/// What report validation needs to know beyond the files themselves: the units, the years the rule set
/// assesses, and its key-task table.
public struct ReportContext: Sendable {
    /// Known units and the pollutant each is assessed on (from its targets; PM10 when it has none, R-5).
    public var areas: [String: Pollutant]
    /// The years a report may be for: the rule set's assessed years.
    public var years: ClosedRange<Int>
    /// Sub-indicator code → its name and points in the rule set's chosen column.
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

/// Every row of a set of report files, validated together.
public struct ReportBatch: Sendable {
    /// The rows grouped into report parts, ready to store as versions: ordered by unit, year and part, each
    /// with the files its rows came from.
    public var groups: [ReportPartRows] = []
    /// The recognised kind of each file, in the order given.
    public var kinds: [(file: String, kind: FileKind, rows: Int)] = []
    public var warnings: [Diagnostic] = []

    /// Every row, part by part, in the order of `groups` (rows are kept once, in their groups: issue 14).
    public var rows: ReportRows {
        var rows = ReportRows()
        for g in groups {
            if let s = g.summary { rows.summaries.append(s) }
            rows.keyTasks += g.keyTasks
            rows.projects += g.projects
            rows.funding += g.funding
        }
        return rows
    }

    /// The files each (part, unit, year) group's rows came from, keyed by `ReportPartRows.key`.
    public var origins: [String: [String]] {
        Dictionary(groups.map { (ReportPartRows.key($0.part, $0.areaCode, $0.year), $0.files) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The self-inspection report's four file kinds: summary, key tasks, projects and funding.
public enum ReportFiles {
    public static let summarySchema = Schema(kind: .report, columns: S.all)
    public static let keyTaskSchema = Schema(kind: .keyTasks, columns: K.all)
    public static let projectSchema = Schema(kind: .projects, columns: P.all)
    public static let fundingSchema = Schema(kind: .funding, columns: F.all)
    public static let schemas = [summarySchema, keyTaskSchema, projectSchema, fundingSchema]

    /// Recognises, parses and validates report files together; throws every problem of every file.
    ///
    /// Keys must be unique across all the files: (unit, year) for summaries, (unit, year, code) for key
    /// tasks, (unit, year, project id) for projects, (unit, year, source) for funding.
    public static func parse(_ files: [NamedData], context: ReportContext) throws -> ReportBatch {
        var batch = ReportBatch()
        var diagnostics: [Diagnostic] = []
        var grouper = ReportGrouper(keyTaskCapacity: context.subIndicators.count)
        /// The index in `files` of the file being read, for the places of the keys it gives.
        var fileIndex = 0

        func unique(_ row: inout RowReader, _ column: Column, _ part: ReportPart, _ area: String, _ year: Int, sub: String, what: ReportKey) {
            let slot = grouper.slot(part, area, year)
            if let first = grouper.earlier(slot: slot, sub: sub, file: fileIndex, line: row.line) {
                let name = files[first.file].name
                let earlier = name == row.file ? EarlierRow.sameFile(line: first.line) : .otherFile(file: name, line: first.line)
                row.problem(column, ReportIssue.givenTwice(what: what, first: earlier))
            }
        }

        func unitAndYear(_ row: inout RowReader, code: Column, year: Column) -> (String, Int)? {
            var area = row.required(code, Cells.areaCode)
            if let a = area, context.areas[a] == nil {
                if let spelled = context.areas.keys.first(where: { Area.codeKey($0) == Area.codeKey(a) }) {
                    row.problem(code, Cells.unknownUnit(a, known: [spelled]))
                } else {
                    row.problem(code, ReportIssue.unknownUnit(code: a))
                }
                area = nil
            }
            var y = row.required(year, Cells.year)
            if let yy = y, !context.years.contains(yy) {
                row.problem(year, ReportIssue.yearOutside(year: yy, years: context.years))
                y = nil
            }
            guard let area, let y else { return nil }
            // Issue 21: a unit code replaced by a succession before the row's year warns or is refused.
            if let p = context.oldCodes?.problem(code: area, year: y) {
                if p.refused {
                    row.problem(code, WordedProblem(reason: p.reason, fix: p.fix))
                    return nil
                }
                row.warn(code, WordedProblem(reason: p.reason, fix: p.fix))
            }
            return (area, y)
        }

        let summariesRow = { (row: inout RowReader) -> ReportSummary? in
            let key = unitAndYear(&row, code: S.code, year: S.year)
            if let (a, y) = key { unique(&row, S.year, .quality, a, y, sub: "", what: .summary(unit: a, year: y)) }
            let submitted = row.required(S.submitted, Cells.day)
            let pm10 = row.optional(S.pm10) { Cells.concentration($0) }
            let pm25 = row.optional(S.pm25) { Cells.concentration($0) }
            if let (a, _) = key {
                let pollutant = context.areas[a] ?? .pm10
                if pollutant == .pm10, pm10 == nil, row.text(S.pm10) == nil {
                    row.problem(S.pm10, ReportIssue.annualMeanMissing(unit: a, pollutant: .pm10))
                }
                if pollutant == .pm25, pm25 == nil, row.text(S.pm25) == nil {
                    row.problem(S.pm25, ReportIssue.annualMeanMissing(unit: a, pollutant: .pm25))
                }
            }
            let days = row.optional(S.validDays) { t in
                Cells.integer(t).flatMap {
                    (0...366).contains($0)
                        ? .success($0)
                        : .failure(FieldProblem(ReportIssue.validDaysOutOfRange(days: $0)))
                }
            }
            let rulesPublished = row.optional(S.rulesPublished, Cells.yesNo)
            let rulesFiled = row.optional(S.rulesFiled, Cells.day)
            let planPublished = row.optional(S.planPublished, Cells.yesNo)
            let planFiled = row.optional(S.planFiled, Cells.day)
            if let (_, y) = key, let s = submitted, s < Day(year: y, month: 1, day: 1)! {
                row.problem(S.submitted, ReportIssue.submittedBeforeYear(year: y, submitted: s))
            }
            if let today = context.today {
                for (column, date, event) in [
                    (S.submitted, submitted, ReportEvent.received), (S.rulesFiled, rulesFiled, .filed), (S.planFiled, planFiled, .filed),
                ] {
                    guard let date, date > today else { continue }
                    row.problem(column, ReportIssue.inTheFuture(date: date, today: today, event: event))
                }
            }
            if let (_, y) = key, let days, days > Day.daysIn(year: y) {
                row.problem(S.validDays, ReportIssue.validDaysBeyondYear(days: days, year: y))
            }
            guard let (a, y) = key, let submitted else { return nil }
            return ReportSummary(
                areaCode: a, year: y, submittedOn: submitted, pm10AnnualMean: pm10, pm25AnnualMean: pm25, pm10ValidDays: days,
                rulesPublished: rulesPublished, rulesFiledOn: rulesFiled, planPublished: planPublished, planFiledOn: planFiled,
                preparedBy: row.optional(S.preparedBy, Cells.name), approvedBy: row.optional(S.approvedBy, Cells.name),
                remarks: row.text(S.remarks))
        }
        let keyTasksRow = { (row: inout RowReader) -> KeyTaskScore? in
            let key = unitAndYear(&row, code: K.code, year: K.year)
            var spec: KeyTaskSpec?
            let code = row.required(K.indicator) { t -> Result<String, FieldProblem> in
                if let s = context.subIndicators[t] {
                    spec = s
                    return .success(t)
                }
                let known = context.subIndicators.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
                return .failure(FieldProblem(ReportIssue.notASubIndicator(text: t, known: known)))
            }
            if let spec, let name = row.text(K.name), name != spec.name {
                row.problem(K.name, ReportIssue.nameMismatch(name: name, code: code ?? "", expected: spec.name))
            }
            let score: (String) -> Result<Decimal, FieldProblem> = { t in
                Cells.decimal(t).flatMap { v in
                    guard let spec else { return .success(v) }
                    return v < 0 || v > spec.points
                        ? .failure(FieldProblem(ReportIssue.scoreOutOfRange(text: t, code: code ?? "", points: spec.points)))
                        : .success(v)
                }
            }
            let selfScore = row.required(K.selfScore, score)
            let verified = row.optional(K.verified, score)
            if let (a, y) = key, let code { unique(&row, K.indicator, .keyTasks, a, y, sub: code, what: .subIndicator(code: code, unit: a, year: y)) }
            guard let (a, y) = key, let code, let selfScore else { return nil }
            return KeyTaskScore(areaCode: a, year: y, code: code, selfScore: selfScore, verifiedScore: verified, statusNote: row.text(K.note))
        }
        let projectsRow = { (row: inout RowReader) -> Project? in
            let key = unitAndYear(&row, code: P.code, year: P.year)
            let id = row.required(P.id, Cells.name)
            let name = row.required(P.name, Cells.name)
            let category = row.required(P.category) { t -> Result<String, FieldProblem> in
                if context.indicators[t] != nil { return .success(t) }
                if let code = context.indicators.first(where: { $0.value == t })?.key { return .success(code) }
                return .failure(FieldProblem(ReportIssue.notAnIndicator(text: t)))
            }
            let planned = row.optional(P.planned, Cells.day)
            let actual = row.optional(P.actual, Cells.day)
            if let actual, let today = context.today, actual > today {
                row.problem(P.actual, ReportIssue.completedInTheFuture(date: actual, today: today))
            }
            let status = row.required(P.status) { t -> Result<ProjectStatus, FieldProblem> in
                ProjectStatus(rawValue: t).map(Result.success)
                    ?? .failure(FieldProblem(ReportIssue.notAProjectStatus(text: t)))
            }
            let money: (String) -> Result<Decimal, FieldProblem> = { Cells.amount($0) }
            let plannedInvestment = row.optional(P.plannedInvestment, money)
            let actualInvestment = row.optional(P.actualInvestment, money)
            if status == .completed, actual == nil, row.text(P.actual) == nil {
                row.problem(P.actual, ReportIssue.completedWithoutDate)
            }
            if let (_, y) = key, let actual, actual < Day(year: y, month: 1, day: 1)! {
                row.problem(P.actual, ReportIssue.completedBeforeYear(date: actual, year: y))
            }
            if let (a, y) = key, let id { unique(&row, P.id, .projects, a, y, sub: id, what: .project(id: id, unit: a, year: y)) }
            guard let (a, y) = key, let id, let name, let category, let status else { return nil }
            return Project(
                areaCode: a, year: y, projectID: id, name: name, category: category, responsibleUnit: row.optional(P.unit, Cells.name),
                plannedCompletion: planned, actualCompletion: actual, status: status,
                plannedInvestment: plannedInvestment, actualInvestment: actualInvestment)
        }
        let fundingRow = { (row: inout RowReader) -> Funding? in
            let key = unitAndYear(&row, code: F.code, year: F.year)
            let source = row.required(F.source) { t -> Result<FundingSource, FieldProblem> in
                FundingSource(rawValue: t).map(Result.success)
                    ?? .failure(FieldProblem(ReportIssue.notAFundingSource(text: t, sources: FundingSource.allCases.map(\.rawValue))))
            }
            let planned = row.required(F.planned) { Cells.amount($0) }
            let actual = row.required(F.actual) { Cells.amount($0) }
            if let (a, y) = key, let source {
                unique(&row, F.source, .funding, a, y, sub: source.rawValue, what: .funding(source: source.rawValue, unit: a, year: y))
            }
            guard let (a, y) = key, let source, let planned, let actual else { return nil }
            return Funding(areaCode: a, year: y, source: source, plannedAmount: planned, actualAmount: actual)
        }

        /// Reads one data record with `read`: an accepted row goes into the group of `part` for its unit and year
        /// with `put` (true); a refused row's key is noted, as it still counts for the rows after it (false).
        func group<Row: ReportRow>(
            _ record: CSVRecord, _ header: HeaderMap, _ file: String, _ read: (inout RowReader) -> Row?, _ part: ReportPart,
            _ put: (inout ReportPartRows, Row) -> Void
        ) -> Bool {
            guard let r = readRow(record, header: header, file: file, diagnostics: &diagnostics, readRow: read) else {
                grouper.rejected()
                return false
            }
            grouper.add(to: grouper.slot(part, r.areaCode, r.year), file: file) { put(&$0, r) }
            return true
        }

        /// Reads one data record of a recognised file; true when the row was accepted into its group.
        func take(_ record: CSVRecord, header: HeaderMap, file: String) -> Bool {
            switch header.schema.kind {
            case .report: group(record, header, file, summariesRow, .quality) { $0.summary = $1 }
            case .keyTasks: group(record, header, file, keyTasksRow, .keyTasks) { $0.keyTasks.append($1) }
            case .projects: group(record, header, file, projectsRow, .projects) { $0.projects.append($1) }
            case .funding: group(record, header, file, fundingRow, .funding) { $0.funding.append($1) }
            default: false
            }
        }

        // Each file is read as a stream: a record is checked and its row grouped as soon as libcsv gives it,
        // and only the groups are kept (issue 14). What is reported is what reading the whole file first
        // reported: an unreadable file (a stray quote, undecodable bytes) gives only its reading problem and
        // no key to the duplicate check; a header-only file says so before its header's problems.
        for (index, file) in files.enumerated() {
            fileIndex = index
            let mark = diagnostics.count
            var header: HeaderMap?
            var first: CSVRecord?
            var headerOnlyAt = 0
            var records = 0
            var accepted = 0
            func record(_ record: CSVRecord) {
                guard first != nil else {
                    first = record
                    if let schema = Schema.recognise(record, among: schemas) {
                        headerOnlyAt = diagnostics.count
                        header = HeaderMap.match(record, schema: schema, file: file.name, into: &diagnostics)
                    }
                    return
                }
                guard let header else { return }
                records += 1
                if take(record, header: header, file: file.name) { accepted += 1 }
            }
            do {
                let parser = CSVStreamParser(fileName: file.name)
                try parser.feed(file.data, onRecord: record)
                try parser.finish(onRecord: record)
            } catch let error as DiagnosticsError {
                diagnostics.removeSubrange(mark...)
                grouper.forget(file: index)
                diagnostics += error.diagnostics
                continue
            }
            guard let first else {
                diagnostics.append(emptyFile(file.name, expecting: nil))
                continue
            }
            guard let header else {
                diagnostics.append(unrecognised(file.name, header: first))
                continue
            }
            if records == 0 { diagnostics.insert(headerOnly(file.name, line: first.line), at: headerOnlyAt) }
            batch.kinds.append((file.name, header.schema.kind, accepted))
        }
        batch.groups = grouper.takeSortedGroups()
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
            let note = ReportText.moreRows(n)
            out[i].reason += note.en
            out[i].reasonZh = out[i].reasonZh.map { $0 + note.zh }
        }
        return out
    }

    /// Explains a header that fits no report kind, naming the closest kind and what it lacks.
    static func unrecognised(_ file: String, header: CSVRecord) -> Diagnostic {
        for schema in [AreasFile.schema, TargetsFile.schema] where Schema.recognise(header, among: [schema]) != nil {
            return Diagnostic(file: file, line: header.line, problem: ReportIssue.otherKindOfFile(kind: schema.kind))
        }
        let best = schemas.max { HeaderMap.matchCount(header, schema: $0).all < HeaderMap.matchCount(header, schema: $1).all }!
        let present = Set(header.fields.compactMap { best.column(named: normalizeHeader($0)) })
        let missing = best.columns.filter { $0.required && !present.contains($0) }.map(\.bothNames)
        return Diagnostic(file: file, line: header.line, problem: ReportIssue.unrecognisedHeader(closest: best.kind, missing: missing))
    }
}
