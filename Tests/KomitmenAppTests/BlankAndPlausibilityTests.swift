import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// DESIGN.md, "Blank is not zero", on the `valid-repo` fixture: a blank pledged indicator is not
/// reported (a warning), a report of nothing is an error, a value above ten times its target or
/// its earlier largest is a warning. Each case is checked by `validate` (the whole load) and by
/// the server's single-report check, which must agree.
@Suite struct BlankAndPlausibilityTests {
    static let polda = "reports/2025-Q3/polda-ntt.yaml"
    static let poldaLater = "reports/2025-Q4/polda-ntt.yaml"

    /// `path:line:col: severity: message` of every diagnostic of `relative`, in `language`, from
    /// `validate`; and the same from `checkReport` of the file's text, which must be equal.
    static func diagnostics(
        _ scratch: ScratchRepository, _ relative: String, _ language: Language = .en
    ) throws -> [String] {
        let options = LoadOptions(
            root: scratch.root, registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!))
        let workspace = Workspace.load(options)
        let validated = workspace.validate().diagnostics.filter { $0.file.hasSuffix(relative) }
        let parts = relative.split(separator: "/")
        let quarter = try #require(Quarter(String(parts[1])))
        let signatory = String(parts[2].dropLast(".yaml".count))
        let checked = workspace.checkReport(
            bytes: Array(try scratch.read(relative).utf8), quarter: quarter, signatory: signatory)
        func shown(_ list: [Diagnostic]) -> [String] {
            list.map { "\(relative):\($0.mark.line):\($0.mark.column): \($0.severity): \($0.message.text(language))" }
        }
        #expect(shown(checked.diagnostics) == shown(validated), "validate and the server's check disagree")
        return shown(validated)
    }

    static func report(_ period: String, _ body: String) -> String {
        "signatory: polda-ntt\nperiod: \(period)\nsubmitted: 2026-01-12\n" + body
    }

    @Test func aBlankPledgedIndicatorIsNotReportedInBothLanguages() throws {
        let scratch = try ScratchRepository("blank")
        defer { scratch.delete() }
        try scratch.write(Self.poldaLater, Self.report("2025-Q4", "values:\n  tppo_cases_investigated: 5\n"))
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater) == [
                "\(Self.poldaLater):4:1: warning: Victims rescued (victims_rescued) is not reported for 2025-Q4: write 0 if there was none"
            ])
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater, .id) == [
                "\(Self.poldaLater):4:1: warning: Korban diselamatkan (victims_rescued) tidak dilaporkan untuk 2025-Q4: tulis 0 jika tidak ada"
            ])
    }

    /// A key left empty, as the template leaves it, is blank too: the warning is on its line, and
    /// a report of blank keys alone reports nothing.
    @Test func aKeyLeftEmptyIsNotReportedAtItsLine() throws {
        let scratch = try ScratchRepository("blank-key")
        defer { scratch.delete() }
        try scratch.write(
            Self.poldaLater,
            Self.report("2025-Q4", "values:\n  tppo_cases_investigated: 5\n  victims_rescued:\n"))
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater) == [
                "\(Self.poldaLater):6:19: warning: Victims rescued (victims_rescued) is not reported for 2025-Q4: write 0 if there was none"
            ])
        try scratch.write(
            Self.poldaLater,
            Self.report("2025-Q4", "values:\n  tppo_cases_investigated:\n  victims_rescued: ~\n"))
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater) == [
                "\(Self.poldaLater):4:1: error: the report reports nothing: no value and no section entry"
            ])
    }

    @Test func withoutValuesTheWarningIsAtTheDocumentStart() throws {
        let scratch = try ScratchRepository("blank-start")
        defer { scratch.delete() }
        let body = "cases:\n  - {ref: LP/1, stage: report, suspects: 1, victims: 2}\n"
        try scratch.write(Self.poldaLater, Self.report("2025-Q4", body))
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater) == [
                "\(Self.poldaLater):1:1: warning: Trafficking cases investigated (tppo_cases_investigated) is not reported for 2025-Q4: write 0 if there was none"
            ])
    }

    @Test func aDerivedValueAndAZeroCountAsReported() throws {
        let scratch = try ScratchRepository("derived")
        defer { scratch.delete() }
        // victims_rescued is not written: the cases give it.
        let body =
            "values:\n  tppo_cases_investigated: 0\ncases:\n  - {ref: LP/1, stage: report, suspects: 0, victims: 0}\n"
        try scratch.write(Self.poldaLater, Self.report("2025-Q4", body))
        #expect(try Self.diagnostics(scratch, Self.poldaLater).isEmpty)
    }

    @Test func beforeItsTrajectoryStartsAnIndicatorMayBeBlank() throws {
        let scratch = try ScratchRepository("not-started")
        defer { scratch.delete() }
        var signatory = try scratch.read("signatories/pemkab-belu.yaml")
        signatory = signatory.replacingOccurrences(of: "target: 800\n", with: "target: 800\n        from: 2026-Q1\n")
        try scratch.write("signatories/pemkab-belu.yaml", signatory)
        let body = "values:\n  ltsa_units_operating: 2\n"
        try scratch.write(
            "reports/2025-Q3/pemkab-belu.yaml",
            "signatory: pemkab-belu\nperiod: 2025-Q3\nsubmitted: 2025-10-20\n" + body)
        #expect(try Self.diagnostics(scratch, "reports/2025-Q3/pemkab-belu.yaml").isEmpty)
        try FileManager.default.createDirectory(
            atPath: scratch.root + "/reports/2026-Q1", withIntermediateDirectories: true)
        try scratch.write(
            "reports/2026-Q1/pemkab-belu.yaml",
            "signatory: pemkab-belu\nperiod: 2026-Q1\nsubmitted: 2026-04-10\n" + body)
        #expect(
            try Self.diagnostics(scratch, "reports/2026-Q1/pemkab-belu.yaml") == [
                "reports/2026-Q1/pemkab-belu.yaml:4:1: warning: Documented departures (documented_departures) is not reported for 2026-Q1: write 0 if there was none"
            ])
    }

    @Test(arguments: ["values: {}\n", "values:\n", "narrative: Nothing happened.\n", "cases: []\nvalues: {}\n"])
    func aReportOfNothingIsAnError(_ body: String) throws {
        let scratch = try ScratchRepository("empty")
        defer { scratch.delete() }
        try scratch.write(Self.poldaLater, Self.report("2025-Q4", body))
        let line = body.hasPrefix("values") ? "4" : body.hasPrefix("cases") ? "5" : "1"
        let mark = "\(line):1"
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater) == [
                "\(Self.poldaLater):\(mark): error: the report reports nothing: no value and no section entry"
            ])
        #expect(
            try Self.diagnostics(scratch, Self.poldaLater, .id) == [
                "\(Self.poldaLater):\(mark): error: laporan ini tidak melaporkan apa pun: tidak ada nilai maupun entri bagian"
            ])
    }

    @Test func tenTimesTheTargetIsPlausibleAndAboveItIsNot() throws {
        let scratch = try ScratchRepository("target")
        defer { scratch.delete() }
        try scratch.remove(Self.poldaLater)
        let values = "values:\n  tppo_cases_investigated: %@\n  victims_rescued: 0\n"
        try scratch.write(Self.polda, Self.report("2025-Q3", values.replacingOccurrences(of: "%@", with: "1000")))
        #expect(try Self.diagnostics(scratch, Self.polda).isEmpty)
        try scratch.write(Self.polda, Self.report("2025-Q3", values.replacingOccurrences(of: "%@", with: "1001")))
        #expect(
            try Self.diagnostics(scratch, Self.polda) == [
                "\(Self.polda):5:28: warning: Trafficking cases investigated (tppo_cases_investigated) is 1001, more than 10× its target of 100"
            ])
        #expect(
            try Self.diagnostics(scratch, Self.polda, .id) == [
                "\(Self.polda):5:28: warning: Perkara TPPO disidik (tppo_cases_investigated) bernilai 1001, lebih dari 10× targetnya 100"
            ])
    }

    /// Earlier largest 9: too small to measure by, even for 1000. 10: 100 is at the bound, 101 above.
    @Test(arguments: [(9, 1000, false), (10, 100, false), (10, 101, true)])
    func tenTimesTheEarlierLargest(_ earlier: Int, _ value: Int, _ warns: Bool) throws {
        let scratch = try ScratchRepository("earlier")
        defer { scratch.delete() }
        try scratch.write(
            Self.polda, Self.report("2025-Q3", "values:\n  tppo_cases_investigated: \(earlier)\n  victims_rescued: 1\n")
        )
        try scratch.write(
            Self.poldaLater,
            Self.report("2025-Q4", "values:\n  tppo_cases_investigated: \(value)\n  victims_rescued: 1\n"))
        let expected =
            warns
            ? [
                "\(Self.poldaLater):5:28: warning: Trafficking cases investigated (tppo_cases_investigated) is \(value), more than 10× the largest value reported before (\(earlier) in 2025-Q3)"
            ] : []
        #expect(try Self.diagnostics(scratch, Self.poldaLater) == expected)
        if warns {
            #expect(
                try Self.diagnostics(scratch, Self.poldaLater, .id) == [
                    "\(Self.poldaLater):5:28: warning: Perkara TPPO disidik (tppo_cases_investigated) bernilai \(value), lebih dari 10× nilai terbesar yang dilaporkan sebelumnya (\(earlier) pada 2025-Q3)"
                ])
        }
    }

    /// A later quarter is not "before": the earlier report is not measured by it.
    @Test func aLaterQuarterIsNotEarlier() throws {
        let scratch = try ScratchRepository("later")
        defer { scratch.delete() }
        try scratch.write(
            Self.polda, Self.report("2025-Q3", "values:\n  tppo_cases_investigated: 500\n  victims_rescued: 1\n"))
        try scratch.write(
            Self.poldaLater, Self.report("2025-Q4", "values:\n  tppo_cases_investigated: 10\n  victims_rescued: 1\n"))
        #expect(try Self.diagnostics(scratch, Self.polda).isEmpty)
    }
}
