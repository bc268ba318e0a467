import Foundation
import KaoheCore

/// The results notice itself (通报): title, addressees and the body 一 to 五, in plain official wording.
///
/// Nothing technical goes here — no rule id, no hash, no run number, no timestamp, no raw value of an
/// enumeration: those are in the technical appendix (计算说明) that `Builder` makes.
struct NoticeBuilder {
    let s: Summary
    let lang: Language

    var listSep: String { lang.pick("、", ", ") }
    var dash: String { "—" }
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    func heading(_ n: Int, _ zh: String, _ en: String) -> SummaryDocument.Block {
        .heading(lang.pick("\(numerals[n - 1])、\(zh)", "\(n). \(en)"))
    }

    func subheading(_ n: Int, _ zh: String, _ en: String) -> SummaryDocument.Block {
        .subheading(lang.pick("（\(numerals[n - 1])）\(zh)", "(\(n)) \(en)"))
    }

    func names(_ areas: [Area]) -> String { areas.map(\.name).joined(separator: listSep) }

    var attachmentTitles: [String] {
        [
            lang.pick("\(s.year)年度自查报告报送及实施细则、年度计划备案情况", "Self-inspection reports and filing of rules and plans, \(s.year)"),
            lang.pick("\(s.year)年度治理项目进展与资金投入情况", "Projects and funding, \(s.year)"),
        ]
            + (s.planPeriod.map { v in
                let years = v.first.map { lang.pick("（\($0.baseYear)—\($0.finalYear)年）", " (\($0.baseYear)–\($0.finalYear))") } ?? ""
                return [lang.pick("各单位规划期\(years)考核情况", "Each unit over the plan period\(years)")]
            } ?? [])
            + (s.departments.map { [SummaryDepartments.title($0.run.year, lang)] } ?? [])
            + [lang.pick("计算说明", "Technical appendix: how the results were computed")]
    }

    /// The number of the departments' attachment: after the area attachments, before the technical appendix (R-31).
    var departmentAttachmentNumber: Int { attachmentTitles.count - 1 }

    func documentNumber() -> String {
        s.publication?.documentNumber ?? s.settings.documentNumber(year: s.year + 1, number: "×")
    }

    func title() -> String {
        let city = s.settings.value(.city)
        let kind = s.kind == .final ? lang.pick("终期考核", "final assessment") : lang.pick("年度", "annual assessment")
        return lang.pick(
            "\(city)关于\(s.year)\(kind)大气污染防治行动计划实施情况考核结果的通报",
            "\(city): notice of the results of the \(s.year) \(kind) of the Air Pollution Prevention Action Plan")
    }

    func addressees() -> String { s.settings.value(.mainRecipients) + lang.pick("：", ":") }

    func opening() -> [SummaryDocument.Block] {
        let issuer = s.settings.value(.issuer)
        var text = lang.pick(
            "根据大气污染防治行动计划实施情况考核办法，\(issuer)组织对各县（市、区）、园区\(s.year)年度大气污染防治行动计划实施情况进行了\(s.kind == .final ? "终期" : "")考核。现将考核结果通报如下。",
            "Under the assessment method of the Air Pollution Prevention Action Plan, \(issuer) assessed how the counties, districts and parks carried out the plan in \(s.year)\(s.kind == .final ? " (final assessment)" : ""). The results are as follows.")
        if let r = s.replaces {
            text += lang.pick(
                "本通报是对\(r.documentNumber)（\(ChineseDate.long(r.publishedOn, lang))印发）的更正，替代原通报。",
                " This notice corrects and replaces \(r.documentNumber) (issued \(ChineseDate.long(r.publishedOn, lang))).")
        }
        return [.paragraph(text)]
    }

