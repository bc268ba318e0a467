import Foundation
import KaoheCore
import KaoheStore

/// Making and managing portal accounts (issue 19): the checks `kaohe users` runs, in one place.
///
/// A new account and a reset get a one-time password, returned once to the caller to hand on and stored only
/// as a hash; the account must choose its own password at its first login.
public enum AccountFlow {
    /// Whether `name` may name an account: 1–64 ASCII letters, digits, `.`, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// Checks the request, stores the account with a one-time password, and returns both.
    public static func add(
        _ db: AppDatabase, name: String, role: AccountRole, unit: String?, department: String?, cost: UInt8 = Passwords.defaultCost
    ) throws -> (account: Account, initialPassword: String) {
        guard isValidName(name) else { throw KaoheCore.Refusal(Refusal.badName(name)) }
        switch role {
        case .clerk:
            guard unit != nil else { throw KaoheCore.Refusal(Refusal.clerkNeedsUnit) }
            if department != nil { throw KaoheCore.Refusal(Refusal.bindingNotForRole(role)) }
        case .department:
            guard department != nil else { throw KaoheCore.Refusal(Refusal.departmentNeedsDepartment) }
            if unit != nil { throw KaoheCore.Refusal(Refusal.bindingNotForRole(role)) }
        case .bureau, .approval:
            if unit != nil || department != nil { throw KaoheCore.Refusal(Refusal.bindingNotForRole(role)) }
        }
        let password = Passwords.initial()
        let account = try db.addAccount(
            name: name, role: role, unitCode: unit, departmentCode: department, passwordHash: Passwords.hash(password, cost: cost))
        return (account, password)
    }

    /// Gives an account a new one-time password, which it must change at its next login.
    public static func reset(_ db: AppDatabase, name: String, cost: UInt8 = Passwords.defaultCost) throws -> (account: Account, initialPassword: String) {
        let password = Passwords.initial()
        let account = try db.setPassword(name: name, hash: Passwords.hash(password, cost: cost), mustChange: true)
        return (account, password)
    }
}
