import Foundation
import Hummingbird
import HummingbirdTesting
import KaoheCore
import KaoheFlows
import Testing

@testable import KaoheWeb

/// The full authorization matrix (issue 19): every route × every role (and no login) × own/other unit.
///
/// 303 = sent to the login page (no account); 403 = the role may not call the route; 404 = another unit's
/// record (D-118); 200/303/401/422 = the handler ran. Each role runs on a fresh store, in table order.
@Suite struct WebAuthorizationTests {
    /// Who asks: nil is no login (an anonymous session with its CSRF token, so only access is tested).
    static let roles: [AccountRole?] = [nil, .clerk, .department, .bureau, .approval]

    struct Row: Sendable {
        var method: HTTPRequest.Method
        /// The route as registered.
        var route: String
        /// The path asked for the own unit (the clerk's 510703) and, for unit routes, another unit (510704).
        var own: String
        var other: String?
        var form: [(String, String)] = []
        var upload = false
        /// Expected status per role, in the order of `roles`: [anonymous, clerk, department, bureau, approval].
        var ownStatus: [Int]
        var otherStatus: [Int]? = nil
    }

    static let report2015 = Data("""
        区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注
        510703,2015,2015-12-25,96,351,是,2014-11-20,是,2015-02-10,王敏,李强,

        """.utf8)

    //                                                          anon clerk dept bureau approval
    static let table: [Row] = [
        Row(method: .get, route: "/", own: "/", ownStatus: [200, 200, 200, 200, 200]),
        Row(method: .get, route: "/static/site.css", own: "/static/site.css", ownStatus: [200, 200, 200, 200, 200]),
        Row(method: .get, route: "/login", own: "/login", ownStatus: [200, 303, 303, 303, 303]),
        Row(method: .post, route: "/login", own: "/login", form: [("name", "nobody"), ("password", "wrong")], ownStatus: [401, 401, 401, 401, 401]),
        Row(method: .get, route: "/password", own: "/password", ownStatus: [303, 200, 200, 200, 200]),
        Row(method: .post, route: "/password", own: "/password", form: [("current", "wrong")], ownStatus: [303, 422, 422, 422, 422]),
        Row(method: .get, route: "/home", own: "/home", ownStatus: [303, 200, 200, 200, 200]),
        Row(
            method: .get, route: "/units/{code}", own: "/units/510703", other: "/units/510704",
            ownStatus: [303, 200, 200, 200, 403], otherStatus: [303, 404, 200, 200, 403]),
        Row(
            method: .post, route: "/units/{code}/upload", own: "/units/510703/upload", other: "/units/510704/upload", upload: true,
            ownStatus: [303, 200, 403, 403, 403], otherStatus: [303, 404, 403, 403, 403]),
        Row(method: .get, route: "/reports", own: "/reports", ownStatus: [303, 403, 200, 200, 403]),
        Row(method: .get, route: "/results", own: "/results", ownStatus: [303, 403, 200, 200, 403]),
        Row(method: .get, route: "/bureau", own: "/bureau", ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .post, route: "/bureau/assess", own: "/bureau/assess", form: [("year", "2015")], ownStatus: [303, 403, 403, 303, 403]),
        Row(method: .get, route: "/bureau/runs/{id}", own: "/bureau/runs/1", ownStatus: [303, 403, 403, 200, 403]),
        Row(
            method: .post, route: "/bureau/runs/{id}/publish", own: "/bureau/runs/1/publish",
            form: [("date", "2016-03-01"), ("doc", "绵府办函〔2016〕12号"), ("confirm", "yes")], ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .get, route: "/bureau/freezes", own: "/bureau/freezes", ownStatus: [303, 403, 403, 200, 403]),
        Row(
            method: .post, route: "/bureau/freezes/{code}/lift", own: "/bureau/freezes/510703/lift", other: "/bureau/freezes/510704/lift",
            form: [("date", "2016-03-20"), ("doc", "绵环函〔2016〕3号"), ("reason", "整改完成"), ("force", "yes")],
            ownStatus: [303, 403, 403, 200, 403], otherStatus: [303, 403, 403, 200, 403]),
        Row(method: .get, route: "/bureau/summonses", own: "/bureau/summonses", ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .post, route: "/bureau/summonses/{id}", own: "/bureau/summonses/1", form: [("notes", "已通知")], ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .post, route: "/bureau/findings", own: "/bureau/findings", form: [("area", "510704"), ("year", "2015"), ("ref", "绵环函〔2016〕9号")], ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .get, route: "/bureau/audit", own: "/bureau/audit", ownStatus: [303, 403, 403, 200, 403]),
        Row(method: .get, route: "/eia", own: "/eia", ownStatus: [303, 403, 403, 403, 200]),
        Row(method: .post, route: "/eia", own: "/eia", form: [("area", "510703"), ("category", "emitting")], ownStatus: [303, 403, 403, 403, 200]),
        // Last: it ends the session it is asked with.
        Row(method: .post, route: "/logout", own: "/logout", ownStatus: [303, 303, 303, 303, 303]),
    ]

