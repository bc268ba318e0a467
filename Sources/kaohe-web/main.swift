import Foundation
import Hummingbird
import KaoheCore
import KaoheRules
import KaoheStore
import KaoheWeb

/// `kaohe-web --db kaohe.sqlite --host 127.0.0.1 --port 8080 [--rules R] [--year Y] [--secure-cookies]`
///
/// The executable parses its arguments, reads the rule set, opens the store and runs the portal (issue 19).
let usage = StartText.usage

func fail(_ failure: StartFailure) -> Never {
    FileHandle.standardError.write(Data("kaohe-web: \(failure.wording.zh)\nkaohe-web: \(failure.wording.en)\n".utf8))
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
        guard let v = arguments.popFirst() else { fail(.missingValue(option: a)) }
        options[a] = v
    default: fail(.unknownArgument(a))
    }
}
guard let port = Int(options["--port"]!), (1...65535).contains(port) else { fail(.badPort) }

let ruleText: String
switch options["--rules"]! {
case "default": ruleText = BuiltInRuleSets.default
case "pass-plus-excess": ruleText = BuiltInRuleSets.passPlusExcess
case let path:
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail(.unreadableRules(path: path))
    }
    ruleText = text
}
let rules: RuleSet
do { rules = try RuleSetLoader.load(ruleText, fileName: options["--rules"]!) } catch {
    fail(.invalidRules(problems: error.diagnostics.map { $0.rendered(chinese: true) }.joined(separator: "; ")))
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
guard years.contains(year) else { fail(.yearOutsideRules(lower: years.lowerBound, upper: years.upperBound)) }
let path = options["--db"]!
guard FileManager.default.fileExists(atPath: path) else {
    fail(.noDatabase(path: path))
}
let db: AppDatabase
do { db = try AppDatabase.open(path: path) } catch { fail(.cannotOpenDatabase(path: path)) }
let config = PortalConfiguration(rules: rules, ruleSetText: ruleText, year: year, today: today, secureCookies: secure)
let portal: Portal
do { portal = try Portal(db: db, config: config) } catch { fail(.invalidTemplates) }
FileHandle.standardError.write(Data("kaohe-web: http://\(options["--host"]!):\(port)/ (\(path), \(year))\n".utf8))
try await portal.application(host: options["--host"]!, port: port).runService()
