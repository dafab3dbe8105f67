import Foundation
import Testing

/// "Blank is not zero" through the real binary: `validate` on a copy of `valid-repo` with a blank
/// pledged indicator, an implausible value and a report of nothing, every line of its output.
@Suite struct BlankValidateTests {
    @Test func validateNamesBlanksImplausibleValuesAndEmptyReports() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        // victims_rescued left blank; tppo_cases_investigated 10× more than Q3's 12 and then some.
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  tppo_cases_investigated: 121\n")
        // A report of nothing.
        try repository.write(
            "reports/2025-Q4/pemkab-belu.yaml",
            "signatory: pemkab-belu\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues: {}\n")
        let result = try KomitmenBinary.run(
            ["validate", "repo"], in: repository.folder, environment: ["KOMITMEN_TODAY": "2026-02-01"])
        #expect(result.status == 1)
        let headlines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("repo/") }
        #expect(
            headlines == [
                "repo/reports/2025-Q4/pemkab-belu.yaml:4:1: error: the report reports nothing: no value and no section entry",
                "repo/reports/2025-Q4/polda-ntt.yaml:4:1: warning: Victims rescued (victims_rescued) is not reported for 2025-Q4: write 0 if there was none",
                "repo/reports/2025-Q4/polda-ntt.yaml:5:28: warning: Trafficking cases investigated (tppo_cases_investigated) is 121, more than 10× the largest value reported before (12 in 2025-Q3)",
            ], "\(result.stdout)")
        #expect(result.stdout.contains("hint: check the value: a warning, the report is accepted as it is"))
        #expect(result.stdout.hasSuffix("1 error, 2 warnings in 9 files\n"), "\(result.stdout)")

        let indonesian = try KomitmenBinary.run(
            ["validate", "repo", "--lang", "id"], in: repository.folder,
            environment: ["KOMITMEN_TODAY": "2026-02-01"])
        #expect(
            indonesian.stdout.contains(
                "Perkara TPPO disidik (tppo_cases_investigated) bernilai 121, lebih dari 10× nilai terbesar yang dilaporkan sebelumnya (12 pada 2025-Q3)"
            ), "\(indonesian.stdout)")
    }
}
