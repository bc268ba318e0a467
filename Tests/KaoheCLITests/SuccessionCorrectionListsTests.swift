import Foundation
import KaoheTestSupport
import Testing

/// A year awaiting correction (待更正, D-143) is noted wherever published results are listed (issue 21, D-159):
/// `kaohe history` in HTML and JSON (CSV stays one table), and `assess show` under the published run's table.
///
/// The case is `SuccessionCorrectionCommandTests.withdrawn()`: 2016 published on 2017-01-20 as 绵府办函〔2017〕2号
/// (run #2, revision 1) relying on succession #1 (安县 510724 → 安州区 510705), withdrawn as a correction
/// (绵府发〔2017〕5号) on 2017-02-01. The note, worked from those values by hand:
/// "注：2016年年度考核已发布的结果（第1版，绵府办函〔2017〕2号）所依据的单位承继 #1 已作为更正撤回（绵府发〔2017〕5号），该年度待更正。"
@Suite struct SuccessionCorrectionListsTests {
    static let note = "注：2016年年度考核已发布的结果（第1版，绵府办函〔2017〕2号）所依据的单位承继 #1 已作为更正撤回（绵府发〔2017〕5号），该年度待更正。"
    static let noteEn =
        "Note: the published 2016 annual result (revision 1, 绵府办函〔2017〕2号) relied on succession #1, withdrawn as a correction (绵府发〔2017〕5号); the year awaits correction."

    /// HTML gains one paragraph at the end of the view, JSON the `awaitingCorrection` member last; CSV, one table,
    /// has none (D-159). Before the withdrawal no form has either.
    @Test func historyNotesTheYearInHTMLAndJSONAndLeavesTheCSVTable() throws {
        let cases = SuccessionCorrectionCommandTests()
        let cli = try cases.publishedWithWrongSuccession()
        let formats = ["html", "csv", "json"]
        let before = try formats.map { try cli.run("history", "510705", "--format", $0).stdout }
        #expect(before.allSatisfy { !$0.contains("awaiting") && !$0.contains("待更正") && !$0.contains(SuccessionCorrectionCommandTests.withdrawal) })
        try cases.withdraw(cli)
        let after = try formats.map { try cli.run("history", "510705", "--format", $0).stdout }
        // HTML: one paragraph, the last thing of the view's section.
        let paragraph = "\n<p class=\"awaiting-correction\">\(Self.note)</p>\n</section>\n</body>\n</html>\n"
        #expect(after[0].hasSuffix(paragraph), "\(after[0])")
        #expect(after[0].components(separatedBy: "awaiting-correction").count == 2)
        // The predecessor's history notes the same year.
        #expect(try cli.run("history", "510724", "--format", "html").stdout.hasSuffix(paragraph))
        // CSV: one table, one row per unit and year — no note (D-159).
        #expect(after[1].hasPrefix("\u{FEFF}") && !after[1].contains("待更正") && !after[1].contains(SuccessionCorrectionCommandTests.withdrawal))
        // JSON: the member after `units`, worked by hand from the case (run #2, revision 1, succession #1).
        let member = """
              ],
              "awaitingCorrection": [
                {
                  "year": 2016,
                  "kind": "annual",
                  "revision": 1,
                  "documentNumber": "绵府办函〔2017〕2号",
                  "runId": 2,
                  "successionId": 1,
                  "withdrawalDocument": "绵府发〔2017〕5号",
                  "note": "\(Self.note)"
                }
              ]
            }

            """
        #expect(after[2].hasSuffix("\n" + member), "\(after[2])")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(after[2].utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format", "formatVersion", "lang", "baseYear", "finalYear", "units", "awaitingCorrection"])
        let en = try cli.run("history", "510705", "--format", "json", "--lang", "en").stdout
        #expect(en.contains("\"note\": \"\(Self.noteEn)\""), "\(en)")
        let htmlEn = try cli.run("history", "510705", "--format", "html", "--lang", "en").stdout
        #expect(htmlEn.contains("<p class=\"awaiting-correction\">\(Self.noteEn)</p>"), "\(htmlEn)")
    }

    /// Once the correcting revision is published the year no longer awaits correction: the forms are as before.
    @Test func historyHasNoNoteOnceTheYearIsCorrected() throws {
        let cli = try SuccessionCorrectionCommandTests().withdrawn()
        #expect(try cli.run("assess", "--year", "2016").status == 0)
        #expect(try cli.run("publish", "--year", "2016", "--date", "2017-02-01", "--doc", "绵府办函〔2017〕6号", "--confirm-no-data").status == 0)
        for format in ["html", "json"] {
            let out = try cli.run("history", "510705", "--format", format).stdout
            #expect(!out.contains("awaiting-correction") && !out.contains("awaitingCorrection") && !out.contains("待更正"), "\(format)")
        }
    }

    /// `assess show` of the published run: the note after the table and its grade counts; not for a later draft,
    /// and not before the withdrawal.
    @Test func assessShowNotesThePublishedRunAwaitingCorrection() throws {
        let cases = SuccessionCorrectionCommandTests()
        let cli = try cases.publishedWithWrongSuccession()
        let before = try cli.run("assess", "show", "--year", "2016").stdout
        #expect(!before.contains("待更正"))
        try cases.withdraw(cli)
        let shown = try cli.run("assess", "show", "--year", "2016")
        #expect(shown.status == 0)
        #expect(shown.stdout == before + Self.note + "\n", "\(shown.stdout)")
        let en = try cli.run("assess", "show", "--year", "2016", "--run", "2", "--lang", "en").stdout
        #expect(en.hasSuffix("\n" + Self.noteEn + "\n"), "\(en)")
        // A draft assessed after the withdrawal (run #3) is not the published result: no note.
        #expect(try cli.run("assess", "--year", "2016").status == 0)
        let draft = try cli.run("assess", "show", "--year", "2016").stdout
        #expect(draft.contains("#3") && !draft.contains("待更正"), "\(draft)")
        // The published run is still noted when named.
        #expect(try cli.run("assess", "show", "--year", "2016", "--run", "2").stdout.hasSuffix("\n" + Self.note + "\n"))
    }

    /// A withdrawal document holding Markdown and HTML metacharacters (`<` and `>` are refused in a document
    /// number, FreeText) is escaped in the Markdown and HTML notes (D-159), as all input text is.
    @Test func theNoteEscapesTheWithdrawalDocument() throws {
        let cli = try SuccessionCorrectionCommandTests().publishedWithWrongSuccession()
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "绵府发*5*&_号", "--reason", "承继登记错误", "--correction", "--by", "clerk")
        #expect(r.status == 0, "\(r.stderr)")
        // Markdown: & as an entity, * and _ backslash-escaped (SummaryRender.md); HTML: & as an entity, * and _ as is.
        let md = try cli.run("history", "510705", "--format", "md").stdout
        #expect(md.hasSuffix("已作为更正撤回（绵府发\\*5\\*&amp;\\_号），该年度待更正。\n"), "\(md)")
        let html = try cli.run("history", "510705", "--format", "html").stdout
        #expect(html.contains("已作为更正撤回（绵府发*5*&amp;_号），该年度待更正。</p>"), "\(html)")
        #expect(!md.contains("&_") && !html.contains("&_"))
    }
}
