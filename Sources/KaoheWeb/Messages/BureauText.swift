import KaoheCore
import KaoheFlows

/// The bureau's pages: runs, publication, freezes, summonses, findings and the audit log.
enum BureauText {
    static let title = Bilingual("考核与发布", "Assess and publish")
    static func published(on day: String, document: String) -> Bilingual { Bilingual("已发布 \(day) \(document)", "published \(day) \(document)") }
    static let draft = Bilingual("草稿", "draft")
    static func openRun(_ id: Int64) -> Bilingual { Bilingual("查看运行 #\(id)", "Open run #\(id)") }
    static func runsOf(year: Int) -> Bilingual { Bilingual("\(year) 年的考核运行", "Runs for \(year)") }
    static let runHeaders = [Bilingual("运行", "run"), Bilingual("年度", "year"), Bilingual("类型", "kind"), Bilingual("版本", "revision"), Bilingual("状态", "status")]
    static let noRun = Bilingual("尚未运行考核。", "No run yet.")
    static let assessTitle = Bilingual("运行考核（生成新的草稿版本）", "Assess (a new draft revision)")
    static let assess = Bilingual("运行考核", "Assess")
    static let year = Bilingual("考核年度", "Year")
    static let finalAssessment = Bilingual("终期考核", "Final assessment")
    static let findingTitle = Bilingual("记录篡改、伪造监测数据的认定（R-17）", "Record a finding of falsified data (R-17)")
    static let record = Bilingual("记录", "Record")
    static let unitCode = Bilingual("单位代码", "Unit code")
    static let findingReference = Bilingual("依据（文号或说明）", "Reference (document or note)")
    static let recordRemoval = Bilingual("记录撤销该认定", "Record the withdrawal of the finding")

    /// Why the portal's assessment was refused (`AssessmentFlow.Refusal`).
    static func assessRefused(_ refusal: AssessmentFlow.Refusal) -> Bilingual {
        switch refusal {
        case .yearOutsideRules(let y, let years):
            Bilingual("\(y) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内", "\(y) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound)")
        case .finalNeedsFinalYear(let f): Bilingual("终期考核针对规划期末 \(f) 年", "the final assessment covers \(f), the end of the plan period")
        case .noUnits: Bilingual("尚未存储任何单位", "no units are stored")
        case .succession(let problem): Bilingual(problem.chinese, problem.english)
        }
    }

    static func lifted(_ count: Int, of code: String, from day: Day) -> Bilingual {
        Bilingual("已解除 \(code) 的 \(count) 项限批，\(day) 起生效。", "Lifted \(count) freeze(s) of \(code) from \(day).")
    }
    static func amended(summons id: Int64, changes: Int) -> Bilingual {
        Bilingual("约谈 #\(id)：已记录 \(changes) 项修改。", "Summons #\(id): \(changes) change(s) recorded.")
    }
    static let finding = Bilingual("认定", "Finding")
    static func removalRecorded(area: String, year: Int, reference: String) -> Bilingual {
        Bilingual(
            "已记录撤销：\(area) \(year) 数据造假认定（\(reference)）。重新运行考核后生效。",
            "Removal recorded: falsification finding for \(area) \(year) (\(reference)). Assess again for it to take effect.")
    }
    static func findingRecorded(area: String, year: Int, reference: String) -> Bilingual {
        Bilingual(
            "已记录：\(area) \(year) 篡改、伪造监测数据认定（\(reference)），评为不合格（R-17）。重新运行考核后生效。",
            "Recorded: falsification finding for \(area) \(year) (\(reference)); graded 不合格 (R-17). Assess again for it to take effect.")
    }
    static let backToAssessment = Bilingual("返回考核", "Back to assessment")

    static let auditLog = Bilingual("操作日志", "Audit log")
    static let auditCaption = Bilingual("最近 500 项（新的在前）", "Newest 500, newest first")
    static let auditHeaders = [
        Bilingual("时间 (UTC)", "time (UTC)"), Bilingual("账号", "account"), Bilingual("角色", "role"), Bilingual("地址", "address"),
        Bilingual("操作", "action"), Bilingual("对象", "target"), Bilingual("结果", "outcome"),
    ]

    static let noDataOnly = Bilingual("仅因“未报送、无数据”而不合格的单位（R-22a）", "Units failing only for \"no report, no data\" (R-22a)")
    static let publishTitle = Bilingual("发布（发布后不可更改）", "Publish (it cannot be changed afterwards)")
    static let publish = Bilingual("发布", "Publish")
    static let publicationDate = Bilingual("发布日期", "Publication date")
    static let documentNumber = Bilingual("文号", "Document number (文号)")
    static let confirmNoData = Bilingual("确认：过半单位仅因“未报送、无数据”不合格时仍发布", "Confirm publishing although more than half fail only for no report, no data")

    static let freezes = Bilingual("环评限批", "Approval freezes")
    static func inForce(on day: Day) -> Bilingual { Bilingual("\(day) 在限", "In force on \(day)") }
    static let none = Bilingual("无。", "None.")
    static let everyFreeze = Bilingual("历次限批", "Every freeze")
    static func liftTitle(_ code: String) -> Bilingual { Bilingual("解除 \(code) 的限批", "Lift the freeze of \(code)") }
    static let lift = Bilingual("解除", "Lift")
    static let liftDate = Bilingual("解除日期（自该日起不再限批）", "First day no longer frozen")
    static let liftDocument = Bilingual("解除决定文号", "Decision document")
    static let reason = Bilingual("理由", "Reason")
    static let force = Bilingual("未满最短期限仍解除", "Lift before the minimum duration")

    static let summonses = Bilingual("约谈", "Summonses")
    static let noSummons = Bilingual("尚无约谈记录。", "No summons on record.")
    static func amendTitle(_ id: Int64, code: String) -> Bilingual { Bilingual("修改约谈 #\(id)（\(code)）", "Amend summons #\(id) (\(code))") }
    static let save = Bilingual("保存", "Save")
    static let dayHeld = Bilingual("约谈日期", "Day held")
    static let rectificationDue = Bilingual("整改期限", "Rectification due")
    static let closedOn = Bilingual("销号日期", "Closed on")
    static let notes = Bilingual("备注", "Notes")
}
