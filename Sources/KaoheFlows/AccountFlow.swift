import Foundation
import KaoheCore
import KaoheStore

/// Making and managing portal accounts (issue 19): the checks `kaohe users` runs, in one place.
///
/// A new account and a reset get a one-time password, returned once to the caller to hand on and stored only
/// as a hash; the account must choose its own password at its first login.
public enum AccountFlow {
    /// Why an account request is refused before the store is asked.
    public enum Refusal: UserFacingError, Equatable {
        case badName(String)
        case clerkNeedsUnit
        case departmentNeedsDepartment
        case bindingNotForRole(AccountRole)

        /// The refusal in Chinese and English.
        public var message: (zh: String, en: String) {
            switch self {
            case .badName(let n):
                ("账号名 \(n) 无效 — 请用 1–64 个字母、数字、. _ -", "the account name \(n) is not valid — use 1–64 letters, digits, . _ or -")
            case .clerkNeedsUnit: ("单位填报员须用 --unit 绑定一个单位", "a clerk must be bound to a unit with --unit")
            case .departmentNeedsDepartment: ("部门账号须用 --dept 绑定一个部门", "a department account must be bound to a department with --dept")
            case .bindingNotForRole(let r):
                ("\(r.chinese)账号不绑定单位或部门 — 去掉 --unit 和 --dept", "a \(r.rawValue) account is bound to no unit or department — drop --unit and --dept")
            }
        }

        public func message(chinese: Bool) -> String { chinese ? message.zh : message.en }
    }

    /// Whether `name` may name an account: 1–64 ASCII letters, digits, `.`, `_` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// Checks the request, stores the account with a one-time password, and returns both.
    public static func add(
        _ db: AppDatabase, name: String, role: AccountRole, unit: String?, department: String?, cost: UInt8 = Passwords.defaultCost
    ) throws -> (account: Account, initialPassword: String) {
        guard isValidName(name) else { throw Refusal.badName(name) }
        switch role {
        case .clerk:
            guard unit != nil else { throw Refusal.clerkNeedsUnit }
            if department != nil { throw Refusal.bindingNotForRole(role) }
        case .department:
            guard department != nil else { throw Refusal.departmentNeedsDepartment }
            if unit != nil { throw Refusal.bindingNotForRole(role) }
        case .bureau, .approval:
            if unit != nil || department != nil { throw Refusal.bindingNotForRole(role) }
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
