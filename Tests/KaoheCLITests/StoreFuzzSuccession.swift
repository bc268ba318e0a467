import Foundation
import GRDB
import KaoheTestSupport

/// The store fuzzer's succession steps and their invariants (issue 14, task 14i; D-103…D-109, D-143, R-22, R-22b).
///
/// Two generated units: 甲新区 (FZ-A), which fails 2015 (its PM10 rises, 100 → 108) and so holds a freeze and a summons
/// once 2015 is published, and 乙新区 (FZ-B), which may be recorded as its successor (a recode, D-62) from a day in
/// 2016 — so the 2016 assessment, which the fuzzer runs and publishes too, relies on the succession — and withdrawn
/// again: plainly while nothing published relied on it (D-109), as a correction after a publication that did
/// (D-143), dated by `KAOHE_TODAY`. Invariants checked after every step:
/// - a withdrawal is accepted exactly when its kind fits: `--correction` when a published run from the succession's
///   first year on has a result for the successor, a plain one otherwise (D-109, D-143);
/// - `freeze list --on D` and `eia-check FZ-B --on D` carry the predecessor's freezes through the succession on each
///   day D with effective ≤ D < the correction's day, and not before it, not from that day, and never for a plain
///   withdrawal (D-106, D-143: "which units were frozen on D?" is answered as things were applied then).
/// The step's own checks (StoreFuzz.swift) add: a refused command leaves every table as it was, and each published
/// run's issued notice (text and JSON, any year) re-prints byte for byte (R-22b).
extension StoreFuzzer {
    static let predecessor = "FZ-A"
    static let successor = "FZ-B"

    /// Writes and imports the generated units, FZ-A's target and its reports for 2014–2016.
    static func importGeneratedUnits(_ cli: CLIHarness) throws {
        let files = [
            ("fz-areas.csv", "区域代码,区域名称,区域类型,上级区域代码\nFZ-A,甲新区,区,510700\nFZ-B,乙新区,区,510700\n"),
            ("fz-targets.csv", "区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标\nFZ-A,2017,PM10,2013,100,浓度限值,85,是\n"),
            ("fz-reports.csv", "区域代码,考核年度,报送日期,PM10年均浓度\nFZ-A,2014,2014-12-20,100\nFZ-A,2015,2015-12-20,108\nFZ-A,2016,2016-12-20,92\n"),
        ]
        let paths = try files.map { try cli.write($0.0, $0.1) }
        for args in [["areas", "import", paths[0]], ["targets", "import", paths[1]], ["reports", "import", paths[2]]] {
            let r = try cli.runArgs(args)
            guard r.status == 0 else { throw CLIError("setup failed: \(args): \(r.stderr)") }
        }
    }

    /// Records FZ-A → FZ-B from a day of 2016.
    mutating func recordSuccession() throws -> CLIHarness.Result {
        let day = ["2016-01-01", "2016-01-01", "2016-04-01", "2016-09-30"].randomElement(using: &rng)!
        return try cli.run("areas", "succeed", Self.predecessor, Self.successor, "--on", day, "--doc", "绵府发〔2016〕\(steps)号")
    }

    /// Withdraws the newest succession of FZ-A still in force, plainly or as a correction (mostly the kind that fits),
    /// dated by a `KAOHE_TODAY` after the last publication; returns the result and whether the model says accept.
    mutating func withdrawSuccession() throws -> (CLIHarness.Result, Bool)? {
        guard let s = try successionInForce() else { return nil }
        let relied = try publishedRunRelies(on: s)
        let correction = Int.random(in: 0..<5, using: &rng) == 0 ? !relied : relied
        var args = ["areas", "succeed", "--withdraw", String(s.id), "--doc", "绵府发〔2017〕\(steps)号", "--reason", "承继登记错误"]
        if correction { args.append("--correction") }
        let today = date(2017, 4, 1, plus: Int.random(in: 0...300, using: &rng))
        let result = try cli.runWith(args, environment: ["KAOHE_TODAY": today])
        return (result, correction == relied)
    }

