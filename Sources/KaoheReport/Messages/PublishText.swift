import KaoheCore

/// The words of what publishing a run created and lifted, and of the answer to an EIA question (R-19 to R-22).
///
/// Units are written "510724 安县" by the caller; every line ends in a newline where the terminal text needs one.
enum PublishText {
    /// The correction line of a published revision that replaces an earlier one (R-22c).
    static func replaces(documentNumber: String, publishedOn: Day, revision: Int, withdrawn: [CorrectedSuccession]? = nil) -> Bilingual {
        let w = withdrawn.map(CorrectionText.withdrawn) ?? Bilingual("", "")
        return Bilingual(
            "本通报替代 \(documentNumber)（\(publishedOn) 发布，第\(revision)版）（R-22c）\(w.zh)\n",
            "This notice replaces \(documentNumber) (published \(publishedOn), revision \(revision)) (R-22c)\(w.en)\n")
    }

    static let noneFailed = Bilingual("无未通过考核的单位：不产生约谈和环评限批。\n", "No unit failed: no summons and no approval freeze.\n")
    static let consequencesHeading = Bilingual("考核后果（R-19、R-21、R-22）：\n", "Consequences (R-19, R-21, R-22):\n")
    static let colon = Bilingual("：", ": ")

    static func summons(_ id: Int64, whom: Bilingual) -> Bilingual {
        Bilingual("约谈 #\(id) \(whom.zh)（待约谈）；", "summons #\(id) of \(whom.en) (planned); ")
    }

    static func freeze(_ id: Int64, from start: Day) -> Bilingual {
        Bilingual("自 \(start) 起暂停新增大气污染物排放建设项目环评审批（限批 #\(id)）", "approval freeze #\(id) on projects adding air-pollutant emissions from \(start)")
    }

    static let accountability = Bilingual("；加大问责力度（R-21）", "; stronger accountability (R-21)")

    static func alreadyRecorded(_ unit: String) -> Bilingual {
        Bilingual(
            "  \(unit)：此前发布的同年版本已产生约谈和限批，不重复记录\n",
            "  \(unit): an earlier published revision of this year already created its summons and freeze; not recorded again\n")
    }

    static func withdrawn(_ unit: String, summons id: Int64, document: String) -> Bilingual {
        Bilingual("  \(unit)：约谈 #\(id) 已撤销（\(document)）\n", "  \(unit): summons #\(id) withdrawn (\(document))\n")
    }

    static func liftedByCorrection(_ unit: String, freeze id: Int64, since: Day, on: String, document: String) -> Bilingual {
        Bilingual(
            "  \(unit)：限批 #\(id)（自 \(since)）于 \(on) 解除（\(document)）\n",
            "  \(unit): freeze #\(id) (since \(since)) lifted on \(on) (\(document))\n")
    }

    static func noData(_ units: [String]) -> Bilingual {
        Bilingual(
            "仅因未报送、无数据而不合格的单位（R-18）：\(units.joined(separator: "、"))\n",
            "Units failing only for no report, no data (R-18): \(units.joined(separator: ", "))\n")
    }

    static let liftedHeading = Bilingual("此后年度考核通过，解除限批（R-22，本工具默认设置）：\n", "Freezes lifted by passing this annual assessment (R-22, a default of this tool):\n")

    static func lifted(_ unit: String, freeze id: Int64, since: Day, on: String) -> Bilingual {
        Bilingual("  \(unit)：限批 #\(id)（自 \(since)）于 \(on) 解除\n", "  \(unit): freeze #\(id) (since \(since)) lifted on \(on)\n")
    }

    // The answer to an EIA question.

    /// A project category: "民生项目" / its English alias.
    static func category(_ c: ProjectCategory) -> Bilingual { Bilingual(c.rawValue + "项目", c.alias) }

    static func project(_ name: String, category: String) -> Bilingual { Bilingual("项目「\(name)」（\(category)）", "project “\(name)” (\(category))") }

    static func verdictLine(_ unit: String, day: Day, subject: String, verdict: String) -> Bilingual {
        Bilingual("\(unit)，\(day)，\(subject)：\(verdict)\n", "\(unit), \(day), \(subject): \(verdict)\n")
    }

    static let rulesLabel = Bilingual("依据：", "Rules: ")
    static let ruleSeparator = Bilingual("、", ", ")
    static func noFreeze(on day: Day) -> Bilingual { Bilingual("限批：\(day) 该单位无生效的环评限批\n", "Freeze: none in force in this unit on \(day)\n") }

    static func succession(_ heir: String, predecessor: String, since: Day) -> Bilingual {
        Bilingual(
            "承继：\(heir) 自 \(since) 起承继 \(predecessor)，该单位的限批继续有效\n",
            "Succession: \(heir) succeeded \(predecessor) from \(since); that unit's freeze stays in force\n")
    }

    /// A freeze in force with its ground; `kind` already in the output language.
    static func freezeInForce(_ f: Freeze, kind: String) -> Bilingual {
        Bilingual(
            "限批：自 \(f.startedOn) 起暂停新增大气污染物排放建设项目环评审批（\(f.year)年\(kind)不合格，\(f.document)，限批 #\(f.id)）\n",
            "Freeze: EIA approval of new projects adding air-pollutant emissions suspended since \(f.startedOn) (failed the \(f.year) \(kind), \(f.document), freeze #\(f.id))\n")
    }

    static let exemptionLabel = Bilingual("豁免：", "Exemption: ")
    static let defaultNote = Bilingual(
        "注：限批自考核结果发布之日起、至依决定解除为止，是本工具的默认设置（R-22），并非官方规定。\n",
        "Note: that a freeze runs from the publication of the result until a recorded decision lifts it is a default of this tool (R-22), not an official rule.\n")

    /// The verdict of an EIA decision's ground.
    static func verdict(_ ground: EIADecision.Ground) -> Bilingual {
        switch ground {
        case .frozen: Bilingual("暂停审批（环评限批）", "BLOCKED: approval suspended (approval freeze)")
        case .exempt: Bilingual("可以审批（豁免）", "ALLOWED (exempt)")
        case .outsideFreeze: Bilingual("可以审批（不在限批范围内）", "ALLOWED (outside the freeze)")
        case .noFreeze: Bilingual("可以审批（无环评限批）", "ALLOWED (no approval freeze)")
        }
    }

    /// The exemption line of an EIA decision's ground (R-20).
    static func exemption(_ ground: EIADecision.Ground, category: ProjectCategory) -> Bilingual {
        switch ground {
        case .frozen:
            Bilingual("无 — 新增大气污染物排放的项目不属于民生或节能减排项目的豁免（R-20）", "none — a project adding air-pollutant emissions is not a livelihood or energy-saving project (R-20)")
        case .exempt: Bilingual("\(category.rawValue)项目不受暂停限制（R-20）", "\(category.alias) projects are exempt from the freeze (R-20)")
        case .outsideFreeze: Bilingual("不新增大气污染物排放的项目不在暂停范围内（R-20）", "projects adding no air-pollutant emissions are outside the freeze (R-20)")
        case .noFreeze: Bilingual("不适用", "not needed")
        }
    }
}
