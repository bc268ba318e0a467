import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Take in, check and follow self-inspection reports (自查报告).",
        subcommands: [Import.self, Check.self, History.self, Status.self])

    /// Files and folders named on the command line; folders contribute their .csv files.
    struct Paths: ParsableArguments {
        @Argument(help: "Report CSV files, or folders holding them.") var paths: [String]

        func validate() throws {
            if paths.isEmpty { throw ValidationError("name at least one report file or folder") }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate report files together and store them in one transaction: all or nothing.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths
        @Flag(name: .long, help: "Store parts identical to a superseded version as the newest version again (undoing a later correction).")
        var reinstate = false

        func run() throws {
            let db = try store.open()
            let files = try InputFile.collect(input.paths, lang)
            let batch = try validateReports(files, db: db, rules: rules.load(lang), lang: lang)
            let outcome: ReportImportOutcome
            do {
                outcome = try db.importReports(
                    batch.groups, files: files.map(\.importFile),
                    rowCounts: Dictionary(uniqueKeysWithValues: batch.kinds.map { ($0.file, $0.rows) }),
                    kinds: Dictionary(uniqueKeysWithValues: batch.kinds.map { ($0.file, $0.kind.rawValue) }), reinstate: reinstate)
            } catch let error as DiagnosticsError {
                report(error.diagnostics, lang)
                printError(lang("未存储任何数据。", "Nothing was stored."))
                throw ExitCode.failure
            }
            for v in outcome.reinstated {
                print(lang(
                    "\(v.areaCode) \(v.year) \(v.part.chinese)：按 --reinstate 恢复旧版内容，存为第 \(v.version) 版",
                    "\(v.areaCode) \(v.year) \(v.part.english): an earlier version's content reinstated as version \(v.version) (--reinstate)"))
            }
            for k in batch.kinds {
                print(lang("\(k.file)：\(k.kind.chinese)，\(k.rows) 行", "\(k.file): \(k.kind.rawValue), \(k.rows) row(s)"))
            }
            if outcome.newVersions.isEmpty {
                print(lang("与已存储的报告完全相同：未做任何更改。", "Identical to the stored reports: nothing changed."))
                return
            }
            for v in outcome.newVersions where v.version > 1 {
                print(lang(
                    "\(v.areaCode) \(v.year) \(v.part.chinese)：第 \(v.version) 版替换第 \(v.version - 1) 版",
                    "\(v.areaCode) \(v.year) \(v.part.english): version \(v.version) replaces version \(v.version - 1)"))
            }
            for f in outcome.unchangedFiles { print(lang("\(f)：与已存储的内容相同，未更改", "\(f): same as stored, unchanged")) }
            let units = Set(outcome.newVersions.map(\.areaCode)).count
            let replaced = outcome.newVersions.filter { $0.version > 1 }.count
            print(lang(
                "已存储 \(units) 个单位的 \(outcome.newVersions.count) 个报告部分（其中替换旧版本 \(replaced) 个）；\(outcome.unchangedGroups) 个部分未变。",
                "Stored \(outcome.newVersions.count) report part(s) of \(units) unit(s) (\(replaced) replacing an earlier version); \(outcome.unchangedGroups) part(s) unchanged."))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate report files without storing anything; exit code 0 only when clean.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths

        func run() throws {
            let files = try InputFile.collect(input.paths, lang)
            let batch = try validateReports(files, db: try store.open(), rules: rules.load(lang), lang: lang)
            for k in batch.kinds {
                print(lang("\(k.file)：\(k.kind.chinese)，\(k.rows) 行，无错误", "\(k.file): \(k.kind.rawValue), \(k.rows) row(s), no errors"))
            }
            if !batch.warnings.isEmpty { throw ExitCode.failure }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every stored version of a unit's report for a year.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The unit's code.") var area: String
        @Argument(help: "The assessed year.") var year: Int

        func run() throws {
            let history = try store.open().reportHistory(area: area, year: year)
            guard !history.isEmpty else {
                throw CLIError(lang("\(area) 没有 \(year) 年的报告 — 先用 kaohe reports import 导入", "\(area) has no report for \(year) — import one with kaohe reports import"))
            }
            var table = TextTable(headers: [lang("部分", "part"), lang("版本", "version"), lang("导入时间 (UTC)", "imported (UTC)"), lang("文件", "file"), "SHA-256", lang("在用", "in use")])
            for v in history {
                for (i, f) in v.files.enumerated() {
                    table.append([
                        i == 0 ? lang(v.part.chinese, v.part.english) : "", i == 0 ? String(v.version) : "", i == 0 ? v.importedAt : "",
                        f.name, f.sha256, i == 0 && v.isCurrent ? lang("是", "yes") : "",
                    ])
                }
            }
            print(table.render(), terminator: "")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Per unit: on time, late, missing or incomplete, and filing of rules and plans (R-2 to R-4).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "The assessed year.") var year: Int

        func run() throws {
            let db = try store.open()
            let pollutants = try db.pollutants()
            var table = TextTable(headers: [
                lang("区域代码", "code"), lang("区域名称", "name"), lang("报送情况", "submission"), lang("完整性", "completeness"),
                lang("实施细则", "implementation rules"), lang("年度实施计划", "annual plan"),
            ])
            var statuses: [ReportStatus] = []
            for area in try db.areas() {
                let status = ReportStatus(areaCode: area.code, year: year, pollutant: pollutants[area.code] ?? .pm10, report: try db.report(area: area.code, year: year))
                statuses.append(status)
                table.append([
                    area.code, area.name, Labels.submission(status.submission, lang.lang), Labels.completeness(status, lang.lang),
                    Labels.filing(status.rulesPublished, status.rulesFiledOn, missing: status.isMissing, lang.lang),
                    Labels.filing(status.planPublished, status.planFiledOn, missing: status.isMissing, lang.lang),
                ])
            }
            print(table.render(), terminator: "")
            print(Labels.submissionCounts(statuses, year: year, lang.lang))
        }
    }
}

/// Validates report files against the stored units and the rule set; prints warnings; exits on errors.
func validateReports(_ files: [InputFile], db: AppDatabase, rules: RuleSet, lang: LanguageOption) throws -> ReportBatch {
    let pollutants = try db.pollutants()
    var areas: [String: Pollutant] = [:]
    for a in try db.areas() { areas[a.code] = pollutants[a.code] ?? rules.pollutant }
    var subIndicators: [String: KeyTaskSpec] = [:]
    var indicators: [String: String] = [:]
    for i in rules.keyTasks {
        indicators[i.code] = i.name
        for s in i.subIndicators { subIndicators[s.code] = KeyTaskSpec(name: s.name, points: s.points) }
    }
    let context = ReportContext(areas: areas, years: rules.assessedYears, subIndicators: subIndicators, indicators: indicators, today: today())
    let batch = try parseOrReject(files.map(\.name), lang) { try ReportFiles.parse(files.map { NamedData(name: $0.name, data: $0.data) }, context: context) }
    report(batch.warnings, lang)
    return batch
}
