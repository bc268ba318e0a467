import Foundation
import KaoheCore
import KaoheReport
import KaoheTestSupport
import Testing

/// Whole documents of the fixed three-unit run (SummaryFixture), in both languages, compared with the
/// hand-worked files in Golden/ (see Golden/README.md for where each figure comes from). When the summary's
/// wording or layout changes on purpose, edit the file by hand after reading the line diff; no test writes it.
@Suite struct SummaryGoldenTests {
    @Test func markdownInChineseIsTheWholeExpectedDocument() {
        Golden.expect(SummaryRender.markdown(SummaryFixture.summary(), lang: .zh), equals: "summary-fixture.zh.md")
    }

    @Test func markdownInEnglishIsTheWholeExpectedDocument() {
        Golden.expect(SummaryRender.markdown(SummaryFixture.summary(), lang: .en), equals: "summary-fixture.en.md")
    }

    @Test func terminalTextInChineseAlignsDoubleWidthCharacters() {
        Golden.expect(SummaryRender.text(SummaryFixture.summary(), lang: .zh), equals: "summary-fixture.zh.txt")
    }

    @Test func terminalTextInEnglishIsTheWholeExpectedDocument() {
        Golden.expect(SummaryRender.text(SummaryFixture.summary(), lang: .en), equals: "summary-fixture.en.txt")
    }

    @Test func jsonFieldNamesAndValuesAreStable() {
        Golden.expect(SummaryRender.json(SummaryFixture.singleUnit(), lang: .en), equals: "summary-single-unit.en.json")
    }
}
