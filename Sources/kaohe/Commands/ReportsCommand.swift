import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: helpText("接收、检查和跟踪自查报告。", "Take in, check and follow self-inspection reports (自查报告)."),
        subcommands: [Import.self, Check.self, History.self, Status.self])

    /// Files and folders named on the command line; folders contribute their .csv files.
    struct Paths: ParsableArguments {
        @Argument(help: optionHelp("报告文件（.csv 或 .xlsx），或存放这些文件的文件夹；- 表示标准输入。", "Report files (.csv or .xlsx), or folders holding them; - is standard input.")) var paths: [String]
        @OptionGroup var sheet: SheetOption

        func validate() throws {
            if paths.isEmpty { throw usageError("请至少指定一个报告文件或文件夹", "name at least one report file or folder") }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("一并检查报告文件并在一个事务中存储：要么全部存储，要么都不存储。", "Validate report files together and store them in one transaction: all or nothing."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths
        @Flag(name: .long, help: optionHelp("将与已被取代版本相同的部分再存为最新版本（撤销其后的更正）。", "Store parts identical to a superseded version as the newest version again (undoing a later correction)."))
        var reinstate = false

        func run() throws {
            let db = try store.open(.write)
            let files = try InputFile.collect(input.paths, sheet: input.sheet.sheet, kinds: reportKinds, all: true, lang)
            let batch = try validateReports(files, db: db, rules: rules.load(lang), lang: lang)
            let outcome = try refusingDiagnostics {
                try db.importReports(
                    batch.groups, files: files.map(\.importFile),
                    rowCounts: Dictionary(uniqueKeysWithValues: batch.kinds.map { ($0.file, $0.rows) }),
                    kinds: Dictionary(uniqueKeysWithValues: batch.kinds.map { ($0.file, $0.kind.rawValue) }), reinstate: reinstate)
            }
            for v in outcome.reinstated {
                Console.out(lang(
                    "\(v.areaCode) \(v.year) \(v.part.chinese)：按 --reinstate 恢复旧版内容，存为第 \(v.version) 版",
                    "\(v.areaCode) \(v.year) \(v.part.english): an earlier version's content reinstated as version \(v.version) (--reinstate)"))
            }
            for k in batch.kinds {
                Console.out(lang("\(k.file)：\(k.kind.chinese)，\(k.rows) 行", "\(k.file): \(k.kind.rawValue), \(k.rows) row(s)"))
            }
            if outcome.newVersions.isEmpty {
                Console.out(lang("与已存储的报告完全相同：未做任何更改。", "Identical to the stored reports: nothing changed."))
                return
            }
            for v in outcome.newVersions where v.version > 1 {
                Console.out(lang(
                    "\(v.areaCode) \(v.year) \(v.part.chinese)：第 \(v.version) 版替换第 \(v.version - 1) 版",
                    "\(v.areaCode) \(v.year) \(v.part.english): version \(v.version) replaces version \(v.version - 1)"))
            }
            for f in outcome.unchangedFiles { Console.out(lang("\(f)：与已存储的内容相同，未更改", "\(f): same as stored, unchanged")) }
            let units = Set(outcome.newVersions.map(\.areaCode)).count
            let replaced = outcome.newVersions.filter { $0.version > 1 }.count
            Console.out(lang(
                "已存储 \(units) 个单位的 \(outcome.newVersions.count) 个报告部分（其中替换旧版本 \(replaced) 个）；\(outcome.unchangedGroups) 个部分未变。",
                "Stored \(outcome.newVersions.count) report part(s) of \(units) unit(s) (\(replaced) replacing an earlier version); \(outcome.unchangedGroups) part(s) unchanged."))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("只检查报告文件，不存储；无问题时退出码为 0。", "Validate report files without storing anything; exit code 0 only when clean."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths

        func run() throws {
            let files = try InputFile.collect(input.paths, sheet: input.sheet.sheet, kinds: reportKinds, all: true, lang)
            let batch = try validateReports(files, db: try store.open(.read), rules: rules.load(lang), lang: lang)
            for k in batch.kinds {
                Console.out(lang("\(k.file)：\(k.kind.chinese)，\(k.rows) 行，无错误", "\(k.file): \(k.kind.rawValue), \(k.rows) row(s), no errors"))
            }
            if !batch.warnings.isEmpty { throw ExitCode.failure }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("某单位某年度报告的全部存储版本。", "Every stored version of a unit's report for a year."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
        @Argument(help: optionHelp("考核年度。", "The assessed year.")) var year: Int

        func origin(_ v: ReportVersionInfo) -> String {
            switch v.origin {
            case .firstSubmission where v.hasVerifiedScores: lang("单位首次报送（含核定得分）", "unit's first submission (with verified scores)")
            case .firstSubmission: lang("单位首次报送", "unit's first submission")
            case .resubmission: lang("单位重报", "unit's resubmission")
            case .verification: lang("市环保局核定", "bureau verification")
            case .resubmissionWithVerification: lang("单位重报并含核定得分", "unit's resubmission with verified scores")
            }
        }

        func run() throws {
            let db = try store.open(.read)
            let history = try db.reportHistory(area: area, year: year)
            guard !history.isEmpty else {
                if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
                throw CLIError(lang("\(area) 没有 \(year) 年的报告 — 先用 kaohe reports import 导入", "\(area) has no report for \(year) — import one with kaohe reports import"))
            }
            var table = TextTable(headers: [
                lang("部分", "part"), lang("版本", "version"), lang("性质", "kind"), lang("报送日期", "dated"), lang("导入时间 (UTC)", "imported (UTC)"),
                lang("文件", "file"), "SHA-256", lang("在用", "in use"),
            ])
            for v in history {
                let dated = v.submittedOn.map { d in
                    v.origin == .firstSubmission ? lang("\(d)（首次报送）", "\(d) (first)") : lang("\(d)（更正日期）", "\(d) (correction)")
                } ?? ""
                for (i, f) in v.files.enumerated() {
                    table.append([
                        i == 0 ? lang(v.part.chinese, v.part.english) : "", i == 0 ? String(v.version) : "", i == 0 ? origin(v) : "",
                        i == 0 ? dated : "", i == 0 ? v.importedAt : "", f.name, f.sha256, i == 0 && v.isCurrent ? lang("是", "yes") : "",
                    ])
                }
            }
            Console.out(table.render(), terminator: "")
            if history.contains(where: { $0.origin == .verification || $0.origin == .resubmissionWithVerification }) {
                Console.out(lang(
                    "“市环保局核定”：与上一版相比只有核定得分变化（R-13），由市环保局录入，不是单位重报。",
                    "\"bureau verification\": only the verified scores differ from the version before (R-13): entered by the bureau, not resubmitted by the unit."))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("按单位列出：按时、逾期、未报送或不完整，以及实施细则和年度计划的备案情况（R-2 至 R-4）。", "Per unit: on time, late, missing or incomplete, and filing of rules and plans (R-2 to R-4)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let db = try store.open(.read)
            let pollutants = try db.pollutants()
            var units: [(area: Area, status: ReportStatus)] = []
            // Filing events recorded when they happened count beside the self-report's columns.
            let filings = try db.filingEvents(year: year)
            for area in try db.areas() {
                let status = ReportStatus(areaCode: area.code, year: year, pollutant: pollutants[area.code] ?? .pm10, report: try db.report(area: area.code, year: year))
                    .withFilings(filings)
                units.append((area, status))
            }
            try output.emit(ListTables.reportStatus(units, lang: lang.lang), database: store.path, lang)
            guard output.isTerminalText else { return }
            let statuses = units.map(\.status)
            Console.out(Labels.submissionCounts(statuses, year: year, lang.lang))
        }
    }
}

/// The file kinds a report workbook's sheets may be named after (one sheet per part, D-64).
let reportKinds: [FileKind] = ReportUpload.kinds

/// Validates report files against the stored units and the rule set; prints warnings; exits on errors.
///
/// The checks are `ReportUpload.validate` (KaoheFlows), the same the web portal's upload runs (issue 19).
func validateReports(_ files: [InputFile], db: AppDatabase, rules: RuleSet, lang: LanguageOption) throws -> ReportBatch {
    let batch = try parseOrReject(files.map(\.name)) {
        try ReportUpload.validate(files.map { NamedData(name: $0.name, data: $0.data) }, db: db, rules: rules, today: today())
    }
    report(batch.warnings, lang)
    return batch
}
