import Foundation
import KaoheCore
import KaoheFlows
import KaoheStore
import Testing

@testable import KaoheWeb

/// The catalogues of KaoheFlows and KaoheWeb (issue 13 item 1): one case of each pinned in both languages, the
/// account refusals compared by case and naming their action, and a store refusal shown in the portal without
/// the CLI's command (clerks and officers do not type commands).
@Suite struct PortalMessagesTests {
    @Test func thePortalsProblemsAndLabelsAreWordedInBothLanguages() {
        #expect(PortalProblem.notADate(field: FieldLabel.liftDate).wording == Bilingual("解除日期须为日期，例如 2016-03-15", "the lift date must be a date, e.g. 2016-03-15"))
        #expect(PortalProblem.tooLarge(megabytes: 4).wording == Bilingual("上传的内容太大（上限 4 MB）— 请分开上传。", "The upload is too large (at most 4 MB) — send the files separately."))
        #expect(BureauText.lifted(2, of: "510703", from: Day(year: 2016, month: 5, day: 1)!) == Bilingual(
            "已解除 510703 的 2 项限批，2016-05-01 起生效。", "Lifted 2 freeze(s) of 510703 from 2016-05-01."))
        #expect(BureauText.assessRefused(.noUnits) == Bilingual("尚未存储任何单位", "no units are stored"))
    }

    @Test func theFlowsRefusalsAreWordedWithoutCLIOptionsAndNameTheirAction() throws {
        #expect(AccountFlow.Refusal.clerkNeedsUnit.wording == Bilingual("单位填报员须绑定一个单位", "a clerk must be bound to a unit"))
        #expect(AccountFlow.Refusal.clerkNeedsUnit.action == .bindAccountToUnit)
        #expect(AccountFlow.Refusal.bindingNotForRole(.bureau).wording.en == "a bureau account is bound to no unit or department")
        #expect(AccountFlow.Refusal.bindingNotForRole(.bureau).action == .dropAccountBinding)
        #expect(ReportUpload.Refusal.otherUnit(file: "a.csv", unit: "510704").wording == Bilingual(
            "a.csv：含有单位 510704 的报告行 — 只能报送本单位的报告", "a.csv: has report rows of unit 510704 — you may submit only your own unit's report"))
        #expect(PasswordProblem.tooShort.wording == Bilingual("密码至少需要 10 个字符", "a password needs at least 10 characters"))
        let db = try AppDatabase.inMemory()
        #expect(throws: Refusal(AccountFlow.Refusal.clerkNeedsUnit)) {
            try AccountFlow.add(db, name: "x1", role: .clerk, unit: nil, department: nil, cost: 4)
        }
        #expect(throws: Refusal(AccountFlow.Refusal.departmentNeedsDepartment)) {
            try AccountFlow.add(db, name: "x2", role: .department, unit: nil, department: nil, cost: 4)
        }
        #expect(throws: ReportUpload.Refusal.noFiles) {
            try ReportUpload.upload([], unit: "510703", db: db, rules: .builtInDefault, today: Day(year: 2016, month: 3, day: 20)!)
        }
    }

    @Test func aStoreRefusalIsShownInThePortalWithoutTheCLIsCommand() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("bureau1")
            _ = try await browser.get("/bureau/freezes")
            let refused = try await browser.post("/bureau/freezes/510703/lift?lang=en", [("date", "2016-03-20"), ("doc", "D"), ("reason", "r")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("510703 has no freeze to lift"), "\(refused.text)")
            #expect(!refused.text.contains("kaohe freeze"))
        }
    }
}
