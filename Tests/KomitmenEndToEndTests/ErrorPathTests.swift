import Foundation
import Testing

/// The error and warning paths no other test walked, through the real binary: one row per case,
/// its change to the fixture, the exact headlines, and the closing count (nothing else may fire).
@Suite struct ErrorPathTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        /// Files written over the fixture (path: text); an empty text makes an empty file.
        var files: [String: String]
        var headlines: [String]
        var hints: [String] = []
        var errors: Int
        var warnings = 0
        var testDescription: String { name }
    }

    static let report = "signatory: polda-ntt\nperiod: 2025-Q4\n"
    static let fixture = KomitmenBinary.packageRoot.appendingPathComponent(
        "Tests/KomitmenEndToEndTests/Fixtures/valid-repo")

    static func fixtureFile(_ path: String) -> String {
        (try? String(contentsOf: fixture.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let rows: [Row] = [
        Row(
            name: "a report submitted before its quarter began",
            files: ["reports/2025-Q4/polda-ntt.yaml": report + "submitted: 2025-09-01\n"],
            headlines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:3:12: error: submitted 2025-09-01 is before the quarter 2025-Q4 began (2025-10-01)"
            ],
            errors: 1),
        Row(
            name: "a signatory that joined before the first reporting quarter",
            files: [
                "signatories/pos-kupang.yaml": fixtureFile("signatories/pos-kupang.yaml").replacingOccurrences(
                    of: "joined: 2025-Q4", with: "joined: 2025-Q1")
            ],
            headlines: [
                "repo/signatories/pos-kupang.yaml:5:9: error: joined 2025-Q1 is before the declaration's first reporting quarter 2025-Q3"
            ],
            errors: 1),
        Row(
            name: "an indicator whose from is after its by",
            files: [
                "signatories/pemkab-belu.yaml": fixtureFile("signatories/pemkab-belu.yaml")
                    .replacingOccurrences(
                        of: "        by: 2026-Q2\n", with: "        by: 2026-Q2\n        from: 2026-Q3\n")
            ],
            headlines: ["repo/signatories/pemkab-belu.yaml:14:15: error: from 2026-Q3 is after by 2026-Q2"],
            errors: 1),
        Row(
            name: "a pledge with no indicators",
            files: [
                "signatories/pos-kupang.yaml":
                    "id: pos-kupang\nname: X\nstakeholder: media\njoined: 2025-Q4\npledges:\n  - id: e\n    text: t\n    goal: protection\n    indicators: []\n"
            ],
            headlines: ["repo/signatories/pos-kupang.yaml:9:17: error: a pledge needs at least one indicator"],
            errors: 1),
        // One error at the declaration: the pledges' goals are not each reported unknown as well.
        Row(
            name: "a declaration without goals",
            files: ["declaration.yaml": fixtureFile("declaration.yaml").components(separatedBy: "goals:")[0]],
            headlines: ["repo/declaration.yaml:1:1: error: missing field 'goals'"],
            errors: 1),
        Row(
            name: "a declaration with an empty list of goals",
            files: [
                "declaration.yaml": fixtureFile("declaration.yaml").components(separatedBy: "goals:")[0] + "goals: []\n"
            ],
            headlines: ["repo/declaration.yaml:14:8: error: the declaration needs at least one goal"],
            errors: 1),
        // A name that differs only by a trailing space: two files, one id.
        Row(
            name: "a duplicate signatory id",
            files: ["signatories/polda-ntt .yaml": fixtureFile("signatories/polda-ntt.yaml")],
            headlines: [
                "repo/signatories/polda-ntt .yaml:1:5: error: id 'polda-ntt' does not match the file name 'polda-ntt .yaml'",
                "repo/signatories/polda-ntt.yaml:1:5: error: signatory id 'polda-ntt' is also used by repo/signatories/polda-ntt .yaml",
            ],
            errors: 2),
        Row(
            name: "an id with characters ids may not use",
            files: [
                "signatories/Polda_NTT.yaml": fixtureFile("signatories/polda-ntt.yaml").replacingOccurrences(
                    of: "id: polda-ntt", with: "id: Polda_NTT")
            ],
            headlines: [
                "repo/signatories/Polda_NTT.yaml:1:5: error: id 'Polda_NTT' may use only lowercase letters a-z, digits and '-'"
            ],
            hints: ["for example 'polda-ntt'"],
            errors: 1),
        Row(
            name: "an empty signatory file",
            files: ["signatories/pemkab-belu.yaml": ""],
            headlines: [
                "repo/signatories/pemkab-belu.yaml:1:1: error: the signatory file is empty",
                "repo/reports/2025-Q3/pemkab-belu.yaml:1:12: error: unknown signatory 'pemkab-belu'",
            ],
            errors: 2),
        Row(
            name: "an empty declaration file",
            files: ["declaration.yaml": ""],
            headlines: ["repo/declaration.yaml:1:1: error: the declaration file is empty"],
            errors: 1),
        // Warnings: the run passes (exit 0) and says so.
        Row(
            name: "a value of an indicator the signatory did not pledge",
            files: [
                "reports/2025-Q4/polda-ntt.yaml": report
                    + "submitted: 2026-01-12\nvalues:\n  victims_rescued: 2\n  suspects_named: 3\n  tppo_cases_investigated: 1\n"
            ],
            headlines: [
                "repo/reports/2025-Q4/polda-ntt.yaml:6:3: warning: 'suspects_named' is not among polda-ntt's pledged indicators; it is not counted"
            ],
            errors: 0, warnings: 1),
        Row(
            name: "a file that is not read, and an error beside it",
            files: [
                "signatories/notes.txt": "x\n", "reports/2025-Q4/polda-ntt.yaml": report + "submitted: 2025-09-01\n",
            ],
            headlines: [
                "repo/signatories/notes.txt:1:1: warning: this file is not read",
                "repo/reports/2025-Q4/polda-ntt.yaml:3:12: error: submitted 2025-09-01 is before the quarter 2025-Q4 began (2025-10-01)",
            ],
            hints: ["only files named ID.yaml are read in signatories/"],
            errors: 1, warnings: 1),
    ]

    @Test(arguments: rows)
    func row(_ row: Row) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        for (path, text) in row.files { try repository.write(path, text) }
        expectDiagnostics(
            try repository.validate(), row.headlines, hints: row.hints, errors: row.errors, warnings: row.warnings)
    }

    /// A warning in JSON: its severity, and counted apart from errors; the exit status stays 0.
    @Test func aWarningInJSON() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            Self.report
                + "submitted: 2026-01-12\nvalues:\n  suspects_named: 3\n  tppo_cases_investigated: 1\n  victims_rescued: 0\n"
        )
        let result = try repository.validate(["--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 0 && object["warnings"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["severity"] as? String == "warning")
        #expect(diagnostics.first?["line"] as? Int == 5 && diagnostics.first?["column"] as? Int == 3)
        #expect(
            diagnostics.first?["message"] as? String
                == "'suspects_named' is not among polda-ntt's pledged indicators; it is not counted")
    }

    /// A warning in Indonesian, with the closing line's counts.
    @Test func aWarningInIndonesian() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            Self.report
                + "submitted: 2026-01-12\nvalues:\n  suspects_named: 3\n  tppo_cases_investigated: 1\n  victims_rescued: 0\n"
        )
        let result = try repository.validate(["--lang", "id"])
        #expect(result.status == 0)
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:5:3: warning: 'suspects_named' tidak termasuk indikator janji polda-ntt; nilainya tidak dihitung"
            ),
            "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 kesalahan, 1 peringatan dalam 8 berkas\n"))
    }
}
