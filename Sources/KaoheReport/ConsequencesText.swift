import KaoheCore

/// Terminal renderings of consequences: freezes, summonses, EIA answers (R-19 to R-22).
public enum ConsequencesText {
    /// "510724 安县"
    public static func unit(_ area: Area) -> String { "\(area.code) \(area.name)" }

    /// The summons's unit, and, when a successor carries it, from whom it was inherited (issue 21).
    public static func unit(_ s: Summons, _ lang: Language) -> String {
        guard let heir = s.heldBy, let since = s.heldSince else { return unit(s.area) }
        return lang.pick("\(unit(heir))（继承自 \(unit(s.area))，\(since) 起）", "\(unit(heir)) (inherited from \(unit(s.area)) from \(since))")
    }

    /// The freeze's unit, and, when a successor carries it, from whom it was inherited (issue 21).
    public static func unit(_ f: Freeze, _ lang: Language) -> String {
        guard let heir = f.heldBy, let since = f.heldSince else { return unit(f.area) }
        return lang.pick("\(unit(heir))（继承自 \(unit(f.area))，\(since) 起）", "\(unit(heir)) (inherited from \(unit(f.area)) from \(since))")
    }

    /// "#1 2015年度考核" / "#1 2015 annual assessment"
    public static func run(_ id: Int64, year: Int, kind: AssessmentKind, _ lang: Language) -> String {
        lang.pick("#\(id) \(year)年\(Labels.kind(kind, lang))", "#\(id) \(year) \(Labels.kind(kind, lang))")
    }

    /// The freezes as a table: unit, since, run, document, days in force on `day`, lifting condition; with
    /// `history`, also the lift date, document and reason.
    public static func freezeTable(_ freezes: [Freeze], on day: Day, history: Bool, lang: Language) -> String {
        ListTables.freezes(freezes, on: day, history: history, lang: lang).text()
    }

    public static func condition(_ terms: FreezeSettings, _ lang: Language) -> String {
        let c = Consequences.liftCondition(terms)
        return lang.pick(c.zh, c.en)
    }

    /// The recorded reason; a lift by a later pass is worded in the output language, a forced lift is marked.
    public static func liftReason(_ lift: FreezeLift, _ lang: Language) -> String {
        var text = lift.reason
        if let run = lift.byRunID, lang == .en {
            text = lift.reason.hasPrefix("更正")
                ? "correction: the notice \(lift.document ?? "") (run #\(run)) no longer lists the unit as failing (R-22c)"
                : "passed a later annual assessment (run #\(run))"
        }
        if lift.forced { text += lang.pick("（提前解除，--force）", " (before the minimum duration, --force)") }
        return text
    }

    /// The summonses as a table.
    public static func summonsTable(_ summonses: [Summons], lang: Language) -> String {
        ListTables.summonses(summonses, lang: lang).text()
    }

    public static func status(_ s: SummonsStatus, _ lang: Language) -> String {
        lang.pick(SummonsStatus.chinese(s), SummonsStatus.english(s))
    }

    /// Overdue rectifications as a table: summons, unit, held, due, days overdue on `day`.
    public static func overdueTable(_ summonses: [Summons], on day: Day, lang: Language) -> String {
        var table = TextTable(
            headers: [
                "ID", lang.pick("单位", "unit"), lang.pick("年度", "year"), lang.pick("文号", "document"), lang.pick("约谈日期", "held on"),
                lang.pick("整改期限", "rectification due"), lang.pick("逾期天数", "days overdue"),
            ], alignments: [.right, .left, .right, .left, .left, .left, .right])
        for s in summonses {
            table.append([
                String(s.id), unit(s, lang), String(s.year), s.document, s.heldOn?.description ?? "—", s.rectificationDue?.description ?? "—",
                s.rectificationDue.map { String($0.days(to: day)) } ?? "—",
            ])
        }
        return table.render()
    }

    /// The accountability decisions (R-21) with their newest progress entry and how many there are.
    public static func decisionTable(_ decisions: [AccountabilityDecision], updates: [AccountabilityUpdate], lang: Language) -> String {
        var table = TextTable(headers: [
            "ID", lang.pick("单位", "unit"), lang.pick("文号", "document"), lang.pick("决定", "decision"), lang.pick("最新进展", "latest progress"),
            lang.pick("进展记录数", "entries"),
        ])
        for d in decisions {
            let mine = updates.filter { $0.decisionID == d.id }
            let latest = mine.last.map { "\($0.on) \($0.progress)\($0.document.map { "（\($0)）" } ?? "")" } ?? lang.pick("尚无", "none yet")
            table.append([String(d.id), unit(d.area), d.document, lang.pick(d.decision.zh, d.decision.en), latest, String(mine.count)])
        }
        return table.render()
    }

