import Foundation
import Hummingbird
import HummingbirdTesting
import KaoheCore
import KaoheFlows
import Testing

@testable import KaoheWeb

/// The portal's flows end to end at router level: upload, assess, publish, the public list, the EIA check,
/// first login, disabling, language (issue 19).
@Suite struct WebFlowTests {
    static let header = "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\n"

    @Test func aClerkSeesTheLocatedErrorsOfABadFileAndTheFixedFileIsStored() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("clerk1")
            // Line 2, column 4 (PM10年均浓度) is not a number.
            let bad = Data((Self.header + "510703,2015,2015-12-25,九十六,351,是,2014-11-20,是,2015-02-10,王敏,李强,\n").utf8)
            let refused = try await browser.upload("/units/510703/upload", files: [("自查报告-2015.csv", bad)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("自查报告-2015.csv:2:4"), "\(refused.text)")
            #expect(refused.text.contains("未存储任何数据"))
            #expect(try harness.db.reportHistory(area: "510703", year: 2015).isEmpty)
            let stored = try await browser.upload("/units/510703/upload", files: [("自查报告-2015.csv", WebAuthorizationTests.report2015)])
            #expect(stored.status == .ok)
            #expect(stored.text.contains("已存储 1 个报告部分"))
            #expect(try harness.db.reportHistory(area: "510703", year: 2015).count == 1)
            // The page shows the version and the status against the deadline (R-3: on time, 2015-12-25).
            let page = try await browser.get("/units/510703").text
            #expect(page.contains("2015-12-31"))
            #expect(page.contains("2015-12-25"))
        }
    }

    @Test func aClerkCannotSubmitRowsOfAnotherUnitThroughItsOwnPage() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("clerk1")
            let other = Data((Self.header + "510704,2015,2015-12-25,94,349,是,2014-11-25,是,2015-02-12,张华,刘洋,\n").utf8)
            let r = try await browser.upload("/units/510703/upload", files: [("自查报告-2015.csv", other)])
            #expect(r.status == .unprocessableContent)
            #expect(r.text.contains("只能报送本单位的报告"))
            #expect(try harness.db.reportHistory(area: "510704", year: 2015).isEmpty)
        }
    }

    @Test func theBureauPublishesAndThePublicSeesOnlyTheFrozenAreasWithDateAndDocument() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            let anonymous = Browser(client: browser.client)
            #expect(try await anonymous.get("/").text.contains("目前没有地区处于环评限批"))
            let clerk = Browser(client: browser.client)
            try await clerk.login("clerk1")
            try await clerk.upload("/units/510703/upload", files: [("自查报告-2015.csv", WebAuthorizationTests.report2015)])
            try await browser.login("bureau1")
            #expect(try await browser.post("/bureau/assess", [("year", "2015")]).headers[.location] == "/bureau/runs/1")
            let draft = try await browser.get("/bureau/runs/1").text
            #expect(draft.contains("草稿"))
            // 510704 sent nothing: it fails only for "no report, no data" and is listed before publishing (R-22a).
            #expect(draft.contains("仅因“未报送、无数据”而不合格的单位"))
            let published = try await browser.post("/bureau/runs/1/publish", [("date", "2016-03-01"), ("doc", "绵府办函〔2016〕12号")])
            #expect(published.status == .ok, "\(published.text)")
            let run = try #require(try harness.db.run(id: 1))
            #expect(run.status == .published)
            let frozen = try harness.db.freezes(inForceOn: PortalHarness.today).map(\.area.code)
            #expect(frozen.contains("510704"))
            let publicPage = try await anonymous.get("/").text
            #expect(publicPage.contains("游仙区"))
            #expect(publicPage.contains("2016-03-01"))
            #expect(publicPage.contains("绵府办函〔2016〕12号"))
            // Nothing else: no grade, no score, no unit that is not frozen.
            for unfrozen in try harness.db.areas().filter({ !frozen.contains($0.code) }) { #expect(!publicPage.contains(unfrozen.name)) }
            #expect(!publicPage.contains("不合格") && !publicPage.contains("得分"))
            // Every bureau action is in the audit log with the user and the address.
            let audit = try harness.db.auditLog()
            #expect(audit.contains { $0.action == "assess" && $0.userName == "bureau1" && $0.outcome == "done: run 1" })
            #expect(audit.contains { $0.action == "publish" && $0.target == "run 1" && !$0.address.isEmpty })
        }
    }

    @Test func aClerkSeesItsGradeSummonsAndFreezeOnlyAfterPublication() async throws {
        let harness = try PortalHarness()
        _ = try harness.db.addAccount(name: "clerk2", role: .clerk, unitCode: "510704", departmentCode: nil, passwordHash: Passwords.hash(PortalHarness.password, cost: 4))
        _ = try harness.db.setPassword(name: "clerk2", hash: Passwords.hash(PortalHarness.password, cost: 4), mustChange: false)
        try await harness.test { browser in
            try await browser.login("bureau1")
            try await browser.post("/bureau/assess", [("year", "2015")])
            let clerk = Browser(client: browser.client)
            try await clerk.login("clerk2")
            #expect(!(try await clerk.get("/units/510704").text.contains("不合格")), "a draft grade is shown to the clerk")
            try await browser.post("/bureau/runs/1/publish", [("date", "2016-03-01"), ("doc", "D-1"), ("confirm", "yes")])
            let page = try await clerk.get("/units/510704").text
            #expect(page.contains("不合格"))
            #expect(page.contains("环评限批"))
            #expect(page.contains("约谈"))
        }
    }

    @Test func theApprovalOfficersEIACheckAnswersAndIsLogged() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("bureau1")
            try await browser.post("/bureau/assess", [("year", "2015")])
            try await browser.post("/bureau/runs/1/publish", [("date", "2016-03-01"), ("doc", "D-1"), ("confirm", "yes")])
            let officer = Browser(client: browser.client)
            try await officer.login("approval1")
            let blocked = try await officer.post("/eia", [("area", "510704"), ("category", "emitting"), ("project", "水泥厂扩建")])
            #expect(blocked.status == .ok)
            #expect(blocked.text.contains("水泥厂扩建"))
            let exempt = try await officer.post("/eia", [("area", "510704"), ("category", "livelihood")])
            #expect(exempt.status == .ok)
            #expect(try harness.db.eiaLog().count == 2)
            let audit = try harness.db.auditLog().filter { $0.action == "eia-check" }
            #expect(audit.map(\.outcome).contains { $0.hasPrefix("blocked: emitting") })
            #expect(audit.map(\.outcome).contains { $0.hasPrefix("allowed: livelihood") })
            #expect(audit.allSatisfy { $0.userName == "approval1" && $0.role == .approval })
        }
    }

    @Test func aNewAccountMustChooseAPasswordAtFirstLoginAndWeakOnesAreRefused() async throws {
        let harness = try PortalHarness()
        let (_, initial) = try AccountFlow.add(harness.db, name: "newclerk", role: .clerk, unit: "510704", department: nil, cost: 4)
        try await harness.test { browser in
            let login = try await browser.login("newclerk", initial)
            #expect(login.headers[.location] == "/password")
            let short = try await browser.post("/password", [("current", initial), ("new", "short"), ("again", "short")])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("至少需要 10 个字符"))
            let ok = try await browser.post("/password", [("current", initial), ("new", "Mianyang-2016"), ("again", "Mianyang-2016")])
            #expect(ok.headers[.location] == "/home")
            #expect(try await browser.get("/units/510704").status == .ok)
            #expect(try harness.db.account(named: "newclerk")?.mustChangePassword == false)
            // The initial password no longer works.
            let again = Browser(client: browser.client)
            #expect(try await again.login("newclerk", initial).status == .unauthorized)
        }
    }

    @Test func aDisabledAccountIsSignedOutAtItsNextRequest() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("dept1")
            #expect(try await browser.get("/reports").status == .ok)
            _ = try harness.db.disableAccount(name: "dept1")
            #expect(try await browser.get("/reports").headers[.location] == "/login")
            #expect(try await Browser(client: browser.client).login("dept1").status == .unauthorized)
        }
    }

    @Test func pagesAreChineseByDefaultAndEnglishBySwitchWhichIsRemembered() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            let zh = try await browser.get("/")
            #expect(zh.text.contains("lang=\"zh-CN\""))
            #expect(zh.text.contains("环评限批公示"))
            let en = try await browser.get("/?lang=en")
            #expect(en.text.contains("Areas under an approval freeze"))
            #expect(browser.cookies["kaohe_lang"] == "en")
            #expect(try await browser.get("/login").text.contains("Log in"))
        }
    }
}
