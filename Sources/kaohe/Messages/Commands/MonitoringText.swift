import KaoheCore

/// Help texts of `kaohe monitoring` and its subcommands.
enum MonitoringHelp {
    static let abstract = Bilingual("导入站点监测数据并检查其有效性（R-24 至 R-26）。", "Import station monitoring data (监测数据) and check its validity (R-24 to R-26).")
    static let importAbstract = Bilingual("导入监测文件：站点日均值或小时值；小时值汇总为日均值。", "Import monitoring files: daily or hourly station values; hourly values are reduced to daily means.")
    static let importDiscussion = Bilingual(
        """
        全部文件在一个事务中存储：任一文件有错误，所有文件均不存储（加 --keep-going 则保留无错误的文件）。
        已存储的站点日按小时和污染物合并（R-24a）；对已存储小时给出不同数值的，除非加 --replace，否则拒绝。
        """,
        "All files are stored in one transaction: a file with any error stores nothing from any file, unless "
            + "--keep-going. A station-day already stored is merged by hour and pollutant (R-24a); other values for "
            + "hours already stored are refused unless --replace.")
    static let hourLabel = Bilingual(
        "小时值文件的时标约定：end（默认，全国联网惯例：13:00 表示 12:00–13:00，00:00 为前一日的最后一小时）或 start（13:00 表示 13:00–14:00）。",
        "How hourly files label their hours: end (default, national practice: 13:00 is 12:00–13:00, 00:00 ends the day before) or start (13:00 is 13:00–14:00).")
    static let replace = Bilingual("文件对已存储的小时给出不同数值时，替换该站点日的已存储数值。", "Replace stored values of a station-day when the file gives other values for hours already stored.")
    static let keepGoing = Bilingual("即使有文件被拒绝，也存储没有错误的文件，并列出保留了哪些。", "Store the files without errors even when another file is rejected, and say which were kept.")
    static let format = Bilingual(
        "文件格式：auto（默认，按表头识别：以 date,hour,type, 开头的为国家监测网逐日文件）、template（本工具的监测模板）或 cnemc（国家监测网 china_sites_YYYYMMDD.csv，使用已存储的监测点列表和对应关系）。",
        "The file format: auto (default, by the header: one beginning date,hour,type, is a national daily file), template (this tool's monitoring template) or cnemc (the national network's china_sites_YYYYMMDD.csv, with the stored station list and mapping).")
    static let paths = Bilingual("监测文件（.csv、.txt、.tsv、.xlsx），或存放这些文件的文件夹；- 表示标准输入。", "Monitoring files (.csv, .txt, .tsv, .xlsx), or folders holding them; - is standard input.")
    static let statusAbstract = Bilingual("按单位和站点列出：有效天数、不达标月份、年均浓度或无年均浓度的原因，以及单位均值。", "Per unit and station: valid days, failing months, annual mean or why there is none, and the unit mean.")
    static let year = Bilingual("考核年度。", "The assessed year.")
}

/// What `kaohe monitoring import` prints about the files it stored or rejected.
enum MonitoringImportText {
    static func nationalConflict(files: Int) -> Bilingual {
        Bilingual("\(files) 个国家监测网文件与已存数据冲突，均未存储。", "the \(files) national file(s) conflict with stored data; none of them was stored.")
    }
    static func noneStored(files: Int) -> Bilingual {
        Bilingual(
            "\(files) 个文件均未存储：一个文件被拒绝，整个导入撤销（如需保留其他文件，请加 --keep-going）。",
            "None of the \(files) files was stored: one was rejected, so the whole import was undone (--keep-going keeps the others).")
    }
    static func someRejected(files: Int, rejected: Int, kept: [String]) -> Bilingual {
        Bilingual(
            "\(files) 个文件中 \(rejected) 个被拒绝；已保留 \(kept.count) 个：\(kept.joined(separator: "、"))",
            "\(rejected) of \(files) files were rejected; \(kept.count) kept: \(kept.joined(separator: ", "))")
    }
    static func rejected(file: String, errors: Int) -> Bilingual {
        Bilingual("\(file): 共 \(errors) 处错误，文件被拒绝，未存储任何数据。", "\(file): \(errors) error(s); the file was rejected and nothing from it was stored.")
    }
    /// `listed` is the number of conflicts listed above the sentence.
    static func conflicts(file: String, listed: Int) -> Bilingual {
        Bilingual("\(file): 与已存数据冲突，文件被拒绝，未存储任何数据。", "\(file): conflicts with stored data (\(listed) listed); the file was rejected and nothing from it was stored.")
    }
    static func imported(file: String, rows: Int, hourly: Bool, stationDays: Int, added: Int, changed: Int, unchanged: Int, importID: Int64) -> Bilingual {
        Bilingual(
            "\(file): 已导入 \(rows) 行\(hourly ? "小时值" : "日均值")，得到 \(stationDays) 个站点日；新增 \(added)，合并或替换 \(changed)，未变 \(unchanged)（导入编号 \(importID)）",
            "\(file): imported \(rows) \(hourly ? "hourly" : "daily") row(s) as \(stationDays) station-day(s); \(added) added, \(changed) merged or replaced, \(unchanged) unchanged (import \(importID))")
    }
}

/// What `kaohe monitoring status` prints.
enum MonitoringStatusText {
    static func noData(year: Int) -> Bilingual { Bilingual("\(year) 年没有监测数据。", "No monitoring data for \(year).") }
    static let headers = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("站点", "station"), Bilingual("有效天数", "valid days"),
        Bilingual("不达标月份", "failing months"), Bilingual("年均浓度 (μg/m³)", "annual mean (μg/m³)"), Bilingual("说明", "note"),
    ]
    static func month(_ month: Int) -> Bilingual {
        Bilingual("\(month)月", ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1])
    }
    static let monthSeparator = Bilingual("、", ", ")
    static let shortfallSeparator = Bilingual("；", "; ")
    static let unitMean = Bilingual("单位均值", "unit mean")
    static let noValidStation = Bilingual("无有效站点", "no valid station")
    static func validStations(_ valid: Int, of count: Int) -> Bilingual {
        Bilingual("\(count) 个站点中 \(valid) 个有效", "\(valid) of \(count) station(s) valid")
    }
    static func heading(year: Int, pollutant: String) -> Bilingual {
        Bilingual("\(year) 年 \(pollutant) 监测数据有效性（GB 3095-2012）", "\(year) \(pollutant) monitoring validity (GB 3095-2012)")
    }
    static let dustDays = Bilingual("沙尘天计入有效天数，但不计入年均浓度（规则集设定）。", "Sand-dust days count as valid days but are left out of the means (rule set).")

    /// Why a station has no annual mean (R-25).
    static func shortfall(_ shortfall: AnnualMeanShortfall) -> Bilingual {
        switch shortfall {
        case .tooFewDays(let valid, let required):
            Bilingual("全年有效天数不足（\(valid)/\(required)）", "too few valid days in the year (\(valid)/\(required))")
        case .tooFewDaysInMonth(let month, let valid, let required):
            Bilingual("\(month)月有效天数不足（\(valid)/\(required)）", "too few valid days in \(Self.month(month).en) (\(valid)/\(required))")
        case .onlyDustDays:
            Bilingual("有效天均为沙尘天，已剔除", "every valid day is an excluded sand-dust day")
        }
    }
    static func dustLeftOut(_ days: Int) -> Bilingual { Bilingual("剔除沙尘天 \(days) 天", "\(days) sand-dust day(s) left out") }
}
