import KomitmenYAML

/// The compliance summary of one quarter as of one date: what the secretariat tells the Governor.
/// Built by `SummaryEngine` from DESIGN.md's summary rules; every renderer reads only this.
public struct Summary: Sendable {
    public var declarationID: String
    public var declarationTitle: LocalizedText
    public var secretariat: String?
    public var quarter: Quarter
    public var asOf: CalendarDate
    /// The due date of `quarter`'s reports.
    public var dueDate: CalendarDate
    public var filing: FilingCounts
    /// Sorted by stakeholder kind, then id.
    public var signatories: [SignatorySummary]
    /// One per stakeholder kind that has signatories, sorted by kind.
    public var stakeholders: [Rollup]
    /// One per declaration goal, in the declaration's order.
    public var goals: [Rollup]
    /// One per indicator id reported anywhere, sorted by id: province totals.
    public var totals: [IndicatorTotal]
    /// The quarters from the declaration's first through `quarter`, for grids.
    public var quarters: [Quarter]
    /// Filing states counted per quarter of `quarters` over every signatory's history: the grid's
    /// completeness and timeliness rows.
    public var filingByQuarter: [FilingCounts]
    /// The pledged indicators of every signatory, counted by status.
    public var statusCounts: [IndicatorStatus: Int]
    /// The declaration's regions, so a page can name a signatory's region rather than show its id.
    public var regions: [Declaration.Region] = []
    /// What it publishes (`--only-approved`, `--public`), for a page that says so.
    public var options = SummaryOptions.all
    /// The quarter's present reports counted by review state.
    public var reviewCounts: [ReviewState: Int] { Self.reviewCounts(signatories) }

    public init(
        declarationID: String, declarationTitle: LocalizedText, secretariat: String?, quarter: Quarter,
        asOf: CalendarDate, dueDate: CalendarDate, filing: FilingCounts, signatories: [SignatorySummary],
        stakeholders: [Rollup], goals: [Rollup], totals: [IndicatorTotal], quarters: [Quarter]
    ) {
        self.declarationID = declarationID
        self.declarationTitle = declarationTitle
        self.secretariat = secretariat
        self.quarter = quarter
        self.asOf = asOf
        self.dueDate = dueDate
        self.filing = filing
        self.signatories = signatories
        self.stakeholders = stakeholders
        self.goals = goals
        self.totals = totals
        self.quarters = quarters
        // Worked out here, with the rows they count, so that no renderer counts anything.
        filingByQuarter = Self.filingByQuarter(signatories, quarters: quarters.count)
        statusCounts = Self.statusCounts(signatories)
    }

    /// Per quarter index, the states of every signatory's history.
    static func filingByQuarter(_ signatories: [SignatorySummary], quarters: Int) -> [FilingCounts] {
        var counts = Array(repeating: FilingCounts(), count: quarters)
        for signatory in signatories {
            for index in counts.indices {
                counts[index].add(signatory.filing(atQuarter: index))
            }
        }
        return counts
    }

    static func statusCounts(_ signatories: [SignatorySummary]) -> [IndicatorStatus: Int] {
        var tally = RollupTally(quarters: 0)
        for signatory in signatories {
            for indicator in signatory.indicators { tally.add(indicator.status) }
        }
        return tally.statusCounts
    }
}

/// A signatory's filing state for one quarter.
public enum FilingState: String, Sendable, CaseIterable, Codable {
    case onTime = "on-time"
    case late
    case missing
    case notDue = "not-due"
    case notExpected = "not-expected"
}

/// Counts of filing states, and the two ratios DESIGN.md defines over them.
public struct FilingCounts: Sendable, Hashable {
    public var onTime = 0
    public var late = 0
    public var missing = 0
    public var notDue = 0
    public var notExpected = 0

    public init() {}

    /// Signatories expected for the quarter whose report is due: on-time + late + missing.
    public var expected: Int { onTime + late + missing }
    /// (on-time + late) / expected; nil when nothing is expected.
    public var completeness: Double? { expected == 0 ? nil : Double(onTime + late) / Double(expected) }
    /// on-time / expected; nil when nothing is expected.
    public var timeliness: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }

    public mutating func add(_ state: FilingState) {
        switch state {
        case .onTime: onTime += 1
        case .late: late += 1
        case .missing: missing += 1
        case .notDue: notDue += 1
        case .notExpected: notExpected += 1
        }
    }

    public func count(_ state: FilingState) -> Int {
        switch state {
        case .onTime: onTime
        case .late: late
        case .missing: missing
        case .notDue: notDue
        case .notExpected: notExpected
        }
    }
}

/// Where an indicator stands against its trajectory.
public enum IndicatorStatus: String, Sendable, CaseIterable, Codable {
    case achieved
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case noData = "no-data"
}

/// One signatory in the summary.
public struct SignatorySummary: Sendable {
    public var id: String
    public var name: String
    public var stakeholder: String
    public var region: String?
    public var filing: FilingState
    /// Days after the due date, for a late report.
    public var daysLate: Int?
    public var submitted: CalendarDate?
    /// Filing state per quarter of `Summary.quarters`, for the grid.
    public var history: [FilingState]
    public var indicators: [IndicatorSummary]
    /// Section field → value → count of entries this quarter (police cases by stage, say).
    public var breakdowns: [Breakdown]
    /// The review of this quarter's report; nil when no report is present.
    public var review: ReviewSummary?

