import KaoheTestSupport
import Foundation
import GRDB
import KaoheStore

/// Random sequences of store-changing commands run through the real `kaohe` binary, with the store's
/// invariants checked after every step (issue 12, "store fuzzer"; docs/reliability.md).
///
/// Steps: monitoring imports (one to three generated files per command, hourly with either hour label or
/// daily, some pollutants or all, with or without a dust column, sometimes a bad row or a clashing value),
/// report corrections (the 2015 summary with one unit's PM10 changed, or the original again, sometimes with
/// `--reinstate`), `assess` and `publish` of 2015 or 2016, `freeze lift`, a succession between two generated units
/// recorded and withdrawn (StoreFuzzSuccession.swift), and the departments' steps (R-31): their 2015
/// self-reports again with one score changed (sometimes past the task's points, which refuses the file) and
/// `departments assess`. Invariants after each step:
/// - every command ends with exit 0 or 1, never a crash, and prints no internal error text;
/// - a refused command changes nothing: every table's rows are as before it;
/// - published record unchanged: each published run's rows, results, the consequences it created and its issued
///   notice, `summary --year Y --run ID --as-issued` as text and as JSON (R-22b), are exactly as when first seen
///   published, whatever the year;
/// - the succession steps' own (StoreFuzzSuccession.swift): a withdrawal is accepted exactly when its kind fits,
///   and freezes are carried through a succession exactly on the days it is in force for them;
/// - no station-day lost: the stored hours and sums of every station-day and pollutant equal a model built
///   from the imports that were accepted (a refused import changes nothing);
/// - every freeze in force and every summons not closed or withdrawn has a live cause: its unit is graded
///   不合格 in the newest published revision of that year and kind (R-22c);
/// - a refused department report changes no stored version, and each published run's issued summary keeps the
///   department section as it stood at publication (R-22b, R-31) however the departments are reported and
///   assessed afterwards (part of "published record unchanged");
/// - `PRAGMA integrity_check` is ok, and no history table (import log, report versions, the departments'
///   task lists, reports, runs and results) shrinks.
struct StoreFuzzer {
    let cli: CLIHarness
    var rng: SplitMix64
    /// Steps run and what each ended with, for the record.
    var steps = 0
    var accepted = 0
    var refused = 0
    /// Department steps run: report imports accepted and refused, and assessments (R-31).
    var departmentReports = (accepted: 0, refused: 0)
    var departmentAssessments = 0
    /// Succession steps: recorded, withdrawn plainly, withdrawn as a correction (all accepted), and days on which a
    /// freeze was seen carried through a succession.
    var successions = (recorded: 0, plain: 0, corrections: 0)
    var carriedChecks = 0
    /// Years with a published run.
    var publishedYears: Set<Int> = []
    /// Whether "published record unchanged" also compares each published run's issued summary; on unless
    /// `KAOHE_STORE_FUZZ_SUMMARY=0` (the comparison runs one more command per published run and step).
    var checksSummary = ProcessInfo.processInfo.environment["KAOHE_STORE_FUZZ_SUMMARY"] != "0"
    /// First broken invariant, with the step that broke it; nil while all hold.
    var finding: String?
    /// Published runs seen so far (each checked after every later step).
    var publishedRuns: Int { published.count }
    /// Station-day pollutants in the model (accepted monitoring data).
    var modelledDays: Int { model.count }

    /// Expected hours and sums per station-day and pollutant: key "station/day/pollutant".
    var model: [String: (mask: Int64, sum: Int64)] = [:]
    var dustModel: Set<String> = []
    var published: [Int64: String] = [:]
    var historyCounts: [String: Int] = [:]
    private var fileNumber = 0
    private var publishDay = 0
    private var publishDay2016 = 0
    var log: [String] = []

    /// The stations and the unit each is assessed for (sample units).
    static let stations = [("2601A", "510703"), ("2602A", "510703"), ("2603A", "510704"), ("2604A", "510724"), ("2605A", "MY-GXQ")]

