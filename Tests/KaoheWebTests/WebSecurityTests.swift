import Foundation
import Hummingbird
import HummingbirdTesting
import KaoheCore
import KaoheFlows
import Testing

@testable import KaoheWeb

/// CSRF, session fixation, logout, cookies, headers, throttling, size limits and the one error page (issue 19).
@Suite struct WebSecurityTests {
    @Test func aFormWithoutOrWithAWrongCSRFTokenIsRefusedWith403AndChangesNothing() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("bureau1")
            let missing = try await browser.post("/bureau/assess", [("year", "2015")], csrf: "")
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("CSRF"))
            let wrong = try await browser.post("/bureau/assess", [("year", "2015")], csrf: String(repeating: "0", count: 64))
            #expect(wrong.status == .forbidden)
            #expect(try harness.db.runs(year: 2015, kind: .annual).isEmpty)
            // Another session's token does not count either.
            let other = Browser(client: browser.client)
            try await other.get("/login")
            let foreign = try await browser.post("/bureau/assess", [("year", "2015")], csrf: other.csrf!)
            #expect(foreign.status == .forbidden)
            #expect(try harness.db.runs(year: 2015, kind: .annual).isEmpty)
            // The right one does.
            #expect(try await browser.post("/bureau/assess", [("year", "2015")]).status == .seeOther)
            #expect(try harness.db.runs(year: 2015, kind: .annual).count == 1)
            // A login form without its token is refused before the password is checked.
            let anonymous = Browser(client: browser.client)
            #expect(try await anonymous.post("/login", [("name", "bureau1"), ("password", PortalHarness.password)], csrf: "").status == .forbidden)
            // Multipart uploads carry the token in the body and are checked alike.
            let clerk = Browser(client: browser.client)
            try await clerk.login("clerk1")
            let upload = try await clerk.upload("/units/510703/upload", files: [("a.csv", WebAuthorizationTests.report2015)], csrf: "bad")
            #expect(upload.status == .forbidden)
            #expect(try harness.db.reportHistory(area: "510703", year: 2015).isEmpty)
        }
    }

    @Test func loginGivesANewSessionIdAndThePreLoginIdIsWorthNothing() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.get("/login")
            let before = try #require(browser.session)
            let login = try await browser.post("/login", [("name", "clerk1"), ("password", PortalHarness.password)])
            #expect(login.status == .seeOther)
            let after = try #require(browser.session)
            #expect(after != before)
            // An attacker who planted `before` in the victim's browser is not signed in with it.
            let attacker = Browser(client: browser.client)
            attacker.cookies["kaohe_session"] = before
            let home = try await attacker.get("/home")
            #expect(home.status == .seeOther && home.headers[.location] == "/login")
            #expect(try await browser.get("/home").status == .ok)
        }
    }

    @Test func logoutEndsTheSessionOnTheServerNotOnlyInTheBrowser() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("bureau1")
            let id = try #require(browser.session)
            let out = try await browser.post("/logout")
            #expect(out.status == .seeOther)
            #expect(out.headers[values: .setCookie].contains { $0.hasPrefix("kaohe_session=;") && $0.contains("Max-Age=0") })
            let replay = Browser(client: browser.client)
            replay.cookies["kaohe_session"] = id
            #expect(try await replay.get("/bureau").headers[.location] == "/login")
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndStrictAndSecureOnlyBehindTLS() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            let page = try await browser.get("/login")
            let cookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("kaohe_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
        }
        var config = harness.portal.config
        config.secureCookies = true
        let secure = try Portal(db: harness.db, config: config)
        #expect(secure.sessionCookie("x").description.contains("Secure"))
        #expect(secure.sessionCookie("x").description.contains("HttpOnly"))
    }

    @Test func everyResponseCarriesTheSecurityHeadersErrorsIncluded() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            for path in ["/", "/login", "/no-such-page", "/bureau", "/static/site.css"] {
                let r = try await browser.get(path)
                let csp = try #require(r.headers[.contentSecurityPolicy], "\(path)")
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("default-src 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                #expect(r.headers[HTTPFields.Element.Name("X-Frame-Options")!] == "DENY")
            }
            // No page has an inline script or style, or anything loaded from elsewhere.
            for path in ["/", "/login"] {
                let html = try await browser.get(path).text
                #expect(!html.contains("<script"))
                #expect(!html.contains("style="))
                #expect(!html.contains("http://") && !html.contains("https://"))
            }
        }
    }

    @Test func repeatedFailedLoginsAreRefusedEvenWithTheRightPasswordAfterwards() async throws {
        let harness = try PortalHarness(loginAttempts: 3)
        try await harness.test { browser in
            for _ in 0..<3 {
                let failed = try await browser.login("clerk1", "wrong-password")
                #expect(failed.status == .unauthorized)
            }
            let right = try await browser.login("clerk1")
            #expect(right.status == .tooManyRequests)
            // Another name from the same address is throttled too (per address).
            let other = try await browser.login("bureau1")
            #expect(other.status == .tooManyRequests)
        }
    }

    @Test func anUploadOverTheSizeLimitIsRefusedWith413AndStoresNothing() async throws {
        let harness = try PortalHarness(maxBodyBytes: 64 * 1024)
        try await harness.test { browser in
            try await browser.login("clerk1")
            let big = Data(repeating: UInt8(ascii: "a"), count: 200 * 1024)
            let r = try await browser.upload("/units/510703/upload", files: [("big.csv", big)])
            #expect(r.status == .contentTooLarge)
            #expect(try harness.db.reportHistory(area: "510703", year: 2015).isEmpty)
        }
    }

    @Test func errorsShowOneWordedPageWithoutInternalText() async throws {
        let harness = try PortalHarness()
        try await harness.test { browser in
            try await browser.login("bureau1")
            for (r, status) in [
                (try await browser.get("/bureau/runs/99"), 404), (try await browser.get("/bureau/runs/x"), 404),
                (try await browser.post("/bureau/runs/1/publish", [("date", "not-a-date")]), 404),
                (try await browser.get("/nothing"), 404),
            ] {
                #expect(Int(r.status.code) == status)
                for word in ["SQLite", "GRDB", "Swift", "Fatal", "error:", "DecodingError", "SELECT"] {
                    #expect(!r.text.contains(word), "\(word) in an error page")
                }
            }
            // A refusal of the store is worded, in English on request.
            try await browser.post("/bureau/assess", [("year", "2015")])
            let bad = try await browser.post("/bureau/runs/1/publish?lang=en", [("date", "2015-06-01"), ("doc", "X")])
            #expect(bad.status == .unprocessableContent)
            #expect(!bad.text.contains("SQLite"))
        }
    }

    @Test func theTemplateEngineEscapesHostileTextEverywhere() async throws {
        let harness = try PortalHarness()
        _ = try harness.db.importAreas(
            [Area(code: "510705", name: "<script>alert(1)</script>", type: .district)],
            file: .init(name: "more.csv", sha256: "2", time: Date(timeIntervalSince1970: 0)))
        try await harness.test { browser in
            try await browser.login("bureau1")
            let html = try await browser.get("/reports").text
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }
}
