import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML
import Testing

/// `validate` loads keeping only what a review is checked against (`ReportDetail.reviewed`),
/// `summary` and `status` what summaries read (`.summarized`). Every diagnostic must still be
/// exactly a full load's, on clean files and on each kind of mistake a report or review can carry
/// (section entries, values, review dates); and a summary exactly a full load's summary.
@Suite struct LoadWithoutDetailsTests {
    /// Changes to the `valid-repo` fixture: (name, file, text); a nil text removes the file.
    static let changes: [(String, [(String, String?)])] = [
        ("clean", []),
        (
            "a section entry and a value wrong",
            [
                (
                    "reports/2025-Q3/polda-ntt.yaml",
                    """
                    signatory: polda-ntt
                    period: 2025-Q3
                    submitted: 2025-10-10
                    values:
                      tppo_cases_investigated: 1.234
                    cases:
                      - ref: LP/B/100/IX/2025
                        stage: hearing
                        suspects: -2
                        victims: 9
                        destination: Malaysia
                    narrative: |
                      Operasi gabungan di Bandara El Tari.

                    """
                )
            ]
        ),
        (
            "reviews: before submission, without a report, of a report with errors",
            [
                (
                    "reviews/2025-Q4/polda-ntt.yaml",
                    "state: approved\non: 2026-01-02\nby: Sekretariat\n"
                ),
                (
                    "reviews/2025-Q4/pemkab-belu.yaml",
                    "state: approved\non: 2026-01-20\nby: Sekretariat\n"
                ),
                (
                    "reviews/2025-Q3/pemkab-belu.yaml",
                    "state: changes-requested\non: 2025-10-20\nby: Sekretariat\ncomment: check the values\n"
                ),
                ("reports/2025-Q3/pemkab-belu.yaml", "signatory: pemkab-belu\nperiod: 2025-Q3\nsubmitted: nope\n"),
            ]
        ),
        ("a report removed", [("reports/2025-Q4/pos-kupang.yaml", nil)]),
    ]

    @Test(arguments: changes.indices)
    func diagnosticsAreAFullLoads(_ index: Int) throws {
        let (name, edits) = Self.changes[index]
        let scratch = try ScratchRepository("details")
        defer { scratch.delete() }
        for (file, text) in edits {
            let url = URL(fileURLWithPath: scratch.root).appendingPathComponent(file)
            if let text {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        var options = LoadOptions(
            root: scratch.root, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!))
        let full = Workspace.load(options)
        options.reportDetail = .summarized
        let summarized = Workspace.load(options)
        options.reportDetail = .reviewed
        let reviewed = Workspace.load(options)

        func shown(_ validation: Validation) -> [String] {
            validation.diagnostics.map {
                "\($0.file):\($0.mark.line):\($0.mark.column) \($0.code.code) \($0.message.en) \($0.hint?.en ?? "")"
            }
        }
        let fullValidation = full.validate()
        for bare in [summarized, reviewed] {
            let bareValidation = bare.validate()
            #expect(shown(bareValidation) == shown(fullValidation), "\(name)")
            #expect(bareValidation.errorCount == fullValidation.errorCount)
            #expect(bareValidation.warningCount == fullValidation.warningCount)
            #expect(bareValidation.fileCount == fullValidation.fileCount)
            #expect(bare.repository.reviews.count == full.repository.reviews.count)
        }
        // A file written with mistakes shows them (a removed report is no mistake: it is missing).
        if edits.contains(where: { $0.1 != nil }) {
            #expect(!fullValidation.diagnostics.isEmpty, "\(name): the change shows")
        }

        // The same reports, with what each level keeps.
        func key(_ report: Report) -> String {
            "\(report.file) \(report.signatory) \(report.period) \(report.submitted)"
        }
        #expect(reviewed.repository.reports.map(key) == full.repository.reports.map(key))
        #expect(summarized.repository.reports.map(key) == full.repository.reports.map(key))
        #expect(full.repository.reports.contains { !$0.values.isEmpty })
        // The fixture's clean reports have a narrative and evidence for the levels to drop.
        if edits.isEmpty {
            #expect(full.repository.reports.contains { $0.narrative != nil })
            #expect(full.repository.reports.contains { !$0.evidence.isEmpty })
        }
        for (report, whole) in zip(reviewed.repository.reports, full.repository.reports) {
            // Only the `sum` values of 10 or more, which later quarters' values are compared with.
            #expect(report.sections.isEmpty)
            #expect(report.values.allSatisfy { $0.value >= 10 && whole.values[$0.key] == $0.value })
            #expect(report.narrative == nil && report.evidence.isEmpty)
        }
        for (kept, report) in zip(summarized.repository.reports, full.repository.reports) {
            #expect(kept.values == report.values)
            #expect(kept.sections.keys.sorted() == report.sections.keys.sorted())
            #expect(kept.narrative == nil && kept.evidence.isEmpty)
        }

        // What summaries show is the same, to the byte, from either load.
        if !fullValidation.hasErrors {
            let asOf = CalendarDate("2026-11-20")!
            let fromFull = try full.summary(asOf: asOf).get()
            let fromSummarized = try summarized.summary(asOf: asOf).get()
            for format in SummaryFormat.allCases {
                #expect(
                    RenderedDocument.render(fromSummarized, format: format, language: .id).bytes
                        == RenderedDocument.render(fromFull, format: format, language: .id).bytes, "\(format)")
            }
            #expect(!RenderedDocument.render(fromFull, format: .json, language: .en).bytes.isEmpty)
        }
    }
}