    /// FZ-A's newest succession not withdrawn in any way: its id and effective day.
    func successionInForce() throws -> (id: Int64, effective: String)? {
        try open().read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, effective_on FROM area_succession s
                    WHERE predecessor_code = ? AND NOT EXISTS (SELECT 1 FROM area_succession_withdrawal w WHERE w.succession_id = s.id)
                    ORDER BY id DESC LIMIT 1
                    """, arguments: [Self.predecessor]
            ).map { (id: $0["id"], effective: $0["effective_on"]) }
        }
    }

    /// Whether a published run of the succession's first year or later has a result for the successor (D-109).
    func publishedRunRelies(on s: (id: Int64, effective: String)) throws -> Bool {
        let year = Int(s.effective.prefix(4))!
        return try open().read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM assessment_run r JOIN assessment_result x ON x.run_id = r.id
                                   WHERE r.status = 'published' AND r.year >= ? AND x.area_code = ?)
                    """, arguments: [year, Self.successor]) ?? false
        }
    }

    /// Every recorded succession of FZ-A with the day its consequences stop being carried: nil while in force,
    /// the correction's day when withdrawn as a correction, its effective day (never carried) when withdrawn plainly.
    func carryingWindows() throws -> [(effective: String, until: String?)] {
        try open().read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.effective_on,
                           CASE WHEN c.withdrawal_id IS NOT NULL THEN c.not_in_force_from
                                WHEN w.id IS NOT NULL THEN s.effective_on END AS until
                    FROM area_succession s
                    LEFT JOIN area_succession_withdrawal w ON w.succession_id = s.id
                    LEFT JOIN area_succession_correction c ON c.withdrawal_id = w.id
                    WHERE s.predecessor_code = ? ORDER BY s.id
                    """, arguments: [Self.predecessor]
            ).map { (effective: $0["effective_on"], until: $0["until"]) }
        }
    }

    /// Checks on a few days around each succession's window that the predecessor's freezes are carried exactly
    /// within it: by `freeze list --on D` (one holder per freeze) and by `eia-check FZ-B --on D`.
    mutating func checkCarriedConsequences() throws {
        let windows = try carryingWindows()
        guard !windows.isEmpty else { return }
        var days: Set<String> = []
        for w in windows {
            days.insert(w.effective)
            days.insert(date(w.effective, plus: -1))
            if let until = w.until, until != w.effective {
                days.insert(until)
                days.insert(date(until, plus: -1))
            }
        }
        days.insert(date(2016, 1, 1, plus: Int.random(in: 0...700, using: &rng)))
        for day in days.sorted() {
            let carried = windows.contains { $0.effective <= day && ($0.until.map { day < $0 } ?? true) }
            let list = try cli.run("freeze", "list", "--on", day)
            guard list.status == 0 else { return fail("freeze list --on \(day) exit \(list.status): \(list.stderr)") }
            let lines = list.stdout.split(separator: "\n").map(String.init)
            let own = lines.filter { $0.hasPrefix(Self.predecessor + " ") }
            let inherited = lines.filter { $0.hasPrefix(Self.successor + " ") && $0.contains("继承自 \(Self.predecessor)") }
            if carried && !own.isEmpty {
                return fail("on \(day), inside the succession's window, FZ-A still holds its freezes itself:\n\(list.stdout)")
            }
            if !carried && !inherited.isEmpty {
                return fail("on \(day), outside every succession's window, FZ-B holds FZ-A's freezes:\n\(list.stdout)")
            }
            let check = try cli.run("eia-check", Self.successor, "--category", "emitting", "--on", day)
            guard check.status == 0 || check.status == 3 else { return fail("eia-check --on \(day) exit \(check.status): \(check.stderr)") }
            // Frozen exactly when `freeze list` shows FZ-B holding a freeze that day, its own or carried.
            let frozen = lines.contains { $0.hasPrefix(Self.successor + " ") }
            if (check.status == 3) != frozen {
                return fail("on \(day) eia-check FZ-B exit \(check.status), but freeze list shows it \(frozen ? "frozen" : "not frozen"):\n\(check.stdout)\n\(list.stdout)")
            }
            let says = check.stdout.contains("承继：\(Self.successor)")
            if says != (carried && !inherited.isEmpty) {
                return fail("on \(day) eia-check FZ-B \(says ? "carries" : "does not carry") FZ-A's freeze, freeze list shows \(inherited.count) carried:\n\(check.stdout)\n\(list.stdout)")
            }
            if !inherited.isEmpty { carriedChecks += 1 }
        }
    }
}
