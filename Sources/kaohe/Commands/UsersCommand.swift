import ArgumentParser
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

extension AccountRole: ExpressibleByArgument {}

/// `kaohe users`: the web portal's accounts, managed only here (issue 19, D-116).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: helpText("网上报送系统（kaohe-web）的账号：新建、列出、停用、重置密码。", "Accounts of the web portal (kaohe-web): add, list, disable, reset a password."),
        subcommands: [Add.self, List.self, Disable.self, Reset.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("新建账号并显示一次性初始密码（只显示这一次；首次登录须修改）。", "Add an account and show its one-time initial password (shown only now; it must be changed at the first login)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("账号名：1–64 个字母、数字、. _ -。", "The login name: 1–64 letters, digits, . _ or -.")) var name: String
        @Option(help: optionHelp("角色：clerk（单位填报员）、department（部门）、bureau（市环保局）、approval（环评审批）。", "Role: clerk, department, bureau or approval.")) var role: AccountRole
        @Option(help: optionHelp("单位填报员所属单位的代码。", "The unit a clerk is bound to.")) var unit: String?
        @Option(help: optionHelp("部门账号所属部门的代码。", "The department a department account is bound to.")) var dept: String?

        mutating func validate() throws {
            name = try FreeText.oneLine(name, option: "NAME", limit: 64, markup: false)
            guard AccountFlow.isValidName(name) else {
                throw usageError(AccountFlow.Refusal.badName(name).message.zh, AccountFlow.Refusal.badName(name).message.en)
            }
            unit = try unit.map { try FreeText.oneLine($0, option: "--unit", limit: 64, markup: false) }
            dept = try dept.map { try FreeText.oneLine($0, option: "--dept", limit: 64, markup: false) }
        }

        func run() throws {
            let db = try store.open(.write)
            let (account, password) = try AccountFlow.add(db, name: name, role: role, unit: unit, department: dept)
            Console.out(lang("已新建账号 \(account.name)（\(account.role.chinese)\(binding(account))）。", "Account \(account.name) added (\(account.role.rawValue)\(binding(account, .en)))."))
            Console.out(lang("一次性初始密码：\(password)", "One-time initial password: \(password)"))
            Console.out(lang("请当面或以保密方式交给本人；此密码不再显示，首次登录须修改。", "Hand it on in person or in confidence; it is not shown again and must be changed at the first login."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("全部账号，包括已停用的。", "Every account, disabled ones included."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let accounts = try store.open(.read).accounts()
            if accounts.isEmpty {
                Console.out(lang("尚无账号 — 用 kaohe users add 新建。", "No account yet — add one with kaohe users add."))
                return
            }
            var table = TextTable(headers: [
                lang("账号", "name"), lang("角色", "role"), lang("单位", "unit"), lang("部门", "department"), lang("状态", "state"), lang("新建时间 (UTC)", "created (UTC)"),
            ])
            for a in accounts {
                let state = a.disabledAt.map { lang("已停用 \($0)", "disabled \($0)") }
                    ?? (a.mustChangePassword ? lang("待修改初始密码", "initial password not yet changed") : lang("在用", "active"))
                table.append([a.name, lang(a.role.chinese, a.role.rawValue), a.unitCode ?? "", a.departmentCode ?? "", state, a.createdAt])
            }
            Console.out(table.render(), terminator: "")
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("停用账号：不能再登录，记录保留。", "Disable an account: it can no longer log in; its record is kept."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("账号名。", "The login name.")) var name: String

        func run() throws {
            let db = try store.open(.write)
            let (account, changed) = try db.disableAccount(name: name)
            Console.out(changed
                ? lang("已停用账号 \(account.name)；其登录会话在下一次请求时失效。", "Account \(account.name) disabled; its sessions end at their next request.")
                : lang("账号 \(account.name) 早已停用（\(account.disabledAt ?? "")），未作更改。", "Account \(account.name) was already disabled (\(account.disabledAt ?? "")); nothing changed."))
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("重置密码：显示新的一次性密码，下次登录须修改。", "Reset a password: show a new one-time password, to be changed at the next login."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("账号名。", "The login name.")) var name: String

        func run() throws {
            let db = try store.open(.write)
            let (account, password) = try AccountFlow.reset(db, name: name)
            Console.out(lang("已重置账号 \(account.name) 的密码。", "Password of \(account.name) reset."))
            Console.out(lang("一次性密码：\(password)", "One-time password: \(password)"))
            Console.out(lang("请当面或以保密方式交给本人；此密码不再显示，下次登录须修改。", "Hand it on in person or in confidence; it is not shown again and must be changed at the next login."))
        }
    }
}

/// ", unit 510703" / "，单位 510703" for a bound account; empty otherwise.
private func binding(_ a: Account, _ language: Language = .zh) -> String {
    let separator = language == .en ? ", " : "，"
    if let u = a.unitCode { return separator + u }
    if let d = a.departmentCode { return separator + d }
    return ""
}
