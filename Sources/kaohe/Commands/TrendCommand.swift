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

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: nil, fromYear: ruleSet.baseYear)
        guard let last = snapshot.lastDay else {
            throw CLIError(lang(
                "尚无 \(ruleSet.pollutant.rawValue) 监测数据 — 请先导入（kaohe monitoring import）",
                "no \(ruleSet.pollutant.rawValue) monitoring data is stored — import it first (kaohe monitoring import)"))
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
        Console.out(TrendRender.text(trends, pollutants: snapshot.pollutants, fallback: ruleSet.pollutant, places: ruleSet.rounding.concentration, detail: area != nil, lang: lang.lang), terminator: "")
        if !omitted.isEmpty {
            let names = omitted.map { lang("\($0.name)（\($0.code)）", "\($0.name) (\($0.code))") }.joined(separator: lang("、", ", "))
            Console.out(lang("无完整月份监测数据、不计算趋势的单位：\(terminalSafe(names))", "Units with no whole month of monitoring data (no trend): \(terminalSafe(names))"))
        }
    }
}
