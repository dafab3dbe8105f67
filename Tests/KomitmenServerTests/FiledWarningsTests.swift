import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

@testable import KomitmenIntake

/// A filing's warnings are kept with it: the intake's check gives them (only errors refuse a
/// body), and the repository the server holds lists them for the file, as `validate` would.
@Suite struct FiledWarningsTests {
    @Test func aBlankFiledKeepsItsWarningInTheHeldRepository() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let options = LoadOptions(root: fixture.root, registry: compiledInPlugins, today: .fixed(ServeFixture.today))
        let holder = await WorkspaceHolder(options: options, rescanInterval: 3600)
        let workspace = await holder.current()
        let quarter = Quarter("2026-Q3")!
        let body = ServeFixture.body().replacingOccurrences(of: "  complaints_resolved: 9\n", with: "")
        let rule = SubmittedRule(receiptDate: workspace.today, storedDate: nil, onBehalf: false)
        let accepted = try Intake.accepted(
            Array(body.utf8), quarter: quarter, signatory: "dprd-ntt", rule: rule, in: workspace)
        let (report, warnings) = (accepted.report, accepted.warnings)
        // Line 5: `values:`, once the server's `submitted:` line is in.
        func shown(_ list: [Diagnostic]) -> [String] {
            list.map { "\($0.mark.line):\($0.mark.column) \($0.code.code) \($0.message.en)" }
        }
        let expected = [
            "5:1 not-reported Complaints resolved (complaints_resolved) is not reported for 2026-Q3: "
                + "write 0 if there was none"
        ]
        #expect(shown(warnings) == expected)
        // Answered as placed in the body sent: line 4 there, the server's line not counted.
        #expect(shown(accepted.warningsAsSent) == [expected[0].replacingOccurrences(of: "5:1 ", with: "4:1 ")])
        await holder.filed(report, warnings: warnings, quarter: quarter, signatory: "dprd-ntt")
        let kept = await holder.current().repository.diagnostics.filter {
            $0.file == Repository.reportPath(root: fixture.root, quarter: quarter, signatory: "dprd-ntt")
        }
        #expect(shown(kept) == expected)
    }
}
