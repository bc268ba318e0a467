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
        abstract: helpText(
            "国家监测网逐日文件（china_sites_YYYYMMDD.csv）：导入 PM10/PM2.5，并按综合指数排名（R-24a 至 R-24c）。",
            "The national network's daily files (china_sites_YYYYMMDD.csv): import PM10/PM2.5, and rank by the composite index (R-24a to R-24c)."),
        subcommands: [Import.self, Index.self, BenchParse.self])

    /// The station list and mapping every subcommand needs.
    struct Sources: ParsableArguments {
        @Option(name: .long, help: optionHelp("监测点列表（监测点编码,监测点名称,城市,经度,纬度,对照点）。", "The station list (监测点编码,监测点名称,城市,经度,纬度,对照点)."))
        var stations: String
        @Option(name: .long, help: optionHelp("监测点与区域的对应关系（监测点编码,区域代码,起始日期,截止日期）。", "The station-to-unit mapping (监测点编码,区域代码,起始日期,截止日期)."))
        var mapping: String
        @Argument(help: optionHelp("国家站点日文件，或存放这些文件的文件夹（可按年分文件夹）。", "National daily station files, or folders holding them (yearly folders are fine)."))
        var paths: [String]

        init() {}

        init(stations: String, mapping: String, paths: [String]) {
            self.stations = stations
            self.mapping = mapping
            self.paths = paths
        }

        /// Reads the list and the mapping, then every file one at a time; all or nothing, every problem located.
        func read(_ lang: LanguageOption) throws -> (NationalImporting.Read, book: NationalStationBook) {
            let list = try InputFile(path: stations)
            let map = try InputFile(path: mapping)
            let book = try parseOrReject([list.name, map.name]) {
                NationalStationBook(
                    list: try StationFiles.parseList(list.data, file: list.name), listFile: list.name,
                    mapping: try StationFiles.parseMapping(map.data, file: map.name), mappingFile: map.name)
            }
            let files = try inputPaths(paths, lang)
            try refuseRepeatedFiles(files)
            return (try NationalImporting.read(files, book: book, lang), book)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "导入国家站点日文件中对应到区域的监测点的 PM10 和 PM2.5 小时值，按小时并入监测数据（R-24a）。",
                "Import the PM10 and PM2.5 hours of the mapped stations from national daily files into the monitoring data, merged by hour (R-24a)."),
            discussion: helpText(
                "小时按其结束时刻标记：文件中的 0 时属于前一日。全部文件一次存储：任一文件有错误则不存储任何数据。",
                "Hours are labelled by their end: hour 0 of a file belongs to the day before. All files are stored at once: an error in any file stores nothing."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sources: Sources

        func run() throws {
            let (read, book) = try sources.read(lang)
            let db = try store.open(.write)
            try NationalImporting.checkUnits(book, db: db)
            NationalImporting.warn(read.result, lang)
            // PM10/PM2.5 into the monitoring data and SO2/NO2/CO/O3 hours into the national store, in one
            // transaction: a conflict in either stores nothing (D-71, D-73).
            let line = try refusingDiagnostics {
                try db.importMonitoringBatch { batch in try NationalImporting.store(read, batch: batch, lang) }
            }
            Console.out(line)
        }
    }

    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "按环境空气质量综合指数（R-24c）对区域排名，并与上年同期比较。",
                "Rank units by the composite air quality index (综合指数, R-24c), with the change against the same period a year before."),
            discussion: helpText(
                "给出文件时指数直接由文件计算，不读写数据库；否则使用已导入的数据（PM10/PM2.5 取自监测数据，其余四项取自国家站点小时值）。有上年同期数据时计算变化率。指数越小越好。",
                "With files, the index is computed from them without the database; otherwise from the data imported (PM10/PM2.5 from the monitoring data, the other four from national hours). The change rate needs the same period a year before. Lower is better."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .long, help: optionHelp("年度。", "The year.")) var year: Int
        @Option(name: .long, help: optionHelp("月份（1–12）；不给则为全年。", "The month (1–12); the whole year when absent.")) var month: Int?
        @Option(name: .long, help: optionHelp("监测点列表（给出文件时必需）。", "The station list (needed when files are given).")) var stations: String?
        @Option(name: .long, help: optionHelp("监测点与区域的对应关系（给出文件时必需）。", "The station-to-unit mapping (needed when files are given).")) var mapping: String?
        @Argument(help: optionHelp("国家站点日文件或文件夹；不给则使用数据库中已导入的数据。", "National daily files or folders; without them, the data already imported into the database."))
        var paths: [String] = []

        mutating func validate() throws {
            guard (1901...2100).contains(year) else { throw usageError("--year 应在 1901–2100 之间", "--year must be within 1901–2100") }
            if let month, !(1...12).contains(month) { throw usageError("--month 应在 1–12 之间", "--month must be within 1–12") }
            if !paths.isEmpty && (stations == nil || mapping == nil) {
                throw usageError("给出文件时需要 --stations 和 --mapping", "--stations and --mapping are needed when files are given")
            }
        }

        func run() throws {
            let period = Self.period(year: year, month: month)
            let previous = Self.period(year: year - 1, month: month)
            let days: [(unit: String, day: NationalStationDay)]
            if let stations, let mapping, !paths.isEmpty {
                days = try Sources(stations: stations, mapping: mapping, paths: paths).read(lang).0.result.days
            } else {
                days = try store.open(.read).nationalStationDays(from: previous.lowerBound, to: period.upperBound)
            }
            let (rows, without) = NationalRanking.rank(days, period: period, previous: previous)
            let title = month.map { lang("\(year) 年 \($0) 月", "\(year)-\($0 < 10 ? "0" : "")\($0)") } ?? lang("\(year) 年", "\(year)")
            Console.out(lang("\(title) 环境空气质量综合指数排名（R-24c，越小越好）", "\(title) composite index ranking (R-24c, lower is better)"))
            var table = TextTable(
                headers: [
                    lang("排名", "rank"), lang("区域代码", "unit"), lang("综合指数", "index"), lang("上年同期", "last year"),
                    lang("变化率", "change"), "SO2", "NO2", "PM10", "PM2.5", "CO-95", "O3-8h-90", lang("最少有效天数", "fewest valid days"),
                ],
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
                    String(row.index.days.values.min() ?? 0) + (row.isComplete ? "" : lang("（不足 \(required ?? 0)）", " (< \(required ?? 0))")),
                ])
            }
            Console.out(table.render(), terminator: "")
            if rows.contains(where: { !$0.isComplete }) {
                Console.out(lang(
                    "有效天数不足的区域（每项污染物需 \(required ?? 0) 天，R-24、R-24b）不参与排名，其指数仅供参考。",
                    "Units with too few valid days (\(required ?? 0) per pollutant, R-24, R-24b) are not ranked; their index is for reference only."))
            }
            if !without.isEmpty {
                Console.out(lang(
                    "无综合指数（六项污染物不全有有效日）：\(without.joined(separator: "、"))",
                    "No index (not all six pollutants have a valid day): \(without.joined(separator: ", "))"))
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
