import Foundation
import Hummingbird
import KaoheCore
import KaoheStore
import Mustache

/// The web portal (issue 19): builds the router with every route, the middleware and the templates.
///
/// The executable gives it an open store and a configuration; tests call `router(...)` and drive it with
/// HummingbirdTesting. No business rule lives here: handlers check who may see which unit, call the same
/// store and flow functions as the CLI, and render a page.
public struct Portal: Sendable {
    let db: AppDatabase
    let config: PortalConfiguration
    let sessions: SessionStore
    let throttle: LoginThrottle
    let renderer: Renderer

    public init(db: AppDatabase, config: PortalConfiguration) throws {
        self.db = db
        self.config = config
        self.sessions = SessionStore(idleSeconds: config.sessionIdleSeconds)
        self.throttle = LoginThrottle(limit: config.loginAttempts, window: config.throttleWindowSeconds)
        self.renderer = Renderer(library: try Templates.library())
    }

    /// The router with the middleware and every route of `PortalRoutes`.
    public func router() -> Router<PortalContext> {
        let router = Router(context: PortalContext.self)
        router.add(middleware: PortalMiddleware(portal: self))
        let routes = PortalRoutes(router: router, portal: self)
        routes.addPublic()
        routes.addAccount()
        routes.addUnits()
        routes.addBureau()
        routes.addApproval()
        return router
    }

    /// The application on `host`:`port`, ready to run.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: nil))
    }

    /// The assessed year a request asks for with `?year=`, when the rule set assesses it; else the portal's year.
    func year(_ request: Request) -> Int {
        if let y = request.uri.queryParameters.get("year", as: Int.self), config.rules.assessedYears.contains(y) { return y }
        return config.year
    }

    /// Appends to the audit log; a failure to log is itself a refusal (no unlogged action is reported as done).
    func audit(_ context: PortalContext, _ action: String, _ target: String, _ outcome: String) throws {
        guard let a = context.account else { return }
        try db.appendAudit(user: a.name, role: a.role, address: context.address, action: action, target: target, outcome: outcome)
    }
}

/// Renders pages through the layout template.
struct Renderer: Sendable {
    let library: MustacheLibrary

    struct Layout {
        var htmlLang: String
        var appName: String
        var nav: [Page.Link]
        var who: String?
        var langHref: String
        var langLabel: String
        var logoutCSRF: String?
        var logoutLabel: String
        var page: Page
    }

    func response(_ page: Page, _ context: PortalContext, path: String, status: HTTPResponse.Status = .ok) -> Response {
        let t: (Bilingual) -> String = context.t
        var nav: [Page.Link] = [Page.Link(href: "/", label: t(PortalText.frozenAreas))]
        if let a = context.account, !a.mustChangePassword {
            nav.append(Page.Link(href: "/home", label: t(PortalText.home)))
            switch a.role {
            case .clerk:
                if let u = a.unitCode { nav.append(Page.Link(href: "/units/\(u)", label: t(PortalText.myUnit))) }
            case .department:
                nav += [Page.Link(href: "/reports", label: t(PortalText.reports)), Page.Link(href: "/results", label: t(PortalText.results))]
            case .bureau:
                nav += [
                    Page.Link(href: "/reports", label: t(PortalText.reports)), Page.Link(href: "/bureau", label: t(PortalText.assess)),
                    Page.Link(href: "/results", label: t(PortalText.results)), Page.Link(href: "/bureau/freezes", label: t(PortalText.freezes)),
                    Page.Link(href: "/bureau/summonses", label: t(PortalText.summonses)), Page.Link(href: "/bureau/audit", label: t(PortalText.auditLog)),
                ]
            case .approval:
                nav.append(Page.Link(href: "/eia", label: t(PortalText.eiaCheck)))
            }
        } else if context.account == nil {
            nav.append(Page.Link(href: "/login", label: t(PortalText.logIn)))
        }
        let layout = Layout(
            htmlLang: context.lang == .zh ? "zh-CN" : "en", appName: t(PortalText.appName), nav: nav,
            who: context.account.map { "\($0.name) · \(context.t($0.role.chinese, $0.role.rawValue))" },
            langHref: path + (context.lang == .zh ? "?lang=en" : "?lang=zh"), langLabel: t(PortalText.otherLanguage),
            logoutCSRF: context.account == nil ? nil : context.session?.csrf, logoutLabel: t(PortalText.logOut), page: page)
        let html = library.render(layout, withTemplate: "page") ?? ""
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
