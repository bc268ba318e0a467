import Foundation
import KaoheCore

/// The results notice itself (通报): title, addressees and the body 一 to 五, in plain official wording.
///
/// Nothing technical goes here — no rule id, no hash, no run number, no timestamp, no raw value of an
/// enumeration: those are in the technical appendix (计算说明) that `Builder` makes.
struct NoticeBuilder {
    let s: Summary
    let lang: Language

    var listSep: String { lang.pick(NoticeText.listSeparator) }
    var dash: String { "—" }

    func heading(_ n: Int, _ title: Bilingual) -> SummaryDocument.Block { .heading(lang.pick(DocumentText.heading(n, title))) }

    func subheading(_ n: Int, _ title: Bilingual) -> SummaryDocument.Block { .subheading(lang.pick(DocumentText.subheading(n, title))) }

    func names(_ areas: [Area]) -> String { areas.map(\.name).joined(separator: listSep) }

    var attachmentTitles: [String] {
        [lang.pick(NoticeText.reportsAttachment(year: s.year)), lang.pick(NoticeText.projectsAttachment(year: s.year))]
            + (s.planPeriod.map { v in
                let years = v.first.map { lang.pick(NoticeText.planPeriodYears(baseYear: $0.baseYear, finalYear: $0.finalYear)) } ?? ""
                return [lang.pick(NoticeText.planPeriodAttachment(years: years))]
            } ?? [])
            + (s.departments.map { [SummaryDepartments.title($0.run.year, lang)] } ?? [])
            + [lang.pick(NoticeText.technicalAppendix)]
    }

    /// The number of the departments' attachment: after the area attachments, before the technical appendix (R-31).
    var departmentAttachmentNumber: Int { attachmentTitles.count - 1 }

    func documentNumber() -> String {
        s.publication?.documentNumber ?? s.settings.documentNumber(year: s.year + 1, number: "×")
    }

    func title() -> String {
        let city = s.settings.value(.city)
        let kind = lang.pick(s.kind == .final ? NoticeText.finalKind : NoticeText.annualKind)
        return lang.pick(NoticeText.title(city: city, year: s.year, kind: kind))
    }

    func addressees() -> String { s.settings.value(.mainRecipients) + lang.pick(NoticeText.addresseesColon) }

    func opening() -> [SummaryDocument.Block] {
        let issuer = s.settings.value(.issuer)
        var text = lang.pick(NoticeText.opening(issuer: issuer, year: s.year, final: s.kind == .final))
        if let r = s.replaces {
            text += lang.pick(NoticeText.correction(documentNumber: r.documentNumber, issuedOn: ChineseDate.long(r.publishedOn, lang)))
            // The succession the replaced notice relied on, withdrawn as a correction (D-143).
            if let w = r.withdrawnSuccessions { text += lang.pick(CorrectionText.withdrawnSentence(w)) }
        }
        return [.paragraph(text)]
    }

