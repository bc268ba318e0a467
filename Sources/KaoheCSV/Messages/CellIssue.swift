import KaoheCore

/// What is wrong with a day or an hour written in a cell (the catalogue of `parseDay` and `parseHour`).
///
/// `written` is the cell's text as the user wrote it, trimmed.
public enum DateIssue: Explained, Hashable {
    case emptyDay
    case notADay(written: String)
    case notInCalendar(written: String)
    case emptyHour
    case notAnHour(written: String)
    /// A date and hour whose date part is no day of the calendar.
    case hourDayNotInCalendar(written: String)
    case notATimeOfDay(written: String)
    /// A time off the hour; `day` and `hour` give the whole hour to suggest.
    case notOnTheHour(written: String, day: Day, hour: Int)

    public var reason: Bilingual {
        switch self {
        case .emptyDay, .emptyHour: Bilingual("单元格为空", "the cell is empty")
        case .notADay(let w): Bilingual("“\(w)”不是日期", "“\(w)” is not a date")
        case .notInCalendar(let w): Bilingual("日历上没有 \(w) 这一天", "\(w) is not a day of the calendar")
        case .notAnHour(let w): Bilingual("“\(w)”不是日期加小时", "“\(w)” is not a date and hour")
        case .hourDayNotInCalendar(let w): Bilingual("\(w) 中的日期在日历上不存在", "the date in \(w) is not a day of the calendar")
        case .notATimeOfDay(let w): Bilingual("“\(w)”不是有效的时刻", "“\(w)” is not a time of day")
        case .notOnTheHour(let w, _, _): Bilingual("“\(w)”不是整点", "“\(w)” is not on the hour")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .emptyDay, .notADay:
            Bilingual("请按 YYYY-MM-DD 格式填写日期，如 2015-01-31", "write the date as YYYY-MM-DD, e.g. 2015-01-31")
        case .notInCalendar, .hourDayNotInCalendar:
            Bilingual("请按 YYYY-MM-DD 格式填写真实存在的日期", "write a real date as YYYY-MM-DD")
        case .emptyHour, .notAnHour, .notATimeOfDay:
            Bilingual("请按 YYYY-MM-DD HH:00 格式填写日期和小时，如 2015-01-01 13:00", "write the date and hour as YYYY-MM-DD HH:00, e.g. 2015-01-01 13:00")
        case .notOnTheHour(_, let day, let hour):
            Bilingual("小时值请按整点标注，如 \(day) \(hour):00", "label hourly values by the whole hour, e.g. \(day) \(hour):00")
        }
    }
}

/// What is wrong with a yes/no cell (the catalogue of `parseYesNo`).
public enum YesNoIssue: Explained, Hashable {
    case empty
    case neither(written: String)

    public var reason: Bilingual {
        switch self {
        case .empty: Bilingual("单元格为空", "the cell is empty")
        case .neither(let w): Bilingual("“\(w)”既不是“是”也不是“否”", "“\(w)” is neither yes nor no")
        }
    }

    public var fix: Bilingual? {
        Bilingual("请填写“是”或“否”（也可填 yes/no、Y/N、true/false 或 1/0）", "write 是 or 否 (yes/no, Y/N, true/false and 1/0 are also accepted)")
    }
}

/// What is wrong with a cell of the kinds the templates share (`Cells`): codes, names, types and ranges.
///
/// `text` is the cell's trimmed text as written.
public enum CellIssue: Explained, Hashable {
    /// Invisible characters in a code or name: `visible` is the text without them, `list` names them
    /// (`U+200B ZERO WIDTH SPACE at character 3, …`).
    case invisibleCharacters(visible: String, list: String)
    case notAUnitCode(text: String)
    /// A unit code not stored, though `spelled` is, differing only by case.
    case unitDiffersByCase(code: String, spelled: String)
    case unknownUnit(code: String)
    case notAUnitType(text: String, types: [String])
    case notAPollutant(text: String)
    case notATargetKind(text: String)
    case yearOutOfRange(year: Int)
    case concentrationOutOfRange(text: String, allowZero: Bool)
    /// A percentage given for a target kind measured in μg/m³ (`kind` is its Chinese name).
    case percentForConcentrationKind(text: String, kind: String)
    case declineOutOfRange(text: String)
    case reductionOutOfRange(text: String)
    case ceilingOutOfRange(text: String)
    case negativeAmount(text: String)
    case notADepartmentCode(text: String)
    case taskPointsOutOfRange(text: String)

