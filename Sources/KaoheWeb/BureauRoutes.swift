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
            let t = context.t
            let year = portal.year(request)
            var page = Page(title: t("考核与发布", "Assess and publish"))
            var rows: [[String]] = []
            var links: [Page.Link] = []
            for kind in [AssessmentKind.annual, .final] {
                for run in try portal.db.runs(year: year, kind: kind) {
                    rows.append([
                        "#\(run.id)", String(run.year), Labels.kind(run.kind, context.lang), String(run.revision),
                        run.status == .published ? t("已发布 \(run.publishedOn?.description ?? "") \(run.documentNumber ?? "")", "published \(run.publishedOn?.description ?? "") \(run.documentNumber ?? "")") : t("草稿", "draft"),
                    ])
                    links.append(Page.Link(href: "/bureau/runs/\(run.id)", label: t("查看运行 #\(run.id)", "Open run #\(run.id)")))
                }
            }
            page.tables = [Page.Table(
                caption: t("\(year) 年的考核运行", "Runs for \(year)"), headers: [t("运行", "run"), t("年度", "year"), t("类型", "kind"), t("版本", "revision"), t("状态", "status")],
                rows: rows, empty: t("尚未运行考核。", "No run yet."))]
            page.links = links
            page.forms = [
                Page.Form(
                    action: "/bureau/assess", title: t("运行考核（生成新的草稿版本）", "Assess (a new draft revision)"), submit: t("运行考核", "Assess"), csrf: context.csrf,
                    fields: [
                        Page.Form.Field(label: t("考核年度", "Year"), name: "year", type: "number", value: String(year), required: true),
                        Page.Form.Field(label: t("终期考核", "Final assessment"), name: "final", type: "checkbox"),
                    ]),
                Page.Form(
                    action: "/bureau/findings", title: t("记录篡改、伪造监测数据的认定（R-17）", "Record a finding of falsified data (R-17)"), submit: t("记录", "Record"), csrf: context.csrf,
                    fields: [
                        Page.Form.Field(label: t("单位代码", "Unit code"), name: "area", required: true),
                        Page.Form.Field(label: t("考核年度", "Year"), name: "year", type: "number", value: String(year), required: true),
                        Page.Form.Field(label: t("依据（文号或说明）", "Reference (document or note)"), name: "ref", required: true),
                        Page.Form.Field(label: t("记录撤销该认定", "Record the withdrawal of the finding"), name: "remove", type: "checkbox"),
                    ]),
            ]
            return self.page(page, request, context)
        }
        add(.post, "/bureau/assess", bureau) { request, context in
            let t = context.t
            guard let year = context.form.text("year").flatMap({ Int($0) }) else { throw PortalError.badRequest("请填写考核年度", "give the year") }
            let kind: AssessmentKind = context.form["final"] == "yes" ? .final : .annual
            do {
                let run = try AssessmentFlow.run(portal.db, year: year, kind: kind, rules: portal.config.rules, ruleSetText: portal.config.ruleSetText)
                try portal.audit(context, "assess", "\(year) \(kind.rawValue)", "done: run \(run.id)")
                return .redirect(to: "/bureau/runs/\(run.id)", type: .normal)
            } catch let refusal as AssessmentFlow.Refusal {
                let message: (String, String)
                switch refusal {
                case .yearOutsideRules(let y, let years): message = ("\(y) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内", "\(y) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound)")
                case .finalNeedsFinalYear(let f): message = ("终期考核针对规划期末 \(f) 年", "the final assessment covers \(f), the end of the plan period")
                case .noUnits: message = ("尚未存储任何单位", "no units are stored")
                case .succession(let problem): message = (problem.chinese, problem.english)
                }
                try portal.audit(context, "assess", "\(year) \(kind.rawValue)", "refused: \(message.1)")
                throw PortalError(status: .unprocessableContent, zh: message.0, en: message.1)
            }
            _ = t
        }
        add(.get, "/bureau/runs/{id}", bureau) { request, context in
            guard let id = context.parameters.get("id", as: Int64.self), let run = try portal.db.run(id: id) else { throw PortalError.notFound() }
            return try runPage(run, request, context, message: nil, status: .ok)
        }
        add(.post, "/bureau/runs/{id}/publish", bureau) { request, context in
            guard let id = context.parameters.get("id", as: Int64.self), let run = try portal.db.run(id: id) else { throw PortalError.notFound() }
            let day = try Self.day(context.form, "date", ("发布日期", "the publication date"))
            let doc = try Self.text(context.form, "doc", ("文号", "the document number"))!
            let confirm = context.form["confirm"] == "yes"
            let rules = try AssessmentFlow.storedRules(of: run)
            do {
                // R-22a guards (dates, revision order, final year, the no-data share) are the store's, as for the CLI.
                let outcome = try portal.db.publish(runID: run.id, on: day, documentNumber: doc, rules: rules, today: portal.config.today(), confirmNoData: confirm)
                try portal.audit(context, "publish", "run \(run.id)", "done: \(day) \(doc)")
                return try runPage(outcome.run, request, context, message: Page.Message(text: ConsequencesText.published(outcome, lang: context.lang), kind: "ok"), status: .ok)
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
            let day = try Self.day(context.form, "date", ("解除日期", "the lift date"))
            let doc = try Self.text(context.form, "doc", ("文号", "the document number"))!
            let reason = try Self.text(context.form, "reason", ("理由", "the reason"), limit: 1000)!
            let force = context.form["force"] == "yes"
            do {
                let lifted = try portal.db.liftFreezes(area: code, on: day, document: doc, reason: reason, force: force, by: context.account?.name ?? "")
                try portal.audit(context, "freeze-lift", "unit \(code)", "done: \(lifted.map { "#\($0.id)" }.joined(separator: " ")) \(day) \(doc)")
                return try freezesPage(request, context, message: Page.Message(text: context.t("已解除 \(code) 的 \(lifted.count) 项限批，\(day) 起生效。", "Lifted \(lifted.count) freeze(s) of \(code) from \(day)."), kind: "ok"), status: .ok)
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
            let optionalDay = { (key: String, label: (String, String)) throws -> Day? in
                context.form.text(key) == nil ? nil : try Self.day(context.form, key, label)
            }
            let held = try optionalDay("held", ("约谈日期", "the day held"))
            let due = try optionalDay("due", ("整改期限", "the rectification due day"))
            let closed = try optionalDay("closed", ("销号日期", "the closing day"))
            let notes = try Self.text(context.form, "notes", ("备注", "the notes"), limit: 1000, required: false)
            if held == nil && due == nil && closed == nil && notes == nil {
                throw PortalError.badRequest("没有要修改的内容", "nothing to amend")
            }
            do {
                let (_, amendments) = try portal.db.amendSummons(
                    id: id, heldOn: held, notes: notes, rectificationDue: due, closedOn: closed, today: portal.config.today(), by: context.account?.name ?? "")
                try portal.audit(context, "summons-update", "summons \(id)", "done: \(amendments.count) change(s)")
                return try summonsesPage(request, context, message: Page.Message(text: context.t("约谈 #\(id)：已记录 \(amendments.count) 项修改。", "Summons #\(id): \(amendments.count) change(s) recorded."), kind: "ok"), status: .ok)
            } catch let error as Refusal {
                try portal.audit(context, "summons-update", "summons \(id)", "refused: \(error.description)")
                return try summonsesPage(request, context, message: Page.Message(text: context.t(error.chinese, error.english), kind: "error"), status: .unprocessableContent)
            }
        }
        add(.post, "/bureau/findings", bureau) { request, context in
            let area = try Self.text(context.form, "area", ("单位代码", "the unit code"), limit: 64)!
            guard let year = context.form.text("year").flatMap({ Int($0) }), portal.config.rules.assessedYears.contains(year) else {
                throw PortalError.badRequest("考核年度不在规则集的考核年度之内", "the year is outside the rule set's assessed years")
            }
            let ref = try Self.text(context.form, "ref", ("依据", "the reference"))!
            let remove = context.form["remove"] == "yes"
            var page = Page(title: context.t("认定", "Finding"))
            do {
                if remove {
                    let f = try portal.db.removeFalsification(area: area, year: year, reference: ref)
                    page.messages = [Page.Message(text: context.t("已记录撤销：\(f.areaCode) \(f.year) 数据造假认定（\(f.reference)）。重新运行考核后生效。", "Removal recorded: falsification finding for \(f.areaCode) \(f.year) (\(f.reference)). Assess again for it to take effect."), kind: "ok")]
                } else {
                    let f = try portal.db.recordFalsification(area: area, year: year, reference: ref)
                    page.messages = [Page.Message(text: context.t("已记录：\(f.areaCode) \(f.year) 篡改、伪造监测数据认定（\(f.reference)），评为不合格（R-17）。重新运行考核后生效。", "Recorded: falsification finding for \(f.areaCode) \(f.year) (\(f.reference)); graded 不合格 (R-17). Assess again for it to take effect."), kind: "ok")]
                }
                try portal.audit(context, remove ? "finding-remove" : "finding", "unit \(area) \(year)", "done: \(ref)")
            } catch let error as Refusal {
                try portal.audit(context, remove ? "finding-remove" : "finding", "unit \(area) \(year)", "refused: \(error.description)")
                page.messages = [Page.Message(text: context.t(error.chinese, error.english), kind: "error")]
                return self.page(page, request, context, status: .unprocessableContent)
            }
            page.links = [Page.Link(href: "/bureau", label: context.t("返回考核", "Back to assessment"))]
            return self.page(page, request, context)
        }
        add(.get, "/bureau/audit", bureau) { request, context in
            let t = context.t
            var page = Page(title: t("操作日志", "Audit log"))
            page.tables = [Page.Table(
                caption: t("最近 500 项（新的在前）", "Newest 500, newest first"),
                headers: [t("时间 (UTC)", "time (UTC)"), t("账号", "account"), t("角色", "role"), t("地址", "address"), t("操作", "action"), t("对象", "target"), t("结果", "outcome")],
                rows: try portal.db.auditLog().map { [$0.at, $0.userName, $0.role.rawValue, $0.address, $0.action, $0.target, $0.outcome] })]
            return self.page(page, request, context)
        }
    }

    /// A run: the draft or published table, the units failing only for "no report, no data" (R-22a), and
    /// the publish form for a draft.
    func runPage(_ run: AssessmentRun, _ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t = context.t
        let rules = try AssessmentFlow.storedRules(of: run)
        var page = Page(title: AssessmentText.heading(run, lang: context.lang))
        if let message { page.messages = [message] }
        page.paragraphs = [AssessmentText.gradeCounts(run, lang: context.lang)]
        page.tables = [Page.Table(ListTables.assessment(run, rules: rules.rounding, lang: context.lang))]
        if run.status == .draft {
            let noData = PublicationGuard.noDataFailures(run, rules: rules)
            if !noData.isEmpty {
                page.lists = [Page.ItemList(
                    caption: t("仅因“未报送、无数据”而不合格的单位（R-22a）", "Units failing only for \"no report, no data\" (R-22a)"),
                    items: noData.map { "\($0.code) \($0.name)" })]
            }
            page.forms = [Page.Form(
                action: "/bureau/runs/\(run.id)/publish", title: t("发布（发布后不可更改）", "Publish (it cannot be changed afterwards)"), submit: t("发布", "Publish"), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t("发布日期", "Publication date"), name: "date", type: "date", value: portal.config.today().description, required: true),
                    Page.Form.Field(label: t("文号", "Document number (文号)"), name: "doc", required: true),
                    Page.Form.Field(label: t("确认：过半单位仅因“未报送、无数据”不合格时仍发布", "Confirm publishing although more than half fail only for no report, no data"), name: "confirm", type: "checkbox"),
                ])]
        }
        return self.page(page, request, context, status: status)
    }

    func freezesPage(_ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t = context.t, today = portal.config.today()
        var page = Page(title: t("环评限批", "Approval freezes"))
        if let message { page.messages = [message] }
        let inForce = try portal.db.freezes(inForceOn: today)
        page.tables = [
            Page.Table(ListTables.freezes(inForce, on: today, history: false, lang: context.lang), caption: t("\(today) 在限", "In force on \(today)"), empty: t("无。", "None.")),
            Page.Table(ListTables.freezes(try portal.db.freezes(), on: today, history: true, lang: context.lang), caption: t("历次限批", "Every freeze"), empty: t("无。", "None.")),
        ]
        for code in Set(inForce.map(\.area.code)).sorted() {
            page.forms.append(Page.Form(
                action: "/bureau/freezes/\(code)/lift", title: t("解除 \(code) 的限批", "Lift the freeze of \(code)"), submit: t("解除", "Lift"), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t("解除日期（自该日起不再限批）", "First day no longer frozen"), name: "date", type: "date", value: today.description, required: true),
                    Page.Form.Field(label: t("解除决定文号", "Decision document"), name: "doc", required: true),
                    Page.Form.Field(label: t("理由", "Reason"), name: "reason", required: true),
                    Page.Form.Field(label: t("未满最短期限仍解除", "Lift before the minimum duration"), name: "force", type: "checkbox"),
                ]))
        }
        return self.page(page, request, context, status: status)
    }

    func summonsesPage(_ request: Request, _ context: PortalContext, message: Page.Message?, status: HTTPResponse.Status) throws -> Response {
        let t = context.t
        var page = Page(title: t("约谈", "Summonses"))
        if let message { page.messages = [message] }
        let summonses = try portal.db.summonses()
        page.tables = [Page.Table(ListTables.summonses(summonses, lang: context.lang), empty: t("尚无约谈记录。", "No summons on record."))]
        for s in summonses where !s.status.isFinished {
            page.forms.append(Page.Form(
                action: "/bureau/summonses/\(s.id)", title: t("修改约谈 #\(s.id)（\(s.area.code)）", "Amend summons #\(s.id) (\(s.area.code))"), submit: t("保存", "Save"), csrf: context.csrf,
                fields: [
                    Page.Form.Field(label: t("约谈日期", "Day held"), name: "held", type: "date"),
                    Page.Form.Field(label: t("整改期限", "Rectification due"), name: "due", type: "date"),
                    Page.Form.Field(label: t("销号日期", "Closed on"), name: "closed", type: "date"),
                    Page.Form.Field(label: t("备注", "Notes"), name: "notes"),
                ]))
        }
        return self.page(page, request, context, status: status)
    }
}
