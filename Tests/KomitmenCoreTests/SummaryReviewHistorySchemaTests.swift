import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

@testable import KomitmenRender

/// The review states and indicator histories in JSON, checked against `docs/summary.schema.json`.
@Suite struct SummaryReviewHistorySchemaTests {
    /// The shipped commitments hold every review state, and histories of every length.
    @Test(arguments: Language.allCases) func shippedSummaryValidates(language: Language) throws {
        let root = RenderJSONTests.packageRoot.appendingPathComponent("commitments").path
        let repository = RepositoryLoader(registry: compiledInPlugins).load(root)
        #expect(!repository.hasErrors)
        let asOf = try #require(CalendarDate("2026-11-25"))
        let summary = try SummaryEngine(repository: repository, registry: compiledInPlugins, asOf: asOf).summary(
            asOf: asOf)
        let json = try RenderJSONTests.parse(JSONRenderer(language: language).render(summary))
        let problems = try RenderJSONTests.schema().validate(json)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let states = Set(
            (json["signatories"] as? [[String: Any]] ?? []).compactMap {
                ($0["review"] as? [String: Any])?["state"] as? String
            })
        #expect(states == ["received", "approved", "changes-requested"])
        let reviews = try #require(json["reviews"] as? [String: Any])
        #expect(reviews["approved"] as? Int == 1 && reviews["changes_requested"] as? Int == 1)
    }

    @Test func aSampleWithReviewsAndHistoryValidates() throws {
        var summary = RenderSample.summary
        summary.signatories[0].review = ReviewSummary(
            state: .changesRequested, by: "Sekretariat", on: CalendarDate("2026-04-20"),
            comment: "Angka korban\nberbeda")
        if summary.signatories.count > 1 { summary.signatories[1].review = .received }
        summary.signatories[0].indicators[0].history = [
            IndicatorQuarter(quarter: try #require(Quarter("2025-Q3")), reported: nil, value: nil, expected: 0.25),
            IndicatorQuarter(quarter: try #require(Quarter("2025-Q4")), reported: 3, value: 3, expected: 0.5),
        ]
        let json = try RenderJSONTests.parse(JSONRenderer().render(summary))
        #expect(try RenderJSONTests.schema().validate(json).isEmpty)
        // And the schema refuses a state it does not know.
        var broken = json
        var signatories = try #require(broken["signatories"] as? [[String: Any]])
        signatories[0]["review"] = ["state": "pending", "by": NSNull(), "on": NSNull(), "comment": NSNull()]
        broken["signatories"] = signatories
        #expect(try RenderJSONTests.schema().validate(broken).contains { $0.contains("pending") })
    }
}