    public var reason: Bilingual {
        switch self {
        case .invisibleCharacters(let v, let list): Bilingual("“\(v)”含有不可见字符：\(list)", "“\(v)” contains invisible character(s): \(list)")
        case .notAUnitCode(let t): Bilingual("“\(t)”不是区域代码", "\"\(t)\" is not a unit code")
        case .unitDiffersByCase(let c, let s):
            Bilingual("区域代码 \(c) 不存在；已有区域 \(s) 仅大小写不同", "unit \(c) is not known; the unit \(s) differs only by case")
        case .unknownUnit(let c): Bilingual("区域代码 \(c) 不存在", "unknown unit \(c)")
        case .notAUnitType(let t, _): Bilingual("“\(t)”不是区域类型", "\"\(t)\" is not a unit type")
        case .notAPollutant(let t): Bilingual("“\(t)”不是考核指标", "\"\(t)\" is not an assessed pollutant")
        case .notATargetKind(let t): Bilingual("“\(t)”不是目标类型", "\"\(t)\" is not a target kind")
        case .yearOutOfRange(let y): Bilingual("年份 \(y) 超出范围", "year \(y) is out of range")
        case .concentrationOutOfRange(let t, _): Bilingual("浓度 \(t) 超出范围", "concentration \(t) is out of range")
        case .percentForConcentrationKind(let t, let k):
            Bilingual("\(t) 是百分数，但\(k)的单位是 μg/m³", "\(t) is a percentage, but \(k) is in μg/m³")
        case .declineOutOfRange(let t): Bilingual("下降比例 \(t) 超出范围", "decline \(t) is out of range")
        case .reductionOutOfRange(let t): Bilingual("消减值 \(t) μg/m³ 超出范围", "reduction \(t) μg/m³ is out of range")
        case .ceilingOutOfRange(let t): Bilingual("浓度限值 \(t) μg/m³ 超出范围", "ceiling \(t) μg/m³ is out of range")
        case .negativeAmount(let t): Bilingual("金额 \(t) 万元为负数", "amount \(t) 万元 is negative")
        case .notADepartmentCode(let t): Bilingual("“\(t)”不是部门代码", "\"\(t)\" is not a department code")
        case .taskPointsOutOfRange(let t): Bilingual("分值 \(t) 超出 0–100 的范围", "points \(t) are outside 0–100")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .invisibleCharacters: Bilingual("请删去这些字符后重新填写该单元格", "retype the cell without them")
        case .notAUnitCode:
            Bilingual(
                "请填写 GB/T 2260 行政区划代码（如 510703）或园区代码：1–32 个字母、数字或 -，至少含一个字母或数字",
                "write the GB/T 2260 code (e.g. 510703) or the park code: 1–32 letters, digits or -, with at least one letter or digit")
        case .unitDiffersByCase(_, let s): Bilingual("请将代码写为 \(s)", "write the code as \(s)")
        case .unknownUnit(let c):
            Bilingual("请先导入列有该区域的区域文件，或更正代码", "import the areas file that lists \(c) first, or correct the code")
        case .notAUnitType(_, let types):
            Bilingual("请填写以下之一：\(types.joined(separator: "、"))", "write one of \(types.joined(separator: ", "))")
        case .notAPollutant: Bilingual("请填写 PM10 或 PM2.5", "write PM10 or PM2.5")
        case .notATargetKind:
            Bilingual(
                "请填写下降比例、消减值、浓度限值或持续改善（也可填 percent_decline、absolute_reduction、ceiling、continuous_improvement）",
                "write one of 下降比例, 消减值, 浓度限值, 持续改善 (or percent_decline, absolute_reduction, ceiling, continuous_improvement)")
        case .yearOutOfRange: Bilingual("请填写 2000 至 2100 之间的四位年份", "write a four-digit year between 2000 and 2100")
        case .concentrationOutOfRange(_, true): Bilingual("请填写 0 至 1000 之间的浓度（μg/m³）", "write μg/m³ between 0 and 1000")
        case .concentrationOutOfRange(_, false), .ceilingOutOfRange:
            Bilingual("请填写大于 0、不超过 1000 的浓度（μg/m³）", "write μg/m³ above 0 and at most 1000")
        case .percentForConcentrationKind: Bilingual("请去掉 %，或将目标类型改为下降比例", "drop the %, or set 目标类型 to 下降比例")
        case .declineOutOfRange: Bilingual("请填写不小于 0、小于 100 的百分数，如 10 表示 10%", "write a percentage from 0 to below 100, e.g. 10 for 10 %")
        case .reductionOutOfRange: Bilingual("请填写不小于 0、小于基准浓度的数值（μg/m³）", "write μg/m³ from 0 to below the base concentration")
        case .negativeAmount: Bilingual("请填写 0 或以上的金额（万元）", "write an amount of 0 or more, in 万元")
        case .notADepartmentCode:
            Bilingual(
                "请填写部门代码：1–32 个字母、数字或 -，至少含一个字母或数字（如 HBJ）",
                "write the department's code: 1–32 letters, digits or -, with at least one letter or digit (e.g. HBJ)")
        case .taskPointsOutOfRange: Bilingual("请填写大于 0、不超过 100 的分值", "write the task's points: above 0 and at most 100")
        }
    }
}
