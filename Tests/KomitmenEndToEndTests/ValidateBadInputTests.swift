import Foundation
import Testing

/// Every bad input DESIGN.md names, fed to the real binary: the exact `file:line:column` and message.
@Suite struct ValidateBadInputTests {
    /// Validates a copy of the fixture with one file replaced, and returns the result.
    func validate(_ path: String, _ text: String) throws -> KomitmenBinary.Result {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(path, text)
        return try repository.validate()
    }

    /// One error, `headline`, and no other problem anywhere (`errors` counts them all).
    func expectError(
        _ result: KomitmenBinary.Result, _ headline: String, hint: String? = nil, errors: Int = 1,
        warnings: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectDiagnostics(
            result, [headline], hints: hint.map { [$0] } ?? [], errors: errors, warnings: warnings,
            sourceLocation: sourceLocation)
    }

    static let report = "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n"

    @Test func theFixtureIsValid() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.validate()
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "0 errors, 0 warnings in 8 files\n")
    }

    @Test func missingDeclarationFile() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.remove("declaration.yaml")
        expectError(try repository.validate(), "repo/declaration.yaml:1:1: error: missing file: the declaration")
    }

    @Test func missingRepositoryFolder() throws {
        let result = try KomitmenBinary.run(["validate", "no-such-folder"], in: FileManager.default.temporaryDirectory)
        expectError(result, "no-such-folder:1:1: error: no such folder: 'no-such-folder'")
    }

    @Test func yamlSyntaxError() throws {
        // Line 4 indents a key under a scalar value: libyaml stops at the ':' of "  extra:".
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", Self.report + "values: 3\n  extra: 1\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:5:8: error: YAML syntax error: mapping values are not allowed in this context",
            hint: "a value that contains ': ' must be put in quotes, or check the indentation")
        #expect(result.lines.contains("  extra: 1"))
        #expect(result.lines.contains("       ^"))
    }

    @Test func wrongType() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml", Self.report + "values:\n  - tppo_cases_investigated: 3\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:5:3: error: expected a mapping (key: value lines), found a list")
    }

    @Test func wrongTypeOfTarget() throws {
        let text = try String(
            contentsOf: KomitmenBinary.packageRoot.appendingPathComponent(
                "Tests/KomitmenEndToEndTests/Fixtures/valid-repo/signatories/polda-ntt.yaml"), encoding: .utf8)
        let result = try validate(
            "signatories/polda-ntt.yaml", text.replacingOccurrences(of: "target: 100", with: "target: seratus"))
        // The indicator stays pledged: the two reports' values of it are not warned about as well.
        expectError(
            result,
            "repo/signatories/polda-ntt.yaml:12:17: error: expected a whole number (0 or more), found 'seratus'")
    }

    @Test func unknownFieldSuggestsTheClosestName() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml", Self.report + "valeus:\n  tppo_cases_investigated: 3\n")
        expectError(
            result, "repo/reports/2025-Q4/polda-ntt.yaml:4:1: error: unknown field 'valeus'",
            hint: "did you mean 'values'?")
    }

    @Test func duplicateKeyAtTheSecondOccurrence() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml",
            Self.report + "values:\n  tppo_cases_investigated: 3\n  victims_rescued: 2\n  tppo_cases_investigated: 4\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:7:3: error: duplicate key 'tppo_cases_investigated' (first given on line 5)"
        )
    }

    @Test func duplicateKeyDoesNotHideTheFilesOtherMistakes() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml",
            Self.report + "values:\n  victims_rescued: 2\n  victims_rescued: 4\n  victim_rescue: 1\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:6:3: error: duplicate key 'victims_rescued' (first given on line 5)",
            errors: 2)
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:7:3: error: unknown indicator 'victim_rescue' for a police signatory",
            errors: 2)
    }

    @Test func unknownIndicator() throws {
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", Self.report + "values:\n  victim_rescued: 3\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:5:3: error: unknown indicator 'victim_rescued' for a police signatory",
            hint: "did you mean 'victims_rescued'?")
    }

    @Test func unknownSignatory() throws {
        let result = try validate(
            "reports/2025-Q4/polda-nt.yaml", "signatory: polda-nt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n")
        expectError(
            result, "repo/reports/2025-Q4/polda-nt.yaml:1:12: error: unknown signatory 'polda-nt'",
            hint: "did you mean 'polda-ntt'?")
    }

    @Test func indonesianThousandsSeparator() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml", Self.report + "values:\n  tppo_cases_investigated: 1.234\n")
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:5:28: error: expected a whole number (0 or more), found '1.234' (a dot is not a thousands separator here)",
            hint: "'1.234' looks like an Indonesian thousands separator; write 1234 without dots")
    }

    @Test func dateOutsideItsQuarter() throws {
        let text =
            "signatory: pos-kupang\nperiod: 2025-Q4\nsubmitted: 2026-01-05\npublications:\n  - title: Laporan\n    date: 2025-09-30\n    kind: news\n"
        let result = try validate("reports/2025-Q4/pos-kupang.yaml", text)
        expectError(
            result,
            "repo/reports/2025-Q4/pos-kupang.yaml:6:11: error: 2025-09-30 is outside the report's quarter 2025-Q4 (2025-10-01 to 2025-12-31)"
        )
    }

    @Test func dateThatIsNotInTheCalendar() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml", "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-02-30\n")
        expectError(
            result, "repo/reports/2025-Q4/polda-ntt.yaml:3:12: error: '2026-02-30' is not a day in the calendar")
    }

    @Test func reportForAQuarterBeforeTheSignatorysFirst() throws {
        // pos-kupang joined 2025-Q4, so a 2025-Q3 report is unexpected.
        let result = try validate(
            "reports/2025-Q3/pos-kupang.yaml", "signatory: pos-kupang\nperiod: 2025-Q3\nsubmitted: 2025-10-05\n")
        expectError(
            result,
            "repo/reports/2025-Q3/pos-kupang.yaml:2:9: error: pos-kupang does not report for 2025-Q3: its first quarter is 2025-Q4"
        )
    }

    @Test func reportInTheWrongFolder() throws {
        let result = try validate("reports/2025-Q3/polda-ntt.yaml", Self.report)
        expectError(
            result,
            "repo/reports/2025-Q3/polda-ntt.yaml:2:9: error: period 2025-Q4 does not match the folder reports/2025-Q3/",
            hint: "move the file to reports/2025-Q4/, or correct the period")
    }

    @Test func fileNameMustEqualTheSignatory() throws {
        let result = try validate("reports/2025-Q4/polda.yaml", Self.report)
        expectError(
            result,
            "repo/reports/2025-Q4/polda.yaml:1:12: error: signatory 'polda-ntt' does not match the file name 'polda.yaml'"
        )
    }

    @Test func derivedValueMustAgree() throws {
        let text =
            Self.report
            + "values:\n  victims_rescued: 10\ncases:\n  - ref: LP/1\n    stage: report\n    suspects: 1\n    victims: 12\n"
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", text)
        expectError(
            result,
            "repo/reports/2025-Q4/polda-ntt.yaml:5:20: error: Victims rescued (victims_rescued) is 10 but the entries of Cases (cases) give 12 (Σ Victims)"
        )
    }

    @Test func unknownStakeholderKindAndGoal() throws {
        let text =
            "id: polda-ntt\nname: Polda\nstakeholder: polise\npledges:\n  - id: p\n    text: t\n    goal: protecton\n    indicators:\n      - indicator: victims_rescued\n        target: 1\n        by: 2026-Q4\n"
        let result = try validate("signatories/polda-ntt.yaml", text)
        expectError(
            result, "repo/signatories/polda-ntt.yaml:3:14: error: unknown stakeholder kind 'polise'",
            hint: "did you mean 'police'?", errors: 2)
        expectError(
            result, "repo/signatories/polda-ntt.yaml:7:11: error: unknown goal 'protecton'",
            hint: "did you mean 'protection'?", errors: 2)
    }

    @Test func signatoryIdMustMatchItsFileName() throws {
        let text = "id: polda\nname: Polda\nstakeholder: police\npledges: []\n"
        let result = try validate("signatories/polda-ntt.yaml", text)
        // The two reports of polda-ntt then name a signatory that no file declares.
        expectError(
            result,
            "repo/signatories/polda-ntt.yaml:1:5: error: id 'polda' does not match the file name 'polda-ntt.yaml'",
            errors: 3)
    }

    @Test func unknownRegion() throws {
        let text = "id: polda-ntt\nname: Polda\nstakeholder: police\nregion: kab-bel\npledges: []\n"
        expectError(
            try validate("signatories/polda-ntt.yaml", text),
            "repo/signatories/polda-ntt.yaml:4:9: error: unknown region 'kab-bel'; regions are listed in declaration.yaml",
            hint: "did you mean 'kab-belu'?", warnings: 3)  // no pledges: the reports' three values are not counted
    }

    static let declaration = "id: d\nreporting:\n  first: 2025-Q3\n  due_days: 15\n"
    static let goals = "goals:\n  - id: protection\n  - id: official-departure\n"

    @Test func duplicateGoalIdAtItsSecondUse() throws {
        let result = try validate(
            "declaration.yaml", Self.declaration + Self.goals + "  - id: protection\n    title: Again\n")
        expectError(result, "repo/declaration.yaml:8:9: error: duplicate goal id 'protection' (first used on line 6)")
    }

    @Test func statusThresholdsMustBeOrderedFractions() throws {
        let result = try validate(
            "declaration.yaml", Self.declaration + Self.goals + "status_thresholds:\n  on_track: 90\n  at_risk: 0.95\n")
        expectError(
            result, "repo/declaration.yaml:9:13: error: on_track must be a fraction above 0 and at most 1, e.g. 0.9",
            errors: 2)
        // on_track stays at its default 0.9, below at_risk 0.95.
        expectError(
            result, "repo/declaration.yaml:10:12: error: at_risk (0.95) must not be above on_track (0.9)", errors: 2)
    }

    @Test func mistypedQuarterGetsTheRightSpelling() throws {
        let result = try validate(
            "reports/2025-Q4/polda-ntt.yaml", "signatory: polda-ntt\nperiod: 2025-q4\nsubmitted: 2026-01-12\n")
        expectError(
            result, "repo/reports/2025-Q4/polda-ntt.yaml:2:9: error: expected a quarter (YYYY-Qn), found '2025-q4'",
            hint: "write 2025-Q4")
    }

    @Test func missingRequiredFieldIsReportedAtTheMapping() throws {
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", "# note\nsignatory: polda-ntt\nperiod: 2025-Q4\n")
        expectError(result, "repo/reports/2025-Q4/polda-ntt.yaml:2:1: error: missing field 'submitted'")
    }

    @Test func emptyFileIsAnErrorAtTheStart() throws {
        expectError(
            try validate("reports/2025-Q4/polda-ntt.yaml", ""),
            "repo/reports/2025-Q4/polda-ntt.yaml:1:1: error: the report file is empty")
    }

    @Test func unreadableFileIsAnErrorAtTheStart() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        // A folder where a report should be: opened, but not readable as a file.
        try FileManager.default.createDirectory(
            at: repository.root.appendingPathComponent("reports/2025-Q4/extra.yaml"), withIntermediateDirectories: true)
        expectError(
            try repository.validate(), "repo/reports/2025-Q4/extra.yaml:1:1: error: this is a folder, not a file")
    }

    @Test func aPipeNamedLikeAReportDoesNotHangTheRun() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        #expect(mkfifo(repository.root.appendingPathComponent("reports/2025-Q4/pipe.yaml").path, 0o644) == 0)
        // Opening a pipe for reading waits for a writer: were it opened, the run would be killed at the time-out.
        let result = try repository.validate()
        expectError(result, "repo/reports/2025-Q4/pipe.yaml:1:1: error: this is not a regular file (a pipe or device)")
        ChildProcess.expectQuick(result, "validating beside a pipe")
    }

    @Test func ymlExtensionIsNotSilentlySkipped() throws {
        expectError(
            try validate("reports/2025-Q4/polda-ntt.yml", Self.report),
            "repo/reports/2025-Q4/polda-ntt.yml:1:1: error: this file is not read: name it polda-ntt.yaml")
    }

    @Test func misnamedQuarterFolder() throws {
        let result = try validate(
            "reports/2025-q4/polda-ntt.yaml",
            Self.report + "values:\n  tppo_cases_investigated: 1\n  victims_rescued: 0\n")
        expectError(
            result, "repo/reports/2025-q4:1:1: error: report folder '2025-q4' is not a quarter (YYYY-Qn)",
            hint: "rename it 2025-Q4")
    }
}
