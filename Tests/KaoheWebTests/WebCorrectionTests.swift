import Foundation
import KaoheCore
import KaoheStore
import Testing

@testable import KaoheWeb

/// The published results page notes a year awaiting correction (issue 21, D-143, D-159): the same catalogued
/// sentence as `kaohe history` and `assess show`, HTML-escaped, after that revision's table.
@Suite struct WebCorrectionTests {
    /// The harness's two units with 510703 → 510704 recorded (wrongly) as a recode from 2015-01-01; 2015 is
    /// assessed and published through the portal (run #1, revision 1, so it relies on succession #1), then the
    /// succession is withdrawn as a correction on the harness's day with a document holding HTML metacharacters.
    @Test func thePublishedResultsPageNotesTheYearAwaitingCorrectionEscaped() async throws {
        let harness = try PortalHarness()
        let succession = Succession(
            predecessor: "510703", successor: "510704", effective: Day(year: 2015, month: 1, day: 1)!, document: "绵府发〔2015〕1号", kind: .recode)
        let entry = try harness.db.recordSuccession(succession, today: PortalHarness.today, by: "bureau1")
        try await harness.test { browser in
            try await browser.login("bureau1")
            #expect(try await browser.post("/bureau/assess", [("year", "2015")]).headers[.location] == "/bureau/runs/1")
            let published = try await browser.post("/bureau/runs/1/publish", [("date", "2016-03-01"), ("doc", "D-1"), ("confirm", "yes")])
            #expect(published.status == .ok, "\(published.text)")
            let before = try await browser.get("/results?year=2015").text
            #expect(before.contains("D-1") && !before.contains("待更正"), "\(before)")

            _ = try harness.db.withdrawSuccession(
                id: entry.id, document: "绵府发〔2016〕<b>5</b>&号", reason: "承继登记错误", correction: true, today: PortalHarness.today, by: "bureau1")
            // Worked by hand from the catalogue's sentence: year 2015, annual, revision 1, document D-1, succession #1;
            // the template escapes <, > and & (Mustache's {{.}}).
            let zh = try await browser.get("/results?year=2015").text
            #expect(zh.contains(
                "<p class=\"msg note\">注：2015年年度考核已发布的结果（第1版，D-1）所依据的单位承继 #1 已作为更正撤回（绵府发〔2016〕&lt;b&gt;5&lt;/b&gt;&amp;号），该年度待更正。</p>"),
                "\(zh)")
            #expect(!zh.contains("<b>5</b>"))
            // After the table of that revision, not before it.
            let table = try #require(zh.range(of: "</table>")), note = try #require(zh.range(of: "该年度待更正"))
            #expect(table.upperBound <= note.lowerBound)
            let en = try await browser.get("/results?year=2015&lang=en").text
            #expect(en.contains(
                "Note: the published 2015 annual result (revision 1, D-1) relied on succession #1, withdrawn as a correction (绵府发〔2016〕&lt;b&gt;5&lt;/b&gt;&amp;号); the year awaits correction."),
                "\(en)")
            // Another year's page has no note.
            #expect(!(try await browser.get("/results?year=2016").text.contains("awaits correction")))
        }
    }
}
