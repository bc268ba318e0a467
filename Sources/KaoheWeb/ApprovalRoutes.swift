import Foundation
import Hummingbird
import KaoheCore
import KaoheReport
import KaoheStore

extension PortalRoutes {
    /// The approval officer's EIA check (R-19(b), R-20) as a form; each question and answer is logged twice:
    /// in the store's EIA log (as `kaohe eia-check` does) and in the audit log with the user and address.
    func addApproval() {
        let approval = Access.roles([.approval])
        add(.get, "/eia", approval) { request, context in
            try eiaPage(request, context, answer: nil, status: .ok)
        }
        add(.post, "/eia", approval) { request, context in
            let code = try Self.text(context.form, "area", FieldLabel.unitCode, limit: 64)!
            guard let category = context.form.text("category").flatMap(ProjectCategory.init(name:)) else {
                throw PortalError.badRequest(.chooseProjectCategory)
            }
            let project = try Self.text(context.form, "project", FieldLabel.projectName, required: false)
            let day = context.form.text("on") == nil ? portal.config.today() : try Self.day(context.form, "on", FieldLabel.dayAsked)
            do {
                let decision = try portal.db.checkEIA(area: code, category: category, on: day, project: project)
                try portal.audit(context, "eia-check", "unit \(code)", "\(decision.allowed ? "allowed" : "blocked"): \(category.alias) \(day) \(project ?? "")")
                let answer = Page.Message(text: ConsequencesText.eiaAnswer(decision, project: project, lang: context.lang), kind: decision.allowed ? "ok" : "error")
                return try eiaPage(request, context, answer: answer, status: .ok)
            } catch let error as Refusal {
                try portal.audit(context, "eia-check", "unit \(code)", "refused: \(error.description)")
                return try eiaPage(request, context, answer: Page.Message(text: context.t(error.chinese, error.english), kind: "error"), status: .unprocessableContent)
            }
        }
    }

    func eiaPage(_ request: Request, _ context: PortalContext, answer: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t: (Bilingual) -> String = context.t
        var page = Page(title: t(ApprovalText.title))
        if let answer { page.messages = [answer] }
        page.paragraphs = [t(ApprovalText.explanation)]
        page.forms = [Page.Form(
            action: "/eia", title: t(ApprovalText.formTitle), submit: t(ApprovalText.submit), csrf: context.csrf,
            fields: [
                Page.Form.Field(
                    label: t(ApprovalText.unit), name: "area", type: "select",
                    options: try portal.db.areas().map { Page.Form.Option(value: $0.code, label: "\($0.code) \($0.name)", selected: false) }),
                Page.Form.Field(
                    label: t(ApprovalText.category), name: "category", type: "select",
                    options: ProjectCategory.allCases.map { Page.Form.Option(value: $0.alias, label: t(ApprovalText.categoryOption($0.rawValue, alias: $0.alias)), selected: $0 == .emitting) }),
                Page.Form.Field(label: t(ApprovalText.projectName), name: "project"),
                Page.Form.Field(label: t(ApprovalText.dayAsked), name: "on", type: "date"),
            ])]
        return self.page(page, request, context, status: status)
    }
}
