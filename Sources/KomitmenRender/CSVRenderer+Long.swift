import KomitmenCore

/// How `summary --format csv` lays out its rows (`--csv-layout`).
public enum CSVLayout: String, Sendable, CaseIterable {
    case wide, long
}

extension CSVRenderer {
    public var longHeader: [String] {
        let labels = Labels.shared
        return [
            labels.signatoryID, labels.signatory, labels.stakeholder, labels.region, labels.indicatorID, labels.quarter,
            labels.reported, labels.value,
            labels.expectedProgress, labels.target,
        ].map { $0.text(language) }
    }

    /// One row per signatory, pledged indicator and quarter of its history (DESIGN.md "History"):
    /// what was reported that quarter, the value by the aggregation rules, the expected progress
    /// then, and the target. Empty cells where nothing was reported; the same quoting and formula
    /// guard as the wide layout.
    func renderLong(_ summary: Summary) -> String {
        var rows = [longHeader]
        for signatory in summary.signatories {
            let common = [
                Self.text(signatory.id), Self.text(signatory.name),
                Self.text(summary.stakeholderName(signatory.stakeholder).text(language)),
                Self.text(signatory.region ?? ""),
            ]
            for indicator in signatory.indicators {
                for entry in indicator.history {
                    rows.append(
                        common + [
                            Self.text(indicator.id), entry.quarter.description, Self.number(entry.reported),
                            Self.number(entry.value), Self.number(entry.expected), Self.number(indicator.target),
                        ])
                }
            }
        }
        return Self.document(rows)
    }
}
