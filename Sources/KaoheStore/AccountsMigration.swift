import GRDB

extension AppDatabase {
    /// Migration "v9 portal accounts and audit log" (issue 19): the portal's users and what they did.
    ///
    /// Accounts are never deleted and never change name, role or binding: only the password hash, the
    /// must-change mark and (once) the disabling time change, so who was who stays answerable. The audit log
    /// is append-only: triggers refuse UPDATE and DELETE whatever program sends them. Sessions are not stored
    /// (they live in the server's memory, D-117).
    static func registerAccountsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9 portal accounts and audit log, append-only") { db in
            try db.create(table: "portal_account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("role", .text).notNull()
                t.column("unit_code", .text).references("area")
                t.column("department_code", .text)
                t.column("password_hash", .text).notNull()
                t.column("must_change_password", .boolean).notNull()
                t.column("disabled_at", .text)
                t.column("created_at", .text).notNull()
            }
            try db.create(table: "portal_audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .text).notNull()
                t.column("user_name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("address", .text).notNull()
                t.column("action", .text).notNull()
                t.column("target", .text).notNull()
                t.column("outcome", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER portal_account_is_kept BEFORE DELETE ON portal_account
                    BEGIN SELECT RAISE(ABORT, 'an account is disabled, never deleted'); END;
                    CREATE TRIGGER portal_account_identity_is_fixed BEFORE UPDATE ON portal_account
                    WHEN NEW.id IS NOT OLD.id OR NEW.name IS NOT OLD.name OR NEW.role IS NOT OLD.role
                      OR NEW.unit_code IS NOT OLD.unit_code OR NEW.department_code IS NOT OLD.department_code
                      OR NEW.created_at IS NOT OLD.created_at
                      OR (OLD.disabled_at IS NOT NULL AND NEW.disabled_at IS NOT OLD.disabled_at)
                    BEGIN SELECT RAISE(ABORT, 'an account keeps its name, role and binding, and stays disabled'); END;
                    CREATE TRIGGER portal_account_shape BEFORE INSERT ON portal_account
                    WHEN NEW.role NOT IN ('clerk', 'department', 'bureau', 'approval')
                      OR (NEW.role = 'clerk' AND NEW.unit_code IS NULL)
                      OR (NEW.role = 'department' AND NEW.department_code IS NULL)
                    BEGIN SELECT RAISE(ABORT, 'an account has a known role and its binding'); END;
                    CREATE TRIGGER portal_audit_is_immutable BEFORE UPDATE ON portal_audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
                    CREATE TRIGGER portal_audit_is_kept BEFORE DELETE ON portal_audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted'); END;
                    """)
        }
    }
}
