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
}

/// A refusal shown on the one error page with its status; the wording is ours, never an internal error's.
struct PortalError: Error {
    var status: HTTPResponse.Status
    var zh: String
    var en: String

    static func forbidden() -> PortalError { PortalError(status: .forbidden, zh: "无权访问此页面。", en: "You may not open this page.") }
    static func notFound() -> PortalError { PortalError(status: .notFound, zh: "没有此页面或记录。", en: "There is no such page or record.") }
    static func badRequest(_ zh: String, _ en: String) -> PortalError { PortalError(status: .badRequest, zh: zh, en: en) }
}
