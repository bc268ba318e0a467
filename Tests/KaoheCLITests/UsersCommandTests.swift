import Foundation
import KaoheCore
import KaoheFlows
import KaoheStore
import Testing

/// `kaohe users` (issue 19, D-116): accounts of the web portal, with one-time passwords shown once and stored
/// only as bcrypt hashes.
@Suite struct UsersCommandTests {
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        return cli
    }

    /// The one-time password printed on the line `label…`.
    func password(in output: String, after label: String) throws -> String {
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix(label) })
        return String(line.dropFirst(label.count))
    }

    @Test func addPrintsAOneTimePasswordStoredOnlyAsABcryptHashThatMustBeChanged() throws {
        let cli = try harness()
        let r = try cli.run("users", "add", "fucheng", "--role", "clerk", "--unit", "510703")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("已新建账号 fucheng（单位填报员，510703）。\n一次性初始密码："))
        let initial = try password(in: r.stdout, after: "一次性初始密码：")
        #expect(initial.count == 16)
        let db = try AppDatabase.open(path: cli.db)
        let account = try #require(try db.account(named: "fucheng"))
        #expect(account.mustChangePassword && account.role == .clerk && account.unitCode == "510703")
        #expect(account.passwordHash.hasPrefix("$2") && !account.passwordHash.contains(initial))
        #expect(Passwords.verify(initial, hash: account.passwordHash))
        let list = try cli.run("users", "list", "--lang", "en")
        #expect(list.stdout.contains("fucheng  clerk  510703") && list.stdout.contains("initial password not yet changed"))
        #expect(!list.stdout.contains(initial))
    }

    @Test func refusalsNameWhatIsWrongAndStoreNothing() throws {
        let cli = try harness()
        let cases: [([String], String)] = [
            (["users", "add", "x1", "--role", "clerk"], "a clerk must be bound to a unit with --unit"),
            (["users", "add", "x2", "--role", "clerk", "--unit", "999999"], "unknown unit 999999"),
            (["users", "add", "x3", "--role", "department"], "a department account must be bound to a department with --dept"),
            (["users", "add", "x4", "--role", "bureau", "--unit", "510703"], "a bureau account is bound to no unit or department"),
            (["users", "add", "bad name", "--role", "bureau"], "the account name bad name is not valid"),
            (["users", "disable", "nobody"], "there is no account nobody"),
            (["users", "reset", "nobody"], "there is no account nobody"),
        ]
        for (args, message) in cases {
            let r = try cli.runArgs(args + ["--lang", "en"])
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(try AppDatabase.open(path: cli.db).accounts().isEmpty)
    }

    @Test func resetGivesANewOneTimePasswordAndDisableIsForGood() throws {
        let cli = try harness()
        let added = try cli.run("users", "add", "hbj", "--role", "bureau", "--lang", "en")
        let first = try password(in: added.stdout, after: "One-time initial password: ")
        let reset = try cli.run("users", "reset", "hbj", "--lang", "en")
        let second = try password(in: reset.stdout, after: "One-time password: ")
        #expect(first != second)
        let db = try AppDatabase.open(path: cli.db)
        let hash = try #require(try db.account(named: "hbj")).passwordHash
        #expect(Passwords.verify(second, hash: hash) && !Passwords.verify(first, hash: hash))
        #expect(try cli.run("users", "disable", "hbj", "--lang", "en").stdout == "Account hbj disabled; its sessions end at their next request.\n")
        #expect(try cli.run("users", "disable", "hbj", "--lang", "en").stdout.hasPrefix("Account hbj was already disabled"))
        let again = try cli.run("users", "reset", "hbj", "--lang", "en")
        #expect(again.status != 0 && again.stderr.contains("the account hbj is disabled"))
    }
}
