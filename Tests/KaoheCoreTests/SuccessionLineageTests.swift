import Foundation
import Testing

@testable import KaoheCore

/// Which code stood for a unit in an earlier year (issue 21, D-141): renames and recodes are followed back,
/// merges and splits are not.
@Suite struct SuccessionLineageTests {
    func s(_ from: String, _ to: String, _ year: Int, _ kind: SuccessionKind) -> Succession {
        Succession(predecessor: from, successor: to, effective: Day(year: year, month: 1, day: 1)!, document: "D", kind: kind)
    }

    @Test func aRecodeThenARenameAreFollowedBackYearByYear() {
        // A → B recoded on 2016-01-01 (B stands from 2016), B → C renamed on 2017-01-01 (C from 2017).
        let list = [s("A", "B", 2016, .recode), s("B", "C", 2017, .rename)]
        let chain = SuccessionLineage.chain(of: "C", successions: list)
        #expect(chain.map(\.code) == ["C", "B", "A"])
        #expect(chain.map(\.from) == [2017, 2016, nil])
        #expect(SuccessionLineage.code(of: "C", in: 2013, successions: list) == "A")
        #expect(SuccessionLineage.code(of: "C", in: 2015, successions: list) == "A")
        #expect(SuccessionLineage.code(of: "C", in: 2016, successions: list) == "B")
        #expect(SuccessionLineage.code(of: "C", in: 2017, successions: list) == "C")
        // The predecessor's own view does not reach forward.
        #expect(SuccessionLineage.code(of: "A", in: 2017, successions: list) == "A")
    }

    @Test func mergesAndSplitsAreNotJoined() {
        let merge = [s("A", "C", 2016, .merge), s("B", "C", 2016, .merge)]
        #expect(SuccessionLineage.code(of: "C", in: 2015, successions: merge) == "C")
        let split = [s("A", "C", 2016, .split), s("A", "D", 2016, .split)]
        #expect(SuccessionLineage.code(of: "C", in: 2015, successions: split) == "C")
        #expect(SuccessionLineage.chain(of: "D", successions: split).map(\.code) == ["D"])
    }
}

/// A plan-period year frozen before D-141 has no unit fields: it decodes with none and encodes as it was (R-22b).
@Suite struct PlanPeriodYearUnitFieldTests {
    @Test func aYearWithoutAPredecessorEncodesAndDecodesAsBefore() throws {
        let own = PlanPeriodHistory.Year(year: 2014, concentration: 94, isBase: false)
        let text = String(decoding: try JSONEncoder().encode(own), as: UTF8.self)
        #expect(!text.contains("unitCode") && !text.contains("unitName"), "\(text)")
        let old = #"{"year":2015,"concentration":93,"isBase":false}"#
        let decoded = try JSONDecoder().decode(PlanPeriodHistory.Year.self, from: Data(old.utf8))
        #expect(decoded == PlanPeriodHistory.Year(year: 2015, concentration: 93, isBase: false))
        let joined = PlanPeriodHistory.Year(year: 2014, concentration: 94, isBase: false, unitCode: "510724", unitName: "安县")
        let back = try JSONDecoder().decode(PlanPeriodHistory.Year.self, from: try JSONEncoder().encode(joined))
        #expect(back.unitCode == "510724" && back.unitName == "安县")
    }
}
