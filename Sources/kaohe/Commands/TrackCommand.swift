import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheTracking

struct TrackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: helpText(TrackText.abstract),
        subcommands: [Position.self, Notice.self], defaultSubcommand: Position.self)

    /// `kaohe track [--as-of D]`: every unit's position through a day.
    struct Position: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "position",
            abstract: helpText(TrackText.positionAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .customLong("as-of"), help: optionHelp(TrackText.asOfHelp))
        var asOf: String?
        @Option(name: .customLong("rank-by"), help: optionHelp(TrackText.positionRankByHelp))
        var rankBy: RankByOption = .concentration

        func run() throws {
            let ruleSet = try rules.load(lang)
            let day = try asOf.map { try parseDayOption($0, option: "--as-of") }
            if let day, day.year < 1900 {
                throw CLIError(TrackProblem.asOfBefore1900(day: "\(day)"))
            }
            let db = try store.open(.read)
            let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: day)
            guard let end = day ?? snapshot.lastDay else {
                let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
                throw CLIError(TrackProblem.noMonitoringData(pollutants: names))
            }
            guard !snapshot.areas.isEmpty else {
                throw CLIError(TrackProblem.noUnits)
            }
            // The units of the tracked year, each named as it was called then, its successor noted (issue 21, D-140, D-144).
            let areas = snapshot.listedAreas(year: end.year, english: lang.lang == .en)
            let units = Tracking.track(areas: areas, series: snapshot.series, targets: snapshot.targets, asOf: end, rules: ruleSet)
            // The units of the table (those with monitoring data), ranked by the composite index (D-138).
            let composite = try rankBy == .composite
                ? CompositeNotice.rankingToDate(units.filter { $0.coverage != .noMonitoringData }.map(\.area), through: end, db: db) : nil
            Console.out(TrackRender.text(units, asOf: end, rules: ruleSet, lang: lang.lang, composite: composite), terminator: "")
        }
    }

    /// `kaohe track notice --month YYYY-MM`: the monthly notice as a document.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(TrackText.noticeAbstract), discussion: helpText(TrackText.noticeDiscussion))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json, xlsx }

        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(TrackText.monthHelp)) var month: String
        @Option(help: optionHelp(TrackText.formatHelp)) var format: Format = .text
        @Option(help: optionHelp(TrackText.dateHelp)) var date: String?
        @Option(name: [.customShort("o"), .long], help: optionHelp(TrackText.outputHelp)) var output: String?
        @Option(
            name: .customLong("rank-by"),
            help: optionHelp(TrackText.rankByHelp))
        var rankBy: RankByOption = .concentration

        func run() throws {
            let ruleSet = try rules.load(lang)
            let (year, m) = try parseMonth(month)
            let noticeDate = try date.map { try parseDayOption($0, option: "--date") } ?? today()
            let end = Day(year: year, month: m, day: Day.daysIn(month: m, year: year))!
            let db = try store.open(.read)
            let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: end)
            guard !snapshot.areas.isEmpty else {
                throw CLIError(TrackProblem.noUnits)
            }
            guard !snapshot.series.isEmpty else {
                // Each unit is tracked on its own targets' pollutant (R-5 revised): name those, not only the rule set's.
                let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
                throw CLIError(TrackProblem.noMonitoringDataForMonth(pollutants: names, year: year, month: m, given: month))
            }
            var notice = MonthlyNotice.build(
                year: year, month: m, areas: snapshot.listedAreas(year: year, english: lang.lang == .en), series: snapshot.series, targets: snapshot.targets, rules: ruleSet)
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
                Console.out(lang(TrackText.wrote(output)))
            } else {
                Console.out(text, terminator: "")
            }
        }
    }
}

/// Year and month of a `--month YYYY-MM` value, or a sentence saying how to write it.
func parseMonth(_ text: String) throws -> (year: Int, month: Int) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
        y >= 1900, Day(year: y, month: m, day: 1) != nil
    else {
        let shown = terminalSafe(text)
        throw CLIError(TrackProblem.invalidMonth(given: shown))
    }
    return (y, m)
}

/// The pollutants the units are tracked on (R-5 revised), in a fixed order, for a "no data" sentence:
/// "PM10、PM2.5" / "PM10 or PM2.5"; the rule set's pollutant when no unit is stored.
func trackedPollutantNames(_ pollutants: [String: Pollutant], fallback: Pollutant) -> Bilingual {
    let used = Set(pollutants.values)
    let names = Pollutant.allCases.filter { used.contains($0) }.map(\.rawValue)
    let shown = names.isEmpty ? [fallback.rawValue] : names
    return TrackText.pollutants(shown)
}
