import Foundation
import ArgumentParser
import KaoheCore
import KaoheDepartments
import KaoheReport
import KaoheRules
import KaoheStore

extension DepartmentsCommand {
    /// `kaohe departments assess --year Y`: scores and grades every department and stores the run (R-31, D-98).
    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(DepartmentAssessHelp.assessAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(DepartmentAssessHelp.year)) var year: Int

        func run() throws {
            let ruleSet = try rules.load(lang)
            let years = (ruleSet.baseYear + 1)...max(ruleSet.baseYear + 1, ruleSet.finalYear)
            guard years.contains(year) else {
                throw CLIError(DepartmentAssessFailure.yearOutsideRules(year: year, years: years))
            }
            let db = try store.open(.write)
            guard !(try db.departments().isEmpty) else {
                throw CLIError(DepartmentAssessFailure.noDepartments)
            }
            let run = try db.assessDepartments(year: year, rules: ruleSet, ruleSetText: ruleSet.sourceText ?? (try rules.source(lang).text))
            Console.out(DepartmentText.table(run, places: ruleSet.rounding.score, lang: lang.lang), terminator: "")
        }
    }

    /// `kaohe departments show --year Y [--dept CODE]`: the newest run's table, or one department's explanation.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(DepartmentAssessHelp.showAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(DepartmentAssessHelp.year)) var year: Int
        @Option(help: optionHelp(DepartmentAssessHelp.dept)) var dept: String?

        func run() throws {
            let db = try store.open(.read)
            guard let run = try db.latestDepartmentRun(year: year) else {
                throw CLIError(DepartmentAssessFailure.notAssessed(year: year))
            }
            let places = try storedPlaces(of: run, db)
            if let dept {
                let d = try resolveDepartment(dept, in: db, lang)
                guard let a = run.results.first(where: { $0.department.code == d.code }) else {
                    throw CLIError(DepartmentAssessFailure.departmentNotInRun(department: d.code, year: year, revision: run.revision))
                }
                Console.out(DepartmentText.explanation(a, places: places, lang: lang.lang), terminator: "")
            } else {
                Console.out(DepartmentText.table(run, places: places, lang: lang.lang), terminator: "")
            }
        }

        /// The score places of the rule set stored with the run (the one that scored it, whatever is in force today).
        func storedPlaces(of run: DepartmentRun, _ db: AppDatabase) throws -> Int {
            do {
                return try RuleSetLoader.load(try db.departmentRunRuleText(id: run.id), fileName: "department-run-\(run.id):\(run.ruleSetName).toml").rounding.score
            } catch {
                throw CLIError(DepartmentAssessFailure.storedRulesDoNotLoad(revision: run.revision))
            }
        }
    }
}