    public init(
        id: String, name: String, stakeholder: String, region: String?, filing: FilingState, daysLate: Int?,
        submitted: CalendarDate?, history: [FilingState], indicators: [IndicatorSummary], breakdowns: [Breakdown]
    ) {
        self.id = id
        self.name = name
        self.stakeholder = stakeholder
        self.region = region
        self.filing = filing
        self.daysLate = daysLate
        self.submitted = submitted
        self.history = history
        self.indicators = indicators
        self.breakdowns = breakdowns
    }
}

extension SignatorySummary {
    /// The filing state at an index of `Summary.quarters`; past the end of `history` it is not
    /// expected, so a short history never traps.
    public func filing(atQuarter index: Int) -> FilingState {
        history.indices.contains(index) ? history[index] : .notExpected
    }
}

/// Counts of a section field's values in one quarter's report.
public struct Breakdown: Sendable, Hashable {
    public var section: String
    public var field: String
    /// Value → number of entries, sorted by value.
    public var counts: [(value: String, count: Int)]
    /// What people read instead of the keys and values (the plugin's labels); the keys and
    /// values themselves where the plugin gives none.
    public var sectionLabel: Phrase
    public var fieldLabel: Phrase
    public var valueLabels: [String: Phrase]

    public init(
        section: String, field: String, counts: [(value: String, count: Int)], sectionLabel: Phrase? = nil,
        fieldLabel: Phrase? = nil, valueLabels: [String: Phrase] = [:]
    ) {
        self.section = section
        self.field = field
        self.counts = counts
        self.sectionLabel = sectionLabel ?? Phrase(verbatim: section)
        self.fieldLabel = fieldLabel ?? Phrase(verbatim: field)
        self.valueLabels = valueLabels
    }

    /// The label of a counted value, or the value as written.
    public func label(of value: String) -> Phrase {
        valueLabels[value] ?? Phrase(verbatim: value)
    }

    public static func == (lhs: Breakdown, rhs: Breakdown) -> Bool {
        lhs.section == rhs.section && lhs.field == rhs.field && lhs.counts.map(\.value) == rhs.counts.map(\.value)
            && lhs.counts.map(\.count) == rhs.counts.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(section)
        hasher.combine(field)
    }
}

/// One pledged indicator of one signatory at the summary's quarter.
public struct IndicatorSummary: Sendable {
    public var id: String
    public var pledge: String
    public var goal: String
    public var label: Phrase
    public var unit: IndicatorUnit
    public var aggregation: Aggregation
    public var direction: Direction
    /// Nil when nothing was reported from the trajectory's start through the quarter.
    public var value: Double?
    public var target: Double
    public var baseline: Double?
    public var from: Quarter
    public var by: Quarter
    /// Nil when there is no value.
    public var progress: Double?
    /// The share of the trajectory elapsed at the quarter, 0...1.
    public var expected: Double
    public var status: IndicatorStatus
    /// Each quarter from `from` through the summary's quarter (empty when `from` is later).
    public var history: [IndicatorQuarter] = []

    public init(
        id: String, pledge: String, goal: String, label: Phrase, unit: IndicatorUnit, aggregation: Aggregation,
        direction: Direction, value: Double?, target: Double, baseline: Double?, from: Quarter, by: Quarter,
        progress: Double?, expected: Double, status: IndicatorStatus
    ) {
        self.id = id
        self.pledge = pledge
        self.goal = goal
        self.label = label
        self.unit = unit
        self.aggregation = aggregation
        self.direction = direction
        self.value = value
        self.target = target
        self.baseline = baseline
        self.from = from
        self.by = by
        self.progress = progress
        self.expected = expected
        self.status = status
    }
}

/// Filing and indicator statuses counted over a group: a stakeholder kind or a goal.
public struct Rollup: Sendable {
    /// The stakeholder kind or goal id.
    public var id: String
    public var name: Phrase
    public var signatoryCount: Int
    public var filing: FilingCounts
    /// Status → number of pledged indicators with it.
    public var statuses: [IndicatorStatus: Int]
    /// The members' filing states counted per quarter of `Summary.quarters`.
    public var filingByQuarter: [FilingCounts] = []

    public init(id: String, name: Phrase, signatoryCount: Int, filing: FilingCounts, statuses: [IndicatorStatus: Int]) {
        self.id = id
        self.name = name
        self.signatoryCount = signatoryCount
        self.filing = filing
        self.statuses = statuses
    }

    public var indicatorCount: Int { statuses.values.reduce(0, +) }
}

/// A province total for one indicator: the values of every signatory that reported it.
public struct IndicatorTotal: Sendable {
    public var id: String
    public var label: Phrase
    public var unit: IndicatorUnit
    public var aggregation: Aggregation
    /// The sum of the signatories' values at the quarter (per the indicator's aggregation).
    public var value: Double
    /// How many signatories have a value for it.
    public var signatoryCount: Int

    public init(
        id: String, label: Phrase, unit: IndicatorUnit, aggregation: Aggregation, value: Double, signatoryCount: Int
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.aggregation = aggregation
        self.value = value
        self.signatoryCount = signatoryCount
    }
}
