import Foundation
import KaoheCore

/// What is wrong in the self-inspection report's files (summary, key tasks, projects, funding; R-3, R-4, R-13).
public enum ReportIssue: Explained, Hashable {
    /// A key given twice: `what` names it (`ReportKey`), `first` is where it was first given.
    case givenTwice(what: ReportKey, first: EarlierRow)
    /// A unit code that is not stored (and differs from no stored one only by case).
    case unknownUnit(code: String)
    case yearOutside(year: Int, years: ClosedRange<Int>)
    case annualMeanMissing(unit: String, pollutant: Pollutant)
    case validDaysOutOfRange(days: Int)
    case submittedBeforeYear(year: Int, submitted: Day)
    /// A date after the day of import: `event` says what the date is of.
    case inTheFuture(date: Day, today: Day, event: ReportEvent)
    case validDaysBeyondYear(days: Int, year: Int)
    case notASubIndicator(text: String, known: [String])
    case nameMismatch(name: String, code: String, expected: String)
    case scoreOutOfRange(text: String, code: String, points: Decimal)
    case notAnIndicator(text: String)
    case completedInTheFuture(date: Day, today: Day)
    case notAProjectStatus(text: String)
    case completedWithoutDate
    case completedBeforeYear(date: Day, year: Int)
    case notAFundingSource(text: String, sources: [String])
    /// A file of another kind given among the report's files.
    case otherKindOfFile(kind: FileKind)
    /// A header matching no report kind: `closest` lacks the `missing` columns (both-name forms).
    case unrecognisedHeader(closest: FileKind, missing: [String])

    public var reason: Bilingual {
        switch self {
        case .givenTwice(let what, let first):
            Bilingual("\(what.wording.zh)重复填报（首次在\(first.wording.zh)）", "\(what.wording.en) is given twice (first at \(first.wording.en))")
        case .unknownUnit(let c): Bilingual("区域代码 \(c) 不存在", "unknown unit \(c)")
        case .yearOutside(let y, let years):
            Bilingual("\(y) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内",
                      "\(y) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound)")
        case .annualMeanMissing(let a, let p):
            Bilingual("区域 \(a) 按 \(p.rawValue) 考核，但 \(p.rawValue) 年均浓度为空",
                      "unit \(a) is assessed on \(p.rawValue) but its \(p.rawValue) annual mean is empty")
        case .validDaysOutOfRange(let d): Bilingual("有效监测天数 \(d) 超出范围", "\(d) valid days is out of range")
        case .submittedBeforeYear(let y, let s):
            Bilingual("\(y) 年报告的报送日期为 \(s)，早于该年开始", "the report for \(y) is dated \(s), before the year began")
        case .inTheFuture(let d, let today, let event):
            Bilingual("\(d) 晚于今天（\(today)）：\(event.wording.zh)日期不能在将来",
                      "\(d) is after today (\(today)): a report cannot have been \(event.wording.en) in the future")
        case .validDaysBeyondYear(let d, let y):
            Bilingual("有效监测天数为 \(d)，但 \(y) 年只有 \(Day.daysIn(year: y)) 天", "\(d) valid days, but \(y) has only \(Day.daysIn(year: y)) days")
        case .notASubIndicator(let t, _): Bilingual("“\(t)”不是规则集中的子指标", "\"\(t)\" is not a sub-indicator of the rule set")
        case .nameMismatch(let n, let c, let e):
            Bilingual("名称“\(n)”与子指标 \(c)（\(e)）不符", "name \"\(n)\" does not match sub-indicator \(c) (\(e))")
        case .scoreOutOfRange(let t, let c, let p):
            Bilingual("得分 \(t) 超出子指标 \(c) 的分值范围 0–\(p)", "score \(t) is outside 0–\(p) for sub-indicator \(c)")
        case .notAnIndicator(let t): Bilingual("“\(t)”不是重点任务指标", "\"\(t)\" is not a key-task indicator")
        case .completedInTheFuture(let d, let today):
            Bilingual("\(d) 晚于今天（\(today)）：项目不可能在将来完成", "\(d) is after today (\(today)): a project cannot have been completed in the future")
        case .notAProjectStatus(let t): Bilingual("“\(t)”不是项目进展状态", "\"\(t)\" is not a project status")
        case .completedWithoutDate: Bilingual("项目已完成，但没有实际完成日期", "the project is 已完成 but has no actual completion date")
        case .completedBeforeYear(let d, let y): Bilingual("完成日期 \(d) 早于 \(y) 年开始", "completion date \(d) is before \(y) began")
        case .notAFundingSource(let t, _): Bilingual("“\(t)”不是资金来源", "\"\(t)\" is not a funding source")
        case .otherKindOfFile(let k):
            Bilingual("这是\(k.chinese)文件，不属于自查报告", "this is a \(k.chinese) (\(k.rawValue)) file, not part of a report")
        case .unrecognisedHeader(let k, let missing):
            Bilingual("表头行不符合任何报告文件类型（最接近的是\(k.chinese)，但缺少\(missing.joined(separator: "、"))）",
                      "the header row matches no report file kind (closest: \(k.chinese) / \(k.rawValue), which lacks \(missing.joined(separator: ", ")))")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .givenTwice:
            Bilingual("请只保留一行；如需更正已报送的报告，请另行报送更正后的文件", "keep one row; send a corrected file to replace an earlier report")
        case .unknownUnit: Bilingual("请使用区域列表中的代码，或先导入区域文件", "use the code from the areas list, or import the areas file first")
        case .yearOutside: Bilingual("请填写报告所属的年度", "write the year the report is for")
        case .annualMeanMissing(_, let p):
            Bilingual("请填写 \(p == .pm10 ? "PM10年均浓度" : "PM2.5年均浓度")（μg/m³）", "fill in \(p == .pm10 ? "PM10年均浓度" : "PM2.5年均浓度") in μg/m³")
        case .validDaysOutOfRange: Bilingual("请填写 0 至 366 之间的天数", "write a number of days from 0 to 366")
        case .submittedBeforeYear: Bilingual("请填写收到报告的日期", "write the day the report was received")
        case .inTheFuture(_, _, let event): Bilingual("请填写实际\(event.wording.zh)的日期", "write the day it was \(event.wording.en)")
        case .validDaysBeyondYear(_, let y): Bilingual("请填写不超过 \(Day.daysIn(year: y)) 的天数", "write at most \(Day.daysIn(year: y)) days")
        case .notASubIndicator(_, let known): Bilingual("请填写以下之一：\(known.joined(separator: "、"))", "use one of \(known.joined(separator: ", "))")
        case .nameMismatch: Bilingual("请更正代码或名称，或将名称留空", "correct the code or the name, or leave the name empty")
        case .scoreOutOfRange(_, _, let p):
            Bilingual(p == 0 ? "该子指标分值为 0 分，请填写 0" : "请填写 0 至 \(p) 之间的得分", "write a score from 0 to \(p)")
        case .notAnIndicator:
            Bilingual("请填写指标代码 1–10 或指标名称，如 5 或 工业大气污染治理", "write an indicator code 1–10 or its name, e.g. 5 or 工业大气污染治理")
        case .completedInTheFuture:
            Bilingual("请填写实际完成日期，或留空并将进展状态改为在建", "write the day it was completed, or leave the cell empty and set 进展状态 to 在建")
        case .notAProjectStatus: Bilingual("请填写未开工、在建、已完成或已取消", "write one of 未开工, 在建, 已完成, 已取消")
        case .completedWithoutDate: Bilingual("请填写实际完成日期，或修改进展状态", "fill in 实际完成日期, or change 进展状态")
        case .completedBeforeYear(_, let y):
            Bilingual("\(y) 年报送的项目应在 \(y) 年或之后完成，请更正日期或年度",
                      "a project reported for \(y) is completed in \(y) or later; correct the date or the year")
        case .notAFundingSource(_, let sources):
            Bilingual("请填写以下之一：\(sources.joined(separator: "、"))", "write one of \(sources.joined(separator: ", "))")
        case .otherKindOfFile: Bilingual("请单独导入", "import it on its own")
        case .unrecognisedHeader:
            Bilingual("请使用市级模板的表头行：自查报告、重点任务、治理项目或资金投入", "use the header row of the city's template: 自查报告, 重点任务, 治理项目 or 资金投入")
        }
    }

