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
            let code = try Self.text(context.form, "area", ("单位代码", "the unit code"), limit: 64)!
            guard let category = context.form.text("category").flatMap(ProjectCategory.init(name:)) else {
                throw PortalError.badRequest("请选择项目类别", "choose the project category")
            }
            let project = try Self.text(context.form, "project", ("项目名称", "the project name"), required: false)
            let day = context.form.text("on") == nil ? portal.config.today() : try Self.day(context.form, "on", ("查询日期", "the day asked about"))
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
        let t = context.t
        var page = Page(title: t("环评审批查询", "EIA approval check"))
        if let answer { page.messages = [answer] }
        page.paragraphs = [t(
            "新增大气污染物排放的建设项目在限批地区暂停审批；民生项目和节能减排项目除外，不新增排放的项目不在限批范围内（R-19、R-20）。",
            "New projects adding air-pollutant emissions are not approved in a frozen area; livelihood and energy-saving projects are exempt, and projects adding no emissions are outside the freeze (R-19, R-20).")]
        page.forms = [Page.Form(
            action: "/eia", title: t("查询", "Ask"), submit: t("查询", "Check"), csrf: context.csrf,
            fields: [
                Page.Form.Field(
                    label: t("单位", "Unit"), name: "area", type: "select",
                    options: try portal.db.areas().map { Page.Form.Option(value: $0.code, label: "\($0.code) \($0.name)", selected: false) }),
                Page.Form.Field(
                    label: t("项目类别", "Project category"), name: "category", type: "select",
                    options: ProjectCategory.allCases.map { Page.Form.Option(value: $0.alias, label: t($0.rawValue + "项目", $0.alias), selected: $0 == .emitting) }),
                Page.Form.Field(label: t("项目名称", "Project name"), name: "project"),
                Page.Form.Field(label: t("查询日期（默认今天）", "Day asked about (default today)"), name: "on", type: "date"),
            ])]
        return self.page(page, request, context, status: status)
    }
}
