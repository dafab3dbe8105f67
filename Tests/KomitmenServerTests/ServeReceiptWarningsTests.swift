import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Issue 23: an accepted filing's answer lists the report's warnings (only errors refuse it), each
/// as `validate --format json` writes it, placed as in the body sent, in the request's language.
@Suite struct ServeReceiptWarningsTests {
    static let path = "/api/v1/reports/2026-Q3/dprd-ntt"

    @Test func aBlankPledgedIndicatorIsAWarningInTheReceiptAnswer() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            // `complaints_resolved` left empty, as the template leaves it: line 6 of the body sent, at
            // its empty value (column 23).
            let body = ServeFixture.body().replacingOccurrences(
                of: "  complaints_resolved: 9\n", with: "  complaints_resolved:\n")
            let created = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: body)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.json["receipt"] as? String != nil)
            let warnings = try #require(created.json["warnings"] as? [[String: Any]])
            #expect(warnings.count == 1)
            let warning = try #require(warnings.first)
            #expect(warning["code"] as? String == "not-reported")
            #expect(warning["severity"] as? String == "warning")
            #expect(warning["file"] as? String == "reports/2026-Q3/dprd-ntt.yaml")
            #expect(warning["line"] as? Int == 6 && warning["column"] as? Int == 23, "\(warning)")
            #expect(
                warning["message"] as? String
                    == "Complaints resolved (complaints_resolved) is not reported for 2026-Q3: write 0 if there was none"
            )
            #expect(created.json["warnings_omitted"] as? Int == 0)
            // A replacement in Indonesian: the same warning in the request's language.
            let replaced = try await client.call(
                .put, Self.path, token: fixture.signatoryToken, body: body, headers: [.acceptLanguage: "id"])
            #expect(replaced.status == .ok)
            let indonesian = try #require((replaced.json["warnings"] as? [[String: Any]])?.first)
            #expect(
                (indonesian["message"] as? String)?.hasPrefix("Pengaduan diselesaikan (complaints_resolved)") == true)
        }
    }

    @Test func aCleanFilingAnswersNoWarnings() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let created = try await client.call(
                .put, Self.path, token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(created.status == .created)
            #expect(created.json["warnings"] as? [Any] != nil)
            #expect((created.json["warnings"] as? [Any])?.isEmpty == true)
            #expect(created.text.contains("\n  \"warnings\": [],\n  \"warnings_omitted\": 0\n}\n"))
        }
    }
}
