import KaoheTestSupport
import Testing

/// The golden-file comparison itself can fail and says where: its line diff on small synthetic texts.
@Suite struct GoldenFileTests {
    @Test func identicalTextsHaveNoDifference() {
        #expect(Golden.lineDiff(expected: "a\nb\n", actual: "a\nb\n") == "")
    }

    @Test func aChangedLineIsShownAsRemovedAndAddedWithItsNumbers() {
        #expect(Golden.lineDiff(expected: "a\nb\nc\n", actual: "a\nB\nc\n") == "-2 b\n+2 B")
    }

    @Test func insertedAndDeletedLinesAndAMissingFinalNewline() {
        #expect(Golden.lineDiff(expected: "a\nb\nc\n", actual: "a\nc\nd\n") == "-2 b\n+3 d")
        #expect(Golden.lineDiff(expected: "a\n", actual: "a") == "-2 ")
    }

    @Test func everyGoldenFileNamedByTheTestsExists() throws {
        for name in ["summary-fixture.zh.md", "summary-fixture.en.md", "summary-fixture.zh.txt", "summary-fixture.en.txt", "summary-single-unit.en.json"] {
            #expect(try !Golden.text(name).isEmpty, "\(name)")
        }
    }
}
