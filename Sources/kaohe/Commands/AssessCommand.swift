import ArgumentParser
import Foundation
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: helpText(AssessHelp.abstract),
        subcommands: [Run.self, Show.self, Diff.self], defaultSubcommand: Run.self)

    /// The year and kind a command works on.
    struct YearOptions: ParsableArguments {
        @Option(help: optionHelp(AssessHelp.year)) var year: Int
        @Flag(help: optionHelp(AssessHelp.final)) var final = false
        var kind: AssessmentKind { final ? .final : .annual }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: helpText(AssessHelp.runAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions

        func run() throws {
            let ruleSet = try rules.load(lang)
            // The flow is shared with the web portal (KaoheFlows, issue 19); the CLI words its refusals.
            let stored: AssessmentRun
            // Each unit's row is kept as it is stored, not the unit's explanation (issue 14, D-169); the table
            // is printed only once the run is stored.
            var table = AssessmentText.ResultsTable(rules: ruleSet.rounding, lang: lang.lang)
            do {
                try AssessmentFlow.check(year: which.year, kind: which.kind, rules: ruleSet)
                let db = try store.open(.write)
                stored = try AssessmentFlow.run(
                    db, year: which.year, kind: which.kind, rules: ruleSet, ruleSetText: ruleSet.sourceText ?? (try rules.source(lang).text)
                ) { table.add($0, $1) }
            } catch let refusal as AssessmentFlow.Refusal {
                switch refusal {
                case .yearOutsideRules(let year, let years): throw CLIError(AssessFailure.yearOutsideRules(year: year, years: years))
                case .finalNeedsFinalYear(let finalYear): throw CLIError(AssessFailure.finalNeedsFinalYear(finalYear: finalYear))
                case .noUnits: throw CLIError(AssessFailure.noUnits)
                case .succession(let problem):
                    throw CLIError(AssessFailure.succession(problem: Bilingual(problem.message(chinese: true, naming: UsageHints.named), problem.message(chinese: false, naming: UsageHints.named)), year: which.year))
                }
            }
            // Issue 21: a unit succeeded after the year is named as it was, with its successor noted (`ResultsTable`).
            Console.out(AssessmentText.heading(stored, lang: lang.lang))
            let out = try StreamedOutput.open(nil, database: store.path)
            table.write(out.write)
            try out.finish()
            Console.out(table.gradeCounts)
            Console.out(lang(AssessText.keyTaskNote))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(AssessHelp.showAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions
        @Option(name: .customLong("run"), help: optionHelp(AssessHelp.showRun)) var runID: Int64?
        @Option(help: optionHelp(AssessHelp.showArea)) var area: String?
        @OptionGroup var output: ListFormatOptions

        mutating func validate() throws {
            if area != nil && !output.isTerminalText {
                throw usageError(AssessUsage.areaExplanationIsText)
            }
        }

        func run() throws {
            let db = try store.open(.read)
            let found = try runID.map { try namedRun(db, id: $0, year: which.year, kind: which.kind, lang) } ?? db.latestRun(year: which.year, kind: which.kind)
            guard let found else {
                throw CLIError(AssessFailure.noRun(year: which.year, kind: which.kind))
            }
            let run = SuccessionLabels.labelled(found, english: lang.lang == .en)
            if !output.isTerminalText {
                // The table typed (issue 16), the heading (run, revision, draft or published) as its caption.
                try output.emit(ListTables.assessment(run, rules: try storedRules(of: run, lang).rounding, lang: lang.lang), database: store.path, lang)
                return
            }
            Console.out(AssessmentText.heading(run, lang: lang.lang))
            if let area {
                guard let result = run.results.first(where: { $0.area.code == area }) else {
                    if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
                    throw CLIError(AssessFailure.unitNotInRun(run: run.id, area: area))
                }
                Console.out(AssessmentText.explanation(result, lang: lang.lang), terminator: "")
            } else {
                Console.out(AssessmentText.table(run, rules: try storedRules(of: run, lang).rounding, lang: lang.lang), terminator: "")
                Console.out(AssessmentText.gradeCounts(run, lang: lang.lang))
                // A published run whose succession was withdrawn as a correction: the year awaits correction (D-143, D-159).
                for a in try db.awaitingCorrections() where a.runID == run.id {
                    Console.out(lang(AwaitingCorrectionText.note(a)))
                }
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(AssessHelp.diffAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(AssessHelp.diffYear)) var year: Int?
        @Flag(help: optionHelp(AssessHelp.diffFinal)) var final = false
        @Option(help: optionHelp(AssessHelp.diffFrom)) var from: Int64?
        @Option(help: optionHelp(AssessHelp.diffTo)) var to: Int64?

        func validate() throws {
            if (from == nil) != (to == nil) {
                throw usageError(AssessUsage.fromWithoutTo)
            }
            if from == nil && year == nil { throw usageError(AssessUsage.noYearNorRuns) }
        }

        func run() throws {
            let db = try store.open(.read)
            let old: AssessmentRun, new: AssessmentRun
            if let from, let to {
                let a = try existingRun(db, id: from, year: year, lang), b = try existingRun(db, id: to, year: year, lang)
                // A diff explains a revision of one assessment; runs of different years or kinds are not revisions.
                guard a.year == b.year, a.kind == b.kind else {
                    throw CLIError(AssessFailure.differentAssessments(from: from, fromYear: a.year, fromKind: a.kind, to: to, toYear: b.year, toKind: b.kind))
                }
                if let year, year != a.year || (final ? .final : .annual) != a.kind {
                    _ = try namedRun(db, id: from, year: year, kind: final ? .final : .annual, lang)
                }
                (old, new) = (a, b)
            } else {
                let runs = try db.runs(year: year!, kind: final ? .final : .annual)
                guard runs.count >= 2 else {
                    throw CLIError(AssessFailure.nothingToCompare(year: year!, runs: runs.count))
                }
                (old, new) = (runs[runs.count - 2], runs[runs.count - 1])
            }
            Console.out(lang(AssessText.comparing(old: old, new: new)))
            let changes = RunDiff.compare(old, new)
            if changes.isEmpty {
                Console.out(lang(AssessText.noChange))
                return
            }
            for c in changes {
                let before = c.before.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                let after = c.after.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                Console.out("\(c.areaCode) \(c.name): \(before) → \(after)")
                // Every outcome that changed, old → new, beside the input changes that explain it.
                let score = { (d: Decimal?) in d.map { GBRounding.fixed($0, places: 1) } ?? "—" }
                if c.before?.qualityScore != c.after?.qualityScore {
                    Console.out("  - " + lang(AssessText.qualityScore) + "\(score(c.before?.qualityScore)) → \(score(c.after?.qualityScore))")
                }
                if c.before?.keyTaskScore != c.after?.keyTaskScore {
                    Console.out("  - " + lang(AssessText.keyTaskScore) + "\(score(c.before?.keyTaskScore)) → \(score(c.after?.keyTaskScore))")
                }
                if c.before?.targetReached != c.after?.targetReached {
                    Console.out("  - " + lang(AssessText.reached) + "\(Labels.reached(c.before?.targetReached, lang.lang)) → \(Labels.reached(c.after?.targetReached, lang.lang))")
                }
                if c.before?.flags != c.after?.flags {
                    let flags = { (r: UnitAssessment?) in
                        let list = (r?.flags ?? []).map { Labels.flag($0, lang.lang) }
                        return list.isEmpty ? lang(AssessText.noFlags) : list.joined(separator: lang(AssessText.flagSeparator))
                    }
                    Console.out("  - " + lang(AssessText.flags) + "\(flags(c.before)) → \(flags(c.after))")
                }
                for r in c.reasons { Console.out("  - " + lang(Bilingual(r.zh, r.en))) }
            }
            Console.out(lang(AssessText.changed(changes.count)))
        }
    }
}
