import Foundation
import Testing

/// One mistake in a signatory file is one error: its reports are not each called "unknown
/// signatory", nor their values "not among the pledged indicators", on top of it.
@Suite struct NoCascadeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// (text to replace, replacement) in the fixture's signatories/polda-ntt.yaml.
        let edit: (String, String)
        let headline: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "no id", edit: ("id: polda-ntt\n", ""),
            headline: "repo/signatories/polda-ntt.yaml:1:1: error: missing field 'id'"),
        Case(
            name: "an id with capitals", edit: ("id: polda-ntt", "id: Polda-NTT"),
            headline:
                "repo/signatories/polda-ntt.yaml:1:5: error: id 'Polda-NTT' may use only lowercase letters a-z, digits and '-'"
        ),
        Case(
            name: "a name that is a list", edit: ("name: Kepolisian Daerah NTT", "name: [a, b]"),
            headline: "repo/signatories/polda-ntt.yaml:2:7: error: expected text, found a list"),
        Case(
            name: "no name", edit: ("name: Kepolisian Daerah NTT\n", ""),
            headline: "repo/signatories/polda-ntt.yaml:1:1: error: missing field 'name'"),
        Case(
            name: "an unknown stakeholder kind", edit: ("stakeholder: police", "stakeholder: polisi"),
            headline: "repo/signatories/polda-ntt.yaml:3:14: error: unknown stakeholder kind 'polisi'"),
        Case(
            name: "a target that is not a number", edit: ("target: 100", "target: \"banyak\""),
            headline:
                "repo/signatories/polda-ntt.yaml:12:17: error: expected a whole number (0 or more), found 'banyak'"),
        Case(
            name: "a pledge without its goal", edit: ("    goal: protection\n", ""),
            headline: "repo/signatories/polda-ntt.yaml:7:5: error: missing field 'goal'"),
    ]

    @Test(arguments: cases) func oneMistakeIsOneError(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let path = "signatories/polda-ntt.yaml"
        let text = try repository.read(path)
        #expect(text.contains(row.edit.0), "the fixture changed: \(row.edit.0)")
        try repository.write(path, text.replacingOccurrences(of: row.edit.0, with: row.edit.1))
        let result = try repository.validate()
        expectDiagnostics(result, [row.headline], errors: 1, warnings: 0)
    }

    /// new-report refuses a signatory whose file has errors: its template would leave out what
    /// did not read (here the pledged target).
    @Test func newReportRefusesASignatoryWithErrors() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let path = "signatories/polda-ntt.yaml"
        try repository.write(
            path, try repository.read(path).replacingOccurrences(of: "target: 100", with: "target: seratus"))
        let result = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1", "--print"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.lines.contains(
                "repo/signatories/polda-ntt.yaml:12:17: error: expected a whole number (0 or more), found 'seratus'"),
            "\(result.stderr)")
        #expect(result.stderr.contains("signatories/polda-ntt.yaml has errors; fix them first"), "\(result.stderr)")
    }
}