    @Test func everyRegisteredRouteHasARowAndEveryRowARoute() throws {
        let harness = try PortalHarness()
        let registered = Set(harness.portal.router().routes.map { "\($0.method) /\(String(describing: $0.path).trimmingCharacters(in: CharacterSet(charactersIn: "/")))" })
        let listed = Set(Self.table.map { "\($0.method) /\($0.route.trimmingCharacters(in: CharacterSet(charactersIn: "/")))" })
        #expect(registered == listed, "routes without a row: \(registered.subtracting(listed).sorted()); rows without a route: \(listed.subtracting(registered).sorted())")
        #expect(registered.count == Self.table.count)
    }

    @Test(arguments: [0, 1, 2, 3, 4])
    func everyRoleOnEveryRouteGetsItsDesignedStatus(roleIndex: Int) async throws {
        let role = Self.roles[roleIndex]
        let harness = try PortalHarness()
        try await harness.test { browser in
            if let role {
                let r = try await browser.login(PortalHarness.names[role]!)
                #expect(r.status == .seeOther)
            } else {
                try await browser.get("/login")
            }
            for row in Self.table {
                for (path, expected) in [(row.own, row.ownStatus[roleIndex])] + (row.other.map { [($0, row.otherStatus![roleIndex])] } ?? []) {
                    let response: TestResponse
                    if row.upload {
                        response = try await browser.upload(path, files: [("自查报告-2015.csv", Self.report2015)])
                    } else if row.method == .post {
                        response = try await browser.post(path, row.form)
                    } else {
                        response = try await browser.get(path)
                    }
                    #expect(
                        Int(response.status.code) == expected,
                        "\(role?.rawValue ?? "anonymous") \(row.method) \(path): \(response.status.code), expected \(expected)")
                    if expected == 303 && roleIndex == 0 && row.route != "/logout" {
                        #expect(response.headers[.location] == "/login", "\(row.method) \(path) sends no login to /login")
                    }
                    if expected == 403 || expected == 404 {
                        // The one error page, with the security headers, and nothing of the record.
                        #expect(!response.text.contains("游仙区"), "\(path) shows another unit's name with \(expected)")
                    }
                }
            }
        }
    }

    @Test func anAccountThatMustChangeItsPasswordIsSentToTheChangeFormFromEveryRolePage() async throws {
        let harness = try PortalHarness()
        _ = try harness.db.setPassword(name: "bureau1", hash: Passwords.hash(PortalHarness.password, cost: 4), mustChange: true)
        try await harness.test { browser in
            let login = try await browser.login("bureau1")
            #expect(login.headers[.location] == "/password")
            for path in ["/home", "/bureau", "/reports", "/bureau/audit"] {
                let r = try await browser.get(path)
                #expect(r.status == .seeOther && r.headers[.location] == "/password", "\(path)")
            }
            #expect(try await browser.get("/password").status == .ok)
        }
    }
}
