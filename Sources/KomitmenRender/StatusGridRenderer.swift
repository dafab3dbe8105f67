import KomitmenCore

/// `komitmen status`: the signatory × quarter grid of filing states in the terminal, one row per
/// signatory grouped by stakeholder kind, a completeness row per quarter, and a legend. Symbols
/// carry the meaning; colour, when asked for, only repeats it.
public struct StatusGridRenderer: SummaryRenderer {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    private var labels: Labels { .shared }
    private func t(_ phrase: Phrase) -> String { phrase.text(language) }

    public func render(_ summary: Summary) -> String {
        let numbers = HumanNumbers(language)
        var lines = [
            ANSIStyle.bold.paint(TerminalText.escape(summary.declarationTitle.text(language)), enabled: color),
            "\(t(labels.filingByQuarter)) · \(t(labels.asOf)) \(numbers.date(summary.asOf)) (\(summary.asOf))",
            "",
        ]
        let columns = summary.quarters.count
        var table = TextTable(
            [.left] + Array(repeating: .right, count: columns) + [.left],
            header: [t(labels.signatory)] + summary.quarters.map(\.description) + [""])
        var previousKind: String?
        for signatory in summary.signatories {
            if signatory.stakeholder != previousKind {
                previousKind = signatory.stakeholder
                table.add(
                    [.init(t(summary.stakeholderName(signatory.stakeholder)), .bold)]
                        + Array(repeating: .init(""), count: columns + 1))
            }
            var cells: [TextTable.Cell] = [.init("  " + signatory.id)]
            for index in 0..<columns {
                let state = signatory.filing(atQuarter: index)
                // Centre the symbol under the quarter label (7 characters wide).
                cells.append(.init(state.symbol + "   ", ANSIStyle.of(state)))
            }
            cells.append(.init(signatory.name, .dim))
            table.add(cells)
        }
        table.add(
            [.init(t(labels.completeness), .bold)]
                + summary.filingByQuarter.map { .init(numbers.percent($0.completeness) + " ") } + [.init("")])
        table.add(
            [.init(t(labels.timeliness), .bold)]
                + summary.filingByQuarter.map { .init(numbers.percent($0.timeliness) + " ") } + [.init("")])
        lines += table.lines(indent: 0, color: color)
        lines.append("")
        lines.append(
            t(labels.legend) + ": "
                + FilingState.displayOrder.map {
                    ANSIStyle.of($0).paint($0.symbol, enabled: color) + " " + t($0.label)
                }.joined(separator: "   "))
        if summary.signatories.isEmpty { lines.append(t(labels.noSignatories)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
