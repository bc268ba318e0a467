import Foundation
@testable import KaoheReport
import KaoheTestSupport
import Testing

/// The hand-written no-break scan (issue 14) against the regular expression it replaced, kept here as the
/// reference: same spans, same escaping, on the notice's own kinds of text and on random ones.
@Suite struct NoBreakTests {
    /// The replaced implementation, verbatim: one expression, dates first, then literals longest first.
    struct RegexNoBreak {
        let pattern: NSRegularExpression?

        init(unitNames: [String], words: [String] = []) {
            let literals = (unitNames + words + ["不合格", "优秀", "良好", "合格", "（微克/立方米）", "（万元）", "μg/m³"]).filter { !$0.isEmpty }
                .sorted { ($0.count, $0) > ($1.count, $1) }.map(NSRegularExpression.escapedPattern(for:))
            let dates = [#"\d{4}年\d{1,2}月\d{1,2}日"#, #"\d{4}-\d{2}-\d{2}"#, #"\d+(?:\.\d+)?(?:微克/立方米|μg/m³|%|分|个|天)"#]
            pattern = try? NSRegularExpression(pattern: (dates + literals).joined(separator: "|"))
        }

        func html(_ text: String) -> String {
            guard let pattern else { return SummaryRender.esc(text) }
            let ns = text as NSString
            var out = ""
            var last = 0
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                out += SummaryRender.esc(ns.substring(with: NSRange(location: last, length: m.range.location - last)))
                out += "<span class=\"nb\">" + SummaryRender.esc(ns.substring(with: m.range)) + "</span>"
                last = m.range.location + m.range.length
            }
            return out + SummaryRender.esc(ns.substring(from: last))
        }
    }

    static let names = ["涪城区", "游仙区", "三台县", "北川羌族自治县", "北川", "高新区", "<b>&区", "合格区", "2015年区", "基准单位1", "基准单位12", "基准单位123"]
    static let words = ["预警", "严重滞后", "已无法完成", "绵环发〔2016〕12号"]

    @Test func aKnownTextGetsTheSpansWorkedByHand() {
        let keep = NoBreak(unitNames: ["北川羌族自治县", "北川"])
        // "北川羌族自治县" is longer than "北川", so it wins at its position; "不合格" beats "合格"; the date,
        // the decimal with its unit and the percentage are each one span; "3" alone (no unit) is not.
        #expect(
            keep.html("北川羌族自治县不合格，2016年3月15日起 96.5微克/立方米、4.0%；3 家 <x>")
                == #"<span class="nb">北川羌族自治县</span><span class="nb">不合格</span>，<span class="nb">2016年3月15日</span>起 "#
                + #"<span class="nb">96.5微克/立方米</span>、<span class="nb">4.0%</span>；3 家 &lt;x&gt;"#)
    }

    @Test func theDigitTestAgreesWithTheUnicodePropertyOnEveryScalar() {
        // The shortcut for ASCII and the CJK blocks (issue 14) must decide as the property table does.
        var disagreements: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if NoBreak.isDecimalDigit(scalar) != (scalar.properties.generalCategory == .decimalNumber) { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty)
        #expect(NoBreak.isDecimalDigit("７") && NoBreak.isDecimalDigit("٣") && !NoBreak.isDecimalDigit("〇") && !NoBreak.isDecimalDigit("年"))
    }

    @Test func escapingReturnsATextWithoutSpecialCharactersUnchangedAndEscapesTheOthers() {
        #expect(SummaryRender.esc("涪城区 2015年 e\u{301}") == "涪城区 2015年 e\u{301}")
        #expect(SummaryRender.esc("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        // A combining mark after & makes one character that is not "&": left as it was, as before.
        #expect(SummaryRender.esc("&\u{301}<") == "&\u{301}&lt;")
    }

    @Test func theScanMatchesTheRegularExpressionOnNoticeLikeTexts() {
        let keep = NoBreak(unitNames: Self.names, words: Self.words), reference = RegexNoBreak(unitNames: Self.names, words: Self.words)
        let texts = [
            "2015年度考核结果：涪城区、游仙区优秀；北川羌族自治县不合格，自2016年3月15日起暂停环评审批（绵环发〔2016〕12号）。",
            "PM10 年均浓度 96 微克/立方米，96微克/立方米，96.25μg/m³，下降 4.0%，得分 84.7分，共 13 个单位，351 天。",
            "2016-03-15 至 2016-3-15，12345年1月2日，2015年12月31日，2015年123月1日，1.5.6%，.5%，5.%。",
            "合格区合格，基准单位123与基准单位12及基准单位1，2015年区，<b>&区 & \"q\" 'a'",
            "１２３４年１月２日（全角数字）、٣٤%（阿拉伯数字）、e\u{301}合格、🙂涪城区🙂",
            "", "合", "2015", "2015年", "99", "μg/m³（微克/立方米）（万元）",
        ]
        for t in texts { #expect(keep.html(t) == reference.html(t), "\(t)") }
    }

    @Test func theScanMatchesTheRegularExpressionOnRandomTexts() {
        let pieces = Self.names + Self.words + [
            "不合格", "合格", "优秀", "良好", "（微克/立方米）", "（万元）", "μg/m³", "微克/立方米", "%", "分", "个", "天", "年", "月", "日", "-", ".",
            "0", "1", "2", "9", "12", "2015", "１", "、", "，", " ", "<", "&", "\"", "北", "川", "区", "基准单位", "🙂", "\u{301}",
        ]
        let keep = NoBreak(unitNames: Self.names, words: Self.words), reference = RegexNoBreak(unitNames: Self.names, words: Self.words)
        var rng = SplitMix64(state: 14)
        for _ in 0..<3000 {
            let t = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(keep.html(t) == reference.html(t), "\(t)")
        }
    }
}
