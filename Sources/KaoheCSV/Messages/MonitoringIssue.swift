import KaoheCore

/// What is wrong in a monitoring file (station values by day or by hour, R-24a).
public enum MonitoringIssue: Explained, Hashable {
    case concentrationOutOfRange(written: String, maximum: Int)
    case tooManyDecimals(written: String, places: Int)
    /// `day` 00:00 under end labels: the hour it ends lies before the calendar's first day.
    case endLabelBeforeCalendar(day: Day)
    /// `day` 24:00 under start labels: the hour it starts lies after the calendar's last day.
    case startLabelAfterCalendar(day: Day)
    case requiredEmpty(column: String)
    case outsideRuleSetYears(day: Day, years: ClosedRange<Int>)
    case measuredInTheFuture(day: Day, today: Day)
    /// Both 日期 and 时间 columns (`date`, `time`: their Chinese headers).
    case dateAndTimeColumns(date: String, time: String)
    case noDateOrTimeColumn
    case noPollutantColumn
    case unknownUnit(code: String)
    case stationDiffersByCase(station: String, other: String)
    case stationInTwoUnits(station: String, unit: String, here: String)
    case secondRow(station: String, stamp: String, hourly: Bool)

    public var reason: Bilingual {
        switch self {
        case .concentrationOutOfRange(let w, _): Bilingual("浓度 \(w) 超出范围", "concentration \(w) is out of range")
        case .tooManyDecimals(let w, let n): Bilingual("“\(w)”的小数超过 \(n) 位", "“\(w)” has more than \(n) decimal places")
        case .endLabelBeforeCalendar(let d):
            Bilingual("\(d) 00:00 表示前一天 23:00—24:00 的小时值，该日期超出日历范围",
                      "\(d) 00:00 ends the hour 23:00–24:00 of the day before, which is outside the calendar")
        case .startLabelAfterCalendar(let d):
            Bilingual("\(d) 24:00 表示次日的第一个小时，该日期超出日历范围", "\(d) 24:00 starts an hour of the next day, which is outside the calendar")
        case .requiredEmpty: Bilingual("必填项为空", "required value is empty")
        case .outsideRuleSetYears(let d, let years):
            Bilingual("\(d) 不在规则集的年度范围 \(years.lowerBound)—\(years.upperBound) 之内",
                      "\(d) is outside the rule set's years \(years.lowerBound)–\(years.upperBound)")
        case .measuredInTheFuture(let d, let today):
            Bilingual("\(d) 晚于今天（\(today)）：尚不可能有监测数据", "\(d) is after today (\(today)): it cannot have been measured yet")
        case .dateAndTimeColumns:
            Bilingual("同时给出了日期列和时间列，无法判断各行是日均值还是小时值",
                      "both a date and a time column are given, so the rows are neither clearly daily nor hourly")
        case .noDateOrTimeColumn: Bilingual("缺少必填列", "required column is missing")
        case .noPollutantColumn: Bilingual("没有污染物列", "no pollutant column is given")
        case .unknownUnit(let c): Bilingual("区域代码 \(c) 不存在", "unit code \(c) is not known")
        case .stationDiffersByCase(let s, let o):
            Bilingual("站点 \(s) 与前面行中的站点 \(o) 仅大小写不同；编码不区分大小写",
                      "station \(s) differs only by case from station \(o) in earlier rows; codes ignore case")
        case .stationInTwoUnits(let s, let u, let here):
            Bilingual("站点 \(s) 在前面的行中属于区域 \(u)，而不是 \(here)", "station \(s) is assessed for unit \(u) in earlier rows, not \(here)")
        case .secondRow(let s, let stamp, _): Bilingual("站点 \(s) 的 \(stamp) 数据重复", "station \(s) has a second row for \(stamp)")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .concentrationOutOfRange(_, let m): Bilingual("请填写 0 至 \(m) 之间的浓度（μg/m³）", "write μg/m³ between 0 and \(m)")
        case .tooManyDecimals(_, let n): Bilingual("请舍入到 \(n) 位小数以内", "round it to \(n) decimal places or fewer")
        case .endLabelBeforeCalendar:
            Bilingual("请删去该行；如文件按小时开始时刻标注，请按开始时刻导入", "leave the row out, or import the file as labelled by the hours' start if it is")
        case .startLabelAfterCalendar:
            Bilingual("请删去该行；如文件按小时结束时刻标注，请按结束时刻导入", "leave the row out, or import the file as labelled by the hours' end if it is")
        case .requiredEmpty(let c): Bilingual("请填写\(c)", "fill in \(c)")
        case .outsideRuleSetYears: Bilingual("请更正年份，或使用考核期涵盖该年的规则集导入", "correct the year, or import with the rule set whose period covers it")
        case .measuredInTheFuture: Bilingual("请更正日期", "correct the date")
        case .dateAndTimeColumns(let d, let t): Bilingual("日均值请保留\(d)列，小时值请保留\(t)列", "keep \(d) for daily means or \(t) for hourly values")
        case .noDateOrTimeColumn:
            Bilingual("请添加列名为“日期”（日均值）或“时间”（小时值）的列", "add a column headed 日期 (daily means) or 时间 (hourly values)")
        case .noPollutantColumn: Bilingual("请添加列名为“PM10”或“PM2.5”的列", "add a column headed PM10 or PM2.5")
        case .unknownUnit: Bilingual("请更正代码，或先导入该区域", "correct the code, or import the unit first")
        case .stationDiffersByCase(_, let o): Bilingual("请将编码写为 \(o)", "write the code as \(o)")
        case .stationInTwoUnits: Bilingual("每个站点只能对应一个区域代码", "give each station one unit code")
        case .secondRow(_, _, true): Bilingual("每个站点每小时只保留一行", "keep one row per station and hour")
        case .secondRow(_, _, false): Bilingual("每个站点每天只保留一行", "keep one row per station and day")
        }
    }

    public var action: UserAction? {
        switch self {
        case .endLabelBeforeCalendar: .labelHoursByStart
        case .startLabelAfterCalendar: .labelHoursByEnd
        case .unknownUnit: .importAreas
        default: nil
        }
    }
}
