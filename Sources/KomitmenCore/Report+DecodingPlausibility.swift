import KomitmenYAML

/// DESIGN.md, "Blank is not zero": a pledged indicator without a value is not reported (a
/// warning), a report of nothing is an error, a value above ten times its target (or, for a `sum`
/// indicator, ten times an earlier quarter's largest) is a warning.
extension Report {
    /// A `sum` value large enough to be implausible next to an earlier quarter's largest, and
    /// where it stands. The earlier reports are known only once the whole repository is read
    /// (`Report.implausibleSums`), so each report keeps these few until then.
    struct LargeSum: Sendable {
        var indicator: String
        var label: Phrase
        var value: Double
        var mark: Mark
    }

    /// The blank pledged indicators (one warning each) and the report of nothing (an error), at
    /// the `values:` key or, without one, the document's start.
    static func checkBlanks(
        _ values: Report.WrittenValues, fields: borrowing FieldReader, entry: ReportContext.SignatoryEntry?,
        period: Quarter?, _ diagnostics: inout [Diagnostic]
    ) {
        guard let entry, let plugin = entry.plugin, let period else { return }
        let file = fields.node.file
        let mark = fields.keyMark(of: "values") ?? .fileStart
        if !values.writesAnyValue && values.entryCount == 0 {
            diagnostics.append(
                .error(.emptyReport, file, mark, CoreWords.reportsNothing, hint: CoreWords.writeEachPledgedValue))
            return
        }
        for index in entry.pledges.indices {
            guard let pledge = entry.pledges[index], pledge.isDue(in: period), !values.reported[index] else { continue }
            let blank = values.blanks.first { $0.index == index }?.mark
            let indicator = plugin.plugin.indicators[index]
            diagnostics.append(
                .warning(
                    .notReported, file, blank ?? mark,
                    CoreWords.notReported(indicator.label, id: indicator.id, period)))
        }
    }

    /// The warnings of a report's large `sum` values against the largest value of the same
    /// indicator in `earlier` (the signatory's reports of earlier quarters, any order).
    static func implausibleSums(_ sums: [LargeSum], file: String, earlier: [Report]) -> [Diagnostic] {
        guard !sums.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for sum in sums {
            var largest: (value: Double, quarter: Quarter)?
            for report in earlier {
                guard let value = report.values[sum.indicator] else { continue }
                // Ties go to the earliest quarter, so the message does not depend on the order read.
                if let known = largest, value < known.value || (value == known.value && report.period > known.quarter) {
                    continue
                }
                largest = (value, report.period)
            }
            guard let largest, largest.value >= PledgedIndicator.smallestPrevious,
                PledgedIndicator.isImplausible(sum.value, against: largest.value)
            else { continue }
            diagnostics.append(
                .warning(
                    .implausibleValue, file, sum.mark,
                    CoreWords.aboveTenTimesEarlier(
                        sum.label, id: sum.indicator, value: formatNumber(sum.value),
                        largest: formatNumber(largest.value),
                        quarter: largest.quarter),
                    hint: CoreWords.checkTheValue))
        }
        return diagnostics
    }
}

extension Report.WrittenValues {
    /// A value above ten times its pledge's reference is a warning at it; a `sum` value that is not
    /// and may be next to earlier quarters is kept for that check.
    mutating func checkPlausibility(
        _ value: Double, of indicator: String, label: Phrase, pledge: PledgedIndicator?, at node: Node,
        _ diagnostics: inout [Diagnostic]
    ) {
        guard let pledge else { return }
        if let reference = pledge.reference, PledgedIndicator.isImplausible(value, against: reference) {
            diagnostics.append(
                node.warning(
                    .implausibleValue,
                    CoreWords.aboveTenTimesTarget(
                        label, id: indicator, value: formatNumber(value), target: formatNumber(reference)),
                    hint: CoreWords.checkTheValue))
        } else if pledge.sums && value > PledgedIndicator.smallestSuspectSum {
            largeSums.append(Report.LargeSum(indicator: indicator, label: label, value: value, mark: node.mark))
        }
    }
}
