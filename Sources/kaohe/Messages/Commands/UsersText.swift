import KaoheCore
import KaoheFlows

/// The help texts, headings and printed lines of `kaohe users` (issue 13 item 1).
enum UsersText {
    static let abstract = Bilingual(
        "网上报送系统（kaohe-web）的账号：新建、列出、停用、重置密码。", "Accounts of the web portal (kaohe-web): add, list, disable, reset a password.")
    static let addAbstract = Bilingual(
        "新建账号并显示一次性初始密码（只显示这一次；首次登录须修改）。",
        "Add an account and show its one-time initial password (shown only now; it must be changed at the first login).")
    static let newNameHelp = Bilingual("账号名：1–64 个字母、数字、. _ -。", "The login name: 1–64 letters, digits, . _ or -.")
    static let roleHelp = Bilingual(
        "角色：clerk（单位填报员）、department（部门）、bureau（市环保局）、approval（环评审批）。", "Role: clerk, department, bureau or approval.")
    static let unitHelp = Bilingual("单位填报员所属单位的代码。", "The unit a clerk is bound to.")
    static let deptHelp = Bilingual("部门账号所属部门的代码。", "The department a department account is bound to.")
    static let listAbstract = Bilingual("全部账号，包括已停用的。", "Every account, disabled ones included.")
    static let disableAbstract = Bilingual("停用账号：不能再登录，记录保留。", "Disable an account: it can no longer log in; its record is kept.")
    static let nameHelp = Bilingual("账号名。", "The login name.")
    static let resetAbstract = Bilingual(
        "重置密码：显示新的一次性密码，下次登录须修改。", "Reset a password: show a new one-time password, to be changed at the next login.")

    // `users add`

    /// `role` is the role's name (`en` its code); `binding` the unit or department after a separator, or empty.
    static func added(name: String, role: Bilingual, binding: Bilingual) -> Bilingual {
        Bilingual("已新建账号 \(name)（\(role.zh)\(binding.zh)）。", "Account \(name) added (\(role.en)\(binding.en)).")
    }

    /// "，510703" / ", 510703": the unit or department an account is bound to, after the role.
    static func binding(_ code: String) -> Bilingual { Bilingual("，" + code, ", " + code) }

    static func initialPassword(_ password: String) -> Bilingual { Bilingual("一次性初始密码：\(password)", "One-time initial password: \(password)") }
    static let handOnFirstLogin = Bilingual(
        "请当面或以保密方式交给本人；此密码不再显示，首次登录须修改。",
        "Hand it on in person or in confidence; it is not shown again and must be changed at the first login.")

    // `users list`

    static let noAccount = Bilingual("尚无账号 — 用 kaohe users add 新建。", "No account yet — add one with kaohe users add.")
    static let listHeaders = [
        Bilingual("账号", "name"), Bilingual("角色", "role"), Bilingual("单位", "unit"), Bilingual("部门", "department"), Bilingual("状态", "state"),
        Bilingual("新建时间 (UTC)", "created (UTC)"),
    ]
    static func disabledAt(_ at: String) -> Bilingual { Bilingual("已停用 \(at)", "disabled \(at)") }
    static let mustChangePassword = Bilingual("待修改初始密码", "initial password not yet changed")
    static let active = Bilingual("在用", "active")

    // `users disable`

    static func disabled(_ name: String) -> Bilingual {
        Bilingual("已停用账号 \(name)；其登录会话在下一次请求时失效。", "Account \(name) disabled; its sessions end at their next request.")
    }

    static func alreadyDisabled(_ name: String, at: String) -> Bilingual {
        Bilingual("账号 \(name) 早已停用（\(at)），未作更改。", "Account \(name) was already disabled (\(at)); nothing changed.")
    }

    // `users reset`

    static func passwordReset(_ name: String) -> Bilingual { Bilingual("已重置账号 \(name) 的密码。", "Password of \(name) reset.") }
    static func oneTimePassword(_ password: String) -> Bilingual { Bilingual("一次性密码：\(password)", "One-time password: \(password)") }
    static let handOnNextLogin = Bilingual(
        "请当面或以保密方式交给本人；此密码不再显示，下次登录须修改。",
        "Hand it on in person or in confidence; it is not shown again and must be changed at the next login.")
}

/// Why `kaohe users` refuses before opening the database (issue 13 item 1).
enum UsersProblem: Worded {
    /// A refusal of the account flow (a login name it does not accept), worded as the flow words it.
    case refused(AccountFlow.Refusal)

    var wording: Bilingual {
        switch self {
        case .refused(let refusal): Bilingual(refusal.message.zh, refusal.message.en)
        }
    }
}
