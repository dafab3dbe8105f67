import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

@testable import KomitmenHTTP

/// DESIGN: "the form and the template write the same YAML layout, so a diff shows only what
/// changed". The template filled in by hand and the form given the same values have the same data
/// lines (the versions' diff leaves out comment and empty lines), `submitted:` aside: the server
/// writes that line into both.
@Suite struct FormTemplateLayoutTests {
    static let values = [
        "tppo_cases_investigated": "31", "cases_to_prosecution": "0", "suspects_named": "",
        "tppo_reports_received": "40", "victims_rescued": "", "departures_prevented": "112",
    ]

    @Test func theFilledTemplateAndTheFormDifferOnlyInTheirComments() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("commitments").path
        let workspace = Workspace.load(
            LoadOptions(root: shipped, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!)))
        let quarter = try #require(Quarter("2026-Q4"))
        guard case .success(let draft) = workspace.reportDraft(signatory: "polda-ntt", quarter: quarter, for: .served)
        else {
            Issue.record("no template")
            return
        }
        // A clerk fills in the blanks after the colons, leaving two blank.
        var filled: [String] = []
        for line in draft.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let key = line.trimmingCharacters(in: .whitespaces).dropLast()
            if line.hasSuffix(":"), let value = Self.values[String(key)], !value.isEmpty {
                filled.append(line + " " + value)
            } else {
                filled.append(line)
            }
        }
        let template = LineDiff.lines(Array(filled.joined(separator: "\n").utf8)).filter { $0 != "submitted:" }

        let signatory = try #require(workspace.repository.signatory("polda-ntt"))
        let plugin = workspace.registry.plugin(signatory.stakeholder)
        var form = ReportForm()
        form.values = Self.values
        let indicators = ReportFormView.indicators(signatory, plugin).map { ($0.target.indicator, $0.unit) }
        let built = form.yaml(signatory: "polda-ntt", quarter: quarter, indicators: indicators, plugin: plugin)
        let fromForm = LineDiff.lines(Array(built.text.utf8))
        #expect(fromForm == template, "\(LineDiff.diff(template, fromForm))")
        #expect(fromForm.contains("  tppo_cases_investigated: 31") && fromForm.contains("  suspects_named:"))
    }
}
