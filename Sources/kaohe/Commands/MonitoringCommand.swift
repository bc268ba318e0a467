import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheXLSX

struct MonitoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring", abstract: helpText(MonitoringHelp.abstract),
        subcommands: [Import.self, Status.self, BenchParse.self, BenchGenerate.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(MonitoringHelp.importAbstract),
            discussion: helpText(MonitoringHelp.importDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Option(
            name: .long,
            help: optionHelp(MonitoringHelp.hourLabel))
        var hourLabel: HourLabelOption = .end
        @Flag(name: .long, help: optionHelp(MonitoringHelp.replace))
        var replace = false
        @Flag(name: .long, help: optionHelp(MonitoringHelp.keepGoing))
        var keepGoing = false
        @OptionGroup var sheet: SheetOption
        @Option(
            name: .long,
            help: optionHelp(MonitoringHelp.format))
        var format: MonitoringFormatOption = .auto
        @Argument(help: optionHelp(MonitoringHelp.paths)) var paths: [String]

        func run() throws {
            let all = try inputPaths(paths, lang)
            try refuseRepeatedFiles(all)
            // National daily files go through the national reader with the stored list and mapping (D-122).
            let national = all.filter { format == .cnemc || (format == .auto && NationalImporting.looksNational(path: $0)) }
            let named = all.filter { !national.contains($0) }
            let files = try named.map(ChunkedInput.init(path:))
            let nationalBook = try national.isEmpty ? nil : NationalImporting.storedBook(store)
            let ruleSet = try rules.load(lang)
            let years = ruleSet.monitoringYears
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            // Station-days under a code a succession replaced by their day: warned about or refused (issue 21, D-145).
            let oldCodes = try db.oldCodeImports(policy: ruleSet.succession.oldCodes)
            var rejected: [String] = []
            var kept: [String] = []
            // Printed once the transaction has committed: until then nothing is stored.
            var stored: [String] = []
            do {
                try db.importMonitoringBatch { batch in
                    for file in files {
                        do {
                            stored.append(try importOne(file, known: known, years: years, oldCodes: oldCodes, batch: batch))
                            kept.append(file.path)
                        } catch let failure as FileRejected {
                            rejected.append(file.path)
                            printError(failure.text)
                            guard keepGoing else { throw failure }
                        }
                    }
                    // National files after the template files, staged into the transaction each as it is read
                    // (D-153) and stored, in one savepoint (D-176): a day no later file can touch is stored while the
                    // files are read, so a conflict with stored hours that rejects the national files (--keep-going)
                    // undoes those days too (their foreign keys stay deferred to the commit: nothing follows). An
                    // error reading a file stops the command before anything is stored; with --keep-going that file
                    // alone is rejected, as a template file is (D-154).
                    guard let nationalBook else { return }
                    try batch.inSavepoint {
                        let nationalRead = try NationalImporting.stage(
                            national, book: nationalBook, batch: batch, lang,
                            rejected: keepGoing
                                ? { path, error in
                                    rejected.append(path)
                                    printError(FileRejected(error, path: path, errors: error.errorCount, lang).text)
                                } : nil)
                        guard !nationalRead.paths.isEmpty else { return true }
                        do {
                            stored.append(try NationalImporting.store(nationalRead, batch: batch, lang))
                            kept += nationalRead.paths
                            return true
                        } catch let error as DiagnosticsError {
                            rejected += nationalRead.paths
                            let failure = FileRejected(
                                text: error.cliText(chinese: lang.chinese) + "\n" + lang(MonitoringImportText.nationalConflict(files: nationalRead.paths.count)))
                            printError(failure.text)
                            guard keepGoing else { throw failure }
                            return false
                        }
                    }
                }
            } catch is FileRejected {
                if all.count > 1 {
                    printError(lang(MonitoringImportText.noneStored(files: all.count)))
                }
                throw ExitCode.failure
            }
            for line in stored { Console.out(line) }
            if !rejected.isEmpty {
                printError(lang(MonitoringImportText.someRejected(files: all.count, rejected: rejected.count, kept: kept)))
                throw ExitCode.failure
            }
        }

        /// Reads the monitoring sheet of a workbook into a new importer made by `make` (given the sheet's name,
        /// `file.xlsx:Sheet`) and returns it with the SHA-256 of the sheet's CSV form; a workbook problem rejects
        /// the file.
        ///
        /// The sheet is streamed as it unpacks (SheetStream), so a sheet of a million rows is never held
        /// whole; where only the whole read is right (a merged header; comments when XMLParser reads the sheet)
        /// a new importer is fed the sheet read whole (D-64, D-88, D-111). Either way the importer sees the same CSV.
        func feedWorkbook(_ file: ChunkedInput, make: (String) -> MonitoringImporter) throws -> (MonitoringImporter, String) {
            var bytes = Data()
            _ = try file.read(hash: false) { bytes.append($0) }
            do {
                var hasher = BackgroundHasher()
                // The importer checks the CSV on another core while the sheet is read (D-111). A second start
                // (the scanner gave way) voids what was fed: a new importer and a new hash.
                var feeder: BackgroundFeeder?
                let streamed: SheetStream.Result?
                do {
                    streamed = try SheetStream.csv(
                        bytes, file: file.path, sheet: sheet.sheet, preferred: sheetNames([.monitoring]),
                        onStart: {
                            hasher.wait()
                            hasher = BackgroundHasher()
                            _ = try? feeder?.finish()
                            feeder = BackgroundFeeder(make($0))
                        }
                    ) { csv in
                        hasher.update(csv)
                        feeder?.feed(csv)
                    }
                } catch {
                    // An importer that failed first is what the file is refused for, as when fed in step.
                    _ = try feeder?.finish()
                    throw error
                }
                if let streamed, let feeder {
                    let importer = try feeder.finish()
                    SheetLocations.shared.register(streamed.sheet, rowOfLine: streamed.rowOfLine)
                    return (importer, hasher.finish())
                }
                _ = try? feeder?.finish()
                hasher.wait()
                let sheet = try XLSXReader.read(bytes, file: file.path, sheet: sheet.sheet, preferred: sheetNames([.monitoring]))
                SheetLocations.shared.register(sheet)
                let whole = make(sheet.name)
                let csv = sheet.csv
                try whole.feed(csv)
                return (whole, sha256Hex(of: csv))
            } catch let error as DiagnosticsError {
                throw FileRejected(error, path: file.path, errors: error.diagnostics.count, lang)
            }
        }

        /// A file rejected with its messages already composed.
        struct FileRejected: Error { var text: String }

        /// Reads one file and stores it in `batch`, returning the line that says what it stored; throws
        /// `FileRejected` with every located problem.
        func importOne(_ file: ChunkedInput, known: Set<String>, years: ClosedRange<Int>, oldCodes: OldCodeImports?, batch: MonitoringBatch) throws -> String {
            // A workbook's sheet streams as CSV in batches of rows (D-88); a CSV file streams in chunks, read by
            // several parsers at once when it allows (D-101).
            let name = file.path
            let progress = ProgressLine(label: file.path, totalBytes: file.size)
            let data: MonitoringData
            let sha: String?
            var source = name
            do {
                if isWorkbook(path: file.path, data: nil) {
                    let (importer, hash) = try feedWorkbook(file) { sheetName in
                        source = sheetName
                        return MonitoringImporter(fileName: sheetName, knownAreas: known, hourLabel: hourLabel.value, years: years, today: today())
                    }
                    sha = hash
                    data = try importer.finish()
                } else {
                    // Several parsers at once when the file allows; standard input cannot be read twice (D-101).
                    var bytes = 0
                    var hash: String?
                    (data, _) = try MonitoringFile.read(
                        fileName: name, knownAreas: known, hourLabel: hourLabel.value, years: years, today: today(),
                        parallel: file.path != standardInputName && Invocation.variable("KAOHE_MONITORING_SINGLE_PARSER") == nil,
                        progress: { rows in progress.update(bytes: bytes, rows: rows) }
                    ) { sink in
                        bytes = 0
                        hash = try file.read(until: { chunk in
                            bytes += chunk.count
                            return try sink(chunk)
                        })
                    }
                    sha = hash
                }
                progress.finish()
            } catch var error as DiagnosticsError {
                progress.finish()
                error.diagnostics = error.diagnostics.map(SheetLocations.shared.locate)
                throw FileRejected(error, path: file.path, errors: error.errorCount, lang)
            }
            report(data.warnings, lang)
            try checkOldCodes(oldCodes.map { data.oldCodeDiagnostics(file: source, check: $0) } ?? [], path: file.path)
            let outcome: ImportOutcome
            do {
                outcome = try batch.store(
                    data.parts, file: ImportFile(name: file.path, sha256: sha!), rowCount: data.rows, replace: replace)
            } catch var error as DiagnosticsError {
                let count = error.diagnostics.count
                error.diagnostics = error.diagnostics.map(SheetLocations.shared.locate)
                throw FileRejected(text: error.cliText(chinese: lang.chinese) + "\n" + lang(MonitoringImportText.conflicts(file: file.path, listed: count)))
            }
            return lang(MonitoringImportText.imported(
                file: file.path, rows: data.rows, hourly: data.isHourly, stationDays: data.dayCount,
                added: outcome.added, changed: outcome.changed, unchanged: outcome.unchanged, importID: outcome.importID))
        }
    }

    /// `--format auto|template|cnemc` (D-122).
    enum MonitoringFormatOption: String, ExpressibleByArgument, CaseIterable {
        case auto, template, cnemc
    }

    /// `--hour-label end|start` (R-24a).
    enum HourLabelOption: String, ExpressibleByArgument, CaseIterable {
        case end, start
        var value: HourLabel { self == .end ? .end : .start }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(MonitoringHelp.statusAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: optionHelp(MonitoringHelp.year)) var year: Int

        func run() throws {
            let ruleSet = try rules.load(lang)
            let db = try store.open(.read)
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let units = try db.monitoringStatus(year: year, pollutant: ruleSet.pollutant, excludeDust: ruleSet.excludeDustDays)
            guard !units.isEmpty else {
                Console.out(lang(MonitoringStatusText.noData(year: year)))
                return
            }
            let places = ruleSet.rounding.concentration
            var table = TextTable(
                headers: MonitoringStatusText.headers.map { lang($0) },
                alignments: [.left, .left, .left, .right, .left, .right, .left])
            for unit in units {
                let name = names[unit.areaCode] ?? ""
                for s in unit.stations {
                    table.append([
                        unit.areaCode, name, s.station, String(s.validDays),
                        s.failingMonths.map { lang(MonitoringStatusText.month($0)) }.joined(separator: lang(MonitoringStatusText.monthSeparator)),
                        s.annualMean.map { GBRounding.fixed($0, places: places) } ?? "—",
                        s.annualMean == nil ? s.shortfalls.map(explain).joined(separator: lang(MonitoringStatusText.shortfallSeparator)) : dustNote(s),
                    ])
                }
                table.append([
                    unit.areaCode, name, lang(MonitoringStatusText.unitMean), "", "",
                    unit.mean.map { GBRounding.fixed($0, places: places) } ?? "—",
                    unit.mean == nil
                        ? lang(MonitoringStatusText.noValidStation)
                        : lang(MonitoringStatusText.validStations(unit.validStations, of: unit.stations.count)),
                ])
            }
            Console.out(lang(MonitoringStatusText.heading(year: year, pollutant: ruleSet.pollutant.rawValue)))
            Console.out(table.render(), terminator: "")
            if ruleSet.excludeDustDays {
                Console.out(lang(MonitoringStatusText.dustDays))
            }
        }

        func explain(_ shortfall: AnnualMeanShortfall) -> String { lang(MonitoringStatusText.shortfall(shortfall)) }

        func dustNote(_ s: StationYear) -> String {
            s.excludedDustDays == 0 ? "" : lang(MonitoringStatusText.dustLeftOut(s.excludedDustDays))
        }
    }
}

extension MonitoringCommand.Import.FileRejected {
    /// A file's located problems, then the sentence saying it was rejected with `errors` errors.
    init(_ error: DiagnosticsError, path: String, errors: Int, _ lang: LanguageOption) {
        self.init(text: error.cliText(chinese: lang.chinese) + "\n" + lang(MonitoringImportText.rejected(file: path, errors: errors)))
    }
}
