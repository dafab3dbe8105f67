import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// A page that is not there: a browser gets a page in its language (DESIGN: "Browsers get errors
/// as pages in their language, never JSON"); a script, and anything under /api/, the API's JSON.
@Suite struct PageNotFoundTests {
    static let browser: HTTPFields = [.accept: "text/html,application/xhtml+xml,*/*;q=0.8"]

    @Test func aBrowserGetsAPageInItsLanguage() async throws {
        try await PageRoutesTests.withPages { _, _, client in
            let indonesian = try await client.execute(uri: "/nowhere", method: .get, headers: Self.browser)
            #expect(indonesian.status == .notFound)
            #expect(indonesian.headers[.contentType] == "text/html; charset=utf-8")
            #expect(indonesian.text.contains("<html lang=\"id\">") && indonesian.text.contains("halaman tidak ada"))
            let english = try await client.execute(uri: "/nowhere?lang=en", method: .get, headers: Self.browser)
            #expect(english.status == .notFound)
            #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("no such page"))
            #expect(english.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test func aScriptAndTheAPIGetJSON() async throws {
        try await PageRoutesTests.withPages { _, _, client in
            let script = try await client.execute(uri: "/nowhere", method: .get)
            #expect(script.status == .notFound)
            #expect(script.headers[.contentType] == "application/json; charset=utf-8")
            #expect(script.text.contains("\"not_found\""))
            let api = try await client.execute(uri: "/api/v1/nowhere", method: .get, headers: Self.browser)
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test func withoutThePagesEveryErrorIsJSON() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/nowhere", method: .get, headers: Self.browser)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
    }
}
