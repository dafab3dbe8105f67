import Foundation
import Testing

@testable import KomitmenCore
@testable import KomitmenRender
@testable import KomitmenText
@testable import KomitmenYAML

/// "Text is text": what a text field may hold, and how repository text is escaped for every
/// place it is shown (terminal, template, table, CSV, Markdown, HTML).
@Suite struct TextEscapingTests {
    // MARK: - What a text field may hold

    struct Flagged: Sendable, CustomTestStringConvertible {
        var text: String
        var multiline: Bool
        /// The expected finding: its offset in characters and its name; nil when the text is clean.
        var expected: (offset: Int, name: String, kind: TextSafety.Kind)?
        var testDescription: String { TerminalText.escape(text) + (multiline ? " (multiline)" : "") }
    }

    static let flagged: [Flagged] = [
        Flagged(text: "Kepolisian Daerah NTT", multiline: false, expected: nil),
        Flagged(text: "日本語 😀 é e\u{301} 👨‍👩‍👧", multiline: false, expected: nil),
        Flagged(text: "\u{1B}[2J\u{1B}]0;TITLE\u{7}", multiline: false, expected: (0, "U+001B ESC", .control)),
        Flagged(text: "ab\u{7}", multiline: false, expected: (2, "U+0007 BEL", .control)),
        Flagged(text: "a\tb", multiline: false, expected: (1, "U+0009 TAB", .control)),
        Flagged(text: "a\tb\nc", multiline: true, expected: nil),
        Flagged(text: "a\r\nb", multiline: true, expected: nil),
        Flagged(text: "a\nb", multiline: false, expected: (1, "U+000A LF", .lineBreak)),
        Flagged(text: "a\rb", multiline: false, expected: (1, "U+000D CR", .lineBreak)),
        Flagged(text: "a\u{2028}b", multiline: false, expected: (1, "U+2028 LS", .lineBreak)),
        Flagged(text: "a\u{7F}", multiline: true, expected: (1, "U+007F DEL", .control)),
        Flagged(text: "a\u{85}b", multiline: true, expected: (1, "U+0085 NEL", .control)),
        Flagged(text: "x\u{9B}31m", multiline: false, expected: (1, "U+009B CSI", .control)),
        Flagged(text: "evil\u{202E}txt.exe", multiline: true, expected: (4, "U+202E RLO", .bidi)),
        Flagged(text: "\u{202A}", multiline: false, expected: (0, "U+202A LRE", .bidi)),
        Flagged(text: "é\u{2066}", multiline: false, expected: (1, "U+2066 LRI", .bidi)),
        Flagged(text: "a\u{2069}", multiline: false, expected: (1, "U+2069 PDI", .bidi)),
        Flagged(text: "a\u{200F}", multiline: false, expected: (1, "U+200F RLM", .bidi)),
        Flagged(text: "ع\u{61C}", multiline: false, expected: (1, "U+061C ALM", .bidi)),
        // Neighbours of the flagged ranges are text.
        Flagged(text: "\u{A0}\u{200D}\u{2030}\u{2065}\u{206A}\u{202F}", multiline: false, expected: nil),
    ]

    @Test(arguments: flagged)
    func textSafetyFindsTheFirstForbiddenCharacter(_ row: Flagged) {
        let finding = TextSafety.firstProblem(in: row.text, multiline: row.multiline)
        #expect(finding?.offset == row.expected?.offset)
        #expect(finding.map { TextSafety.name(of: $0.scalar) } == row.expected?.name)
        #expect(finding?.kind == row.expected?.kind)
    }

    /// The value node of `v:` in a one-line document.
    static func node(_ yaml: String) throws -> Node {
        try #require(try YAMLDocument.parse(SourceText(path: "t.yaml", text: yaml)).root?["v"])
    }

    struct Located: Sendable, CustomTestStringConvertible {
        var yaml: String
        var column: Int
        var message: String
        var testDescription: String { TerminalText.escape(yaml) }
    }

