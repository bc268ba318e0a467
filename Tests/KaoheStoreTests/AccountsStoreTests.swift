import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Portal accounts and the audit log (issue 19): accounts are disabled, never deleted, and keep their name,
/// role and binding; the audit log is append-only, whatever program sends the statement.
@Suite struct AccountsStoreTests {
    func store() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas(
            [Area(code: "510703", name: "涪城区", type: .district)],
            file: ImportFile(name: "areas.csv", sha256: "00", time: Date(timeIntervalSince1970: 0)))
        return db
    }

    @Test func accountsAreAddedOnceFoundIgnoringCaseDisabledForGoodAndRefusedForUnknownUnits() throws {
        let db = try store()
        let a = try db.addAccount(name: "Clerk1", role: .clerk, unitCode: "510703", departmentCode: nil, passwordHash: "h1")
        #expect(a.mustChangePassword)
        #expect(try db.account(named: "clerk1")?.id == a.id)
        #expect(throws: Refusal.self) { try db.addAccount(name: "CLERK1", role: .bureau, unitCode: nil, departmentCode: nil, passwordHash: "h") }
        #expect(throws: Refusal.self) { try db.addAccount(name: "c2", role: .clerk, unitCode: "999999", departmentCode: nil, passwordHash: "h") }
        #expect(throws: Refusal.self) { try db.addAccount(name: "d1", role: .department, unitCode: nil, departmentCode: "NONE", passwordHash: "h") }
        let changed = try db.setPassword(name: "clerk1", hash: "h2", mustChange: false)
        #expect(changed.passwordHash == "h2" && !changed.mustChangePassword)
        let (disabled, first) = try db.disableAccount(name: "clerk1")
        #expect(first && disabled.isDisabled)
        #expect(try db.disableAccount(name: "clerk1").changed == false)
        #expect(throws: Refusal.self) { try db.setPassword(name: "clerk1", hash: "h3", mustChange: true) }
        #expect(try db.accounts().count == 1)
    }

    @Test func sqlTriggersKeepAccountsAndTheAuditLogWhateverTheCaller() throws {
        let db = try store()
        _ = try db.addAccount(name: "b1", role: .bureau, unitCode: nil, departmentCode: nil, passwordHash: "h")
        _ = try db.disableAccount(name: "b1")
        try db.appendAudit(user: "b1", role: .bureau, address: "127.0.0.1", action: "publish", target: "run 1", outcome: "done")
        for (sql, message) in [
            ("DELETE FROM portal_account", "an account is disabled, never deleted"),
            ("UPDATE portal_account SET role = 'clerk'", "an account keeps its name, role and binding, and stays disabled"),
            ("UPDATE portal_account SET name = 'x'", "an account keeps its name, role and binding, and stays disabled"),
            ("UPDATE portal_account SET disabled_at = NULL", "an account keeps its name, role and binding, and stays disabled"),
            ("INSERT INTO portal_account (name, role, password_hash, must_change_password, created_at) VALUES ('c', 'clerk', 'h', 1, 'now')",
             "an account has a known role and its binding"),
            ("INSERT INTO portal_account (name, role, password_hash, must_change_password, created_at) VALUES ('r', 'root', 'h', 1, 'now')",
             "an account has a known role and its binding"),
            ("UPDATE portal_audit SET outcome = 'refused'", "the audit log is never changed"),
            ("DELETE FROM portal_audit", "the audit log is never deleted"),
        ] {
            expectTriggerRefusal(message, sql, in: db.writer)
        }
        #expect(try db.auditLog().map(\.outcome) == ["done"])
        #expect(try db.accounts().map(\.name) == ["b1"])
    }
}
