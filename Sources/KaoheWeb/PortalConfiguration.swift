import Foundation
import KaoheCore
import KaoheRules

/// What the portal needs from its executable: the rule set in force, the year it serves, the clock, and the
/// security settings (issue 19). Libraries do not read files, the clock or the environment themselves.
public struct PortalConfiguration: Sendable {
    /// The rule set in force (assessing, validating reports) and its source text, stored with each run.
    public var rules: RuleSet
    public var ruleSetText: String
    /// The assessed year the portal serves by default (pages take `?year=` within the rule set's years).
    public var year: Int
    /// Today, given by the executable (KAOHE_TODAY in tests).
    public var today: @Sendable () -> Day
    /// Whether the session cookie carries `Secure`: set when the portal is served behind TLS.
    public var secureCookies: Bool
    /// The bcrypt cost of passwords chosen at first login (tests lower it).
    public var bcryptCost: UInt8
    /// The largest request body accepted, in bytes (report uploads included); larger → 413.
    public var maxBodyBytes: Int
    /// A session ends after this many seconds without a request.
    public var sessionIdleSeconds: TimeInterval
    /// Failed logins allowed per account name or client address in `throttleWindowSeconds` before refusal.
    public var loginAttempts: Int
    public var throttleWindowSeconds: TimeInterval

    public init(
        rules: RuleSet, ruleSetText: String, year: Int, today: @escaping @Sendable () -> Day, secureCookies: Bool = false,
        bcryptCost: UInt8 = 12, maxBodyBytes: Int = 4 << 20, sessionIdleSeconds: TimeInterval = 1800, loginAttempts: Int = 5,
        throttleWindowSeconds: TimeInterval = 900
    ) {
        self.rules = rules
        self.ruleSetText = ruleSetText
        self.year = year
        self.today = today
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.maxBodyBytes = maxBodyBytes
        self.sessionIdleSeconds = sessionIdleSeconds
        self.loginAttempts = loginAttempts
        self.throttleWindowSeconds = throttleWindowSeconds
    }
}
