import Foundation
import KaoheCore

/// What is wrong in the national network's files: the daily station files, the station list and the mapping
/// of stations to units (D-69, D-73, D-121).
public enum NationalIssue: Explained, Hashable {
    case emptyDailyFile
    case notADailyHeader
    case citiesFile
    case stationColumnWithoutCode
    case stationColumnTwice(code: String, firstColumn: Int)
    case rowWidth(fields: Int, headerFields: Int)
    case notACompactDate(text: String)
    case dateDiffersFromFirstRow(text: String, fileDay: Day)
    case dateDiffersFromFileName(text: String, named: Day)
    case notAnHour(text: String)
    case notAType(text: String, types: [String])
    case hourGivenTwice(label: Int, type: String, firstLine: Int)
    case negativeValue(type: String, text: String)
    case headerWithoutRows
    /// Two files disagree on a station's value for an hour (`earlier` is `file:line:column`).
    case conflictingValue(pollutant: String, station: String, hour: Int, day: Day, value: Decimal, earlier: String, earlierValue: Decimal)
    /// No station list in force on the file's day; the first takes effect on `first`.
    case noListInForce(day: Day, first: String)
    case backgroundStationMapped(station: String)
    case stationNotInList(station: String)
    case tooManyDecimals(value: Decimal, day: Day, hour: Int)

    public var reason: Bilingual {
        switch self {
        case .emptyDailyFile: Bilingual("文件为空", "the file is empty")
        case .notADailyHeader: Bilingual("表头不是以 date,hour,type 开头并后接监测点编码", "the header does not begin with date,hour,type followed by station codes")
        case .citiesFile:
            Bilingual("这是国家监测网的城市文件（china_cities_YYYYMMDD.csv，每个城市一列），kaohe 不导入：考核需要各监测点的小时值及其所属区域",
                      "this is a national city file (china_cities_YYYYMMDD.csv, one column per city), which is not imported: the assessment needs each station's hours and the unit it counts for")
        case .stationColumnWithoutCode: Bilingual("监测点列没有编码", "a station column has no code")
        case .stationColumnTwice(let c, let f): Bilingual("监测点 \(c) 出现两次（首次在第 \(f) 列）", "station \(c) appears twice (first in column \(f))")
        case .rowWidth(let n, let h): Bilingual("该行有 \(n) 个字段，而表头有 \(h) 个", "the row has \(n) fields but the header has \(h)")
        case .notACompactDate(let t): Bilingual("“\(t)”不是 YYYYMMDD 格式的日期", "“\(t)” is not a date written YYYYMMDD")
        case .dateDiffersFromFirstRow(let t, let d): Bilingual("日期 \(t) 与文件首行（\(d)）不同", "the date \(t) differs from the file's first row (\(d))")
        case .dateDiffersFromFileName(let t, let d): Bilingual("日期 \(t) 与文件名中的日期（\(d)）不同", "the date \(t) differs from the day in the file name (\(d))")
        case .notAnHour(let t): Bilingual("“\(t)”不是 0–23 的小时", "“\(t)” is not an hour 0–23")
        case .notAType(let t, _): Bilingual("“\(t)”不是国家文件的数据类型", "“\(t)” is not a type of the national files")
        case .hourGivenTwice(let l, let t, let f):
            Bilingual("\(t) 的 \(l) 时重复给出（首次在第 \(f) 行）", "hour \(l) of \(t) is given twice (first on line \(f))")
        case .negativeValue(let type, let t): Bilingual("\(type) 的值 \(t) 为负数", "the \(type) value \(t) is negative")
        case .headerWithoutRows: Bilingual("文件只有表头，没有数据行", "the file has a header but no rows")
        case .conflictingValue(let p, let s, let h, let d, let v, let e, let ev):
            Bilingual("监测点 \(s) 在 \(d) 第 \(h) 时的 \(p) 此处为 \(v)，而 \(e) 为 \(ev)",
                      "\(p) of \(s) for hour \(h) of \(d) is \(v) here but \(ev) in \(e)")
        case .noListInForce(let d, let f):
            Bilingual("\(d) 没有生效的监测点列表（最早的列表 \(f) 生效）", "no station list is in force on \(d) (the first takes effect on \(f))")
        case .backgroundStationMapped(let s):
            Bilingual("监测点 \(s) 是对照点，不是考核点位", "station \(s) is a background station (对照点 = Y), which is not an assessment station")
        case .stationNotInList(let s): Bilingual("监测点 \(s) 不在监测点列表中", "station \(s) is not in the station list")
        case .tooManyDecimals(let v, let d, let h):
            Bilingual("\(d) 第 \(h) 时的值 \(v) 超过 9 位小数", "the value \(v) for \(d) hour \(h) has more than 9 decimal places")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .emptyDailyFile:
            Bilingual("请提供国家站点日文件，表头为 date,hour,type, 后接监测点编码", "give a national daily file with the header date,hour,type, then station codes")
        case .notADailyHeader: Bilingual("请提供国家监测网的 china_sites_YYYYMMDD.csv 文件", "give a china_sites_YYYYMMDD.csv file of the national network")
        case .citiesFile:
            Bilingual("请改用同日的站点文件 china_sites_YYYYMMDD.csv（每个监测点编码一列），并配合监测点列表和对应关系",
                      "give the china_sites_YYYYMMDD.csv files of the same days (one column per station code) with the station list and mapping")
        case .stationColumnWithoutCode: Bilingual("请在表头填写监测点编码（如 1001A）", "write the station code (e.g. 1001A) in the header")
        case .stationColumnTwice: Bilingual("每个监测点只保留一列", "keep one column per station")
        case .rowWidth: Bilingual("请每个监测点列给出一个值（或留空）", "give one value (or an empty field) per station column")
        case .notACompactDate: Bilingual("请写成如 20150101 的日期", "write the day as e.g. 20150101")
        case .dateDiffersFromFirstRow: Bilingual("每个文件只含一天", "keep one day per file")
        case .dateDiffersFromFileName: Bilingual("请更正文件名或日期", "rename the file or correct the dates")
        case .notAnHour: Bilingual("请填写 0 到 23 的整数小时", "write the hour as a whole number from 0 to 23")
        case .notAType(_, let types): Bilingual("请使用以下之一：\(types.joined(separator: "、"))", "use one of: \(types.joined(separator: ", "))")
        case .hourGivenTwice: Bilingual("每个小时和类型只保留一行", "keep one row per hour and type")
        case .negativeValue: Bilingual("请填写 0 或以上的值；缺测请留空", "write a value of 0 or more, or leave the cell empty when missing")
        case .headerWithoutRows: Bilingual("请提供当天的小时数据行", "give the day's hourly rows")
        case .conflictingValue: Bilingual("每个小时只保留一个值；请去掉有误的文件", "keep one value for each hour; remove the file that is wrong")
        case .noListInForce: Bilingual("请导入当时生效的列表", "import the list in force then")
        case .backgroundStationMapped: Bilingual("请从对应关系文件中删除", "remove it from the mapping")
        case .stationNotInList: Bilingual("请将其加入监测点列表，或更正编码", "add it to the station list or correct the code")
        case .tooManyDecimals: Bilingual("请舍入到 9 位小数", "round it to 9 decimal places")
        }
    }

