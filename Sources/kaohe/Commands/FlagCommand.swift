import ArgumentParser
import KaoheReport
import KaoheStore

struct FlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag", abstract: helpText("记录考核机关作出的、改变评级的认定（R-17）。", "Record the assessor's findings that override a grade (R-17)."),
        subcommands: [Falsification.self, List.self])

    struct Falsification: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录篡改、伪造监测数据的认定（加 --remove 则记录撤销该认定）。", "Record (or with --remove, record the removal of) a finding of falsified monitoring data."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
        @Argument(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
        @Option(help: optionHelp("认定所依据的文号或说明（必填）。", "Document number or note the finding rests on (required).")) var ref: String
        @Flag(help: optionHelp("记录该认定已撤销；认定本身仍保留在记录中。", "Record that the finding is withdrawn; the finding stays on record.")) var remove = false

        mutating func validate() throws {
            ref = try FreeText.required(ref, option: "--ref", limit: FreeText.nameLimit, ifEmpty: usageError(
                "--ref 须给出认定所依据的文号或说明", "--ref must give the document number or note of the finding"))
        }

        func run() throws {
            // A finding is for a year the rule set assesses (issue 12 item 16).
            let ruleSet = try rules.load(lang)
            let years = ruleSet.assessedYears
            guard years.contains(year) else {
                throw CLIError(lang(
                    "年度 \(year) 不在规则集 \(ruleSet.name) 的考核年度 \(years.lowerBound)—\(years.upperBound) 之内 — 请给出考核年度",
                    "year \(year) is outside the assessed years \(years.lowerBound)–\(years.upperBound) of rule set \(ruleSet.name) — give an assessed year"))
            }
            let db = try store.open(.write)
            if remove {
                let f = try db.removeFalsification(area: area, year: year, reference: ref)
                Console.out(lang("已记录撤销：\(f.areaCode) \(f.year) 数据造假认定（\(f.reference)），撤销依据 \(ref)。重新运行 kaohe assess 后生效。", "Removal recorded: falsification finding for \(f.areaCode) \(f.year) (\(f.reference)), withdrawn by \(ref). Assess the year again for it to take effect."))
            } else {
                let f = try db.recordFalsification(area: area, year: year, reference: ref)
                Console.out(lang("已记录：\(f.areaCode) \(f.year) 篡改、伪造监测数据认定（\(f.reference)），该单位评为不合格（R-17）。重新运行 kaohe assess 后生效。", "Recorded: falsification finding for \(f.areaCode) \(f.year) (\(f.reference)); the unit is graded 不合格 (R-17). Assess the year again for it to take effect."))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("历次记录的全部认定，包括已撤销的。", "Every finding ever recorded, including withdrawn ones."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            var table = TextTable(headers: [lang("区域代码", "code"), lang("年度", "year"), lang("依据", "reference"), lang("记录时间", "recorded"), lang("撤销", "withdrawn")])
            for f in try store.open(.read).falsificationFindings() {
                table.append([f.areaCode, String(f.year), f.reference, f.recordedAt, f.removedAt.map { "\($0) \(f.removalReference ?? "")" } ?? ""])
            }
            Console.out(table.render(), terminator: "")
        }
    }
}
