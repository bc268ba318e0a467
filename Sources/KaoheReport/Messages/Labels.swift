import KaoheCore

/// Labels shared by every rendering of assessment results.
public enum Labels {
    public static func grade(_ g: Grade?, _ lang: Language) -> String {
        guard let g else { return lang.pick("无目标，不评定", "no target, not graded") }
        return lang.pick(g.rawValue, g.english)
    }

    public static func flag(_ f: AssessmentFlag, _ lang: Language) -> String {
        switch f {
        case .lateReport(let d): lang.pick("逾期报送（\(d)）", "late report (\(d))")
        case .risingConcentration: lang.pick("不降反升", "concentration rose")
        case .previousUnknown: lang.pick("上年浓度未知", "previous year unknown")
        case .falsification(let ref): lang.pick("数据造假（\(ref)）", "falsified data (\(ref))")
        case .noReportNoData: lang.pick("未报送、无数据", "no report, no data")
        case .noConcentration: lang.pick("无年均浓度", "no annual mean")
        case .finalVeto: lang.pick("终期目标未完成（一票否决）", "final target not reached (veto)")
        case .invalidKeyTaskScore(let c): lang.pick("重点任务 \(c) 得分无效", "key task \(c) score invalid")
        case .unknownKeyTaskCode(let c): lang.pick("未知重点任务 \(c)", "unknown key task \(c)")
        case .discrepancy(let r, let m):
            lang.pick("自报数据与监测数据不一致（自报 \(r)，监测 \(m)）", "discrepancy: reported \(r), monitored \(m)")
        }
    }

    /// Whether the exact actual decline reached the exact required decline (R-11 revised); "—" when unknown.
    public static func reached(_ r: Bool?, _ lang: Language) -> String {
        r.map { $0 ? lang.pick("是", "yes") : lang.pick("否", "no") } ?? "—"
    }

    /// The block of the summary's ranking a unit is in (R-18a).
    public static func rankBlock(_ b: Summary.RankBlock, _ lang: Language) -> String {
        switch b {
        case .passed: lang.pick("通过考核的单位", "Units that passed")
        case .failed: lang.pick("未通过考核的单位（单列，不与通过考核的单位并列排名）", "Units that failed (listed apart, never ranked beside the passing units)")
        case .notGraded: lang.pick("未评定等级的单位", "Units not graded")
        }
    }

    /// The ranking block in a word or two, for a spreadsheet column (R-18a).
    public static func rankBlockShort(_ b: Summary.RankBlock, _ lang: Language) -> String {
        switch b {
        case .passed: lang.pick("通过", "passed")
        case .failed: lang.pick("未通过", "failed")
        case .notGraded: lang.pick("未评定", "not graded")
        }
    }

    public static func kind(_ k: AssessmentKind, _ lang: Language) -> String {
        k == .final ? lang.pick("终期考核", "final assessment") : lang.pick("年度考核", "annual assessment")
    }

    public static func keyTaskRole(_ r: KeyTaskRole?, _ lang: Language) -> String {
        switch r {
        case .counted: lang.pick("计入", "counted")
        case .evaluative: lang.pick("评估性", "evaluative")
        case .notUsedInFinal: lang.pick("终期不计", "not used (final)")
        case nil: ""
        }
    }
}

extension Labels {
    /// When and whether the self-inspection report arrived: on time, late N days, undated or missing.
    public static func submission(_ s: ReportStatus.Submission, _ lang: Language) -> String {
        switch s {
        case .onTime(let d): lang.pick("按时（\(d)）", "on time (\(d))")
        case .late(let d, let n): lang.pick("逾期 \(n) 天（\(d)）", "late \(n) day(s) (\(d))")
        case .undated: lang.pick("无报告正文（无报送日期）", "no summary (no date)")
        case .missing: lang.pick("未报送", "missing")
        }
    }

    /// The submission as `submission(_:_:)` says it, with the correction date (更正日期) beside it when the
    /// report was corrected; on time or late stays that of the first submission (R-3 revised).
    public static func submission(_ status: ReportStatus, _ lang: Language) -> String {
        let base = submission(status.submission, lang)
        guard let c = status.correctedOn else { return base }
        return base + lang.pick("，更正日期 \(c)", ", corrected \(c)")
    }

