import KaoheCore

/// Why the store refused an operation on portal accounts.
public enum AccountRefusal: RefusalReason {
    case accountExists(name: String)
    case unknownDepartment(code: String)
    case accountDisabled(name: String)
    case noSuchAccount(name: String)

    public var wording: Bilingual {
        switch self {
        case .accountExists(let name):
            Bilingual("账号 \(name) 已存在 — 请换一个名称，或重置其密码", "the account \(name) already exists — choose another name, or reset its password")
        case .unknownDepartment(let code):
            Bilingual("部门代码 \(code) 不存在 — 请先导入部门文件，或使用其中的代码", "unknown department \(code) — import the departments file first, or use a code from it")
        case .accountDisabled(let name): Bilingual("账号 \(name) 已停用 — 请另建账号", "the account \(name) is disabled — make a new account instead")
        case .noSuchAccount(let name): Bilingual("没有账号 \(name)", "there is no account \(name)")
        }
    }

    public var action: UserAction? {
        switch self {
        case .noSuchAccount: .seeAccounts
        default: nil
        }
    }
}
