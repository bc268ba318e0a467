import KaoheCore

/// The help texts, headings and printed lines of `kaohe national` (issue 13 item 1).
enum NationalText {
    static let abstract = Bilingual(
        "国家监测网逐日文件（china_sites_YYYYMMDD.csv）：导入 PM10/PM2.5，并按综合指数排名（R-24a 至 R-24c）。",
        "The national network's daily files (china_sites_YYYYMMDD.csv): import PM10/PM2.5, and rank by the composite index (R-24a to R-24c).")
    static let stationsHelp = Bilingual(
        "监测点列表（监测点编码,监测点名称,城市,经度,纬度,对照点）。", "The station list (监测点编码,监测点名称,城市,经度,纬度,对照点).")
    static let mappingHelp = Bilingual(
        "监测点与区域的对应关系（监测点编码,区域代码,起始日期,截止日期）。", "The station-to-unit mapping (监测点编码,区域代码,起始日期,截止日期).")
    static let pathsHelp = Bilingual(
        "国家站点日文件，或存放这些文件的文件夹（可按年分文件夹）。", "National daily station files, or folders holding them (yearly folders are fine).")
    static let importAbstract = Bilingual(
        "导入国家站点日文件中对应到区域的监测点的 PM10 和 PM2.5 小时值，按小时并入监测数据（R-24a）。",
        "Import the PM10 and PM2.5 hours of the mapped stations from national daily files into the monitoring data, merged by hour (R-24a).")
    static let importDiscussion = Bilingual(
        "小时按其结束时刻标记：文件中的 0 时属于前一日。全部文件一次存储：任一文件有错误则不存储任何数据。",
        "Hours are labelled by their end: hour 0 of a file belongs to the day before. All files are stored at once: an error in any file stores nothing.")
    static let indexAbstract = Bilingual(
        "按环境空气质量综合指数（R-24c）对区域排名，并与上年同期比较。",
        "Rank units by the composite air quality index (综合指数, R-24c), with the change against the same period a year before.")
    static let indexDiscussion = Bilingual(
        "给出文件时指数直接由文件计算，不读写数据库；否则使用已导入的数据（PM10/PM2.5 取自监测数据，其余四项取自国家站点小时值）。有上年同期数据时计算变化率。指数越小越好。",
        "With files, the index is computed from them without the database; otherwise from the data imported (PM10/PM2.5 from the monitoring data, the other four from national hours). The change rate needs the same period a year before. Lower is better.")
    static let yearHelp = Bilingual("年度。", "The year.")
    static let monthHelp = Bilingual("月份（1–12）；不给则为全年。", "The month (1–12); the whole year when absent.")
    static let indexStationsHelp = Bilingual("监测点列表（给出文件时必需）。", "The station list (needed when files are given).")
    static let indexMappingHelp = Bilingual("监测点与区域的对应关系（给出文件时必需）。", "The station-to-unit mapping (needed when files are given).")
    static let indexPathsHelp = Bilingual(
        "国家站点日文件或文件夹；不给则使用数据库中已导入的数据。", "National daily files or folders; without them, the data already imported into the database.")
    static let benchAbstract = Bilingual("只解析国家站点日文件（性能测试基线）。", "Parse national daily files only (benchmark baseline).")
    static let benchPathsHelp = Bilingual("国家站点日文件或文件夹。", "National daily files or folders.")

    // `national index`

    /// The period ranked: a month (`2015-03` in English) or a whole year.
    static func period(year: Int, month: Int?) -> Bilingual {
        guard let month else { return Bilingual("\(year) 年", "\(year)") }
        return Bilingual("\(year) 年 \(month) 月", "\(year)-\(month < 10 ? "0" : "")\(month)")
    }

    static func rankingTitle(_ period: Bilingual) -> Bilingual {
        Bilingual("\(period.zh) 环境空气质量综合指数排名（R-24c，越小越好）", "\(period.en) composite index ranking (R-24c, lower is better)")
    }

    /// The columns of the ranking (the pollutants' columns are their codes).
    static let rankingHeaders = [
        Bilingual("排名", "rank"), Bilingual("区域代码", "unit"), Bilingual("综合指数", "index"), Bilingual("上年同期", "last year"),
        Bilingual("变化率", "change"), Bilingual("SO2", "SO2"), Bilingual("NO2", "NO2"), Bilingual("PM10", "PM10"), Bilingual("PM2.5", "PM2.5"),
        Bilingual("CO-95", "CO-95"), Bilingual("O3-8h-90", "O3-8h-90"), Bilingual("最少有效天数", "fewest valid days"),
    ]

