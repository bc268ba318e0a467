import Foundation
import KaoheCore

/// The summary laid out in one language as an official results notice (通报, GB/T 9704-2012): header, title,
/// addressees, body, attachment note, signature and date, foot (版记), then the attachments — the last of
/// which, the technical appendix (计算说明), holds everything technical — and, apart from the notice, the
/// dated section of later events (R-22b).
///
/// Text, Markdown, HTML and Word render the same parts, so the documents say the same thing; each only
/// decides how a heading, a table or a chart looks (text and Markdown leave charts out).
public struct SummaryDocument: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        /// A first-level heading of the body, "一、总体情况" (黑体).
        case heading(String)
        /// A second-level heading, "（一）通过考核的单位" (楷体).
        case subheading(String)
        case paragraph(String)
        /// Label–value lines (the appendix's record of the run).
        case fields([Field])
        case table(Table)
        case list([String])
        /// A numbered list: the steps of an explanation.
        case steps([String])
        case chart(Chart)
    }

    public struct Field: Sendable, Hashable {
        public var label: String
        public var value: String
    }

    public struct Table: Sendable, Hashable {
        public var headers: [String]
        public var alignments: [TextTable.Alignment]
        public var rows: [[String]]
    }

    public enum Chart: Sendable, Hashable {
        /// Required and actual decline per unit, percent.
        case declines(title: String, requiredLabel: String, actualLabel: String, bars: [DeclineBar])
        /// Units per grade.
        case grades(title: String, bars: [GradeBar])
        /// Small multiples, one panel per unit: the annual mean by year over the plan period with the final
        /// target's concentration as a line (issue 22).
        case planPeriod(title: String, targetLabel: String, panels: [PlanPeriodPanel])
        /// Per unit its monthly means and the Theil-Sen line (the plan-period trend, issue 15).
        case trends(title: String, panels: [TrendPanel])
    }

    /// One unit's small chart of the plan period: its annual mean per year and its final target, μg/m³.
    public struct PlanPeriodPanel: Sendable, Hashable {
        public var label: String
        public var points: [PlanPeriodPoint]
        /// The concentration the final target requires, μg/m³; nil when there is none to draw.
        public var target: Decimal?
        public var targetText: String?
    }

    public struct PlanPeriodPoint: Sendable, Hashable {
        public var year: Int
        /// μg/m³ (the assessment base for the base year); nil when the year has no published value.
        public var value: Decimal?
        public var text: String?
        public var isBase: Bool
    }

    public struct DeclineBar: Sendable, Hashable {
        public var label: String
        /// Percent, rounded to the rule set's places; nil when there is none.
        public var required: Decimal?
        public var actual: Decimal?
        /// The same written to the rule set's places, "4.0".
        public var requiredText: String?
        public var actualText: String?
    }

    public struct GradeBar: Sendable, Hashable {
        public var label: String
        /// CSS-safe class name: excellent, good, pass, fail, ungraded.
        public var key: String
        public var count: Int
    }

    /// One attachment (附件) after the notice: its label ("附件1"), its title and its content.
    public struct Attachment: Sendable, Hashable {
        public var label: String
        public var title: String
        public var blocks: [Block]
        /// Wide tables: printed on landscape pages.
        public var landscape: Bool
    }

    public var lang: Language
    /// 发文字号, e.g. 绵环发〔2016〕12号; a draft shows the settings' pattern with × for the number.
    public var documentNumber: String
    public var title: String
    /// 主送机关, ending in "：".
    public var addressees: String
    /// The notice's text: opening, 一、总体情况 … 五、工作要求. Nothing technical (no rule id, no hash).
    public var body: [Block]
    /// "附件：" and one line per attachment.
    public var attachmentNote: [String]
    /// 发文机关署名, the date written "2016年3月15日" (a draft: not yet dated) and the foot (版记), shared with the
    /// monthly notice.
    public var closing: DocumentClosing
    public var signature: String { closing.signature }
    public var date: String { closing.date }
    /// 版记: "抄送：……。" and the 印发机关 with the 印发日期.
    public var copies: String { closing.copies }
    public var printedBy: String { closing.printedBy }
    public var printedOn: String { closing.printedOn }
    public var attachments: [Attachment]
    /// 后续处理情况（截至 D） and the plan-period trend (D-91): not part of the notice (R-22b); empty when left out.
    public var afterword: [Block]
    /// "草稿 / DRAFT" when the run is not published, in both languages whatever `lang` is.
    public var watermark: String?

    /// The draft watermark, bilingual so that a copy handed on is recognisable in any language.
    public static let draftMark = "草稿 / DRAFT"

    /// The summary's parts in `lang`.
    public init(_ s: Summary, lang: Language) {
        self.lang = lang
        let b = Builder(s: s, lang: lang)
        let n = NoticeBuilder(s: s, lang: lang)
        watermark = s.isDraft ? Self.draftMark : nil
        documentNumber = n.documentNumber()
        title = n.title()
        addressees = n.addressees()
        body = n.opening() + n.overview() + n.results() + n.problems() + n.measures() + n.requirements()
        // The plan-period view of a final assessment (issue 22) and the departments' results (R-31, after the area
        // attachments, never ranked with them) come before the technical appendix, which stays last.
        let contents: [(blocks: [Block], landscape: Bool)] =
            [(b.submissions(), true), (b.projects(), true)] + (s.planPeriod.map { [(b.planPeriod($0), true)] } ?? [])
            + (s.departments.map { [(SummaryDepartments.blocks($0, lang), false)] } ?? [])
            + [(b.record() + b.grades() + b.ranking() + b.failing() + b.discrepancies() + b.ruleNotes() + b.explanations(), true)]
        attachments = zip(n.attachmentTitles, contents).enumerated().map { i, a in
            Attachment(label: lang.pick("附件\(i + 1)", "Attachment \(i + 1)"), title: a.0, blocks: a.1.blocks, landscape: a.1.landscape)
        }
        attachmentNote = n.attachmentNote()
        closing = DocumentClosing(settings: s.settings, date: s.publication?.date, lang: lang)
        afterword = b.subsequent() + (s.trend?.blocks(lang) ?? [])
    }

    /// Every text of the notice itself (title to foot), in order: what the body tests and the Word check read.
    public var noticeTexts: [String] {
        [documentNumber, title, addressees] + body.flatMap(\.texts) + attachmentNote + closing.texts
    }
}

