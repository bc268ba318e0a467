import Foundation
import Testing

@testable import KaoheCore

/// Which units a year's lists name (issue 21, D-144): the units that exist in the year, the same ones
/// `SuccessionResolution.apply` assesses; a unit that does not exist is listed only for rows of the year, with a
/// note saying what becomes of them.
@Suite struct SuccessionMembershipTests {
    static func area(_ code: String, _ name: String) -> Area { Area(code: code, name: name, type: .county) }
    let a = area("A", "甲县"), b = area("B", "乙县"), c = area("C", "丙区"), d = area("D", "丁区"), e = area("E", "戊区")
    static func day(_ y: Int) -> Day { Day(year: y, month: 1, day: 1)! }
    static func s(_ p: String, _ n: String, _ y: Int, _ kind: SuccessionKind) -> Succession {
        Succession(predecessor: p, successor: n, effective: day(y), document: "D", kind: kind)
    }
    static let target = Target(areaCode: "", year: 2017, pollutant: .pm10, baseYear: 2013, baseConcentration: 90, kind: .ceiling, value: 80, isFinal: true)

    /// A recode A → C (2016), a merge of B and D into E (2017).
    let successions = [s("A", "C", 2016, .recode), s("B", "E", 2017, .merge), s("D", "E", 2017, .merge)]

    func records() -> [UnitRecord] {
        [a, b, c, d, e].map { unit in
            var t = Self.target
            t.areaCode = unit.code
            return UnitRecord(area: unit, targets: unit.code == "C" || unit.code == "E" ? [] : [t])
        }
    }

    @Test func theUnitsThatExistInAYearAreTheOnesTheAssessmentAssesses() throws {
        // By hand: 2015 — A, B, D (C from 2016, E from 2017 do not exist yet); 2016 — B, C, D; 2017 — C, E.
        let expected: [Int: [String]] = [2015: ["A", "B", "D"], 2016: ["B", "C", "D"], 2017: ["C", "E"]]
        for (year, codes) in expected {
            let listed = [a, b, c, d, e].map(\.code).filter { SuccessionMembership.exists($0, in: year, successions: successions) }
            #expect(listed == codes, "\(year)")
            let assessed = try SuccessionResolution.apply(records(), successions: successions, year: year).records.map(\.area.code)
            #expect(Set(assessed) == Set(codes), "\(year)")
        }
    }

    @Test func aUnitThatDoesNotExistIsListedOnlyForRowsOfTheYearWithANote() {
        let areas = [a, b, c, d, e]
        // 2016 with rows for A (replaced by the recode) and for E (not yet in existence); B and D are counted.
        let listed = SuccessionMembership.listed(areas, year: 2016, successions: successions, withRows: { ["A", "E"].contains($0) }, english: false)
        #expect(listed.map(\.area.code) == ["A", "B", "C", "D", "E"])
        #expect(listed.map(\.expected) == [false, true, true, true, false])
        #expect(listed[0].area.name == "甲县（2016年起为丙区，不计入本年应报单位；丙区无自己的本年报告和监测数据时承继此报告）")
        // B and D are succeeded later (2017): named with their successor, as D-140 does.
        #expect(listed[1].area.name == "乙县（2017年起为戊区）")
        #expect(listed[4].area.name == "戊区（2017年起设立，不计入本年应报单位；此报告不参加考核）")
        // 2017: B's rows are not carried by the merged E (D-104).
        let y2017 = SuccessionMembership.listed(areas, year: 2017, successions: successions, withRows: { $0 == "B" }, english: true)
        #expect(y2017.map(\.area.code) == ["B", "C", "E"])
        #expect(y2017[0].area.name == "乙县 (戊区 from 2017; not counted among this year's units; this report is not assessed, 戊区 is assessed on its own)")
        // Without rows a unit that does not exist is left out.
        #expect(SuccessionMembership.listed(areas, year: 2017, successions: successions, withRows: { _ in false }, english: false).map(\.area.code) == ["C", "E"])
    }
}
