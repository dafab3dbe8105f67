import Testing

@testable import KomitmenYAML

@Suite struct DiagnosticFormatterTests {
    @Test func printsHeadlineSourceLineCaretAndHint() {
        let source = SourceText(path: "reports/2025-Q4/polda-ntt.yaml", text: "values:\n  victims_rescued: 1.234\n")
        let diagnostic = Diagnostic.error(
            .yamlSyntax, source.path, Mark(line: 2, column: 20),
            Phrase(en: "bad", id: "buruk"), hint: Phrase(en: "fix it", id: "perbaiki"))
        let formatter = DiagnosticFormatter { _, line in source.line(line) }
        #expect(
            formatter.format(diagnostic) == """
                reports/2025-Q4/polda-ntt.yaml:2:20: error: bad
                  victims_rescued: 1.234
                                   ^
                hint: fix it
                """)
        var indonesian = formatter
        indonesian.language = .id
        #expect(indonesian.format(diagnostic).hasSuffix("saran: perbaiki"))
    }

    @Test func sourceLines() {
        let source = SourceText(path: "x", text: "a\r\nb\n\nc")
        #expect(source.line(1) == "a")
        #expect(source.line(2) == "b")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "c")
        #expect(source.line(5) == nil)
    }
}

/// Long values and lines are cut for the terminal, the caret still under the mistake.
@Suite struct DiagnosticFormatterLongLineTests {
    @Test func aLongSourceLineIsShownAroundTheCaret() {
        // 300 'a', then 'X' at column 301, then 300 'b'.
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let source = SourceText(path: "x.yaml", text: line + "\n")
        let diagnostic = Diagnostic.error(
            .yamlSyntax, "x.yaml", Mark(line: 1, column: 301), Phrase(en: "bad", id: "buruk"))
        let lines = DiagnosticFormatter { _, number in source.line(number) }.format(diagnostic).split(separator: "\n")
        // 100 characters on each side of the caret's: '…' + 100 'a' + 'X' + 99 'b' + '…'.
        #expect(lines[1] == "…" + String(repeating: "a", count: 100) + "X" + String(repeating: "b", count: 99) + "…")
        // The caret under 'X': one column for '…', then 100.
        #expect(lines[2] == String(repeating: " ", count: 101) + "^")
    }

    @Test func aLongLineNearItsStartHasNoLeadingEllipsis() {
        let line = "name: " + String(repeating: "x", count: 500)
        let source = SourceText(path: "x.yaml", text: line + "\n")
        let diagnostic = Diagnostic.error(
            .yamlSyntax, "x.yaml", Mark(line: 1, column: 7), Phrase(en: "bad", id: "buruk"))
        let lines = DiagnosticFormatter { _, number in source.line(number) }.format(diagnostic).split(separator: "\n")
        // From the start to 100 characters past the caret's (the 7th): 106 characters, then '…'.
        #expect(lines[1] == "name: " + String(repeating: "x", count: 100) + "…")
        #expect(lines[2] == "      ^")
    }

    @Test func aLongMessageIsCutToFourHundredColumns() {
        let value = String(repeating: "v", count: 20_000)
        let diagnostic = Diagnostic.error(
            .yamlSyntax, "x.yaml", Mark(line: 1, column: 1),
            Phrase(en: "unknown signatory '\(value)'", id: "x"),
            hint: Phrase(en: "not '\(value)'", id: "y"))
        let lines = DiagnosticFormatter().format(diagnostic).split(separator: "\n")
        #expect(
            lines[0].count == 400 && lines[0].hasPrefix("x.yaml:1:1: error: unknown signatory 'vvv")
                && lines[0].hasSuffix("v…"))
        #expect(lines[1].count == 400 && lines[1].hasPrefix("hint: not 'vvv") && lines[1].hasSuffix("…"))
    }
}
