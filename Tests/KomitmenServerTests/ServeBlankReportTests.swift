import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenApp
import KomitmenCore
import KomitmenHTTP
import KomitmenRegistry
import Testing

/// "Blank is not zero" through the intake: a report of nothing is refused (422, nothing stored);
/// a report with a blank pledged indicator is filed, and its warning is what `validate` says of it.
@Suite struct ServeBlankReportTests {
    let path = "/api/v1/reports/2026-Q3/dprd-ntt"

    @Test func anEmptyReportIsRefusedAndNothingStored() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let body = "signatory: dprd-ntt\nperiod: 2026-Q3\nvalues: {}\n"
            let response = try await client.call(.put, path, token: fixture.signatoryToken, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "invalid_report")
            let diagnostics = try #require(response.json["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.map { $0["code"] as? String } == ["empty-report"])
            #expect(diagnostics.first?["line"] as? Int == 3)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == nil)
        }
    }

    @Test func aBlankIsFiledWithItsWarning() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let body = ServeFixture.body().replacingOccurrences(of: "  complaints_resolved: 9\n", with: "")
        try await fixture.withClient { client in
            let response = try await client.call(.put, path, token: fixture.signatoryToken, body: body)
            #expect(response.status == .created)
        }
        let stored = try #require(fixture.read("reports/2026-Q3/dprd-ntt.yaml"))
        #expect(stored.contains("complaints_received: 16\n") && !stored.contains("complaints_resolved"))
        let options = LoadOptions(
            root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let warnings = Workspace.load(options).validate().diagnostics.filter {
            $0.file.hasSuffix("reports/2026-Q3/dprd-ntt.yaml")
        }
        #expect(
            warnings.map { "\($0.mark.line):\($0.mark.column) \($0.severity) \($0.message.en)" } == [
                "5:1 warning Complaints resolved (complaints_resolved) is not reported for 2026-Q3: write 0 if there was none"
            ])
    }
}
