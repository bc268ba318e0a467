import KaoheCore

/// The help texts, headings and printed lines of `kaohe stations` (issue 13 item 1).
enum StationsText {
    static let abstract = Bilingual(
        "国家监测点列表与监测点—区域对应关系：按生效日期分版本存储，保留历史，从不删除。",
        "The national station lists and the station-to-unit mapping: stored as versions by the day they take effect, history kept, never deleted.")
    static let importAbstract = Bilingual(
        "导入监测点列表（监测点编码,监测点名称,城市,经度,纬度,对照点），自 --effective 日期起生效。",
        "Import a station list (监测点编码,监测点名称,城市,经度,纬度,对照点) in force from the --effective day.")
    static let importDiscussion = Bilingual(
        "每次导入都存为新版本；同一生效日期再次导入时，新版本取代旧版本生效，旧版本保留。",
        "Every import is stored as a new version; a list imported again for the same day is a new version that takes over, the old one kept.")
    static let effectiveHelp = Bilingual("列表生效日期，例如 2015-01-01。", "The day the list takes effect, e.g. 2015-01-01.")
    static let listFileHelp = Bilingual("监测点列表文件（CSV）。", "The station list file (CSV).")
    static let mapAbstract = Bilingual(
        "导入监测点与区域的对应关系（监测点编码,区域代码,起始日期,截止日期），作为新版本生效。",
        "Import the station-to-unit mapping (监测点编码,区域代码,起始日期,截止日期) as a new version in force.")
    static let mapDiscussion = Bilingual(
        "对应关系整体存为新版本并取代旧版本，旧版本保留。同一监测点的期间重叠、对照点、列表中没有的监测点和未导入的区域均被拒绝。",
        "The mapping is stored whole as a new version that takes over from the old one, which is kept. Overlapping periods of one station, background stations, stations no list names and units not imported are refused.")
    static let mappingFileHelp = Bilingual("对应关系文件（CSV）。", "The mapping file (CSV).")
    static let listAbstract = Bilingual(
        "列出某日（默认今天）生效的监测点列表及各监测点当日对应的区域。",
        "List the stations of the list in force on a day (default today), with the unit each counts for that day.")
    static let onHelp = Bilingual("查询的日期，例如 2016-06-01（默认：今天）。", "The day asked about, e.g. 2016-06-01 (default: today).")
    static let historyAbstract = Bilingual("列出已存储的监测点列表和对应关系的全部版本。", "List every stored version of the station lists and of the mapping.")

    // `stations import`

    static func listStored(file: String, stations: Int, background: Int, effective: String, versionOfDay: Int) -> Bilingual {
        Bilingual(
            "\(file)：已存储 \(stations) 个监测点（其中对照点 \(background) 个），自 \(effective) 起生效（该日第 \(versionOfDay) 版）",
            "\(file): stored \(stations) station(s) (\(background) background), in force from \(effective) (version \(versionOfDay) of that day)")
    }

    // `stations map`

    static func unmappedStation(_ code: String) -> Bilingual {
        Bilingual(
            "警告：监测点 \(code) 属于已对应区域所在城市，但未对应到任何区域",
            "warning: station \(code) is in a city of the mapped units but is mapped to no unit")
    }

    static func mappingStored(file: String, rows: Int, stations: Int, units: Int, version: Int64) -> Bilingual {
        Bilingual(
            "\(file)：已存储对应关系 \(rows) 行，\(stations) 个监测点对应到 \(units) 个区域（第 \(version) 版，现行）",
            "\(file): stored \(rows) mapping row(s), \(stations) station(s) for \(units) unit(s) (version \(version), now in force)")
    }

    // `stations list`

    /// After the table: the list in force on `day`; `mappingFile` nil when no mapping is imported.
    static func listInForce(
        day: String, effective: String, versionOfDay: Int, file: String, stations: Int, mapped: Int, mappingFile: String?
    ) -> Bilingual {
        Bilingual(
            "\(day) 生效的列表：\(effective) 起（当日第 \(versionOfDay) 版，\(file)），\(stations) 个监测点，其中 \(mapped) 个当日对应到区域；对应关系：\(mappingFile ?? "尚未导入")",
            "list in force on \(day): from \(effective) (version \(versionOfDay) of that day, \(file)), \(stations) station(s), \(mapped) mapped to a unit that day; mapping: \(mappingFile ?? "none imported")")
    }
}

/// Why `kaohe stations` refuses (issue 13 item 1).
enum StationsProblem: Worded, Hashable {
    case noStoredList
    /// `firstEffective` is the day the first stored list takes effect, nil when none is stored.
    case noListInForce(day: String, firstEffective: String?)

    var wording: Bilingual {
        switch self {
        case .noStoredList:
            Bilingual(
                "尚未存储监测点列表 — 请先用 kaohe stations import 列表 --effective 日期 导入",
                "no station list is stored — import one first with kaohe stations import LIST --effective DATE")
        case .noListInForce(let day, let first):
            Bilingual(
                "\(day) 没有生效的监测点列表\(first.map { "（最早的列表自 \($0) 起生效）" } ?? "") — 请用 kaohe stations import 列表 --effective 日期 导入",
                "no station list is in force on \(day)\(first.map { " (the first takes effect on \($0))" } ?? "") — import one with kaohe stations import LIST --effective DATE")
        }
    }
}
