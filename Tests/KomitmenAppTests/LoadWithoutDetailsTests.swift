import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// `validate` loads with `keepsReportDetails: false`: each report keeps only what its review is
/// checked against. Every diagnostic must still be exactly a full load's, on clean files and on
/// each kind of mistake a report or review can carry (section entries, values, review dates).
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
        options.keepsReportDetails = false
        let bare = Workspace.load(options)

        func shown(_ validation: Validation) -> [String] {
            validation.diagnostics.map {
                "\($0.file):\($0.mark.line):\($0.mark.column) \($0.code.code) \($0.message.en) \($0.hint?.en ?? "")"
            }
        }
        let fullValidation = full.validate()
        let bareValidation = bare.validate()
        #expect(shown(bareValidation) == shown(fullValidation), "\(name)")
        #expect(bareValidation.errorCount == fullValidation.errorCount)
        #expect(bareValidation.warningCount == fullValidation.warningCount)
        #expect(bareValidation.fileCount == fullValidation.fileCount)
        // A file written with mistakes shows them (a removed report is no mistake: it is missing).
        if edits.contains(where: { $0.1 != nil }) {
            #expect(!fullValidation.diagnostics.isEmpty, "\(name): the change shows")
        }

        // The same reports and reviews, the reports without their details.
        func key(_ report: Report) -> String {
            "\(report.file) \(report.signatory) \(report.period) \(report.submitted)"
        }
        #expect(bare.repository.reports.map(key) == full.repository.reports.map(key))
        #expect(bare.repository.reviews.count == full.repository.reviews.count)
        #expect(full.repository.reports.contains { !$0.values.isEmpty })
        for report in bare.repository.reports {
            #expect(report.values.isEmpty && report.sections.isEmpty)
            #expect(report.narrative == nil && report.evidence.isEmpty)
        }
    }
}
