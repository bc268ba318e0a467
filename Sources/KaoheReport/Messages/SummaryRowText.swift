import KaoheCore

/// The words the summary adds to a unit's row: the R-4 step of an incomplete report and where its summons
/// stands (R-19, R-22b).
enum SummaryRowText {
    /// The explanation step of a report lacking some of the four parts of R-4.
    static func incompleteStep(_ missing: [ReportPart]) -> Bilingual {
        Bilingual(
            "自查报告缺少\(missing.map(\.chinese).joined(separator: "、"))内容，报告不完整，予以标记；得分按已报送及核实的数据计算，不因此改变。",
            "The self-inspection report lacks \(missing.map(\.english).joined(separator: ", ")): it is incomplete and flagged; the scores are computed from the data reported and verified and do not change because of it.")
    }

    /// Before the first flag of a conclusion, and between flags.
    static let flagsLead = Bilingual("；标记：", "; flags: ")
    static let separator = Bilingual("；", "; ")

    /// Where a summons stands, with its date: 待约谈; 已约谈，D; 整改中，整改期限 D; 已整改销号，D; 已撤销，D，文号.
    static func summonsState(_ s: Summons) -> Bilingual {
        switch s.status {
        case .planned: Bilingual("待约谈", "planned")
        case .held: Bilingual("已约谈\(s.heldOn.map { "，\($0)" } ?? "")", "held\(s.heldOn.map { " \($0)" } ?? "")")
        case .rectifying: Bilingual("整改中\(s.rectificationDue.map { "，整改期限 \($0)" } ?? "")", "rectifying\(s.rectificationDue.map { ", due \($0)" } ?? "")")
        case .closed: Bilingual("已整改销号\(s.closedOn.map { "，\($0)" } ?? "")", "rectified and closed\(s.closedOn.map { " \($0)" } ?? "")")
        case .withdrawn:
            Bilingual(
                "已撤销\(s.closedOn.map { "，\($0)" } ?? "")\(s.decisionDocument.map { "，\($0)" } ?? "")",
                "withdrawn\(s.closedOn.map { " \($0)" } ?? "")\(s.decisionDocument.map { ", \($0)" } ?? "")")
        }
    }

    /// Whom a summons is of, with its state as `summonsState` words it.
    static func summons(whom: Bilingual, state: String) -> Bilingual { Bilingual("\(whom.zh)（\(state)）", "\(whom.en) (\(state))") }
}
