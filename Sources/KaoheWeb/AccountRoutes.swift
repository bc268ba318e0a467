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
            let t: (Bilingual) -> String = context.t
            var seen = Set<String>()
            let rows: [[String]] = freezes.compactMap { f in
                let unit = f.heldBy ?? f.area
                guard seen.insert("\(unit.code)/\(f.id)").inserted else { return nil }
                return [unit.name, f.startedOn.description, f.document]
            }
            var page = Page(title: t(AccountText.publicTitle))
            page.paragraphs = [t(AccountText.publicExplanation(asOf: today))]
            page.tables = [Page.Table(
                caption: t(AccountText.frozenAreas), headers: AccountText.publicHeaders.map(t), rows: rows,
                empty: t(AccountText.noneFrozen))]
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
            let t: (Bilingual) -> String = context.t
            let name = context.form.text("name") ?? ""
            let password = context.form["password"] ?? ""
            let keys = ["name:" + name.lowercased(), "address:" + context.address]
            guard await portal.throttle.allows(keys) else {
                return loginPage(request, context, session: context.session, message: t(AccountText.tooManyLogins), status: .tooManyRequests)
            }
            let account = try portal.db.account(named: name)
            // A missing account costs a hash check too, so timing does not tell which names exist.
            let hash = account?.passwordHash ?? Self.decoyHash
            let matches = try await NIOThreadPool.singleton.runIfActive { Passwords.verify(password, hash: hash) }
            guard let account, matches, !account.isDisabled else {
                await portal.throttle.fail(keys)
                return loginPage(request, context, session: context.session, message: t(AccountText.wrongLogin), status: .unauthorized)
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
                return passwordPage(request, context, message: context.t(AccountText.wrongCurrentPassword), status: .unprocessableContent)
            }
            guard new == again else {
                return passwordPage(request, context, message: context.t(AccountText.passwordsDiffer), status: .unprocessableContent)
            }
            if let problem = Passwords.problem(new, name: account.name, previous: current) {
                return passwordPage(request, context, message: context.t(problem.wording), status: .unprocessableContent)
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
            let t: (Bilingual) -> String = context.t
            var page = Page(title: t(AccountText.home))
            page.paragraphs = [t(AccountText.hello(account.name, role: Bilingual(account.role.chinese, account.role.rawValue)))]
            switch account.role {
            case .clerk:
                if let u = account.unitCode { page.links = [Page.Link(href: "/units/\(u)", label: t(AccountText.myUnit))] }
            case .department:
                page.links = [Page.Link(href: "/reports", label: t(AccountText.everyUnitsReports)), Page.Link(href: "/results", label: t(AccountText.publishedResults))]
            case .bureau:
                page.links = [
                    Page.Link(href: "/reports", label: t(AccountText.everyUnitsReports)), Page.Link(href: "/bureau", label: t(AccountText.assessAndPublish)),
                    Page.Link(href: "/bureau/freezes", label: t(AccountText.approvalFreezes)), Page.Link(href: "/bureau/summonses", label: t(AccountText.summonses)),
                ]
            case .approval:
                page.links = [Page.Link(href: "/eia", label: t(AccountText.eiaCheck))]
            }
            return self.page(page, request, context)
        }
    }

    /// A bcrypt hash of a random string, checked when the account does not exist.
    static let decoyHash = Passwords.hash(UUID().uuidString, cost: 10)

    func loginPage(_ request: Request, _ context: PortalContext, session: Session?, message: String?, status: HTTPResponse.Status) -> Response {
        let t: (Bilingual) -> String = context.t
        var page = Page(title: t(AccountText.logIn))
        if let message { page.messages = [Page.Message(text: message, kind: "error")] }
        page.forms = [Page.Form(
            action: "/login", title: t(AccountText.loginForm), submit: t(AccountText.logIn), csrf: session?.csrf ?? context.csrf,
            fields: [
                Page.Form.Field(label: t(AccountText.accountName), name: "name", required: true),
                Page.Form.Field(label: t(AccountText.password), name: "password", type: "password", required: true),
            ])]
        return self.page(page, request, context, status: status)
    }

    func passwordPage(_ request: Request, _ context: PortalContext, message: String?, status: HTTPResponse.Status) -> Response {
        let t: (Bilingual) -> String = context.t
        var page = Page(title: t(AccountText.changePassword))
        if context.account?.mustChangePassword == true {
            page.messages.append(Page.Message(text: t(AccountText.changeInitialFirst), kind: "note"))
        }
        if let message { page.messages.append(Page.Message(text: message, kind: "error")) }
        page.forms = [Page.Form(
            action: "/password", title: t(AccountText.newPassword), submit: t(AccountText.save), csrf: context.csrf,
            fields: [
                Page.Form.Field(label: t(AccountText.currentPassword), name: "current", type: "password", required: true),
                Page.Form.Field(label: t(AccountText.newPasswordField(minimum: Passwords.minimumLength)), name: "new", type: "password", required: true),
                Page.Form.Field(label: t(AccountText.newPasswordAgain), name: "again", type: "password", required: true),
            ])]
        return self.page(page, request, context, status: status)
    }
}
