import Foundation
import KaoheCore

/// A JSON value whose objects keep their keys in the order written, so output is stable byte for byte.
enum JSON {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array whose `count` elements are made one at a time while it is written, so a long list (the
    /// units, issue 14) is never held whole as values; it writes as `.array` of the same elements does.
    case lazyArray(count: Int, element: (Int) -> JSON)

    static func str(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// Two-space indentation, one member per line, `"key": value`; empty arrays and objects as `[]`, `{}`.
    func render(indent: String = "") -> String {
        var text = ""
        render(indent: indent) { text += $0 }
        return text
    }

    /// The same text handed to `write` in pieces, in order (issue 14).
    func render(indent: String = "", into write: (String) -> Void) {
        let inner = indent + "  "
        switch self {
        case .null: write("null")
        case .bool(let b): write(b ? "true" : "false")
        case .int(let i): write(String(i))
        case .string(let s): write(Self.quote(s))
        case .array(let items):
            Self.renderArray(count: items.count, indent: indent, inner: inner, into: write) { items[$0] }
        case .lazyArray(let count, let element):
            Self.renderArray(count: count, indent: indent, inner: inner, into: write, element)
        case .object(let members):
            if members.isEmpty { return write("{}") }
            write("{\n")
            for (i, member) in members.enumerated() {
                write((i == 0 ? "" : ",\n") + inner + Self.quote(member.0) + ": ")
                member.1.render(indent: inner, into: write)
            }
            write("\n\(indent)}")
        }
    }

    private static func renderArray(count: Int, indent: String, inner: String, into write: (String) -> Void, _ element: (Int) -> JSON) {
        if count == 0 { return write("[]") }
        write("[\n")
        for i in 0..<count {
            write((i == 0 ? "" : ",\n") + inner)
            element(i).render(indent: inner, into: write)
        }
        write("\n\(indent)]")
    }

    /// RFC 8259 string: quote, backslash and control characters escaped; everything else as UTF-8.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}

extension SummaryRender {
    /// The summary as JSON with the field names documented in docs/summary-json.md. Decimal numbers are
    /// strings written to the rule set's places, so they stay exact; labels are in `lang`, codes are not.
    public static func json(_ s: Summary, lang: Language) -> String {
        var text = ""
        json(s, lang: lang) { text += $0 }
        return text
    }

    /// The same JSON handed to `write` piece by piece, each unit's object made only when it is written
    /// (issue 14); the pieces joined are exactly `json(_:lang:)`.
    ///
    /// With `steps`, each unit's explanation steps are read by code through `steps` when its object is made (the
    /// summary's units then carry none, D-171). The notice's title, number, signature and date are made alone,
    /// not with the whole laid-out document around them.
    public static func json(
        _ s: Summary, lang: Language, steps: ((String) -> [ExplanationStep])? = nil, into write: (String) -> Void
    ) {
        let notice = NoticeBuilder(s: s, lang: lang)
        let closing = DocumentClosing(settings: s.settings, date: s.publication?.date, lang: lang)
        let doc = (title: notice.title(), documentNumber: notice.documentNumber(), signature: closing.signature, date: closing.date)
        let submissions = Dictionary(s.submissions.map { ($0.area.code, $0.status) }) { a, _ in a }
        let failing = Dictionary(s.failing.map { ($0.result.area.code, $0) }) { a, _ in a }
        let projects = Dictionary(s.projects.map { ($0.area.code, $0) }) { a, _ in a }
        /// A unit's explanation steps in words, its own steps read through `steps` when given (D-171); the
        /// missing parts from the submissions by code (as `Summary.missingParts`, the first with the code).
        func explanation(_ r: UnitAssessment) -> [String] {
            var unit = r
            if let steps { unit.steps = steps(r.area.code) }
            return s.explanationParts(unit, missing: submissions[r.area.code]?.missingParts ?? [], lang: lang).steps
        }
        let units = JSON.lazyArray(count: s.ranking.count) { i in
            let row = s.ranking[i]
            let r = row.result
            let c = AssessmentText.cells(r, input: row.input, rules: s.rounding)
            let f = failing[r.area.code]
            return .object([
                ("rank", row.rank.map(JSON.int) ?? .null),
                ("block", .string(row.block.rawValue)),
                ("code", .string(r.area.code)),
                ("name", .string(r.area.name)),
                ("type", .string(r.area.type.rawValue)),
                ("base", .str(c.base)),
                ("previous", .str(c.previous)),
                ("previousIsBaseYear", c.previousBaseYear.map(JSON.int) ?? .null),
                ("current", .str(c.current)),
                ("requiredConcentration", .str(c.requiredConcentration)),
                ("requiredReduction", .str(c.requiredReduction)),
                ("requiredDeclinePercent", .str(c.requiredDecline)),
                ("actualDeclinePercent", .str(c.actualDecline)),
                ("targetReached", r.targetReached.map(JSON.bool) ?? .null),
                ("qualityScore", .str(c.quality)),
                ("keyTaskScore", .str(c.keyTasks)),
                ("keyTaskRole", .str(r.keyTaskRole?.rawValue)),
                ("resultScore", .str(c.result)),
                ("grade", .str(r.grade?.english)),
                ("gradeLabel", .string(Labels.grade(r.grade, lang))),
                ("failed", .bool(f?.failed ?? false)),
                ("flags", .array(r.flags.map(flag) + (row.missingParts.isEmpty ? [] : [incompleteFlag(row.missingParts)]))),
                ("report", submissions[r.area.code].map(report) ?? .null),
                ("projects", projects[r.area.code].map(projectProgress) ?? .null),
                ("consequence", f?.consequence.map { .object([("summons", .string($0.summons)), ("freezeSince", .str($0.freezeSince?.description))]) } ?? .null),
                ("explanation", .array(explanation(r).map(JSON.string))),
            ])
        }
        // Always present, null when absent (docs/summary-json.md): the notice this one replaces (R-22c), and
        // the dated section after the issued text (R-22b), null with --as-issued and for a draft.
        let extra: [(String, JSON)] = [
            ("replaces", s.replaces.map { r in
                // `withdrawnSuccessions` only when a succession was withdrawn as a correction (D-143), so notices
                // issued before re-print as they did (R-22b).
                .object([
                    ("runId", .int(Int(r.runID))), ("revision", .int(r.revision)), ("documentNumber", .string(r.documentNumber)),
                    ("date", .string(r.publishedOn.description)),
                ] + (r.withdrawnSuccessions.map { list in [("withdrawnSuccessions", JSON.array(list.map(Self.correctedSuccession)))] } ?? []))
            } ?? .null)
        ]
        let after: [(String, JSON)] = [
            // The plan-period view of the final assessment (issue 22); null for any other run.
            ("planPeriod", s.planPeriod.map { .object(PlanPeriodRender.member($0, lang: lang, rounding: s.rounding)) } ?? .null),
            ("trend", s.trend.map { $0.json() } ?? .null),
            ("subsequent", s.subsequent.map { sub in
                .object([
                    ("asOf", .string(sub.asOf.description)),
                    ("events", .array(sub.events.map {
                        .object([("when", .string($0.when)), ("code", .str($0.areaCode)), ("text", .string(lang.pick($0.text.zh, $0.text.en)))])
                    })),
                ])
            } ?? .null)
        ]
        let root: JSON = .object([
            ("format", .string("kaohe-summary")),
            ("formatVersion", .int(1)),
            ("lang", .string(lang.rawValue)),
            ("title", .string(doc.title)),
            ("year", .int(s.year)),
            ("kind", .string(s.kind.rawValue)),
            ("run", .object([("id", .int(Int(s.runID))), ("revision", .int(s.revision))])),
            ("ruleSet", .object([
                ("name", .string(s.ruleSetName)), ("sha256", .string(s.ruleSetHash)),
                ("defaultSettings", .array(s.defaultSettings.map { .string($0.rawValue) })),
            ])),
            ("status", .string(s.isDraft ? "draft" : "published")),
            ("publication", s.publication.map { .object([("documentNumber", .string($0.documentNumber)), ("date", .string($0.date.description))]) } ?? .null),
        ] + extra + [
            ("distribution", .object([("to", .string(s.settings.value(.mainRecipients))), ("copies", .string(s.settings.value(.copiesTo)))])),
            ("document", .object([
                ("documentNumber", .string(doc.documentNumber)), ("city", .string(s.settings.value(.city))),
                ("issuer", .string(s.settings.value(.issuer))), ("printedBy", .string(s.settings.value(.printedBy))),
                ("signature", .string(doc.signature)), ("date", .string(doc.date)),
                ("defaults", .array(DocumentSettings.Field.allCases.filter(s.settings.isDefault).map { .string($0.rawValue) })),
            ])),
            ("gradeCounts", .array(s.gradeCounts.map {
                .object([
                    ("grade", .str($0.grade?.english)), ("label", .string(Labels.grade($0.grade, lang))), ("count", .int($0.units.count)),
                    ("units", .array($0.units.map { .string($0.code) })),
                ])
            })),
            ("units", units),
            ("funding", .array(s.funding.map {
                .object([
                    ("source", .string(String(describing: $0.source))), ("label", .string(lang.pick($0.source.rawValue, $0.source.english))),
                    ("planned", .string(Summary.money($0.planned))), ("actual", .string(Summary.money($0.actual))),
                ])
            })),
            ("discrepancies", .array(s.discrepancies.map { .object([("code", .string($0.area.code)), ("flag", flag($0.flag))]) })),
            ("falsificationFindings", .array(s.findings.map {
                .object([
                    ("code", .string($0.finding.areaCode)), ("reference", .string($0.finding.reference)),
                    ("recordedAt", .string($0.finding.recordedAt)), ("removedAt", .str($0.finding.removedAt)),
                    ("removalReference", .str($0.finding.removalReference)),
                ])
            })),
        ] + SummaryDepartments.jsonMember(s.departments, lang) + after)
        root.render(into: write)
        write("\n")
    }

    /// A flag as its kind's code with its label in both languages, so new kinds need no mapping here.
    static func flag(_ f: AssessmentFlag) -> JSON {
        .object([("code", .string(Labels.flagCode(f))), ("zh", .string(Labels.flag(f, .zh))), ("en", .string(Labels.flag(f, .en)))])
    }

    /// The R-4 flag of an incomplete report, shaped like the assessment flags (code, zh, en) with the parts.
    static func incompleteFlag(_ missing: [ReportPart]) -> JSON {
        .object([
            ("code", .string("incompleteReport")), ("zh", .string(Labels.incompleteReport(missing, .zh))),
            ("en", .string(Labels.incompleteReport(missing, .en))), ("missingParts", .array(missing.map { .string($0.rawValue) })),
        ])
    }

    static func report(_ st: ReportStatus) -> JSON {
        let (kind, day, late): (String, Day?, Int) =
            switch st.submission {
            case .onTime(let d): ("onTime", d, 0)
            case .late(let d, let n): ("late", d, n)
            case .undated: ("undated", nil, 0)
            case .missing: ("missing", nil, 0)
            }
        return .object([
            ("submission", .string(kind)), ("submittedOn", .str(day?.description)), ("daysLate", .int(late)),
            ("correctedOn", .str(st.correctedOn?.description)),
            ("missingParts", .array(st.missingParts.map { .string($0.rawValue) })),
            ("rulesPublished", st.rulesPublished.map(JSON.bool) ?? .null), ("rulesFiledOn", .str(st.rulesFiledOn?.description)),
            ("planPublished", st.planPublished.map(JSON.bool) ?? .null), ("planFiledOn", .str(st.planFiledOn?.description)),
        ] + filingEvents(st))
    }

    /// The recorded filing events, only when one exists, so records issued before events print as issued.
    static func filingEvents(_ st: ReportStatus) -> [(String, JSON)] {
        guard st.rulesEvent != nil || st.planEvent != nil else { return [] }
        func event(_ k: FilingKind) -> JSON {
            guard let e = st.event(k) else { return .null }
            return .object([
                ("publishedOn", .str(e.publishedOn?.description)), ("filedOn", .str(e.filedOn?.description)), ("document", .str(e.document)),
                ("recordedAt", .string(e.recordedAt)), ("conflictsWithReport", .bool(st.filingConflict(k))),
            ])
        }
        return [("rulesFilingEvent", event(.rules)), ("planFilingEvent", event(.plan))]
    }

    static func projectProgress(_ p: Summary.ProjectProgress) -> JSON {
        .object([
            ("total", .int(p.total)),
            ("byStatus", .object(zip(ProjectStatus.allCases, p.counts).map { (String(describing: $0), JSON.int($1)) })),
            ("plannedInvestment", .string(Summary.money(p.planned))), ("completedInvestment", .string(Summary.money(p.completed))),
        ])
    }
}

extension SummaryRender {
    /// One succession withdrawn as a correction, as the correcting notice's `replaces` names it (D-143).
    static func correctedSuccession(_ c: CorrectedSuccession) -> JSON {
        .object([
            ("id", .int(Int(c.successionID))), ("predecessorCode", .string(c.predecessorCode)), ("predecessorName", .string(c.predecessorName)),
            ("successorCode", .string(c.successorCode)), ("successorName", .string(c.successorName)), ("effective", .string(c.effective.description)),
            ("document", .string(c.document)), ("withdrawalDocument", .string(c.withdrawalDocument)), ("withdrawnOn", .string(c.withdrawnOn.description)),
        ])
    }
}
