import Foundation
import Testing

/// DESIGN.md, "Cost is bounded": what is printed is bounded per file and per run (and counted),
/// suggestions are made only for short names, and a source line is shown under its problem on
/// whatever line breaks the file uses.
@Suite struct CostBoundsTests {
    static let report = "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\n"
    static let path = "reports/2025-Q4/polda-ntt.yaml"

    /// A report with `count` unknown indicators, on lines 5, 6, …
    static func unknownIndicators(_ count: Int, signatory: String = "polda-ntt") -> String {
        "signatory: \(signatory)\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n"
            + (0..<count).map { String(format: "  unknown_%05d: 1\n", $0) }.joined()
    }

    static func headlines(_ result: KomitmenBinary.Result) -> [String] {
        result.lines.filter { $0.contains(": error: ") || $0.contains(": warning: ") }
    }

    @Test func atMostAHundredProblemsArePrintedPerFileAndAllAreCounted() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(Self.path, Self.unknownIndicators(20_000))
        let result = try repository.validate()
        #expect(result.status == 1)
        let headlines = Self.headlines(result)
        #expect(headlines.count == 100)
        // The first hundred by position, each with its own line and caret.
        #expect(
            headlines.first == "repo/\(Self.path):5:3: error: unknown indicator 'unknown_00000' for a police signatory")
        #expect(
            headlines.last == "repo/\(Self.path):104:3: error: unknown indicator 'unknown_00099' for a police signatory"
        )
        #expect(result.lines.contains("  unknown_00099: 1"))
        #expect(
            result.lines.contains(
                "repo/\(Self.path): … and 19900 more problems in this file (at most 100 are shown per file)"))
        #expect(result.stdout.hasSuffix("20000 errors, 0 warnings in 8 files\n"))

        let json = try repository.validate(["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["diagnostics"] as? [[String: Any]])?.count == 100)
        #expect((object["diagnostics"] as? [[String: Any]])?.last?["line"] as? Int == 104)
        #expect(object["errors"] as? Int == 20_000)
        #expect(object["omitted"] as? Int == 19_900)
    }

    /// Eleven reports of a hundred errors: the run prints 1,000 (the default), or `--max-errors`.
    @Test(arguments: [
        ([String](), 1000, "… and 100 more problems not shown (at most 1000 are shown; --max-errors 0 shows all)"),
        (
            ["--max-errors", "250"], 250,
            "… and 850 more problems not shown (at most 250 are shown; --max-errors 0 shows all)"
        ),
        (["--max-errors", "0"], 1100, nil),
        (
            ["--max-errors", "1", "--lang", "id"], 1,
            "… dan 1099 masalah lain tidak ditampilkan (paling banyak 1 ditampilkan; --max-errors 0 menampilkan semuanya)"
        ),
    ])
    func atMostMaxErrorsArePrintedPerRun(_ arguments: [String], _ shown: Int, _ note: String?) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        for index in 0..<11 {
            try repository.write("reports/2025-Q4/r\(index).yaml", Self.unknownIndicators(99))
        }
        let result = try repository.validate(arguments)
        #expect(result.status == 1)
        #expect(Self.headlines(result).filter { $0.contains("r") }.count == shown)
        if let note { #expect(result.lines.contains(note), "\(result.stdout.suffix(400))") }
        #expect(!result.stdout.contains("not shown") || note != nil)
        #expect(
            result.stdout.hasSuffix(
                arguments.contains("id")
                    ? "1100 kesalahan, 0 peringatan dalam 19 berkas\n"
                    : "1100 errors, 0 warnings in 19 files\n"))
        let json = try repository.validate(["--format", "json"] + arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["diagnostics"] as? [[String: Any]])?.count == shown)
        #expect(object["omitted"] as? Int == 1100 - shown)
    }

    @Test func aNegativeMaxErrorsIsRefused() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.validate(["--max-errors=-1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--max-errors must be 0 (no limit) or more, not -1"))
    }

    /// `summary`, `status` and `new-report` print the diagnostics that stop them within the same bound.
    @Test(arguments: [
        ["summary", "repo"], ["status", "repo"], ["new-report", "nobody", "repo", "--quarter", "2026-Q1"],
    ])
    func everyCommandThatPrintsDiagnosticsIsBounded(_ command: [String]) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "declaration.yaml", try repository.read("declaration.yaml") + "extra_a: 1\nextra_b: 2\nextra_c: 3\n")
        let result = try repository.run(command + ["--max-errors", "2"])
        #expect(result.status == 1)
        #expect(Self.headlines(result).count == 2, "\(result.stderr)")
        #expect(
            result.lines.contains("… and 1 more problem not shown (at most 2 are shown; --max-errors 0 shows all)"),
            "\(result.stderr)")
    }

    /// "Did you mean" only for short names; a long value gets the plain hint, at once.
    @Test func aLongSignatoryValueGetsNoSuggestion() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let long = String(repeating: "polda-ntt", count: 2_000)
        try repository.write(
            Self.path, Self.report.replacingOccurrences(of: "signatory: polda-ntt", with: "signatory: \(long)"))
        let result = try repository.validate()
        // The terminal gets the headline cut to 400 columns, ending in '…'; the JSON keeps it whole.
        let headline = "repo/\(Self.path):1:12: error: unknown signatory '\(long)'"
        let cut = String(headline.prefix(399)) + "…"
        let printsItCut = result.lines.contains(cut)
        #expect(printsItCut)
        let json = try repository.validate(["--format", "json"]).stdout
        let keepsItWhole = json.contains("\"unknown signatory '\(long)'\"")
        #expect(keepsItWhole)
        #expect(result.lines.contains("hint: signatories are the files in signatories/"))
        // A short slip still gets one.
        try repository.write(
            Self.path, Self.report.replacingOccurrences(of: "signatory: polda-ntt", with: "signatory: polda-nt"))
        #expect(try repository.validate().lines.contains("hint: did you mean 'polda-ntt'?"))
    }

    /// "The goals are: …" lists at most 20 names, then counts the rest.
    @Test func listingsOfNamesAreBounded() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let goals = (1...30).map { String(format: "  - id: goal-%02d\n    title: {id: Tujuan, en: Goal}\n", $0) }
            .joined()
        try repository.write("declaration.yaml", try repository.read("declaration.yaml") + goals)
        let signatory = try repository.read("signatories/pos-kupang.yaml").replacingOccurrences(
            of: "goal: protection", with: "goal: zzzzzzzzzzzz")
        try repository.write("signatories/pos-kupang.yaml", signatory)
        let result = try repository.validate()
        let listed = (1...18).map { String(format: "goal-%02d", $0) }.joined(separator: ", ")
        #expect(
            result.lines.contains("hint: the goals are: official-departure, protection, \(listed) and 12 more"),
            "\(result.stdout)")
    }

    /// The printed line and caret sit under the position libyaml reports, whatever the breaks.
    @Test(arguments: [("LF", "\n"), ("CR LF", "\r\n"), ("CR", "\r"), ("mixed", "mixed")])
    func sourceLineAndCaretFollowEveryKindOfLineBreak(_ name: String, _ lineBreak: String) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let lines = [
            "signatory: polda-ntt", "period: 2025-Q4", "submitted: 2026-01-12", "values:", "  victim_rescued: 1",
            "  tppo_cases_investigated: 3",
        ]
        let breaks = lineBreak == "mixed" ? ["\r", "\r\n", "\n", "\r", "\n"] : Array(repeating: lineBreak, count: 5)
        let text = zip(lines, breaks).map { $0 + $1 }.joined() + lines[5] + (lineBreak == "mixed" ? "\r" : lineBreak)
        try repository.write(Self.path, text)
        let result = try repository.validate()
        let headline = "repo/\(Self.path):5:3: error: unknown indicator 'victim_rescued' for a police signatory"
        let output = result.lines
        let at = try #require(output.firstIndex(of: headline), "\(name): \(result.stdout)")
        #expect(output[at + 1] == "  victim_rescued: 1", "\(name)")
        #expect(output[at + 2] == "  ^", "\(name)")
    }
}