extension SummaryDocument.Block {
    /// The block's words: heading, paragraph, cells and items (charts give their title and labels).
    public var texts: [String] {
        switch self {
        case .heading(let t), .subheading(let t), .paragraph(let t): [t]
        case .fields(let f): f.flatMap { [$0.label, $0.value] }
        case .table(let t): t.headers + t.rows.flatMap { $0 }
        case .list(let items), .steps(let items): items
        case .chart(.declines(let title, let r, let a, let bars)): [title, r, a] + bars.map(\.label)
        case .chart(.grades(let title, let bars)): [title] + bars.map(\.label)
        case .chart(.planPeriod(let title, let target, let panels)): [title, target] + panels.map(\.label)
        case .chart(.trends(let title, let panels)): [title] + panels.flatMap { [$0.label, $0.caption] }
        }
    }
}

/// Dates in running text: "2016年3月15日" in Chinese (GB/T 9704 7.3.5.3), "15 March 2016" in English.
public enum ChineseDate {
    public static func long(_ d: Day, _ lang: Language) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return lang.pick("\(d.year)年\(d.month)月\(d.day)日", "\(d.day) \(months[d.month - 1]) \(d.year)")
    }
}

private struct Builder {
    let s: Summary
    let lang: Language
    var dash: String { "—" }
    var sep: String { lang.pick("；", "; ") }
    var none: String { lang.pick("无。", "None.") }

    func heading(_ n: Int, _ zh: String, _ en: String) -> SummaryDocument.Block {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return .heading(lang.pick("\(numerals[n - 1])、\(zh)", "\(n). \(en)"))
    }

    func table(_ headers: [String], _ alignments: [TextTable.Alignment], _ rows: [[String]]) -> SummaryDocument.Block {
        .table(SummaryDocument.Table(headers: headers, alignments: alignments, rows: rows))
    }

    func flags(_ f: [AssessmentFlag]) -> String { f.map { Labels.flag($0, lang) }.joined(separator: sep) }

