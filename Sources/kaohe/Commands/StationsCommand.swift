import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

/// `kaohe stations`: the stored national station lists and station-to-unit mapping, versioned (D-121).
struct StationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: helpText(
            "国家监测点列表与监测点—区域对应关系：按生效日期分版本存储，保留历史，从不删除。",
            "The national station lists and the station-to-unit mapping: stored as versions by the day they take effect, history kept, never deleted."),
        subcommands: [Import.self, Map.self, List.self, History.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "导入监测点列表（监测点编码,监测点名称,城市,经度,纬度,对照点），自 --effective 日期起生效。",
                "Import a station list (监测点编码,监测点名称,城市,经度,纬度,对照点) in force from the --effective day."),
            discussion: helpText(
                "每次导入都存为新版本；同一生效日期再次导入时，新版本取代旧版本生效，旧版本保留。",
                "Every import is stored as a new version; a list imported again for the same day is a new version that takes over, the old one kept."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(name: .long, help: optionHelp("列表生效日期，例如 2015-01-01。", "The day the list takes effect, e.g. 2015-01-01.")) var effective: String
        @Argument(help: optionHelp("监测点列表文件（CSV）。", "The station list file (CSV).")) var list: String

        func run() throws {
            let day = try parseDayOption(effective, option: "--effective")
            let file = try InputFile(path: list)
            let stations = try parseOrReject([file.name]) { try StationFiles.parseList(file.data, file: file.name) }
            let db = try store.open(.write)
            let version = try db.recordStationList(stations, effective: day, file: file.name, sha256: sha256Hex(of: file.data))
            let background = stations.filter(\.isBackground).count
            Console.out(lang(
                "\(file.name)：已存储 \(stations.count) 个监测点（其中对照点 \(background) 个），自 \(day) 起生效（该日第 \(version.versionOfDay) 版）",
                "\(file.name): stored \(stations.count) station(s) (\(background) background), in force from \(day) (version \(version.versionOfDay) of that day)"))
        }
    }

    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(
                "导入监测点与区域的对应关系（监测点编码,区域代码,起始日期,截止日期），作为新版本生效。",
                "Import the station-to-unit mapping (监测点编码,区域代码,起始日期,截止日期) as a new version in force."),
            discussion: helpText(
                "对应关系整体存为新版本并取代旧版本，旧版本保留。同一监测点的期间重叠、对照点、列表中没有的监测点和未导入的区域均被拒绝。",
                "The mapping is stored whole as a new version that takes over from the old one, which is kept. Overlapping periods of one station, background stations, stations no list names and units not imported are refused."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("对应关系文件（CSV）。", "The mapping file (CSV).")) var mapping: String

        func run() throws {
            let file = try InputFile(path: mapping)
            let rows = try parseOrReject([file.name]) { try StationFiles.parseMapping(file.data, file: file.name) }
            let db = try store.open(.write)
            guard let stored = try db.stationBook() else {
                throw CLIError(
                    "尚未存储监测点列表 — 请先用 kaohe stations import 列表 --effective 日期 导入",
                    "no station list is stored — import one first with kaohe stations import LIST --effective DATE")
            }
            let book = NationalStationBook(lists: stored.lists, mapping: rows, mappingFile: file.name)
            _ = try parseOrReject([file.name]) {
                let problems = NationalImport.mappingProblems(book)
                if !problems.isEmpty { throw DiagnosticsError(problems) }
            }
            let version = try db.recordStationMapping(rows, file: file.name, sha256: sha256Hex(of: file.data))
            for code in Self.unmapped(book) {
                printError(lang(
                    "警告：监测点 \(code) 属于已对应区域所在城市，但未对应到任何区域",
                    "warning: station \(code) is in a city of the mapped units but is mapped to no unit"))
            }
            Console.out(lang(
                "\(file.name)：已存储对应关系 \(rows.count) 行，\(Set(rows.map(\.station)).count) 个监测点对应到 \(Set(rows.map(\.unit)).count) 个区域（第 \(version.id) 版，现行）",
                "\(file.name): stored \(rows.count) mapping row(s), \(Set(rows.map(\.station)).count) station(s) for \(Set(rows.map(\.unit)).count) unit(s) (version \(version.id), now in force)"))
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
            abstract: helpText(
                "列出某日（默认今天）生效的监测点列表及各监测点当日对应的区域。",
                "List the stations of the list in force on a day (default today), with the unit each counts for that day."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("查询的日期，例如 2016-06-01（默认：今天）。", "The day asked about, e.g. 2016-06-01 (default: today).")) var on: String?
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let db = try store.open(.read)
            let versions = try db.stationListVersions()
            guard let book = try db.stationBook(), let index = book.listIndex(on: day) else {
                let first = versions.first.map { lang("（最早的列表自 \($0.effective) 起生效）", " (the first takes effect on \($0.effective))") } ?? ""
                throw CLIError(lang(
                    "\(day) 没有生效的监测点列表\(first) — 请用 kaohe stations import 列表 --effective 日期 导入",
                    "no station list is in force on \(day)\(first) — import one with kaohe stations import LIST --effective DATE"))
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
                "\(day) 生效的列表：\(version.effective) 起（当日第 \(version.versionOfDay) 版，\(version.file)），\(version.stationCount) 个监测点，其中 \(mapped) 个当日对应到区域；对应关系：\(book.mappingFile.isEmpty ? "尚未导入" : book.mappingFile)",
                "list in force on \(day): from \(version.effective) (version \(version.versionOfDay) of that day, \(version.file)), \(version.stationCount) station(s), \(mapped) mapped to a unit that day; mapping: \(book.mappingFile.isEmpty ? "none imported" : book.mappingFile)"))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("列出已存储的监测点列表和对应关系的全部版本。", "List every stored version of the station lists and of the mapping."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            var lists = TextTable(
                headers: [lang("生效日期", "effective"), lang("当日版本", "version of day"), lang("监测点数", "stations"), lang("文件", "file"), lang("导入时间", "recorded")],
                alignments: [.left, .right, .right, .left, .left])
            for v in try db.stationListVersions() {
                lists.append([v.effective.description, String(v.versionOfDay), String(v.stationCount), v.file, v.recordedAt])
            }
            Console.out(lang("监测点列表（同一生效日期以最新版本为准）", "Station lists (of one day, the newest version counts)"))
            Console.out(lists.render(), terminator: "")
            var maps = TextTable(
                headers: [lang("版本", "version"), lang("行数", "rows"), lang("文件", "file"), lang("导入时间", "recorded"), lang("状态", "status")],
                alignments: [.right, .right, .left, .left, .left])
            let versions = try db.stationMappingVersions()
            for v in versions {
                maps.append([String(v.id), String(v.rowCount), v.file, v.recordedAt, v.id == versions.last?.id ? lang("现行", "in force") : lang("已被取代", "superseded")])
            }
            Console.out(lang("对应关系（最新版本现行）", "Mappings (the newest is in force)"))
            Console.out(maps.render(), terminator: "")
        }
    }
}
