import KaoheReport
import Testing

/// Every character a terminal would act on is shown as a visible symbol (issue 12, item 19; D-39).
@Suite struct TerminalTextTests {
    @Test func escapeSequencesC1ControlsAndBidiOverridesBecomeVisible() {
        #expect(TerminalText.line("\u{1B}[2J\u{1B}]0;t\u{07}") == "␛[2J␛]0;t␇")
        #expect(TerminalText.line("a\u{9B}31m\u{85}b") == "a<U+009B>31m<U+0085>b")
        #expect(TerminalText.line("txt\u{202E}exe\u{2066}\u{200F}") == "txt<U+202E>exe<U+2066><U+200F>")
        #expect(TerminalText.line("x\u{7F}\u{0}\ry") == "x␡␀␍y")
        #expect(TerminalText.line("\u{2028}\u{2029}") == "<U+2028><U+2029>")
    }

    @Test func ordinaryTextTabsAndLineEndsAreKept() {
        let text = "涪城区\t100.0\r\n第二行 ok\n"
        #expect(TerminalText.lines(text) == text)
        #expect(TerminalText.lines("a\rb\r\n") == "a␍b\r\n")
        #expect(TerminalText.lines("l1\u{1B}\nl2") == "l1␛\nl2")
        #expect(TerminalText.line("绵府办函〔2016〕12号") == "绵府办函〔2016〕12号")
    }

    @Test func aValueInALayoutLosesItsLineBreaks() {
        #expect(terminalSafe("高新区\r\n园区\t\u{1B}x") == "高新区  园区 ␛x")
    }
}