    /// The run behind the notice: year, kind, run and revision, rule set with its hash, publication.
    func record() -> [SummaryDocument.Block] {
        let status: String
        if let p = s.publication {
            status = lang.pick("已发布：\(p.documentNumber)，\(p.date)", "published as \(p.documentNumber) on \(p.date)")
        } else {
            status = lang.pick("未发布（草稿 / DRAFT），不得作为考核结果引用", "not published (草稿 / DRAFT); not to be cited as the assessment result")
        }
        var replaces: [SummaryDocument.Field] = []
        if let r = s.replaces {
            replaces.append(.init(
                label: lang.pick("更正", "Correction"),
                value: lang.pick(
                    "本通报替代 \(r.documentNumber)（\(r.publishedOn) 发布，第\(r.revision)版，运行 #\(r.runID)）（R-22c）",
                    "this notice replaces \(r.documentNumber) (published \(r.publishedOn), revision \(r.revision), run #\(r.runID)) (R-22c)")))
        }
        return [
            heading(1, "考核运行", "The assessment run"),
            .fields([
                .init(label: lang.pick("考核年度", "Year"), value: lang.pick("\(s.year)年", "\(s.year)")),
                .init(label: lang.pick("考核类别", "Kind"), value: Labels.kind(s.kind, lang)),
                .init(label: lang.pick("考核运行", "Run"), value: lang.pick("#\(s.runID)（第\(s.revision)版）", "#\(s.runID) (revision \(s.revision))")),
                .init(label: lang.pick("规则集", "Rule set"), value: lang.pick("\(s.ruleSetName)（sha256:\(s.ruleSetHash)）", "\(s.ruleSetName) (sha256:\(s.ruleSetHash))")),
                .init(label: lang.pick("发布情况", "Status"), value: status),
            ] + replaces),
        ]
    }

    func grades() -> [SummaryDocument.Block] {
        let rows = s.gradeCounts.map { c in
            [Labels.grade(c.grade, lang), String(c.units.count), c.units.map(\.name).joined(separator: lang.pick("、", ", "))]
        }
        let total = [lang.pick("合计", "Total"), String(s.units.count), ""]
        let bars = s.gradeCounts.map {
            SummaryDocument.GradeBar(label: Labels.grade($0.grade, lang), key: $0.grade?.english ?? "ungraded", count: $0.units.count)
        }
        return [
            heading(2, "考核等级统计", "Grades"),
            table([lang.pick("等级", "grade"), lang.pick("单位数", "units"), lang.pick("单位", "which")], [.left, .right, .left], rows + [total]),
            .chart(.grades(title: lang.pick("等级分布（单位数）", "Grade distribution (units)"), bars: bars)),
        ]
    }

