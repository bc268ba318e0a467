import Foundation
import Testing

@testable import KaoheCore
@testable import KaoheReport

/// The streamed summary made from units read without their explanation steps, each unit's steps looked up by
/// code as its explanation is written (issue 14, D-171), is the summary made from the whole units: text, HTML
/// and JSON, both languages, published and draft.
struct SummaryExplanationsLaterTests {
    /// The fixture's summary and the same with every unit's (and ranking row's) steps removed, with a lookup
    /// that records the codes asked for.
    static func pair(published: Bool) -> (whole: Summary, bare: Summary, steps: [String: [ExplanationStep]]) {
        let whole = SummaryFixture.summary(published: published)
        var bare = whole
        for i in bare.units.indices { bare.units[i].steps = [] }
        for i in bare.ranking.indices { bare.ranking[i].result.steps = [] }
        for i in bare.failing.indices { bare.failing[i].result.steps = [] }
        let steps = Dictionary(uniqueKeysWithValues: whole.units.map { ($0.area.code, $0.steps) })
        return (whole, bare, steps)
    }

    @Test(arguments: [true, false])
    func everyStreamedFormIsTheWholeSummarys(published: Bool) {
        let (whole, bare, steps) = Self.pair(published: published)
        #expect(steps.values.allSatisfy { !$0.isEmpty })
        for lang in [Language.zh, .en] {
            var asked: [String] = []
            let lookup: (String) -> [ExplanationStep] = { code in
                asked.append(code)
                return steps[code] ?? []
            }
            func collected(_ render: ((String) -> Void) -> Void) -> String {
                var text = ""
                render { text += $0 }
                return text
            }
            let text = collected { SummaryRender.text(bare, lang: lang, steps: lookup, into: $0) }
            #expect(text == SummaryRender.text(whole, lang: lang))
            // Text and HTML ask in code order, once per unit: the store's cursor reads each document once.
            #expect(asked == whole.units.map(\.area.code))
            asked = []
            let html = collected { SummaryRender.html(bare, lang: lang, steps: lookup, into: $0) }
            #expect(html == SummaryRender.html(whole, lang: lang))
            #expect(asked == whole.units.map(\.area.code))
            asked = []
            let json = collected { SummaryRender.json(bare, lang: lang, steps: lookup, into: $0) }
            #expect(json == SummaryRender.json(whole, lang: lang))
            // JSON lists the units in rank order.
            #expect(asked == whole.ranking.map(\.result.area.code))
            // Without the lookup the bare summary has no steps to show: the comparison above is not vacuous.
            #expect(SummaryRender.text(bare, lang: lang) != text)
        }
    }

    @Test func theDocumentLeavesTheExplanationsOutOnlyWhenAsked() {
        let s = SummaryFixture.summary()
        let whole = SummaryDocument(s, lang: .zh), later = SummaryDocument(s, lang: .zh, explanationsLater: true)
        var blocks: [SummaryDocument.Block] = []
        SummaryDocument.explanations(s, lang: .zh, steps: nil) { blocks.append($0) }
        // Heading plus title, steps and conclusion per unit, at the end of the technical appendix.
        #expect(blocks.count == 1 + 3 * s.units.count)
        #expect(whole.attachments.last!.blocks == later.attachments.last!.blocks + blocks)
        #expect(Array(whole.attachments.dropLast()) == Array(later.attachments.dropLast()))
    }
}