    /// Every progress entry of one decision, oldest first.
    public static func decisionHistory(_ updates: [AccountabilityUpdate], lang: Language) -> String {
        var table = TextTable(headers: [
            lang.pick("日期", "date"), lang.pick("进展", "progress"), lang.pick("文号", "document"), lang.pick("记录人", "by"),
            lang.pick("记录时间", "recorded at"),
        ])
        for u in updates { table.append([u.on.description, u.progress, u.document ?? "—", Labels.recorder(u.recordedBy, lang), u.recordedAt]) }
        return table.render()
    }

    /// The EIA check log: when asked, unit, category, project, day, answer, and the freeze with the
    /// publication document behind it (R-19(b), R-22).
    public static func eiaLogTable(_ entries: [EIALogEntry], lang: Language) -> String {
        var table = TextTable(headers: [
            "ID", lang.pick("查询时间", "asked at"), lang.pick("单位", "unit"), lang.pick("类别", "category"), lang.pick("项目", "project"),
            lang.pick("查询日期", "day"), lang.pick("答复", "answer"), lang.pick("依据（限批、通报文号）", "ground (freeze, publication)"),
        ])
        for e in entries {
            let ground = e.freezeID.map { id in
                lang.pick(
                    "限批 #\(id)，自 \(e.freezeSince?.description ?? "—")，\(e.freezeDocument ?? "—")",
                    "freeze #\(id) since \(e.freezeSince?.description ?? "—"), \(e.freezeDocument ?? "—")")
            } ?? lang.pick("未实行限批", "no freeze")
            table.append([
                String(e.id), e.askedAt, e.areaCode, lang.pick(e.category.rawValue, e.category.alias), e.project ?? "—", e.day.description,
                e.allowed ? lang.pick("可以审批", "allowed") : lang.pick("暂停审批", "blocked"), ground,
            ])
        }
        return table.render()
    }

    /// A summons's amendments as a table: when, by whom, which field, old and new value.
    public static func amendmentTable(_ amendments: [SummonsAmendment], lang: Language) -> String {
        var table = TextTable(headers: [
            lang.pick("时间", "when"), lang.pick("修改人", "by"), lang.pick("字段", "field"), lang.pick("原值", "old value"),
            lang.pick("新值", "new value"),
        ])
        for a in amendments {
            table.append([
                a.amendedAt, Labels.recorder(a.amendedBy, lang), Labels.summonsField(a.field, lang), Labels.summonsValue(field: a.field, a.oldValue, lang),
                Labels.summonsValue(field: a.field, a.newValue, lang),
            ])
        }
        return table.render()
    }

    /// What publishing a run created and lifted, one line per unit.
    public static func published(_ outcome: PublishOutcome, lang: Language) -> String {
        let (summonses, freezes, decisions) = (outcome.summonses, outcome.freezes, outcome.decisions)
        var out = ""
        if let r = outcome.replaces {
            out += lang.pick(
                "本通报替代 \(r.documentNumber)（\(r.publishedOn) 发布，第\(r.revision)版）（R-22c）\n",
                "This notice replaces \(r.documentNumber) (published \(r.publishedOn), revision \(r.revision)) (R-22c)\n")
        }
        if freezes.isEmpty && outcome.alreadyRecorded.isEmpty {
            out += lang.pick("无未通过考核的单位：不产生约谈和环评限批。\n", "No unit failed: no summons and no approval freeze.\n")
        }
        if !freezes.isEmpty { out += lang.pick("考核后果（R-19、R-21、R-22）：\n", "Consequences (R-19, R-21, R-22):\n") }
        for f in freezes {
            let s = summonses.first { $0.area.code == f.area.code }
            let d = decisions.first { $0.area.code == f.area.code }
            var line = "  " + unit(f.area) + lang.pick("：", ": ")
            if let s { line += lang.pick("约谈 #\(s.id) \(s.whom.zh)（待约谈）；", "summons #\(s.id) of \(s.whom.en) (planned); ") }
            line += lang.pick(
                "自 \(f.startedOn) 起暂停新增大气污染物排放建设项目环评审批（限批 #\(f.id)）",
                "approval freeze #\(f.id) on projects adding air-pollutant emissions from \(f.startedOn)")
            if d != nil { line += lang.pick("；加大问责力度（R-21）", "; stronger accountability (R-21)") }
            out += line + "\n"
        }
        for a in outcome.alreadyRecorded {
            out += lang.pick(
                "  \(unit(a))：此前发布的同年版本已产生约谈和限批，不重复记录\n",
                "  \(unit(a)): an earlier published revision of this year already created its summons and freeze; not recorded again\n")
        }
        for s in outcome.withdrawn {
            out += lang.pick(
                "  \(unit(s.area))：约谈 #\(s.id) 已撤销（\(outcome.run.documentNumber ?? "")）\n",
                "  \(unit(s.area)): summons #\(s.id) withdrawn (\(outcome.run.documentNumber ?? ""))\n")
        }
        for f in outcome.liftedByCorrection {
            out += lang.pick(
                "  \(unit(f.area))：限批 #\(f.id)（自 \(f.startedOn)）于 \(f.lift?.on.description ?? "") 解除（\(outcome.run.documentNumber ?? "")）\n",
                "  \(unit(f.area)): freeze #\(f.id) (since \(f.startedOn)) lifted on \(f.lift?.on.description ?? "") (\(outcome.run.documentNumber ?? ""))\n")
        }
        if !outcome.noData.isEmpty {
            out += lang.pick(
                "仅因未报送、无数据而不合格的单位（R-18）：\(outcome.noData.map(unit).joined(separator: "、"))\n",
                "Units failing only for no report, no data (R-18): \(outcome.noData.map(unit).joined(separator: ", "))\n")
        }
        if !outcome.lifted.isEmpty { out += lang.pick("此后年度考核通过，解除限批（R-22，本工具默认设置）：\n", "Freezes lifted by passing this annual assessment (R-22, a default of this tool):\n") }
        for f in outcome.lifted {
            out += lang.pick(
                "  \(unit(f.area))：限批 #\(f.id)（自 \(f.startedOn)）于 \(f.lift?.on.description ?? "") 解除\n",
                "  \(unit(f.area)): freeze #\(f.id) (since \(f.startedOn)) lifted on \(f.lift?.on.description ?? "")\n")
        }
        return out
    }

