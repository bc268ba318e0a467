import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Stores a new portal account; refuses a name already taken (ignoring case) or a clerk of an unknown unit.
    public func addAccount(
        name: String, role: AccountRole, unitCode: String?, departmentCode: String?, passwordHash: String, at time: Date = Date()
    ) throws -> Account {
        try writer.write { db in
            if try Self.account(db, named: name) != nil {
                throw Refusal(AccountRefusal.accountExists(name: name))
            }
            if let unitCode { try Self.requireKnownUnit(db, unitCode) }
            if let departmentCode, try !Self.departments(db).contains(where: { $0.code.caseInsensitiveCompare(departmentCode) == .orderedSame }) {
                throw Refusal(AccountRefusal.unknownDepartment(code: departmentCode))
            }
            try db.execute(
                sql: """
                    INSERT INTO portal_account (name, role, unit_code, department_code, password_hash, must_change_password, created_at)
                    VALUES (?, ?, ?, ?, ?, 1, ?)
                    """,
                arguments: [name, role.rawValue, unitCode, departmentCode, passwordHash, ISO8601DateFormatter().string(from: time)])
            return try Self.account(db, named: name)!
        }
    }

    /// Every account, disabled ones included, by name.
    public func accounts() throws -> [Account] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM portal_account ORDER BY name").map(Self.account(from:)) }
    }

    /// The account called `name` (ignoring case), or nil.
    public func account(named name: String) throws -> Account? {
        try writer.read { db in try Self.account(db, named: name) }
    }

    /// The account with `id`, or nil.
    public func account(id: Int64) throws -> Account? {
        try writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM portal_account WHERE id = ?", arguments: [id]).map(Self.account(from:)) }
    }

    /// Replaces an account's password hash; `mustChange` marks a one-time password (a reset).
    public func setPassword(name: String, hash: String, mustChange: Bool) throws -> Account {
        try writer.write { db in
            guard let account = try Self.account(db, named: name) else { throw Self.unknownAccount(name) }
            if account.isDisabled {
                throw Refusal(AccountRefusal.accountDisabled(name: account.name))
            }
            try db.execute(
                sql: "UPDATE portal_account SET password_hash = ?, must_change_password = ? WHERE id = ?", arguments: [hash, mustChange, account.id])
            return try Self.account(db, named: name)!
        }
    }

    /// Disables an account for good; disabling one already disabled changes nothing and says so.
    public func disableAccount(name: String, at time: Date = Date()) throws -> (account: Account, changed: Bool) {
        try writer.write { db in
            guard let account = try Self.account(db, named: name) else { throw Self.unknownAccount(name) }
            if account.isDisabled { return (account, false) }
            try db.execute(
                sql: "UPDATE portal_account SET disabled_at = ? WHERE id = ?", arguments: [ISO8601DateFormatter().string(from: time), account.id])
            return (try Self.account(db, named: name)!, true)
        }
    }

    /// Appends one line to the portal's audit log.
    @discardableResult
    public func appendAudit(
        user: String, role: AccountRole, address: String, action: String, target: String, outcome: String, at time: Date = Date()
    ) throws -> Int64 {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO portal_audit (at, user_name, role, address, action, target, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [ISO8601DateFormatter().string(from: time), user, role.rawValue, address, action, target, outcome])
            return db.lastInsertedRowID
        }
    }

    /// The audit log, newest first.
    public func auditLog(limit: Int = 500) throws -> [AuditEntry] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM portal_audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map { r in
                AuditEntry(
                    id: r["id"], at: r["at"], userName: r["user_name"], role: AccountRole(rawValue: r["role"]) ?? .bureau,
                    address: r["address"], action: r["action"], target: r["target"], outcome: r["outcome"])
            }
        }
    }

    static func account(_ db: Database, named name: String) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT * FROM portal_account WHERE name = ? COLLATE NOCASE", arguments: [name]).map(account(from:))
    }

    static func account(from r: Row) -> Account {
        Account(
            id: r["id"], name: r["name"], role: AccountRole(rawValue: r["role"]) ?? .clerk, unitCode: r["unit_code"],
            departmentCode: r["department_code"], passwordHash: r["password_hash"], mustChangePassword: r["must_change_password"],
            disabledAt: r["disabled_at"], createdAt: r["created_at"])
    }

    static func unknownAccount(_ name: String) -> Refusal {
        Refusal(AccountRefusal.noSuchAccount(name: name))
    }
}
