import Foundation
import Testing

/// Section entries read once into typed values, through the real binary: each field kind's
/// mistakes, plugin rules and derivations report at the same place with the same words, and the
/// summary counts breakdowns (a list counts each of its words) from the typed values.
@Suite struct SectionEntriesEndToEndTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var text: String
        var headline: String
        var hint: String?
        var testDescription: String { name }
    }

    static let ngo = "signatory: lsm-advokasi\nperiod: 2025-Q4\nsubmitted: 2026-01-05\n"
    static let police = "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n"
    static let government = "signatory: pemkab-belu\nperiod: 2025-Q4\nsubmitted: 2026-01-20\n"
    static let ngoFile = "reports/2025-Q4/lsm-advokasi.yaml"
    static let policeFile = "reports/2025-Q4/polda-ntt.yaml"
    static let governmentFile = "reports/2025-Q4/pemkab-belu.yaml"

    static let rows: [Row] = [
        Row(
            name: "a rule on a text field reports at the field", file: ngoFile,
            text: ngo + "assistance:\n  - ref: 5301234567890123\n    services: [legal]\n",
            headline:
                "repo/\(ngoFile):5:10: error: ref looks like a NIK (16-digit identity number); victims' identities never enter these files",
            hint:
                "write the organisation's case code instead, e.g. ASN-2025-014, and keep identities only in the confidential case file"
        ),
        Row(
            name: "a word of a list that is not a choice, at the word", file: ngoFile,
            text: ngo + "assistance:\n  - ref: A-001\n    services: [legal, shelterr]\n",
            headline:
                "repo/\(ngoFile):6:23: error: 'shelterr' is not a valid Services (services); write one of: legal (Legal aid), shelter (Shelter), health (Health care), reintegration (Reintegration)",
            hint: "did you mean 'shelter'?"),
        Row(
            name: "a count with a thousands separator", file: policeFile,
            text: police + "cases:\n  - ref: LP/B/9/X/2025\n    stage: report\n    suspects: 1\n    victims: 1.200\n",
            headline:
                "repo/\(policeFile):8:14: error: expected a whole number (0 or more), found '1.200' (a dot is not a thousands separator here)",
            hint: "'1.200' looks like an Indonesian thousands separator; write 1200 without dots"),
        Row(
            name: "a written value that differs from the section's sum, at the value", file: policeFile,
            text: police
                + "values:\n  victims_rescued: 9\ncases:\n  - {ref: LP/B/9/X/2025, stage: report, suspects: 1, victims: 4}\n  - {ref: LP/B/10/X/2025, stage: verdict, suspects: 2, victims: 3}\n",
            headline:
                "repo/\(policeFile):5:20: error: Victims rescued (victims_rescued) is 9 but the entries of Cases (cases) give 7 (Σ Victims)",
            hint: "correct the number, or leave it out and let komitmen count the Cases (cases)"),
        Row(
            name: "rupiah written with Rp", file: governmentFile,
            text: government + "programs:\n  - name: BLK\n    status: ongoing\n    budget_idr: Rp 5.000.000\n",
            headline: "repo/\(governmentFile):7:17: error: expected a whole number of rupiah, found 'Rp 5.000.000'",
            hint: "write the amount without 'Rp' and without dots, e.g. 1500000"),
        Row(
            name: "a duplicate unique field names the first line", file: policeFile,
            text: police
                + "cases:\n  - {ref: LP/B/9/X/2025, stage: report, suspects: 1, victims: 4}\n  - {ref: LP/B/9/X/2025, stage: verdict, suspects: 2, victims: 3}\n",
            headline:
                "repo/\(policeFile):6:11: error: duplicate Police report number (ref) 'LP/B/9/X/2025' (first used on line 5)"
        ),
    ]

    @Test(arguments: rows)
    func validate(_ row: Row) throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try repository.write(row.file, row.text)
        let result = try repository.validate()
        #expect(result.status == 1, "exit status")
        #expect(result.lines.contains(row.headline), "missing: \(row.headline)\ngot:\n\(result.stdout)\(result.stderr)")
        if let hint = row.hint {
            #expect(result.lines.contains("hint: " + hint), "missing hint: \(hint)\ngot:\n\(result.stdout)")
        }
        #expect(result.stdout.hasSuffix("\n1 error, 0 warnings in 11 files\n"), "one error only:\n\(result.stdout)")
    }

    /// The NGO's `services` lists count each word; the police's `stage` each case; both in the text
    /// and the JSON summary.
    @Test func breakdownsCountTheTypedValues() throws {
        let repository = try TemporaryRepository(fixture: "summary-repo")
        defer { repository.delete() }
        try repository.write(
            Self.ngoFile,
            Self.ngo
                + "assistance:\n  - {ref: A-001, services: legal}\n  - {ref: A-002, services: [legal, shelter, legal]}\n"
        )
        let text = try KomitmenBinary.run(["summary", "repo", "--as-of", "2026-02-01"], in: repository.folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.lines.contains("    Victim assistance · Services: Legal aid 3, Shelter 1"), "\(text.stdout)")
        #expect(text.lines.contains("    Cases · Stage: Investigation 1, Prosecution 1"), "\(text.stdout)")
        let json = try KomitmenBinary.run(
            ["summary", "repo", "--as-of", "2026-02-01", "--format", "json"], in: repository.folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let signatories = try #require(object["signatories"] as? [[String: Any]])
        let ngo = try #require(signatories.first { $0["id"] as? String == "lsm-advokasi" })
        let breakdowns = try #require(ngo["breakdowns"] as? [[String: Any]])
        #expect(breakdowns.first?["counts"] as? [String: Int] == ["legal": 3, "shelter": 1])
        // Two entries: victims_assisted is derived from them.
        let indicators = try #require(ngo["indicators"] as? [[String: Any]])
        #expect(indicators.first { $0["id"] as? String == "victims_assisted" }?["value"] as? Double == 2)
    }
}
