import Foundation
import KaoheCore
import KaoheXLSX
import Testing
@testable import kaohe

/// The one exit path (issue 13 item 2): every user-facing failure prints its own words in the language asked for,
/// located problems as a list without "Error: ", anything else as one sentence after "Error: ".
@Suite struct FailuresExitPathTests {
    /// A refusal worded as a library words it, with the command its action names.
    private struct LiftedRefusal: RefusalReason {
        var wording: Bilingual { Bilingual("该限批已解除", "the freeze was already lifted") }
        var action: UserAction? { .seeAllFreezes }
    }

    @Test func aRefusalPrintsItsSentenceInEitherLanguageAfterError() {
        let refusal = Refusal(LiftedRefusal())
        #expect(Failures.printed(refusal, database: nil, language: .en).text == "Error: the freeze was already lifted — see kaohe freeze list --all")
        #expect(Failures.printed(refusal, database: nil, language: .zh).text == "Error: 该限批已解除 — 请查看 kaohe freeze list --all")
        #expect(Failures.printed(refusal, database: nil, language: .zh).code == .failure)
    }

    /// A library's refusal worded without CLI syntax: the exit path names the command of its action (issue 13
    /// item 1); the portal, which reads `message(chinese:)`, gets the sentence alone.
    private enum AreasRefusal: RefusalReason {
        case noAreas, unknownArea(String)
        var wording: Bilingual {
            switch self {
            case .noAreas: Bilingual("尚未导入区域 — 请先导入区域文件", "no areas are stored — import the areas file first")
            case .unknownArea(let code): Bilingual("区域 \(code) 不存在", "area \(code) does not exist")
            }
        }
        var action: UserAction? { self == .noAreas ? .importAreas : nil }
    }

    @Test func theExitPathNamesTheCommandOfARefusalsActionAndTheLibrarySentenceHasNone() {
        let refusal = Refusal(AreasRefusal.noAreas)
        #expect(Failures.printed(refusal, database: nil, language: .zh).text == "Error: 尚未导入区域 — 请先导入区域文件（kaohe areas import）")
        #expect(Failures.printed(refusal, database: nil, language: .en).text == "Error: no areas are stored — import the areas file first (kaohe areas import)")
        #expect(refusal.message(chinese: true) == "尚未导入区域 — 请先导入区域文件")
        #expect(Failures.printed(Refusal(AreasRefusal.unknownArea("510799")), database: nil, language: .en).text == "Error: area 510799 does not exist")
    }

    @Test func refusalsAreEqualByCaseAndDataNotByWording() {
        #expect(Refusal(AreasRefusal.unknownArea("1")) == Refusal(AreasRefusal.unknownArea("1")))
        #expect(Refusal(AreasRefusal.unknownArea("1")) != Refusal(AreasRefusal.unknownArea("2")))
        #expect(Refusal(AreasRefusal.noAreas) != Refusal(AreasRefusal.unknownArea("1")))
        // The same words from another catalogue's case are another refusal.
        struct SameWords: RefusalReason {
            var wording: Bilingual { AreasRefusal.noAreas.wording }
        }
        #expect(Refusal(AreasRefusal.noAreas).english == Refusal(SameWords()).english)
        #expect(Refusal(AreasRefusal.noAreas) != Refusal(SameWords()))
        #expect(Set([Refusal(AreasRefusal.noAreas), Refusal(AreasRefusal.noAreas)]).count == 1)
    }

    @Test func aDiagnosticsActionIsNamedInThePrintedList() {
        struct MissingAreas: Explained {
            var reason: Bilingual { Bilingual("区域 510799 不存在", "area 510799 does not exist") }
            var fix: Bilingual? { Bilingual("请先导入列有该区域的区域文件", "import an areas file that lists it first") }
            var action: UserAction? { .importAreas }
        }
        let problems = DiagnosticsError([Diagnostic(file: "t.csv", line: 2, column: 1, problem: MissingAreas())])
        #expect(Failures.printed(problems, database: nil, language: .en).text == "t.csv:2:1: area 510799 does not exist — import an areas file that lists it first (kaohe areas import)")
        #expect(Failures.printed(problems, database: nil, language: .zh).text == "t.csv:2:1: 区域 510799 不存在 — 请先导入列有该区域的区域文件（kaohe areas import）")
        #expect(problems.message(chinese: false) == "t.csv:2:1: area 510799 does not exist — import an areas file that lists it first")
    }

    @Test func locatedProblemsPrintOnePerLineWithTheCountOfUnlistedErrorsAndNoErrorPrefix() {
        let problems = DiagnosticsError(
            diagnostics: [
                Diagnostic(file: "m.csv", line: 3, column: 2, header: "PM10", reason: "not a number", fix: "write digits", reasonZh: "不是数字", fixZh: "请填写数字"),
                Diagnostic(.warning, file: "m.csv", line: 1, reason: "unknown column ignored", reasonZh: "未知列已忽略"),
            ],
            errorCount: 5)
        // One error listed of five found: four unlisted.
        #expect(Failures.printed(problems, database: nil, language: .en).text == """
            m.csv:3:2 (PM10): not a number — write digits
            m.csv:1: warning: unknown column ignored
            … 4 more error(s) not listed
            """)
        #expect(Failures.printed(problems, database: nil, language: .zh).text == """
            m.csv:3:2 (PM10): 不是数字 — 请填写数字
            m.csv:1: 警告：未知列已忽略
            …… 另有 4 处错误未列出
            """)
    }

    @Test func aRejectedInputEndsWithItsClosingSentence() {
        let rejected = RejectedInput(
            DiagnosticsError([Diagnostic(file: "a.csv", line: 2, reason: "unknown unit 999", reasonZh: "未知单位 999")]),
            closing: InputFileText.fileRejected("a.csv", errors: 1))
        #expect(Failures.printed(rejected, database: nil, language: .en).text == "a.csv:2: unknown unit 999\na.csv: 1 error(s); the file was rejected and nothing from it was stored.")
        #expect(Failures.printed(rejected, database: nil, language: .zh).text == "a.csv:2: 未知单位 999\na.csv: 共 1 处错误，文件被拒绝，未存储任何数据。")
    }

    @Test func aPackagingFailureIsWordedByItsModuleNotAsAnInternalError() {
        #expect(Failures.describe(XLSXWriter.Failure(), database: nil, language: .zh).message == "无法生成 .xlsx 文件（内部打包失败）— 请报告此问题")
        #expect(Failures.describe(XLSXWriter.Failure(), database: nil, language: .en).message == "the .xlsx file could not be assembled (internal packaging failure) — please report the problem")
    }

    @Test func aFailureThatIsNotUserFacingIsTheGenericSentenceNeverItsOwnText() {
        struct Leaky: Error, CustomStringConvertible { var description: String { "SQLITE_ERROR near SELECT" } }
        let text = Failures.printed(Leaky(), database: nil, language: .en).text
        #expect(text == "Error: internal error; the command did not finish — please report the command and files to the maintainers (set KAOHE_DEBUG=1 for details)")
    }
}
