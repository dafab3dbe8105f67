import KomitmenYAML

/// Why a summary cannot be made.
public struct SummaryError: Error, Sendable {
    public var message: Phrase
}

/// Computes the compliance summary exactly as DESIGN.md's "Summary rules" say.
public struct SummaryEngine: Sendable {
    public let repository: Repository
    public let registry: PluginRegistry
    let declaration: Declaration
    /// (signatory, quarter) → its report; only reports submitted on or before the as-of date.
    private let reports: [ReportKey: Report]
    /// Signatory → its reports known on the as-of date, latest quarter first.
    private let history: [String: [Report]]
    /// (signatory, quarter) → its review, whatever its date.
    private let reviews: [ReportKey: Review]

    struct ReportKey: Hashable {
        var signatory: String
        var quarter: Quarter
    }

    public init(repository: Repository, registry: PluginRegistry, asOf: CalendarDate) throws(SummaryError) {
        guard let declaration = repository.declaration else {
            throw SummaryError(
                message: Phrase(
                    en: "the repository has no usable declaration.yaml",
                    id: "repositori tidak memiliki declaration.yaml yang dapat dipakai"))
        }
        self.repository = repository
        self.registry = registry
        self.declaration = declaration
        var reports: [ReportKey: Report] = [:]
        // A summary as of D shows what was known on D: later submissions are left out of everything.
        for report in repository.reports where report.submitted <= asOf {
            reports[ReportKey(signatory: report.signatory, quarter: report.period)] = report
        }
        self.reports = reports
        history = Dictionary(grouping: reports.values, by: \.signatory).mapValues {
            $0.sorted { $0.period > $1.period }
        }
        reviews = Dictionary(
            repository.reviews.map { (ReportKey(signatory: $0.signatory, quarter: $0.period), $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The review state of a signatory's report for a quarter as of a date; nil without a report.
    public func review(_ signatory: String, _ quarter: Quarter, asOf: CalendarDate) -> ReviewSummary? {
        guard report(signatory, quarter) != nil else { return nil }
        guard let review = reviews[ReportKey(signatory: signatory, quarter: quarter)], review.on <= asOf else {
            return .received
        }
        return ReviewSummary(state: review.state, by: review.by, on: review.on, comment: review.comment)
    }

    /// The latest quarter whose due date is before the as-of date.
    public func defaultQuarter(asOf: CalendarDate) throws(SummaryError) -> Quarter {
        let first = declaration.firstQuarter
        var quarter = Quarter(containing: asOf)
        // Steps back only while above the first quarter: before it nothing is due, and `previous`
        // stops at 0001-Q1 (a loop waiting to get below that would never end). A few steps for
        // due_days up to 366; at most every quarter back to the first for any other.
        while quarter > first && declaration.dueDate(quarter) >= asOf { quarter = quarter.previous }
        guard quarter >= first, declaration.dueDate(quarter) < asOf else {
            throw SummaryError(
                message: Phrase(
                    en:
                        "no quarter is due yet on \(asOf): the first, \(first), is due on \(declaration.dueDate(first))",
                    id:
                        "belum ada triwulan yang jatuh tempo pada \(asOf): yang pertama, \(first), jatuh tempo \(declaration.dueDate(first))"
                ))
        }
        return quarter
    }

    public func report(_ signatory: String, _ quarter: Quarter) -> Report? {
        reports[ReportKey(signatory: signatory, quarter: quarter)]
    }

    /// The filing state of a signatory for a quarter, as of a date, with days late.
    public func filing(_ signatory: Signatory, _ quarter: Quarter, asOf: CalendarDate) -> (
        state: FilingState, daysLate: Int?
    ) {
        guard quarter >= signatory.firstQuarter(declaration) else { return (.notExpected, nil) }
        let due = declaration.dueDate(quarter)
        if let report = report(signatory.id, quarter) {
            if report.submitted <= due { return (.onTime, nil) }
            return (.late, report.submitted.dayNumber - due.dayNumber)
        }
        return asOf > due ? (.missing, nil) : (.notDue, nil)
    }

    /// The summary of a quarter (default: the latest due one) as of a date.
    public func summary(quarter: Quarter? = nil, asOf: CalendarDate) throws(SummaryError) -> Summary {
        // The years data may hold (1900–2999), for every front end: a summary as of 9999 would
        // draw some 32,000 quarters of history per indicator for nothing anyone could report.
        let years = CalendarDate.dataYears
        let given = [(asOf.year, "\(asOf)")] + (quarter.map { [($0.year, "\($0)")] } ?? [])
        for (year, text) in given where !years.contains(year) {
            throw SummaryError(
                message: Phrase(
                    en:
                        "\(text) is out of range: a summary covers the years \(years.lowerBound) to \(years.upperBound)",
                    id:
                        "\(text) di luar rentang: ringkasan mencakup tahun \(years.lowerBound) sampai \(years.upperBound)"
                ))
        }
        let quarter = if let quarter { quarter } else { try defaultQuarter(asOf: asOf) }
        let quarters = declaration.firstQuarter.through(quarter)
        var filing = FilingCounts()
        var signatories: [SignatorySummary] = []
        for signatory in repository.signatories {
            let (state, daysLate) = self.filing(signatory, quarter, asOf: asOf)
            filing.add(state)
            let plugin = registry.plugin(signatory.stakeholder)
            let indicators = signatory.targets.map { pledge, target in
                indicatorSummary(signatory, pledge, target, plugin: plugin, quarter: quarter)
            }
            var summary = SignatorySummary(
                id: signatory.id, name: signatory.name, stakeholder: signatory.stakeholder, region: signatory.region,
                filing: state, daysLate: daysLate, submitted: report(signatory.id, quarter)?.submitted,
                history: quarters.map { self.filing(signatory, $0, asOf: asOf).state },
                indicators: indicators, breakdowns: breakdowns(signatory, plugin: plugin, quarter: quarter))
            summary.review = review(signatory.id, quarter, asOf: asOf)
            signatories.append(summary)
        }
        signatories.sort { ($0.stakeholder, $0.id) < ($1.stakeholder, $1.id) }
        return Summary(
            declarationID: declaration.id, declarationTitle: declaration.title, secretariat: declaration.secretariat,
            quarter: quarter, asOf: asOf, dueDate: declaration.dueDate(quarter), filing: filing,
            signatories: signatories, stakeholders: stakeholderRollups(signatories), goals: goalRollups(signatories),
            totals: totals(signatories), quarters: quarters)
    }

    func indicatorSummary(
        _ signatory: Signatory, _ pledge: Pledge, _ target: IndicatorTarget,
        plugin: StakeholderPlugin?, quarter: Quarter
    ) -> IndicatorSummary {
        let definition = plugin?.indicator(target.indicator)
        let aggregation = definition?.aggregation ?? .sum
        let direction = definition?.direction ?? .increase
        let start = target.from ?? signatory.firstQuarter(declaration)
        let history = self.history(
            of: target.indicator, for: signatory.id, aggregation: aggregation, from: start, by: target.by,
            through: quarter)
        // The history's last value is the value at the quarter; before the trajectory starts there
        // is no history, and a `latest` value may still be known.
        let value =
            history.last?.value
            ?? (history.isEmpty
                ? self.value(
                    of: target.indicator, for: signatory.id, aggregation: aggregation, from: start, through: quarter)
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
    /// before `start`, as `value(of:)` does), and the expected progress then.
    func history(
        of indicator: String, for signatory: String, aggregation: Aggregation, from start: Quarter, by: Quarter,
        through quarter: Quarter
    ) -> [IndicatorQuarter] {
        guard start <= quarter else { return [] }
        var running: Double? =
            aggregation == .sum
            ? nil
            : history[signatory]?.lazy.filter { $0.period < start }.compactMap { $0.values[indicator] }.first
        return start.through(quarter).map { at in
            let reported = report(signatory, at)?.values[indicator]
            if let reported { running = aggregation == .sum ? (running ?? 0) + reported : reported }
            return IndicatorQuarter(
                quarter: at, reported: reported, value: running, expected: Self.expected(from: start, by: by, at: at))
        }
    }

    /// `sum`: every reported quarter from `start` through `quarter` added; `latest`: the most recent
    /// reported value at or before `quarter`. Nil when no quarter in that window reported it.
    func value(
        of indicator: String, for signatory: String, aggregation: Aggregation, from start: Quarter,
        through quarter: Quarter
    ) -> Double? {
        switch aggregation {
        case .sum:
            let values = start.through(quarter).compactMap { report(signatory, $0)?.values[indicator] }
            return values.isEmpty ? nil : values.reduce(0, +)
        case .latest:
            return history[signatory]?.lazy.filter { $0.period <= quarter }.compactMap { $0.values[indicator] }.first
        }
    }
}