    /// The answer to an EIA question: the verdict, the rules, the freeze with its document, the exemption.
    public static func eiaAnswer(_ d: EIADecision, project: String?, lang: Language) -> String {
        let category = lang.pick(d.category.rawValue + "项目", d.category.alias)
        let subject = project.map { lang.pick("项目「\($0)」（\(category)）", "project “\($0)” (\(category))") } ?? category
        let (verdict, exemption) = wording(d, lang)
        var out = lang.pick(
            "\(unit(d.area))，\(d.day)，\(subject)：\(verdict)\n",
            "\(unit(d.area)), \(d.day), \(subject): \(verdict)\n")
        out += lang.pick("依据：", "Rules: ") + d.ruleIDs.joined(separator: lang.pick("、", ", ")) + "\n"
        if d.freezes.isEmpty {
            out += lang.pick("限批：\(d.day) 该单位无生效的环评限批\n", "Freeze: none in force in this unit on \(d.day)\n")
        }
        for f in d.freezes {
            if let heir = f.heldBy, let since = f.heldSince {
                out += lang.pick(
                    "承继：\(unit(heir)) 自 \(since) 起承继 \(unit(f.area))，该单位的限批继续有效\n",
                    "Succession: \(unit(heir)) succeeded \(unit(f.area)) from \(since); that unit's freeze stays in force\n")
            }
            out += lang.pick(
                "限批：自 \(f.startedOn) 起暂停新增大气污染物排放建设项目环评审批（\(f.year)年\(Labels.kind(f.kind, lang))不合格，\(f.document)，限批 #\(f.id)）\n",
                "Freeze: EIA approval of new projects adding air-pollutant emissions suspended since \(f.startedOn) (failed the \(f.year) \(Labels.kind(f.kind, lang)), \(f.document), freeze #\(f.id))\n")
        }
        out += lang.pick("豁免：", "Exemption: ") + exemption + "\n"
        out += lang.pick(
            "注：限批自考核结果发布之日起、至依决定解除为止，是本工具的默认设置（R-22），并非官方规定。\n",
            "Note: that a freeze runs from the publication of the result until a recorded decision lifts it is a default of this tool (R-22), not an official rule.\n")
        return out
    }

    /// The verdict and the exemption line for the decision's ground.
    static func wording(_ d: EIADecision, _ lang: Language) -> (verdict: String, exemption: String) {
        switch d.ground {
        case .frozen:
            (lang.pick("暂停审批（环评限批）", "BLOCKED: approval suspended (approval freeze)"),
             lang.pick("无 — 新增大气污染物排放的项目不属于民生或节能减排项目的豁免（R-20）", "none — a project adding air-pollutant emissions is not a livelihood or energy-saving project (R-20)"))
        case .exempt:
            (lang.pick("可以审批（豁免）", "ALLOWED (exempt)"),
             lang.pick("\(d.category.rawValue)项目不受暂停限制（R-20）", "\(d.category.alias) projects are exempt from the freeze (R-20)"))
        case .outsideFreeze:
            (lang.pick("可以审批（不在限批范围内）", "ALLOWED (outside the freeze)"),
             lang.pick("不新增大气污染物排放的项目不在暂停范围内（R-20）", "projects adding no air-pollutant emissions are outside the freeze (R-20)"))
        case .noFreeze:
            (lang.pick("可以审批（无环评限批）", "ALLOWED (no approval freeze)"), lang.pick("不适用", "not needed"))
        }
    }
}
