import Foundation
import HummingbirdTesting
import KomitmenCore
import Testing

@testable import KomitmenHTTP

/// `/api/v1/summary?only_approved=true&public=true`: the summary `--only-approved` and `--public`
/// give, each combination its own cached answer.
@Suite struct ServeSummaryOptionsTests {
    @Test func optionsGiveWhatTheCommandGives() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let token = fixture.secretariatToken
            func dprd(_ query: String) async throws -> (row: [String: Any]?, text: String) {
                let summary = try await client.call(.get, "/api/v1/summary?quarter=2026-Q3" + query, token: token)
                #expect(summary.status == .ok)
                let rows = summary.json["signatories"] as? [[String: Any]] ?? []
                return (rows.first { $0["id"] as? String == "dprd-ntt" }, summary.text)
            }
            let filed = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(filed.status == .created)
            let changes = try await client.call(
                .put, "/api/v1/reviews/2026-Q3/dprd-ntt", token: token,
                body: #"{"state": "changes-requested", "comment": "RAHASIA-KOMENTAR"}"#, type: "application/json")
            #expect(changes.status == .ok)

            let plain = try await dprd("")
            #expect(plain.text.contains("RAHASIA-KOMENTAR"))
            let values = (plain.row?["indicators"] as? [[String: Any]] ?? []).filter { !($0["value"] is NSNull) }
            #expect(!values.isEmpty)

            let published = try await dprd("&public=true")
            #expect(!published.text.contains("RAHASIA-KOMENTAR"))
            let review = published.row?["review"] as? [String: Any]
            #expect(review?["state"] as? String == "changes-requested" && review?["comment"] is NSNull)

            let approved = try await dprd("&only_approved=true&public=false")
            #expect(approved.text.contains("RAHASIA-KOMENTAR"))
            #expect(approved.row?["filing"] as? String == plain.row?["filing"] as? String)
            let indicators = approved.row?["indicators"] as? [[String: Any]] ?? []
            #expect(!indicators.isEmpty && indicators.allSatisfy { $0["value"] is NSNull })

            // Cached apart: the plain answer is still the plain one.
            #expect(try await dprd("").text == plain.text)
            let bad = try await client.call(.get, "/api/v1/summary?public=yes", token: token)
            #expect(bad.status == .badRequest)
        }
    }
}
