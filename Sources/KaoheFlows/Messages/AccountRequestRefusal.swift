import KaoheCore

extension AccountFlow {
    /// Why an account request is refused before the store is asked; thrown as a `KaoheCore.Refusal`.
    ///
    /// Worded without the CLI's options: the action names the binding (`--unit`, `--dept` in the CLI).
    public enum Refusal: RefusalReason, UserFacingError, Equatable {
        case badName(String)
        case clerkNeedsUnit
        case departmentNeedsDepartment
        case bindingNotForRole(AccountRole)

        public var wording: Bilingual {
            switch self {
            case .badName(let n):
                Bilingual("账号名 \(n) 无效 — 请用 1–64 个字母、数字、. _ -", "the account name \(n) is not valid — use 1–64 letters, digits, . _ or -")
            case .clerkNeedsUnit: Bilingual("单位填报员须绑定一个单位", "a clerk must be bound to a unit")
            case .departmentNeedsDepartment: Bilingual("部门账号须绑定一个部门", "a department account must be bound to a department")
            case .bindingNotForRole(let r):
                Bilingual("\(r.chinese)账号不绑定单位或部门", "a \(r.rawValue) account is bound to no unit or department")
            }
        }

        public var action: UserAction? {
            switch self {
            case .badName: nil
            case .clerkNeedsUnit: .bindAccountToUnit
            case .departmentNeedsDepartment: .bindAccountToDepartment
            case .bindingNotForRole: .dropAccountBinding
            }
        }

        /// The refusal in Chinese and English.
        public var message: (zh: String, en: String) { (wording.zh, wording.en) }

        public func message(chinese: Bool) -> String { wording.text(chinese: chinese) }
    }
}
