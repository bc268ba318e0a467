import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheTracking

struct TrackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: helpText("年内跟踪（R-27 至 R-30）：累计均值、剩余日控制值与月度通报。", "In-year tracking (R-27 to R-30): YTD means, the remaining-days control value and the monthly notice."),
        subcommands: [Position.self, Notice.self], defaultSubcommand: Position.self)

    /// `kaohe track [--as-of D]`: every unit's position through a day.
    struct Position: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "position",
            abstract: helpText("各单位：累计均值、去年同期、当月均值、要求浓度 T、剩余日控制值 V、天数、状态及站点。", "Per unit: YTD mean, same period last year, month mean, T, control value V, days, status and stations."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .customLong("as-of"), help: optionHelp("截至该日，YYYY-MM-DD（默认：有监测数据的最后一日）。", "Through this day, YYYY-MM-DD (default: the last day with monitoring data)."))
        var asOf: String?

        func run() throws {
            let ruleSet = try rules.load(lang)
            let day = try asOf.map { try parseDayOption($0, option: "--as-of") }
            if let day, day.year < 1900 {
                throw CLIError(lang("--as-of \(day)：年份早于 1900 — 请给出考核期内的日期", "--as-of \(day): the year is before 1900 — give a day in the plan period"))
            }
            let db = try store.open(.read)
            let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: day)
            guard let end = day ?? snapshot.lastDay else {
                let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
                throw CLIError(lang(
                    "尚无 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import），或用 --as-of 指定日期",
                    "no \(names.en) monitoring data is stored — import it first (kaohe monitoring import), or give --as-of"))
            }
            guard !snapshot.areas.isEmpty else {
                throw CLIError("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)")
            }
            let units = Tracking.track(areas: snapshot.areas, series: snapshot.series, targets: snapshot.targets, asOf: end, rules: ruleSet)
            Console.out(TrackRender.text(units, asOf: end, rules: ruleSet, lang: lang.lang), terminator: "")
        }
    }

    /// `kaohe track notice --month YYYY-MM`: the monthly notice as a document.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("月度通报：排名、最好与最差、预警、数据不全的单位（R-30）。", "The monthly notice (月度通报): rankings, best and worst, warnings, incomplete data (R-30)."),
            discussion: helpText(
                "格式同 kaohe summary：text、md、html（内嵌 SVG 图表）、csv（带 BOM 的 UTF-8）、json 或 xlsx（Excel 工作簿，与 CSV 相同的行，须用 -o）。",
                "Formats as kaohe summary: text, md, html (inline SVG charts), csv (UTF-8 with a BOM), json or xlsx (an Excel workbook with the CSV's rows; needs -o)."))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json, xlsx }

        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("月份，YYYY-MM。", "The month, YYYY-MM.")) var month: String
        @Option(help: optionHelp("text（默认）、md、html、csv、json 或 xlsx（须用 -o）。", "text (default), md, html, csv, json or xlsx (needs -o).")) var format: Format = .text
        @Option(help: optionHelp("通报落款日期，YYYY-MM-DD（默认今天）。", "The notice's date under the signature, YYYY-MM-DD (default today).")) var date: String?
        @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?
        @Option(
            name: .customLong("rank-by"),
            help: optionHelp(
                "concentration（默认，按浓度排名）或 composite（另按六项污染物的综合指数排名，R-24c；每个单位六项须齐全，否则说明缺少哪项；用于 text、md、html）。",
                "concentration (default) or composite (also rank by the six pollutants' composite index, R-24c; every unit needs all six, else the command says which is missing; for text, md and html)."))
        var rankBy: RankByOption = .concentration

        func run() throws {
            let ruleSet = try rules.load(lang)
            let (year, m) = try parseMonth(month, lang)
            if rankBy == .composite && ![.text, .md, .html].contains(format) {
                throw CLIError(lang(
                    "--rank-by composite 目前只用于 text、md 和 html 格式",
                    "--rank-by composite is given in the text, md and html formats only"))
            }
            let noticeDate = try date.map { try parseDayOption($0, option: "--date") } ?? today()
            let end = Day(year: year, month: m, day: Day.daysIn(month: m, year: year))!
            let db = try store.open(.read)
            let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: end)
            guard !snapshot.areas.isEmpty else {
                throw CLIError("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)")
            }
            guard !snapshot.series.isEmpty else {
                // Each unit is tracked on its own targets' pollutant (R-5 revised): name those, not only the rule set's.
                let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
                throw CLIError(lang(
                    "\(year)年1—\(m)月没有 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import）",
                    "no \(names.en) monitoring data for January–\(month) — import it first (kaohe monitoring import)"))
            }
            var notice = MonthlyNotice.build(
                year: year, month: m, areas: snapshot.areas, series: snapshot.series, targets: snapshot.targets, rules: ruleSet)
            if rankBy == .composite { notice.composite = try CompositeNotice.ranking(notice, db: db, lang) }
            let places = ruleSet.rounding.concentration
            // A monthly notice is not published (nothing is frozen, R-22b): it takes the settings in force today.
            let settings = try db.documentSettings()
            if format == .xlsx {
                // The CSV's rows typed (issue 16), through the list commands' writer.
                try emitList(NoticeRender.table(notice, places: places, lang: lang.lang), format: .xlsx, output: output, database: store.path, lang)
                return
            }
            let text: String =
                switch format {
                case .text: NoticeRender.text(notice, places: places, lang: lang.lang, settings: settings, date: noticeDate)
                case .md: NoticeRender.markdown(notice, places: places, lang: lang.lang, settings: settings, date: noticeDate)
                case .html: NoticeRender.html(notice, places: places, lang: lang.lang, settings: settings, date: noticeDate)
                case .csv: NoticeRender.csv(notice, places: places, lang: lang.lang)
                case .json: NoticeRender.json(notice, places: places, lang: lang.lang, settings: settings, date: noticeDate)
                case .xlsx: ""  // written above
                }
            if let output {
                try writeOutput(text, to: output, database: store.path)
                Console.out(lang("已写入 \(output)", "wrote \(output)"))
            } else {
                Console.out(text, terminator: "")
            }
        }
    }
}

/// Year and month of a `--month YYYY-MM` value, or a sentence saying how to write it.
func parseMonth(_ text: String, _ lang: LanguageOption) throws -> (year: Int, month: Int) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
        y >= 1900, Day(year: y, month: m, day: 1) != nil
    else {
        let shown = terminalSafe(text)
        throw CLIError(lang("--month \(shown)：不是有效月份 — 请写成 YYYY-MM（1900 年及以后），如 2015-10", "--month \(shown): not a valid month — write it as YYYY-MM (1900 or later), e.g. 2015-10"))
    }
    return (y, m)
}

/// The pollutants the units are tracked on (R-5 revised), in a fixed order, for a "no data" sentence:
/// "PM10、PM2.5" / "PM10 or PM2.5"; the rule set's pollutant when no unit is stored.
func trackedPollutantNames(_ pollutants: [String: Pollutant], fallback: Pollutant) -> (zh: String, en: String) {
    let used = Set(pollutants.values)
    let names = Pollutant.allCases.filter { used.contains($0) }.map(\.rawValue)
    let shown = names.isEmpty ? [fallback.rawValue] : names
    return (shown.joined(separator: "、"), shown.joined(separator: " or "))
}
