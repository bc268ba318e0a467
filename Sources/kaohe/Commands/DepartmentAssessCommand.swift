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
            abstract: helpText(
                "考核该年度的全部部门（得分 = 各任务核定得分或自评得分之和），并保存为新的一次评分；部门不排名、不约谈、不限批。",
                "Assess every department for the year (score = Σ verified-else-self task scores) and store it as a new run; departments are never ranked, summoned or frozen."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int

        func run() throws {
            let ruleSet = try rules.load(lang)
            let years = (ruleSet.baseYear + 1)...max(ruleSet.baseYear + 1, ruleSet.finalYear)
            guard years.contains(year) else {
                throw CLIError(
                    "\(year) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内 — 请指定该范围内的年度",
                    "\(year) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound) — give a year in that range")
            }
            let db = try store.open(.write)
            guard !(try db.departments().isEmpty) else {
                throw CLIError("尚未存储任何部门 — 请先导入部门文件（kaohe departments import）", "no departments are stored — import the departments file first (kaohe departments import)")
            }
            let run = try db.assessDepartments(year: year, rules: ruleSet, ruleSetText: ruleSet.sourceText ?? (try rules.source(lang).text))
            Console.out(DepartmentText.table(run, places: ruleSet.rounding.score, lang: lang.lang), terminator: "")
        }
    }

    /// `kaohe departments show --year Y [--dept CODE]`: the newest run's table, or one department's explanation.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("显示该年度最新一次部门考核结果；加 --dept 显示某部门的评分说明。", "Show the year's newest department results; with --dept, one department's explanation."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
        @Option(help: optionHelp("只显示该部门的评分说明（部门代码）。", "Only this department's explanation (its code).")) var dept: String?

        func run() throws {
            let db = try store.open(.read)
            guard let run = try db.latestDepartmentRun(year: year) else {
                throw CLIError("\(year) 年尚未进行部门考核 — 请先运行 kaohe departments assess --year \(year)", "the departments have not been assessed for \(year) — run kaohe departments assess --year \(year) first")
            }
            let places = try storedPlaces(of: run, db)
            if let dept {
                let d = try resolveDepartment(dept, in: db, lang)
                guard let a = run.results.first(where: { $0.department.code == d.code }) else {
                    throw CLIError("部门 \(d.code) 不在 \(year) 年第 \(run.revision) 次评分中（评分后才导入）— 请重新运行 kaohe departments assess", "department \(d.code) is not in run \(run.revision) of \(year) (imported after it) — run kaohe departments assess again")
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
                throw CLIError(lang(
                    "部门考核第 \(run.revision) 次评分保存的规则集已无法加载 — 请重新运行 kaohe departments assess",
                    "the rule set stored with department run \(run.revision) no longer loads — run kaohe departments assess again"))
            }
        }
    }
}
