import Foundation
import Hummingbird
import KaoheCore
import KaoheReport
import KaoheStore

/// Every route of the portal with who may call it; the handlers live in the `add…` extensions by audience.
///
/// Routes are added only through `add`, which checks `Access` on the server before the handler runs.
/// `WebAuthorizationTests` lists every route with its expected status per role and fails when a route is
/// added without a row.
struct PortalRoutes: Sendable {
    typealias Handler = @Sendable (Request, PortalContext) async throws -> Response
    let builder: RouterBuilder
    let portal: Portal

    init(router: Router<PortalContext>, portal: Portal) {
        self.builder = RouterBuilder(router: router)
        self.portal = portal
    }

    func add(_ method: HTTPRequest.Method, _ path: String, _ access: Access, _ handler: @escaping Handler) {
        builder.router.on(RouterPath(path), method: method) { request, context in
            if let refusal = try Self.check(access, context) { return refusal }
            return try await handler(request, context)
        }
    }

    /// nil when the context may call a route of `access`; else the response: 303 to log in or to change the
    /// initial password; throws the 403 refusal for another role.
    static func check(_ access: Access, _ context: PortalContext) throws -> Response? {
        switch access {
        case .open: return nil
        case .anyAccount: return context.account == nil ? .redirect(to: "/login", type: .normal) : nil
        case .roles(let roles):
            guard let account = context.account else { return .redirect(to: "/login", type: .normal) }
            if account.mustChangePassword { return .redirect(to: "/password", type: .normal) }
            if !roles.contains(account.role) { throw PortalError.forbidden() }
            return nil
        }
    }

    func page(_ page: Page, _ request: Request, _ context: PortalContext, status: HTTPResponse.Status = .ok) -> Response {
        portal.renderer.response(page, context, path: request.uri.path, status: status)
    }

    /// The page of another unit's record, or of one that does not exist: the same 404 (D-118).
    func requireUnit(_ code: String, _ context: PortalContext) throws -> Area {
        guard let account = context.account else { throw PortalError.notFound() }
        if account.role == .clerk, account.unitCode?.caseInsensitiveCompare(code) != .orderedSame { throw PortalError.notFound() }
        guard let area = try portal.db.areas().first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) else { throw PortalError.notFound() }
        return area
    }

    /// A day typed in a form (YYYY-MM-DD), or a 400 naming the field.
    static func day(_ form: FormData, _ key: String, _ label: Bilingual) throws -> Day {
        guard let text = form.text(key), let day = Day(iso: text) else {
            throw PortalError.badRequest(.notADate(field: label))
        }
        return day
    }

    /// A one-line free-text field: required, at most `limit` characters, no control characters.
    static func text(_ form: FormData, _ key: String, _ label: Bilingual, limit: Int = 200, required: Bool = true) throws -> String? {
        guard let value = form.text(key) else {
            if required { throw PortalError.badRequest(.required(field: label)) }
            return nil
        }
        if value.count > limit || value.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            throw PortalError.badRequest(.notOneLine(field: label, limit: limit))
        }
        return value
    }
}

/// The router while `Portal.router()` adds the routes, on one thread at start-up; no handler touches it, so
/// the handlers (which capture `PortalRoutes`) can be `@Sendable`.
final class RouterBuilder: @unchecked Sendable {
    let router: Router<PortalContext>
    init(router: Router<PortalContext>) { self.router = router }
}
