import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// The case: an empty form (every value blank, no row, no text) was stored as
/// `values: {}`. It is a report of nothing now: refused in `validate`'s words, nothing stored.
@Suite struct PageFormBlankTests {
    @Test func anEmptyFormIsRefusedAndNothingStored() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let csrf = try #require(PageClient.csrf(try await browser.get("/reports/2026-Q4/polda-ntt").text))
            let blank = PageFormTests.fields(csrf).map { name, value in
                (name, ["csrf", "action"].contains(name) ? value : name == "rows.cases" ? "0" : "")
            }
            let refused = try await browser.post("/reports/2026-Q4/polda-ntt", blank)
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("laporan ini tidak melaporkan apa pun: tidak ada nilai maupun entri bagian"),
                "\(refused.text.prefix(3000))")
            #expect(fixture.read("reports/2026-Q4/polda-ntt.yaml") == nil)
        }
    }
}
