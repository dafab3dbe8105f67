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
    /// tests hold the two to the same bytes).
    public func document(_ summary: Summary) -> JSONValue {
        .object([
            "declaration": .string(summary.declarationID),
            "title": .string(summary.declarationTitle.text(language)),
            "secretariat": .optional(summary.secretariat),
            "language": .string(language.rawValue),
            "quarter": .string(summary.quarter.description),
            "as_of": .string(summary.asOf.description),
            "due_date": .string(summary.dueDate.description),
            "quarters": .array(summary.quarters.map { .string($0.description) }),
            "filing": filing(summary.filing),
            "statuses": statuses(summary.statusCounts),
            "reviews": .object(
                Dictionary(
                    uniqueKeysWithValues: ReviewState.allCases.map {
                        ($0.jsonKey, JSONValue.number(summary.reviewCounts[$0] ?? 0))
                    })),
            "signatories": .array(summary.signatories.map(signatory)),
            "stakeholders": .array(summary.stakeholders.map(rollup)),
            "goals": .array(summary.goals.map(rollup)),
            "totals": .array(summary.totals.map(total)),
        ])
    }

    func filing(_ counts: FilingCounts) -> JSONValue {
        var members = Dictionary(
            uniqueKeysWithValues: FilingState.allCases.map { ($0.jsonKey, JSONValue.number(counts.count($0))) })
        members["expected"] = .number(counts.expected)
        members["completeness"] = .optional(counts.completeness)
        members["timeliness"] = .optional(counts.timeliness)
        return .object(members)
    }

    func statuses(_ counts: [IndicatorStatus: Int]) -> JSONValue {
        .object(
            Dictionary(
                uniqueKeysWithValues: IndicatorStatus.allCases.map { ($0.jsonKey, JSONValue.number(counts[$0] ?? 0)) }))
    }

    func signatory(_ signatory: SignatorySummary) -> JSONValue {
        .object([
            "id": .string(signatory.id),
            "name": .string(signatory.name),
            "stakeholder": .string(signatory.stakeholder),
            "region": .optional(signatory.region),
            "filing": .string(signatory.filing.rawValue),
            "days_late": .optional(signatory.filing == .late ? signatory.daysLate : nil),
            "submitted": .optional(signatory.submitted?.description),
            "history": .array(signatory.history.map { .string($0.rawValue) }),
            "indicators": .array(signatory.indicators.map(indicator)),
            "breakdowns": .array(signatory.breakdowns.map(breakdown)),
            "review": signatory.review.map(review) ?? .null,
        ])
    }

    func review(_ review: ReviewSummary) -> JSONValue {
        .object([
            "state": .string(review.state.rawValue),
            "by": .optional(review.by),
            "on": .optional(review.on?.description),
            "comment": .optional(review.comment),
        ])
    }

    func history(_ entry: IndicatorQuarter) -> JSONValue {
        .object([
            "quarter": .string(entry.quarter.description),
            "reported": .optional(entry.reported),
            "value": .optional(entry.value),
            "expected": .number(entry.expected),
        ])
    }

    func indicator(_ indicator: IndicatorSummary) -> JSONValue {
        .object([
            "id": .string(indicator.id),
            "label": .string(indicator.label.text(language)),
            "pledge": .string(indicator.pledge),
            "goal": .string(indicator.goal),
            "unit": .string(indicator.unit.rawValue),
            "aggregation": .string(indicator.aggregation.rawValue),
            "direction": .string(indicator.direction.rawValue),
            "value": .optional(indicator.value),
            "target": .number(indicator.target),
            "baseline": .optional(indicator.baseline),
            "from": .string(indicator.from.description),
            "by": .string(indicator.by.description),
            "progress": .optional(indicator.progress),
            "expected": .number(indicator.expected),
            "status": .string(indicator.status.rawValue),
            "history": .array(indicator.history.map(history)),
        ])
    }

    func breakdown(_ breakdown: Breakdown) -> JSONValue {
        .object([
            "section": .string(breakdown.section),
            "field": .string(breakdown.field),
            "counts": .object(
                Dictionary(breakdown.counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
                    .mapValues { JSONValue.number($0) }),
        ])
    }

    func rollup(_ rollup: Rollup) -> JSONValue {
        .object([
            "id": .string(rollup.id),
            "name": .string(rollup.name.text(language)),
            "signatories": .number(rollup.signatoryCount),
            "indicators": .number(rollup.indicatorCount),
            "filing": filing(rollup.filing),
            "statuses": statuses(rollup.statuses),
            "filing_by_quarter": .array(rollup.filingByQuarter.map(filing)),
        ])
    }

    func total(_ total: IndicatorTotal) -> JSONValue {
        .object([
            "id": .string(total.id),
            "label": .string(total.label.text(language)),
            "unit": .string(total.unit.rawValue),
            "aggregation": .string(total.aggregation.rawValue),
            "value": .number(total.value),
            "signatories": .number(total.signatoryCount),
        ])
    }
}
