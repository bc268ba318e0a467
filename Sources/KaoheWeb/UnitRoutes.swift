import Foundation
import Hummingbird
import KaoheCSV
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore
import NIOPosix

extension PortalRoutes {
    /// A unit's page and upload (its clerk; departments and the bureau read), the report status of every
    /// unit and the published results (departments and the bureau).
    func addUnits() {
        add(.get, "/units/{code}", .roles([.clerk, .department, .bureau])) { request, context in
            let area = try requireUnit(context.parameters.get("code") ?? "", context)
            // Blocking reads run on NIO's thread pool, never on the server's event loops or Swift's cooperative threads.
            return try await NIOThreadPool.singleton.runIfActive {
                try unitPage(area, request, context, messages: [], diagnostics: [], status: .ok)
            }
        }
        add(.post, "/units/{code}/upload", .roles([.clerk])) { request, context in
            let area = try requireUnit(context.parameters.get("code") ?? "", context)
            return try await NIOThreadPool.singleton.runIfActive { try upload(area, request, context) }
        }
        add(.get, "/reports", .roles([.department, .bureau])) { request, context in
            let year = portal.year(request)
            var page = Page(title: context.t(UnitText.reportsTitle(year: year)))
            page.tables = [Page.Table(ListTables.reportStatus(try statuses(year: year, english: context.lang == .en), lang: context.lang))]
            page.links = try portal.db.areas().map { Page.Link(href: "/units/\($0.code)?year=\(year)", label: "\($0.code) \($0.name)") }
            return self.page(page, request, context)
        }
        add(.get, "/results", .roles([.department, .bureau])) { request, context in
            let year = portal.year(request)
            var page = Page(title: context.t(UnitText.resultsTitle(year: year)))
            let awaiting = try portal.db.awaitingCorrections()
            for kind in [AssessmentKind.annual, .final] {
                guard let run = try portal.db.runs(year: year, kind: kind).last(where: { $0.status == .published }) else { continue }
                let rules = try AssessmentFlow.storedRules(of: run)
                var table = Page.Table(ListTables.assessment(run, rules: rules.rounding, lang: context.lang), caption: AssessmentText.heading(run, lang: context.lang))
                // The year awaits correction when a succession this revision relied on was withdrawn as one (D-143, D-159).
                table.notes = awaiting.filter { $0.runID == run.id }.map { context.t(AwaitingCorrectionText.note($0)) }
                page.tables.append(table)
            }
            if page.tables.isEmpty { page.paragraphs = [context.t(UnitText.noResult(year: year))] }
            return self.page(page, request, context)
        }
    }

    /// A clerk's upload: the CLI's checks (ReportUpload), the located problems shown in the page, nothing
    /// stored on a refusal; the outcome is in the audit log.
    func upload(_ area: Area, _ request: Request, _ context: PortalContext) throws -> Response {
        let t: (Bilingual) -> String = context.t
        let uploads = context.form.files.filter { $0.name == "files" }.map { NamedData(name: $0.fileName, data: $0.data) }
        do {
            let (outcome, batch, _) = try ReportUpload.upload(
                uploads, unit: area.code, db: portal.db, rules: portal.config.rules, today: portal.config.today())
            var messages = batch.kinds.map { k in
                Page.Message(text: t(UnitText.fileRead(k.file, kind: Bilingual(k.kind.chinese, k.kind.rawValue), rows: k.rows)), kind: "ok")
            }
            messages.append(Page.Message(
                text: outcome.newVersions.isEmpty
                    ? t(UnitText.identical)
                    : t(UnitText.stored(parts: outcome.newVersions.count)),
                kind: "ok"))
            try portal.audit(context, "report-upload", "unit \(area.code)", "done: \(uploads.map(\.name).joined(separator: ", "))")
            return try unitPage(area, request, context, messages: messages, diagnostics: batch.warnings.map { $0.rendered(chinese: context.lang == .zh) }, status: .ok)
        } catch let error as DiagnosticsError {
            let count = error.diagnostics.filter { $0.severity == .error }.count
            try portal.audit(context, "report-upload", "unit \(area.code)", "refused: \(count) error(s)")
            return try unitPage(
                area, request, context,
                messages: [Page.Message(text: t(UnitText.rejected(errors: count)), kind: "error")],
                diagnostics: error.diagnostics.map { $0.rendered(chinese: context.lang == .zh) }, status: .unprocessableContent)
        } catch let refusal as ReportUpload.Refusal {
            return try unitPage(area, request, context, messages: [Page.Message(text: context.t(refusal.wording), kind: "error")], diagnostics: [], status: .unprocessableContent)
        } catch let error as Refusal {
            return try unitPage(area, request, context, messages: [Page.Message(text: context.t(error.chinese, error.english), kind: "error")], diagnostics: [], status: .unprocessableContent)
        }
    }

