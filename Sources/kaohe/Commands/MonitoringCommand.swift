import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct MonitoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitoring", abstract: helpText("导入站点监测数据并检查其有效性（R-24 至 R-26）。", "Import station monitoring data (监测数据) and check its validity (R-24 to R-26)."),
        subcommands: [Import.self, Status.self, BenchParse.self, BenchGenerate.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("导入监测文件：站点日均值或小时值；小时值汇总为日均值。", "Import monitoring files: daily or hourly station values; hourly values are reduced to daily means."),
            discussion: helpText(
                "每个文件以流方式读取，并在一个事务中存储；有任何错误的文件不存储任何数据。已存储的站点日将被替换。",
                "Each file is streamed and stored in one transaction; a file with any error stores nothing. Station-days already stored are replaced."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("监测 CSV 文件，或存放这些文件的文件夹；- 表示标准输入。", "Monitoring CSV files, or folders holding them; - is standard input.")) var paths: [String]

        func run() throws {
            let named = try csvPaths(paths)
            try refuseRepeatedFiles(named)
            let files = try named.map(ChunkedInput.init(path:))
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            var rejected = 0
            for file in files {
                let importer = MonitoringImporter(fileName: file.path, knownAreas: known)
                let progress = ProgressLine(label: file.path, totalBytes: file.size)
                do {
                    var bytes = 0
                    let sha = try file.read { chunk in
                        try importer.feed(chunk)
                        bytes += chunk.count
                        progress.update(bytes: bytes, rows: importer.rowsRead)
                    }
                    let data = try importer.finish()
                    progress.finish()
                    report(data.warnings, lang)
                    let outcome = try db.importMonitoring(data, file: ImportFile(name: file.path, sha256: sha!), rowCount: data.rows)
                    Console.out(lang(
                        "\(file.path): 已导入 \(data.rows) 行\(data.isHourly ? "小时值" : "日均值")，得到 \(data.dayCount) 个站点日；新增 \(outcome.added)，替换 \(outcome.changed)（导入编号 \(outcome.importID)）",
                        "\(file.path): imported \(data.rows) \(data.isHourly ? "hourly" : "daily") row(s) as \(data.dayCount) station-day(s); \(outcome.added) added, \(outcome.changed) replaced (import \(outcome.importID))"))
                } catch let error as MonitoringFileError {
                    progress.finish()
                    rejected += 1
                    printError(error.rendered(chinese: lang.chinese))
                    printError(lang(
                        "\(file.path): 共 \(error.errorCount) 处错误，文件被拒绝，未存储任何数据。",
                        "\(file.path): \(error.errorCount) error(s); the file was rejected and nothing from it was stored."))
                }
            }
            if rejected > 0 {
                if files.count > 1 {
                    printError(lang("\(files.count) 个文件中 \(rejected) 个被拒绝。", "\(rejected) of \(files.count) files were rejected."))
                }
                throw ExitCode.failure
            }
        }
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
