import Foundation
import KaoheCore

/// The end of an official document after GB/T 9704-2012: 发文机关署名 and the date at the right (7.3.5), then
/// the foot (版记, 7.4) with 抄送 and the 印发机关 with the 印发日期 between rules.
///
/// The results notice and the monthly notice both end with it, rendered by the same functions, so the two
/// documents cannot drift apart. The texts come from the document settings in force (R-22b).
public struct DocumentClosing: Sendable, Hashable {
    /// 发文机关署名.
    public var signature: String
    /// The date written "2016年3月15日" ("15 March 2016" in English), or a draft's undated note.
    public var date: String
    /// "抄送：……。"
    public var copies: String
    /// 印发机关.
    public var printedBy: String
    /// "2016年3月15日印发", empty for a draft.
    public var printedOn: String

    /// The closing for `settings`, dated `date`; nil `date` is a draft, which says so and leaves 印发日期 blank.
    public init(settings: DocumentSettings, date: Day?, lang: Language) {
        signature = settings.value(.signature)
        self.date = date.map { ChineseDate.long($0, lang) } ?? lang.pick(DocumentText.undated)
        copies = lang.pick(DocumentText.copies(settings.value(.copiesTo)))
        printedBy = settings.value(.printedBy)
        printedOn = date.map { lang.pick(DocumentText.printedOn(ChineseDate.long($0, lang))) } ?? ""
    }

    /// The closing's texts in order: what tests and the Word check read.
    public var texts: [String] { [signature, date, copies, printedBy, printedOn] }

    /// Two parts for the terminal: the signature with the date, and the foot between rules of dashes.
    func textParts() -> [String] {
        let rule = String(repeating: "-", count: 40)
        return [
            terminalSafe(signature) + "\n" + terminalSafe(date),
            rule + "\n" + terminalSafe(copies) + "\n" + terminalSafe(printedBy + "    " + printedOn) + "\n" + rule,
        ]
    }

    /// Two parts for Markdown: the signature with the date, and the foot between thematic breaks.
    func markdownParts() -> [String] {
        let md = SummaryRender.md
        return [
            md(signature) + "  \n" + md(date),
            "---\n\n" + md(copies) + "  \n" + md(printedBy) + "　" + md(printedOn) + "\n\n---",
        ]
    }

    /// The signature block and the foot for the print layout (classes `sign` and `foot` of the print CSS),
    /// every text escaped, protected words kept unbroken.
    func html(_ keep: NoBreak) -> [String] {
        [
            "<div class=\"sign\"><p>\(keep.html(signature))</p><p>\(keep.html(date))</p></div>",
            "<footer class=\"foot\"><p class=\"cc\">\(keep.html(copies))</p><p class=\"printed\"><span>\(keep.html(printedBy))</span><span>\(keep.html(printedOn))</span></p></footer>",
        ]
    }
}
