import Foundation
import Hummingbird
import HummingbirdTesting
import KaoheCSV
import KaoheCore
import KaoheDepartments
import KaoheFlows
import KaoheRules
import KaoheStore
import NIOCore
import Testing

@testable import KaoheWeb

/// A portal over an in-memory store holding two units (510703 own, 510704 other), the departments and one
/// account per role, each with the password `Harness-pass-1` already chosen (bcrypt cost 4 to keep tests fast).
struct PortalHarness {
    let db: AppDatabase
    let portal: Portal
    static let password = "Harness-pass-1"
    static let today = Day(year: 2016, month: 3, day: 20)!
    static let names: [AccountRole: String] = [.clerk: "clerk1", .department: "dept1", .bureau: "bureau1", .approval: "approval1"]

    init(maxBodyBytes: Int = 1 << 20, loginAttempts: Int = 5) throws {
        db = try AppDatabase.inMemory()
        let file = ImportFile(name: "areas.csv", sha256: "0", time: Date(timeIntervalSince1970: 0))
        _ = try db.importAreas(
            [Area(code: "510703", name: "涪城区", type: .district), Area(code: "510704", name: "游仙区", type: .district)], file: file)
        // 2015 targets: a 4 % decline from the 2013 base (the sample's 510703 row; 510704 alike).
        let targets = try TargetsFile.parse(Data("""
            区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标
            510703,2015,PM10,2013,102,下降比例,4%,否
            510704,2015,PM10,2013,96,下降比例,4%,否

            """.utf8), file: "targets.csv", knownAreas: ["510703", "510704"])
        _ = try db.importTargets(targets.rows, file: ImportFile(name: "targets.csv", sha256: "3", time: Date(timeIntervalSince1970: 0)))
        _ = try db.importDepartments(
            [Department(code: "FGW", name: "市发改委"), Department(code: "HBJ", name: "市环保局")],
            file: ImportFile(name: "departments.csv", sha256: "1", time: Date(timeIntervalSince1970: 0)))
        for (role, name) in Self.names {
            _ = try db.addAccount(
                name: name, role: role, unitCode: role == .clerk ? "510703" : nil, departmentCode: role == .department ? "FGW" : nil,
                passwordHash: Passwords.hash("initial-unused", cost: 4))
            _ = try db.setPassword(name: name, hash: Passwords.hash(Self.password, cost: 4), mustChange: false)
        }
        let rules = try RuleSetLoader.load(BuiltInRuleSets.default, fileName: "default.toml")
        let config = PortalConfiguration(
            rules: rules, ruleSetText: BuiltInRuleSets.default, year: 2015, today: { PortalHarness.today }, bcryptCost: 4,
            maxBodyBytes: maxBodyBytes, loginAttempts: loginAttempts)
        portal = try Portal(db: db, config: config)
    }

    /// Runs `body` with a router-level test client (no socket).
    func test<T: Sendable>(_ body: @Sendable (Browser) async throws -> T) async throws -> T {
        let app = Application(router: portal.router())
        return try await app.test(.router) { client in try await body(Browser(client: client)) }
    }
}

/// A browser of one person: keeps its cookies and the CSRF token of the last page.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf: String?

    init(client: any TestClientProtocol) { self.client = client }

    var session: String? { cookies["kaohe_session"] }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        try await send(uri, method: .get, body: nil, contentType: nil)
    }

    /// POSTs a urlencoded form; `csrf` nil sends the token of the last page, "" sends none.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil) async throws -> TestResponse {
        var all = fields
        let token = csrf ?? self.csrf ?? ""
        if !token.isEmpty { all.append(("csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// POSTs files as multipart/form-data under the field `files`, with the CSRF token.
    @discardableResult
    func upload(_ uri: String, files: [(name: String, data: Data)], csrf: String? = nil) async throws -> TestResponse {
        let boundary = "----kaohe-test-boundary"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf ?? self.csrf ?? "")\r\n".utf8))
        for f in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(f.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
            body.append(f.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(uri, method: .post, body: ByteBuffer(bytes: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    func send(_ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws -> TestResponse {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.lowercased().contains("max-age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.csrfToken(in: String(buffer: response.body)) { csrf = token }
        return response
    }

    /// Logs in through the login form (GET for the anonymous session and token, then POST).
    @discardableResult
    func login(_ name: String, _ password: String = PortalHarness.password) async throws -> TestResponse {
        try await get("/login")
        let response = try await post("/login", [("name", name), ("password", password)])
        // Follow the redirect (to /home or /password) for the new session's CSRF token.
        if response.status == .seeOther, let location = response.headers[.location] { try await get(location) }
        return response
    }

    static func csrfToken(in html: String) -> String? {
        guard let r = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = html[r.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
