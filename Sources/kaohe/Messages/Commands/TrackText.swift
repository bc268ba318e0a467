import KaoheCore

/// The help texts and printed lines of `kaohe track` and of `trend`'s and `track`'s shared month and pollutant
/// wording (issue 13 item 1).
enum TrackText {
    static let abstract = Bilingual(
        "年内跟踪（R-27 至 R-30）：累计均值、剩余日控制值与月度通报。", "In-year tracking (R-27 to R-30): YTD means, the remaining-days control value and the monthly notice.")
    static let positionAbstract = Bilingual(
        "各单位：累计均值、去年同期、当月均值、要求浓度 T、剩余日控制值 V、天数、状态及站点。",
        "Per unit: YTD mean, same period last year, month mean, T, control value V, days, status and stations.")
    static let asOfHelp = Bilingual(
        "截至该日，YYYY-MM-DD（默认：有监测数据的最后一日）。", "Through this day, YYYY-MM-DD (default: the last day with monitoring data).")
    static let noticeAbstract = Bilingual(
        "月度通报：排名、最好与最差、预警、数据不全的单位（R-30）。", "The monthly notice (月度通报): rankings, best and worst, warnings, incomplete data (R-30).")
    static let noticeDiscussion = Bilingual(
        "格式同 kaohe summary：text、md、html（内嵌 SVG 图表）、csv（带 BOM 的 UTF-8）、json 或 xlsx（Excel 工作簿，与 CSV 相同的行，须用 -o）。",
        "Formats as kaohe summary: text, md, html (inline SVG charts), csv (UTF-8 with a BOM), json or xlsx (an Excel workbook with the CSV's rows; needs -o).")
    static let monthHelp = Bilingual("月份，YYYY-MM。", "The month, YYYY-MM.")
    static let formatHelp = Bilingual("text（默认）、md、html、csv、json 或 xlsx（须用 -o）。", "text (default), md, html, csv, json or xlsx (needs -o).")
    static let dateHelp = Bilingual("通报落款日期，YYYY-MM-DD（默认今天）。", "The notice's date under the signature, YYYY-MM-DD (default today).")
    static let outputHelp = Bilingual("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")
    static let rankByHelp = Bilingual(
        "concentration（默认，按浓度排名）或 composite（另按六项污染物的综合指数排名，R-24c；每个单位六项须齐全，否则说明缺少哪项；各格式均可）。",
        "concentration (default) or composite (also rank by the six pollutants' composite index, R-24c; every unit needs all six, else the command says which is missing; in every format).")
    static let positionRankByHelp = Bilingual(
        "concentration（默认）或 composite（另按年初至今六项污染物的综合指数排名，R-24c；每个单位六项须齐全、每个整月有效日足够，否则说明缺少哪项）。",
        "concentration (default) or composite (also rank by the six pollutants' composite index of the year to date, R-24c; every unit needs all six with the valid days of every whole month, else the command says which is missing).")

    static func wrote(_ path: String) -> Bilingual { Bilingual("已写入 \(path)", "wrote \(path)") }

    /// The pollutants named in a "no data" sentence: "PM10、PM2.5" / "PM10 or PM2.5".
    static func pollutants(_ names: [String]) -> Bilingual { Bilingual(names.joined(separator: "、"), names.joined(separator: " or ")) }
}

/// Why `kaohe track` refuses (and `parseMonth`, shared with other commands) (issue 13 item 1).
enum TrackProblem: Worded, Hashable {
    case asOfBefore1900(day: String)
    /// `pollutants` names the pollutants tracked (`TrackText.pollutants`).
    case noMonitoringData(pollutants: Bilingual)
    case noUnits
    /// `month` is the `--month` value as given (`2015-10`).
    case noMonitoringDataForMonth(pollutants: Bilingual, year: Int, month: Int, given: String)
    /// `given` is the value as given, made safe for the terminal.
    case invalidMonth(given: String)

    var wording: Bilingual {
        switch self {
        case .asOfBefore1900(let day):
            Bilingual("--as-of \(day)：年份早于 1900 — 请给出考核期内的日期", "--as-of \(day): the year is before 1900 — give a day in the plan period")
        case .noMonitoringData(let names):
            Bilingual(
                "尚无 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import），或用 --as-of 指定日期",
                "no \(names.en) monitoring data is stored — import it first (kaohe monitoring import), or give --as-of")
        case .noUnits: Bilingual("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)")
        case .noMonitoringDataForMonth(let names, let year, let month, let given):
            Bilingual(
                "\(year)年1—\(month)月没有 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import）",
                "no \(names.en) monitoring data for January–\(given) — import it first (kaohe monitoring import)")
        case .invalidMonth(let given):
            Bilingual(
                "--month \(given)：不是有效月份 — 请写成 YYYY-MM（1900 年及以后），如 2015-10",
                "--month \(given): not a valid month — write it as YYYY-MM (1900 or later), e.g. 2015-10")
        }
    }
}
