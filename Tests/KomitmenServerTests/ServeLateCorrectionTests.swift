import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenCore
import KomitmenHTTP
import KomitmenState
import Testing

/// Issue 21, item 8: a replacement after the due date that changes a value is a late correction,
/// in the receipt and on the secretariat's pages; one that changes no value is not.
@Suite struct ServeLateCorrectionTests {
    /// The fixture's configuration on another day (2026-Q3 is due 2026-10-15).
    static func on(_ day: String, _ fixture: ServeFixture) -> ServeConfiguration {
        var configuration = fixture.configuration()
        configuration.today = .fixed(CalendarDate(day)!)
        configuration.pages = Pages()
        return configuration
    }

    static func put(_ client: any TestClientProtocol, _ token: String, budget: Int, comment: String = "")
        async throws -> [String: Any]
    {
        let response = try await client.call(
            .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: token,
            body: ServeFixture.body(budget: budget) + comment)
        #expect(response.status == .ok || response.status == .created, "\(response.text)")
        return response.json
    }

    @Test func aChangedReplacementAfterTheDueDateIsMarked() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let token = fixture.signatoryToken
        try await fixture.withClient(configured: Self.on("2026-10-01", fixture)) { client in
            let placeholder = try await Self.put(client, token, budget: 100_000_000)
            #expect(placeholder["filing"] as? String == "on-time" && placeholder["late_correction"] as? Bool == false)
            // Changed, but before the due date.
            let early = try await Self.put(client, token, budget: 200_000_000)
            #expect(early["late_correction"] as? Bool == false)
        }
        try await fixture.withClient(configured: Self.on("2026-12-08", fixture)) { client in
            let late = try await Self.put(client, token, budget: 635_000_000)
            #expect(late["filing"] as? String == "on-time" && late["late_correction"] as? Bool == true)
            // The same values (a comment added): no correction of substance.
            let same = try await Self.put(client, token, budget: 635_000_000, comment: "# checked again\n")
            #expect(same["late_correction"] as? Bool == false)
            let versions = try await client.call(.get, "/api/v1/reports/2026-Q3/dprd-ntt/versions", token: token)
            let marks = (versions.json["versions"] as? [[String: Any]] ?? []).map { $0["late_correction"] as? Bool }
            #expect(marks == [false, false, true, false])

            let browser = PageClient(client)
            try await browser.login(fixture.secretariatToken)
            let review = try await browser.get("/reports/2026-Q3/dprd-ntt/review")
            let items = review.text.components(separatedBy: "<li><a href=\"/reports/2026-Q3/dprd-ntt/versions/")
                .dropFirst()
            #expect(items.map { $0.contains("badge late-correction") } == [false, false, true, false])
            #expect(review.text.contains("koreksi terlambat"))
            let receipt = try await browser.get("/reports/2026-Q3/dprd-ntt/versions/3?lang=en")
            #expect(receipt.text.contains("late correction") && receipt.text.contains("+08:00"))
            #expect(receipt.text.contains("id=\"audit-head\""))
        }
    }

    @Test func aFirstFilingAfterTheDueDateIsLateNotACorrection() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient(configured: Self.on("2026-12-08", fixture)) { client in
            let first = try await Self.put(client, fixture.signatoryToken, budget: 100_000_000)
            #expect(first["filing"] as? String == "late" && first["late_correction"] as? Bool == false)
            let second = try await Self.put(client, fixture.signatoryToken, budget: 200_000_000)
            #expect(second["filing"] as? String == "late" && second["late_correction"] as? Bool == true)
        }
    }
}
