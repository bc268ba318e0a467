import Foundation
import KaoheCore
import Testing

/// The plan-period view rides in the issued record (issue 22, R-22b): a record issued before the view existed
/// decodes without it (so its notice prints as it did), and one issued with it gives back the same view.
@Suite struct PlanPeriodRecordTests {
    static let area = Area(code: "510724", name: "安县", type: .county)

    static func record(_ planPeriod: [PlanPeriodHistory]?) -> IssuedRecord {
        var r = IssuedRecord(
            runID: 9, issuedAt: "2018-03-12T08:00:00Z", statuses: [], projects: [], funding: [], findings: [], summonses: [], freezes: [],
            replaces: nil, watermarks: .init(summonsAmendment: 0, reportVersion: 0, finding: 0, accountabilityUpdate: 0))
        r.planPeriod = planPeriod
        return r
    }

    @Test func aRecordIssuedBeforeTheViewDecodesWithoutIt() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let old = String(decoding: try encoder.encode(Self.record(nil)), as: UTF8.self)
        // The shape of a record written before this change: no planPeriod member at all.
        #expect(!old.contains("planPeriod"))
        #expect(try JSONDecoder().decode(IssuedRecord.self, from: Data(old.utf8)).planPeriod == nil)
    }

    @Test func theViewRoundTripsExactly() throws {
        // Base 95, final ceiling 85; 2016 indicator 5: self 6 + 7 = 13, verified 5 + 7 = 12; 1/3 keeps
        // every digit through the record (exact decimals, R-11).
        let target = Target(areaCode: "510724", year: 2017, baseYear: 2013, baseConcentration: 95, kind: .ceiling, value: 85, isFinal: true)
        var view = PlanPeriodHistory.build(
            area: Self.area, rules: .builtInDefault, targets: [target], runs: [],
            keyTasks: [
                KeyTaskScore(areaCode: "510724", year: 2016, code: "5.1", selfScore: 6, verifiedScore: 5),
                KeyTaskScore(areaCode: "510724", year: 2016, code: "5.2", selfScore: 7),
            ])
        view.years[1].concentration = Decimal(1) / Decimal(3)
        #expect(view.indicators[4].selfScores == [2016: 13] && view.indicators[4].verifiedScores == [2016: 12])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Self.record([view]))
        let back = try JSONDecoder().decode(IssuedRecord.self, from: data)
        #expect(back.planPeriod == [view])
        // The same record encodes to the same bytes (sorted keys), as the published record needs.
        #expect(try encoder.encode(back) == data)
    }
}
