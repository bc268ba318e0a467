import KaoheCore
import Testing

@testable import KaoheStore

/// The store's catalogues (issue 13 item 1): one case of each refusal and conflict enum pinned in both
/// languages, so the wording the other tests no longer compare stays as written; and no library sentence
/// names CLI syntax, the action does.
@Suite struct StoreMessagesTests {
    @Test func eachRefusalCatalogueWordsItsCasesInBothLanguages() {
        #expect(RunRefusal.alreadyPublished(id: 2, year: 2015, revision: 2, publishedOn: "2016-03-15", document: "D").wording == Bilingual(
            "运行 #2（2015 年第 2 版）已于 2016-03-15 以 D 发布 — 如需修改，请重新运行考核生成新的草稿版本",
            "run 2 (2015, revision 2) was already published on 2016-03-15 as D — assess the year again to make a new draft revision"))
        #expect(UnitRefusal.unknownUnit(code: "NOPE").wording == Bilingual("区域代码 NOPE 不存在", "unknown unit NOPE"))
        #expect(FindingRefusal.noFindingToRemove(area: "510724", year: 2015).wording == Bilingual(
            "510724 2015 年没有可撤销的数据造假认定", "510724 has no falsification finding for 2015 to remove"))
        let day = Day(year: 2018, month: 2, day: 28)!, published = Day(year: 2018, month: 3, day: 1)!
        #expect(ConsequenceRefusal.progressBeforeDecision(day: day, published: published, document: "A").wording == Bilingual(
            "落实日期 2018-02-28 早于问责决定的发布日期（2018-03-01，A）— 请给出 2018-03-01 或之后的日期",
            "the progress date 2018-02-28 is before the decision was published (2018-03-01, A) — give 2018-03-01 or later"))
        #expect(AccountRefusal.accountDisabled(name: "li").wording == Bilingual("账号 li 已停用 — 请另建账号", "the account li is disabled — make a new account instead"))
        #expect(RecordRefusal.filingWithoutDays(area: "510703", year: 2016, kind: .plan).wording == Bilingual(
            "510703 2016 年度实施计划：既无公开日期也无备案日期 — 请给出其一或两者",
            "510703 2016 plan: neither a publication day nor a filing day — give one or both"))
    }

    @Test func aConflictIsWordedWithItsFixAndTheActionTheCLINames() {
        let conflict = StoreConflict.reimportUndoes(importID: 3, at: "2016-01-01T00:00:00Z", reverted: 2)
        #expect(conflict.reason.en == "the same file was imported before (import 3, 2016-01-01T00:00:00Z) and 2 of its row(s) were changed by later imports; importing it again would silently undo those changes")
        #expect(conflict.fix?.zh == "请导入更正后的文件；如确需恢复本文件的内容，请在重新导入时选择恢复")
        #expect(conflict.action == .reinstateImport)
        let overlap = StoreConflict.monitoringValuesDiffer(
            station: "S1", day: Day(year: 2015, month: 1, day: 2)!, pollutant: "PM10", overlap: .hours(["01:00–02:00"], more: true))
        #expect(overlap.reason == Bilingual(
            "站点 S1 2015-01-02 的 PM10 已存有不同的数据（01:00–02:00, …），存入本文件的数据会使其丢失",
            "station S1 already has other PM10 values stored for 2015-01-02 (hours 01:00–02:00, …); storing these would lose them"))
    }

    @Test func aRefusalNamesItsActionOnlyThroughTheFrontEnd() {
        let refusal = Refusal(ConsequenceRefusal.noFreezeToLift(area: "510724"))
        #expect(refusal.message(chinese: false) == "510724 has no freeze to lift")
        let named = refusal.message(chinese: true) { $0 == .seeAllFreezes ? Bilingual(" — 请查看 X", " — see X") : nil }
        #expect(named == "510724 没有可解除的环评限批 — 请查看 X")
        // Compared by case and data, not by wording.
        #expect(refusal == Refusal(ConsequenceRefusal.noFreezeToLift(area: "510724")))
        #expect(refusal != Refusal(ConsequenceRefusal.noFreezeToLift(area: "510703")))
    }
}
