import Foundation
import Hummingbird
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

extension PortalRoutes {
    /// The bureau's pages: assess, see the draft, publish (R-22a guards in the store), lift freezes, update
    /// summonses, record findings, read the audit log. Every action is written to the audit log.
    func addBureau() {
        let bureau = Access.roles([.bureau])
        add(.get, "/bureau", bureau) { request, context in
            let t: (Bilingual) -> String = context.t
            let year = portal.year(request)
            var page = Page(title: t(BureauText.title))
            var rows: [[String]] = []
            var links: [Page.Link] = []
            for kind in [AssessmentKind.annual, .final] {
                for run in try portal.db.runs(year: year, kind: kind) {
                    rows.append([
                        "#\(run.id)", String(run.year), Labels.kind(run.kind, context.lang), String(run.revision),
                        run.status == .published ? t(BureauText.published(on: run.publishedOn?.description ?? "", document: run.documentNumber ?? "")) : t(BureauText.draft),
                    ])
                    links.append(Page.Link(href: "/bureau/runs/\(run.id)", label: t(BureauText.openRun(run.id))))
                }
            }
            page.tables = [Page.Table(
                caption: t(BureauText.runsOf(year: year)), headers: BureauText.runHeaders.map(t),
                rows: rows, empty: t(BureauText.noRun))]
            page.links = links
            page.forms = [
                Page.Form(
                    action: "/bureau/assess", title: t(BureauText.assessTitle), submit: t(BureauText.assess), csrf: context.csrf,
                    fields: [
                        Page.Form.Field(label: t(BureauText.year), name: "year", type: "number", value: String(year), required: true),
                        Page.Form.Field(label: t(BureauText.finalAssessment), name: "final", type: "checkbox"),
                    ]),
                Page.Form(
                    action: "/bureau/findings", title: t(BureauText.findingTitle), submit: t(BureauText.record), csrf: context.csrf,
                    fields: [
                        Page.Form.Field(label: t(BureauText.unitCode), name: "area", required: true),
                        Page.Form.Field(label: t(BureauText.year), name: "year", type: "number", value: String(year), required: true),
                        Page.Form.Field(label: t(BureauText.findingReference), name: "ref", required: true),
                        Page.Form.Field(label: t(BureauText.recordRemoval), name: "remove", type: "checkbox"),
                    ]),
            ]
            return self.page(page, request, context)
        }
        add(.post, "/bureau/assess", bureau) { request, context in
            guard let year = context.form.text("year").flatMap({ Int($0) }) else { throw PortalError.badRequest(.yearRequired) }
            let kind: AssessmentKind = context.form["final"] == "yes" ? .final : .annual
            do {
                let run = try AssessmentFlow.run(portal.db, year: year, kind: kind, rules: portal.config.rules, ruleSetText: portal.config.ruleSetText)
                try portal.audit(context, "assess", "\(year) \(kind.rawValue)", "done: run \(run.id)")
                return .redirect(to: "/bureau/runs/\(run.id)", type: .normal)
            } catch let refusal as AssessmentFlow.Refusal {
                let message = BureauText.assessRefused(refusal)
                try portal.audit(context, "assess", "\(year) \(kind.rawValue)", "refused: \(message.en)")
                throw PortalError(status: .unprocessableContent, zh: message.zh, en: message.en)
            }
        }
        add(.get, "/bureau/runs/{id}", bureau) { request, context in
            guard let id = context.parameters.get("id", as: Int64.self), let run = try portal.db.run(id: id) else { throw PortalError.notFound() }
            return try runPage(run, request, context, message: nil, status: .ok)
        }
        add(.post, "/bureau/runs/{id}/publish", bureau) { request, context in
            guard let id = context.parameters.get("id", as: Int64.self), let run = try portal.db.run(id: id) else { throw PortalError.notFound() }
            let day = try Self.day(context.form, "date", FieldLabel.publicationDate)
            let doc = try Self.text(context.form, "doc", FieldLabel.documentNumber)!
            let confirm = context.form["confirm"] == "yes"
            let rules = try AssessmentFlow.storedRules(of: run)
            do {
                // R-22a guards (dates, revision order, final year, the no-data share) are the store's, as for the CLI.
                let outcome = try portal.db.publish(runID: run.id, on: day, documentNumber: doc, rules: rules, today: portal.config.today(), confirmNoData: confirm,
                    recordedBy: context.account?.name ?? "")
                try portal.audit(context, "publish", "run \(run.id)", "done: \(day) \(doc)")
                // The outcome's run has grades and flags only (D-171); the page lists the inputs too.
                return try runPage(try portal.db.run(id: run.id) ?? outcome.run, request, context, message: Page.Message(text: ConsequencesText.published(outcome, lang: context.lang), kind: "ok"), status: .ok)
            } catch let error as Refusal {
                try portal.audit(context, "publish", "run \(run.id)", "refused: \(error.description)")
                return try runPage(run, request, context, message: Page.Message(text: context.t(error.chinese, error.english), kind: "error"), status: .unprocessableContent)
            }
        }
        add(.get, "/bureau/freezes", bureau) { request, context in
            try freezesPage(request, context, message: nil, status: .ok)
        }
        add(.post, "/bureau/freezes/{code}/lift", bureau) { request, context in
            let code = context.parameters.get("code") ?? ""
            let day = try Self.day(context.form, "date", FieldLabel.liftDate)
            let doc = try Self.text(context.form, "doc", FieldLabel.documentNumber)!
            let reason = try Self.text(context.form, "reason", FieldLabel.reason, limit: 1000)!
            let force = context.form["force"] == "yes"
            do {
                let lifted = try portal.db.liftFreezes(area: code, on: day, document: doc, reason: reason, force: force, by: context.account?.name ?? "")
                try portal.audit(context, "freeze-lift", "unit \(code)", "done: \(lifted.map { "#\($0.id)" }.joined(separator: " ")) \(day) \(doc)")
                return try freezesPage(request, context, message: Page.Message(text: context.t(BureauText.lifted(lifted.count, of: code, from: day)), kind: "ok"), status: .ok)
            } catch let error as Refusal {
                try portal.audit(context, "freeze-lift", "unit \(code)", "refused: \(error.description)")
                return try freezesPage(request, context, message: Page.Message(text: context.t(error.chinese, error.english), kind: "error"), status: .unprocessableContent)
            }
        }
        add(.get, "/bureau/summonses", bureau) { request, context in
            try summonsesPage(request, context, message: nil, status: .ok)
        }
        add(.post, "/bureau/summonses/{id}", bureau) { request, context in
            guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound() }
            let optionalDay = { (key: String, label: Bilingual) throws -> Day? in
                context.form.text(key) == nil ? nil : try Self.day(context.form, key, label)
            }
            let held = try optionalDay("held", FieldLabel.dayHeld)
            let due = try optionalDay("due", FieldLabel.rectificationDue)
            let closed = try optionalDay("closed", FieldLabel.closingDay)
            let notes = try Self.text(context.form, "notes", FieldLabel.notes, limit: 1000, required: false)
            if held == nil && due == nil && closed == nil && notes == nil {
                throw PortalError.badRequest(.nothingToAmend)
            }
            do {
                let (_, amendments) = try portal.db.amendSummons(
                    id: id, heldOn: held, notes: notes, rectificationDue: due, closedOn: closed, today: portal.config.today(), by: context.account?.name ?? "")
                try portal.audit(context, "summons-update", "summons \(id)", "done: \(amendments.count) change(s)")
                return try summonsesPage(request, context, message: Page.Message(text: context.t(BureauText.amended(summons: id, changes: amendments.count)), kind: "ok"), status: .ok)
            } catch let error as Refusal {
                try portal.audit(context, "summons-update", "summons \(id)", "refused: \(error.description)")
                return try summonsesPage(request, context, message: Page.Message(text: context.t(error.chinese, error.english), kind: "error"), status: .unprocessableContent)
            }
        }
        add(.post, "/bureau/findings", bureau) { request, context in
            let area = try Self.text(context.form, "area", FieldLabel.unitCode, limit: 64)!
            guard let year = context.form.text("year").flatMap({ Int($0) }), portal.config.rules.assessedYears.contains(year) else {
                throw PortalError.badRequest(.yearOutsideRules)
            }
            let ref = try Self.text(context.form, "ref", FieldLabel.reference)!
            let remove = context.form["remove"] == "yes"
            var page = Page(title: context.t(BureauText.finding))
            do {
                if remove {
                    let f = try portal.db.removeFalsification(area: area, year: year, reference: ref)
                    page.messages = [Page.Message(text: context.t(BureauText.removalRecorded(area: f.areaCode, year: f.year, reference: f.reference)), kind: "ok")]
                } else {
                    let f = try portal.db.recordFalsification(area: area, year: year, reference: ref)
                    page.messages = [Page.Message(text: context.t(BureauText.findingRecorded(area: f.areaCode, year: f.year, reference: f.reference)), kind: "ok")]
                }
                try portal.audit(context, remove ? "finding-remove" : "finding", "unit \(area) \(year)", "done: \(ref)")
            } catch let error as Refusal {
                try portal.audit(context, remove ? "finding-remove" : "finding", "unit \(area) \(year)", "refused: \(error.description)")
                page.messages = [Page.Message(text: context.t(error.chinese, error.english), kind: "error")]
                return self.page(page, request, context, status: .unprocessableContent)
            }
            page.links = [Page.Link(href: "/bureau", label: context.t(BureauText.backToAssessment))]
            return self.page(page, request, context)
        }
        add(.get, "/bureau/audit", bureau) { request, context in
            let t: (Bilingual) -> String = context.t
            var page = Page(title: t(BureauText.auditLog))
            page.tables = [Page.Table(
                caption: t(BureauText.auditCaption), headers: BureauText.auditHeaders.map(t),
                rows: try portal.db.auditLog().map { [$0.at, $0.userName, $0.role.rawValue, $0.address, $0.action, $0.target, $0.outcome] })]
            return self.page(page, request, context)
        }
    }

