import Foundation
import Testing

/// Columns count Unicode scalars, as libyaml does (docs/diagnostics.md), and the caret is placed by
/// the width a terminal gives the text before it: it stays under the mistake after a flag emoji,
/// a combining accent or a wide CJK character.
@Suite struct CaretColumnTests {
    /// A one-line report whose unknown field `bogus` comes after `narrative: "TEXT"`.
    static func report(_ narrative: String) -> String {
        "{signatory: polda-ntt, period: 2025-Q4, submitted: 2026-01-12, narrative: \"\(narrative)\", bogus: 1}\n"
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var narrative: String
        /// Worked out by hand: 75 scalars before the narrative's text, then its scalars, then the
        /// 3 of `", `; the column is one past them: 79 + the text's scalars.
        var column: Int
        /// Blanks before the caret: 75 + 3, plus the text's terminal width.
        var padding: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // "ab": 2 scalars, 2 columns wide.
        Case(name: "ASCII", narrative: "ab", column: 79 + 2, padding: 78 + 2),
        // 🇮🇩 is two regional-indicator scalars drawn as one flag two columns wide.
        Case(name: "flag emoji", narrative: "\u{1F1EE}\u{1F1E9}", column: 79 + 2, padding: 78 + 2),
        // e + U+0301: two scalars, one column.
        Case(name: "combining accent", narrative: "e\u{301}", column: 79 + 2, padding: 78 + 1),
        // 国: one scalar, two columns.
        Case(name: "wide CJK character", narrative: "\u{56FD}", column: 79 + 1, padding: 78 + 2),
        // 👍🏽: a thumbs-up and a skin-tone modifier, two scalars, one picture two columns wide.
        Case(name: "emoji with a modifier", narrative: "\u{1F44D}\u{1F3FD}", column: 79 + 2, padding: 78 + 2),
        // All of them with spaces: 2 + 1 + 2 + 1 + 1 scalars; 2 + 1 + 1 + 1 + 2 columns.
        Case(name: "mixed", narrative: "\u{1F1EE}\u{1F1E9} e\u{301} \u{56FD}", column: 79 + 7, padding: 78 + 7),
    ]

    @Test(arguments: cases)
    func caretSitsUnderTheMistake(_ test: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let text = Self.report(test.narrative)
        try repository.write("reports/2025-Q4/polda-ntt.yaml", text)
        let result = try repository.validate()
        let headline = "repo/reports/2025-Q4/polda-ntt.yaml:1:\(test.column): error: unknown field 'bogus'"
        #expect(result.status == 1)
        let lines = result.lines
        guard let index = lines.firstIndex(of: headline) else {
            Issue.record("missing: \(headline)\ngot:\n\(result.stdout)")
            return
        }
        #expect(lines[index + 1] == String(text.dropLast()))
        #expect(lines[index + 2] == String(repeating: " ", count: test.padding) + "^")
    }
}