    /// 一、总体情况: how many units, how many per grade (with names), the mean concentration and its change.
    func overview() -> [SummaryDocument.Block] {
        let total = s.units.count
        var counts = s.gradeCounts.filter { $0.grade != nil }.map { c in lang.pick("\(Labels.grade(c.grade, lang))\(c.units.count)个", "\(c.units.count) \(Labels.grade(c.grade, lang))") }
        if let ungraded = s.gradeCounts.first(where: { $0.grade == nil }) {
            counts.append(lang.pick("未评定等级\(ungraded.units.count)个", "\(ungraded.units.count) not graded"))
        }
        var text = lang.pick(
            "本次考核对象共\(total)个单位。考核结果为：\(counts.joined(separator: "，"))。",
            "\(total) units were assessed: \(counts.joined(separator: ", ")).")
        let named = s.gradeCounts.filter { !$0.units.isEmpty }.map { c in
            lang.pick("\(Labels.grade(c.grade, lang))：\(names(c.units))", "\(Labels.grade(c.grade, lang)): \(names(c.units))")
        }
        text += lang.pick("", " ") + named.joined(separator: lang.pick("；", "; ")) + lang.pick("。", ".")
        var blocks: [SummaryDocument.Block] = [heading(1, "总体情况", "Overview"), .paragraph(text)]
        if let mean = meanSentence() { blocks.append(.paragraph(mean)) }
        return blocks
    }

    /// The arithmetic mean of the units' annual means this year and last (units with both known), per
    /// pollutant, and its change: "参加考核单位可吸入颗粒物（PM10）年均浓度平均为94微克/立方米，较上年下降2.1%。"
    func meanSentence() -> String? {
        var parts: [String] = []
        for p in Pollutant.allCases {
            let pairs = s.ranking.compactMap { row -> (Decimal, Decimal)? in
                let own = row.input?.annualTarget?.pollutant ?? row.input?.finalTarget?.pollutant ?? s.defaultPollutant
                guard own == p, let cur = row.input?.current?.value, let prev = row.input?.previous?.value, prev > 0 else { return nil }
                return (cur, prev)
            }
            guard !pairs.isEmpty else { continue }
            let n = Decimal(pairs.count)
            let cur = pairs.map(\.0).reduce(0, +) / n
            let prev = pairs.map(\.1).reduce(0, +) / n
            let change = (prev - cur) / prev * 100
            let curText = GBRounding.fixed(cur, places: s.rounding.concentration)
            let prevText = GBRounding.fixed(prev, places: s.rounding.concentration)
            let changeText = GBRounding.fixed(abs(change), places: s.rounding.declinePercent)
            let name = p == .pm10 ? lang.pick("可吸入颗粒物（PM10）", "PM10") : lang.pick("细颗粒物（PM2.5）", "PM2.5")
            let direction: String
            if change > 0 {
                direction = lang.pick("下降\(changeText)%", "\(changeText)% lower")
            } else if change < 0 {
                direction = lang.pick("上升\(changeText)%", "\(changeText)% higher")
            } else {
                direction = lang.pick("持平", "unchanged")
            }
            parts.append(lang.pick(
                "\(pairs.count)个单位\(name)年均浓度平均为\(curText)微克/立方米，较上年（\(prevText)微克/立方米）\(direction)",
                "the \(pairs.count) units' mean annual \(name) concentration was \(curText) μg/m³, \(direction) than the previous year (\(prevText) μg/m³)"))
        }
        guard !parts.isEmpty else { return nil }
        return lang.pick(
            "有本年和上年年均浓度数据的单位中，" + parts.joined(separator: "；") + "。",
            "Of the units with this year's and last year's annual means, " + parts.joined(separator: "; ") + ".")
    }