    func ranking() -> [SummaryDocument.Block] {
        func cells(_ row: Summary.Row) -> [String] {
            let r = row.result
            let c = AssessmentText.cells(r, input: row.input, rules: s.rounding)
            let keyTasks = c.keyTasks.map { $0 + (r.keyTaskRole == .counted ? "" : "*") }
            return [
                row.rank.map(String.init) ?? dash, r.area.code, r.area.name, c.base ?? dash, AssessmentText.previousMarked(c, lang) ?? dash, c.current ?? dash,
                c.requiredReduction ?? dash, c.requiredDecline.map { $0 + "%" } ?? dash, c.actualDecline.map { $0 + "%" } ?? dash,
                Labels.reached(r.targetReached, lang), c.quality ?? dash, keyTasks ?? dash, c.result ?? dash, Labels.grade(r.grade, lang),
                s.rowFlags(row, lang).joined(separator: sep),
            ]
        }
        let headers = [
            lang.pick("名次", "rank"), lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("基数", "base"),
            lang.pick("上年", "prev."), lang.pick("本年", "current"), lang.pick("要求消减", "req. reduction"),
            lang.pick("要求下降", "req. decline"), lang.pick("实际下降", "actual decline"), lang.pick("达到要求", "reached"),
            lang.pick("质量得分", "quality"), lang.pick("重点任务", "key tasks"), lang.pick("考核得分", "result"), lang.pick("等级", "grade"),
            lang.pick("标记", "flags"),
        ]
        let alignments: [TextTable.Alignment] = [.right, .left, .left, .right, .right, .right, .right, .right, .right, .left, .right, .right, .right, .left, .left]
        // R-18a: passing units, then the failing ones in their own block, then the units not graded.
        var blocks: [SummaryDocument.Block] = [heading(3, "考核结果排名（含计算数据）", "Ranking with the computed figures")]
        for block in Summary.RankBlock.allCases {
            let rows = s.ranking.filter { $0.block == block }
            if rows.isEmpty && block == .notGraded { continue }
            blocks.append(.subheading(Labels.rankBlock(block, lang)))
            blocks.append(rows.isEmpty ? .paragraph(none) : table(headers, alignments, rows.map(cells)))
        }
        var notes = [
            lang.pick(
                "通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。",
                "Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6)."),
            lang.pick(
                "达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。",
                "Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10)."),
        ]
        if let baseYear = s.ranking.lazy.compactMap(\.result.previousIsBase?.baseYear).first {
            notes.append(lang.pick(
                "\(s.year)年为首个考核年度，上一年即基准年\(baseYear)年：上年栏为考核基数，标“基准年”（R-9）。",
                "\(s.year) is the first assessed year, so its previous year is the base year \(baseYear): the previous-year column shows the assessment base, marked \"base year\" (R-9)."))
        }
        for role in s.keyTaskRoles {
            switch role {
            case .evaluative:
                notes.append(lang.pick("* 重点任务得分为评估性指标，不计入考核得分（R-14）。", "* The key-task score is an evaluative indicator and does not count in the result (R-14)."))
            case .notUsedInFinal:
                notes.append(lang.pick("* 终期考核只用空气质量指标，重点任务得分仅供参考（R-14）。", "* The final assessment uses the quality indicator only; the key-task score is for information (R-14)."))
            case .counted:
                notes.append(lang.pick("未加 * 的重点任务得分计入考核得分：取两项得分中较低者（双考核，R-14）。", "Key-task scores without * count: the result is the lower of the two scores (R-14)."))
            }
        }
        notes.append(lang.pick(
            "各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。",
            "Each unit's grade is for the comprehensive evaluation of its leadership (R-23)."))
        let bars = s.ranking.map { row in
            let c = AssessmentText.cells(row.result, input: row.input, rules: s.rounding)
            return SummaryDocument.DeclineBar(
                label: row.result.area.name, required: row.result.requiredDeclinePercent, actual: row.result.actualDeclinePercent,
                requiredText: c.requiredDecline, actualText: c.actualDecline)
        }
        return blocks + notes.map { .paragraph($0) } + [
            .chart(.declines(
                title: lang.pick("要求下降与实际下降（%）", "Required and actual decline (%)"),
                requiredLabel: lang.pick("要求下降", "required"), actualLabel: lang.pick("实际下降", "actual"), bars: bars))
        ]
    }

    func failing() -> [SummaryDocument.Block] {
        let rule =
            s.kind == .final
            ? lang.pick(
                "未通过终期考核的单位：暂停新增大气污染物排放建设项目的环评审批，加大问责力度，必要时约谈县（市、区）政府或园区管委会主要负责同志（R-21）。",
                "Units failing the final assessment: approval freeze for new projects adding air-pollutant emissions, stronger accountability, and where necessary a summons of the principal leaders (R-21).")
            : lang.pick(
                "未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。",
                "Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).")
        var blocks: [SummaryDocument.Block] = [heading(4, "未通过考核的单位及处理依据", "Failing units and the rules applied"), .paragraph(rule)]
        if s.failing.isEmpty {
            blocks.append(.paragraph(lang.pick("未通过考核的单位：无。", "Failing units: none.")))
            return blocks
        }
        let notRecorded = lang.pick("未记录", "not recorded")
        let belowPass = lang.pick("考核得分低于合格分数段（R-15）", "result below the passing band (R-15)")
        let rows = s.failing.map { f -> [String] in
            let r = f.result
            let result = r.resultScore.map { GBRounding.fixed($0, places: s.rounding.score) } ?? dash
            return [
                r.area.code, r.area.name, Labels.grade(r.grade, lang), result, r.flags.isEmpty ? (f.failed ? belowPass : dash) : flags(r.flags),
                f.consequence?.summons ?? notRecorded, f.consequence.map { $0.freezeSince?.description ?? lang.pick("无", "none") } ?? notRecorded,
            ]
        }
        blocks.append(table(
            [
                lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("等级", "grade"), lang.pick("考核得分", "result"),
                lang.pick("原因", "reasons"), lang.pick("约谈", "summons"), lang.pick("暂停环评审批起始日", "approval freeze since"),
            ],
            [.left, .left, .left, .right, .left, .left, .left], rows))
        if !s.failing.contains(where: { $0.consequence != nil }) {
            blocks.append(.paragraph(lang.pick("已记录的约谈与暂停审批：无。", "Recorded summons and approval freezes: none.")))
        }
        return blocks
    }

