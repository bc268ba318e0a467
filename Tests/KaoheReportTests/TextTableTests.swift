import KaoheReport
import Testing

@Suite struct TextTableTests {
    @Test func chineseCharactersCountTwoColumnsWhenPadding() {
        var table = TextTable(headers: ["区域", "score"], alignments: [.left, .right])
        table.append(["涪城区", "100.0"])
        table.append(["MY-GXQ", "9.5"])
        #expect(
            table.render() == """
                区域    score
                ------  -----
                涪城区  100.0
                MY-GXQ    9.5

                """)
    }

    @Test func controlCharactersFromInputCannotBreakTheLayoutOrEscapeTheTerminal() {
        var table = TextTable(headers: ["name"])
        table.append(["高新区\n\u{1B}[31m红"])
        #expect(table.render() == "name\n--------------\n高新区 ␛[31m红\n")
    }

    @Test func displayWidthOfMixedText() {
        #expect(displayWidth("PM10年均浓度") == 12)
        #expect(displayWidth("（万元）") == 8)
        #expect(displayWidth("abc") == 3)
    }
}
