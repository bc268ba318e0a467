import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

/// `kaohe national`: the national network's daily files (china_sites_YYYYMMDD.csv), D-68 to D-72.
struct NationalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national",
        abstract: helpText(NationalText.abstract),
        subcommands: [Import.self, Index.self, BenchParse.self])

    /// The station list and mapping every subcommand needs.
    struct Sources: ParsableArguments {
        @Option(name: .long, help: optionHelp(NationalText.stationsHelp))
        var stations: String
        @Option(name: .long, help: optionHelp(NationalText.mappingHelp))
        var mapping: String
        @Argument(help: optionHelp(NationalText.pathsHelp))
        var paths: [String]

        init() {}

        init(stations: String, mapping: String, paths: [String]) {
            self.stations = stations
            self.mapping = mapping
            self.paths = paths
        }

        /// Reads the list and the mapping, then every file one at a time; all or nothing, every problem located.
        func read(_ lang: LanguageOption) throws -> NationalImport {
            let (files, book) = try book(lang)
            return try NationalImporting.read(files, book: book)
        }

        /// The files to read (folders expanded, none named twice) and the book of the given list and mapping.
        func book(_ lang: LanguageOption) throws -> (files: [String], book: NationalStationBook) {
            let list = try InputFile(path: stations)
            let map = try InputFile(path: mapping)
            let book = try parseOrReject([list.name, map.name]) {
                NationalStationBook(
                    list: try StationFiles.parseList(list.data, file: list.name), listFile: list.name,
                    mapping: try StationFiles.parseMapping(map.data, file: map.name), mappingFile: map.name)
            }
            let files = try inputPaths(paths, lang)
            try refuseRepeatedFiles(files)
            return (files, book)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(NationalText.importAbstract), discussion: helpText(NationalText.importDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sources: Sources

        func run() throws {
            let (files, book) = try sources.book(lang)
            let db = try store.open(.write)
            try NationalImporting.checkUnits(book, db: db)
            // Each file's kept hours staged into the transaction as it is read (D-153) — a day no later file can
            // touch has its SO2/NO2/CO/O3 hours stored then (D-176) — then PM10/PM2.5 into the monitoring data and
            // the other hours into the national store: a problem or a conflict in any stores nothing (D-71, D-73).
            let line = try db.importMonitoringBatch { batch in
                let staged = try NationalImporting.stage(files, book: book, batch: batch, lang)
                return try refusingDiagnostics { try NationalImporting.store(staged, batch: batch, lang) }
            }
            Console.out(line)
        }
    }

    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(NationalText.indexAbstract), discussion: helpText(NationalText.indexDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .long, help: optionHelp(NationalText.yearHelp)) var year: Int
        @Option(name: .long, help: optionHelp(NationalText.monthHelp)) var month: Int?
        @Option(name: .long, help: optionHelp(NationalText.indexStationsHelp)) var stations: String?
        @Option(name: .long, help: optionHelp(NationalText.indexMappingHelp)) var mapping: String?
        @Argument(help: optionHelp(NationalText.indexPathsHelp))
        var paths: [String] = []

        mutating func validate() throws {
            guard (1901...2100).contains(year) else { throw usageError(NationalProblem.yearOutOfRange) }
            if let month, !(1...12).contains(month) { throw usageError(NationalProblem.monthOutOfRange) }
            if !paths.isEmpty && (stations == nil || mapping == nil) {
                throw usageError(NationalProblem.filesNeedStationsAndMapping)
            }
        }

        func run() throws {
            let period = Self.period(year: year, month: month)
            let previous = Self.period(year: year - 1, month: month)
            let days: [(unit: String, day: NationalStationDay)]
            if let stations, let mapping, !paths.isEmpty {
                days = try Sources(stations: stations, mapping: mapping, paths: paths).read(lang).days
            } else {
                days = try store.open(.read).nationalStationDays(from: previous.lowerBound, to: period.upperBound)
            }
            let (rows, without) = NationalRanking.rank(days, period: period, previous: previous)
            Console.out(lang(NationalText.rankingTitle(NationalText.period(year: year, month: month))))
            var table = TextTable(
                headers: NationalText.rankingHeaders.map { lang($0) },
                alignments: [.right, .left, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right])
            let required = CompositeIndex.requiredDays(period)
            for (i, row) in rows.enumerated() {
                let c = row.index.concentrations
                table.append([
                    row.isComplete ? String(i + 1) : "—", row.unit, GBRounding.fixed(row.index.index, places: 2),
                    row.previous.map { GBRounding.fixed($0.index, places: 2) } ?? "—",
                    row.changeRate.map { GBRounding.fixed($0 * 100, places: 1) + "%" } ?? "—",
                    GBRounding.fixed(c[.so2]!, places: 0), GBRounding.fixed(c[.no2]!, places: 0), GBRounding.fixed(c[.pm10]!, places: 0),
                    GBRounding.fixed(c[.pm25]!, places: 0), GBRounding.fixed(c[.co]!, places: 1), GBRounding.fixed(c[.o3]!, places: 0),
                    String(row.index.days.values.min() ?? 0) + (row.isComplete ? "" : lang(NationalText.tooFewDays(required: required ?? 0))),
                ])
            }
            Console.out(table.render(), terminator: "")
            if rows.contains(where: { !$0.isComplete }) {
                Console.out(lang(NationalText.unrankedNote(required: required ?? 0)))
            }
            if !without.isEmpty {
                Console.out(lang(NationalText.withoutIndex(without)))
            }
        }

        static func period(year: Int, month: Int?) -> ClosedRange<Day> {
            if let month {
                return Day(year: year, month: month, day: 1)!...Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
            }
            return Day(year: year, month: 1, day: 1)!...Day(year: year, month: 12, day: 31)!
        }
    }
}