    func submissions() -> [SummaryDocument.Block] {
        let rows = s.submissions.map { sub -> [String] in
            let st = sub.status
            return [
                sub.area.code, sub.area.name, Labels.submission(st, lang), Labels.completeness(st, lang),
                Labels.filing(st, .rules, lang), Labels.filing(st, .plan, lang),
            ]
        }
        return [
            table(
                [
                    lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("报送情况", "submission"),
                    lang.pick("完整性", "completeness"), lang.pick("实施细则", "implementation rules"), lang.pick("年度实施计划", "annual plan"),
                ], [.left, .left, .left, .left, .left, .left], rows),
            .paragraph(Labels.submissionCounts(s.submissions.map(\.status), year: s.year, lang)
                + lang.pick("。自查报告应于考核年度12月31日前报送，并涵盖空气质量改善、重点工作任务、治理项目进展、资金投入四项内容。", ". Reports are due by 31 December of the assessed year and must cover air quality, key tasks, projects and funding.")),
        ]
    }

    func projects() -> [SummaryDocument.Block] {
        let statusHeaders = ProjectStatus.allCases.map { lang.pick($0.rawValue, $0.english) }
        var rows = s.projects.map { p in
            [p.area.code, p.area.name, String(p.total)] + p.counts.map(String.init) + [Summary.money(p.planned), Summary.money(p.completed)]
        }
        let counts = ProjectStatus.allCases.indices.map { i in s.projects.map { $0.counts[i] }.reduce(0, +) }
        rows.append(
            ["", lang.pick("合计", "Total"), String(counts.reduce(0, +))] + counts.map(String.init)
                + [Summary.money(s.projects.map(\.planned).reduce(0, +)), Summary.money(s.projects.map(\.completed).reduce(0, +))])
        var blocks: [SummaryDocument.Block] = [
            .subheading(lang.pick("（一）治理项目进展（按单位）", "(1) Projects by unit")),
            table(
                [lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("项目数", "projects")] + statusHeaders
                    + [lang.pick("计划投资（万元）", "planned (10k CNY)"), lang.pick("完成投资（万元）", "completed (10k CNY)")],
                [.left, .left, .right] + statusHeaders.map { _ in .right } + [.right, .right], rows),
            .subheading(lang.pick("（二）资金投入（按来源，万元）", "(2) Funding by source (10k CNY)")),
        ]
        if s.funding.isEmpty {
            blocks.append(.paragraph(none))
            return blocks
        }
        let fundingRows = s.funding.map { [lang.pick($0.source.rawValue, $0.source.english), Summary.money($0.planned), Summary.money($0.actual)] }
        let total = [
            lang.pick("合计", "Total"), Summary.money(s.funding.map(\.planned).reduce(0, +)), Summary.money(s.funding.map(\.actual).reduce(0, +)),
        ]
        blocks.append(table(
            [lang.pick("资金来源", "source"), lang.pick("计划", "planned"), lang.pick("实际到位", "received")], [.left, .right, .right],
            fundingRows + [total]))
        return blocks
    }

