/// What a portal account may do (issue 19): each role sees and changes only what its work needs.
///
/// The role is fixed when the account is made; a clerk is bound to one unit, a department account to one
/// department. Accounts are made and managed from the CLI (`kaohe users`), never from the portal.
public enum AccountRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// A unit's clerk (单位填报员): uploads and follows the reports of the one unit it is bound to.
    case clerk
    /// A department copied on the reports (R-3: 发改委、经信委、财政局、住建局 …): reads reports and results.
    case department
    /// The city environmental bureau (市环保局): assesses, publishes, lifts freezes, updates summonses.
    case bureau
    /// An approval officer (环评审批): asks the EIA question of R-19(b)/R-20.
    case approval
}

/// A portal account as stored: who, which role and binding, and whether it can log in.
///
/// The password is held only as a bcrypt hash; `mustChangePassword` is set for a one-time initial password
/// (a new account or a reset) and cleared when the user chooses their own.
public struct Account: Sendable, Hashable {
    public var id: Int64
    /// The login name: 1–64 letters, digits, `.`, `_` or `-`, compared ignoring case.
    public var name: String
    public var role: AccountRole
    /// The unit a clerk is bound to.
    public var unitCode: String?
    /// The department a department account is bound to.
    public var departmentCode: String?
    public var passwordHash: String
    public var mustChangePassword: Bool
    /// When the account was disabled (ISO 8601, UTC); a disabled account never logs in again.
    public var disabledAt: String?
    public var createdAt: String

    public init(
        id: Int64, name: String, role: AccountRole, unitCode: String?, departmentCode: String?, passwordHash: String,
        mustChangePassword: Bool, disabledAt: String?, createdAt: String
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.unitCode = unitCode
        self.departmentCode = departmentCode
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.disabledAt = disabledAt
        self.createdAt = createdAt
    }

    public var isDisabled: Bool { disabledAt != nil }
}

/// One line of the portal's audit log: who did what, when, from where, and how it ended.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    /// ISO 8601, UTC.
    public var at: String
    public var userName: String
    public var role: AccountRole
    /// The client's address as the server saw it.
    public var address: String
    /// What was done, e.g. `publish`, `freeze-lift`, `eia-check`.
    public var action: String
    /// What it was done to, e.g. `run 3`, `unit 510703`.
    public var target: String
    /// `done`, or `refused: …` with the sentence the user was shown.
    public var outcome: String

    public init(id: Int64, at: String, userName: String, role: AccountRole, address: String, action: String, target: String, outcome: String) {
        self.id = id
        self.at = at
        self.userName = userName
        self.role = role
        self.address = address
        self.action = action
        self.target = target
        self.outcome = outcome
    }
}
