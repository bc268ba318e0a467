import KaoheCore

/// Who may call a route, checked on the server before the handler runs (issue 19).
///
/// `PortalRoutes` declares one `Access` per route; a request without a session on a signed-in route is sent
/// to the login page (303), a signed-in account of another role is refused (403). Record-level checks (a
/// clerk's own unit only) are made by the handlers and answer 404 for another unit's records, so a clerk
/// cannot even learn which codes exist (D-118).
enum Access: Sendable {
    /// Anyone, signed in or not.
    case open
    /// Any signed-in account, including one that must still change its initial password.
    case anyAccount
    /// Signed-in accounts of these roles whose initial password has been changed.
    case roles(Set<AccountRole>)

    static let everyRole: Access = .roles(Set(AccountRole.allCases))
}