    public var action: UserAction? {
        if case .noListInForce = self { return .importStationList }
        return nil
    }
}

/// What is wrong in a station list or a station mapping file.
public enum StationFileIssue: Explained, Hashable {
    /// An empty file; `header` is the header row it should start with.
    case empty(header: String)
    /// A required column missing (`names`: both names, `chinese`: the Chinese one).
    case missingColumn(names: String, chinese: String)
    case requiredEmpty(names: String, chinese: String)
    case coordinateOutOfRange(text: String, range: ClosedRange<Decimal>)
    case stationListedTwice(code: String, firstLine: Int)
    case neitherYNorN(text: String)
    case lastDayBeforeFirst(last: Day, first: Day)
    case periodsOverlap(station: String, line: Int)

    public var reason: Bilingual {
        switch self {
        case .empty: Bilingual("文件为空", "the file is empty")
        case .missingColumn(let n, _): Bilingual("表头缺少列 \(n)", "the header has no column \(n)")
        case .requiredEmpty(_, let c): Bilingual("\(c)为空", "\(c) is empty")
        case .coordinateOutOfRange(let t, let r):
            Bilingual("\(t) 超出 \(r.lowerBound)…\(r.upperBound) 度", "\(t) is outside \(r.lowerBound)…\(r.upperBound) degrees")
        case .stationListedTwice(let c, let l): Bilingual("监测点 \(c) 重复列出（首次在第 \(l) 行）", "station \(c) is listed twice (first on line \(l))")
        case .neitherYNorN(let t): Bilingual("“\(t)”不是 Y 或 N", "“\(t)” is neither Y nor N")
        case .lastDayBeforeFirst(let l, let f): Bilingual("截止日期 \(l) 早于起始日期 \(f)", "the last day \(l) is before the first day \(f)")
        case .periodsOverlap(let s, let l): Bilingual("监测点 \(s) 在这些日期已有归属（第 \(l) 行）", "station \(s) is already assigned on these days (line \(l))")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .empty(let h): Bilingual("请提供表头 \(h) 及数据行", "give the header \(h) and one row per line")
        case .missingColumn(_, let c): Bilingual("请添加列 \(c)", "add the column \(c)")
        case .requiredEmpty(let n, let c): Bilingual("请填写\(c)", "fill in \(n)")
        case .coordinateOutOfRange: Bilingual("请以十进制度数填写坐标，或填 -", "write the coordinate in decimal degrees, or -")
        case .stationListedTwice: Bilingual("每个监测点只保留一行", "keep one row per station")
        case .neitherYNorN: Bilingual("对照点填 Y，否则填 N", "write Y for a background station, N otherwise")
        case .lastDayBeforeFirst: Bilingual("截止日期应不早于起始日期", "give a last day on or after the first")
        case .periodsOverlap: Bilingual("同一监测点的起止期间不得重叠", "make the periods of one station not overlap")
        }
    }
}
