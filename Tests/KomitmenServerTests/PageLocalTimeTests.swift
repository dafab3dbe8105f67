import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Times on the pages are the declaration's clock (Kupang, UTC+8), never UTC: a filing at 23:30
/// UTC on 19 November is received on 20 November in Kupang, and the signatory's home says so.
@Suite struct PageLocalTimeTests {
    @Test func theHomeShowsTheDayOfReceiptInTheDeclarationsZone() async throws {
        // 2026-11-19 23:30 UTC = 2026-11-20 07:30 WITA.
        let receivedLate: (inout ServeConfiguration) -> Void = {
            $0.now = { Date(timeIntervalSince1970: 1_795_131_000) }
        }
        try await PageRoutesTests.withPages(configure: receivedLate) { _, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let form = try await browser.get("/reports/2026-Q4/polda-ntt")
            let csrf = try #require(PageClient.csrf(form.text))
            let filed = try await browser.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf))
            let receipt = try await browser.get(try #require(filed.headers[.location]))
            #expect(receipt.text.contains("2026-11-20 07:30:00+08:00"))
            let home = try await browser.get("/signatories/polda-ntt")
            #expect(home.text.contains("v1 · 2026-11-20 ·"))
            #expect(!home.text.contains("2026-11-19"))
        }
    }
}
