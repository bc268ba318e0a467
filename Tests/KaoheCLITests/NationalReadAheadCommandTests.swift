import Foundation
import GRDB
import KaoheCore
import Testing

/// Differential (D-160): the national import with read-ahead (file N+1 read on a second thread while file N is
/// staged) and without it (`KAOHE_NATIONAL_NO_READ_AHEAD=1`, one file after another) print the same lines in the
/// same order, exit alike and store the same rows — for seeded files across a year end, with a bad cell, with a
/// conflict, with `--keep-going` (D-154), in both languages, by `monitoring import` and `national import`.
@Suite struct NationalReadAheadCommandTests {
    /// What one run printed and stored, with the run's own folder written as `<work>` so two runs compare.
    struct Outcome: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
        var rows: [String: [String]]
    }

    /// The seeded files of `NationalStagedImportTests` (2014-12-27 … 2015-01-05, shuffled, a same-valued copy of
    /// one day), plus what `variant` adds.
    enum Variant { case clean, badCell, conflict, badCellAndConflict }

    static func files(seed: UInt64, _ variant: Variant) throws -> [(name: String, data: Data)] {
        var files = NationalStagedImportTests.files(seed: seed)
        if variant == .conflict || variant == .badCellAndConflict {
            // A second copy of the copied day with one SO2 value changed: a located conflict naming the earlier cell.
            let copy = try #require(files.first { $0.name.hasPrefix("copy/") })
            var text = String(decoding: copy.data, as: UTF8.self)
            // The column of 2601A (mapped all along), so the changed hour is kept and conflicts.
            let lines = text.split(separator: "\n")
            let column = try #require(lines[0].split(separator: ",").firstIndex(of: "2601A"))
            let line = try #require(
                lines.first { line in
                    let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                    return cells[2] == "SO2" && !["", "-"].contains(cells[column])
                })
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { $0.offset == column ? "999999" : String($0.element) }
            text = text.replacingOccurrences(of: line, with: cells.joined(separator: ","))
            files.append(("again/" + copy.name.dropFirst("copy/".count), Data(text.utf8)))
        }
        if variant == .badCell || variant == .badCellAndConflict {
            // One bad AQI cell in the third file (every cell of every station is checked, D-68).
            let i = 2
            let text = String(decoding: files[i].data, as: UTF8.self).replacingOccurrences(of: ",AQI,", with: ",AQI,abc")
            #expect(text != String(decoding: files[i].data, as: UTF8.self))
            files[i] = (files[i].name, Data(text.utf8))
        }
        return files
    }

    /// Runs `args` (the folder of `files` appended) on a fresh database with the list and mapping stored.
    func run(_ files: [(name: String, data: Data)], _ args: [String], readAhead: Bool) throws -> Outcome {
        let (cli, _, _) = try NationalStagedImportTests().database()
        let dir = cli.workDir.appendingPathComponent("nat")
        for f in files {
            let url = dir.appendingPathComponent(f.name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try f.data.write(to: url)
        }
        let line = args.map { $0.replacingOccurrences(of: "<work>", with: cli.workDir.path) } + [dir.path]
        let r = try cli.runWith(line, environment: readAhead ? [:] : ["KAOHE_NATIONAL_NO_READ_AHEAD": "1"])
        let mask = { (s: String) in s.replacingOccurrences(of: cli.workDir.path, with: "<work>") }
        let rows = try NationalStagedImportTests().rows(cli).mapValues { $0.map(mask) }
        return Outcome(status: r.status, stdout: mask(r.stdout), stderr: mask(r.stderr), rows: rows)
    }

    @Test(arguments: [
        (UInt64(1), Variant.clean, false), (7, .badCell, false), (7, .conflict, false), (2026, .badCellAndConflict, false),
        (2026, .badCellAndConflict, true), (7, .conflict, true),
    ])
    func monitoringImportIsTheSameWithReadAheadOnAndOff(seed: UInt64, variant: Variant, keepGoing: Bool) throws {
        let files = try Self.files(seed: seed, variant)
        for lang in [["--lang", "en"], []] {
            let args = ["monitoring", "import"] + (keepGoing ? ["--keep-going"] : []) + lang
            let on = try run(files, args, readAhead: true)
            let off = try run(files, args, readAhead: false)
            #expect(on == off)
            // The runs did what the variant asks of them, so the comparison is of something.
            let hours = on.rows["national_hour"]?.count ?? 0
            switch (variant, keepGoing) {
            case (.clean, _):
                #expect(on.status == 0 && hours > 1_000)
                #expect(on.rows["national_hour"]!.contains { $0.contains("day:\"2014-12-31\"") && $0.contains("hour:24") })
            case (_, false):
                #expect(on.status != 0 && hours == 0 && on.rows["import_log"]!.allSatisfy { !$0.contains("monitoring") })
            case (_, true):
                #expect(on.status == 1 && hours > 1_000 && on.rows["import_log"]!.contains { $0.contains("monitoring") })
            }
            if variant == .conflict || variant == .badCellAndConflict { #expect(on.stderr.contains("999999")) }
            if variant == .badCell || variant == .badCellAndConflict { #expect(on.stderr.contains("abc")) }
        }
    }

    @Test(arguments: [Variant.clean, .badCellAndConflict])
    func nationalImportIsTheSameWithReadAheadOnAndOff(variant: Variant) throws {
        let files = try Self.files(seed: 7, variant)
        // `run`'s database holds the areas, and its folder the list and mapping files (`database()` writes them there).
        let args = ["national", "import", "--stations", "<work>/list.csv", "--mapping", "<work>/map.csv", "--lang", "en"]
        let on = try run(files, args, readAhead: true)
        let off = try run(files, args, readAhead: false)
        #expect(on == off)
        #expect(variant == .clean ? on.status == 0 : on.status != 0)
    }
}
