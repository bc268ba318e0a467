import Foundation
import Testing

/// `kaohe areas succeed` and `areas successions` (issue 21): recorded once, listed, refused with a reason,
/// nothing stored on a refusal.
@Suite struct SuccessionCommandTests {
    func harness() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-06-01"
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv")
        return cli
    }

    @Test func recodeIsRecordedAndListed() throws {
        let cli = try harness()
        let r = try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号", "--by", "clerk")
        #expect(r == .init(status: 0, stdout: "已记录承继 #1：安县（510724） → 安州区（510705）（更改代码），2016-01-01 起生效，依据 绵府发〔2016〕1号。2016 年起由 510705 代替 510724 参加考核。\n", stderr: ""))
        let list = try cli.run("areas", "successions", "--lang", "en")
        #expect(list.stdout.contains("1   安县（510724）  安州区（510705）  recode  2016-01-01  绵府发〔2016〕1号  clerk"))
        #expect(list.stdout.hasSuffix("1 succession(s)\n"))
    }

    @Test func refusalsNameTheirReasonAndStoreNothing() throws {
        let cli = try harness()
        try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "D1")
        let before = try cli.dumpTables()
        let cases: [([String], String)] = [
            (["510724", "510703", "--on", "2016-01-01", "--doc", "D2"], "510724 was already succeeded by 510705 on 2016-01-01 (D1)"),
            (["510705", "510724", "--on", "2016-02-01", "--doc", "D2"], "510724 is already a predecessor of 510705 — recording 510705 → 510724 would make a cycle"),
            (["510799", "510703", "--on", "2016-01-01", "--doc", "D2"], "unknown unit 510799"),
            (["510703", "510704", "--on", "2016-06-02", "--doc", "D2"], "is after today (2016-06-01)"),
            (["510703", "510704", "--on", "2016-02-30", "--doc", "D2"], "--on 2016-02-30"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", "a\nb"], "--doc"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", " "], "--doc must name the document number"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", String(repeating: "x", count: 101)], "--doc"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", "D2", "--kind", "swap"], "--kind swap is not known"),
        ]
        for (args, message) in cases {
            let r = try cli.runArgs(["areas", "succeed"] + args + ["--lang", "en"])
            #expect(r.status != 0, "\(args)")
            #expect(r.stdout == "", "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("SQLite"), "\(args)")
        }
        #expect(try cli.dumpTables() == before)
    }

    @Test func aSplitsOwnFiguresAndAMergesWeightAreRecordedFromOptionsAndListed() throws {
        let cli = try harness()
        let split = try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "S1", "--kind", "split", "--base", "100.5", "--previous", "98")
        #expect(split.status == 0, "\(split.stderr)")
        let merge = try cli.run("areas", "succeed", "510723", "510725", "--on", "2016-01-01", "--doc", "M1", "--kind", "merge", "--weight", "3")
        #expect(merge.status == 0, "\(merge.stderr)")
        let list = try cli.run("areas", "successions", "--lang", "en").stdout
        #expect(list.contains("in force  base 100.5, previous 98"), "\(list)")
        #expect(list.contains("in force  weight 3"), "\(list)")
        let cases: [([String], String)] = [
            (["510703", "510704", "--on", "2016-01-01", "--doc", "D", "--weight", "2"], "--weight is for a merge only (--kind merge)"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", "D", "--kind", "merge", "--base", "90"], "--base and --previous are for a split only (--kind split)"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", "D", "--kind", "merge", "--weight", "0"], "--weight 0 is not a number above 0"),
            (["510703", "510704", "--on", "2016-01-01", "--doc", "D", "--kind", "split", "--previous", "9e9"], "--previous 9e9 is not a number above 0"),
            (["510703", "510704", "--doc", "D"], "give the effective day with --on"),
        ]
        for (args, message) in cases {
            let r = try cli.runArgs(["areas", "succeed"] + args + ["--lang", "en"])
            #expect(r.status != 0 && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }
}
