import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenTestSupport
import Testing

/// The served pages in the pseudo-language (`?lang=qps`, kept in the cookie as any language is):
/// every word outside the marks is the repository's data or markup, as `PseudoLanguageTests`
/// asks of the command line's outputs. A clerk's pages (home, form, a refused filing, the
/// receipt, the upload, errors) and the secretariat's (grid, summaries, review, chase).
@Suite struct PagesPseudoLanguageTests {
    @Test func everyPageSpeaksOnlyThroughTheCatalogs() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let root = URL(fileURLWithPath: fixture.root)
            // Data: the repository's, what the clerk typed, a report file's own keys (the review's
            // diff shows its lines), and who filed a version, stored as `account:N`.
            var data = PseudoLanguageCheck.dataWords(root)
            for (_, value) in PageFormTests.police {
                for match in value.matches(of: #/\p{L}+/#) { data.insert(match.output.lowercased()) }
            }
            data.formUnion(["signatory", "period", "submitted", "values", "narrative", "evidence", "account"])
            var pages: [(String, String)] = []

            let clerk = PageClient(client)
            pages.append(("login", try await clerk.get("/login?lang=qps").text))
            try await clerk.login(polda)
            for path in [
                "/signatories/polda-ntt", "/reports/2026-Q4/polda-ntt", "/reports/2026-Q3/polda-ntt/versions/1",
                "/reports/2026-Q4/nobody", "/secretariat",
            ] {
                pages.append((path, try await clerk.get(path).text))
            }
            let form = try await clerk.get("/reports/2026-Q4/polda-ntt")
            let csrf = try #require(PageClient.csrf(form.text))
            let refused = try await clerk.post(
                "/reports/2026-Q4/polda-ntt",
                PageFormTests.fields(csrf, replacing: ["v.tppo_cases_investigated": "12,5", "s.cases.0.stage": ""]))
            #expect(refused.status == .unprocessableContent)
            pages.append(("a refused filing", refused.text))
            let checked = try await clerk.post(
                "/reports/2026-Q4/polda-ntt",
                PageFormTests.fields(csrf, replacing: ["v.victims_rescued": ""], action: "check"))
            #expect(checked.status == .ok)
            pages.append(("the check page", checked.text))
            let filed = try await clerk.post("/reports/2026-Q4/polda-ntt", PageFormTests.fields(csrf))
            let receipt = try #require(filed.headers[.location])
            pages.append(("the receipt", try await clerk.get(receipt).text))
            let upload = try await clerk.post("/reports/2026-Q4/polda-ntt/upload", [("csrf", csrf)])
            pages.append(("an upload without a file", upload.text))

            let secretariat = PageClient(client)
            _ = try await secretariat.get("/login?lang=qps")
            try await secretariat.login(fixture.secretariatToken)
            for path in [
                "/secretariat", "/secretariat/summary", "/secretariat/summary?quarter=2026-Q2",
                "/secretariat/summary/polda-ntt", "/secretariat/summary.html", "/secretariat/reviews",
                "/reports/2026-Q2/dprd-ntt/review", "/reports/2026-Q4/polda-ntt/review", "/secretariat/chase",
                "/reports/2026-Q4/polda-ntt/versions/1",
            ] {
                pages.append((path, try await secretariat.get(path).text))
            }
            // Approved, the report is shown to its clerk, not offered as a form.
            let review = try await secretariat.get("/reports/2026-Q4/polda-ntt/review")
            let approved = try await secretariat.post(
                "/reports/2026-Q4/polda-ntt/review",
                [("csrf", try #require(PageClient.csrf(review.text))), ("state", "approved"), ("comment", "")])
            #expect(approved.status == .seeOther)
            pages.append(("a locked report", try await clerk.get("/reports/2026-Q4/polda-ntt").text))

            var found: [String] = []
            for (name, page) in pages {
                #expect(page.contains("⟦"), "\(name) has no marked phrase")
                found += PseudoLanguageCheck.bypasses(name, page, data: data)
            }
            #expect(found.isEmpty, "text that bypassed the catalogs:\n\(found.joined(separator: "\n"))")
        }
    }
}
