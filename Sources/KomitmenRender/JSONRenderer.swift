import KomitmenCore

/// The summary as JSON, with the fields DESIGN.md fixes and `docs/summary.schema.json` describes.
/// Ratios are fractions, numbers are never rounded, keys are sorted, and labels are in `language`.
public struct JSONRenderer: SummaryRenderer {
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ summary: Summary) -> String {
        String(decoding: renderBytes(summary), as: UTF8.self)
    }

    /// The whole document as a value: what `renderBytes` writes, built the slow, plain way (the
    /// tests hold the two to the same bytes). Every object's keys are `SummaryJSONKeys`' cases.
    public func document(_ summary: Summary) -> JSONValue {
        object(SummaryKey.self) { key in
            switch key {
            case .asOf: .string(summary.asOf.description)
            case .declaration: .string(summary.declarationID)
            case .dueDate: .string(summary.dueDate.description)
            case .filing: filing(summary.filing)
            case .goals: .array(summary.goals.map(rollup))
            case .language: .string(language.rawValue)
            case .quarter: .string(summary.quarter.description)
            case .quarters: .array(summary.quarters.map { .string($0.description) })
            case .reviews: reviews(summary.reviewCounts)
            case .secretariat: .optional(summary.secretariat)
            case .signatories: .array(summary.signatories.map(signatory))
            case .stakeholders: .array(summary.stakeholders.map(rollup))
            case .statuses: statuses(summary.statusCounts)
            case .title: .string(summary.declarationTitle.text(language))
            case .totals: .array(summary.totals.map(total))
            }
        }
    }

    /// An object with `Key`'s keys, each with its value.
    func object<Key: SummaryJSONObject>(_: Key.Type, _ value: (Key) -> JSONValue) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.text, value($0)) }))
    }

    func filing(_ counts: FilingCounts) -> JSONValue {
        object(FilingCountKey.self) { key in
            switch key {
            case .completeness: .optional(counts.completeness)
            case .expected: .number(counts.expected)
            case .late: .number(counts.late)
            case .missing: .number(counts.missing)
            case .notDue: .number(counts.notDue)
            case .notExpected: .number(counts.notExpected)
            case .onTime: .number(counts.onTime)
            case .timeliness: .optional(counts.timeliness)
            }
        }
    }

    func statuses(_ counts: [IndicatorStatus: Int]) -> JSONValue {
        object(StatusCountKey.self) { .number(counts[$0.status] ?? 0) }
    }

    func reviews(_ counts: [ReviewState: Int]) -> JSONValue {
        object(ReviewCountKey.self) { .number(counts[$0.state] ?? 0) }
    }

    func signatory(_ signatory: SignatorySummary) -> JSONValue {
        object(SignatoryKey.self) { key in
            switch key {
            case .breakdowns: .array(signatory.breakdowns.map(breakdown))
            case .daysLate: .optional(signatory.filing == .late ? signatory.daysLate : nil)
            case .filing: .string(signatory.filing.rawValue)
            case .history: .array(signatory.history.map { .string($0.rawValue) })
            case .id: .string(signatory.id)
            case .indicators: .array(signatory.indicators.map(indicator))
            case .name: .string(signatory.name)
            case .region: .optional(signatory.region)
            case .review: signatory.review.map(review) ?? .null
            case .stakeholder: .string(signatory.stakeholder)
            case .submitted: .optional(signatory.submitted?.description)
            }
        }
    }

    func review(_ review: ReviewSummary) -> JSONValue {
        object(ReviewKey.self) { key in
            switch key {
            case .by: .optional(review.by)
            case .comment: .optional(review.comment)
            case .on: .optional(review.on?.description)
            case .state: .string(review.state.rawValue)
            }
        }
    }

    func history(_ entry: IndicatorQuarter) -> JSONValue {
        object(HistoryKey.self) { key in
            switch key {
            case .expected: .number(entry.expected)
            case .quarter: .string(entry.quarter.description)
            case .reported: .optional(entry.reported)
            case .value: .optional(entry.value)
            }
        }
    }

    func indicator(_ indicator: IndicatorSummary) -> JSONValue {
        object(IndicatorKey.self) { key in
            switch key {
            case .aggregation: .string(indicator.aggregation.rawValue)
            case .baseline: .optional(indicator.baseline)
            case .by: .string(indicator.by.description)
            case .direction: .string(indicator.direction.rawValue)
            case .expected: .number(indicator.expected)
            case .from: .string(indicator.from.description)
            case .goal: .string(indicator.goal)
            case .history: .array(indicator.history.map(history))
            case .id: .string(indicator.id)
            case .label: .string(indicator.label.text(language))
            case .pledge: .string(indicator.pledge)
            case .progress: .optional(indicator.progress)
            case .status: .string(indicator.status.rawValue)
            case .target: .number(indicator.target)
            case .unit: .string(indicator.unit.rawValue)
            case .value: .optional(indicator.value)
            }
        }
    }

    func breakdown(_ breakdown: Breakdown) -> JSONValue {
        object(BreakdownKey.self) { key in
            switch key {
            case .counts:
                .object(
                    Dictionary(breakdown.counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
                        .mapValues { JSONValue.number($0) })
            case .field: .string(breakdown.field)
            case .section: .string(breakdown.section)
            }
        }
    }

    func rollup(_ rollup: Rollup) -> JSONValue {
        object(RollupKey.self) { key in
            switch key {
            case .filing: filing(rollup.filing)
            case .filingByQuarter: .array(rollup.filingByQuarter.map(filing))
            case .id: .string(rollup.id)
            case .indicators: .number(rollup.indicatorCount)
            case .name: .string(rollup.name.text(language))
            case .signatories: .number(rollup.signatoryCount)
            case .statuses: statuses(rollup.statuses)
            }
        }
    }

    func total(_ total: IndicatorTotal) -> JSONValue {
        object(TotalKey.self) { key in
            switch key {
            case .aggregation: .string(total.aggregation.rawValue)
            case .id: .string(total.id)
            case .label: .string(total.label.text(language))
            case .signatories: .number(total.signatoryCount)
            case .unit: .string(total.unit.rawValue)
            case .value: .number(total.value)
            }
        }
    }
}
