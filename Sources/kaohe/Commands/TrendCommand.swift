import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheTracking

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: helpText("各单位自基准年起的月均浓度、Theil-Sen 斜率及其 95% 区间、Mann-Kendall 检验。", "Per unit: monthly means from the base year on, Theil-Sen slope with a 95 % interval, Mann-Kendall test."),
        discussion: helpText(
            """
            月均浓度取自已存储的监测数据（至有数据的最后一日为止的整月）。
            月均值少于 24 个：不计算趋势。方法依照 openair 的 TheilSen，但结果不逐位相同。
            """,
            "Monthly means come from the stored monitoring data (whole months through the last day with data). "
                + "Fewer than 24 monthly means: no trend. Follows the method of openair's TheilSen, not bit-identical to it."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: optionHelp("只看该单位，并列出其月均浓度。", "Only this unit, with its monthly means.")) var area: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }
    @Option(help: optionHelp("text（默认）或 html（每个单位一张小图：月均浓度与 Theil-Sen 趋势线）。", "text (default) or html (a small chart per unit: monthly means and the Theil-Sen line)."))
    var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: nil, fromYear: ruleSet.baseYear)
        guard let last = snapshot.lastDay else {
            // Each unit is tracked on its own targets' pollutant (R-5 revised): name those, not only the rule set's.
            let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
            throw CLIError(lang(
                "尚无 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import）",
                "no \(names.en) monitoring data is stored — import it first (kaohe monitoring import)"))
        }
        var areas = snapshot.areas
        if let area {
            areas = areas.filter { $0.code == area }
            guard !areas.isEmpty else {
                throw CLIError(lang("未知区域代码 \(terminalSafe(area)) — 请用 kaohe areas list 查看", "unknown unit code \(terminalSafe(area)) — see kaohe areas list"))
            }
        }
        let trends = areas.compactMap { a -> UnitTrend? in
            let months = Trends.monthlyMeans(snapshot.series[a.code] ?? [], from: ruleSet.baseYear, through: last, excludeDust: ruleSet.excludeDustDays)
            guard !months.isEmpty || area != nil else { return nil }
            return Trends.trend(area: a, months: months)
        }
        let listed = Set(trends.map(\.area.code))
        let omitted = areas.filter { !listed.contains($0.code) }
        let names = omitted.map { lang("\($0.name)（\($0.code)）", "\($0.name) (\($0.code))") }.joined(separator: lang("、", ", "))
        let note = lang("无完整月份监测数据、不计算趋势的单位：\(terminalSafe(names))", "Units with no whole month of monitoring data (no trend): \(terminalSafe(names))")
        switch format {
        case .text:
            let text = TrendRender.text(
                trends, pollutants: snapshot.pollutants, fallback: ruleSet.pollutant, places: ruleSet.rounding.concentration, detail: area != nil,
                lang: lang.lang) + (omitted.isEmpty ? "" : note + "\n")
            if let output {
                try writeOutput(text, to: output, database: store.path)
                Console.out(lang("已写入 \(output)", "wrote \(output)"))
            } else {
                Console.out(text, terminator: "")
            }
        case .html:
            let html = TrendRender.html(trends, pollutants: snapshot.pollutants, fallback: ruleSet.pollutant, through: last, lang: lang.lang)
            // The page on standard output is the document alone; the note on units left out goes to standard error.
            if !omitted.isEmpty { Console.err(note) }
            if let output {
                try writeOutput(html, to: output, database: store.path)
                Console.out(lang("已写入 \(output)", "wrote \(output)"))
            } else {
                Console.out(html, terminator: "")
            }
        }
    }
}
