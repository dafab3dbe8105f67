import Foundation
import Testing

/// A falling indicator of a shipped plugin through validate and summary: media's
/// `journalist_safety_incidents` (latest, decrease) with a baseline.
@Suite struct EngineEndToEndTests {
    @Test func aDecreasingIndicatorWithABaseline() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try repository.write(
            "signatories/pos-kupang.yaml",
            """
            id: pos-kupang
            name: Pos Kupang
            stakeholder: media
            region: ntt
            pledges:
              - id: safe
                text: Aman
                goal: protection
                indicators:
                  - indicator: journalist_safety_incidents
                    target: 0
                    baseline: 4
                    by: 2026-Q2

            """)
        try repository.write(
            "reports/2025-Q4/pos-kupang.yaml",
            "signatory: pos-kupang\nperiod: 2025-Q4\nsubmitted: 2026-01-05\nvalues:\n  journalist_safety_incidents: 3\n"
        )
        #expect(try repository.validate().stdout == "0 errors, 0 warnings in 13 files\n")
        let result = try repository.run(["summary", "repo", "--format", "json", "--as-of", "2026-02-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let signatory = try #require(
            (object["signatories"] as? [[String: Any]])?.first { $0["id"] as? String == "pos-kupang" })
        let indicator = try #require((signatory["indicators"] as? [[String: Any]])?.first)
        #expect(indicator["direction"] as? String == "decrease" && indicator["aggregation"] as? String == "latest")
        #expect(indicator["value"] as? Double == 3)
        // (baseline 4 − value 3) / (4 − target 0) = 0.25; expected 2025-Q3..2025-Q4 = 2 of 2025-Q3..2026-Q2 = 4
        // → 0.5; 0.25 / 0.5 = 0.5, below at_risk 0.6 → off-track.
        #expect(indicator["progress"] as? Double == 0.25)
        #expect(indicator["expected"] as? Double == 0.5)
        #expect(indicator["status"] as? String == "off-track")
    }
}
