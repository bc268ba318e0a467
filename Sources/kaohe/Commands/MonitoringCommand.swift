import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore
import KaoheXLSX

struct MonitoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring", abstract: helpText("导入站点监测数据并检查其有效性（R-24 至 R-26）。", "Import station monitoring data (监测数据) and check its validity (R-24 to R-26)."),
        subcommands: [Import.self, Status.self, BenchParse.self, BenchGenerate.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("导入监测文件：站点日均值或小时值；小时值汇总为日均值。", "Import monitoring files: daily or hourly station values; hourly values are reduced to daily means."),
            discussion: helpText(
                """
                全部文件在一个事务中存储：任一文件有错误，所有文件均不存储（加 --keep-going 则保留无错误的文件）。
                已存储的站点日按小时和污染物合并（R-24a）；对已存储小时给出不同数值的，除非加 --replace，否则拒绝。
                """,
                "All files are stored in one transaction: a file with any error stores nothing from any file, unless "
                    + "--keep-going. A station-day already stored is merged by hour and pollutant (R-24a); other values for "
                    + "hours already stored are refused unless --replace."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Option(
            name: .long,
            help: optionHelp(
                "小时值文件的时标约定：end（默认，全国联网惯例：13:00 表示 12:00–13:00，00:00 为前一日的最后一小时）或 start（13:00 表示 13:00–14:00）。",
                "How hourly files label their hours: end (default, national practice: 13:00 is 12:00–13:00, 00:00 ends the day before) or start (13:00 is 13:00–14:00)."))
        var hourLabel: HourLabelOption = .end
        @Flag(name: .long, help: optionHelp("文件对已存储的小时给出不同数值时，替换该站点日的已存储数值。", "Replace stored values of a station-day when the file gives other values for hours already stored."))
        var replace = false
        @Flag(name: .long, help: optionHelp("即使有文件被拒绝，也存储没有错误的文件，并列出保留了哪些。", "Store the files without errors even when another file is rejected, and say which were kept."))
        var keepGoing = false
        @OptionGroup var sheet: SheetOption
        @Option(
            name: .long,
            help: optionHelp(
                "文件格式：auto（默认，按表头识别：以 date,hour,type, 开头的为国家监测网逐日文件）、template（本工具的监测模板）或 cnemc（国家监测网 china_sites_YYYYMMDD.csv，使用已存储的监测点列表和对应关系）。",
                "The file format: auto (default, by the header: one beginning date,hour,type, is a national daily file), template (this tool's monitoring template) or cnemc (the national network's china_sites_YYYYMMDD.csv, with the stored station list and mapping)."))
        var format: MonitoringFormatOption = .auto
        @Argument(help: optionHelp("监测文件（.csv、.txt、.tsv、.xlsx），或存放这些文件的文件夹；- 表示标准输入。", "Monitoring files (.csv, .txt, .tsv, .xlsx), or folders holding them; - is standard input.")) var paths: [String]

        func run() throws {
            let all = try inputPaths(paths, lang)
            try refuseRepeatedFiles(all)
            // National daily files go through the national reader with the stored list and mapping (D-122).
            let national = all.filter { format == .cnemc || (format == .auto && NationalImporting.looksNational(path: $0)) }
            let named = all.filter { !national.contains($0) }
            let files = try named.map(ChunkedInput.init(path:))
            let nationalRead = try national.isEmpty ? nil : NationalImporting.readStored(national, store: store, lang)
            let years = try rules.load(lang).monitoringYears
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            var rejected: [String] = []
            var kept: [String] = []
            // Printed once the transaction has committed: until then nothing is stored.
            var stored: [String] = []
            do {
                try db.importMonitoringBatch { batch in
                    for file in files {
                        do {
                            stored.append(try importOne(file, known: known, years: years, batch: batch))
                            kept.append(file.path)
                        } catch let failure as FileRejected {
                            rejected.append(file.path)
                            printError(failure.text)
                            guard keepGoing else { throw failure }
                        }
                    }
                    if let nationalRead {
                        do {
                            stored.append(try NationalImporting.store(nationalRead, batch: batch, lang))
                            kept += national
                        } catch let error as DiagnosticsError {
                            rejected += national
                            let failure = FileRejected(text: error.cliText(chinese: lang.chinese) + "\n" + lang(
                                "\(national.count) 个国家监测网文件与已存数据冲突，均未存储。",
                                "the \(national.count) national file(s) conflict with stored data; none of them was stored."))
                            printError(failure.text)
                            guard keepGoing else { throw failure }
                        }
                    }
                }
            } catch is FileRejected {
                if all.count > 1 {
                    printError(lang(
                        "\(all.count) 个文件均未存储：一个文件被拒绝，整个导入撤销（如需保留其他文件，请加 --keep-going）。",
                        "None of the \(all.count) files was stored: one was rejected, so the whole import was undone (--keep-going keeps the others)."))
                }
                throw ExitCode.failure
            }
            for line in stored { Console.out(line) }
            if !rejected.isEmpty {
                printError(lang(
                    "\(all.count) 个文件中 \(rejected.count) 个被拒绝；已保留 \(kept.count) 个：\(kept.joined(separator: "、"))",
                    "\(rejected.count) of \(all.count) files were rejected; \(kept.count) kept: \(kept.joined(separator: ", "))"))
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
                throw FileRejected(text: error.cliText(chinese: lang.chinese) + "\n" + lang(
                    "\(file.path): 共 \(error.diagnostics.count) 处错误，文件被拒绝，未存储任何数据。",
                    "\(file.path): \(error.diagnostics.count) error(s); the file was rejected and nothing from it was stored."))
            }
        }

        /// A file rejected with its messages already composed.
        struct FileRejected: Error { var text: String }

        /// Reads one file and stores it in `batch`, returning the line that says what it stored; throws
        /// `FileRejected` with every located problem.
        func importOne(_ file: ChunkedInput, known: Set<String>, years: ClosedRange<Int>, batch: MonitoringBatch) throws -> String {
            // A workbook's sheet streams as CSV in batches of rows (D-88); a CSV file streams in chunks, read by
            // several parsers at once when it allows (D-101).
            let name = file.path
            let progress = ProgressLine(label: file.path, totalBytes: file.size)
            let data: MonitoringData
            let sha: String?
            do {
                if isWorkbook(path: file.path, data: nil) {
                    let (importer, hash) = try feedWorkbook(file) { sheetName in
                        MonitoringImporter(fileName: sheetName, knownAreas: known, hourLabel: hourLabel.value, years: years, today: today())
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
                throw FileRejected(text: error.cliText(chinese: lang.chinese) + "\n" + lang(
                    "\(file.path): 共 \(error.errorCount) 处错误，文件被拒绝，未存储任何数据。",
                    "\(file.path): \(error.errorCount) error(s); the file was rejected and nothing from it was stored."))
            }
            report(data.warnings, lang)
            let outcome: ImportOutcome
            do {
                outcome = try batch.store(
                    data.parts, file: ImportFile(name: file.path, sha256: sha!), rowCount: data.rows, replace: replace)
            } catch var error as DiagnosticsError {
                let count = error.diagnostics.count
                error.diagnostics = error.diagnostics.map(SheetLocations.shared.locate)
                throw FileRejected(text: error.cliText(chinese: lang.chinese) + "\n" + lang(
                    "\(file.path): 与已存数据冲突，文件被拒绝，未存储任何数据。",
                    "\(file.path): conflicts with stored data (\(count) listed); the file was rejected and nothing from it was stored."))
            }
            return lang(
                "\(file.path): 已导入 \(data.rows) 行\(data.isHourly ? "小时值" : "日均值")，得到 \(data.dayCount) 个站点日；新增 \(outcome.added)，合并或替换 \(outcome.changed)，未变 \(outcome.unchanged)（导入编号 \(outcome.importID)）",
                "\(file.path): imported \(data.rows) \(data.isHourly ? "hourly" : "daily") row(s) as \(data.dayCount) station-day(s); \(outcome.added) added, \(outcome.changed) merged or replaced, \(outcome.unchanged) unchanged (import \(outcome.importID))")
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
            abstract: helpText("按单位和站点列出：有效天数、不达标月份、年均浓度或无年均浓度的原因，以及单位均值。", "Per unit and station: valid days, failing months, annual mean or why there is none, and the unit mean."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: optionHelp("考核年度。", "The assessed year.")) var year: Int

        func run() throws {
            let ruleSet = try rules.load(lang)
            let db = try store.open(.read)
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let units = try db.monitoringStatus(year: year, pollutant: ruleSet.pollutant, excludeDust: ruleSet.excludeDustDays)
            guard !units.isEmpty else {
                Console.out(lang("\(year) 年没有监测数据。", "No monitoring data for \(year)."))
                return
            }
            let places = ruleSet.rounding.concentration
            var table = TextTable(
                headers: [
                    lang("区域代码", "code"), lang("区域名称", "unit"), lang("站点", "station"), lang("有效天数", "valid days"),
                    lang("不达标月份", "failing months"), lang("年均浓度 (μg/m³)", "annual mean (μg/m³)"), lang("说明", "note"),
                ],
                alignments: [.left, .left, .left, .right, .left, .right, .left])
            for unit in units {
                let name = names[unit.areaCode] ?? ""
                for s in unit.stations {
                    table.append([
                        unit.areaCode, name, s.station, String(s.validDays),
                        s.failingMonths.map { lang("\($0)月", monthName($0)) }.joined(separator: lang("、", ", ")),
                        s.annualMean.map { GBRounding.fixed($0, places: places) } ?? "—",
                        s.annualMean == nil ? s.shortfalls.map(explain).joined(separator: lang("；", "; ")) : dustNote(s),
                    ])
                }
                table.append([
                    unit.areaCode, name, lang("单位均值", "unit mean"), "", "",
                    unit.mean.map { GBRounding.fixed($0, places: places) } ?? "—",
                    unit.mean == nil
                        ? lang("无有效站点", "no valid station")
                        : lang("\(unit.stations.count) 个站点中 \(unit.validStations) 个有效", "\(unit.validStations) of \(unit.stations.count) station(s) valid"),
                ])
            }
            Console.out(lang("\(year) 年 \(ruleSet.pollutant.rawValue) 监测数据有效性（GB 3095-2012）", "\(year) \(ruleSet.pollutant.rawValue) monitoring validity (GB 3095-2012)"))
            Console.out(table.render(), terminator: "")
            if ruleSet.excludeDustDays {
                Console.out(lang("沙尘天计入有效天数，但不计入年均浓度（规则集设定）。", "Sand-dust days count as valid days but are left out of the means (rule set)."))
            }
        }

        func explain(_ shortfall: AnnualMeanShortfall) -> String {
            switch shortfall {
            case .tooFewDays(let valid, let required):
                lang("全年有效天数不足（\(valid)/\(required)）", "too few valid days in the year (\(valid)/\(required))")
            case .tooFewDaysInMonth(let month, let valid, let required):
                lang("\(month)月有效天数不足（\(valid)/\(required)）", "too few valid days in \(monthName(month)) (\(valid)/\(required))")
            case .onlyDustDays:
                lang("有效天均为沙尘天，已剔除", "every valid day is an excluded sand-dust day")
            }
        }

        func dustNote(_ s: StationYear) -> String {
            s.excludedDustDays == 0 ? "" : lang("剔除沙尘天 \(s.excludedDustDays) 天", "\(s.excludedDustDays) sand-dust day(s) left out")
        }

        func monthName(_ month: Int) -> String {
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
        }
    }
}
