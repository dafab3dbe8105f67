import Foundation
import KomitmenCore
import KomitmenRegistry
import KomitmenTestSupport
import Testing

/// `--lang qps`, the pseudo-language, over every command's output: each phrase prints marked
/// `⟦…⟧`, so a word outside the marks that is neither the repository's data nor the format's
/// syntax was written past the catalogs (CONTRIBUTING.md, "Languages").
@Suite struct PseudoLanguageTests {
    /// A copy of valid-repo with problems of each kind: errors and warnings in a report, a
    /// signatory, the layout.
    static func brokenRepository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            """
            signatory: polda-ntt
            period: 2025-Q3
            submitted: 2026-13-40
            values:
              tppo_cases_investigated: 1.500
              victims_rescued: "12"
              unknown_indicator: 3
            colour: blue
            evidence:
              - ftp://example.org
            """)
        try repository.write("reports/2025-Q4/nobody.yaml", "signatory: nobody\nperiod: 2025-Q4\n")
        try repository.write("reports/notes.txt", "stray\n")
        try repository.write("reports/2025-Q4/empty.yaml", "")
        try repository.write("reports/2025-Q4/syntax.yaml", "signatory: [unclosed\n\tperiod: x\n")
        return repository
    }

    struct Run {
        var name: String
        var arguments: [String]
        /// On the broken copy; else on the valid one, or on a scratch copy for commands that write.
        var onBroken = false
        var writes = false
    }

    static let asOf = ["--as-of", "2026-03-01"]

    static let runs: [Run] = {
        var runs: [Run] = [
            Run(name: "validate", arguments: ["validate", "repo"], onBroken: true),
            Run(name: "validate json", arguments: ["validate", "repo", "--format", "json"], onBroken: true),
            Run(name: "validate valid", arguments: ["validate", "repo"]),
            Run(name: "summary of a broken repository", arguments: ["summary", "repo"] + asOf, onBroken: true),
            Run(name: "status", arguments: ["status", "repo"] + asOf),
            Run(name: "plugins", arguments: ["plugins"]),
            Run(name: "plugins markdown", arguments: ["plugins", "--format", "markdown"]),
            Run(name: "diagnostics", arguments: ["diagnostics"]),
            // `diagnostics --format markdown` is docs/diagnostics.md: every offered language, whatever --lang.
            Run(
                name: "new-report", arguments: ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1"], writes: true
            ),
            Run(
                name: "new-report unknown", arguments: ["new-report", "polda-nt", "repo", "--quarter", "2026-Q1"],
                writes: true),
            Run(
                name: "review", arguments: ["review", "pos-kupang", "repo", "--quarter", "2025-Q4", "--approve"],
                writes: true),
            Run(
                name: "review request-changes",
                arguments: [
                    "review", "polda-ntt", "repo", "--quarter", "2025-Q4", "--request-changes", "--comment", "x",
                ], writes: true),
            Run(
                name: "review without a verdict", arguments: ["review", "polda-ntt", "repo", "--quarter", "2025-Q4"],
                writes: true),
            Run(name: "accounts list", arguments: ["accounts", "list", "--state", "state"], writes: true),
            Run(
                name: "accounts add", arguments: ["accounts", "add", "polda-ntt", "repo", "--state", "state"],
                writes: true),
            Run(name: "audit verify", arguments: ["audit", "verify", "repo", "--state", "state"], writes: true),
            Run(name: "bad quarter", arguments: ["summary", "repo", "--quarter", "2026-Q9"]),
        ]
        for format in ["text", "json", "whatsapp"] {
            runs.append(
                Run(
                    name: "remind \(format)",
                    arguments: ["remind", "repo", "--format", format, "--as-of", "2026-04-10"]))
            runs.append(
                Run(
                    name: "remind overdue \(format)",
                    arguments: ["remind", "repo", "--format", format, "--as-of", "2026-06-01"]))
        }
        for format in ["text", "markdown", "csv", "json", "html"] {
            runs.append(Run(name: "summary \(format)", arguments: ["summary", "repo", "--format", format] + asOf))
        }
        runs.append(
            Run(
                name: "summary csv long",
                arguments: ["summary", "repo", "--format", "csv", "--csv-layout", "long"] + asOf))
        return runs
    }()

    @Test func everyCommandSpeaksOnlyThroughTheCatalogs() throws {
        let valid = try TemporaryRepository()
        let broken = try Self.brokenRepository()
        let scratch = try TemporaryRepository()
        // Contacts, so that `remind` has messages to write (valid-repo's signatories have none).
        for signatory in ["pemkab-belu", "polda-ntt", "pos-kupang"] {
            let path = "signatories/\(signatory).yaml"
            try valid.write(
                path,
                try valid.read(path)
                    + "contacts:\n  - name: Petugas\n    email: petugas@example.org\n    phone: \"+6281234567890\"\n")
        }
        let data = PseudoLanguageCheck.dataWords(valid.root).union(PseudoLanguageCheck.dataWords(broken.root))
        var found: [String] = []
        for run in Self.runs {
            let repository = run.onBroken ? broken : run.writes ? scratch : valid
            let result = try KomitmenBinary.run(run.arguments + ["--lang", "qps"], in: repository.folder)
            #expect(!(result.stdout + result.stderr).isEmpty, "\(run.name) printed nothing")
            let output = result.stdout + "\n" + result.stderr
            found += PseudoLanguageCheck.bypasses(
                run.name, output, data: data, quoted: PseudoLanguageCheck.lines(repository.root))
        }
        // The drafted report's comments (in the signatory's languages, but marked under --lang qps).
        // Its keys (`narrative:`, a section's fields) are YAML's syntax.
        let draft = try scratch.read("reports/2026-Q1/polda-ntt.yaml").replacing(
            #/(?m)^[\s#-]*[\w-]+:(?=\s|$)/#, with: "")
        #expect(draft.contains("⟦"), "the draft has no marked comment:\n\(draft)")
        found += PseudoLanguageCheck.bypasses("new-report's file", draft, data: data)
        #expect(found.isEmpty, "text that bypassed the catalogs:\n\(found.joined(separator: "\n"))")
    }

    @Test func aHardCodedWordIsFound() {
        let data: Set<String> = ["kupang"]
        #expect(PseudoLanguageCheck.bypasses("x", "⟦Signatories⟧: Kupang", data: data).isEmpty)
        #expect(
            PseudoLanguageCheck.bypasses("x", "⟦Signatories⟧ Total: Kupang", data: data) == [
                "x: 'Total' in: ⟦Signatories⟧ Total: Kupang"
            ])
        #expect(PseudoLanguageCheck.bypasses("x", #"<td class="late">⟦Late⟧</td> {"name": "⟦a⟧"}"#, data: data).isEmpty)
        #expect(
            PseudoLanguageCheck.bypasses("x", "repo/reports/x.yaml:3:1: error: ⟦a⟧ [missing-field]", data: data).isEmpty
        )
        #expect(
            PseudoLanguageCheck.bypasses("x", #"<svg><rect title="Late: 3"/></svg>"#, data: data) == [
                "x: 'Late' in: Late:"
            ])
    }
}
