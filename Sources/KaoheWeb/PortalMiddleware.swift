import Foundation
import Hummingbird
import KaoheCore
import KaoheReport
import NIOCore

/// Runs around every request: language, session and account, the body of a POST (size-limited) and its
/// CSRF token, the one error page, and the security headers on every response (docs/security.md).
struct PortalMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let portal: Portal

    static let sessionCookie = "kaohe_session"
    static let languageCookie = "kaohe_lang"

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response) async throws -> Response {
        var request = request
        var context = context
        let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:))
        context.lang = asked ?? request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .zh
        var response: Response
        do {
            try await loadSession(request, &context)
            if request.method == .post {
                let body = try await request.collectBody(upTo: portal.config.maxBodyBytes)
                context.form = FormData.parse(Data(body.readableBytesView), contentType: request.headers[.contentType])
                // Every form carries the session's token; a missing or wrong one is refused before any handler.
                guard let session = context.session, let token = context.form["csrf"], Self.same(token, session.csrf) else {
                    throw PortalError(status: .forbidden, PortalProblem.csrfFailed)
                }
            }
            response = try await next(request, context)
        } catch let error as PortalError {
            response = errorPage(error, request, context)
        } catch let error as HTTPError {
            response = errorPage(Self.worded(error.status), request, context)
        } catch let error as any HTTPResponseError {
            response = errorPage(Self.worded(error.status), request, context)
        } catch {
            // Anything else is worded once, without its text (no stack trace or SQL reaches a page).
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path)])
            response = errorPage(Self.worded(.internalServerError), request, context)
        }
        if let asked {
            response.setCookie(Cookie(name: Self.languageCookie, value: asked.rawValue, maxAge: 31_536_000, path: "/", secure: portal.config.secureCookies, httpOnly: true, sameSite: .strict))
        }
        addSecurityHeaders(&response.headers)
        return response
    }

    /// Finds the session named by the cookie and its account; a disabled or missing account ends the session.
    func loadSession(_ request: Request, _ context: inout PortalContext) async throws {
        guard let id = request.cookies[Self.sessionCookie]?.value, let session = await portal.sessions.session(id) else { return }
        context.session = session
        guard let accountID = session.accountID else { return }
        guard let account = try portal.db.account(id: accountID), !account.isDisabled else {
            await portal.sessions.remove(id)
            context.session = nil
            return
        }
        context.account = account
    }

    func errorPage(_ error: PortalError, _ request: Request, _ context: PortalContext) -> Response {
        var page = Page(title: context.t(PortalText.notDone))
        page.messages = [Page.Message(text: context.t(error.zh, error.en), kind: "error")]
        page.links = [Page.Link(href: context.account == nil ? "/" : "/home", label: context.t(PortalText.back))]
        return portal.renderer.response(page, context, path: request.uri.path, status: error.status)
    }

    static func worded(_ status: HTTPResponse.Status) -> PortalError {
        switch status.code {
        case 404: return .notFound()
        case 403: return .forbidden()
        case 405: return PortalError(status: status, PortalProblem.methodNotAllowed)
        case 413: return PortalError(status: status, PortalProblem.tooLarge(megabytes: 4))
        case 400..<500: return PortalError(status: status, PortalProblem.invalidRequest)
        default: return PortalError(status: .internalServerError, PortalProblem.serverError)
        }
    }

    /// CSP without inline script or style, no framing, no sniffing, no referrer, no caching of pages.
    func addSecurityHeaders(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPFields.Element.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPFields.Element.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        if portal.config.secureCookies { headers[.strictTransportSecurity] = "max-age=31536000" }
    }

    /// Compares two tokens in time independent of where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Portal {
    /// The session cookie: HttpOnly, SameSite=Strict, path /, Secure behind TLS; no Max-Age (ends with the browser).
    func sessionCookie(_ id: String) -> Cookie {
        Cookie(name: PortalMiddleware.sessionCookie, value: id, path: "/", secure: config.secureCookies, httpOnly: true, sameSite: .strict)
    }
}