    /// 二、考核结果: the ranking of R-18a in plain columns.
    func results() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(2, "考核结果", "Results"),
            .paragraph(lang.pick(
                "各单位考核得分及等级见下表。通过考核的单位按考核得分由高到低排列，得分相同的名次并列；未通过考核的单位单列其后，不与通过考核的单位并列排名。考核等级作为各单位领导班子和领导干部综合考核评价的依据。",
                "Scores and grades are in the tables below. Units that passed are ranked by score, highest first, equal scores sharing a rank; units that failed are listed apart after them, never ranked beside the passing units. The grades feed the comprehensive evaluation of each unit's leadership.")),
        ]
        let headers = [
            lang.pick("名次", "Rank"), lang.pick("单位", "Unit"), lang.pick("年均浓度（微克/立方米）", "Annual mean (μg/m³)"),
            lang.pick("较基数下降", "Decline on base"), lang.pick("考核得分", "Score"), lang.pick("考核等级", "Grade"),
        ]
        var n = 0
        for block in Summary.RankBlock.allCases {
            let rows = s.ranking.filter { $0.block == block }
            if rows.isEmpty && block == .notGraded { continue }
            n += 1
            let title: String =
                switch block {
                case .passed: lang.pick("通过考核的单位", "Units that passed")
                case .failed: lang.pick("未通过考核的单位", "Units that failed")
                case .notGraded: lang.pick("未评定等级的单位", "Units not graded")
                }
            blocks.append(subheading(n, title, title))
            if rows.isEmpty {
                blocks.append(.paragraph(lang.pick("无。", "None.")))
                continue
            }
            blocks.append(.table(.init(
                headers: headers, alignments: [.right, .left, .right, .right, .right, .left],
                rows: rows.map { row in
                    let c = AssessmentText.cells(row.result, input: row.input, rules: s.rounding)
                    return [
                        row.rank.map(String.init) ?? dash, row.result.area.name, c.current ?? dash, decline(c.actualDecline),
                        c.result ?? dash, Labels.grade(row.result.grade, lang),
                    ]
                })))
        }
        if let d = s.departments {
            // R-31: the departments' results are named in the notice itself, apart from the areas and not ranked.
            n += 1
            blocks.append(subheading(n, "市级有关部门", "Municipal departments"))
            // Names only (no department code): the notice's body carries no Latin letters but PM (D-57).
            let failing = d.run.failing.map { a in
                a.department.name + (a.reportStatus == .missing ? lang.pick("（未报送自查报告）", " (no self-report)") : "")
            }
            blocks.append(.paragraph(lang.pick(
                "市级有关部门年度任务考核结果见附件\(departmentAttachmentNumber)，不与各县（市、区）和园区排名。"
                    + (failing.isEmpty ? "各部门均通过考核。" : "未通过考核的部门：\(failing.joined(separator: "、"))，考核结果作为其领导班子和领导干部综合考核评价的依据。"),
                "The municipal departments' results on their annual tasks are in Attachment \(departmentAttachmentNumber); they are not ranked with the counties, districts and parks. "
                    + (failing.isEmpty ? "Every department passed." : "Departments that failed: \(failing.joined(separator: "; ")); the result feeds the evaluation of their leadership."))))
        }
        return blocks
    }

    /// Why a unit failed, in official wording (R-15 to R-18): the grading reason, never a rule id.
    func failReasons(_ r: UnitAssessment) -> [String] {
        var reasons: [String] = []
        for flag in r.flags {
            switch flag {
            case .falsification: reasons.append(lang.pick("存在篡改、伪造监测数据行为", "monitoring data were tampered with or forged"))
            case .noReportNoData: reasons.append(lang.pick("未报送自查报告且无监测数据", "no self-inspection report and no monitoring data"))
            case .noConcentration: reasons.append(lang.pick("未提供年均浓度数据", "no annual mean concentration was provided"))
            case .finalVeto: reasons.append(lang.pick("未完成终期空气质量改善目标（一票否决）", "the final air-quality target was not reached (veto)"))
            default: continue
            }
        }
        if r.flags.contains(.risingConcentration) { reasons.append(lang.pick("年均浓度不降反升", "the annual mean rose")) }
        if reasons.isEmpty || r.flags.contains(.risingConcentration), !r.flags.contains(where: Self.isGradingReason), let score = r.resultScore {
            let written = GBRounding.fixed(score, places: s.rounding.score)
            let mark = s.passMark.map { GBRounding.fixed($0, places: 0) } ?? "60"
            reasons.append(lang.pick("考核得分低于\(mark)分（\(written)分）", "score below \(mark) (\(written))"))
        }
        return reasons
    }

    /// Whether a flag grades the unit 不合格 by itself (R-16, R-17, R-18), so no score is given as the reason.
    static func isGradingReason(_ f: AssessmentFlag) -> Bool {
        switch f {
        case .falsification, .noReportNoData, .noConcentration, .finalVeto: true
        default: false
        }
    }

    /// A decline for the notice: "5.9%", or "上升1.0%" when the concentration rose (never "-1.0%").
    func decline(_ text: String?) -> String {
        guard let text else { return dash }
        return text.hasPrefix("-") ? lang.pick("上升\(text.dropFirst())%", "rose \(text.dropFirst())%") : text + "%"
    }

    /// 三、存在问题: failing units and why; late, missing or incomplete reports; data that did not agree.
    func problems() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [heading(3, "存在问题", "Problems found")]
        let failed = s.failing.filter(\.failed)
        blocks.append(subheading(1, "未通过考核", "Why units failed"))
        if failed.isEmpty {
            blocks.append(.paragraph(lang.pick("本次考核无未通过考核的单位。", "No unit failed.")))
        } else {
            for f in failed {
                blocks.append(.paragraph(lang.pick(
                    "\(f.result.area.name)：\(failReasons(f.result).joined(separator: "；"))，考核等级为不合格。",
                    "\(f.result.area.name): \(failReasons(f.result).joined(separator: "; ")); graded fail.")))
            }
        }
        var reports: [String] = []
        for sub in s.submissions {
            let name = sub.area.name
            switch sub.status.submission {
            case .late(_, let days): reports.append(lang.pick("\(name)逾期\(days)天报送自查报告", "\(name) sent its report \(days) day(s) late"))
            case .missing: reports.append(lang.pick("\(name)未报送自查报告", "\(name) sent no report"))
            case .undated: reports.append(lang.pick("\(name)自查报告缺少报告正文", "\(name)'s report lacks its summary"))
            case .onTime: break
            }
            if !sub.status.isMissing, !sub.status.missingParts.isEmpty {
                reports.append(lang.pick(
                    "\(name)自查报告缺少\(sub.status.missingParts.map(\.chinese).joined(separator: "、"))内容",
                    "\(name)'s report lacks \(sub.status.missingParts.map(\.english).joined(separator: ", "))"))
            }
        }
        blocks.append(subheading(2, "自查报告报送", "Self-inspection reports"))
        blocks.append(.paragraph(
            reports.isEmpty
                ? lang.pick("各单位均按时报送自查报告。", "Every unit sent its report on time.")
                : reports.joined(separator: lang.pick("；", "; ")) + lang.pick("。", ".")))
        var data: [String] = []
        for d in s.discrepancies {
            if case .discrepancy(let reported, let monitored) = d.flag {
                data.append(lang.pick(
                    "\(d.area.name)自报年均浓度（\(reported)微克/立方米）与监测数据（\(monitored)微克/立方米）不一致，已按监测数据核定",
                    "\(d.area.name)'s reported annual mean (\(reported) μg/m³) disagreed with the monitoring data (\(monitored) μg/m³); the monitored value was used"))
            }
        }
        for f in s.findings where f.finding.removedAt == nil {
            let name = f.area?.name ?? f.finding.areaCode
            data.append(lang.pick("\(name)存在篡改、伪造监测数据行为（\(f.finding.reference)）", "\(name): monitoring data tampered with or forged (\(f.finding.reference))"))
        }
        blocks.append(subheading(3, "监测数据质量", "Monitoring data"))
        blocks.append(.paragraph(
            data.isEmpty
                ? lang.pick("未发现自报数据与监测数据不一致或篡改、伪造监测数据的情况。", "No disagreement with the monitoring data and no falsification was found.")
                : data.joined(separator: lang.pick("；", "; ")) + lang.pick("。", ".")))
        return blocks
    }

    /// 四、处理意见: the summons and the approval restriction (限批) of each failing unit, with dates (R-19–R-21).
    func measures() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [heading(4, "处理意见", "Measures")]
        let listed = s.failing
        if listed.isEmpty {
            blocks.append(.paragraph(lang.pick("本次考核无需约谈和实行环评限批的单位。", "No unit is summoned or placed under an approval restriction.")))
            return blocks
        }
        blocks.append(.paragraph(
            s.kind == .final
                ? lang.pick(
                    "对未通过终期考核的单位，暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批），加大问责力度，必要时约谈县（市、区）人民政府或园区管委会主要负责同志。民生项目与节能减排项目不在限批之列。具体如下：",
                    "For the units that failed the final assessment, environmental-impact approval of new projects adding air-pollutant emissions is suspended, accountability is strengthened, and where necessary the principal leaders are summoned. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:")
                : lang.pick(
                    "对未通过年度考核的单位，约谈其相关责任人，并暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批）。民生项目与节能减排项目不在限批之列。具体如下：",
                    "For the units that failed the annual assessment, the responsible persons are summoned and environmental-impact approval of new projects adding air-pollutant emissions is suspended. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:")))
        for f in listed {
            let name = f.result.area.name
            guard let c = f.consequence else {
                blocks.append(.paragraph(lang.pick(
                    "\(name)：\(s.kind == .final ? "加大问责力度" : "约谈相关责任人")；自本通报印发之日起实行环评限批。",
                    "\(name): \(s.kind == .final ? "stronger accountability" : "summons of the responsible persons"); approval restriction from the day this notice is issued.")))
                continue
            }
            let freeze =
                c.freezeSince.map { lang.pick("自\(ChineseDate.long($0, lang))起实行环评限批", "approval restriction from \(ChineseDate.long($0, lang))") }
                ?? lang.pick("不实行环评限批", "no approval restriction")
            // "游仙区相关责任人（待约谈）" → "约谈相关责任人": the unit is named already and a planned summons needs no state.
            let summons =
                c.summons == dash
                ? lang.pick("不约谈", "no summons")
                : chineseDates(c.summons.replacingOccurrences(of: "（待约谈）", with: "").replacingOccurrences(of: name, with: lang.pick("约谈", "summons of ")))
            blocks.append(.paragraph(lang.pick("\(name)：\(summons)；\(freeze)。", "\(name): \(summons); \(freeze).")))
        }
        return blocks
    }

    /// ISO dates inside a summons state ("已约谈，2016-04-02") written the notice's way ("2016年4月2日").
    func chineseDates(_ text: String) -> String {
        guard lang == .zh else { return text }
        var out = text
        while let r = out.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression), let d = Day(iso: String(out[r])) {
            out.replaceSubrange(r, with: ChineseDate.long(d, lang))
        }
        return out
    }

    /// 五、工作要求: the settings' text, one paragraph per line.
    func requirements() -> [SummaryDocument.Block] {
        let paragraphs = s.settings.value(.workRequirements).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return [heading(5, "工作要求", "Requirements")] + paragraphs.map { .paragraph($0) }
    }

    func attachmentNote() -> [String] {
        [lang.pick("附件：1. \(attachmentTitles[0])", "Attachments: 1. \(attachmentTitles[0])")]
            + attachmentTitles.enumerated().dropFirst().map { i, t in lang.pick("　　　\(i + 1). \(t)", "             \(i + 1). \(t)") }
    }
}
