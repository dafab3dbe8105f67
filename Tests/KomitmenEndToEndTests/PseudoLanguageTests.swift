import Foundation
import KomitmenCore
import KomitmenRegistry
import Testing

/// `--lang qps`, the pseudo-language, over every command's output: each phrase prints marked
/// `⟦…⟧`, so a word outside the marks that is neither the repository's data nor the format's
/// syntax was written past the catalogs (CONTRIBUTING.md, "Languages").
@Suite struct PseudoLanguageTests {
    /// A word: three letters or more.
    static var word: Regex<Substring> { #/\p{L}{3,}/# }

    /// What each format writes that is not language: markup, keys, codes, ids, paths, options.
    static func strippingSyntax(_ text: String) -> String {
        // What a page shows in an attribute (a tooltip, a screen reader's label) is text too.
        let shown = text.matches(of: #/(?:title|aria-label|alt|placeholder)="([^"]*)"/#).map { String($0.1) }
        var text = ([text] + shown).joined(separator: "\n")
        let patterns: [Regex<Substring>] = [
            // argument-parser's own words around an option's error (ours is marked inside)
            #/(?m)^(?:Usage|Help): .*$/#, #/(?m)^\s*See '.*$/#, #/Error: The value '[^']*' is invalid for '[^']*': /#,
            #/<style[\s\S]*?</style>/#, #/<script[\s\S]*?</script>/#, #/<!--[\s\S]*?-->/#, #/<[^>]*>/#,
            #/&[#\w]+;/#,  // HTML
            #/"(?:[^"\\]|\\.)*"\s*:/#, #/"[a-z][a-z0-9-]*"/#,  // JSON keys, and codes as values
            #/\\(?:u[0-9A-Fa-f]{4}|[^u])/#,  // JSON escapes: \n, \"
            #/(?m)^[a-z][a-z0-9-]*(?=\s{2})/#,  // a code heading a row of `diagnostics`
            #/[A-Za-z][\w+.-]*:\/\/[^\s"⟦⟧]+/#, #/[\w.@-]+@[\w.-]+/#,  // addresses
            #/\b[\p{L}\d]+(?:[-_.][\p{L}\d]+)+\b/#,  // codes, ids, file names: missing-field, tppo_cases
            #/[\w-]*\d[\w-]*/#,  // numbers, dates, tokens
            #/(?m)(?:^|[\s'\[(])--?[a-z][a-z-]*/#,  // options
            #/[^\s"⟦⟧]*\/[^\s"⟦⟧]*/#,  // paths
            #/`[^`]*`/#,  // code in Markdown
        ]
        for pattern in patterns { text = text.replacing(pattern, with: " ") }
        return text
    }

    /// The format's own words, and komitmen's name.
    static let syntaxWords: Set<String> = [
        "komitmen", "true", "false", "null", "error", "warning", "yaml", "csv", "json", "html", "eml", "utf",
        "svg", "xmlns", "http", "https", "www", "idr", "repo",
    ]

    /// What the plugins name in code, which every language shows as it is: kinds, indicator ids,
    /// units, aggregations, directions, sections, fields, choices; and the months, which the
    /// pseudo-language writes as English does (`Language+Conventions.swift`).
    static let schemaWords: Set<String> = {
        // The plugin contract's own names head the columns of `plugins --format markdown`.
        var words: Set<String> = ["indicator", "unit", "aggregation", "direction", "field", "kind"]
        words.formUnion(Language.en.monthNames.map { $0.lowercased() })
        func add(_ text: String) {
            for match in text.matches(of: #/\p{L}+/#) { words.insert(match.output.lowercased()) }
        }
        for plugin in compiledInPlugins.plugins {
            add(plugin.kind)
            for indicator in plugin.indicators {
                [indicator.id, indicator.unit.rawValue, indicator.aggregation.rawValue, indicator.direction.rawValue]
                    .forEach(add)
            }
            for section in plugin.sections {
                add(section.name)
                for field in section.fields {
                    add(field.name)
                    switch field.kind {
                    case .choice(let values), .choices(let values): values.forEach(add)
                    default: break
                    }
                }
            }
        }
        return words
    }()

    /// Every word the files of `root` give as a value (not their keys nor comments): the
    /// repository's data, which every language shows as written.
    static func dataWords(_ root: URL) -> Set<String> {
        var words: Set<String> = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                let value = line.replacing(#/^\s*(?:-\s+)?[\w-]+:(?:\s|$)/#, with: "")
                for match in value.matches(of: #/\p{L}+/#) { words.insert(match.output.lowercased()) }
            }
        }
        return words
    }

    /// Every line of the files of `root`, trimmed: `validate` quotes them under their problems.
    static func lines(_ root: URL) -> Set<String> {
        var lines: Set<String> = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") { lines.insert(line.trimmingCharacters(in: .whitespaces)) }
        }
        return lines
    }

    /// The text outside `⟦…⟧` (marks may nest: a marked phrase holding another).
    static func unmarked(_ line: Substring) -> String {
        var depth = 0
        var out = ""
        for character in line {
            if character == "⟦" {
                depth += 1
            } else if character == "⟧" {
                depth = max(0, depth - 1)
                out.append(" ")
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    /// "command: 'word' in: line" for every word of `output` that bypassed the catalogs.
    static func bypasses(
        _ command: String, _ output: String, data: Set<String>, quoted: Set<String> = []
    ) -> [String] {
        var found: [String] = []
        // Markup first, as a tag may span lines; then line by line, the marks removed. A line of a
        // repository's file, quoted under its diagnostic, is data.
        let unquoted = output.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !quoted.contains($0.trimmingCharacters(in: .whitespaces))
        }
        for line in strippingSyntax(unquoted.joined(separator: "\n")).split(separator: "\n") {
            let rest = strippingSyntax(unmarked(line))
            for match in rest.matches(of: word) {
                let word = match.output.lowercased()
                guard !data.contains(word), !syntaxWords.contains(word), !schemaWords.contains(word) else { continue }
                found.append("\(command): '\(match.output)' in: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return found
    }

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
        let data = Self.dataWords(valid.root).union(Self.dataWords(broken.root))
        var found: [String] = []
        for run in Self.runs {
            let repository = run.onBroken ? broken : run.writes ? scratch : valid
            let result = try KomitmenBinary.run(run.arguments + ["--lang", "qps"], in: repository.folder)
            #expect(!(result.stdout + result.stderr).isEmpty, "\(run.name) printed nothing")
            let output = result.stdout + "\n" + result.stderr
            found += Self.bypasses(run.name, output, data: data, quoted: Self.lines(repository.root))
        }
        // The drafted report's comments (in the signatory's languages, but marked under --lang qps).
        // Its keys (`narrative:`, a section's fields) are YAML's syntax.
        let draft = try scratch.read("reports/2026-Q1/polda-ntt.yaml").replacing(
            #/(?m)^[\s#-]*[\w-]+:(?=\s|$)/#, with: "")
        #expect(draft.contains("⟦"), "the draft has no marked comment:\n\(draft)")
        found += Self.bypasses("new-report's file", draft, data: data)
        #expect(found.isEmpty, "text that bypassed the catalogs:\n\(found.joined(separator: "\n"))")
    }

    @Test func aHardCodedWordIsFound() {
        let data: Set<String> = ["kupang"]
        #expect(Self.bypasses("x", "⟦Signatories⟧: Kupang", data: data).isEmpty)
        #expect(
            Self.bypasses("x", "⟦Signatories⟧ Total: Kupang", data: data) == [
                "x: 'Total' in: ⟦Signatories⟧ Total: Kupang"
            ])
        #expect(Self.bypasses("x", #"<td class="late">⟦Late⟧</td> {"name": "⟦a⟧"}"#, data: data).isEmpty)
        #expect(Self.bypasses("x", "repo/reports/x.yaml:3:1: error: ⟦a⟧ [missing-field]", data: data).isEmpty)
        #expect(Self.bypasses("x", #"<svg><rect title="Late: 3"/></svg>"#, data: data) == ["x: 'Late' in: Late:"])
    }
}
