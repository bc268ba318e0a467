import Foundation
import Hummingbird
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore
import NIOPosix

extension PortalRoutes {
    /// The public page (公示), the stylesheet, login, logout, the password change and the home page.
    func addPublic() {
        // Public, no login: the areas whose approvals are frozen today, with start date and document — nothing else.
        add(.get, "/", .open) { request, context in
            let today = portal.config.today()
            let freezes = try portal.db.freezes(inForceOn: today)
            let t = context.t
            var seen = Set<String>()
            let rows: [[String]] = freezes.compactMap { f in
                let unit = f.heldBy ?? f.area
                guard seen.insert("\(unit.code)/\(f.id)").inserted else { return nil }
                return [unit.name, f.startedOn.description, f.document]
            }
            var page = Page(title: t("环评限批公示", "Areas under an approval freeze"))
            page.paragraphs = [t(
                "截至 \(today)，下列地区新增大气污染物排放的建设项目环评审批暂停（民生项目和节能减排项目除外）。",
                "As of \(today), EIA approval of new projects adding air-pollutant emissions is suspended in these areas (livelihood and energy-saving projects exempt).")]
            page.tables = [Page.Table(
                caption: t("限批地区", "Frozen areas"), headers: [t("地区", "area"), t("起始日期", "since"), t("文号", "document")], rows: rows,
                empty: t("目前没有地区处于环评限批。", "No area is under an approval freeze."))]
            return self.page(page, request, context)
        }
        add(.get, "/static/site.css", .open) { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "public, max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Templates.css)))
        }
    }