    /// Whether the report covers the four parts of R-4; "—" when the report is missing.
    public static func completeness(_ status: ReportStatus, _ lang: Language) -> String {
        if status.isMissing { return "—" }
        if status.missingParts.isEmpty { return lang.pick("完整", "complete") }
        return lang.pick(
            "不完整，缺：" + status.missingParts.map(\.chinese).joined(separator: "、"),
            "incomplete, lacks: " + status.missingParts.map(\.english).joined(separator: ", "))
    }

    /// The ranking flag of a report lacking some of the four parts of R-4, naming them.
    public static func incompleteReport(_ missing: [ReportPart], _ lang: Language) -> String {
        lang.pick(
            "自查报告不完整（缺：" + missing.map(\.chinese).joined(separator: "、") + "）",
            "incomplete report (lacks: " + missing.map(\.english).joined(separator: ", ") + ")")
    }

    /// Publication and filing of the implementation rules or the annual plan; "—" for a missing report.
    public static func filing(_ published: Bool?, _ filed: Day?, missing: Bool, _ lang: Language) -> String {
        if missing { return "—" }
        let p = published.map { $0 ? lang.pick("已公开", "published") : lang.pick("未公开", "not published") }
            ?? lang.pick("公开情况未填", "publication not stated")
        let f = filed.map { lang.pick("已备案 \($0)", "filed \($0)") } ?? lang.pick("未备案", "not filed")
        return p + lang.pick("，", ", ") + f
    }

    /// Publication and filing of the rules or the plan from everything known: the newest recorded event
    /// when there is one (with its document), else the self-report's columns; when the two disagree, both are
    /// shown ("与自查报告不一致"), never one silently chosen.
    public static func filing(_ status: ReportStatus, _ kind: FilingKind, _ lang: Language) -> String {
        let published = kind == .rules ? status.rulesPublished : status.planPublished
        let filed = kind == .rules ? status.rulesFiledOn : status.planFiledOn
        let fromReport = filing(published, filed, missing: status.isMissing, lang)
        guard let e = status.event(kind) else { return fromReport }
        let p = e.publishedOn.map { lang.pick("已公开 \($0)", "published \($0)") }
            ?? published.map { $0 ? lang.pick("已公开", "published") : lang.pick("未公开", "not published") }
            ?? lang.pick("公开情况未登记", "publication not recorded")
        let f = e.filedOn.map { lang.pick("已备案 \($0)", "filed \($0)") } ?? lang.pick("未备案", "not filed")
        let doc = e.document.map { lang.pick("，\($0)", ", \($0)") } ?? ""
        var text = p + lang.pick("，", ", ") + f + doc + lang.pick("（登记）", " (recorded)")
        if status.filingConflict(kind) {
            text += lang.pick("；与自查报告不一致：报告称", "; differs from the self-report, which says ") + fromReport
        }
        return text
    }

    /// How many reports of a year were on time, late, missing and incomplete, in one line.
    public static func submissionCounts(_ statuses: [ReportStatus], year: Int, _ lang: Language) -> String {
        var onTime = 0, late = 0, missing = 0
        for s in statuses {
            switch s.submission {
            case .onTime: onTime += 1
            case .late: late += 1
            case .undated: break
            case .missing: missing += 1
            }
        }
        let incomplete = statuses.filter(\.isIncomplete).count
        return lang.pick(
            "\(year) 年：按时 \(onTime)，逾期 \(late)，未报送 \(missing)，不完整 \(incomplete)",
            "\(year): \(onTime) on time, \(late) late, \(missing) missing, \(incomplete) incomplete")
    }

    /// A stable identifier of a flag's kind, its case name (`lateReport`, `risingConcentration`), so that new
    /// kinds get one without a table to update.
    public static func flagCode(_ f: AssessmentFlag) -> String {
        if let label = Mirror(reflecting: f).children.first?.label { return label }
        return String(describing: f)
    }

