import KomitmenText
import Testing

/// The byte scan in front of `TextSafety.firstProblem`: multi-line text passes its line breaks and
/// tabs without losing what comes after them, and single-line text still stops at them.
@Suite struct TextSafetyScanTests {
    @Test func multilineTextWithBreaksAndTabsIsClean() {
        #expect(TextSafety.firstProblem(in: "line one\nline two\r\n\tindented", multiline: true) == nil)
    }

    @Test func controlAfterLineBreaksIsFoundInMultilineText() {
        let finding = TextSafety.firstProblem(in: "ab\ncd\u{1B}[31m", multiline: true)
        #expect(finding?.kind == .control)
        #expect(finding?.offset == 5)
    }

    @Test func bidiAfterLineBreaksIsFoundInMultilineText() {
        let finding = TextSafety.firstProblem(in: "ok\nthen \u{202E}evil", multiline: true)
        #expect(finding?.kind == .bidi)
        #expect(finding?.offset == 8)
    }

    @Test func lineBreakAndTabAreProblemsInSingleLineText() {
        #expect(TextSafety.firstProblem(in: "a\nb")?.kind == .lineBreak)
        #expect(TextSafety.firstProblem(in: "a\tb")?.kind == .control)
        #expect(TextSafety.firstProblem(in: "a\u{2028}b", multiline: false)?.kind == .lineBreak)
        #expect(!TextSafety.isClean("tab\there"))
    }

    @Test func plainAndNonASCIITextIsClean() {
        #expect(TextSafety.firstProblem(in: "Kupang, Nusa Tenggara Timur — é ü 日本") == nil)
        #expect(TextSafety.isClean(String(repeating: "abcdefgh", count: 40)))
        #expect(TextSafety.firstProblem(in: "") == nil)
    }
}
