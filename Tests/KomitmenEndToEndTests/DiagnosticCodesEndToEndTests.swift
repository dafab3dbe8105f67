import Foundation
import Testing

/// `validate --format json` gives each diagnostic its stable `code`, for machines.
@Suite struct DiagnosticCodesEndToEndTests {
    static let report = "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n"

    /// One bad input, and the diagnostic it must give: file, line, column and code.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var setup: @Sendable (TemporaryRepository) throws -> Void
        var file: String
        var line: Int
        var column: Int
        var code: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown field",
            setup: { try $0.write("reports/2025-Q4/polda-ntt.yaml", report + "submited: 2026-01-12\n") },
            file: "repo/reports/2025-Q4/polda-ntt.yaml", line: 4, column: 1, code: "unknown-field"),
        Case(
            name: "thousands separator",
            setup: {
                try $0.write("reports/2025-Q4/polda-ntt.yaml", report + "values:\n  tppo_cases_investigated: 1.500\n")
            },
            file: "repo/reports/2025-Q4/polda-ntt.yaml", line: 5, column: 28, code: "thousands-separator"),
        Case(
            name: "symlink",
            setup: { repository in
                try FileManager.default.createSymbolicLink(
                    atPath: repository.root.appendingPathComponent("signatories/linked.yaml").path,
                    withDestinationPath: repository.root.appendingPathComponent("signatories/polda-ntt.yaml").path)
            },
            file: "repo/signatories/linked.yaml", line: 1, column: 1, code: "symlink"),
        Case(
            name: "duplicate key",
            setup: { try $0.write("reports/2025-Q4/polda-ntt.yaml", report + "period: 2025-Q4\n") },
            file: "repo/reports/2025-Q4/polda-ntt.yaml", line: 4, column: 1, code: "duplicate-key"),
    ]

    static func json(_ result: KomitmenBinary.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["diagnostics"] as? [[String: Any]], "no diagnostics in: \(result.stdout)")
    }

    @Test(arguments: cases)
    func theCodeIsInTheJSON(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try row.setup(repository)
        let result = try repository.validate(["--format", "json"])
        #expect(result.status == 1)
        let diagnostics = try Self.json(result)
        let found = diagnostics.first { $0["file"] as? String == row.file && $0["code"] as? String == row.code }
        #expect(found != nil, "no \(row.code) for \(row.file) in:\n\(result.stdout)")
        #expect(
            found?["line"] as? Int == row.line && found?["column"] as? Int == row.column,
            "\(row.code) at \(found?["line"] ?? "?"):\(found?["column"] ?? "?"), not \(row.line):\(row.column)")
        // The text form stays as it was: no code in the headline.
        let text = try repository.validate()
        #expect(!text.stdout.contains("[\(row.code)]") && !text.stdout.contains(" \(row.code):"))
    }

    /// Every diagnostic of a badly broken repository has a code, and each is one `komitmen
    /// diagnostics` lists.
    @Test func everyDiagnosticOfABrokenRepositoryHasACatalogCode() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write("declaration.yaml", "id: x\ntitle: [\n")
        try repository.write(
            "signatories/polda-ntt.yaml", "id: Polda NTT\nstakeholder: polis\nregion: nowhere\nextra: 1\n")
        try repository.write("signatories/empty.yaml", "")
        try repository.write("signatories/notes.txt", "not read")
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q3\nsubmitted: 2099-01-12\nvalues:\n  x: 1.000\n  x: 2\n")
        try repository.write("reports/2025-Q4/bad.yaml", "a: \u{1B}[31m\n")
        try repository.write("reports/2025-q5.yml", "x")
        let result = try repository.validate(["--format", "json", "--max-errors", "0"])
        #expect(result.status == 1)
        let diagnostics = try Self.json(result)
        #expect(diagnostics.count >= 8, "\(result.stdout)")
        let listed = try KomitmenBinary.run(["diagnostics"]).stdout
        let catalog = Set(listed.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(catalog.count >= 60)
        for diagnostic in diagnostics {
            let code = diagnostic["code"] as? String ?? ""
            #expect(
                !code.isEmpty && catalog.contains(code),
                "code '\(code)' of \(diagnostic) is not in `komitmen diagnostics`")
        }
    }
}