    /// A run: the draft or published table, the units failing only for "no report, no data" (R-22a), and
    /// the publish form for a draft.
    func runPage(_ run: AssessmentRun, _ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t: (Bilingual) -> String = context.t
        let rules = try AssessmentFlow.storedRules(of: run)
        var page = Page(title: AssessmentText.heading(run, lang: context.lang))
        if let message { page.messages = [message] }
        page.paragraphs = [AssessmentText.gradeCounts(run, lang: context.lang)]
        page.tables = [Page.Table(ListTables.assessment(run, rules: rules.rounding, lang: context.lang))]
        if run.status == .draft {
            let noData = PublicationGuard.noDataFailures(run, rules: rules)
            if !noData.isEmpty {
                page.lists = [Page.ItemList(
                    caption: t(BureauText.noDataOnly),
                    items: noData.map { "\($0.code) \($0.name)" })]
            }
            page.forms = [Page.Form(
                action: "/bureau/runs/\(run.id)/publish", title: t(BureauText.publishTitle), submit: t(BureauText.publish), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t(BureauText.publicationDate), name: "date", type: "date", value: portal.config.today().description, required: true),
                    Page.Form.Field(label: t(BureauText.documentNumber), name: "doc", required: true),
                    Page.Form.Field(label: t(BureauText.confirmNoData), name: "confirm", type: "checkbox"),
                ])]
        }
        return self.page(page, request, context, status: status)
    }

    func freezesPage(_ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t: (Bilingual) -> String = context.t
        let today = portal.config.today()
        var page = Page(title: t(BureauText.freezes))
        if let message { page.messages = [message] }
        let inForce = try portal.db.freezes(inForceOn: today)
        page.tables = [
            Page.Table(ListTables.freezes(inForce, on: today, history: false, lang: context.lang), caption: t(BureauText.inForce(on: today)), empty: t(BureauText.none)),
            Page.Table(ListTables.freezes(try portal.db.freezes(), on: today, history: true, lang: context.lang), caption: t(BureauText.everyFreeze), empty: t(BureauText.none)),
        ]
        for code in Set(inForce.map(\.area.code)).sorted() {
            page.forms.append(Page.Form(
                action: "/bureau/freezes/\(code)/lift", title: t(BureauText.liftTitle(code)), submit: t(BureauText.lift), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t(BureauText.liftDate), name: "date", type: "date", value: today.description, required: true),
                    Page.Form.Field(label: t(BureauText.liftDocument), name: "doc", required: true),
                    Page.Form.Field(label: t(BureauText.reason), name: "reason", required: true),
                    Page.Form.Field(label: t(BureauText.force), name: "force", type: "checkbox"),
                ]))
        }
        return self.page(page, request, context, status: status)
    }

    func summonsesPage(_ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t: (Bilingual) -> String = context.t
        var page = Page(title: t(BureauText.summonses))
        if let message { page.messages = [message] }
        let summonses = try portal.db.summonses()
        page.tables = [Page.Table(ListTables.summonses(summonses, lang: context.lang), empty: t(BureauText.noSummons))]
        for s in summonses where !s.status.isFinished {
            page.forms.append(Page.Form(
                action: "/bureau/summonses/\(s.id)", title: t(BureauText.amendTitle(s.id, code: s.area.code)), submit: t(BureauText.save), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t(BureauText.dayHeld), name: "held", type: "date"),
                    Page.Form.Field(label: t(BureauText.rectificationDue), name: "due", type: "date"),
                    Page.Form.Field(label: t(BureauText.closedOn), name: "closed", type: "date"),
                    Page.Form.Field(label: t(BureauText.notes), name: "notes"),
                ]))
        }
        return self.page(page, request, context, status: status)
    }
}
