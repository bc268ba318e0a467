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
        abstract: helpText(UsersText.abstract),
        subcommands: [Add.self, List.self, Disable.self, Reset.self], defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(UsersText.addAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(UsersText.newNameHelp)) var name: String
        @Option(help: optionHelp(UsersText.roleHelp)) var role: AccountRole
        @Option(help: optionHelp(UsersText.unitHelp)) var unit: String?
        @Option(help: optionHelp(UsersText.deptHelp)) var dept: String?

        mutating func validate() throws {
            name = try FreeText.oneLine(name, option: "NAME", limit: 64, markup: false)
            guard AccountFlow.isValidName(name) else {
                throw usageError(UsersProblem.refused(.badName(name)))
            }
            unit = try unit.map { try FreeText.oneLine($0, option: "--unit", limit: 64, markup: false) }
            dept = try dept.map { try FreeText.oneLine($0, option: "--dept", limit: 64, markup: false) }
        }

        func run() throws {
            let db = try store.open(.write)
            let (account, password) = try AccountFlow.add(db, name: name, role: role, unit: unit, department: dept)
            Console.out(lang(UsersText.added(name: account.name, role: Bilingual(account.role.chinese, account.role.rawValue), binding: binding(account))))
            Console.out(lang(UsersText.initialPassword(password)))
            Console.out(lang(UsersText.handOnFirstLogin))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(UsersText.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let accounts = try store.open(.read).accounts()
            if accounts.isEmpty {
                Console.out(lang(UsersText.noAccount))
                return
            }
            var table = TextTable(headers: UsersText.listHeaders.map { lang($0) })
            for a in accounts {
                let state = lang(a.disabledAt.map { UsersText.disabledAt($0) } ?? (a.mustChangePassword ? UsersText.mustChangePassword : UsersText.active))
                table.append([a.name, lang(Bilingual(a.role.chinese, a.role.rawValue)), a.unitCode ?? "", a.departmentCode ?? "", state, a.createdAt])
            }
            Console.out(table.render(), terminator: "")
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(UsersText.disableAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(UsersText.nameHelp)) var name: String

        func run() throws {
            let db = try store.open(.write)
            let (account, changed) = try db.disableAccount(name: name)
            // Not changed means it was disabled before, so it has the day it was.
            if !changed, let since = account.disabledAt {
                Console.out(lang(UsersText.alreadyDisabled(account.name, at: since)))
            } else {
                Console.out(lang(UsersText.disabled(account.name)))
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(UsersText.resetAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(UsersText.nameHelp)) var name: String

        func run() throws {
            let db = try store.open(.write)
            let (account, password) = try AccountFlow.reset(db, name: name)
            Console.out(lang(UsersText.passwordReset(account.name)))
            Console.out(lang(UsersText.oneTimePassword(password)))
            Console.out(lang(UsersText.handOnNextLogin))
        }
    }
}

/// The unit or department a bound account is bound to, after a separator; empty otherwise.
private func binding(_ a: Account) -> Bilingual {
    if let code = a.unitCode ?? a.departmentCode { return UsersText.binding(code) }
    return Bilingual("", "")
}
