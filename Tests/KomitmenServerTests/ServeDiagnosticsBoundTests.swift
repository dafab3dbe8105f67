import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// A 422 lists at most 100 diagnostics and says how many more there were (`omitted`, and in the
/// message), as `validate` prints at most 100 per file: a 1 MiB body held ~70,000 mistakes.
@Suite struct ServeDiagnosticsBoundTests {
    static func body(unknownValues count: Int) -> String {
        "signatory: dprd-ntt\nperiod: 2026-Q3\nvalues:\n" + (0..<count).map { "  k\($0): \($0)\n" }.joined()
    }

    @Test(arguments: [(99, 0), (100, 0), (101, 1), (2_000, 1_900)])
    func atMost100AreListed(mistakes: Int, omitted: Int) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: Self.body(unknownValues: mistakes))
            #expect(response.status == .unprocessableContent)
            let diagnostics = try #require(response.json["diagnostics"] as? [[String: Any]])
            let counted = try #require(response.json["omitted"] as? Int)
            // Each unknown indicator is one error; the report may have others (none of them cut).
            #expect(diagnostics.count == min(100, diagnostics.count + counted))
            #expect(counted >= omitted)
            #expect(diagnostics.count + counted >= mistakes)
            #expect(diagnostics.first?["line"] as? Int == 4)
            let message = try #require(response.errorMessage)
            #expect(message.contains("first 100 of") == (counted > 0), "\(message)")
        }
    }
}
