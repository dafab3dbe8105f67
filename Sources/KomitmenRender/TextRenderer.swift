import KomitmenCore

/// The summary in the terminal: plain text in aligned columns, ANSI colour only when asked.
public struct TextRenderer: SummaryRenderer {
    public var language: Language
    /// Colour the states and statuses; the command asks only when stdout is a terminal and
    /// `NO_COLOR` is unset.
    public var color: Bool

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    private var labels: Labels { .shared }
    private var numbers: HumanNumbers { HumanNumbers(language) }
    private func t(_ phrase: Phrase) -> String { phrase.text(language) }
    /// Repository text outside a table (tables escape their own cells).
    private func e(_ text: String) -> String { TerminalText.escape(text) }

    public func render(_ summary: Summary) -> String {
        var lines: [String] = []
        lines += header(summary)
        lines += filing(summary)
        lines += lateAndMissing(summary)
        lines += reviews(summary)
        lines += rollups(t(labels.byStakeholder), summary.stakeholders)
        lines += rollups(t(labels.byGoal), summary.goals)
        lines += totals(summary)
        lines += signatories(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ text: String) -> [String] {
        ["", ANSIStyle.bold.paint(text.uppercased(), enabled: color)]
    }

    private func header(_ summary: Summary) -> [String] {
        var table = TextTable([.left, .left])
        table.add(t(labels.quarter), summary.quarter.description)
        table.add(t(labels.asOf), "\(numbers.date(summary.asOf)) (\(summary.asOf))")
        table.add(t(labels.dueDate), "\(numbers.date(summary.dueDate)) (\(summary.dueDate))")
        if let secretariat = summary.secretariat { table.add(t(labels.secretariat), secretariat) }
        return [
            ANSIStyle.bold.paint(e(summary.declarationTitle.text(language)), enabled: color),
            e(summary.heading(language)),
        ]
            + table.lines(color: color)
    }

    private func filing(_ summary: Summary) -> [String] {
        var table = TextTable([.left, .right])
        for state in FilingState.displayOrder {
            table.add([.init(t(state.label), ANSIStyle.of(state)), .init(numbers.integer(summary.filing.count(state)))])
        }
        table.add([.init(t(labels.expected), .bold), .init(numbers.integer(summary.filing.expected), .bold)])
        table.add([.init(t(labels.completeness), .bold), .init(numbers.percent(summary.filing.completeness), .bold)])
        table.add([.init(t(labels.timeliness), .bold), .init(numbers.percent(summary.filing.timeliness), .bold)])
        return heading(t(labels.filing)) + table.lines(color: color)
    }

    private func lateAndMissing(_ summary: Summary) -> [String] {
        var lines = heading(t(labels.lateReports))
        var late = TextTable([.left, .left, .left, .left])
        for signatory in summary.lateSignatories {
            late.add([
                .init(signatory.id), .init(signatory.name), .init(signatory.filingText(language), .yellow),
                .init(signatory.submitted.map { "\(t(labels.submitted)) \($0)" } ?? ""),
            ])
        }
        lines += late.rows.isEmpty ? ["  " + t(labels.noLateReports)] : late.lines(color: color)
        lines += heading(t(labels.missingReports))
        var missing = TextTable([.left, .left, .left])
        for signatory in summary.missingSignatories {
            missing.add([
                .init(signatory.id), .init(signatory.name), .init(t(summary.stakeholderName(signatory.stakeholder))),
            ])
        }
        lines += missing.rows.isEmpty ? ["  " + t(labels.noMissingReports)] : missing.lines(color: color)
        return lines
    }

    /// A multi-line comment, each line escaped for the terminal, continued lines indented.
    private func indented(_ text: String, by indent: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }
            .joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// The quarter's reports by review state, then those sent back, with what was asked.
    private func reviews(_ summary: Summary) -> [String] {
        var lines = heading(t(labels.reviews))
        var counts = TextTable([.left, .right])
        for state in ReviewState.allCases {
            counts.add(t(state.label), numbers.integer(summary.reviewCounts[state] ?? 0))
        }
        lines += counts.lines(color: color)
        let sentBack = summary.signatories.filter { $0.review?.state == .changesRequested }
        lines.append("")
        lines.append("  " + t(labels.changesRequested) + ":")
        if sentBack.isEmpty { lines.append("    " + t(labels.noChangesRequested)) }
        for signatory in sentBack {
            let review = signatory.review
            lines.append(
                "    " + e("\(signatory.name) (\(signatory.id))") + " · "
                    + e(t(labels.reviewedBy(.changesRequested, by: review?.by, on: review?.on))))
            if let comment = review?.comment { lines.append("      " + indented(comment, by: 6)) }
        }
        return lines
    }

    private func rollups(_ title: String, _ rollups: [Rollup]) -> [String] {
        let lines = heading(title)
        var filing = TextTable(
            [.left, .right] + Array(repeating: .right, count: FilingState.displayOrder.count + 2),
            header: [t(labels.filing), t(labels.signatoryCount)] + FilingState.displayOrder.map { t($0.label) }
                + [t(labels.completeness), t(labels.timeliness)])
        var statuses = TextTable(
            [.left] + Array(repeating: .right, count: IndicatorStatus.allCases.count + 1),
            header: [t(labels.indicatorStatuses), t(labels.indicators)] + IndicatorStatus.allCases.map { t($0.label) })
        for rollup in rollups {
            let name = t(rollup.name)
            filing.add(
                [.init(name), .init(numbers.integer(rollup.signatoryCount))]
                    + FilingState.displayOrder.map { state in
                        let count = rollup.filing.count(state)
                        return .init(numbers.integer(count), count > 0 ? ANSIStyle.of(state) : .dim)
                    }
                    + [
                        .init(numbers.percent(rollup.filing.completeness)),
                        .init(numbers.percent(rollup.filing.timeliness)),
                    ])
            statuses.add(
                [.init(name), .init(numbers.integer(rollup.indicatorCount))]
                    + IndicatorStatus.allCases.map { status in
                        let count = rollup.statuses[status] ?? 0
                        return .init(numbers.integer(count), count > 0 ? ANSIStyle.of(status) : .dim)
                    })
        }
        return lines + filing.lines(color: color) + [""] + statuses.lines(color: color)
    }

    private func totals(_ summary: Summary) -> [String] {
        let lines = heading(t(labels.provinceTotals))
        guard !summary.totals.isEmpty else { return lines + ["  " + t(labels.noTotals)] }
        var table = TextTable(
            [.left, .right, .left, .left],
            header: [t(labels.indicator), t(labels.total), t(labels.signatoriesReporting), ""])
        for total in summary.totals {
            table.add([
                .init(t(total.label)), .init(numbers.value(total.value, unit: total.unit)),
                .init(t(labels.signatoryCount(total.signatoryCount))),
                .init(t(labels.aggregation(total.aggregation)), .dim),
            ])
        }
        return lines + table.lines(color: color)
    }

    private func signatories(_ summary: Summary) -> [String] {
        var lines = heading(t(labels.signatories))
        if summary.signatories.isEmpty { lines.append("  " + t(labels.noSignatories)) }
        for signatory in summary.signatories {
            let kind = t(summary.stakeholderName(signatory.stakeholder))
            let place = e([kind, signatory.region.map(summary.regionName)].compactMap { $0 }.joined(separator: " · "))
            lines.append("")
            lines.append(
                "  " + ANSIStyle.bold.paint(e("\(signatory.name) (\(signatory.id))"), enabled: color)
                    + " · " + place + " · "
                    + ANSIStyle.of(signatory.filing).paint(signatory.filingText(language), enabled: color)
                    + (signatory.review.map { " · " + t(labels.review) + ": " + t($0.state.label) } ?? ""))
            if let comment = signatory.review?.comment {
                lines.append("    " + t(labels.reviewComment) + ": " + indented(comment, by: 6))
            }
            var table = TextTable([.left, .right, .right, .right, .left])
            for indicator in signatory.indicators {
                let value =
                    numbers.value(indicator.value, unit: indicator.unit)
                    + " / " + numbers.value(indicator.target, unit: indicator.unit)
                table.add([
                    .init(t(indicator.label)), .init(value), .init(numbers.percent(indicator.progress)),
                    .init(t(labels.expectedMarker) + " " + numbers.percent(indicator.expected), .dim),
                    .init(t(indicator.status.label), ANSIStyle.of(indicator.status)),
                ])
            }
            lines += table.rows.isEmpty ? ["    " + t(labels.noIndicators)] : table.lines(indent: 4, color: color)
            for breakdown in signatory.breakdowns where !breakdown.counts.isEmpty {
                let counts = e(
                    breakdown.counts.map { "\(t(breakdown.label(of: $0.value))) \(numbers.integer($0.count))" }
                        .joined(separator: ", "))
                lines.append(
                    "    "
                        + ANSIStyle.dim.paint(
                            e("\(t(breakdown.sectionLabel)) · \(t(breakdown.fieldLabel)):"), enabled: color) + " "
                        + counts)
            }
        }
        return lines
    }
}
