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
    /// Signatory → its reports submitted on or before the as-of date, by quarter.
    private let known: [String: KnownReports]
    /// (signatory, quarter) → its review, whatever its date.
    private let reviews: [ReportKey: Review]
    /// What is published: every report's values or only approved ones', review comments or not.
    public let options: SummaryOptions

    struct ReportKey: Hashable {
        var signatory: String
        var quarter: Quarter
    }

    public init(
        repository: Repository, registry: PluginRegistry, asOf: CalendarDate, options: SummaryOptions = .all
    ) throws(SummaryError) {
        try self.init(repository: repository, registry: registry, asOf: asOf, options: options, only: nil)
    }

    /// `only`: the signatories whose reports are sorted out here (all when nil); the others' rows
    /// come from elsewhere (`summary(repository:registry:quarter:asOf:reusing:)`).
    private init(
        repository: Repository, registry: PluginRegistry, asOf: CalendarDate, options: SummaryOptions,
        only: Set<String>?
    ) throws(SummaryError) {
        guard let declaration = repository.declaration else {
            throw SummaryError(
                message: CoreWords.noUsableDeclaration)
        }
        self.repository = repository
        self.registry = registry
        self.declaration = declaration
        self.options = options
        let reviews = Dictionary(
            repository.reviews.map { (ReportKey(signatory: $0.signatory, quarter: $0.period), $0) },
            uniquingKeysWith: { first, _ in first })
        self.reviews = reviews
        // A summary as of D shows what was known on D: later submissions are left out of everything.
        // One pass over the reports in the repository's order, each signatory's noted by index:
        // copying each report into its signatory's list was the slowest part of this, on one core.
        var reports = repository.reports
        var grouped: [String: [Int]] = [:]
        for index in reports.indices where reports[index].submitted <= asOf {
            if let only, !only.contains(reports[index].signatory) { continue }
            grouped[reports[index].signatory, default: []].append(index)
        }
        if options.onlyApproved {
            // Blanked before anything is worked out, so every figure is made the same way from them.
            for indices in grouped.values {
                for index in indices {
                    let key = ReportKey(signatory: reports[index].signatory, quarter: reports[index].period)
                    let approved = reviews[key].map { $0.on <= asOf && $0.state == .approved } ?? false
                    if !approved { reports[index] = reports[index].leftBlank }
                }
            }
        }
        known = grouped.mapValues { KnownReports(all: reports, indices: $0) }
    }

    /// The review state of a signatory's report for a quarter as of a date; nil without a report.
    public func review(_ signatory: String, _ quarter: Quarter, asOf: CalendarDate) -> ReviewSummary? {
        guard report(signatory, quarter) != nil else { return nil }
        guard let review = reviews[ReportKey(signatory: signatory, quarter: quarter)], review.on <= asOf else {
            return .received
        }
        return ReviewSummary(
            state: review.state, by: review.by, on: review.on,
            comment: options.withoutReviewComments ? nil : review.comment)
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
                message: CoreWords.noQuarterDueYet(asOf, first: first, due: declaration.dueDate(first)))
        }
        return quarter
    }

    public func report(_ signatory: String, _ quarter: Quarter) -> Report? {
        known[signatory]?.report(quarter)
    }

    func knownReports(_ signatory: String) -> KnownReports { known[signatory] ?? .none }

    /// The filing state of a signatory for a quarter, as of a date, with days late.
    public func filing(_ signatory: Signatory, _ quarter: Quarter, asOf: CalendarDate) -> (
        state: FilingState, daysLate: Int?
    ) {
        filing(
            report(signatory.id, quarter), expected: quarter >= signatory.firstQuarter(declaration),
            due: declaration.dueDate(quarter), asOf: asOf)
    }

    /// The filing state given the quarter's report (if known), whether the signatory was expected
    /// to file it, and its due date.
    func filing(_ report: Report?, expected: Bool, due: CalendarDate, asOf: CalendarDate) -> (
        state: FilingState, daysLate: Int?
    ) {
        filing(submitted: report?.submitted, expected: expected, due: due, asOf: asOf)
    }

    /// The same from the report's `submitted` date alone (nil: no report).
    func filing(submitted: CalendarDate?, expected: Bool, due: CalendarDate, asOf: CalendarDate) -> (
        state: FilingState, daysLate: Int?
    ) {
        guard expected else { return (.notExpected, nil) }
        if let submitted {
            if submitted <= due { return (.onTime, nil) }
            return (.late, submitted.dayNumber - due.dayNumber)
        }
        return asOf > due ? (.missing, nil) : (.notDue, nil)
    }

    /// The summary of a quarter (default: the latest due one) as of a date.
    public func summary(quarter: Quarter? = nil, asOf: CalendarDate) throws(SummaryError) -> Summary {
        try summary(quarter: quarter, asOf: asOf, rows: nil)
    }

    /// The summary of `repository`, with the row of each signatory `reuse` still has taken as it
    /// is: a row made by these rules for the same quarter and date from the same data (the
    /// server's summaries between two filings differ in one signatory; `SummaryMemo` keeps the
    /// rows). Only the other signatories' reports are sorted out.
    public static func summary(
        repository: Repository, registry: PluginRegistry, quarter: Quarter? = nil, asOf: CalendarDate,
        options: SummaryOptions = .all, reusing reuse: (Signatory) -> SignatorySummary?
    ) throws(SummaryError) -> Summary {
        let rows = repository.signatories.map(reuse)
        let missing = Set(zip(repository.signatories, rows).compactMap { $1 == nil ? $0.id : nil })
        let engine = try SummaryEngine(
            repository: repository, registry: registry, asOf: asOf, options: options, only: missing)
        return try engine.summary(quarter: quarter, asOf: asOf, rows: rows)
    }

    /// The summary; `rows`, when given, holds a row (or nil: work it out) per signatory, in order.
    private func summary(
        quarter: Quarter?, asOf: CalendarDate, rows kept: [SignatorySummary?]?
    ) throws(SummaryError) -> Summary {
        // The years data may hold (1900–2999), for every front end: a summary as of 9999 would
        // draw some 32,000 quarters of history per indicator for nothing anyone could report.
        let years = CalendarDate.dataYears
        let given = [(asOf.year, "\(asOf)")] + (quarter.map { [($0.year, "\($0)")] } ?? [])
        for (year, text) in given where !years.contains(year) {
            throw SummaryError(
                message: CoreWords.summaryYearOutOfRange(text, first: years.lowerBound, last: years.upperBound))
        }
        let quarter = if let quarter { quarter } else { try defaultQuarter(asOf: asOf) }
        let quarters = declaration.firstQuarter.through(quarter)
        // Worked out once for every signatory: the due date of each quarter of the grid.
        let dues = quarters.map(declaration.dueDate)
        // Each signatory on its own (on every core): its reports are found by walking them once
        // per history, never by (signatory, quarter) lookups.
        var signatories: [SignatorySummary]
        if var rows = kept {
            let missing = rows.indices.filter { rows[$0] == nil }
            let made = missing.parallelMap { index in
                self.signatorySummary(
                    self.repository.signatories[index], quarter: quarter, quarters: quarters, dues: dues, asOf: asOf)
            }
            for (index, row) in zip(missing, made) { rows[index] = row }
            signatories = rows.compactMap { $0 }
        } else {
            signatories = repository.signatories.parallelMap { signatory in
                self.signatorySummary(signatory, quarter: quarter, quarters: quarters, dues: dues, asOf: asOf)
            }
        }
        var filing = FilingCounts()
        for signatory in signatories { filing.add(signatory.filing) }
        signatories.sort { ($0.stakeholder, $0.id) < ($1.stakeholder, $1.id) }
        var summary = Summary(
            declarationID: declaration.id, declarationTitle: declaration.title, secretariat: declaration.secretariat,
            quarter: quarter, asOf: asOf, dueDate: declaration.dueDate(quarter), filing: filing,
            signatories: signatories, stakeholders: stakeholderRollups(signatories), goals: goalRollups(signatories),
            totals: totals(signatories), quarters: quarters)
        summary.regions = declaration.regions
        summary.options = options
        return summary
    }
}