    func statuses(year: Int, english: Bool) throws -> [(area: Area, status: ReportStatus)] {
        try portal.db.reportStatuses(year: year, english: english).map { ($0.area, $0.status) }
    }

    /// The unit's page: status against the deadline, its report versions, the upload form for its clerk,
    /// and, once published, its grade, explanation, summons and freeze.
    func unitPage(_ area: Area, _ request: Request, _ context: PortalContext, messages: [Page.Message], diagnostics: [String], status: HTTPResponse.Status) throws -> Response {
        let t: (Bilingual) -> String = context.t
        let lang = context.lang, db = portal.db
        let year = portal.year(request)
        let today = portal.config.today()
        let deadline = Day(year: year, month: 12, day: 31)!
        let reportStatus: ReportStatus? = ReportStatus(
            areaCode: area.code, year: year, pollutant: try db.pollutants()[area.code] ?? .pm10, report: try db.report(area: area.code, year: year)
        ).withFilings(try db.filingEvents(year: year))
        var page = Page(title: "\(area.code) \(area.name) · \(year)")
        page.messages = messages
        if !diagnostics.isEmpty { page.lists = [Page.ItemList(caption: t(UnitText.checkFound), items: diagnostics)] }
        let left = today.days(to: deadline)
        page.paragraphs = [
            t(UnitText.deadline(deadline)) + (left >= 0 ? t(UnitText.daysLeft(left)) : t(UnitText.daysPassed(-left))),
            t(UnitText.status) + (reportStatus.map { Labels.submission($0, lang) } ?? "—"),
        ]
        let history = try db.reportHistory(area: area.code, year: year)
        page.tables.append(Page.Table(
            caption: t(UnitText.versions),
            headers: UnitText.versionHeaders.map(t),
            rows: history.map { v in
                [context.t(v.part.chinese, v.part.english), String(v.version), v.submittedOn?.description ?? "", v.importedAt, v.files.map(\.name).joined(separator: ", "), v.isCurrent ? t(UnitText.inUse) : ""]
            },
            empty: t(UnitText.nothingSubmitted)))
        if context.account?.role == .clerk {
            page.forms = [Page.Form(
                action: "/units/\(area.code)/upload?year=\(year)", title: t(UnitText.uploadTitle),
                submit: t(UnitText.uploadSubmit), csrf: context.csrf, multipart: true,
                fields: [Page.Form.Field(label: t(UnitText.uploadFiles), name: "files", type: "file", required: true)])]
        }
        // After publication only: the newest published revision of each kind (R-22c).
        for kind in [AssessmentKind.annual, .final] {
            guard let run = try db.runs(year: year, kind: kind).last(where: { $0.status == .published }),
                let result = run.results.first(where: { $0.area.code == area.code })
            else { continue }
            let parts = AssessmentText.explanationParts(result, lang: lang)
            page.lists.append(Page.ItemList(caption: AssessmentText.heading(run, lang: lang) + " — " + parts.title, items: parts.steps + [parts.conclusion]))
        }
        let summonses = try db.summonses(year: year).filter { $0.area.code == area.code || $0.heldBy?.code == area.code }
        if !summonses.isEmpty { page.tables.append(Page.Table(ListTables.summonses(summonses, lang: lang))) }
        let freezes = try db.freezes(area: area.code)
        if !freezes.isEmpty { page.tables.append(Page.Table(ListTables.freezes(freezes, on: today, history: true, lang: lang))) }
        return self.page(page, request, context, status: status)
    }
}
