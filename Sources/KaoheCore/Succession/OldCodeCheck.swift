/// What an import does with a row under a unit code that a succession replaced by the row's year (issue 21).
///
/// The rule set chooses (`OldCodePolicy`): accept the row with a warning naming the successor (the default of
/// this tool), or refuse it. The sentence says what becomes of an accepted row: a rename or recode successor
/// carries it when it has no report of its own (D-62); a merge or split successor is assessed on its own
/// report, so the row is kept but not assessed (D-104, D-105).
public struct OldCodeCheck: Sendable {
    public var successions: [Succession]
    /// Unit names by code, to name the successor.
    public var names: [String: String]
    public var policy: OldCodePolicy

    public init(successions: [Succession], names: [String: String], policy: OldCodePolicy) {
        self.successions = successions
        self.names = names
        self.policy = policy
    }

    /// A problem with a row for `code` and `year`, or nil when `code` still stands for itself in `year`.
    public func problem(code: String, year: Int) -> (refused: Bool, reason: Bilingual, fix: Bilingual)? {
        let replacing = successions.filter { $0.predecessor == code && $0.firstYearOfSuccessor <= year }
        guard let s = replacing.first else { return nil }
        let heirs = replacing.map { "\($0.successor) \(names[$0.successor] ?? "")".trimmingCharacters(in: .whitespaces) }
        let heirsZh = heirs.joined(separator: "、"), heirsEn = heirs.joined(separator: ", ")
        let what = Bilingual(
            "\(code) 已于 \(s.effective) 由 \(heirsZh) 承继（\(s.kind.chinese)，\(s.document)），\(year) 年不再以 \(code) 考核",
            "\(code) was succeeded by \(heirsEn) from \(s.effective) (\(s.kind.rawValue), \(s.document)) and is not assessed under \(code) in \(year)")
        if policy == .refuse {
            return (true, what, Bilingual("请将该行改为承继单位代码 \(heirsZh) 后再导入（规则集 old_codes = \"refuse\"）",
                                          "write the row under the successor's code \(heirsEn) and import again (the rule set says old_codes = \"refuse\")"))
        }
        let carried = s.kind == .rename || s.kind == .recode
        return (false, what, carried
            ? Bilingual("该行仍以 \(code) 存储；承继单位 \(heirsZh) 无自己的报告时由其承继（本工具默认设置，非官方规定）",
                        "the row is kept under \(code); \(heirsEn) carries it when it has no report of its own (a default of this tool, not an official rule)")
            : Bilingual("该行仍以 \(code) 存储，但不参加考核：承继单位 \(heirsZh) 按自己的报告考核 — 请以其代码报送",
                        "the row is kept under \(code) but not assessed: \(heirsEn) is assessed on its own report — send it under that code"))
    }
}