    func discrepancies() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(5, "数据差异与数据造假认定", "Discrepancies and falsification findings"),
            .subheading(lang.pick("自报数据与监测数据不一致（R-26）", "Self-reported vs monitored data (R-26)")),
        ]
        if s.discrepancies.isEmpty {
            blocks.append(.paragraph(none))
        } else {
            blocks.append(table(
                [lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("情况", "what")], [.left, .left, .left],
                s.discrepancies.map { [$0.area.code, $0.area.name, Labels.flag($0.flag, lang)] }))
        }
        blocks.append(.subheading(lang.pick("篡改、伪造监测数据的认定（R-17）", "Findings of falsified monitoring data (R-17)")))
        if s.findings.isEmpty {
            blocks.append(.paragraph(none))
        } else {
            blocks.append(table(
                [lang.pick("区域代码", "code"), lang.pick("区域名称", "unit"), lang.pick("认定依据", "reference"), lang.pick("记录时间", "recorded"), lang.pick("状态", "status")],
                [.left, .left, .left, .left, .left],
                s.findings.map { f in
                    let state =
                        f.finding.removedAt.map { at in
                            lang.pick("已撤销（\(f.finding.removalReference ?? "")，\(at)）", "removed (\(f.finding.removalReference ?? ""), \(at))")
                        } ?? lang.pick("有效", "in force")
                    return [f.finding.areaCode, f.area?.name ?? dash, f.finding.reference, f.finding.recordedAt, state]
                }))
        }
        return blocks
    }

    func ruleNotes() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(6, "规则说明", "Notes on the rules"),
            .paragraph(lang.pick(
                "本汇总按规则集 \(s.ruleSetName)（sha256:\(s.ruleSetHash.prefix(12))）计算，浓度、得分按 GB/T 8170 修约（R-11）。",
                "Computed under rule set \(s.ruleSetName) (sha256:\(s.ruleSetHash.prefix(12))); concentrations and scores are rounded per GB/T 8170 (R-11).")),
        ]
        if s.defaultSettings.isEmpty {
            blocks.append(.paragraph(lang.pick("规则集未将任何设置标为本工具默认规则。", "The rule set marks no setting as a default of this tool.")))
        } else {
            blocks.append(.paragraph(lang.pick(
                "以下设置为本工具默认规则，非官方规定，可在规则集中修改：", "These settings are defaults of this tool, not official rules, and can be changed in the rule set:")))
            blocks.append(.list(s.defaultSettings.map { Labels.setting($0, lang) }))
        }
        // The document settings (issuer, addressees …) not set with kaohe settings are this tool's defaults too.
        let defaults = DocumentSettings.Field.allCases.filter(s.settings.isDefault)
        if defaults.isEmpty {
            blocks.append(.paragraph(lang.pick("公文设置均已由使用单位设定（kaohe settings）。", "Every document setting was set by the user (kaohe settings).")))
        } else {
            blocks.append(.paragraph(lang.pick(
                "以下公文设置未经设定，采用本工具默认值，非官方规定（可用 kaohe settings set 修改）：",
                "These document settings were not set and take this tool's defaults, not official rules (change them with kaohe settings set):")))
            blocks.append(.list(defaults.map { f in
                let l = DocumentSettings.label(f)
                return lang.pick("\(l.zh)：\(s.settings.value(f).replacingOccurrences(of: "\n", with: " "))", "\(l.en): \(s.settings.value(f).replacingOccurrences(of: "\n", with: " "))")
            }))
        }
        return blocks
    }

    /// The dated section after the issued text (R-22b); empty when the summary leaves it out.
    func subsequent() -> [SummaryDocument.Block] {
        guard let sub = s.subsequent else { return [] }
        var blocks: [SummaryDocument.Block] = [
            .heading(lang.pick("后续处理情况（截至 \(sub.asOf)）", "Subsequent actions (as of \(sub.asOf))")),
            .paragraph(lang.pick(
                "以下为通报发布后记录的情况，不属于通报原文，也不改变上文（R-22b）。",
                "What was recorded after publication; not part of the notice as issued, and it does not change it (R-22b).")),
        ]
        if sub.events.isEmpty {
            blocks.append(.paragraph(none))
        } else {
            blocks.append(.list(sub.events.map { "\($0.when.prefix(10))  " + lang.pick($0.text.zh, $0.text.en) }))
        }
        return blocks
    }

    /// The plan-period attachment (issue 22): a note, the small multiples (HTML only) and each unit's tables.
    func planPeriod(_ views: [PlanPeriodHistory]) -> [SummaryDocument.Block] {
        guard let first = views.first else { return [.paragraph(none)] }
        let note = lang.pick(
            "下表列出各单位\(first.baseYear)年（基准年）至\(first.finalYear)年的年均浓度（微克/立方米），各年度考核得分、等级及发布文号，重点任务各项指标的自评与核定得分（自评/核定，未核定的为“—”），以及终期目标与终期考核结果。",
            "For each unit: the annual mean (μg/m³) of every year from \(first.baseYear) (base year) to \(first.finalYear), each year's result, grade and published document, the self and verified score of each key-task indicator (self/verified; \"—\" when not verified), and the final target against the final result.")
        return [.paragraph(note), PlanPeriodHistory.chart(views, lang: lang, rounding: s.rounding)]
            + views.flatMap { $0.blocks(lang, rounding: s.rounding) }
    }

    func explanations() -> [SummaryDocument.Block] {
        [heading(7, "各单位考核说明", "Explanations per unit")]
            + s.units.flatMap { r -> [SummaryDocument.Block] in
                let parts = s.explanationParts(r, lang: lang)
                return [.subheading(parts.title), .steps(parts.steps), .paragraph(parts.conclusion)]
            }
    }
}
