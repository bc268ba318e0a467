/// A row under a unit code that a succession replaced by the row's year (issue 21): the catalogue of
/// `OldCodeCheck`.
///
/// `heirs` are the successors as "code name"; `succession` is the first succession that replaced `code`.
public struct OldCodeIssue: Explained, Hashable {
    /// What the import does with the row, as the rule set's `old_codes` and the succession's kind decide.
    public enum Outcome: Sendable, Hashable {
        /// The rule set refuses such rows.
        case refused
        /// Kept; a rename or recode successor carries it when it has no report of its own (D-62).
        case carried
        /// Kept but not assessed: a merge or split successor is assessed on its own report (D-104, D-105).
        case notAssessed
    }

    public var code: String
    public var year: Int
    public var heirs: [String]
    public var effective: Day
    public var kind: SuccessionKind
    public var document: String
    public var outcome: Outcome

    public init(code: String, year: Int, heirs: [String], effective: Day, kind: SuccessionKind, document: String, outcome: Outcome) {
        self.code = code
        self.year = year
        self.heirs = heirs
        self.effective = effective
        self.kind = kind
        self.document = document
        self.outcome = outcome
    }

    public var reason: Bilingual {
        Bilingual(
            "\(code) 已于 \(effective) 由 \(heirs.joined(separator: "、")) 承继（\(kind.chinese)，\(document)），\(year) 年不再以 \(code) 考核",
            "\(code) was succeeded by \(heirs.joined(separator: ", ")) from \(effective) (\(kind.rawValue), \(document)) and is not assessed under \(code) in \(year)")
    }

    public var fix: Bilingual? {
        let zh = heirs.joined(separator: "、"), en = heirs.joined(separator: ", ")
        return switch outcome {
        case .refused:
            Bilingual("请将该行改为承继单位代码 \(zh) 后再导入（规则集 old_codes = \"refuse\"）",
                      "write the row under the successor's code \(en) and import again (the rule set says old_codes = \"refuse\")")
        case .carried:
            Bilingual("该行仍以 \(code) 存储；承继单位 \(zh) 无自己的报告时由其承继（本工具默认设置，非官方规定）",
                      "the row is kept under \(code); \(en) carries it when it has no report of its own (a default of this tool, not an official rule)")
        case .notAssessed:
            Bilingual("该行仍以 \(code) 存储，但不参加考核：承继单位 \(zh) 按自己的报告考核 — 请以其代码报送",
                      "the row is kept under \(code) but not assessed: \(en) is assessed on its own report — send it under that code")
        }
    }
}

/// The words of successions shown outside problems: the successor note of a unit's name and the step that opens
/// a successor's explanation (issue 21).
public enum SuccessionText {
    /// "（2016年起为安州区）" / " (安州区 from 2016)": the note after a succeeded unit's name.
    public static func successorNote(from year: Int, heirs: [String]) -> Bilingual {
        Bilingual("（\(year)年起为\(heirs.joined(separator: "、"))）", " (\(heirs.joined(separator: ", ")) from \(year))")
    }

    /// The note after a unit listed in a year it no longer exists in, for its rows of that year (D-144): a rename's or
    /// recode's successor carries them when it has none of its own (D-62); a merge's or split's does not (D-104,
    /// D-105). `monitoring` says the rows are monitoring days rather than a report.
    public static func replacedNote(from year: Int, heirs: [String], carried: Bool, monitoring: Bool = false) -> Bilingual {
        let zh = heirs.joined(separator: "、"), en = heirs.joined(separator: ", ")
        let rows = monitoring ? Bilingual("监测数据", "monitoring") : Bilingual("报告", "report")
        return carried
            ? Bilingual("（\(year)年起为\(zh)，不计入本年应报单位；\(zh)无自己的本年报告和监测数据时承继此\(rows.zh)）",
                        " (\(en) from \(year); not counted among this year's units; \(en) carries this \(rows.en) when it has no report or monitoring of its own for the year)")
            : Bilingual("（\(year)年起为\(zh)，不计入本年应报单位；此\(rows.zh)不参加考核，\(zh)按自己的\(rows.zh)考核）",
                        " (\(en) from \(year); not counted among this year's units; this \(rows.en) is not assessed, \(en) is assessed on its own)")
    }

    /// The note after a successor's name in a view of several years that shows its predecessors' years (D-146):
    /// "（2013—2015年为安县）" / " (安县 in 2013–2015)"; a single year is named alone.
    public static func predecessorYears(_ spans: [(name: String, years: ClosedRange<Int>)]) -> Bilingual {
        func years(_ r: ClosedRange<Int>, _ dash: String) -> String { r.count == 1 ? "\(r.lowerBound)" : "\(r.lowerBound)\(dash)\(r.upperBound)" }
        let zh = spans.map { "\(years($0.years, "—"))年为\($0.name)" }.joined(separator: "，")
        let en = spans.map { "\($0.name) in \(years($0.years, "–"))" }.joined(separator: ", ")
        return Bilingual("（\(zh)）", " (\(en))")
    }

    /// The note after a successor listed in a year before it existed, for its rows of that year (D-144): they are
    /// not assessed (D-61).
    public static func notYetNote(from year: Int, monitoring: Bool = false) -> Bilingual {
        let rows = monitoring ? Bilingual("监测数据", "monitoring") : Bilingual("报告", "report")
        return Bilingual("（\(year)年起设立，不计入本年应报单位；此\(rows.zh)不参加考核）", " (exists from \(year); not counted among this year's units; this \(rows.en) is not assessed)")
    }

    /// The opening step of a successor's explanation: whom it succeeded, what it takes from them, and the
    /// working of each merged or split figure (`details`).
    public static func inheritance(
        predecessors: [Area], effective: Day, kind: SuccessionKind, document: String, targets: Bool, previous: Bool, current: Bool,
        details: [Bilingual]
    ) -> Bilingual {
        var zh: [String] = [], en: [String] = []
        if targets { zh.append("考核基数和目标（含终期目标分解比例）"); en.append("the base and targets (and so the shares of the final target)") }
        if previous { zh.append("上年浓度"); en.append("the previous year's concentration") }
        if current { zh.append("本年度自查报告或监测数据"); en.append("this year's report or monitoring data") }
        let whatZh = zh.isEmpty ? "无需承继的数据（均为本单位自有）" : zh.joined(separator: "、")
        let whatEn = en.isEmpty ? "nothing (all figures are its own)" : en.joined(separator: ", ")
        let namesZh = predecessors.map { "\($0.name)（\($0.code)）" }.joined(separator: "、")
        let namesEn = predecessors.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
        return Bilingual(
            "本单位自 \(effective) 起承继 \(namesZh)（\(kind.chinese)，\(document)）：\(whatZh)取自 \(namesZh)。" + details.map(\.zh).joined(),
            "This unit succeeded \(namesEn) from \(effective) (\(kind.rawValue), \(document)): \(whatEn) come from \(namesEn)." + details.map { " " + $0.en }.joined())
    }
}