    /// What a rule-set setting governs, with the rule it belongs to.
    public static func setting(_ s: RuleSetting, _ lang: Language) -> String {
        switch s {
        case .pollutant: lang.pick("考核污染物（R-5）", "assessed pollutant (R-5)")
        case .baseYear: lang.pick("基准年（R-6）", "base year (R-6)")
        case .period: lang.pick("规划期（R-1）", "plan period (R-1)")
        case .annualShares: lang.pick("终期目标的年度分解比例用于 PM10（R-8）", "annual shares of the final target applied to PM10 (R-8)")
        case .shareDerivation: lang.pick("终期目标折算为下降率后取比例（R-8）", "final target written as a decline before taking a share (R-8)")
        case .noTargetNotGraded: lang.pick("无目标的单位不评定等级（R-8a）", "units without a target are not graded (R-8a)")
        case .previousUnknown: lang.pick("上年浓度未知时不适用不降反升规则并标注（R-9）", "unknown previous year: R-9 not applied, unit flagged (R-9)")
        case .qualityFormula: lang.pick("空气质量得分公式（R-10）", "quality score formula (R-10)")
        case .rounding: lang.pick("修约位数（R-11）", "rounding places (R-11)")
        case .keyTaskAllocation: lang.pick("重点任务分值分配（R-12）", "key-task point allocation (R-12)")
        case .keyTaskRemainder: lang.pick("大气环境管理其余 13 分归入 10.9（R-12）", "indicator 10's remaining 13 points kept as 10.9 (R-12)")
        case .combination: lang.pick("两项得分的合成方式（R-14）", "how the two scores combine (R-14)")
        case .gradeBands: lang.pick("等级分数段（R-15）", "grade bands (R-15)")
        case .failingGrades: lang.pick("视为未通过考核的等级（R-15）", "grades that fail the assessment (R-15)")
        case .freeze: lang.pick("暂停环评审批的期限与解除（R-22）", "duration and lifting of approval freezes (R-22)")
        case .noReportNoData: lang.pick("未报送且无数据评为不合格（R-18）", "no report and no data graded fail (R-18)")
        case .dustDays: lang.pick("沙尘天是否剔除（R-26）", "exclusion of sand-dust days (R-26)")
        case .discrepancyTolerance: lang.pick("自报与监测数据差异容许值（R-26）", "tolerance between reported and monitored means (R-26)")
        case .severeLag: lang.pick("严重滞后的判定比例（R-29）", "threshold for seriously behind (R-29)")
        case .mergeWeighting: lang.pick("合并单位的基数和上年浓度取各被承继单位的平均（第 21 项）", "a merged unit's base and previous year as the mean of its predecessors (issue 21)")
        case .oldCodes: lang.pick("承继生效后仍使用原单位代码的导入（第 21 项）", "imports under a unit code after its succession (issue 21)")
        }
    }
}

extension Labels {
    /// The kind of an import as `kaohe imports` lists it: 区域, 考核目标, 自查报告 …, never the raw key in Chinese.
    public static func importKind(_ kind: String, _ lang: Language) -> String {
        let zh: [String: String] = [
            "areas": "区域", "targets": "考核目标", "monitoring": "监测数据", "report": "自查报告", "summary": "自查报告（空气质量）",
            "key-tasks": "自查报告（重点工作任务）", "projects": "自查报告（治理项目进展）", "funding": "自查报告（资金投入）",
        ]
        return lang == .zh ? zh[kind] ?? "其他" : kind
    }

    /// A summons amendment's field for people: 状态, 约谈日期 …
    public static func summonsField(_ field: String, _ lang: Language) -> String {
        let names: [String: (String, String)] = [
            "status": ("状态", "status"), "held_on": ("约谈日期", "held on"), "rectification_due": ("整改期限", "rectification due"),
            "closed_on": ("销号/撤销日期", "closed/withdrawn on"), "decision_doc": ("撤销依据", "withdrawn by"), "notes": ("备注", "notes"),
        ]
        guard let n = names[field] else { return lang == .zh ? "其他" : field }
        return lang.pick(n.0, n.1)
    }

    /// A summons amendment's value: a status in words, anything else as recorded.
    public static func summonsValue(field: String, _ value: String?, _ lang: Language) -> String {
        guard let value else { return "—" }
        guard field == "status", let s = SummonsStatus(rawValue: value) else { return value }
        return lang.pick(SummonsStatus.chinese(s), SummonsStatus.english(s))
    }
}

extension Labels {
    /// Who recorded something, as stored: the login name, `--by`, or "unknown" when neither was known, which
    /// Chinese output says as 未署名.
    public static func recorder(_ who: String, _ lang: Language) -> String {
        who == "unknown" ? lang.pick("未署名", "unknown") : who
    }
}
