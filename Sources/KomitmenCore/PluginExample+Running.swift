import KomitmenYAML

/// Runs a plugin's examples through the same checks a real report gets.
extension StakeholderPlugin {
    /// The report header put above every example snippet.
    public static let exampleHeader = "signatory: example-signatory\nperiod: 2025-Q4\nsubmitted: 2026-01-10\n"

    /// The outcome of one example: its diagnostics and where its markers point.
    public struct ExampleOutcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Where each `↓` marker stood, in text order.
        public var markers: [Mark]
        public var source: SourceText
    }

    /// Validates an example as a report of a signatory of this kind that pledged every indicator.
    public func run(_ example: PluginExample) -> ExampleOutcome {
        let (text, markers) = Self.removeMarkers(from: Self.exampleHeader + example.yaml + "\n")
        let path = "reports/2025-Q4/example-signatory.yaml"
        let source = SourceText(path: path, text: text)
        var diagnostics: [Diagnostic] = []
        do {
            if let root = try YAMLDocument.parse(source).root {
                let context = ReportContext(
                    declaration: exampleDeclaration, signatories: ["example-signatory": exampleSignatory],
                    registry: PluginRegistry([self]), folderQuarter: Quarter(year: 2025, number: 4))
                _ = Report.decode(root, context: context, diagnostics: &diagnostics)
            }
        } catch {
            diagnostics.append(error.diagnostic(file: path))
        }
        return ExampleOutcome(diagnostics: diagnostics.sorted(), markers: markers, source: source)
    }

    var exampleDeclaration: Declaration {
        Declaration(
            id: "example", title: LocalizedText("Example"), firstQuarter: Quarter(year: 2025, number: 3)!, dueDays: 15,
            goals: [Declaration.Goal(id: "protection", title: LocalizedText("Protection"))])
    }

    /// A signatory of this kind that pledged every indicator (decreasing ones from 100 down to 0).
    /// Its trajectories start after the examples' quarter: a snippet shows one part of a report,
    /// and is not asked for every pledged value (`not-reported`).
    var exampleSignatory: Signatory {
        let by = Quarter(year: 2026, number: 4)!
        let from = Quarter(year: 2026, number: 1)!
        let targets = indicators.map { indicator in
            indicator.direction == .decrease
                ? IndicatorTarget(indicator: indicator.id, target: 0, by: by, baseline: 100, from: from)
                : IndicatorTarget(
                    indicator: indicator.id, target: Self.exampleTarget(indicator.unit), by: by, from: from)
        }
        return Signatory(
            id: "example-signatory", name: "Example", stakeholder: kind,
            pledges: [Pledge(id: "all", text: LocalizedText("All"), goal: "protection", indicators: targets)])
    }

    /// An increasing example target: high enough that no example's value is implausible (above
    /// ten times it), as an example shows one thing at a time.
    static func exampleTarget(_ unit: IndicatorUnit) -> Double {
        switch unit {
        case .count: 1_000_000
        case .rupiah: 1_000_000_000_000
        case .percent, .boolean: 100
        }
    }

    /// The text without its `↓` markers, and the line and column each stood at. Columns count
    /// Unicode scalars and lines end at line feeds, as libyaml counts them for diagnostics.
    static func removeMarkers(from text: String) -> (String, [Mark]) {
        var line = 1
        var column = 1
        var markers: [Mark] = []
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == PluginExample.markerScalar {
                markers.append(Mark(line: line, column: column))
                continue
            }
            output.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(output), markers)
    }
}
