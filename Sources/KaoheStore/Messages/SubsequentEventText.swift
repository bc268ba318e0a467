import KaoheCore

/// How the events after a publication are worded in the notice's "since publication" list (R-22b).
///
/// `unit` is the unit as the notice names it ("510703 涪城区"); days and instants are as stored.
enum SubsequentEventText {
    static func replaced(revision: Int, document: String, publishedOn: String) -> Bilingual {
        Bilingual(
            "本通报已被第 \(revision) 版（\(document)，\(publishedOn)）替代（R-22c）",
            "This notice was replaced by revision \(revision) (\(document), \(publishedOn)) (R-22c)")
    }

    static func summons(_ unit: String, id: Int64, whom: Bilingual, document: String) -> Bilingual {
        Bilingual("\(unit)：约谈 #\(id) \(whom.zh)（\(document)）", "\(unit): summons #\(id) of \(whom.en) (\(document))")
    }

    /// `old` and `new` are the values as worded in each language ("—" for none).
    static func summonsAmended(_ unit: String, id: Int64, field: String, old: Bilingual, new: Bilingual) -> Bilingual {
        let label = fieldLabel(field)
        return Bilingual("\(unit)：约谈 #\(id) \(label.zh) \(old.zh) → \(new.zh)", "\(unit): summons #\(id) \(label.en) \(old.en) → \(new.en)")
    }

    static func freeze(_ unit: String, id: Int64, from day: Day, document: String) -> Bilingual {
        Bilingual(
            "\(unit)：自 \(day) 起暂停新增大气污染物排放建设项目环评审批（\(document)，限批 #\(id)）",
            "\(unit): approval freeze #\(id) from \(day) (\(document))")
    }

    static func freezeLifted(_ unit: String, id: Int64, on day: Day, document: String?, reason: String) -> Bilingual {
        Bilingual(
            "\(unit)：限批 #\(id) 自 \(day) 起解除（\(document ?? "—")，\(reason)）",
            "\(unit): freeze #\(id) lifted from \(day) (\(document ?? "—"), \(reason))")
    }

    /// A succession the notice's results relied on, withdrawn as a correction (D-143): the successor's result was
    /// derived through it and stands as issued until a correcting revision replaces the notice (R-22b, R-22c).
    static func successionWithdrawn(predecessor: String, successor: String, document: String, withdrawal: String, from day: String) -> Bilingual {
        Bilingual(
            "\(successor)：本通报所依据的承继（\(predecessor) → \(successor)，\(document)）已作为更正撤回（\(withdrawal)），自 \(day) 起不再适用；该单位结果以更正后的通报为准",
            "\(successor): the succession this notice relied on (\(predecessor) → \(successor), \(document)) was withdrawn as a correction (\(withdrawal)) and no longer applies from \(day); the unit's result stands as corrected by a later revision")
    }

    static func finding(_ unit: String, reference: String) -> Bilingual {
        Bilingual("\(unit)：认定篡改、伪造监测数据（\(reference)，R-17）", "\(unit): finding of falsified monitoring data (\(reference), R-17)")
    }

    static func findingRemoved(_ unit: String, reference: String, removal: String?) -> Bilingual {
        Bilingual("\(unit)：撤销数据造假认定 \(reference)（\(removal ?? "")）", "\(unit): finding \(reference) withdrawn (\(removal ?? ""))")
    }

    static func filing(_ unit: String, kind: FilingKind, publishedOn: Day?, filedOn: Day?, document: String?) -> Bilingual {
        let zh = [publishedOn.map { "公开 \($0)" }, filedOn.map { "备案 \($0)" }].compactMap { $0 }.joined(separator: "、")
        let en = [publishedOn.map { "published \($0)" }, filedOn.map { "filed \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return Bilingual(
            "\(unit)：登记\(kind.chinese)\(zh)\(document.map { "（\($0)）" } ?? "")；本通报不因此改变",
            "\(unit): \(kind.english) \(en)\(document.map { " (\($0))" } ?? "") recorded; this notice is not changed by it")
    }

    /// `part` is the stored part name; `known` the part it names, if this version knows it.
    static func reportReceived(_ unit: String, part: String, known: ReportPart?, version: Int, submitted: String?) -> Bilingual {
        Bilingual(
            "\(unit)：收到自查报告（\(known.map(partZh) ?? part)）第 \(version) 版\(submitted.map { "，报送日期 \($0)" } ?? "")；本通报不因此改变",
            "\(unit): self-inspection report (\(known?.rawValue ?? part)) version \(version) received\(submitted.map { ", submitted \($0)" } ?? ""); this notice is not changed by it")
    }

    static func accountabilityProgress(_ unit: String, decision: Int64, progress: String, document: String?) -> Bilingual {
        Bilingual(
            "\(unit)：问责决定 #\(decision) 进展：\(progress)\(document.map { "（\($0)）" } ?? "")",
            "\(unit): accountability decision #\(decision) progress: \(progress)\(document.map { " (\($0))" } ?? "")")
    }

    /// A stored summons field's name in each language (the field itself when unknown).
    static func fieldLabel(_ field: String) -> Bilingual {
        switch field {
        case "status": Bilingual("状态", "status")
        case "held_on": Bilingual("约谈日期", "held on")
        case "rectification_due": Bilingual("整改期限", "rectification due")
        case "closed_on": Bilingual("销号/撤销日期", "closed/withdrawn on")
        case "decision_doc": Bilingual("撤销依据", "withdrawn by")
        case "notes": Bilingual("备注", "notes")
        default: Bilingual(field, field)
        }
    }

    static func partZh(_ p: ReportPart) -> String {
        switch p {
        case .quality: "空气质量改善"
        case .keyTasks: "重点工作任务"
        case .projects: "治理项目进展"
        case .funding: "资金投入"
        }
    }
}