    /// Where the error points: the character itself when the value tells where it was written.
    static let located: [Located] = [
        Located(
            yaml: "v: \"\\e[2J\\e]0;TITLE\\a\"\n", column: 5,
            message: "the text contains a control character (U+001B ESC); remove it"),
        Located(
            yaml: "v: \"ab\\e\"\n", column: 4, message: "the text contains a control character (U+001B ESC); remove it"),
        Located(
            yaml: "v: ab\tcd\n", column: 6, message: "the text contains a control character (U+0009 TAB); remove it"),
        Located(
            yaml: "v: Polda\u{202E}NTT\n", column: 9,
            message:
                "the text contains a bidirectional control character (U+202E RLO), which can make it display in a misleading order; remove it"
        ),
        Located(
            yaml: "v: 'it''s\u{202E}'\n", column: 10,
            message:
                "the text contains a bidirectional control character (U+202E RLO), which can make it display in a misleading order; remove it"
        ),
        Located(
            yaml: "v: two words\u{202E}\n", column: 4,
            message:
                "the text contains a bidirectional control character (U+202E RLO), which can make it display in a misleading order; remove it"
        ),
        Located(
            yaml: "v: |\n  two\n  lines\n", column: 4,
            message: "the text contains a line break (U+000A LF); write it on one line"),
        Located(
            yaml: "v: \"X\\nnarrative: injected\"\n", column: 4,
            message: "the text contains a line break (U+000A LF); write it on one line"),
    ]

    @Test(arguments: located)
    func textErrorsPointAtTheCharacter(_ row: Located) throws {
        let node = try Self.node(row.yaml)
        do {
            _ = try node.text()
            Issue.record("no error for \(row.testDescription)")
        } catch {
            #expect(error.mark == Mark(line: 1, column: row.column))
            #expect(error.message.en == row.message)
            #expect(!error.message.id.isEmpty && error.message.id != error.message.en)
        }
    }

    @Test func narrativeMayHoldLineBreaksAndTabsButNotControls() throws {
        #expect(try Self.node("v: |\n  one\n  \ttwo\n").multilineText() == "one\n\ttwo\n")
        #expect(throws: Diagnostic.self) { try Self.node("v: \"one\\ntwo\\e\"\n").multilineText() }
        // Other kinds of node are still "expected text".
        #expect(throws: Diagnostic.self) { try Self.node("v: [a]\n").multilineText() }
    }

    // MARK: - Terminal

    @Test(arguments: [
        ("plain", "plain"),
        ("\u{1B}[2J\u{1B}]0;TITLE\u{7}", "\\u{1B}[2J\\u{1B}]0;TITLE\\u{7}"),
        ("a\nb\r\nc\td", "a\\nb\\r\\nc\\td"),
        ("x\u{202E}y\u{9B}z\u{7F}", "x\\u{202E}y\\u{9B}z\\u{7F}"),
        ("日本 😀", "日本 😀"),
    ])
    func terminalEscapes(_ text: String, _ shown: String) {
        #expect(TerminalText.escape(text) == shown)
        #expect(TextSafety.isClean(TerminalText.escape(text)))
    }

    @Test func tabsStayInSourceLines() {
        #expect(TerminalText.escape("\ta\u{1B}", keepTabs: true) == "\ta\\u{1B}")
    }

    @Test(arguments: [
        ("abc", 3), ("", 0), ("日本語", 6), ("한국", 4), ("ＡＢ", 4), ("😀", 2), ("e\u{301}", 1), ("👨‍👩‍👧", 2),
        ("🇮🇩", 2), ("❤️", 2), ("❤", 1), ("a\u{200B}b", 2), ("\u{1B}", 6), ("\t", 2),
    ])
    func displayWidth(_ text: String, _ columns: Int) {
        #expect(TerminalText.width(text) == columns)
    }

    @Test func truncateCutsWholeCharactersAndEndsInAnEllipsis() {
        #expect(TerminalText.truncate("short", toWidth: 10) == "short")
        #expect(TerminalText.truncate("abcdefghij", toWidth: 10) == "abcdefghij")
        #expect(TerminalText.truncate("abcdefghijk", toWidth: 10) == "abcdefghi…")
        #expect(TerminalText.truncate("日本語日本語", toWidth: 10) == "日本語日…")
        #expect(TerminalText.width(TerminalText.truncate("日本語日本語", toWidth: 10)) == 9)
        #expect(TerminalText.truncate("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", toWidth: 5) == "👨‍👩‍👧👨‍👩‍👧…")
        #expect(TerminalText.truncate(String(repeating: "x", count: 3000), toWidth: 40).count == 40)
    }

