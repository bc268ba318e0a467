import KaoheCore

/// What in an import conflicts with what is stored: the store's own checks after a file has been read.
///
/// Units and stations compare case-insensitively (D-46); a re-import that would silently undo later changes is
/// refused unless reinstated on purpose; monitoring and national hours keep one value per station, day and hour.
public enum StoreConflict: Explained, Hashable {
    /// Unit `code` differs only by case from the stored unit `other`.
    case unitCaseTwin(code: String, other: String)
    /// Station `station` differs only by case from the stored station `other`.
    case stationCaseTwin(station: String, other: String)
    /// The same file was imported before (import `importID` at `at`) and `reverted` of its rows changed since.
    case reimportUndoes(importID: Int64, at: String, reverted: Int)
    /// A unit's report part (`part`) is identical to version `old`, which version `newest` superseded.
    case reportReverts(area: String, year: Int, part: ReportPart, old: Int, newest: Int)
    /// Station `station` is stored for unit `stored`, not `code`.
    case stationOfOtherUnit(station: String, stored: String, code: String)
    /// Station `station` already has other values of `pollutant` on `day`; `overlap` names the hours both give.
    case monitoringValuesDiffer(station: String, day: Day, pollutant: String, overlap: MonitoringOverlap)
    /// `more` conflicts past the listed ones.
    case moreConflicts(more: Int)
    /// A national station is stored for unit `stored` on `day`, not `code`.
    case nationalStationOfOtherUnit(station: String, day: String, stored: String, code: String)
    /// A national hour's value (`value`) differs from the stored one (`stored`).
    case nationalValueDiffers(station: String, day: String, hour: Int, pollutant: String, value: String, stored: String)
    /// `more` conflicts with stored national hours past the listed ones, `total` in all.
    case moreNationalConflicts(more: Int, total: Int)

    public var reason: Bilingual {
        switch self {
        case .unitCaseTwin(let code, let other):
            Bilingual("区域 \(code) 与已存储的区域 \(other) 仅大小写不同；区域代码不区分大小写", "unit \(code) differs only by case from the stored unit \(other); codes ignore case")
        case .stationCaseTwin(let station, let other):
            Bilingual("站点 \(station) 与已存储的站点 \(other) 仅大小写不同；编码不区分大小写", "station \(station) differs only by case from the stored station \(other); codes ignore case")
        case .reimportUndoes(let id, let at, let reverted):
            Bilingual(
                "同一文件此前已导入（导入编号 \(id)，\(at)），其中 \(reverted) 行已被后来的导入更改；再次导入将悄然撤销这些更改",
                "the same file was imported before (import \(id), \(at)) and \(reverted) of its row(s) were changed by later imports; importing it again would silently undo those changes")
        case .reportReverts(let area, let year, let part, let old, let newest):
            Bilingual(
                "区域 \(area) \(year) 年的\(part.chinese)与第 \(old) 版相同，而第 \(old) 版已被第 \(newest) 版更正；存入将悄然撤销该更正",
                "unit \(area)'s \(year) \(part.english) is identical to version \(old), which version \(newest) superseded; storing it would silently undo that correction")
        case .stationOfOtherUnit(let station, let stored, let code):
            Bilingual(
                "站点 \(station) 已存储为区域 \(stored) 的站点，而不是 \(code)；一个站点只能对应一个区域",
                "station \(station) is stored for unit \(stored), not \(code); a station is assessed for one unit")
        case .monitoringValuesDiffer(let station, let day, let pollutant, let overlap):
            Bilingual(
                "站点 \(station) \(day) 的 \(pollutant) 已存有不同的数据\(overlap.wording.zh)，存入本文件的数据会使其丢失",
                "station \(station) already has other \(pollutant) values stored for \(day)\(overlap.wording.en); storing these would lose them")
        case .moreConflicts(let more): Bilingual("另有 \(more) 处冲突未列出", "\(more) more conflict(s) not listed")
        case .nationalStationOfOtherUnit(let station, let day, let stored, let code):
            Bilingual("监测点 \(station) 在 \(day) 已按区域 \(stored) 存储，而非 \(code)", "station \(station) is stored for unit \(stored) on \(day), not \(code)")
        case .nationalValueDiffers(let station, let day, let hour, let pollutant, let value, let stored):
            Bilingual(
                "监测点 \(station) 在 \(day) 第 \(hour) 时的 \(pollutant) 此处为 \(value)，而已存储的为 \(stored)",
                "\(pollutant) of \(station) for hour \(hour) of \(day) is \(value) here but \(stored) is stored")
        case .moreNationalConflicts(let more, let total):
            Bilingual("另有 \(more) 处与已存储国家站点小时值的冲突未列出（共 \(total) 处）", "\(more) more conflict(s) with stored national hours are not listed (\(total) in all)")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unitCaseTwin(_, let other), .stationCaseTwin(_, let other): Bilingual("请将代码写为 \(other)", "write the code as \(other)")
        case .reimportUndoes:
            Bilingual("请导入更正后的文件；如确需恢复本文件的内容，请在重新导入时选择恢复", "import the corrected file instead, or, to make this file's values current again, reinstate them when importing it again")
        case .reportReverts(_, _, _, let old, _):
            Bilingual("请导入更正后的文件；如确需恢复第 \(old) 版内容为最新版本，请在重新导入时选择恢复", "import the corrected file instead, or, to make version \(old)'s content the newest again, reinstate it when importing again")
        case .stationOfOtherUnit(_, _, let code):
            Bilingual("请更正区域代码；如站点确已划归 \(code)，请为其使用新的站点编码", "correct the unit code, or give the station a new code if it was really moved to \(code)")
        case .monitoringValuesDiffer:
            Bilingual("请删去已导入的行；如确需以本文件替换这些日期的已存数据，请在导入时选择替换", "leave out the rows already imported, or choose to replace the stored values of such days when importing")
        case .moreConflicts: nil
        case .nationalStationOfOtherUnit: Bilingual("请更正对应关系", "correct the mapping")
        case .nationalValueDiffers: Bilingual("每个小时只保留一个值；请去掉有误的文件", "keep one value for each hour; remove the file that is wrong")
        case .moreNationalConflicts: Bilingual("请先更正已列出的冲突，再次导入以查看其余", "correct the ones listed and import again to see the rest")
        }
    }

    public var action: UserAction? {
        switch self {
        case .reimportUndoes, .reportReverts: .reinstateImport
        case .monitoringValuesDiffer: .replaceStoredDays
        default: nil
        }
    }
}

/// The hours two monitoring records of one station, day and pollutant both give, as a conflict names them.
public enum MonitoringOverlap: Hashable, Sendable {
    /// Neither part has hours to compare.
    case none
    /// A daily mean and hourly values, or two daily means.
    case dailyMean
    /// The first hours both give, as "01:00–02:00"; `more` when there are further ones.
    case hours([String], more: Bool)

    var wording: Bilingual {
        switch self {
        case .none: Bilingual("", "")
        case .dailyMean: Bilingual("（日均值与小时值或两个日均值）", " (a daily mean and hourly values, or two daily means)")
        case .hours(let list, let more):
            Bilingual("（\(list.joined(separator: ", "))\(more ? ", …" : "")）", " (hours \(list.joined(separator: ", "))\(more ? ", …" : ""))")
        }
    }
}
