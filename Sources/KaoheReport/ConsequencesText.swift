import KaoheCore

/// Terminal renderings of consequences: freezes, summonses, EIA answers.
public enum ConsequencesText {
    /// "510724 安县"
    public static func unit(_ area: Area) -> String { "\(area.code) \(area.name)" }

    /// The summons's unit, and, when a successor carries it, from whom it was inherited (issue 21).
    public static func unit(_ s: Summons, _ lang: Language) -> String {
        guard let heir = s.heldBy, let since = s.heldSince else { return unit(s.area) }
        return lang.pick(ConsequenceTableText.inherited(unit(heir), from: unit(s.area), since: since))
    }

    /// The freeze's unit, and, when a successor carries it, from whom it was inherited (issue 21).
    public static func unit(_ f: Freeze, _ lang: Language) -> String {
        guard let heir = f.heldBy, let since = f.heldSince else { return unit(f.area) }
        return lang.pick(ConsequenceTableText.inherited(unit(heir), from: unit(f.area), since: since))
    }

    /// "#1 2015年度考核" / "#1 2015 annual assessment"
    public static func run(_ id: Int64, year: Int, kind: AssessmentKind, _ lang: Language) -> String {
        lang.pick(ConsequenceTableText.run(id, year: year, kind: Labels.kind(kind, lang)))
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
            text = lift.reason.hasPrefix(StoredWords.correctionReasonPrefix)
                ? ConsequenceTableText.correctionLift(document: lift.document ?? "", run: run)
                : ConsequenceTableText.laterPassLift(run: run)
        }
        if lift.forced { text += lang.pick(ConsequenceTableText.forcedLift) }
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
            headers: lang.pick(ConsequenceTableText.overdueHeaders), alignments: [.right, .left, .right, .left, .left, .left, .right])
        for s in summonses {
            table.append([
                String(s.id), unit(s, lang), String(s.year), s.document, s.heldOn?.description ?? "—", s.rectificationDue?.description ?? "—",
                s.rectificationDue.map { String($0.days(to: day)) } ?? "—",
            ])
        }
        return table.render()
    }

    /// The accountability decisions with their newest progress entry and how many there are.
    public static func decisionTable(_ decisions: [AccountabilityDecision], updates: [AccountabilityUpdate], lang: Language) -> String {
        var table = TextTable(headers: lang.pick(ConsequenceTableText.decisionHeaders))
        for d in decisions {
            let mine = updates.filter { $0.decisionID == d.id }
            let latest = mine.last.map { "\($0.on) \($0.progress)\($0.document.map(ConsequenceTableText.progressDocument) ?? "")" } ?? lang.pick(ConsequenceTableText.noProgress)
            table.append([String(d.id), unit(d.area), d.document, lang.pick(d.decision.zh, d.decision.en), latest, String(mine.count)])
        }
        return table.render()
    }

    /// Every progress entry of one decision, oldest first.
    public static func decisionHistory(_ updates: [AccountabilityUpdate], lang: Language) -> String {
        var table = TextTable(headers: lang.pick(ConsequenceTableText.historyHeaders))
        for u in updates { table.append([u.on.description, u.progress, u.document ?? "—", Labels.recorder(u.recordedBy, lang), u.recordedAt]) }
        return table.render()
    }

    /// The EIA check log: when asked, unit, category, project, day, answer, and the freeze with the
    /// publication document behind it (R-19(b), R-22).
    public static func eiaLogTable(_ entries: [EIALogEntry], lang: Language) -> String {
        var table = TextTable(headers: lang.pick(ConsequenceTableText.eiaLogHeaders))
        for e in entries {
            let ground = e.freezeID.map { id in
                lang.pick(ConsequenceTableText.logGround(freeze: id, since: e.freezeSince?.description ?? "—", document: e.freezeDocument ?? "—"))
            } ?? lang.pick(ConsequenceTableText.noFreezeGround)
            table.append([
                String(e.id), e.askedAt, e.areaCode, lang.pick(e.category.rawValue, e.category.alias), e.project ?? "—", e.day.description,
                lang.pick(ConsequenceTableText.answer(allowed: e.allowed)), ground,
            ])
        }
        return table.render()
    }

    /// A summons's amendments as a table: when, by whom, which field, old and new value.
    public static func amendmentTable(_ amendments: [SummonsAmendment], lang: Language) -> String {
        var table = TextTable(headers: lang.pick(ConsequenceTableText.amendmentHeaders))
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
            out += lang.pick(PublishText.replaces(documentNumber: r.documentNumber, publishedOn: r.publishedOn, revision: r.revision, withdrawn: r.withdrawnSuccessions))
        }
        if freezes.isEmpty && outcome.alreadyRecorded.isEmpty { out += lang.pick(PublishText.noneFailed) }
        if !freezes.isEmpty { out += lang.pick(PublishText.consequencesHeading) }
        for f in freezes {
            let s = summonses.first { $0.area.code == f.area.code }
            let d = decisions.first { $0.area.code == f.area.code }
            var line = "  " + unit(f.area) + lang.pick(PublishText.colon)
            if let s { line += lang.pick(PublishText.summons(s.id, whom: s.whom)) }
            line += lang.pick(PublishText.freeze(f.id, from: f.startedOn))
            if d != nil { line += lang.pick(PublishText.accountability) }
            out += line + "\n"
        }
        for a in outcome.alreadyRecorded { out += lang.pick(PublishText.alreadyRecorded(unit(a))) }
        for s in outcome.withdrawn {
            out += lang.pick(PublishText.withdrawn(unit(s.area), summons: s.id, document: outcome.run.documentNumber ?? ""))
        }
        for f in outcome.liftedByCorrection {
            out += lang.pick(
                PublishText.liftedByCorrection(unit(f.area), freeze: f.id, since: f.startedOn, on: f.lift?.on.description ?? "", document: outcome.run.documentNumber ?? ""))
        }
        if !outcome.noData.isEmpty { out += lang.pick(PublishText.noData(outcome.noData.map(unit))) }
        if !outcome.lifted.isEmpty { out += lang.pick(PublishText.liftedHeading) }
        for f in outcome.lifted {
            out += lang.pick(PublishText.lifted(unit(f.area), freeze: f.id, since: f.startedOn, on: f.lift?.on.description ?? ""))
        }
        return out
    }

    /// The answer to an EIA question: the verdict, the rules, the freeze with its document, the exemption.
    public static func eiaAnswer(_ d: EIADecision, project: String?, lang: Language) -> String {
        let category = lang.pick(PublishText.category(d.category))
        let subject = project.map { lang.pick(PublishText.project($0, category: category)) } ?? category
        let (verdict, exemption) = wording(d, lang)
        var out = lang.pick(PublishText.verdictLine(unit(d.area), day: d.day, subject: subject, verdict: verdict))
        out += lang.pick(PublishText.rulesLabel) + d.ruleIDs.joined(separator: lang.pick(PublishText.ruleSeparator)) + "\n"
        if d.freezes.isEmpty { out += lang.pick(PublishText.noFreeze(on: d.day)) }
        for f in d.freezes {
            if let heir = f.heldBy, let since = f.heldSince {
                out += lang.pick(PublishText.succession(unit(heir), predecessor: unit(f.area), since: since))
            }
            out += lang.pick(PublishText.freezeInForce(f, kind: Labels.kind(f.kind, lang)))
        }
        out += lang.pick(PublishText.exemptionLabel) + exemption + "\n"
        out += lang.pick(PublishText.defaultNote)
        return out
    }

    /// The verdict and the exemption line for the decision's ground.
    static func wording(_ d: EIADecision, _ lang: Language) -> (verdict: String, exemption: String) {
        (lang.pick(PublishText.verdict(d.ground)), lang.pick(PublishText.exemption(d.ground, category: d.category)))
    }
}
