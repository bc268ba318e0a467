import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheTracking

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: helpText(TrendText.abstract), discussion: helpText(TrendText.discussion))

    @OptionGroup var store: StoreOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: optionHelp(TrendText.areaHelp)) var area: String?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }
    @Option(help: optionHelp(TrendText.formatHelp))
    var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp(TrendText.outputHelp)) var output: String?

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        let snapshot = try db.trackingSnapshot(defaultPollutant: ruleSet.pollutant, through: nil, fromYear: ruleSet.baseYear)
        guard let last = snapshot.lastDay else {
            // Each unit is tracked on its own targets' pollutant (R-5 revised): name those, not only the rule set's.
            let names = trackedPollutantNames(snapshot.pollutants, fallback: ruleSet.pollutant)
            throw CLIError(TrendProblem.noMonitoringData(pollutants: names))
        }
        var areas = snapshot.areas
        if let area {
            areas = areas.filter { $0.code == area }
            guard !areas.isEmpty else {
                throw CLIError(TrendProblem.unknownUnit(code: terminalSafe(area)))
            }
        }
        // A successor's trend takes its predecessor's months before its first year and says so in its name; a
        // predecessor keeps its own months and notes its successor (issue 21, D-146).
        let names = Dictionary(snapshot.areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let english = lang.lang == .en
        let trends = areas.compactMap { a -> UnitTrend? in
            let (months, predecessors) = SuccessorTrend.monthlyMeans(
                of: a.code, series: snapshot.series, successions: snapshot.successions, from: ruleSet.baseYear, through: last,
                excludeDust: ruleSet.excludeDustDays)
            guard !months.isEmpty || area != nil else { return nil }
            var named = a
            named.name = SuccessorTrend.label(a.name, predecessors: predecessors, names: names, english: english)
            // Noted as of the last year it has months in (D-140's note: a later succession).
            if let note = SuccessionLabels.note(code: a.code, year: months.last?.year ?? last.year, successions: snapshot.successions, names: names) {
                named.name += english ? note.en : note.zh
            }
            return Trends.trend(area: named, months: months)
        }
        let listed = Set(trends.map(\.area.code))
        let omitted = areas.filter { !listed.contains($0.code) }
        let note = terminalSafe(lang(TrendText.noTrendUnits(omitted.map { ($0.name, $0.code) })))
        switch format {
        case .text:
            let text = TrendRender.text(
                trends, pollutants: snapshot.pollutants, fallback: ruleSet.pollutant, places: ruleSet.rounding.concentration, detail: area != nil,
                lang: lang.lang) + (omitted.isEmpty ? "" : note + "\n")
            if let output {
                try writeOutput(text, to: output, database: store.path)
                Console.out(lang(TrendText.wrote(output)))
            } else {
                Console.out(text, terminator: "")
            }
        case .html:
            let html = TrendRender.html(trends, pollutants: snapshot.pollutants, fallback: ruleSet.pollutant, through: last, lang: lang.lang)
            // The page on standard output is the document alone; the note on units left out goes to standard error.
            if !omitted.isEmpty { Console.err(note) }
            if let output {
                try writeOutput(html, to: output, database: store.path)
                Console.out(lang(TrendText.wrote(output)))
            } else {
                Console.out(html, terminator: "")
            }
        }
    }
}
