import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: helpText(ReportsText.abstract),
        subcommands: [Import.self, Check.self, History.self, Status.self])

    /// Files and folders named on the command line; folders contribute their .csv files.
    struct Paths: ParsableArguments {
        @Argument(help: optionHelp(ReportsText.pathsHelp)) var paths: [String]
        @OptionGroup var sheet: SheetOption

        func validate() throws {
            if paths.isEmpty { throw usageError(ReportsProblem.noPaths) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(ReportsText.importAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths
        @Flag(name: .long, help: optionHelp(ReportsText.reinstateHelp))
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
                Console.out(lang(ReportsText.reinstated(area: v.areaCode, year: v.year, part: Bilingual(v.part.chinese, v.part.english), version: v.version)))
            }
            for k in batch.kinds {
                Console.out(lang(ReportsText.fileRead(file: k.file, kind: Bilingual(k.kind.chinese, k.kind.rawValue), rows: k.rows)))
            }
            if outcome.newVersions.isEmpty {
                Console.out(lang(ReportsText.nothingChanged))
                return
            }
            for v in outcome.newVersions where v.version > 1 {
                Console.out(lang(ReportsText.replaced(area: v.areaCode, year: v.year, part: Bilingual(v.part.chinese, v.part.english), version: v.version)))
            }
            for f in outcome.unchangedFiles { Console.out(lang(ReportsText.fileUnchanged(f))) }
            let units = Set(outcome.newVersions.map(\.areaCode)).count
            let replaced = outcome.newVersions.filter { $0.version > 1 }.count
            Console.out(lang(ReportsText.stored(parts: outcome.newVersions.count, units: units, replaced: replaced, unchanged: outcome.unchangedGroups)))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(ReportsText.checkAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var input: Paths

        func run() throws {
            let files = try InputFile.collect(input.paths, sheet: input.sheet.sheet, kinds: reportKinds, all: true, lang)
            let batch = try validateReports(files, db: try store.open(.read), rules: rules.load(lang), lang: lang)
            for k in batch.kinds {
                Console.out(lang(ReportsText.fileClean(file: k.file, kind: Bilingual(k.kind.chinese, k.kind.rawValue), rows: k.rows)))
            }
            if !batch.warnings.isEmpty { throw ExitCode.failure }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(ReportsText.historyAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(ReportsText.areaHelp)) var area: String
        @Argument(help: optionHelp(ReportsText.yearHelp)) var year: Int

        func origin(_ v: ReportVersionInfo) -> String {
            switch v.origin {
            case .firstSubmission where v.hasVerifiedScores: lang(ReportsText.firstSubmissionWithScores)
            case .firstSubmission: lang(ReportsText.firstSubmission)
            case .resubmission: lang(ReportsText.resubmission)
            case .verification: lang(ReportsText.verification)
            case .resubmissionWithVerification: lang(ReportsText.resubmissionWithVerification)
            }
        }

        func run() throws {
            let db = try store.open(.read)
            let history = try db.reportHistory(area: area, year: year)
            guard !history.isEmpty else {
                if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
                throw CLIError(ReportsProblem.noReport(area: area, year: year))
            }
            var table = TextTable(headers: ReportsText.historyHeaders.map { lang($0) })
            for v in history {
                let dated = v.submittedOn.map { d in
                    lang(v.origin == .firstSubmission ? ReportsText.datedFirst("\(d)") : ReportsText.datedCorrection("\(d)"))
                } ?? ""
                for (i, f) in v.files.enumerated() {
                    table.append([
                        i == 0 ? lang(Bilingual(v.part.chinese, v.part.english)) : "", i == 0 ? String(v.version) : "", i == 0 ? origin(v) : "",
                        i == 0 ? dated : "", i == 0 ? v.importedAt : "", f.name, f.sha256, i == 0 && v.isCurrent ? lang(ReportsText.inUse) : "",
                    ])
                }
            }
            Console.out(table.render(), terminator: "")
            if history.contains(where: { $0.origin == .verification || $0.origin == .resubmissionWithVerification }) {
                Console.out(lang(ReportsText.verificationNote))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(ReportsText.statusAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(ReportsText.yearHelp)) var year: Int
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            // The units of the year and their statuses, as the portal lists them (issue 21, D-144).
            let units = try store.open(.read).reportStatuses(year: year, english: lang.lang == .en)
            try output.emit(ListTables.reportStatus(units.map { ($0.area, $0.status) }, lang: lang.lang), database: store.path, lang)
            guard output.isTerminalText else { return }
            // A unit replaced by then is listed for its rows but not counted (D-144).
            Console.out(Labels.submissionCounts(units.filter(\.expected).map(\.status), year: year, lang.lang))
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
