import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// The served pages through the router in process: headers, sessions, CSRF, escaping, sizes,
/// the report form's round trip and the secretariat's pages.
@Suite struct PageRoutesTests {
    /// The fixture with the pages mounted and a live account for polda-ntt (its shipped one is revoked).
    static func withPages(
        edit: (ServeFixture) throws -> Void = { _ in },
        configure: (inout ServeConfiguration) -> Void = { _ in },
        _ body: @Sendable (ServeFixture, String, any TestClientProtocol) async throws -> Void
    ) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try edit(fixture)
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        let polda = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").token
        var configuration = fixture.configuration()
        configuration.pages = Pages()
        configure(&configuration)
        try await fixture.withClient(configured: configuration) { client in try await body(fixture, polda, client) }
    }

    static func expectPageHeaders(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) {
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("default-src 'none'"), sourceLocation: sourceLocation)
        #expect(
            policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"),
            sourceLocation: sourceLocation)
        #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"), sourceLocation: sourceLocation)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8", sourceLocation: sourceLocation)
        #expect(response.body.readableBytes < 100_000, "a page over 100 KB", sourceLocation: sourceLocation)
        #expect(!response.text.contains("<script"), sourceLocation: sourceLocation)
    }

    @Test func loginPageIsIndonesianFirstWithAnEnglishSwitch() async throws {
        try await Self.withPages { _, _, client in
            let browser = PageClient(client)
            let page = try await browser.get("/login")
            #expect(page.status == .ok)
            Self.expectPageHeaders(page)
            #expect(page.text.contains("<html lang=\"id\">") && page.text.contains("Token akses Anda"))
            #expect(page.text.contains("name=\"viewport\""))
            let english = try await browser.get("/login?lang=en")
            #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("Your access token"))
            // The choice is kept in a cookie.
            #expect(try await browser.get("/login").text.contains("Your access token"))
        }
    }

    @Test func loginSetsAStrictSessionCookieAndLogoutEndsIt() async throws {
        try await Self.withPages { fixture, polda, client in
            let browser = PageClient(client)
            let login = try await browser.login(polda)
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/signatories/polda-ntt")
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("komitmen_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"), "loopback: no TLS, so no Secure")
            let home = try await browser.get("/signatories/polda-ntt")
            #expect(home.status == .ok)
            Self.expectPageHeaders(home)
            // Sessions are stored hashed: the cookie's token is nowhere in the database file.
            let token = try #require(browser.cookies["komitmen_session"])
            let database = try Data(contentsOf: URL(fileURLWithPath: fixture.state + "/state.sqlite"))
            #expect(database.range(of: Data(token.utf8)) == nil)
            let logout = try await browser.post("/logout", [("csrf", PageClient.csrf(home.text) ?? "")])
            #expect(logout.status == .seeOther)
            browser.cookies["komitmen_session"] = token
            let after = try await browser.get("/signatories/polda-ntt")
            #expect(after.status == .seeOther && after.headers[.location] == "/login")
        }
    }

    @Test func loginRefusesAWrongTokenAMissingCSRFTokenAndTooManyFailuresButNeverAValidToken() async throws {
        try await Self.withPages { _, polda, client in
            let browser = PageClient(client)
            let noCSRF = try await browser.post("/login", [("token", polda)])
            #expect(noCSRF.status == .forbidden)
            #expect(browser.cookies["komitmen_session"] == nil)
            for _ in 0..<10 {
                let wrong = try await browser.login("kmt_wrong")
                #expect(wrong.status == .unauthorized)
                Self.expectPageHeaders(wrong)
                #expect(wrong.text.contains("token tidak dikenal"))
            }
            let limited = try await browser.login("kmt_wrong")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            Self.expectPageHeaders(limited)
            // Others' failures never keep a clerk with a valid token out.
            let valid = try await browser.login(polda)
            #expect(valid.status == .seeOther)
        }
    }

    @Test(arguments: [
        "/signatories/polda-ntt", "/reports/2026-Q3/polda-ntt", "/secretariat", "/secretariat/summary",
        "/reports/2026-Q3/polda-ntt/versions/1", "/secretariat/reviews", "/secretariat/chase",
    ])
    func pagesNeedASession(path: String) async throws {
        try await Self.withPages { _, _, client in
            let response = try await PageClient(client).get(path)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login")
        }
    }

    @Test func postsNeedTheSessionsCSRFToken() async throws {
        try await Self.withPages { fixture, polda, client in
            let browser = PageClient(client)
            let anonymous = try await browser.post("/reports/2026-Q3/polda-ntt", [("action", "save")])
            #expect(anonymous.status == .unauthorized)
            try await browser.login(polda)
            for fields in [[("action", "save")], [("action", "save"), ("csrf", "kmt_forged")]] {
                let refused = try await browser.post(
                    "/reports/2026-Q4/polda-ntt", fields + [("v.tppo_cases_investigated", "5")])
                #expect(refused.status == .forbidden)
                Self.expectPageHeaders(refused)
            }
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil)
        }
    }

    @Test func aSignatoryReachesItsOwnPagesOnly() async throws {
        try await Self.withPages { _, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            #expect(try await browser.get("/signatories/dprd-ntt").status == .forbidden)
            #expect(try await browser.get("/reports/2026-Q3/dprd-ntt").status == .forbidden)
            #expect(try await browser.get("/secretariat").status == .forbidden)
            #expect(try await browser.get("/secretariat/summary").status == .forbidden)
            #expect(try await browser.get("/reports/2026-Q3/polda-ntt/review").status == .forbidden)
        }
    }

    @Test func hostileNamesAreEscapedOnEveryPage() async throws {
        let hostile = "<script>alert(1)</script>\" onload=\"x"
        let hostileName: (ServeFixture) throws -> Void = { fixture in
            let path = fixture.root + "/signatories/polda-ntt.yaml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(
                    of: "name: Kepolisian Daerah Nusa Tenggara Timur",
                    with: "name: \"<script>alert(1)</script>\\\" onload=\\\"x\"")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        try await Self.withPages(edit: hostileName) { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let pages = [
                try await browser.get("/signatories/polda-ntt"), try await browser.get("/reports/2026-Q3/polda-ntt"),
                try await secretariat.get("/secretariat"), try await secretariat.get("/secretariat/summary"),
            ]
            for page in pages {
                #expect(page.status == .ok)
                #expect(!page.text.contains(hostile))
                #expect(!page.text.contains("<script"))
            }
            #expect(pages[0].text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x"))
        }
    }
}
