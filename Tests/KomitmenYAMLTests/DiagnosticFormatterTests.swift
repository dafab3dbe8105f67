import Testing
@testable import KomitmenYAML

@Suite struct DiagnosticFormatterTests {
    @Test func printsHeadlineSourceLineCaretAndHint() {
        let source = SourceText(path: "reports/2025-Q4/polda-ntt.yaml", text: "values:\n  victims_rescued: 1.234\n")
        let diagnostic = Diagnostic.error(.yamlSyntax, source.path, Mark(line: 2, column: 20),
                                          Phrase(en: "bad", id: "buruk"), hint: Phrase(en: "fix it", id: "perbaiki"))
        let formatter = DiagnosticFormatter { _, line in source.line(line) }
        #expect(formatter.format(diagnostic) == """
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
