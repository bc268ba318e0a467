import Foundation
import Hummingbird
import KaoheCore
import KaoheRules
import KaoheStore
import KaoheWeb

/// `kaohe-web --db kaohe.sqlite --host 127.0.0.1 --port 8080 [--rules R] [--year Y] [--secure-cookies]`
///
/// The executable parses its arguments, reads the rule set, opens the store and runs the portal (issue 19).
let usage = """
    用法 / usage: kaohe-web [--db kaohe.sqlite] [--host 127.0.0.1] [--port 8080] [--rules default|pass-plus-excess|FILE.toml]
                            [--year YEAR] [--secure-cookies]
      --secure-cookies  在 TLS 反向代理之后运行时使用（会话 Cookie 加 Secure）/ behind a TLS proxy: session cookie marked Secure
    """

func fail(_ zh: String, _ en: String) -> Never {
    FileHandle.standardError.write(Data("kaohe-web: \(zh)\nkaohe-web: \(en)\n".utf8))
    exit(64)
}

var options: [String: String] = ["--db": ProcessInfo.processInfo.environment["KAOHE_DB"] ?? "kaohe.sqlite", "--host": "127.0.0.1", "--port": "8080", "--rules": "default"]
var secure = false
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    switch a {
    case "--secure-cookies": secure = true
    case "--help", "-h":
        FileHandle.standardOutput.write(Data((usage + "\n").utf8))
        exit(0)
    case "--db", "--host", "--port", "--rules", "--year":
        guard let v = arguments.popFirst() else { fail("\(a) 缺少取值", "\(a) needs a value") }
        options[a] = v
    default: fail("未知参数 \(a)\n\(usage)", "unknown argument \(a)")
    }
}
guard let port = Int(options["--port"]!), (1...65535).contains(port) else { fail("--port 须为 1–65535", "--port must be 1–65535") }

let ruleText: String
switch options["--rules"]! {
case "default": ruleText = BuiltInRuleSets.default
case "pass-plus-excess": ruleText = BuiltInRuleSets.passPlusExcess
case let path:
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("\(path)：无法读取规则集文件", "\(path): cannot read the rule-set file")
    }
    ruleText = text
}
let rules: RuleSet
do { rules = try RuleSetLoader.load(ruleText, fileName: options["--rules"]!) } catch {
    fail("规则集无效：\(error.diagnostics.map { $0.rendered(chinese: true) }.joined(separator: "; "))", "the rule set is invalid")
}

/// Today in the city's calendar (Asia/Shanghai); KAOHE_TODAY overrides it for tests, as in the CLI.
@Sendable func today() -> Day {
    if let s = ProcessInfo.processInfo.environment["KAOHE_TODAY"], let d = Day(iso: s) { return d }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let c = calendar.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year!, month: c.month!, day: c.day!)!
}

let years = rules.assessedYears
let year = options["--year"].flatMap(Int.init) ?? min(max(today().year, years.lowerBound), years.upperBound)
guard years.contains(year) else { fail("--year 须在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内", "--year must be within \(years.lowerBound)–\(years.upperBound)") }
let path = options["--db"]!
guard FileManager.default.fileExists(atPath: path) else {
    fail("数据库 \(path) 不存在 — 请先用 kaohe areas import 建立", "the database \(path) does not exist — create it with kaohe areas import")
}
let db: AppDatabase
do { db = try AppDatabase.open(path: path) } catch { fail("无法打开数据库 \(path)", "cannot open the database \(path)") }
let config = PortalConfiguration(rules: rules, ruleSetText: ruleText, year: year, today: today, secureCookies: secure)
let portal: Portal
do { portal = try Portal(db: db, config: config) } catch { fail("页面模板无效", "the page templates are invalid") }
FileHandle.standardError.write(Data("kaohe-web: http://\(options["--host"]!):\(port)/ (\(path), \(year))\n".utf8))
try await portal.application(host: options["--host"]!, port: port).runService()
