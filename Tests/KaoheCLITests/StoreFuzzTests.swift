import Foundation
import Testing

/// The store fuzzer (issue 12): a short seeded run in every test run; `scripts/fuzz-store SECONDS` runs it long.
@Suite struct StoreFuzzTests {
    @Test func seededStoreSequenceKeepsEveryInvariant() throws {
        var fuzzer = try StoreFuzzer(seed: ProcessInfo.processInfo.environment["KAOHE_STORE_FUZZ_SEEDED"].flatMap(UInt64.init) ?? 20_151_231)
        for _ in 0..<40 {
            try fuzzer.step()
            if fuzzer.finding != nil { break }
        }
        #expect(fuzzer.finding == nil, "\(fuzzer.finding ?? "")")
        if ProcessInfo.processInfo.environment["KAOHE_STORE_FUZZ_LOG"] != nil { print(fuzzer.log.joined(separator: "\n") + "\n" + (fuzzer.finding ?? "no finding")) }
        // The sequence must exercise both outcomes, or it proves little.
        #expect(fuzzer.accepted > 5 && fuzzer.refused > 2)
        #expect(fuzzer.publishedRuns > 0 && fuzzer.modelledDays > 0)
        #expect(fuzzer.departmentReports.accepted > 0 && fuzzer.departmentAssessments > 0, "department steps: \(fuzzer.departmentReports), \(fuzzer.departmentAssessments) assessment(s)")
        // More than one year published, a succession recorded and withdrawn as a correction after a publication
        // relied on it, and freezes seen carried through it (StoreFuzzSuccession.swift).
        #expect(fuzzer.publishedYears == [2015, 2016], "published years: \(fuzzer.publishedYears)")
        #expect(fuzzer.successions.recorded > 0 && fuzzer.successions.corrections > 0, "succession steps: \(fuzzer.successions)")
        #expect(fuzzer.carriedChecks > 0)
    }

    /// Runs for `KAOHE_STORE_FUZZ_SECONDS` (skipped when unset), a fresh database per seed, and prints a record.
    @Test func longStoreFuzzRun() throws {
        let env = ProcessInfo.processInfo.environment
        guard let seconds = env["KAOHE_STORE_FUZZ_SECONDS"].flatMap(Double.init) else { return }
        var seed = env["KAOHE_STORE_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        let end = Date().addingTimeInterval(seconds)
        var steps = 0, accepted = 0, refused = 0, sequences = 0, publishedRuns = 0
        var recorded = 0, plain = 0, corrections = 0, carried = 0
        let firstSeed = seed
        var lastSeed = seed
        while Date() < end {
            var fuzzer = try StoreFuzzer(seed: seed)
            for _ in 0..<60 where Date() < end {
                try fuzzer.step()
                if fuzzer.finding != nil { break }
            }
            steps += fuzzer.steps
            accepted += fuzzer.accepted
            refused += fuzzer.refused
            publishedRuns += fuzzer.publishedRuns
            recorded += fuzzer.successions.recorded
            plain += fuzzer.successions.plain
            corrections += fuzzer.successions.corrections
            carried += fuzzer.carriedChecks
            sequences += 1
            lastSeed = seed
            if let finding = fuzzer.finding {
                Issue.record("seed \(seed): \(finding)")
                break
            }
            seed += 1
        }
        print("store fuzz: \(sequences) sequence(s), \(steps) step(s) (\(accepted) exit 0, \(refused) exit 1), \(publishedRuns) published run(s) checked, \(recorded) succession(s) recorded, \(plain) withdrawn plainly and \(corrections) as a correction, \(carried) day(s) with a carried freeze checked, seeds \(firstSeed)–\(lastSeed), \(Int(seconds)) s")
    }
}
