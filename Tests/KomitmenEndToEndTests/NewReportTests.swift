import Foundation
import Testing

/// `komitmen new-report`: a template that validates once its blanks are filled, and never overwrites.
@Suite struct NewReportTests {
    /// Fills every blank value with a number and the submission date, as a clerk would.
    static func fillBlanks(_ template: String) -> String {
        template.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "submitted:" { return "submitted: 2026-04-10" }
            if line.hasPrefix("  ") && !line.hasPrefix("  #") && line.hasSuffix(":") { return line + " 7" }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test(arguments: ["polda-ntt", "pemkab-belu", "pos-kupang"])
    func filledTemplateValidates(_ signatory: String) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.run(["new-report", signatory, "repo", "--quarter", "2026-Q1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Written: repo/reports/2026-Q1/\(signatory).yaml\n")
        let template = try repository.read("reports/2026-Q1/\(signatory).yaml")
        #expect(template.contains("signatory: \(signatory)\nperiod: 2026-Q1\n"))
        // Unfilled, the blanks are errors: a report cannot be filed half-done by accident.
        let blank = try repository.validate()
        #expect(blank.status == 1)
        #expect(
            blank.lines.contains {
                $0.hasPrefix("repo/reports/2026-Q1/\(signatory).yaml:")
                    && $0.contains("error: field 'submitted' has no value")
            })
        try repository.write("reports/2026-Q1/\(signatory).yaml", Self.fillBlanks(template))
        let filled = try repository.validate()
        #expect(filled.status == 0, "\(filled.stdout)")
    }

    @Test func templateIsCommentedInBothLanguagesAndListsEveryPledgedIndicator() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1", "--print"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "# Laporan triwulan 2026-Q1 dari Kepolisian Daerah NTT\n# Quarterly report 2026-Q1 of Kepolisian Daerah NTT\n"
            ))
        #expect(result.stdout.contains("\n  tppo_cases_investigated:\n"))
        #expect(result.stdout.contains("\n  victims_rescued:\n"))
        #expect(result.stdout.contains("# cases:\n#   - ref:"))
        #expect(result.stdout.contains("batas waktunya 2026-04-15"))
        // --print writes nothing.
        #expect(
            !FileManager.default.fileExists(
                atPath: repository.root.appendingPathComponent("reports/2026-Q1/polda-ntt.yaml").path))
    }

    @Test func neverOverwritesAnExistingReport() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let before = try repository.read("reports/2025-Q4/polda-ntt.yaml")
        let result = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2025-Q4"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: repo/reports/2025-Q4/polda-ntt.yaml already exists; komitmen never overwrites a report\n")
        #expect(try repository.read("reports/2025-Q4/polda-ntt.yaml") == before)
    }

    @Test func refusesAQuarterBeforeTheSignatorysFirstAndUnknownSignatories() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let early = try repository.run(["new-report", "pos-kupang", "repo", "--quarter", "2025-Q3"])
        #expect(early.status == 1)
        #expect(early.stderr == "error: pos-kupang does not report for 2025-Q3: its first quarter is 2025-Q4\n")
        let unknown = try repository.run(["new-report", "polda", "repo", "--quarter", "2026-Q1"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: unknown signatory 'polda' (did you mean 'polda-ntt'?)\n")
        let badQuarter = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q5"])
        #expect(badQuarter.status != 0)
        #expect(badQuarter.stderr.contains("--quarter must look like 2025-Q4"))
    }
}
