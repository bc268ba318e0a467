/// Rows of a targets, station-mapping or monitoring file under a unit code that a succession replaced by the
/// day they are for (issue 21, D-145): the catalogue of `OldCodeImports`.
///
/// One warning per file and code with the count, or (refused) an error at each row, or once per file and code
/// with the count and the days for monitoring. `heirs` are the successors as "code name".
public struct OldCodeImportIssue: Explained, Hashable {
    /// What the rows are.
    public enum Data: Sendable, Hashable {
        /// Target rows for a year at or after the succession's first year (D-61).
        case targets
        /// Station-to-unit mapping rows whose dates reach the succession day or past it.
        case stationMapping
        /// Monitoring station-days dated on or after the succession day, from `first` to `last`.
        case monitoring(first: Day, last: Day)
    }

    /// What becomes of the rows, as the rule set's `old_codes` and the succession's kind decide.
    public enum Outcome: Sendable, Hashable {
        /// The rule set refuses them: nothing of the file is stored.
        case refused
        /// Targets: the successor takes all the predecessor's targets when it has none of its own (rename, recode,
        /// split; D-62, D-105).
        case targetsTaken
        /// Targets: a merge's successor without targets of its own has them derived from its predecessors' (D-104).
        case targetsDerived
        /// Data: a rename's or recode's successor uses them when it has none of its own, in their year and as the
        /// previous year's in the next (D-62).
        case dataCarried
        /// Data: a merge's or split's successor is assessed on its own data; they count only as the previous
        /// year's in the next year when it has none (D-104, D-105).
        case dataNotOwn
    }

    public var code: String
    public var heirs: [String]
    public var effective: Day
    public var kind: SuccessionKind
    public var document: String
    public var data: Data
    public var outcome: Outcome
    /// How many rows (station-days for monitoring) of the file; 1 for an error at one row.
    public var count: Int

    public init(
        code: String, heirs: [String], effective: Day, kind: SuccessionKind, document: String, data: Data, outcome: Outcome, count: Int
    ) {
        self.code = code
        self.heirs = heirs
        self.effective = effective
        self.kind = kind
        self.document = document
        self.data = data
        self.outcome = outcome
        self.count = count
    }

    public var reason: Bilingual {
        let zh = heirs.joined(separator: "、"), en = heirs.joined(separator: ", ")
        let lead = Bilingual(
            "\(code) 已于 \(effective) 由 \(zh) 承继（\(kind.chinese)，\(document)）",
            "\(code) was succeeded by \(en) from \(effective) (\(kind.rawValue), \(document))")
        let year = effective.year
        let rows: Bilingual =
            switch data {
            case .targets:
                count == 1
                    ? Bilingual("，该行仍以 \(code) 给出 \(year) 年及以后的目标", "; this row gives a target of \(year) or later under \(code)")
                    : Bilingual("，本文件有 \(count) 行仍以 \(code) 给出 \(year) 年及以后的目标", "; \(count) rows of this file give targets of \(year) or later under \(code)")
            case .stationMapping:
                count == 1
                    ? Bilingual("，该行将监测点对应到 \(code)，期限延至 \(effective) 及以后", "; this row maps a station to \(code) for days from \(effective) on")
                    : Bilingual("，本文件有 \(count) 行将监测点对应到 \(code)，期限延至 \(effective) 及以后", "; \(count) rows of this file map stations to \(code) for days from \(effective) on")
            case .monitoring(let first, let last):
                Bilingual(
                    "，本文件有 \(count) 个站日的数据以 \(code) 报送，日期在 \(effective) 及以后（\(first) 至 \(last)）",
                    "; \(count) station-day(s) of this file are under \(code) on or after \(effective) (\(first) to \(last))")
            }
        return Bilingual(lead.zh + rows.zh, lead.en + rows.en)
    }

    public var fix: Bilingual? {
        let zh = heirs.joined(separator: "、"), en = heirs.joined(separator: ", ")
        let what: Bilingual =
            switch data {
            case .targets: Bilingual("目标", "targets")
            case .stationMapping: Bilingual("监测点对应关系", "station mapping")
            case .monitoring: Bilingual("监测数据", "monitoring data")
            }
        return switch outcome {
        case .refused:
            Bilingual("请改用承继单位代码 \(zh) 后再导入（规则集 old_codes = \"refuse\"）；本文件未导入任何数据",
                      "write the \(what.en) under the successor's code \(en) and import again (the rule set says old_codes = \"refuse\"); nothing of this file was stored")
        case .targetsTaken:
            Bilingual("这些行仍以 \(code) 存储；承继单位 \(zh) 无自己的目标时承继 \(code) 的全部目标（含这些行），有自己的目标时不用（本工具默认设置，非官方规定）",
                      "the rows are kept under \(code); \(en) takes all of \(code)'s targets (these rows among them) when it has no targets of its own, and none when it has (a default of this tool, not an official rule)")
        case .targetsDerived:
            Bilingual("这些行仍以 \(code) 存储；合并后的 \(zh) 无自己的目标时，由各原单位的考核基数和目标（含这些行）推算其目标（本工具默认设置，非官方规定）",
                      "the rows are kept under \(code); when the merged \(en) has no targets of its own, they are derived from its predecessors' bases and targets, these rows among them (a default of this tool, not an official rule)")
        case .dataCarried:
            Bilingual("这些数据仍记在 \(code) 名下；承继单位 \(zh) 无自己的数据时使用之（当年的报告或监测数据，及次年的上年浓度；本工具默认设置，非官方规定）",
                      "the data are kept under \(code); \(en) uses them when it has none of its own (as that year's report or monitoring, and as the previous year's concentration in the next; a default of this tool, not an official rule)")
        case .dataNotOwn:
            Bilingual("这些数据仍记在 \(code) 名下，不作为 \(zh) 当年的数据（其按自己的数据考核），仅在其无自己的上年浓度时用于次年 — 请以 \(zh) 的代码报送\(what.zh)",
                      "the data are kept under \(code) and are not \(en)'s for that year (it is assessed on its own), only its previous year's concentration in the next year when it has none — send the \(what.en) under \(en)'s code")
        }
    }
}
