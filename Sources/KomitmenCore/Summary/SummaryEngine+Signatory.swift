import KomitmenYAML

/// One signatory's row of the summary: its filing, its filing history and every pledged
/// indicator with its history, from its own reports only (so signatories are worked on in parallel).
extension SummaryEngine {
    /// `quarters` are the grid's (the declaration's first through `quarter`), `dues` their due dates.
    func signatorySummary(
        _ signatory: Signatory, quarter: Quarter, quarters: [Quarter], dues: [CalendarDate], asOf: CalendarDate
    ) -> SignatorySummary {
        let known = knownReports(signatory.id)
        let first = signatory.firstQuarter(declaration)
        var history: [FilingState] = []
        history.reserveCapacity(quarters.count)
        if let start = quarters.first {
            var cursor = known.cursor(from: start)
            for (index, at) in quarters.enumerated() {
                let submitted = cursor.nextIndex().map { known[$0].submitted }
                history.append(filing(submitted: submitted, expected: at >= first, due: dues[index], asOf: asOf).state)
            }
        }
        let report = known.report(quarter)
        let (state, daysLate) = filing(
            report, expected: quarter >= first, due: dues.last ?? declaration.dueDate(quarter), asOf: asOf)
        let plugin = registry.plugin(signatory.stakeholder)
        let indicators = signatory.targets.map { pledge, target in
            indicatorSummary(signatory, pledge, target, plugin: plugin, quarter: quarter, known: known)
        }
        var summary = SignatorySummary(
            id: signatory.id, name: signatory.name, stakeholder: signatory.stakeholder, region: signatory.region,
            filing: state, daysLate: daysLate, submitted: report?.submitted, history: history,
            indicators: indicators, breakdowns: breakdowns(plugin: plugin, report: report))
        summary.review = review(signatory.id, quarter, asOf: asOf)
        return summary
    }

    func indicatorSummary(
        _ signatory: Signatory, _ pledge: Pledge, _ target: IndicatorTarget,
        plugin: StakeholderPlugin?, quarter: Quarter, known: KnownReports
    ) -> IndicatorSummary {
        let definition = plugin?.indicator(target.indicator)
        let aggregation = definition?.aggregation ?? .sum
        let direction = definition?.direction ?? .increase
        let start = target.from ?? signatory.firstQuarter(declaration)
        // Looked up by the plugin's own id when there is one: reports key their values by it.
        let id = definition?.id ?? target.indicator
        let history = self.history(
            of: id, in: known, aggregation: aggregation, from: start, by: target.by, through: quarter)
        // The history's last value is the value at the quarter; before the trajectory starts there
        // is no history, and a `latest` value may still be known (a `sum` over no quarters is none).
        let value =
            history.last?.value
            ?? (history.isEmpty && aggregation == .latest
                ? known.latestValue(of: id, before: known.firstIndex(after: quarter))
                : nil)
        let progress = value.map {
            Self.progress(
                value: $0, target: target.target, baseline: target.baseline, aggregation: aggregation,
                direction: direction)
        }
        let expected = Self.expected(from: start, by: target.by, at: quarter)
        let status =
            progress.map {
                Self.status(progress: $0, expected: expected, onTrack: declaration.onTrack, atRisk: declaration.atRisk)
            } ?? .noData
        var summary = IndicatorSummary(
            id: target.indicator, pledge: pledge.id, goal: pledge.goal,
            label: definition?.label ?? Phrase(verbatim: target.indicator), unit: definition?.unit ?? .count,
            aggregation: aggregation, direction: direction, value: value, target: target.target,
            baseline: target.baseline,
            from: start, by: target.by, progress: progress, expected: expected, status: status)
        summary.history = history
        return summary
    }

    /// Each quarter from `start` through `quarter`, in one walk: what was reported then, the value
    /// by the aggregation rules (a running sum, or the latest value so far, counting one reported
    /// before `start`), and the expected progress then.
    func history(
        of indicator: String, in known: KnownReports, aggregation: Aggregation, from start: Quarter, by: Quarter,
        through quarter: Quarter
    ) -> [IndicatorQuarter] {
        guard start <= quarter else { return [] }
        var cursor = known.cursor(from: start)
        var running: Double? =
            aggregation == .sum ? nil : known.latestValue(of: indicator, before: cursor.index)
        let count = start.count(through: quarter)
        var result: [IndicatorQuarter] = []
        result.reserveCapacity(count)
        var at = start
        for _ in 0..<count {
            let reported = cursor.nextIndex().flatMap { known[$0].values[indicator] }
            if let reported { running = aggregation == .sum ? (running ?? 0) + reported : reported }
            result.append(
                IndicatorQuarter(
                    quarter: at, reported: reported, value: running,
                    expected: Self.expected(from: start, by: by, at: at)))
            at = at.next
        }
        return result
    }
}
