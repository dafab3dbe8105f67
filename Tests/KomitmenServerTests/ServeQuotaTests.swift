import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// Issue 21, item 5: 429 `quota_exceeded` past an account's quota, in both languages; others go on.
@Suite struct ServeQuotaTests {
    @Test func versionsPastTheQuotaAreRefusedInBothLanguages() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var configuration = fixture.configuration()
        configuration.signatoryQuota = FilingQuota(versionsPerReport: 2, bytesPerDay: 1 << 20)
        try await fixture.withClient(configured: configuration) { client in
            let path = "/api/v1/reports/2026-Q4/dprd-ntt"
            for budget in [100_000_000, 200_000_000] {
                let filed = try await client.call(
                    .put, path, token: fixture.signatoryToken,
                    body: ServeFixture.body(quarter: "2026-Q4", budget: budget))
                #expect(filed.status == .created || filed.status == .ok)
            }
            let body = ServeFixture.body(quarter: "2026-Q4", budget: 300_000_000)
            let refused = try await client.call(.put, path, token: fixture.signatoryToken, body: body)
            #expect(refused.status == .tooManyRequests && refused.errorCode == "quota_exceeded")
            #expect(refused.errorMessage?.hasPrefix("this report already has 2 versions") == true)
            #expect(refused.headers[.retryAfter] == nil)
            let indonesian = try await client.call(
                .put, path, token: fixture.signatoryToken, body: body, headers: [.acceptLanguage: "id"])
            #expect(indonesian.errorMessage?.hasPrefix("laporan ini sudah memiliki 2 versi") == true)
            let stored = fixture.read("reports/2026-Q4/dprd-ntt.yaml") ?? ""
            #expect(stored.contains("budget_allocated_idr: 200000000\n"))
            // The secretariat's quota is its own; another signatory's report is another count.
            let onBehalf = try await client.call(.put, path, token: fixture.secretariatToken, body: body)
            #expect(onBehalf.status == .ok)
            let other = try await client.call(
                .put, "/api/v1/reports/2026-Q4/mui-ntt", token: fixture.otherToken,
                body: ServeFixture.body(quarter: "2026-Q4", signatory: "mui-ntt"))
            #expect(other.status != .tooManyRequests)
        }
    }

    @Test func bytesPastTheDailyQuotaAreRefusedUntilTheDeclarationsNextDay() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var configuration = fixture.configuration()
        let body = ServeFixture.body(quarter: "2026-Q4")
        configuration.signatoryQuota = FilingQuota(versionsPerReport: 30, bytesPerDay: body.utf8.count * 2 + 60)
        try await fixture.withClient(configured: configuration) { client in
            let path = "/api/v1/reports/2026-Q4/dprd-ntt"
            for comment in ["# 1\n", "# 2\n"] {
                let filed = try await client.call(.put, path, token: fixture.signatoryToken, body: body + comment)
                #expect(filed.status == .created || filed.status == .ok)
            }
            let refused = try await client.call(.put, path, token: fixture.signatoryToken, body: body + "# 3\n")
            #expect(refused.status == .tooManyRequests && refused.errorCode == "quota_exceeded")
            // now is 08:00 WITA: the declaration's next day begins in 16 hours.
            #expect(refused.headers[.retryAfter] == String(16 * 3600))
            #expect(refused.errorMessage?.contains("try again tomorrow") == true)
        }
    }

    @Test func aBrowserPastTheQuotaGetsAPageInItsLanguage() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        let polda = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").token
        var configuration = fixture.configuration()
        configuration.pages = Pages()
        configuration.signatoryQuota = FilingQuota(versionsPerReport: 1, bytesPerDay: 1 << 20)
        try await fixture.withClient(configured: configuration) { client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let first = try await browser.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf))
            #expect(first.status == .seeOther)
            let second = try await browser.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf))
            #expect(second.status == .tooManyRequests)
            PageRoutesTests.expectPageHeaders(second)
            #expect(second.text.contains("laporan ini sudah memiliki 1 versi"))
        }
    }
}