    /// After a unit's fewest valid days when they are too few to rank it.
    static func tooFewDays(required: Int) -> Bilingual { Bilingual("（不足 \(required)）", " (< \(required))") }

    static func unrankedNote(required: Int) -> Bilingual {
        Bilingual(
            "有效天数不足的区域（每项污染物需 \(required) 天，R-24、R-24b）不参与排名，其指数仅供参考。",
            "Units with too few valid days (\(required) per pollutant, R-24, R-24b) are not ranked; their index is for reference only.")
    }

    static func withoutIndex(_ units: [String]) -> Bilingual {
        Bilingual(
            "无综合指数（六项污染物不全有有效日）：\(units.joined(separator: "、"))",
            "No index (not all six pollutants have a valid day): \(units.joined(separator: ", "))")
    }

    // The import shared with `monitoring import --format cnemc` (NationalImporting)

    /// What a national import stored.
    static func stored(
        files: Int, stationDays: Int, withValue: Int, added: Int, changed: Int, unchanged: Int, otherAdded: Int, otherUnchanged: Int, importID: Int64
    ) -> Bilingual {
        Bilingual(
            "已读取 \(files) 个文件，得到 \(stationDays) 个站点日（其中 \(withValue) 个至少一项有效）；PM10/PM2.5：新增 \(added)，合并或替换 \(changed)，未变 \(unchanged)；SO2/NO2/CO/O3 小时值：新增 \(otherAdded)，未变 \(otherUnchanged)（导入编号 \(importID)）",
            "read \(files) file(s) as \(stationDays) station-day(s) (\(withValue) with at least one valid value); PM10/PM2.5: \(added) added, \(changed) merged or replaced, \(unchanged) unchanged; SO2/NO2/CO/O3 hours: \(otherAdded) added, \(otherUnchanged) unchanged (import \(importID))")
    }

    static func unmappedStation(_ code: String) -> Bilingual {
        Bilingual(
            "警告：监测点 \(code) 属于已对应区域所在城市，但未对应到任何区域，其数据未导入",
            "warning: station \(code) is in a city of the mapped units but is mapped to no unit; its data was not imported")
    }

    static func backgroundLeftOut(_ code: String, effective: String) -> Bilingual {
        Bilingual(
            "警告：监测点 \(code) 已对应到区域，但 \(effective) 起生效的列表将其标为对照点，该列表生效期间的数据未导入 — 请更正对应关系或列表",
            "warning: station \(code) is mapped to a unit but the list in force from \(effective) marks it as a background station; its data for those days was not imported — correct the mapping or the list")
    }
}

/// Why `kaohe national` (and the national path of `monitoring import`) refuses (issue 13 item 1).
enum NationalProblem: Worded, Hashable {
    case yearOutOfRange
    case monthOutOfRange
    case filesNeedStationsAndMapping
    case noStoredStationList
    case noStoredMapping
    /// `file` is the mapping's name; `units` the codes it names that are not stored.
    case unknownUnits(file: String, units: [String])

    var wording: Bilingual {
        switch self {
        case .yearOutOfRange: Bilingual("--year 应在 1901–2100 之间", "--year must be within 1901–2100")
        case .monthOutOfRange: Bilingual("--month 应在 1–12 之间", "--month must be within 1–12")
        case .filesNeedStationsAndMapping: Bilingual("给出文件时需要 --stations 和 --mapping", "--stations and --mapping are needed when files are given")
        case .noStoredStationList:
            Bilingual(
                "导入国家监测网文件需要已存储的监测点列表 — 请先用 kaohe stations import 列表 --effective 日期 导入",
                "national files need a stored station list — import one first with kaohe stations import LIST --effective DATE")
        case .noStoredMapping:
            Bilingual(
                "导入国家监测网文件需要已存储的监测点与区域对应关系 — 请先用 kaohe stations map 对应关系文件 导入",
                "national files need a stored station-to-unit mapping — import one first with kaohe stations map FILE")
        case .unknownUnits(let file, let units):
            Bilingual(
                "\(file)：区域 \(units.joined(separator: "、")) 未导入 — 请先用 kaohe areas import 导入区域，或更正区域代码",
                "\(file): unit(s) \(units.joined(separator: ", ")) are not stored — import them with kaohe areas import first, or correct the codes")
        }
    }
}
