import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Publishes a draft run and, in the same transaction, records its consequences and its issued record
    /// (R-19 to R-22c).
    ///
    /// Refused (nothing changes) when `PublicationGuard.check` refuses (R-22a). The run becomes immutable,
    /// dated and tied to its document number. Consequences follow the newest published revision (R-22c):
    /// each failing unit gets a summons and a freeze from `day` (a final failure also an accountability
    /// decision) unless an earlier revision of the same year and kind already gave it ones still standing;
    /// a unit this revision no longer fails has its standing summons withdrawn (已撤销) and its open freeze
    /// lifted, each with `documentNumber` as the decision. Freezes whose terms say so are lifted for units
    /// that pass this annual assessment. Last, the summary's facts are frozen as the run's `IssuedRecord`
    /// (R-22b). `today` defaults to the machine's date. `recorder` is who the changes to earlier consequences
    /// are recorded as made by (the CLI's command, the portal's account).
    public func publish(
        runID: Int64, on day: Day, documentNumber: String, rules: RuleSet, today: Day? = nil, confirmNoData: Bool = false,
        recordedBy recorder: String, at time: Date = Date()
    ) throws -> PublishOutcome {
        try writer.write { db in
            // Grades, scores and flags only: the guard, the consequences and the issued record read nothing else
            // of the run, and its inputs and explanations were most of the peak at 30,000 units (issue 14, D-171).
            // The outcome's run is the same: its results have no steps and it has no inputs (unless read whole).
            // The plan period's final assessment is read whole: its issued plan-period view holds the run's inputs
            // and final results (issue 22, R-22b).
            guard var run = try Self.fetchRun(db, id: runID, withResults: false) else { throw Refusal(RunRefusal.noSuchRun(id: runID)) }
            (run.inputs, run.results) = try Self.fetchResults(
                db, runID: runID, parts: PlanPeriodHistory.isPlanPeriodFinal(run, rules: rules) ? .whole : .outcomes)
            if run.status == .published {
                throw Refusal(RunRefusal.alreadyPublished(
                    id: runID, year: run.year, revision: run.revision, publishedOn: run.publishedOn?.description ?? "?", document: run.documentNumber ?? ""))
            }
            if let later = try Int.fetchOne(
                db, sql: "SELECT revision FROM assessment_run WHERE year = ? AND kind = ? AND status = 'published' AND revision > ?",
                arguments: [run.year, run.kind.rawValue, run.revision])
            {
                throw Refusal(RunRefusal.newerRevisionPublished(id: runID, year: run.year, later: later))
            }
            // A draft still applying a succession withdrawn as a correction is not issued (D-143).
            try Self.refuseDraftUnderWithdrawnSuccession(db, run: run)
            let earlierRuns = try Int64.fetchAll(
                db, sql: "SELECT id FROM assessment_run WHERE year = ? AND kind = ? AND status = 'published' ORDER BY revision",
                arguments: [run.year, run.kind.rawValue]
            ).compactMap { try Self.fetchRun(db, id: $0, withResults: false) }  // only their dates and numbers are read
            if let refusal = PublicationGuard.check(
                run, on: day, today: today ?? Self.day(of: time), earlier: earlierRuns, rules: rules, confirmNoData: confirmNoData)
            {
                throw refusal
            }
            try db.execute(
                sql: "UPDATE assessment_run SET status = 'published', published_on = ?, document_number = ? WHERE id = ?",
                arguments: [day.description, documentNumber, runID])
            // The run as the UPDATE left it, without reading its results again (issue 14).
            var published = run
            published.status = .published
            published.publishedOn = day
            published.documentNumber = documentNumber
            let now = ISO8601DateFormatter().string(from: time)
            // A correction names the successions withdrawn under the revision it replaces (R-22c, D-143).
            let replaces = try earlierRuns.last.map {
                let withdrawn = try Self.correctedSuccessions(db, replacing: $0.id)
                return ReplacedPublication(
                    runID: $0.id, revision: $0.revision, documentNumber: $0.documentNumber ?? "", publishedOn: $0.publishedOn ?? day,
                    withdrawnSuccessions: withdrawn.isEmpty ? nil : withdrawn)
            }
            var outcome = PublishOutcome(run: published, summonses: [], freezes: [], decisions: [], lifted: [], alreadyRecorded: [])
            outcome.replaces = replaces
            outcome.noData = PublicationGuard.noDataFailures(published, rules: rules)

            // Consequences of earlier revisions of this year and kind that still stand (R-22c): a summons
            // not withdrawn, a freeze not lifted by a correction.
            let earlierIDs = earlierRuns.map(\.id)
            let placeholders = earlierIDs.map { _ in "?" }.joined(separator: ", ")
            let standingSummonses = earlierIDs.isEmpty ? [] : try Self.fetchSummonses(
                db, where: "s.run_id IN (\(placeholders)) AND s.status <> 'withdrawn'", earlierIDs)
            let standingFreezes = earlierIDs.isEmpty ? [] : try Self.fetchFreezes(
                db, where: "f.run_id IN (\(placeholders)) AND (f.lifted_by_run IS NULL OR f.lifted_by_run NOT IN (\(placeholders)))",
                earlierIDs + earlierIDs)
            let standing = Set(standingSummonses.map(\.area.code)).union(standingFreezes.map(\.area.code))

            let failing = Consequences.of(published, rules: rules)
            for c in failing {
                if standing.contains(c.area.code) {
                    outcome.alreadyRecorded.append(c.area)
                    continue
                }
                try db.cachedStatement(
                    sql: """
                        INSERT INTO summons (area_code, run_id, document, whom, whom_en, kind, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'planned', ?)
                        """
                ).execute(arguments: [c.area.code, runID, documentNumber, c.summonsee.zh, c.summonsee.en, c.summonsKind.rawValue, now])
                outcome.summonses.append(try Self.fetchSummonses(db, where: "s.id = ?", [db.lastInsertedRowID])[0])
                try db.cachedStatement(
                    sql: """
                        INSERT INTO freeze (area_code, run_id, document, started_on, minimum_days, lifted_by_pass, lift_condition, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    c.area.code, runID, documentNumber, c.freezeStartsOn.description, c.freezeTerms.minimumDays,
                    c.freezeTerms.liftedByPassingAnnual, Consequences.liftCondition(c.freezeTerms).zh, now,
                ])
                outcome.freezes.append(try Self.fetchFreezes(db, where: "f.id = ?", [db.lastInsertedRowID])[0])
                if let decision = c.accountability {
                    try db.cachedStatement(
                        sql: "INSERT INTO accountability_decision (area_code, run_id, document, decision, decision_en, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                    ).execute(arguments: [c.area.code, runID, documentNumber, decision.zh, decision.en, now])
                    outcome.decisions.append(try Self.fetchDecisions(db, where: "d.id = ?", [db.lastInsertedRowID])[0])
                }
            }

            // Units this revision clears (R-22c): withdraw their standing summons, lift their open freezes,
            // each with this publication as the decision.
            if let replaces {
                let stillFailing = Set(failing.map(\.area.code))
                let reason = ConsequenceText.correctionReason(document: documentNumber, replaced: replaces.documentNumber)
                for s in standingSummonses where !stillFailing.contains(s.area.code) && !s.status.isFinished {
                    let changes: [(String, String?, String?)] = [
                        ("status", s.status.rawValue, SummonsStatus.withdrawn.rawValue), ("closed_on", s.closedOn?.description, day.description),
                        ("decision_doc", s.decisionDocument, documentNumber),
                    ]
                    try Self.applySummonsChanges(db, id: s.id, changes, by: recorder, at: now)
                    outcome.withdrawn.append(try Self.fetchSummonses(db, where: "s.id = ?", [s.id])[0])
                }
                for f in standingFreezes where !stillFailing.contains(f.area.code) && f.lift == nil {
                    try Self.recordLift(db, f.id, FreezeLift(on: day, document: documentNumber, reason: reason, byRunID: runID), by: recorder, at: now)
                    outcome.liftedByCorrection.append(try Self.fetchFreezes(db, where: "f.id = ?", [f.id])[0])
                }
                for d in try Self.fetchDecisions(db, where: "d.run_id IN (\(placeholders))", earlierIDs) where !stillFailing.contains(d.area.code) {
                    try db.execute(
                        sql: "INSERT INTO accountability_update (decision_id, on_date, progress, document, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [d.id, day.description, ConsequenceText.withdrawalProgress(reason), documentNumber, now, recorder])
                }
            }

            let open = try Self.fetchFreezes(db, where: "f.lifted_on IS NULL", [])
            for (freeze, lift) in FreezeLifting.liftedByPass(open, run: published, rules: rules) {
                try Self.recordLift(db, freeze.id, lift, by: recorder, at: now)
                outcome.lifted.append(try Self.fetchFreezes(db, where: "f.id = ?", [freeze.id])[0])
            }
            // The record's text is written as the reports are read, without the record's rows as arrays beside
            // it, and SQLite is handed only the text (issue 14, D-171, D-173). The final assessment of the plan
            // period freezes its plan-period view too (issue 22, R-22b).
            try Self.storeIssuedRecord(db, try Self.currentRecordText(
                db, run: published, defaultPollutant: rules.pollutant, replaces: replaces, at: now,
                planPeriod: try Self.issuedPlanPeriod(db, run: published, rules: rules)))
            // The notice re-prints with the issuer, addressees and requirements in force today (R-22b).
            try Self.storePublishedSettings(db, runID: runID)
            return outcome
        }
    }

    /// The calendar day of `time` in the machine's time zone.
    static func day(of time: Date) -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: time)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// Writes each change to the summons row and one amendment row per change (who, when, old, new).
    static func applySummonsChanges(_ db: Database, id: Int64, _ changes: [(String, String?, String?)], by who: String, at now: String) throws {
        guard !changes.isEmpty else { return }
        // `field` is one of the fixed column names of `SummonsLifecycle` and publish, never user text. One
        // UPDATE for all fields, so the trigger on finished summonses sees the whole change at once.
        precondition(changes.allSatisfy { ["status", "held_on", "rectification_due", "notes", "closed_on", "decision_doc"].contains($0.0) })
        try db.execute(
            sql: "UPDATE summons SET \(changes.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(changes.map { $0.2 as (any DatabaseValueConvertible)? } + [id]))
        for (field, oldValue, newValue) in changes {
            try db.execute(
                sql: "INSERT INTO summons_amendment (summons_id, amended_at, amended_by, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, now, who, field, oldValue, newValue])
        }
    }

    /// The freezes in force on `day`: started on or before it and not lifted on or before it, by unit.
    /// A freeze of a unit renamed or recoded by `day` names the unit that carries it (issue 21).
    public func freezes(inForceOn day: Day) throws -> [Freeze] {
        try writer.read { db in
            try Self.carried(db, try Self.fetchFreezes(
                db, where: "f.started_on <= ? AND (f.lifted_on IS NULL OR f.lifted_on > ?)", [day.description, day.description]), on: day)
        }
    }

    /// Every freeze ever created, lifted or not, by unit and start date; only `area`'s when given.
    public func freezes(area: String? = nil) throws -> [Freeze] {
        try writer.read { db in
            if let area { return try Self.carried(db, try Self.fetchFreezes(db, where: "f.area_code = ?", [area]), on: nil) }
            return try Self.carried(db, try Self.fetchFreezes(db, where: "1", []), on: nil)
        }
    }

    /// Lifts every open freeze of `area` by a recorded decision, in one transaction (R-22).
    ///
    /// Refused (nothing changes) when the unit has no open freeze, or when any open freeze refuses the lift
    /// (see `FreezeLifting.decide`). Returns the lifted freezes.
    public func liftFreezes(
        area: String, on day: Day, document: String, reason: String, force: Bool, by who: String, at time: Date = Date()
    ) throws -> [Freeze] {
        try writer.write { db in
            try Self.requireKnownUnit(db, area)
            // Issue 21: the successor of a renamed or recoded unit lifts the freezes it carries.
            let codes = [area] + SuccessionRules.predecessorsCarried(by: area, on: day, in: try Self.consequenceSuccessions(db))
            // A split's successors each hold the predecessor's freeze: the copy held by `area` (or the freeze
            // itself, asked under its own code) is the one lifted, once (D-106).
            var seen = Set<Int64>()
            let open = try Self.carried(db, try codes.flatMap { try Self.fetchFreezes(db, where: "f.area_code = ? AND f.lifted_on IS NULL", [$0]) }, on: day)
                .filter { ($0.area.code == area || $0.heldBy?.code == area) && seen.insert($0.id).inserted }
            guard !open.isEmpty else { throw Refusal(ConsequenceRefusal.noFreezeToLift(area: area)) }
            let now = ISO8601DateFormatter().string(from: time)
            var lifted: [Freeze] = []
            for freeze in open {
                switch FreezeLifting.decide(freeze, on: day, document: document, reason: reason, force: force) {
                case .failure(let refusal): throw refusal
                case .success(let lift):
                    try Self.recordLift(db, freeze.id, lift, by: who, at: now)
                    let now = try Self.carried(db, try Self.fetchFreezes(db, where: "f.id = ?", [freeze.id]), on: day)
                    lifted.append(now.first { $0.heldBy?.code == area } ?? now[0])
                }
            }
            return lifted
        }
    }

    /// Summonses of failing runs of `year` (all years when nil), by unit and id.
    public func summonses(year: Int? = nil) throws -> [Summons] {
        try writer.read { db in
            // Issue 21: an open summons of a renamed or recoded unit names the unit that carries it.
            if let year { return try Self.carried(db, try Self.fetchSummonses(db, where: "r.year = ?", [year])) }
            return try Self.carried(db, try Self.fetchSummonses(db, where: "1", []))
        }
    }

    /// Amends a summons along its lifecycle (`SummonsLifecycle.amend`): held, rectification due, closed,
    /// notes. Each changed value is recorded with who and when; refused (nothing changes) when a date is out
    /// of order. Returns the summons as amended and the amendments recorded (none when nothing differed).
    public func amendSummons(
        id: Int64, heldOn: Day?, notes: String?, rectificationDue: Day?, closedOn: Day? = nil, today: Day? = nil, by who: String,
        at time: Date = Date()
    ) throws -> (summons: Summons, amendments: [SummonsAmendment]) {
        try writer.write { db in
            guard let old = try Self.fetchSummonses(db, where: "s.id = ?", [id]).first else { throw Refusal(ConsequenceRefusal.noSuchSummons(id: id)) }
            let published = try Self.fetchRun(db, id: old.runID)?.publishedOn ?? Day(year: old.year + 1, month: 1, day: 1)!
            let changes: [SummonsLifecycle.Change]
            switch SummonsLifecycle.amend(
                old, published: published, today: today ?? Self.day(of: time), heldOn: heldOn, rectificationDue: rectificationDue,
                closedOn: closedOn, notes: notes)
            {
            case .failure(let refusal): throw refusal
            case .success(let c): changes = c
            }
            let now = ISO8601DateFormatter().string(from: time)
            let first = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM summons_amendment") ?? 0)
            try Self.applySummonsChanges(db, id: id, changes.map { ($0.field, $0.old, $0.new) }, by: who, at: now)
            let amendments = try Row.fetchAll(
                db, sql: "SELECT * FROM summons_amendment WHERE summons_id = ? AND id > ? ORDER BY id", arguments: [id, first]
            ).map(Self.amendment)
            return (try Self.fetchSummonses(db, where: "s.id = ?", [id])[0], amendments)
        }
    }

    static func amendment(_ row: Row) -> SummonsAmendment {
        SummonsAmendment(
            id: row["id"], summonsID: row["summons_id"], amendedAt: row["amended_at"], amendedBy: row["amended_by"], field: row["field"],
            oldValue: row["old_value"], newValue: row["new_value"])
    }

    /// Summonses under rectification whose due day is before `day` (R-19, R-21).
    public func overdueSummonses(on day: Day) throws -> [Summons] {
        SummonsLifecycle.overdue(try summonses(), on: day)
    }

    /// Every amendment of a summons, oldest first; nil when there is no such summons.
    public func summonsHistory(id: Int64) throws -> (summons: Summons, amendments: [SummonsAmendment])? {
        try writer.read { db in
            guard let s = try Self.fetchSummonses(db, where: "s.id = ?", [id]).first else { return nil }
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM summons_amendment WHERE summons_id = ? ORDER BY id", arguments: [id])
            return (
                s,
                rows.map {
                    SummonsAmendment(
                        id: $0["id"], summonsID: $0["summons_id"], amendedAt: $0["amended_at"], amendedBy: $0["amended_by"],
                        field: $0["field"], oldValue: $0["old_value"], newValue: $0["new_value"])
                }
            )
        }
    }

    /// Every stronger-accountability decision of final failures (R-21), oldest first.
    public func accountabilityDecisions() throws -> [AccountabilityDecision] {
        try writer.read { db in try Self.fetchDecisions(db, where: "1", []) }
    }

    /// Decides whether a project's EIA approval may proceed and logs the question and answer, in one
    /// transaction (R-19(b), R-20, R-22).
    public func checkEIA(
        area code: String, category: ProjectCategory, on day: Day, project: String?, at time: Date = Date()
    ) throws -> EIADecision {
        try writer.write { db in
            guard let area = try AreaRow.fetchOne(db, key: code)?.area else { throw Self.unknownUnit(code) }
            // Issue 21: a successor answers for the freezes of the units it carries on `day` — through a succession
            // withdrawn as a correction only on the days before its withdrawal (D-143).
            let codes = [code] + SuccessionRules.predecessorsCarried(by: code, on: day, in: try Self.consequenceSuccessions(db))
            // Each freeze once: the copy held by `code` when a split made several holders (D-106).
            var seen = Set<Int64>()
            let held = try Self.carried(db, try codes.flatMap { try Self.fetchFreezes(db, where: "f.area_code = ?", [$0]) }, on: day)
                .sorted { ($0.heldBy?.code == code ? 0 : 1) < ($1.heldBy?.code == code ? 0 : 1) }
                .filter { seen.insert($0.id).inserted }
            let decision = EIADecision.decide(area: area, category: category, on: day, freezes: held)
            try db.execute(
                sql: "INSERT INTO eia_check_log (asked_at, area_code, category, project, on_date, answer, ground, freeze_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    ISO8601DateFormatter().string(from: time), code, category.rawValue, project, day.description,
                    decision.allowed ? "allowed" : "blocked", decision.ground.rawValue, decision.freezes.first?.id,
                ])
            return decision
        }
    }

    /// Every logged EIA question, oldest first.
    public func eiaLog() throws -> [EIALogEntry] {
        try writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT l.*, f.document AS freeze_doc, f.started_on AS freeze_since FROM eia_check_log l LEFT JOIN freeze f ON f.id = l.freeze_id ORDER BY l.id"
            ).map {
                var entry = EIALogEntry(
                    id: $0["id"], askedAt: $0["asked_at"], areaCode: $0["area_code"],
                    category: ProjectCategory(rawValue: $0["category"]) ?? .emitting, project: $0["project"],
                    day: Day(iso: $0["on_date"])!, allowed: ($0["answer"] as String) == "allowed",
                    ground: EIADecision.Ground(rawValue: $0["ground"]) ?? .frozen, freezeID: $0["freeze_id"])
                entry.freezeDocument = $0["freeze_doc"]
                entry.freezeSince = ($0["freeze_since"] as String?).flatMap(Day.init(iso:))
                return entry
            }
        }
    }
}

extension AppDatabase {
    static func recordLift(_ db: Database, _ id: Int64, _ lift: FreezeLift, by who: String, at now: String) throws {
        try db.execute(
            sql: """
                UPDATE freeze SET lifted_on = ?, lift_doc = ?, lift_reason = ?, lifted_by_run = ?, forced = ?,
                lift_recorded_at = ?, lift_recorded_by = ? WHERE id = ?
                """,
            arguments: [lift.on.description, lift.document, lift.reason, lift.byRunID, lift.forced, now, who, id])
    }

    static func area(_ row: Row) -> Area {
        Area(code: row["area_code"], name: row["area_name"], type: AreaType(rawValue: row["area_type"]) ?? .county, parentCode: row["parent_code"])
    }

    /// Freezes matching `condition` (on alias `f`), by unit code and start date.
    static func fetchFreezes(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [Freeze] {
        try Row.fetchAll(
            // Prepared once per condition and reused (issue 14: `publish` reads back each consequence it records).
            db.cachedStatement(
                sql: """
                SELECT f.*, a.name AS area_name, a.type AS area_type, a.parent_code, r.year, r.kind
                FROM freeze f JOIN area a ON a.code = f.area_code JOIN assessment_run r ON r.id = f.run_id
                WHERE \(condition) ORDER BY f.area_code, f.started_on, f.id
                """),
            arguments: StatementArguments(arguments)
        ).map { row in
            let lift = (row["lifted_on"] as String?).flatMap(Day.init(iso:)).map {
                FreezeLift(on: $0, document: row["lift_doc"], reason: row["lift_reason"] ?? "", byRunID: row["lifted_by_run"], forced: row["forced"])
            }
            return Freeze(
                id: row["id"], area: area(row), runID: row["run_id"], year: row["year"], kind: AssessmentKind(rawValue: row["kind"]) ?? .annual,
                document: row["document"], startedOn: Day(iso: row["started_on"])!,
                terms: FreezeSettings(minimumDays: row["minimum_days"], liftedByPassingAnnual: row["lifted_by_pass"]), lift: lift)
        }
    }

    /// Summonses matching `condition` (on aliases `s`, `r`), by unit code and id.
    static func fetchSummonses(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [Summons] {
        try Row.fetchAll(
            // Prepared once per condition and reused (issue 14: `publish` reads back each consequence it records).
            db.cachedStatement(
                sql: """
                SELECT s.*, a.name AS area_name, a.type AS area_type, a.parent_code, r.year,
                (SELECT COUNT(*) FROM summons_amendment m WHERE m.summons_id = s.id) AS amendment_count
                FROM summons s JOIN area a ON a.code = s.area_code JOIN assessment_run r ON r.id = s.run_id
                WHERE \(condition) ORDER BY s.area_code, s.id
                """),
            arguments: StatementArguments(arguments)
        ).map { row in
            Summons(
                id: row["id"], area: area(row), runID: row["run_id"], year: row["year"], document: row["document"],
                whom: Bilingual(row["whom"], row["whom_en"]), kind: SummonsKind(rawValue: row["kind"]) ?? .annual,
                status: SummonsStatus(rawValue: row["status"]) ?? .planned, heldOn: (row["held_on"] as String?).flatMap(Day.init(iso:)),
                rectificationDue: (row["rectification_due"] as String?).flatMap(Day.init(iso:)), notes: row["notes"],
                createdAt: row["created_at"], amendmentCount: row["amendment_count"],
                closedOn: (row["closed_on"] as String?).flatMap(Day.init(iso:)), decisionDocument: row["decision_doc"])
        }
    }

    static func fetchDecisions(_ db: Database, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [AccountabilityDecision] {
        try Row.fetchAll(
            // Prepared once per condition and reused (issue 14: `publish` reads back each consequence it records).
            db.cachedStatement(
                sql: """
                SELECT d.*, a.name AS area_name, a.type AS area_type, a.parent_code
                FROM accountability_decision d JOIN area a ON a.code = d.area_code WHERE \(condition) ORDER BY d.id
                """),
            arguments: StatementArguments(arguments)
        ).map { row in
            AccountabilityDecision(
                id: row["id"], area: area(row), runID: row["run_id"], document: row["document"],
                decision: Bilingual(row["decision"], row["decision_en"]), createdAt: row["created_at"])
        }
    }
}
