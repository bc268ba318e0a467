import Foundation
import KaoheCore
import KaoheReport
import Testing
@testable import kaohe

/// KaoheCore's refusals worded without CLI syntax (issue 13 item 1, D-127): where the command ended the old sentence,
/// the CLI's exit path appends it from `UsageHints` and prints the sentence exactly as before; each expected text
/// below is the sentence the CLI printed before the catalogue, copied from the old source.
@Suite struct CoreRefusalHintsTests {
    static let started = Day(year: 2016, month: 3, day: 15)!

    func printed(_ reason: some RefusalReason, _ language: Language) -> String {
        Failures.printed(Refusal(reason), database: nil, language: language).text
    }

    @Test func freezeLiftRefusalsPrintTheSentencesTheyPrintedBefore() {
        let lifted = FreezeLiftRefusal.alreadyLifted(unit: "510724 安县", startedOn: Self.started, liftedOn: Day(year: 2016, month: 6, day: 1)!)
        #expect(printed(lifted, .en) == "Error: the freeze on 510724 安县 since 2016-03-15 was already lifted on 2016-06-01 — see kaohe freeze list --all")
        #expect(printed(lifted, .zh) == "Error: 510724 安县 自 2016-03-15 起的环评限批已于 2016-06-01 解除 — 请查看 kaohe freeze list --all")
        #expect(printed(FreezeLiftRefusal.documentMissing, .en) == "Error: the lifting decision needs its document number — give --doc")
        #expect(printed(FreezeLiftRefusal.documentMissing, .zh) == "Error: 解除决定须有文号 — 请用 --doc 给出")
        #expect(printed(FreezeLiftRefusal.reasonMissing, .en) == "Error: the lifting decision needs a reason — give --reason")
        #expect(printed(FreezeLiftRefusal.reasonMissing, .zh) == "Error: 解除决定须有理由 — 请用 --reason 给出")
        let early = FreezeLiftRefusal.beforeMinimumDuration(unit: "510724 安县", startedOn: Self.started, minimumDays: 90, earliestLift: Day(year: 2016, month: 6, day: 13)!)
        #expect(printed(early, .en) == "Error: the freeze on 510724 安县 since 2016-03-15 has a minimum duration of 90 days (R-22, a default of this tool) and may be lifted from 2016-06-13 — give that date or later, or add --force with a reason")
        #expect(printed(early, .zh) == "Error: 510724 安县 自 2016-03-15 起的环评限批最短期限为 90 天（R-22，本工具默认规则，非官方规定），2016-06-13 起方可解除 — 请给出该日或之后的日期，或加 --force 并说明理由")
    }

    @Test func successionRefusalsPrintTheSentencesTheyPrintedBefore() {
        let twice = SuccessionRuleRefusal.alreadyRecorded(predecessor: "510724", successor: "510705")
        #expect(printed(twice, .en) == "Error: the succession 510724 → 510705 is already recorded — see kaohe areas successions")
        #expect(printed(twice, .zh) == "Error: 510724 → 510705 的承继关系已记录 — 请查看 kaohe areas successions")
        let unknown = SuccessionRuleRefusal.unknownUnit(code: "510799")
        #expect(printed(unknown, .en) == "Error: unknown unit 510799 — import the areas file that lists 510799 first (kaohe areas import)")
        #expect(printed(unknown, .zh) == "Error: 未知单位 510799 — 请先导入列有 510799 的区域文件（kaohe areas import）")
        let noFinal = SuccessionMergeRefusal.predecessorWithoutFinalTarget(successorName: "安盐区", successorCode: "510799", predecessorName: "安州区", predecessorCode: "510705")
        #expect(printed(noFinal, .en) == "Error: 安盐区 (510799) has no targets of its own and its predecessor 安州区 (510705) has no final target to average — import 510799's own targets (kaohe targets import)")
        #expect(printed(noFinal, .zh) == "Error: 安盐区（510799）没有自己的目标，且被承继单位 安州区（510705）没有终期目标可供平均 — 请导入 510799 自己的目标（kaohe targets import）")
    }

    /// The portal reads the sentence alone: no command is in it.
    @Test func theLibrarySentencesNameNoCommand() {
        let reasons: [any RefusalReason] = [
            FreezeLiftRefusal.reasonMissing, FreezeLiftRefusal.documentMissing, SuccessionRuleRefusal.alreadyRecorded(predecessor: "A", successor: "B"),
            PublicationRefusal.mostlyNoData(count: 2, graded: 3, units: ["U1", "U2"]), SummonsAmendRefusal.finished(summons: "#1", withdrawn: true),
            SuccessionMergeRefusal.weightMissing(predecessor: "A", successor: "C", document: "M1"),
        ]
        for r in reasons {
            #expect(!r.wording.en.contains("--") && !r.wording.zh.contains("--") && !r.wording.en.contains("kaohe "), "\(r.wording.en)")
            #expect(r.action != nil)
        }
    }
}
