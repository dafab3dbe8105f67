import KomitmenCore
import KomitmenYAML
import Testing

/// How examples are held to their markers (`PluginExample+Verifying.swift`), on the probe plugin:
/// one row per way an example keeps or breaks its promise, with the words each problem must say.
@Suite struct PluginExampleVerifyingTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var example: PluginExample
        /// One entry per problem expected, in order: words it says. Empty: the example keeps its promise.
        var problems: [String]
        var testDescription: String { name }
    }

    // The runner puts three header lines above each snippet: its first line is line 4.
    static let rows: [Row] = [
        Row(
            name: "a valid example that passes", example: .valid("items:\n  - {name: p, n: 1, kind: a, tags: [x, y]}"),
            problems: []),
        Row(
            name: "a valid example with an error", example: .valid("items:\n  - {name: p, n: -1, kind: a}"),
            problems: [
                "a valid example must pass, but: reports/2025-Q4/example-signatory.yaml:5:18: error: expected a whole number"
            ]),
        Row(
            name: "a valid example with a marker", example: .valid("items:\n  - {name: ↓p, n: 1, kind: a}"),
            problems: ["a valid example has no ↓ marker, but it has 1"]),
        Row(
            name: "an invalid example, its error marked",
            example: .invalid("items:\n  - name: p\n    n: ↓-1\n    kind: a", contains: "whole number"), problems: []),
        Row(
            name: "an invalid example with an unmarked error as well",
            example: .invalid("items:\n  - name: p\n    n: ↓-1\n    kind: c", contains: "whole number"),
            problems: [
                "a diagnostic where no ↓ marks one (mark every place an error points): reports/2025-Q4/example-signatory.yaml:7:11: error: 'c' is not a valid Kind (kind); write one of: a (A), b (B)"
            ]),
        Row(
            name: "an invalid example, both errors marked",
            example: .invalid("items:\n  - name: p\n    n: ↓-1\n    kind: ↓c", contains: "whole number"), problems: []),
        Row(
            name: "an invalid example, its marker a column off",
            example: .invalid("items:\n  - name: p\n    n: -↓1\n    kind: a", contains: "whole number"),
            problems: [
                "no diagnostic at the ↓ marker 6:9\n        n: -1\n            ^", "a diagnostic where no ↓ marks one",
                "an invalid example gives an error at a ↓ marker",
            ]),
        Row(
            name: "an invalid example whose error does not say its words",
            example: .invalid("items:\n  - name: p\n    n: ↓-1\n    kind: a", contains: "whole number", "rupiah"),
            problems: ["no error at a ↓ marker contains [\"whole number\", \"rupiah\"]"]),
        Row(
            name: "an invalid example without a marker",
            example: .invalid("items:\n  - name: p\n    n: -1\n    kind: a", contains: "whole number"),
            problems: [
                "it has no marker. Got:\n  reports/2025-Q4/example-signatory.yaml:6:8: error: expected a whole number"
            ]),
        Row(
            name: "an invalid example that passes",
            example: .invalid("items:\n  - name: ↓p\n    n: 1\n    kind: a", contains: "anything"),
            problems: [
                "no diagnostic at the ↓ marker 5:11",
                "an invalid example gives an error at a ↓ marker; got:\n  (nothing)",
            ]),
        Row(
            name: "an invalid example whose marker is only a warning",
            example: .invalid("items:\n  - ↓name: odd\n    n: 1\n    kind: a", contains: "odd"),
            problems: ["an invalid example gives an error at a ↓ marker"]),
        Row(
            name: "a rule's error at its field",
            example: .invalid("items:\n  - name: big\n    n: ↓500\n    kind: a", contains: "n 500 is too big"),
            problems: []),
        Row(
            name: "a message without Indonesian",
            example: .invalid("items:\n  - name: ↓untranslated\n    n: 1\n    kind: a", contains: "not translated"),
            problems: ["the message has no Indonesian text"]),
        Row(
            name: "a message whose Indonesian is the English",
            example: .invalid("items:\n  - name: ↓same\n    n: 1\n    kind: a", contains: "same words"),
            problems: ["the message's Indonesian text is the English one"]),
        Row(
            name: "a hint without Indonesian",
            example: .invalid("items:\n  - name: ↓hinted\n    n: 1\n    kind: a", contains: "hinted error"),
            problems: ["the hint has no Indonesian text"]),
        Row(
            name: "a hint whose Indonesian is the English",
            example: .invalid("items:\n  - name: ↓hinted-same\n    n: 1\n    kind: a", contains: "hinted error"),
            problems: ["the hint's Indonesian text is the English one"]),
    ]

    @Test(arguments: rows)
    func problems(_ row: Row) {
        let problems = Probe.plugin().run(row.example).problems(for: row.example)
        #expect(problems.count == row.problems.count, "got:\n\(problems.joined(separator: "\n"))")
        for (problem, words) in zip(problems, row.problems) {
            #expect(problem.contains(words), "'\(problem)' does not say '\(words)'")
        }
    }

    /// A broken example fails at the line that wrote it, in the file that wrote it, not in the test.
    @Test func failuresPointAtTheExample() {
        let line = #line + 1  // the line of the example below
        let example = PluginExample.valid("items:\n  - {name: p, n: -1, kind: a}")
        #expect(example.file == #filePath && example.line == line)
        let item = RegisteredExample(plugin: Probe.plugin(examples: [example]), example: example, index: 0)
        withKnownIssue {
            verify(item)
        } matching: { issue in
            issue.sourceLocation?.filePath == #filePath && issue.sourceLocation?.line == line
                && "\(issue)".contains("a valid example must pass")
        }
    }
}