    @Test func formatterEscapesEverythingItPrintsAndKeepsTheCaretUnderTheCharacter() {
        let file = "repo/signatories/a\u{1B}]0;x\u{7}\nb.yaml"
        let source = SourceText(path: file, text: "name: 日本\u{202E}x\u{1B}y\n")
        let diagnostic = Diagnostic.error(
            .controlCharacter, file, Mark(line: 1, column: 11),
            Phrase(en: "unknown field 'a\u{1B}[2J'", id: "kolom 'a\u{1B}[2J' tidak dikenal"),
            hint: Phrase(en: "not \u{9B}", id: "bukan \u{9B}"))
        let formatter = DiagnosticFormatter { _, line in source.line(line) }
        let lines = formatter.format(diagnostic).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(
            lines == [
                "repo/signatories/a\\u{1B}]0;x\\u{7}\\nb.yaml:1:11: error: unknown field 'a\\u{1B}[2J'",
                "name: 日本\\u{202E}x\\u{1B}y",
                // "name: " 6, 日本 4, \u{202E} 8, x 1: the caret is under the escaped ESC.
                String(repeating: " ", count: 19) + "^",
                "hint: not \\u{9B}",
            ])
        #expect(DiagnosticFormatter.caretPadding("\tab", column: 3) == "\t ")
        #expect(DiagnosticFormatter.caretPadding("e\u{301}x", column: 3) == " ")
    }

    // MARK: - Text tables

    @Test func tablesAlignByDisplayWidthAndCutLongCells() {
        #expect(TextTable.defaultMaxWidth == 60)
        var table = TextTable([.left, .left], maxWidth: 40)
        table.add("日本語の名前", "|")
        table.add("abc", "|")
        table.add("😀😀", "|")
        table.add(String(repeating: "x", count: 3000), "|")
        table.add("a\u{1B}[2Jb", "|")
        let lines = table.lines(indent: 0, color: false)
        let bars = lines.map { line in TerminalText.width(String(line.prefix { $0 != "|" })) }
        #expect(Set(bars) == [42], "\(lines)")
        #expect(lines[3] == String(repeating: "x", count: 39) + "…  |")
        #expect(lines[4].hasPrefix("a\\u{1B}[2Jb "))
    }

    // MARK: - Report template

    static func template(name: String, indicator: String = "tppo_cases_investigated", id: String = "polda-ntt")
        -> String
    {
        let declaration = Declaration(
            id: "d", title: LocalizedText("T"), firstQuarter: Quarter("2025-Q3")!, dueDays: 15,
            goals: [Declaration.Goal(id: "protection", title: LocalizedText("P"))])
        let signatory = Signatory(
            id: id, name: name, stakeholder: "police",
            pledges: [
                Pledge(
                    id: "p", text: LocalizedText("x"), goal: "protection",
                    indicators: [IndicatorTarget(indicator: indicator, target: 10, by: Quarter("2026-Q4")!)])
            ])
        return ReportTemplate(
            declaration: declaration, signatory: signatory, plugin: nil, quarter: Quarter("2026-Q1")!,
            audience: .commandLine
        )
        .text()
    }

    /// The keys of a template, top level and under `values:`.
    static func keys(_ yaml: String) throws -> [String] {
        let root = try #require(try YAMLDocument.parse(SourceText(path: "t.yaml", text: yaml)).root)
        let top = root.mapping?.compactMap { $0.key.scalar?.value } ?? []
        let values = root["values"]?.mapping?.compactMap { $0.key.scalar?.value } ?? []
        return top + values.map { "values." + $0 }
    }

    @Test(arguments: [
        "X\nnarrative: injected",
        "X\r\nnarrative: injected",
        "X\rnarrative: injected",
        "X\u{85}narrative: injected",
        "X\u{2028}narrative: injected",
        "X\u{2029}narrative: injected",
        "\u{1B}[2J # \"quoted\" 'single' \\ back",
    ])
    func templateCommentsStayComments(_ name: String) throws {
        let normal = try Self.keys(Self.template(name: "Kepolisian"))
        let hostile = Self.template(name: name)
        #expect(try Self.keys(hostile) == normal)
        #expect(TextSafety.firstProblem(in: hostile, multiline: true) == nil)
        #expect(hostile.contains("# Laporan triwulan 2026-Q1 dari " + TerminalText.escape(name) + "\n"))
    }

