import KomitmenYAML
import Testing

@testable import KomitmenCore

/// Section entries hold typed values and marks, read once: what rules, derivations and
/// breakdowns see, on the probe plugin (one field of every kind).
@Suite struct SectionEntryTests {
    static let path = "reports/2025-Q4/example-signatory.yaml"

    /// Decodes a report of the probe plugin's example signatory.
    static func decode(_ body: String) throws -> (Report?, [Diagnostic]) {
        let plugin = Probe.plugin()
        let source = SourceText(path: path, text: StakeholderPlugin.exampleHeader + body)
        let root = try #require(try YAMLDocument.parse(source).root)
        let context = ReportContext(
            declaration: plugin.exampleDeclaration, signatories: ["example-signatory": plugin.exampleSignatory],
            registry: PluginRegistry([plugin]), folderQuarter: Quarter(year: 2025, number: 4))
        var diagnostics: [Diagnostic] = []
        let report = Report.decode(root, context: context, diagnostics: &diagnostics)
        return (report, diagnostics)
    }

    static let body = """
        items:
          - name: first
            n: 7
            amount: 1500000
            day: 2025-11-03
            link: https://example.org/a
            kind: a
            tags: [x, z]
          - {name: second, n: 5, kind: b, tags: x}
          - {name: third, n: 0, kind: a}

        """

    @Test func valuesAreTypedAndMarked() throws {
        let (report, diagnostics) = try Self.decode(Self.body)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.headline() })")
        let entries = try #require(report?.sections["items"])
        try #require(entries.count == 3)
        let first = entries[0]
        #expect(first.text("name") == "first")
        #expect(first.count("n") == 7)
        #expect(first.rupiah("amount") == 1_500_000)
        #expect(first.date("day") == CalendarDate("2025-11-03"))
        #expect(first.text("link") == "https://example.org/a")
        #expect(first.value("link") == .url("https://example.org/a"))
        #expect(first.choice("kind") == "a")
        #expect(first.choices("tags") == ["x", "z"])
        #expect(first.value("tags") == .choices(["x", "z"]))
        // Header lines 1–3, `items:` on 4: the entry starts at 5:5, its `n` value at 6:8.
        #expect(first.mark == Mark(line: 5, column: 5))
        #expect(first.mark(of: "n") == Mark(line: 6, column: 8))
        #expect(first.mark(of: "tags") == Mark(line: 11, column: 11))
        #expect(first.file == Self.path)
        #expect(first.quarter == Quarter(year: 2025, number: 4))
        // One word where a list may stand is a list of one; absent fields read as nothing.
        #expect(entries[1].choices("tags") == ["x"])
        #expect(entries[2].choices("tags") == [])
        #expect(entries[2].rupiah("amount") == nil && entries[2].mark(of: "amount") == nil)
        // Asking for the wrong kind gives nothing rather than a parse of the text.
        #expect(first.count("name") == nil && first.text("n") == nil && first.choice("tags") == nil)
    }

    @Test func derivationsUseTheTypedValues() throws {
        let (report, _) = try Self.decode(Self.body)
        let values = try #require(report?.values)
        #expect(values["items_listed"] == 3)
        #expect(values["items_a"] == 2)  // first, third
        #expect(values["items_x"] == 2)  // first [x, z], second x
        #expect(values["n_total"] == 12)  // 7 + 5 + 0
        #expect(values["amount_total"] == 1_500_000)
    }

    @Test func aWrittenValueThatDiffersIsAnErrorWhereItIsWritten() throws {
        let (report, diagnostics) = try Self.decode("values:\n  n_total: 11\n" + Self.body)
        #expect(report == nil)
        #expect(
            diagnostics.map { $0.headline() } == [
                "\(Self.path):5:12: error: n_total (n_total) is 11 but the entries of Items (items) give 12 (Σ Count)"
            ])
    }

    @Test func breakdownsCountEachWord() throws {
        let (decoded, _) = try Self.decode(Self.body)
        let report = try #require(decoded)
        let plugin = Probe.plugin()
        let repository = Repository(
            root: "r", declaration: plugin.exampleDeclaration, signatories: [plugin.exampleSignatory],
            reports: [report], diagnostics: [])
        let engine = try SummaryEngine(
            repository: repository, registry: PluginRegistry([plugin]), asOf: CalendarDate("2026-02-01")!)
        let breakdowns = engine.breakdowns(
            plugin.exampleSignatory, plugin: plugin, quarter: Quarter(year: 2025, number: 4)!)
        #expect(breakdowns.map(\.field) == ["kind", "tags"])
        #expect(breakdowns[0].counts.map { "\($0.value)=\($0.count)" } == ["a=2", "b=1"])
        #expect(breakdowns[1].counts.map { "\($0.value)=\($0.count)" } == ["x=2", "z=1"])
    }

    @Test func aRuleReportsAtTheFieldOrTheEntry() throws {
        let (_, big) = try Self.decode("items:\n  - {name: big, n: 500, kind: a}\n")
        #expect(big.map { $0.headline() } == ["\(Self.path):5:20: error: n 500 is too big"])
        let (_, odd) = try Self.decode("items:\n  - name: odd\n    n: 1\n    kind: a\n")
        #expect(odd.map { $0.headline() } == ["\(Self.path):5:5: warning: odd entry"])
    }

    @Test func anEntryBuiltByHandKeepsOnlyItsSectionsFields() {
        let entry = SectionEntry(
            names: Probe.section.fieldNames,
            fields: ["n": .init(.count(3), at: Mark(line: 2, column: 4)), "other": .init(.text("x"), at: .fileStart)],
            quarter: Quarter(year: 2025, number: 4)!)
        #expect(entry.count("n") == 3 && entry.mark(of: "n") == Mark(line: 2, column: 4))
        #expect(entry.value("other") == nil)
        #expect(entry.error(.wrongType, at: "n", Phrase(verbatim: "x")).mark == Mark(line: 2, column: 4))
        #expect(entry.error(.wrongType, at: "name", Phrase(verbatim: "x")).mark == .fileStart)
    }
}
