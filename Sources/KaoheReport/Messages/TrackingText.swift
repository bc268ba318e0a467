import KaoheCore

/// The words of in-year tracking: statuses, the in-year table of `kaohe track`, the R-29
/// threshold note and the monthly notice's spreadsheet columns.
enum TrackingText {
    static let noMonitoringData = Bilingual("无监测数据", "no monitoring data")
    static let noTarget = Bilingual("无目标", "no target")

    /// A station with its valid days, "2601A 120天".
    static func stationDays(_ station: String, days: Int) -> Bilingual { Bilingual("\(station) \(days)天", "\(station) \(days) d") }
    static let listSeparator = Bilingual("、", ", ")

    static let defaultTag = Bilingual("（本工具默认规则，非官方规定）", " (a default of this tool, not an official rule)")

    /// The threshold sentence of R-29; `percent` as written, `tag` as `defaultTag` or empty.
    static func threshold(percent: String, tag: String) -> Bilingual {
        Bilingual(
            "状态（R-29）：年累计浓度 ≤ 要求浓度 T 为进度正常；高于 T 为预警；剩余日控制值比年累计浓度低 \(percent)% 以上为严重滞后\(tag)；控制值 ≤ 0 为已无法完成。",
            "Status (R-29): on track when the YTD mean ≤ the required concentration T; warning above T; seriously behind when the control value is more than \(percent)% below the YTD mean\(tag); cannot be met when the control value ≤ 0.")
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static func month(_ m: Int) -> Bilingual { Bilingual("\(m)月", englishMonths[m - 1]) }

    // The in-year table.

    static func trackHeading(year: Int, pollutants: String, asOf: Day) -> Bilingual {
        Bilingual("\(year)年 \(pollutants) 年内进度（截至 \(asOf)，μg/m³）", "\(year) \(pollutants) in-year position (through \(asOf), μg/m³)")
    }

    static let unitHeaders = [Bilingual("区域代码", "code"), Bilingual("区域名称", "unit")]
    static let pollutantHeader = Bilingual("指标", "pollutant")
    static let trackHeaders = [
        Bilingual("年累计", "YTD"), Bilingual("同期", "last yr"), Bilingual("同比", "change"), Bilingual("本月", "month"), Bilingual("要求浓度T", "required T"),
        Bilingual("剩余日控制值", "control V"), Bilingual("已过/剩余天数", "days done/left"), Bilingual("状态", "status"),
        Bilingual("站点（有效天数）", "stations (valid days)"),
    ]
    static let noDataLead = Bilingual("无监测数据（浓度仅来自自查报告，不作推算）：", "No monitoring data (their concentration comes only from self-reports and is not guessed): ")
    static func unit(_ name: String, code: String) -> Bilingual { Bilingual("\(name)（\(code)）", "\(name) (\(code))") }
    static let controlNote = Bilingual(
        "剩余日控制值 V = (N·T − n·C̄) ÷ (N − n)（R-28），C̄ 为修约后的年累计浓度，T 为精确要求浓度；同比 = (C̄ − 同期) ÷ 同期。",
        "Control value V = (N·T − n·C̄) ÷ (N − n) (R-28), with C̄ the rounded YTD mean and T the exact required concentration; change = (C̄ − last year) ÷ last year.")

    /// The lead of the in-year table's ranking by the composite index of the year to date (D-138).
    static func compositeToDateLead(year: Int, through: Day) -> Bilingual {
        Bilingual(
            "按环境空气质量综合指数排名（六项污染物，\(year)-01-01 至 \(through)，由低到高；R-24c）：",
            "By the composite air quality index (six pollutants, \(year)-01-01 to \(through), lowest first; R-24c):")
    }

    // The monthly notice as a spreadsheet.

    static let noticeHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("月均浓度", "monthly mean"), Bilingual("月同期", "month last year"),
        Bilingual("月同比（%）", "month change (%)"), Bilingual("月浓度名次", "month rank"), Bilingual("月同比名次", "month change rank"),
        Bilingual("年累计浓度", "YTD mean"), Bilingual("年累计同期", "YTD last year"), Bilingual("年累计同比（%）", "YTD change (%)"),
        Bilingual("年累计浓度名次", "YTD rank"), Bilingual("年累计同比名次", "YTD change rank"), Bilingual("要求浓度T", "required T"),
        Bilingual("剩余日控制值", "control V"), Bilingual("已过天数", "days elapsed"), Bilingual("剩余天数", "days left"),
        Bilingual("状态", "status"), Bilingual("站点（有效天数）", "stations (valid days)"), Bilingual("本月数据不完整站点", "stations incomplete this month"),
        Bilingual("年份", "year"), Bilingual("月份", "month"), Bilingual("考核污染物", "pollutant"),
    ]

    /// The four columns the notice's CSV and workbook add with `--rank-by composite` (D-125, D-137).
    static let compositeHeaders = [
        Bilingual("综合指数名次", "composite rank"), Bilingual("综合指数", "composite index"),
        Bilingual("综合指数同期", "composite index last year"), Bilingual("综合指数变化（%）", "composite index change (%)"),
    ]

    static func noticeTitle(year: Int, month: Int) -> Bilingual { Bilingual("\(year)年\(month)月月度通报", "Monthly notice \(year)-\(month)") }
}
