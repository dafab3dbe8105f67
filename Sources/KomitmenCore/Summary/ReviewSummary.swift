import KomitmenYAML

/// Where the review of a present report stands as of the summary's date (DESIGN.md "Review"):
/// `received` without a review file, or with one dated after the as-of date.
public struct ReviewSummary: Sendable, Equatable {
    public var state: ReviewState
    /// Who reviewed, when, and what was asked; nil for `received`.
    public var by: String?
    public var on: CalendarDate?
    public var comment: String?

    public init(state: ReviewState, by: String? = nil, on: CalendarDate? = nil, comment: String? = nil) {
        self.state = state
        self.by = by
        self.on = on
        self.comment = comment
    }

    public static let received = ReviewSummary(state: .received)
}

/// One quarter of an indicator's history (DESIGN.md "History").
public struct IndicatorQuarter: Sendable, Equatable {
    public var quarter: Quarter
    /// The value reported that quarter; nil when that quarter's report (known on the as-of date)
    /// does not give one, or there is no such report.
    public var reported: Double?
    /// The value at that quarter by the aggregation rules; nil while nothing was reported.
    public var value: Double?
    /// The expected progress at that quarter, 0...1.
    public var expected: Double

    public init(quarter: Quarter, reported: Double?, value: Double?, expected: Double) {
        self.quarter = quarter
        self.reported = reported
        self.value = value
        self.expected = expected
    }
}

extension Summary {
    /// The present reports of the quarter counted by review state.
    static func reviewCounts(_ signatories: [SignatorySummary]) -> [ReviewState: Int] {
        var counts: [ReviewState: Int] = [:]
        for signatory in signatories {
            if let review = signatory.review { counts[review.state, default: 0] += 1 }
        }
        return counts
    }
}