    /// 一、总体情况: how many units, how many per grade (with names), the mean concentration and its change.
    func overview() -> [SummaryDocument.Block] {
        let total = s.units.count
        var counts = s.gradeCounts.filter { $0.grade != nil }.map { c in lang.pick(NoticeText.gradeCount(Labels.grade(c.grade, lang), count: c.units.count)) }
        if let ungraded = s.gradeCounts.first(where: { $0.grade == nil }) {
            counts.append(lang.pick(NoticeText.notGradedCount(ungraded.units.count)))
        }
        var text = lang.pick(NoticeText.assessedUnits(total, counts: counts))
        let named = s.gradeCounts.filter { !$0.units.isEmpty }.map { c in
            lang.pick(NoticeText.gradeNames(Labels.grade(c.grade, lang), names: names(c.units)))
        }
        text += lang.pick(NoticeText.namesLead) + named.joined(separator: lang.pick(NoticeText.clauseSeparator)) + lang.pick(NoticeText.fullStop)
        var blocks: [SummaryDocument.Block] = [heading(1, NoticeText.overviewHeading), .paragraph(text)]
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
            let name = lang.pick(p == .pm10 ? NoticeText.pm10 : NoticeText.pm25)
            let direction: String
            if change > 0 {
                direction = lang.pick(NoticeText.lower(changeText))
            } else if change < 0 {
                direction = lang.pick(NoticeText.higher(changeText))
            } else {
                direction = lang.pick(NoticeText.unchanged)
            }
            parts.append(lang.pick(NoticeText.meanOfUnits(pairs.count, pollutant: name, current: curText, previous: prevText, direction: direction)))
        }
        guard !parts.isEmpty else { return nil }
        return lang.pick(NoticeText.means(parts))
    }

    /// 二、考核结果: the ranking of R-18a in plain columns.
    func results() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [
            heading(2, NoticeText.resultsHeading),
            .paragraph(lang.pick(NoticeText.resultsIntro)),
        ]
        let headers = lang.pick(NoticeText.resultHeaders)
        var n = 0
        for block in Summary.RankBlock.allCases {
            let rows = s.ranking.filter { $0.block == block }
            if rows.isEmpty && block == .notGraded { continue }
            n += 1
            blocks.append(subheading(n, NoticeText.rankBlock(block)))
            if rows.isEmpty {
                blocks.append(.paragraph(lang.pick(DocumentText.none)))
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
            blocks.append(subheading(n, NoticeText.departmentsSubheading))
            // Names only (no department code): the notice's body carries no Latin letters but PM (D-57).
            let failing = d.run.failing.map { a in
                a.department.name + (a.reportStatus == .missing ? lang.pick(NoticeText.noSelfReport) : "")
            }
            blocks.append(.paragraph(lang.pick(NoticeText.departments(attachment: departmentAttachmentNumber, failing: failing))))
        }
        return blocks
    }

    /// Why a unit failed, in official wording (R-15 to R-18): the grading reason, never a rule id.
    func failReasons(_ r: UnitAssessment) -> [String] {
        var reasons: [String] = []
        for flag in r.flags {
            if let reason = NoticeProblemsText.failReason(flag) { reasons.append(lang.pick(reason)) }
        }
        if r.flags.contains(.risingConcentration) { reasons.append(lang.pick(NoticeProblemsText.rose)) }
        if reasons.isEmpty || r.flags.contains(.risingConcentration), !r.flags.contains(where: Self.isGradingReason), let score = r.resultScore {
            let written = GBRounding.fixed(score, places: s.rounding.score)
            let mark = s.passMark.map { GBRounding.fixed($0, places: 0) } ?? "60"
            reasons.append(lang.pick(NoticeProblemsText.scoreBelow(mark: mark, score: written)))
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
        return text.hasPrefix("-") ? lang.pick(NoticeText.rose(text.dropFirst())) : text + "%"
    }

    /// 三、存在问题: failing units and why; late, missing or incomplete reports; data that did not agree.
    func problems() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [heading(3, NoticeProblemsText.problemsHeading)]
        let failed = s.failing.filter(\.failed)
        blocks.append(subheading(1, NoticeProblemsText.failedSubheading))
        if failed.isEmpty {
            blocks.append(.paragraph(lang.pick(NoticeProblemsText.noUnitFailed)))
        } else {
            for f in failed {
                blocks.append(.paragraph(lang.pick(NoticeProblemsText.failed(f.result.area.name, reasons: failReasons(f.result)))))
            }
        }
        var reports: [String] = []
        for sub in s.submissions {
            let name = sub.area.name
            switch sub.status.submission {
            case .late(_, let days): reports.append(lang.pick(NoticeProblemsText.lateReport(name, days: days)))
            case .missing: reports.append(lang.pick(NoticeProblemsText.missingReport(name)))
            case .undated: reports.append(lang.pick(NoticeProblemsText.undatedReport(name)))
            case .onTime: break
            }
            if !sub.status.isMissing, !sub.status.missingParts.isEmpty {
                reports.append(lang.pick(NoticeProblemsText.incompleteReport(name, missing: sub.status.missingParts)))
            }
        }
        blocks.append(subheading(2, NoticeProblemsText.reportsSubheading))
        blocks.append(.paragraph(
            reports.isEmpty
                ? lang.pick(NoticeProblemsText.allOnTime)
                : reports.joined(separator: lang.pick(NoticeText.clauseSeparator)) + lang.pick(NoticeText.fullStop)))
        var data: [String] = []
        for d in s.discrepancies {
            if case .discrepancy(let reported, let monitored) = d.flag {
                data.append(lang.pick(NoticeProblemsText.discrepancy(d.area.name, reported: reported, monitored: monitored)))
            }
        }
        for f in s.findings where f.finding.removedAt == nil {
            let name = f.area?.name ?? f.finding.areaCode
            data.append(lang.pick(NoticeProblemsText.falsified(name, reference: f.finding.reference)))
        }
        blocks.append(subheading(3, NoticeProblemsText.dataSubheading))
        blocks.append(.paragraph(
            data.isEmpty
                ? lang.pick(NoticeProblemsText.dataClean)
                : data.joined(separator: lang.pick(NoticeText.clauseSeparator)) + lang.pick(NoticeText.fullStop)))
        return blocks
    }

    /// 四、处理意见: the summons and the approval restriction (限批) of each failing unit, with dates (R-19–R-21).
    func measures() -> [SummaryDocument.Block] {
        var blocks: [SummaryDocument.Block] = [heading(4, NoticeProblemsText.measuresHeading)]
        let listed = s.failing
        if listed.isEmpty {
            blocks.append(.paragraph(lang.pick(NoticeProblemsText.noMeasures)))
            return blocks
        }
        blocks.append(.paragraph(lang.pick(s.kind == .final ? NoticeProblemsText.finalMeasures : NoticeProblemsText.annualMeasures)))
        for f in listed {
            let name = f.result.area.name
            guard let c = f.consequence else {
                blocks.append(.paragraph(lang.pick(NoticeProblemsText.unrecordedMeasures(name, final: s.kind == .final))))
                continue
            }
            let freeze =
                c.freezeSince.map { lang.pick(NoticeProblemsText.restrictedFrom(ChineseDate.long($0, lang))) }
                ?? lang.pick(NoticeProblemsText.notRestricted)
            // "游仙区相关责任人（待约谈）" → "约谈相关责任人": the unit is named already and a planned summons needs no state.
            let summons =
                c.summons == dash
                ? lang.pick(NoticeProblemsText.notSummoned)
                : chineseDates(
                    c.summons.replacingOccurrences(of: NoticeProblemsText.plannedMark, with: "").replacingOccurrences(of: name, with: lang.pick(NoticeProblemsText.summonsOf)))
            blocks.append(.paragraph(lang.pick(NoticeProblemsText.measures(name, summons: summons, freeze: freeze))))
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
        return [heading(5, NoticeProblemsText.requirementsHeading)] + paragraphs.map { .paragraph($0) }
    }

    func attachmentNote() -> [String] {
        attachmentTitles.enumerated().map { i, t in lang.pick(NoticeText.attachmentLine(i + 1, t)) }
    }
}
