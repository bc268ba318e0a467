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
    public static let draftMark = DocumentText.draftMark

    /// Whether the units' explanations are left out of the last attachment's blocks, for the renderer to write
    /// after them one unit at a time (`explanations(_:lang:steps:_:)`, D-171).
    public var explanationsLater = false

    /// The summary's parts in `lang`; with `explanationsLater` the units' explanations are not among them.
    public init(_ s: Summary, lang: Language, explanationsLater: Bool = false) {
        self.explanationsLater = explanationsLater
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
            + [(b.record() + b.grades() + b.ranking() + b.failing() + b.discrepancies() + b.ruleNotes() + (explanationsLater ? [] : b.explanations()), true)]
        attachments = zip(n.attachmentTitles, contents).enumerated().map { i, a in
            Attachment(label: lang.pick(NoticeText.attachmentLabel(i + 1)), title: a.0, blocks: a.1.blocks, landscape: a.1.landscape)
        }
        attachmentNote = n.attachmentNote()
        closing = DocumentClosing(settings: s.settings, date: s.publication?.date, lang: lang)
        afterword = b.subsequent() + (s.trend?.blocks(lang) ?? [])
    }

    /// The units' explanations, the end of the technical appendix (the last attachment): the heading, then per
    /// unit in code order its title, steps and conclusion, each block handed to `block` as it is made.
    ///
    /// `steps` gives a unit's explanation steps by code when the summary's units were read without them; nil
    /// uses the units' own. Only one unit's blocks are held at a time (issue 14, D-171).
    public static func explanations(
        _ s: Summary, lang: Language, steps: ((String) -> [ExplanationStep])?, _ block: (Block) -> Void
    ) {
        block(.heading(lang.pick(DocumentText.heading(7, AppendixText.explanationsHeading))))
        for (k, unit) in s.units.enumerated() {
            var r = unit
            if let steps { r.steps = steps(r.area.code) }
            // The submissions are made in the units' order; `missingParts(_:)` (a search) only if not.
            let submission = k < s.submissions.count && s.submissions[k].area.code == r.area.code ? s.submissions[k].status : nil
            let parts = s.explanationParts(r, missing: submission?.missingParts ?? s.missingParts(r.area.code), lang: lang)
            block(.subheading(parts.title))
            block(.steps(parts.steps))
            block(.paragraph(parts.conclusion))
        }
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

private struct Builder {
    let s: Summary
    let lang: Language
    var dash: String { "—" }
    var sep: String { lang.pick(DocumentText.clauseSeparator) }
    var none: String { lang.pick(DocumentText.none) }

    func heading(_ n: Int, _ title: Bilingual) -> SummaryDocument.Block { .heading(lang.pick(DocumentText.heading(n, title))) }

    func table(_ headers: [String], _ alignments: [TextTable.Alignment], _ rows: [[String]]) -> SummaryDocument.Block {
        .table(SummaryDocument.Table(headers: headers, alignments: alignments, rows: rows))
    }

    func flags(_ f: [AssessmentFlag]) -> String { f.map { Labels.flag($0, lang) }.joined(separator: sep) }

    /// The run behind the notice: year, kind, run and revision, rule set with its hash, publication.
    func record() -> [SummaryDocument.Block] {
        let status: String
        if let p = s.publication {
            status = lang.pick(AppendixText.published(documentNumber: p.documentNumber, date: p.date))
        } else {
            status = lang.pick(AppendixText.notPublished)
        }
        var replaces: [SummaryDocument.Field] = []
        if let r = s.replaces {
            replaces.append(.init(
                label: lang.pick(AppendixText.correctionLabel),
                value: lang.pick(AppendixText.replaces(
                    documentNumber: r.documentNumber, publishedOn: r.publishedOn, revision: r.revision, runID: r.runID, withdrawn: r.withdrawnSuccessions))))
        }
        return [
            heading(1, AppendixText.runHeading),
            .fields([
                .init(label: lang.pick(AppendixText.yearLabel), value: lang.pick(AppendixText.year(s.year))),
                .init(label: lang.pick(AppendixText.kindLabel), value: Labels.kind(s.kind, lang)),
                .init(label: lang.pick(AppendixText.runLabel), value: lang.pick(AppendixText.run(s.runID, revision: s.revision))),
                .init(label: lang.pick(AppendixText.ruleSetLabel), value: lang.pick(AppendixText.ruleSet(s.ruleSetName, hash: s.ruleSetHash))),
                .init(label: lang.pick(AppendixText.statusLabel), value: status),
            ] + replaces),
        ]
    }

    func grades() -> [SummaryDocument.Block] {
        let rows = s.gradeCounts.map { c in
            [Labels.grade(c.grade, lang), String(c.units.count), c.units.map(\.name).joined(separator: lang.pick(DocumentText.listSeparator))]
        }
        let total = [lang.pick(DocumentText.total), String(s.units.count), ""]
        let bars = s.gradeCounts.map {
            SummaryDocument.GradeBar(label: Labels.grade($0.grade, lang), key: $0.grade?.english ?? "ungraded", count: $0.units.count)
        }
        return [
            heading(2, AppendixText.gradesHeading),
            table(lang.pick(AppendixText.gradeHeaders), [.left, .right, .left], rows + [total]),
            .chart(.grades(title: lang.pick(AppendixText.gradeChart), bars: bars)),
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
        let headers = lang.pick(AppendixText.rankingHeaders)
        let alignments: [TextTable.Alignment] = [.right, .left, .left, .right, .right, .right, .right, .right, .right, .left, .right, .right, .right, .left, .left]
        // R-18a: passing units, then the failing ones in their own block, then the units not graded.
        var blocks: [SummaryDocument.Block] = [heading(3, AppendixText.rankingHeading)]
        for block in Summary.RankBlock.allCases {
            let rows = s.ranking.filter { $0.block == block }
            if rows.isEmpty && block == .notGraded { continue }
            blocks.append(.subheading(Labels.rankBlock(block, lang)))
            blocks.append(rows.isEmpty ? .paragraph(none) : table(headers, alignments, rows.map(cells)))
        }
        var notes = [lang.pick(AppendixText.rankingOrder), lang.pick(AppendixText.reachedNote)]
        if let baseYear = s.ranking.lazy.compactMap(\.result.previousIsBase?.baseYear).first {
            notes.append(lang.pick(AppendixText.firstYearNote(year: s.year, baseYear: baseYear)))
        }
        notes += s.keyTaskRoles.map { lang.pick(AppendixText.keyTaskNote($0)) }
        notes.append(lang.pick(AppendixText.gradeUseNote))
        let bars = s.ranking.map { row in
            let c = AssessmentText.cells(row.result, input: row.input, rules: s.rounding)
            return SummaryDocument.DeclineBar(
                label: row.result.area.name, required: row.result.requiredDeclinePercent, actual: row.result.actualDeclinePercent,
                requiredText: c.requiredDecline, actualText: c.actualDecline)
        }
        return blocks + notes.map { .paragraph($0) } + [
            .chart(.declines(
                title: lang.pick(AppendixText.declineChart),
                requiredLabel: lang.pick(AppendixText.requiredSeries), actualLabel: lang.pick(AppendixText.actualSeries), bars: bars))
        ]
    }

    func failing() -> [SummaryDocument.Block] {
        let rule = lang.pick(s.kind == .final ? AppendixText.finalRule : AppendixText.annualRule)
        var blocks: [SummaryDocument.Block] = [heading(4, AppendixText.failingHeading), .paragraph(rule)]
        if s.failing.isEmpty {
            blocks.append(.paragraph(lang.pick(AppendixText.noFailing)))
            return blocks
        }
        let notRecorded = lang.pick(AppendixText.notRecorded)
        let belowPass = lang.pick(AppendixText.belowPass)
        let rows = s.failing.map { f -> [String] in
            let r = f.result
            let result = r.resultScore.map { GBRounding.fixed($0, places: s.rounding.score) } ?? dash
            return [
                r.area.code, r.area.name, Labels.grade(r.grade, lang), result, r.flags.isEmpty ? (f.failed ? belowPass : dash) : flags(r.flags),
                f.consequence?.summons ?? notRecorded, f.consequence.map { $0.freezeSince?.description ?? lang.pick(AppendixText.noFreeze) } ?? notRecorded,
            ]
        }
        blocks.append(table(
            lang.pick(AppendixText.failingHeaders),
            [.left, .left, .left, .right, .left, .left, .left], rows))
        if !s.failing.contains(where: { $0.consequence != nil }) {
            blocks.append(.paragraph(lang.pick(AppendixText.noConsequences)))
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
                lang.pick(AppendixText.submissionHeaders), [.left, .left, .left, .left, .left, .left], rows),
            .paragraph(Labels.submissionCounts(s.submissions.map(\.status), year: s.year, lang)
                + lang.pick(AppendixText.reportsDue)),
        ]
    }

    func projects() -> [SummaryDocument.Block] {
        let statusHeaders = ProjectStatus.allCases.map { lang.pick($0.rawValue, $0.english) }
        var rows = s.projects.map { p in
            [p.area.code, p.area.name, String(p.total)] + p.counts.map(String.init) + [Summary.money(p.planned), Summary.money(p.completed)]
        }
        let counts = ProjectStatus.allCases.indices.map { i in s.projects.map { $0.counts[i] }.reduce(0, +) }
        rows.append(
            ["", lang.pick(DocumentText.total), String(counts.reduce(0, +))] + counts.map(String.init)
                + [Summary.money(s.projects.map(\.planned).reduce(0, +)), Summary.money(s.projects.map(\.completed).reduce(0, +))])
        var blocks: [SummaryDocument.Block] = [
            .subheading(lang.pick(AppendixText.projectsHeading)),
            table(
                lang.pick(AppendixText.projectHeaders) + statusHeaders + lang.pick(AppendixText.investmentHeaders),
                [.left, .left, .right] + statusHeaders.map { _ in .right } + [.right, .right], rows),
            .subheading(lang.pick(AppendixText.fundingHeading)),
        ]
        if s.funding.isEmpty {
            blocks.append(.paragraph(none))
            return blocks
        }
        let fundingRows = s.funding.map { [lang.pick($0.source.rawValue, $0.source.english), Summary.money($0.planned), Summary.money($0.actual)] }
        let total = [
            lang.pick(DocumentText.total), Summary.money(s.funding.map(\.planned).reduce(0, +)), Summary.money(s.funding.map(\.actual).reduce(0, +)),
        ]
        blocks.append(table(
            lang.pick(AppendixText.fundingHeaders), [.left, .right, .right],
            fundingRows + [total]))
        return blocks
    }

    func discrepancies() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(5, AppendixText.discrepanciesHeading),
            .subheading(lang.pick(AppendixText.discrepanciesSubheading)),
        ]
        if s.discrepancies.isEmpty {
            blocks.append(.paragraph(none))
        } else {
            blocks.append(table(
                lang.pick(AppendixText.discrepancyHeaders), [.left, .left, .left],
                s.discrepancies.map { [$0.area.code, $0.area.name, Labels.flag($0.flag, lang)] }))
        }
        blocks.append(.subheading(lang.pick(AppendixText.findingsSubheading)))
        if s.findings.isEmpty {
            blocks.append(.paragraph(none))
        } else {
            blocks.append(table(
                lang.pick(AppendixText.findingHeaders),
                [.left, .left, .left, .left, .left],
                s.findings.map { f in
                    let state =
                        f.finding.removedAt.map { at in
                            lang.pick(AppendixText.findingRemoved(reference: f.finding.removalReference ?? "", at: at))
                        } ?? lang.pick(AppendixText.findingInForce)
                    return [f.finding.areaCode, f.area?.name ?? dash, f.finding.reference, f.finding.recordedAt, state]
                }))
        }
        return blocks
    }

    func ruleNotes() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(6, AppendixText.rulesHeading),
            .paragraph(lang.pick(AppendixText.computedUnder(s.ruleSetName, hash: String(s.ruleSetHash.prefix(12))))),
        ]
        if s.defaultSettings.isEmpty {
            blocks.append(.paragraph(lang.pick(AppendixText.noDefaultRules)))
        } else {
            blocks.append(.paragraph(lang.pick(AppendixText.defaultRules)))
            blocks.append(.list(s.defaultSettings.map { Labels.setting($0, lang) }))
        }
        // The document settings (issuer, addressees …) not set with kaohe settings are this tool's defaults too.
        let defaults = DocumentSettings.Field.allCases.filter(s.settings.isDefault)
        if defaults.isEmpty {
            blocks.append(.paragraph(lang.pick(AppendixText.settingsAllSet)))
        } else {
            blocks.append(.paragraph(lang.pick(AppendixText.defaultSettings)))
            blocks.append(.list(defaults.map { f in
                let l = DocumentSettings.label(f)
                return lang.pick(AppendixText.setting(Bilingual(l.zh, l.en), value: s.settings.value(f).replacingOccurrences(of: "\n", with: " ")))
            }))
        }
        return blocks
    }

    /// The dated section after the issued text (R-22b); empty when the summary leaves it out.
    func subsequent() -> [SummaryDocument.Block] {
        guard let sub = s.subsequent else { return [] }
        var blocks: [SummaryDocument.Block] = [
            .heading(lang.pick(AppendixText.subsequentHeading(asOf: sub.asOf))),
            .paragraph(lang.pick(AppendixText.subsequentNote)),
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
        let note = lang.pick(AppendixText.planPeriodNote(baseYear: first.baseYear, finalYear: first.finalYear))
        return [.paragraph(note), PlanPeriodHistory.chart(views, lang: lang, rounding: s.rounding)]
            + views.flatMap { $0.blocks(lang, rounding: s.rounding) }
    }

    func explanations() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = []
        SummaryDocument.explanations(s, lang: lang, steps: nil) { blocks.append($0) }
        return blocks
    }
}