    @Test func templateValuesAndKeysAreQuotedWhenNotIds() throws {
        #expect(ReportTemplate.scalar("polda-ntt") == "polda-ntt")
        #expect(ReportTemplate.scalar("victims_rescued") == "victims_rescued")
        #expect(ReportTemplate.scalar("null") == "\"null\"")
        #expect(ReportTemplate.scalar("2025") == "\"2025\"")
        #expect(ReportTemplate.scalar("a: b\n\"c\u{1B}\u{202E}") == "\"a: b\\n\\\"c\\u001B\\u202E\"")
        let text = Self.template(name: "N", indicator: "x\nnarrative: 1", id: "a\nsubmitted: 2020-01-01")
        let root = try #require(try YAMLDocument.parse(SourceText(path: "t.yaml", text: text)).root)
        #expect(root["signatory"]?.scalar?.value == "a\nsubmitted: 2020-01-01")
        #expect(root["values"]?.mapping?.map { $0.key.scalar?.value } == ["x\nnarrative: 1"])
        #expect(root["submitted"]?.isNull == true)
    }

    // MARK: - CSV, Markdown, HTML

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"),
        (" =cmd", "' =cmd"), ("\t=cmd", "'\t=cmd"), ("\r=cmd", "'\r=cmd"), ("\tplain", "'\tplain"),
        ("\rplain", "'\rplain"),
        ("  \t @x", "'  \t @x"), ("\u{A0}=x", "'\u{A0}=x"),
        ("Polda", "Polda"), ("a=b", "a=b"), ("", ""), ("  ", "  "), ("e-mail", "e-mail"),
    ])
    func csvFormulaGuard(_ text: String, _ guarded: String) {
        #expect(CSVRenderer.text(text) == guarded)
    }

    @Test func csvNumbersStayNumbers() {
        #expect(CSVRenderer.number(-5) == "-5")
        #expect(CSVRenderer.number(0.25) == "0.25")
    }

    @Test(arguments: [
        ("a|b", "a\\|b"), ("`code`", "\\`code\\`"), ("<script>", "&lt;script>"), ("# title", "\\# title"),
        ("> quote", "\\> quote"), ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. item", "1\\. item"),
        ("12) x", "12\\) x"),
        ("  - item", "  \\- item"), ("===", "\\==="), ("a\nb\r\nc", "a b  c"), ("a\u{1B}b", "a\\\\u{1B}b"),
        ("x\u{202E}y", "x\\\\u{202E}y"),
        ("[a](javascript:x)", "\\[a\\](javascript:x)"), ("&lt;", "&amp;lt;"), ("$x$", "\\$x\\$"),
        ("a-b 1.5", "a-b 1.5"),
    ])
    func markdownEscapes(_ text: String, _ escaped: String) {
        #expect(MarkdownRenderer.escape(text) == escaped)
    }

    @Test func markdownShowsUnusualIdsAsText() {
        #expect(MarkdownRenderer.code("polda-ntt") == "`polda-ntt`")
        #expect(MarkdownRenderer.code("a`b") == "a\\`b")
    }

    @Test(arguments: [
        ("<b>\"x\" & 'y'</b>", "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"),
        ("a\u{1B}b\u{202E}c", "a\\u{1B}b\\u{202E}c"),
        ("a\nb\tc", "a\nb\tc"),
    ])
    func htmlEscapes(_ text: String, _ escaped: String) {
        #expect(HTML(text: text).markup == escaped)
    }

    @Test func renderersEscapeHostileNames() {
        var summary = RenderSample.summary
        summary.signatories[0].name = "\u{1B}[2J\u{1B}]0;TITLE\u{7}\u{202E}Pemkab"
        summary.declarationTitle = LocalizedText("Title\u{1B}[31m")
        for text in [
            TextRenderer(language: .en).render(summary), StatusGridRenderer(language: .en).render(summary),
            MarkdownRenderer().render(summary), HTMLRenderer().render(summary),
        ] {
            #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
            #expect(text.contains("\\u{1B}"))
        }
        // Colour codes are the only escapes in coloured output.
        let coloured = TextRenderer(language: .en, color: true).render(summary)
        #expect(!coloured.contains("\u{1B}[2J") && !coloured.contains("\u{1B}]0;"))
    }
}