    func addAccount() {
        add(.get, "/login", .open) { request, context in
            if context.account != nil { return .redirect(to: "/home", type: .normal) }
            // An anonymous session carries the login form's CSRF token; it is replaced at login (fixation).
            var response = loginPage(request, context, session: nil, message: nil, status: .ok)
            if context.session == nil {
                let session = await portal.sessions.create(accountID: nil)
                var c = context
                c.session = session
                response = loginPage(request, c, session: session, message: nil, status: .ok)
                response.setCookie(portal.sessionCookie(session.id))
            }
            return response
        }
        add(.post, "/login", .open) { request, context in
            let t = context.t
            let name = context.form.text("name") ?? ""
            let password = context.form["password"] ?? ""
            let keys = ["name:" + name.lowercased(), "address:" + context.address]
            guard await portal.throttle.allows(keys) else {
                return loginPage(request, context, session: context.session, message: t(
                    "登录失败次数过多，请 15 分钟后再试。", "Too many failed logins; try again in 15 minutes."), status: .tooManyRequests)
            }
            let account = try portal.db.account(named: name)
            // A missing account costs a hash check too, so timing does not tell which names exist.
            let hash = account?.passwordHash ?? Self.decoyHash
            let matches = try await NIOThreadPool.singleton.runIfActive { Passwords.verify(password, hash: hash) }
            guard let account, matches, !account.isDisabled else {
                await portal.throttle.fail(keys)
                return loginPage(request, context, session: context.session, message: t("账号或密码不正确。", "Wrong account name or password."), status: .unauthorized)
            }
            await portal.throttle.succeed(keys[0])
            // Session fixation: the pre-login session id never becomes a signed-in one.
            if let old = context.session { await portal.sessions.remove(old.id) }
            let session = await portal.sessions.create(accountID: account.id)
            var signedIn = context
            signedIn.account = account
            try portal.audit(signedIn, "login", "account \(account.name)", "done")
            var response = Response.redirect(to: account.mustChangePassword ? "/password" : "/home", type: .normal)
            response.setCookie(portal.sessionCookie(session.id))
            return response
        }
        add(.post, "/logout", .anyAccount) { _, context in
            if let s = context.session { await portal.sessions.remove(s.id) }
            var response = Response.redirect(to: "/", type: .normal)
            response.setCookie(Cookie(name: PortalMiddleware.sessionCookie, value: "", maxAge: 0, path: "/", secure: portal.config.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        add(.get, "/password", .anyAccount) { request, context in
            passwordPage(request, context, message: nil, status: .ok)
        }
        add(.post, "/password", .anyAccount) { request, context in
            guard let account = context.account else { throw PortalError.forbidden() }
            let current = context.form["current"] ?? "", new = context.form["new"] ?? "", again = context.form["again"] ?? ""
            let matches = try await NIOThreadPool.singleton.runIfActive { Passwords.verify(current, hash: account.passwordHash) }
            guard matches else {
                return passwordPage(request, context, message: context.t("当前密码不正确。", "The current password is wrong."), status: .unprocessableContent)
            }
            guard new == again else {
                return passwordPage(request, context, message: context.t("两次输入的新密码不一致。", "The two new passwords differ."), status: .unprocessableContent)
            }
            if let problem = Passwords.problem(new, name: account.name, previous: current) {
                return passwordPage(request, context, message: context.t(problem.message.zh, problem.message.en), status: .unprocessableContent)
            }
            let cost = portal.config.bcryptCost
            let hash = try await NIOThreadPool.singleton.runIfActive { Passwords.hash(new, cost: cost) }
            _ = try portal.db.setPassword(name: account.name, hash: hash, mustChange: false)
            await portal.sessions.removeAll(accountID: account.id, except: context.session?.id)
            try portal.audit(context, "password-change", "account \(account.name)", "done")
            return .redirect(to: "/home", type: .normal)
        }
        add(.get, "/home", Access.everyRole) { request, context in
            guard let account = context.account else { throw PortalError.forbidden() }
            let t = context.t
            var page = Page(title: t("首页", "Home"))
            page.paragraphs = [t("\(account.name)，您好。角色：\(account.role.chinese)。", "Hello, \(account.name). Role: \(account.role.rawValue).")]
            switch account.role {
            case .clerk:
                if let u = account.unitCode { page.links = [Page.Link(href: "/units/\(u)", label: t("本单位的报告与结果", "My unit's reports and results"))] }
            case .department:
                page.links = [Page.Link(href: "/reports", label: t("各单位报送情况", "Reports of every unit")), Page.Link(href: "/results", label: t("已发布的考核结果", "Published results"))]
            case .bureau:
                page.links = [
                    Page.Link(href: "/reports", label: t("各单位报送情况", "Reports of every unit")), Page.Link(href: "/bureau", label: t("考核与发布", "Assess and publish")),
                    Page.Link(href: "/bureau/freezes", label: t("环评限批", "Approval freezes")), Page.Link(href: "/bureau/summonses", label: t("约谈", "Summonses")),
                ]
            case .approval:
                page.links = [Page.Link(href: "/eia", label: t("环评审批查询", "EIA approval check"))]
            }
            return self.page(page, request, context)
        }
    }

    /// A bcrypt hash of a random string, checked when the account does not exist.
    static let decoyHash = Passwords.hash(UUID().uuidString, cost: 10)

    func loginPage(_ request: Request, _ context: PortalContext, session: Session?, message: String?, status: HTTPResponse.Status) -> Response {
        let t = context.t
        var page = Page(title: t("登录", "Log in"))
        if let message { page.messages = [Page.Message(text: message, kind: "error")] }
        page.forms = [Page.Form(
            action: "/login", title: t("账号登录", "Account"), submit: t("登录", "Log in"), csrf: session?.csrf ?? context.csrf,
            fields: [
                Page.Form.Field(label: t("账号", "Account name"), name: "name", required: true),
                Page.Form.Field(label: t("密码", "Password"), name: "password", type: "password", required: true),
            ])]
        return self.page(page, request, context, status: status)
    }

    func passwordPage(_ request: Request, _ context: PortalContext, message: String?, status: HTTPResponse.Status) -> Response {
        let t = context.t
        var page = Page(title: t("修改密码", "Change password"))
        if context.account?.mustChangePassword == true {
            page.messages.append(Page.Message(text: t("首次登录须先修改初始密码。", "Change the initial password before going on."), kind: "note"))
        }
        if let message { page.messages.append(Page.Message(text: message, kind: "error")) }
        page.forms = [Page.Form(
            action: "/password", title: t("新密码", "New password"), submit: t("保存", "Save"), csrf: context.csrf,
            fields: [
                Page.Form.Field(label: t("当前密码", "Current password"), name: "current", type: "password", required: true),
                Page.Form.Field(label: t("新密码（至少 \(Passwords.minimumLength) 个字符）", "New password (at least \(Passwords.minimumLength) characters)"), name: "new", type: "password", required: true),
                Page.Form.Field(label: t("再次输入新密码", "New password again"), name: "again", type: "password", required: true),
            ])]
        return self.page(page, request, context, status: status)
    }
}
