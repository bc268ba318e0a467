import Foundation
import Hummingbird
import KaoheCore
import KaoheReport
import NIOCore

/// The request context of the portal: who is asking (session and account, loaded by `PortalMiddleware`),
/// in which language, from which address, and the parsed form of a POST.
public struct PortalContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var session: Session?
    var account: Account?
    var lang: Language = .zh
    var form = FormData()
    /// The client's address as the server saw it, for the audit log and login throttling.
    let address: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.address = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// The CSRF token of the session, for the forms of a page.
    var csrf: String { session?.csrf ?? "" }

    func t(_ zh: String, _ en: String) -> String { lang.pick(zh, en) }

    /// A catalogued text in the page's language.
    func t(_ text: Bilingual) -> String { lang.pick(text.zh, text.en) }
}

/// A refusal shown on the one error page with its status; the wording is ours, never an internal error's.
struct PortalError: Error {
    var status: HTTPResponse.Status
    var zh: String
    var en: String

    init(status: HTTPResponse.Status, zh: String, en: String) {
        self.status = status
        self.zh = zh
        self.en = en
    }

    init(status: HTTPResponse.Status, _ problem: some Worded) {
        self.init(status: status, zh: problem.wording.zh, en: problem.wording.en)
    }

    static func forbidden() -> PortalError { PortalError(status: .forbidden, PortalProblem.forbidden) }
    static func notFound() -> PortalError { PortalError(status: .notFound, PortalProblem.notFound) }
    static func badRequest(_ problem: PortalProblem) -> PortalError { PortalError(status: .badRequest, problem) }
}
