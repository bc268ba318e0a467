import Foundation
import Testing

@testable import KaoheCore

/// The old-code check of targets, mapping and monitoring imports (issue 21, D-145): which rows are questioned,
/// one warning per file and code with the count, errors at each row (or per code for monitoring) when refused.
@Suite struct OldCodeImportsTests {
    let recode = Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 3, day: 1)!, document: "D1", kind: .recode)
    let names = ["510705": "安州区", "510724": "安县"]
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func monitoringDaysFromTheChangeOnAreCountedOncePerCode() {
        let check = OldCodeImports(successions: [recode], names: names, policy: .warn)
        // Lines 2–5: 02-28 and 02-29 (before the day) are not questioned; 03-01 and 03-02 are (2 days, first at line 4).
        let uses = [(2, 28), (2, 29), (3, 1), (3, 2)].enumerated().map { i, md in
            OldCodeImports.Use(code: "510724", day: day(2016, md.0, md.1), line: i + 2)
        } + [OldCodeImports.Use(code: "510703", day: day(2016, 3, 1), line: 6)]
        let found = check.diagnostics(file: "m.csv", kind: .monitoring, uses: uses)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning && found.first?.line == 4)
        #expect(found.first?.reasonZh?.hasSuffix("本文件有 2 个站日的数据以 510724 报送，日期在 2016-03-01 及以后（2016-03-01 至 2016-03-02）") == true, "\(found)")
        // Refused, monitoring is still one error per code.
        let refused = OldCodeImports(successions: [recode], names: names, policy: .refuse).diagnostics(file: "m.csv", kind: .monitoring, uses: uses)
        #expect(refused.map(\.severity) == [.error])
    }

    @Test func aTargetRowIsForItsYearAndRefusedRowsAreEachLocated() {
        // A change on 2016-03-01 has first year 2016 (D-61): a 2016 target row is questioned, a 2015 one is not.
        let uses = [2015, 2016, 2017].enumerated().map { i, y in OldCodeImports.Use(code: "510724", day: day(y, 12, 31), line: i + 2, column: 1) }
        let warned = OldCodeImports(successions: [recode], names: names, policy: .warn).diagnostics(file: "t.csv", kind: .targets, uses: uses)
        #expect(warned.map(\.line) == [3] && warned.first?.reason.contains("2 rows of this file give targets of 2016 or later") == true, "\(warned)")
        let refused = OldCodeImports(successions: [recode], names: names, policy: .refuse).diagnostics(file: "t.csv", kind: .targets, uses: uses)
        #expect(refused.map(\.line) == [3, 4] && refused.allSatisfy { $0.severity == .error })
    }

    @Test func aMappingIsQuestionedWhenItReachesTheChange() {
        let check = OldCodeImports(successions: [recode], names: names, policy: .warn)
        let rows = [
            StationAssignment(station: "S1", unit: "510724", from: day(2015, 1, 1), to: day(2016, 2, 29), line: 2),
            StationAssignment(station: "S2", unit: "510724", from: day(2015, 1, 1), to: nil, line: 3),
        ]
        #expect(check.mappingDiagnostics(file: "map.csv", rows: rows).map(\.line) == [3])
    }

    @Test func aMergesRowsSayTheyAreNotTheSuccessorsOwn() {
        let merge = Succession(predecessor: "510724", successor: "510705", effective: day(2016, 1, 1), document: "D2", kind: .merge)
        let check = OldCodeImports(successions: [merge], names: names, policy: .warn)
        let data = check.diagnostics(file: "m.csv", kind: .monitoring, uses: [OldCodeImports.Use(code: "510724", day: day(2016, 1, 1), line: 2)])
        #expect(data.first?.fix?.contains("are not 510705 安州区's for that year") == true, "\(data)")
        let targets = check.diagnostics(file: "t.csv", kind: .targets, uses: [OldCodeImports.Use(code: "510724", day: day(2016, 12, 31), line: 2)])
        #expect(targets.first?.fix?.contains("they are derived from its predecessors' bases and targets") == true, "\(targets)")
    }
}