    init(seed: UInt64) throws {
        cli = try CLIHarness()
        rng = SplitMix64(state: seed)
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"],
            ["departments", "import", "sample-data/departments/departments.csv"],
            ["departments", "tasks", "import", "sample-data/departments/任务分解-2015.csv"],
            ["reports", "import", "sample-data/reports/2016"],
        ] {
            guard try cli.runArgs(args).status == 0 else { throw CLIError("setup failed: \(args)") }
        }
        try Self.importGeneratedUnits(cli)
    }

    struct CLIError: Error { var text: String; init(_ t: String) { text = t } }

    /// Runs one random step and checks every invariant; sets `finding` when one breaks.
    mutating func step() throws {
        steps += 1
        let choice = Int.random(in: 0..<116, using: &rng)
        var year = Bool.random(using: &rng) ? 2015 : 2016
        if (72..<85).contains(choice), Int.random(in: 0..<4, using: &rng) != 0, let draft = try newestDraftYear() {
            year = draft  // mostly publish what was just assessed, or 2016 would rarely be published
        }
        let before = try monitoringRows()
        let dumpBefore = try cli.dumpTables()
        var withdrawalAccepted: Bool? = nil
        var result: CLIHarness.Result
        var predicted: (model: [String: (mask: Int64, sum: Int64)], accepted: Bool)? = nil
        var dust: Set<String> = []
        var departmentReportValid: Bool? = nil
        let departmentVersions = try count("department_report_version")
        switch choice {
        case 0..<40:
            let (args, files, bad, dusty) = try monitoringImport()
            result = try cli.runArgs(args)
            predicted = merged(files, bad: bad)
            dust = dusty
        case 40..<48: result = try correctReport()
        case 48..<55:
            let (args, valid) = try departmentReport()
            result = try cli.runArgs(args)
            departmentReportValid = valid
        case 55..<66: result = try cli.run("assess", "--year", String(year))
        case 66..<72:
            result = try cli.run("departments", "assess", "--year", "2015")
            if result.status == 0 { departmentAssessments += 1 }
        case 72..<85: result = try publish(year)
        case 100..<106:
            result = try recordSuccession()
            if result.status == 0 { successions.recorded += 1 }
        case 106..<116:
            if let s = try successionInForce(), try !publishedRunRelies(on: s), Int.random(in: 0..<3, using: &rng) != 0 {
                // Mostly work towards a 2016 publication that relies on it first, so the correction is reached.
                result = try newestDraftYear() == 2016 ? publish(2016) : cli.run("assess", "--year", "2016")
            } else if let (r, fits) = try withdrawSuccession() {
                result = r
                withdrawalAccepted = fits
            } else {
                result = try recordSuccession()  // nothing to withdraw yet
                if result.status == 0 { successions.recorded += 1 }
            }
        default:
            let unit = ["510704", "510724", "510726", "510727", "510703", Self.predecessor, Self.successor].randomElement(using: &rng)!
            let day = date(2016, 3, 15, plus: Int.random(in: -5...400, using: &rng))
            var args = ["freeze", "lift", unit, "--date", day, "--doc", "绵府函〔2016〕\(steps)号", "--reason", "整改到位"]
            if Bool.random(using: &rng) { args.append("--force") }
            result = try cli.runArgs(args)
        }
        log.append("step \(steps) (choice \(choice), year \(year)): exit \(result.status)" + (result.status == 0 ? "" : ": " + (result.stderr.split(separator: "\n").first.map(String.init) ?? "")))
        if result.status == 0 { accepted += 1 } else { refused += 1 }
        guard result.status == 0 || result.status == 1 else { return fail("exit status \(result.status): \(result.stderr)") }
        for marker in ["DecodingError", "SQLite error", "Fatal error", "Swift/", "GRDB"] where (result.stdout + result.stderr).contains(marker) {
            return fail("internal text \"\(marker)\" printed: \(result.stderr)")
        }
        if let predicted {
            // The model of R-24a says whether the import must be accepted; the command must agree.
            if predicted.accepted != (result.status == 0) {
                return fail("monitoring import exit \(result.status), but the model says \(predicted.accepted ? "accept" : "refuse"): \(result.stderr)")
            }
            if result.status == 0 {
                model = predicted.model
                dustModel.formUnion(dust)
            } else if try monitoringRows() != before {
                return fail("a refused monitoring import changed the stored station-days")
            }
        }
        if result.status != 0, try cli.dumpTables() != dumpBefore {
            return fail("a refused command (exit \(result.status)) changed the store: \(result.stderr)")
        }
        if let fits = withdrawalAccepted {
            // D-109, D-143: plain while nothing published relied on it, only as a correction once something did.
            if fits != (result.status == 0) {
                return fail("succession withdrawal exit \(result.status), but its kind \(fits ? "fits" : "does not fit") what was published: \(result.stderr)")
            }
            if result.status == 0 {
                if result.stdout.contains("作为更正撤回") { successions.corrections += 1 } else { successions.plain += 1 }
            }
        }
        if let valid = departmentReportValid {
            if result.status == 0 { departmentReports.accepted += 1 } else { departmentReports.refused += 1 }
            // A score within the task's points is accepted, one past them refuses the whole file.
            if valid != (result.status == 0) {
                return fail("department report import exit \(result.status), but its scores are \(valid ? "all within" : "not all within") the points: \(result.stderr)")
            }
            if !valid, try count("department_report_version") != departmentVersions {
                return fail("a refused department report changed the stored versions")
            }
        }
        try checkInvariants(changed: result.status == 0)
        if finding == nil { try checkCarriedConsequences() }
    }

    /// Publishes the year's newest run on a day after the year's previous publication.
    private mutating func publish(_ year: Int) throws -> CLIHarness.Result {
        if year == 2015 {
            publishDay += Int.random(in: 0...20, using: &rng)
            let day = date(2016, 3, 15, plus: publishDay)
            return try cli.run("publish", "--year", "2015", "--date", day, "--doc", "绵府办函〔2016〕\(steps)号")
        }
        // Some sample units have no 2016 data: the publication says so knowingly.
        publishDay2016 += Int.random(in: 0...20, using: &rng)
        let day = date(2017, 3, 15, plus: publishDay2016)
        return try cli.run("publish", "--year", "2016", "--date", day, "--doc", "绵府办函〔2017〕\(steps)号", "--confirm-no-data")
    }

    /// The year of the newest draft run, if any.
    private func newestDraftYear() throws -> Int? {
        try open().read { try Int.fetchOne($0, sql: "SELECT year FROM assessment_run WHERE status = 'draft' ORDER BY id DESC LIMIT 1") }
    }

    /// Rows in `table` (0 before the database exists).
    private func count(_ table: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: cli.db) else { return 0 }
        return try open().read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    mutating func fail(_ text: String) {
        if finding == nil { finding = "step \(steps): \(text)\n" + log.suffix(10).joined(separator: "\n") }
    }

    /// YYYY-MM-DD of the day `plus` days after `day` (YYYY-MM-DD).
    func date(_ day: String, plus: Int) -> String {
        let p = day.split(separator: "-").map { Int($0)! }
        return date(p[0], p[1], p[2], plus: plus)
    }

    /// YYYY-MM-DD of the day `plus` days after the given one.
    func date(_ y: Int, _ m: Int, _ d: Int, plus: Int) -> String {
        var c = DateComponents()
        c.year = y
        c.month = m
        c.day = d + plus
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let f = DateFormatter()
        f.calendar = cal
        f.timeZone = cal.timeZone
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: cal.date(from: c)!)
    }

    // MARK: - Steps

    /// The model after merging each file's parts in order (R-24a, D-43): disjoint hours add up, the same hours
    /// and sum again change nothing, anything else refuses the whole import; a bad row refuses it too.
    private func merged(_ files: [[String: (mask: Int64, sum: Int64)]], bad: Bool) -> (model: [String: (mask: Int64, sum: Int64)], accepted: Bool) {
        var next = model
        let daily: Int64 = 1 << 24
        for parts in files {
            for (key, part) in parts {
                guard let old = next[key] else {
                    next[key] = part
                    continue
                }
                if old.mask == part.mask && old.sum == part.sum { continue }
                if old.mask & part.mask != 0 || (old.mask | part.mask) & daily != 0 { return (model, false) }
                next[key] = (old.mask | part.mask, old.sum + part.sum)
            }
        }
        return bad ? (model, false) : (next, true)
    }

    /// A monitoring import of one to three generated files: its arguments, the parts of each file keyed like
    /// the model, whether a file has a bad row, and the dust days it marks.
    private mutating func monitoringImport() throws -> ([String], [[String: (mask: Int64, sum: Int64)]], Bool, Set<String>) {
        var args = ["monitoring", "import"]
        var files: [[String: (mask: Int64, sum: Int64)]] = []
        var dust: Set<String> = []
        var bad = false
        let startLabels = Int.random(in: 0..<5, using: &rng) == 0
        if startLabels { args += ["--hour-label", "start"] }
        for _ in 0...Int.random(in: 0...2, using: &rng) {
            fileNumber += 1
            let (station, unit) = Self.stations.randomElement(using: &rng)!
            let day = Int.random(in: 1...6, using: &rng)  // 2015-03-01 … 03-06: files overlap often
            let pm10 = Int.random(in: 0..<3, using: &rng) != 0
            let pm25 = !pm10 || Bool.random(using: &rng)
            let withDust = Bool.random(using: &rng)
            let hourly = Int.random(in: 0..<4, using: &rng) != 0
            var text = "站点编码,区域代码,\(hourly ? "时间" : "日期")" + (pm10 ? ",PM10" : "") + (pm25 ? ",PM2.5" : "") + (withDust ? ",沙尘" : "") + "\n"
            let dayText = "2015-03-0\(day)"
            let odd = Int.random(in: 0..<8, using: &rng) == 0  // a value unlike the usual: clashes with stored hours
            var parts: [String: (mask: Int64, sum: Int64)] = [:]
            var rows: [(label: Int?, interval: Int)] = []
            if hourly {
                let first = Int.random(in: 0..<24, using: &rng)
                let last = Int.random(in: first..<24, using: &rng)
                rows = (first...last).map { interval in (startLabels ? interval : interval + 1, interval) }
            } else {
                rows = [(nil, 24)]
            }
            for (label, interval) in rows {
                let stamp: String
                if let label {
                    stamp = label == 24 ? "2015-03-0\(day + 1) 00:00" : "\(dayText) \(label < 10 ? "0" : "")\(label):00"
                } else {
                    stamp = dayText
                }
                let v10 = value(station, day, interval, 10) + (odd ? 1 : 0)
                let v25 = value(station, day, interval, 25) + (odd ? 1 : 0)
                let dusty = withDust && interval == 5 && day == 2
                text += "\(station),\(unit),\(stamp)" + (pm10 ? ",\(v10)" : "") + (pm25 ? ",\(v25)" : "") + (withDust ? (dusty ? ",是" : ",否") : "") + "\n"
                let bit: Int64 = 1 << Int64(interval)
                for (on, p, v) in [(pm10, "pm10", v10), (pm25, "pm25", v25)] where on {
                    let key = "\(station)/\(dayText)/\(p)"
                    let old = parts[key]
                    parts[key] = ((old?.mask ?? 0) | bit, (old?.sum ?? 0) + Int64(v) * 1_000_000_000)
                }
                if dusty { dust.insert("\(station)/\(dayText)") }
            }
            if Int.random(in: 0..<12, using: &rng) == 0 {
                text += "\(station),\(unit),\(hourly ? "\(dayText) 25:00" : "2015-13-01")" + (pm10 ? ",1" : "") + (pm25 ? ",1" : "")
                    + (withDust ? ",否" : "") + "\n"  // a bad row: the whole import is refused
                bad = true
            }
            files.append(parts)
            let path = cli.workDir.appendingPathComponent("m\(fileNumber).csv").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            args.append(path)
        }
        return (args, files, bad, dust)
    }

    /// The usual whole-number value of a station, day, hour and pollutant.
    private func value(_ station: String, _ day: Int, _ interval: Int, _ p: Int) -> Int {
        20 + (station.unicodeScalars.reduce(0) { $0 + Int($1.value) } * 7 + day * 13 + interval * 5 + p) % 150
    }

    /// The 2015 summary with one unit's PM10 changed (a correction), or the sample again.
    private mutating func correctReport() throws -> CLIHarness.Result {
        let original = try String(contentsOf: CLIHarness.packageRoot.appendingPathComponent("sample-data/reports/2015/自查报告-2015.csv"), encoding: .utf8)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if Int.random(in: 0..<4, using: &rng) != 0 {
            let i = Int.random(in: 1..<(lines.count - 1), using: &rng)
            var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 3, let v = Int(cells[3]) { cells[3] = String(v + Int.random(in: -6...6, using: &rng)) }
            lines[i] = cells.joined(separator: ",")
        }
        fileNumber += 1
        let path = cli.workDir.appendingPathComponent("report\(fileNumber).csv").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var args = ["reports", "import", path]
        if Bool.random(using: &rng) { args.append("--reinstate") }
        return try cli.runArgs(args)
    }

    /// The departments' 2015 self-reports with one self-score set to a random value from 0 to one past the
    /// task's points (the sample otherwise), and whether every score stays within the points.
    private mutating func departmentReport() throws -> ([String], Bool) {
        let root = CLIHarness.packageRoot.appendingPathComponent("sample-data/departments")
        let tasks = try String(contentsOf: root.appendingPathComponent("任务分解-2015.csv"), encoding: .utf8)
        var points: [String: Int] = [:]  // "dept/task" → points
        for line in tasks.split(separator: "\n").dropFirst() {
            let c = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if c.count > 4, let p = Int(c[4]) { points["\(c[0])/\(c[2])"] = p }
        }
        let original = try String(contentsOf: root.appendingPathComponent("部门自查报告-2015.csv"), encoding: .utf8)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var valid = true
        if Int.random(in: 0..<4, using: &rng) != 0 {
            let i = Int.random(in: 1..<lines.count, using: &rng)
            var c = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if c.count > 4, let max = points["\(c[0])/\(c[2])"] {
                let score = Int.random(in: 0...(max + 1), using: &rng)
                c[4] = String(score)
                valid = score <= max
                lines[i] = c.joined(separator: ",")
            }
        }
        fileNumber += 1
        let path = cli.workDir.appendingPathComponent("dept\(fileNumber).csv").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (["departments", "reports", "import", path], valid)
    }
}
