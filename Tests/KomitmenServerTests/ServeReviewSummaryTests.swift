import Foundation
import HummingbirdTesting
import KomitmenCore
import Testing

@testable import KomitmenHTTP

/// A review set or removed through the server shows in the next summary and status: the server
/// keeps the review in the repository it holds, as a filing keeps its report (the summary used to
/// show the old review until something else made the server read everything again). A review
/// file changed outside the server is picked up by the stat scan.
@Suite struct ServeReviewSummaryTests {
    @Test func aReviewSetAndRemovedShowsInTheNextSummary() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let token = fixture.secretariatToken
            func dprd() async throws -> (review: [String: Any]?, counts: [String: Int]) {
                let summary = try await client.call(.get, "/api/v1/summary?quarter=2026-Q3", token: token)
                #expect(summary.status == .ok)
                let rows = summary.json["signatories"] as? [[String: Any]] ?? []
                let row = rows.first { $0["id"] as? String == "dprd-ntt" }
                return (row?["review"] as? [String: Any], summary.json["reviews"] as? [String: Int] ?? [:])
            }
            let filed = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(filed.status == .created)
            let received = try await dprd()
            #expect(received.review?["state"] as? String == "received")
            let approvedBefore = try #require(received.counts["approved"])

            let review = "/api/v1/reviews/2026-Q3/dprd-ntt"
            let approve = try await client.call(
                .put, review, token: token, body: #"{"state": "approved", "comment": "Sesuai."}"#,
                type: "application/json")
            #expect(approve.status == .ok)
            let approved = try await dprd()
            #expect(approved.review?["state"] as? String == "approved")
            #expect(approved.review?["comment"] as? String == "Sesuai.")
            #expect(approved.review?["on"] as? String == "2026-11-20")
            #expect(approved.counts["approved"] == approvedBefore + 1)

            let changes = try await client.call(
                .put, review, token: token, body: #"{"state": "changes-requested", "comment": "Periksa anggaran."}"#,
                type: "application/json")
            #expect(changes.status == .ok)
            let requested = try await dprd()
            #expect(requested.review?["state"] as? String == "changes-requested")
            #expect(requested.review?["comment"] as? String == "Periksa anggaran.")
            #expect(requested.counts["approved"] == approvedBefore)

            #expect(try await client.call(.delete, review, token: token).status == .noContent)
            let reopened = try await dprd()
            #expect(reopened.review?["state"] as? String == "received")
            #expect(reopened.counts["approved"] == approvedBefore)
        }
    }

    @Test func aReviewWrittenOutsideTheServerIsPickedUp() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        // The fixture's server scans ROOT before every request (`rescanInterval` 0).
        try await fixture.withClient { client in
            let token = fixture.secretariatToken
            func polda() async throws -> [String: Any]? {
                let summary = try await client.call(.get, "/api/v1/summary?quarter=2026-Q3", token: token)
                let rows = summary.json["signatories"] as? [[String: Any]] ?? []
                return rows.first { $0["id"] as? String == "polda-ntt" }?["review"] as? [String: Any]
            }
            #expect(try await polda()?["state"] as? String == "approved")
            let file = URL(fileURLWithPath: fixture.root).appendingPathComponent("reviews/2026-Q3/polda-ntt.yaml")
            try Data("state: changes-requested\nby: \"Sekretariat\"\non: 2026-11-19\ncomment: \"Lengkapi.\"\n".utf8)
                .write(to: file)
            #expect(try await polda()?["state"] as? String == "changes-requested")
            #expect(try await polda()?["comment"] as? String == "Lengkapi.")
        }
    }
}
