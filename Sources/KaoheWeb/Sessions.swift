import Foundation
import KaoheCore

/// A browser's session: an anonymous one carries only the CSRF token of the login form; after login it
/// names the account. Kept in the server's memory only (D-117): a restart logs everyone out.
struct Session: Sendable {
    var id: String
    var csrf: String
    var accountID: Int64?
    var lastSeen: Date
}

/// The portal's sessions, by an unguessable id (256 bits from the system's secure random source).
actor SessionStore {
    private var sessions: [String: Session] = [:]
    let idleSeconds: TimeInterval

    init(idleSeconds: TimeInterval) { self.idleSeconds = idleSeconds }

    /// A new session (anonymous when `accountID` is nil) with its own CSRF token.
    func create(accountID: Int64?, now: Date = Date()) -> Session {
        purge(now: now)
        let s = Session(id: Self.token(), csrf: Self.token(), accountID: accountID, lastSeen: now)
        sessions[s.id] = s
        return s
    }

    /// The live session with `id`, touched; nil when unknown or idle too long.
    func session(_ id: String, now: Date = Date()) -> Session? {
        guard var s = sessions[id] else { return nil }
        if now.timeIntervalSince(s.lastSeen) > idleSeconds {
            sessions[id] = nil
            return nil
        }
        s.lastSeen = now
        sessions[id] = s
        return s
    }

    /// Ends a session (logout, or the old id at login: session fixation).
    func remove(_ id: String) { sessions[id] = nil }

    /// Ends every session of an account (a password change ends the others).
    func removeAll(accountID: Int64, except keep: String? = nil) {
        for (id, s) in sessions where s.accountID == accountID && id != keep { sessions[id] = nil }
    }

    private func purge(now: Date) {
        if sessions.count < 10_000 { return }
        sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) <= idleSeconds }
    }

    /// 32 random bytes as 64 hex digits.
    static func token() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }
}

/// Failed logins counted per account name and per client address; past the limit in the window, logins
/// are refused (429) without checking the password, so guessing is slow whichever is varied.
actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Whether another attempt for `keys` is allowed now.
    func allows(_ keys: [String], now: Date = Date()) -> Bool {
        keys.allSatisfy { recent($0, now: now) < limit }
    }

    func fail(_ keys: [String], now: Date = Date()) {
        for k in keys { failures[k, default: []].append(now) }
    }

    func succeed(_ name: String) { failures[name] = nil }

    private func recent(_ key: String, now: Date) -> Int {
        let kept = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
