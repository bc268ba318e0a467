import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheXLSX

/// `kaohe stations`: the stored national station lists and station-to-unit mapping, versioned (D-121).
struct StationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: helpText(StationsText.abstract),
        subcommands: [Import.self, Map.self, List.self, History.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(StationsText.importAbstract), discussion: helpText(StationsText.importDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .long, help: optionHelp(StationsText.effectiveHelp)) var effective: String
        @Argument(help: optionHelp(StationsText.listFileHelp)) var list: String

        func run() throws {
            let day = try parseDayOption(effective, option: "--effective")
            let file = try InputFile(path: list)
            let stations = try parseOrReject([file.name]) { try StationFiles.parseList(file.data, file: file.name) }
            let db = try store.open(.write)
            let version = try db.recordStationList(stations, effective: day, file: file.name, sha256: sha256Hex(of: file.data))
            let background = stations.filter(\.isBackground).count
            Console.out(lang(
                StationsText.listStored(file: file.name, stations: stations.count, background: background, effective: "\(day)", versionOfDay: version.versionOfDay)))
        }
    }

    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(StationsText.mapAbstract), discussion: helpText(StationsText.mapDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Argument(help: optionHelp(StationsText.mappingFileHelp)) var mapping: String

        func run() throws {
            let file = try InputFile(path: mapping)
            let rows = try parseOrReject([file.name]) { try StationFiles.parseMapping(file.data, file: file.name) }
            let db = try store.open(.write)
            guard let stored = try db.stationBook() else {
                throw CLIError(StationsProblem.noStoredList)
            }
            let book = NationalStationBook(lists: stored.lists, mapping: rows, mappingFile: file.name)
            _ = try parseOrReject([file.name]) {
                let problems = NationalImport.mappingProblems(book)
                if !problems.isEmpty { throw DiagnosticsError(problems) }
            }
            // A station mapped to a code a succession replaced, for days from the change on (issue 21, D-145).
            let policy = try rules.load(lang).succession.oldCodes
            try checkOldCodes(try db.oldCodeImports(policy: policy)?.mappingDiagnostics(file: file.name, rows: rows) ?? [], file: file.name, lang)
            let version = try db.recordStationMapping(rows, file: file.name, sha256: sha256Hex(of: file.data))
            for code in Self.unmapped(book) {
                printError(lang(StationsText.unmappedStation(code)))
            }
            Console.out(lang(
                StationsText.mappingStored(
                    file: file.name, rows: rows.count, stations: Set(rows.map(\.station)).count, units: Set(rows.map(\.unit)).count, version: version.id)))
        }

        /// Non-background stations of the newest list in a mapped station's city that the mapping leaves out.
        static func unmapped(_ book: NationalStationBook) -> [String] {
            guard let latest = book.lists.last?.stations else { return [] }
            let cities = Set(book.mapping.compactMap { book.anyStation($0.station)?.city })
            return latest.filter { !$0.isBackground && cities.contains($0.city) && !book.isMapped($0.code) }.map(\.code).sorted()
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(StationsText.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(StationsText.onHelp)) var on: String?
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let db = try store.open(.read)
            let versions = try db.stationListVersions()
            guard let book = try db.stationBook(), let index = book.listIndex(on: day) else {
                throw CLIError(StationsProblem.noListInForce(day: "\(day)", firstEffective: versions.first.map { "\($0.effective)" }))
            }
            let version = versions[index]
            try output.emit(
                StationTables.stations(
                    book.lists[index].stations, on: day, effective: version.effective, versionOfDay: version.versionOfDay, listFile: version.file,
                    book: book, lang: lang.lang),
                database: store.path, lang)
            guard output.isTerminalText else { return }
            let mapped = book.lists[index].stations.filter { book.unit(of: $0.code, on: day) != nil }.count
            Console.out(lang(
                StationsText.listInForce(
                    day: "\(day)", effective: "\(version.effective)", versionOfDay: version.versionOfDay, file: version.file, stations: version.stationCount,
                    mapped: mapped, mappingFile: book.mappingFile.isEmpty ? nil : book.mappingFile)))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(StationsText.historyAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var output: ListFormatOptions

        /// Both tables in every format (D-152): text and CSV one after the other under their titles, JSON one
        /// object with `lists` and `mappings`, a workbook one sheet each.
        func run() throws {
            let db = try store.open(.read)
            let history = StationTables.history(
                lists: try db.stationListVersions().map {
                    StationTables.ListVersion(effective: $0.effective, versionOfDay: $0.versionOfDay, stations: $0.stationCount, file: $0.file, recordedAt: $0.recordedAt)
                },
                mappings: try db.stationMappingVersions().map {
                    StationTables.MappingVersion(id: $0.id, rows: $0.rowCount, file: $0.file, recordedAt: $0.recordedAt)
                },
                lang: lang.lang)
            switch output.format {
            case .xlsx:
                guard let path = output.output else { throw CLIError(OutputFileFailure.xlsxNeedsOutput) }
                let data = try XLSXWriter.data([
                    SummaryXLSX.sheet(history.lists.title, history.lists.table), SummaryXLSX.sheet(history.mappings.title, history.mappings.table),
                ])
                try writeOutput(bytes: Array(data), to: path, database: store.path)
                Console.out(lang(OutputFileText.wrote(path)))
            case .text, .csv, .json:
                let text = switch output.format {
                case .csv: history.csv()
                case .json: history.json()
                default: history.text()
                }
                if let path = output.output {
                    try writeOutput(text, to: path, database: store.path)
                    Console.out(lang(OutputFileText.wrote(path)))
                } else {
                    Console.out(text, terminator: "")
                }
            }
        }
    }
}