    public var action: UserAction? {
        switch self {
        case .unknownUnit: .importAreas
        case .otherKindOfFile(.areas): .importAreas
        case .otherKindOfFile(.targets): .importTargets
        default: nil
        }
    }
}

/// The key a report row gives twice, as it is named in the message.
public enum ReportKey: Hashable, Sendable {
    case summary(unit: String, year: Int)
    case subIndicator(code: String, unit: String, year: Int)
    case project(id: String, unit: String, year: Int)
    case funding(source: String, unit: String, year: Int)

    var wording: Bilingual {
        switch self {
        case .summary(let a, let y): Bilingual("\(a) 的 \(y) 年报告", "the report of \(a) for \(y)")
        case .subIndicator(let c, let a, let y): Bilingual("\(a) \(y) 年的子指标 \(c) ", "sub-indicator \(c) of \(a) for \(y)")
        case .project(let id, let a, let y): Bilingual("\(a) \(y) 年的项目 \(id) ", "project \(id) of \(a) for \(y)")
        case .funding(let s, let a, let y): Bilingual("\(a) \(y) 年来自“\(s)”的资金", "funding from \(s) of \(a) for \(y)")
        }
    }
}

/// Where a key was first given: a line of the same file, or a line of another file.
public enum EarlierRow: Hashable, Sendable {
    case sameFile(line: Int)
    case otherFile(file: String, line: Int)

    var wording: Bilingual {
        switch self {
        case .sameFile(let l): Bilingual("第 \(l) 行", "line \(l)")
        case .otherFile(let f, let l): Bilingual("\(f):\(l)", "\(f):\(l)")
        }
    }
}

/// What a report's date records: its receipt, or a filing of the rules or plan.
public enum ReportEvent: Hashable, Sendable {
    case received, filed

    var wording: Bilingual {
        switch self {
        case .received: Bilingual("报送", "received")
        case .filed: Bilingual("备案", "filed")
        }
    }
}

/// Words added to report messages that are not problems of their own.
enum ReportText {
    /// Appended to a warning listed once for `count` more rows of the same file.
    static func moreRows(_ count: Int) -> Bilingual {
        Bilingual("（本文件另有 \(count) 行同样情况）", " (and \(count) more row(s) of this file)")
    }
}
