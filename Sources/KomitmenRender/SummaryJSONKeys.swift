import KomitmenCore

/// The summary JSON's objects and their keys, spelled once. Both writers walk these cases in order
/// with a `switch` that must handle each, so a new key is one case here and the compiler names
/// every place that must write it: `renderBytes` (the fast writer, in this order, which is the
/// keys' code-point order) and `document()` (the plain one the tests compare it with).
/// `SummaryJSONKeysTests` holds each list to `docs/summary.schema.json` and to code-point order.
protocol SummaryJSONObject: CaseIterable {
    /// The key as written.
    var name: StaticString { get }
    /// Where the object is described in docs/summary.schema.json: a `$defs` name, or a path.
    static var schemaPlace: String { get }
}

extension SummaryJSONObject {
    var text: String { name.description }
}

enum SummaryKey: SummaryJSONObject {
    case asOf, declaration, dueDate, filing, goals, language, quarter, quarters, reviews, secretariat
    case signatories, stakeholders, statuses, title, totals

    static let schemaPlace = "/"
    var name: StaticString {
        switch self {
        case .asOf: "as_of"
        case .declaration: "declaration"
        case .dueDate: "due_date"
        case .filing: "filing"
        case .goals: "goals"
        case .language: "language"
        case .quarter: "quarter"
        case .quarters: "quarters"
        case .reviews: "reviews"
        case .secretariat: "secretariat"
        case .signatories: "signatories"
        case .stakeholders: "stakeholders"
        case .statuses: "statuses"
        case .title: "title"
        case .totals: "totals"
        }
    }
}

enum FilingCountKey: SummaryJSONObject {
    case completeness, expected, late, missing, notDue, notExpected, onTime, timeliness

    static let schemaPlace = "filingCounts"
    var name: StaticString {
        switch self {
        case .completeness: "completeness"
        case .expected: "expected"
        case .late: "late"
        case .missing: "missing"
        case .notDue: "not_due"
        case .notExpected: "not_expected"
        case .onTime: "on_time"
        case .timeliness: "timeliness"
        }
    }
}

enum StatusCountKey: SummaryJSONObject {
    case achieved, atRisk, noData, offTrack, onTrack

    static let schemaPlace = "statusCounts"
    var status: IndicatorStatus {
        switch self {
        case .achieved: .achieved
        case .atRisk: .atRisk
        case .noData: .noData
        case .offTrack: .offTrack
        case .onTrack: .onTrack
        }
    }
    var name: StaticString {
        switch self {
        case .achieved: "achieved"
        case .atRisk: "at_risk"
        case .noData: "no_data"
        case .offTrack: "off_track"
        case .onTrack: "on_track"
        }
    }
}

enum ReviewCountKey: SummaryJSONObject {
    case approved, changesRequested, received

    static let schemaPlace = "/reviews"
    var state: ReviewState {
        switch self {
        case .approved: .approved
        case .changesRequested: .changesRequested
        case .received: .received
        }
    }
    var name: StaticString {
        switch self {
        case .approved: "approved"
        case .changesRequested: "changes_requested"
        case .received: "received"
        }
    }
}

enum SignatoryKey: SummaryJSONObject {
    case breakdowns, daysLate, filing, history, id, indicators, name, region, review, stakeholder, submitted

    static let schemaPlace = "signatory"
    var name: StaticString {
        switch self {
        case .breakdowns: "breakdowns"
        case .daysLate: "days_late"
        case .filing: "filing"
        case .history: "history"
        case .id: "id"
        case .indicators: "indicators"
        case .name: "name"
        case .region: "region"
        case .review: "review"
        case .stakeholder: "stakeholder"
        case .submitted: "submitted"
        }
    }
}

enum ReviewKey: SummaryJSONObject {
    case by, comment, on, state

    static let schemaPlace = "review"
    var name: StaticString {
        switch self {
        case .by: "by"
        case .comment: "comment"
        case .on: "on"
        case .state: "state"
        }
    }
}

enum IndicatorKey: SummaryJSONObject {
    case aggregation, baseline, by, direction, expected, from, goal, history, id, label, pledge, progress
    case status, target, unit, value

    static let schemaPlace = "indicator"
    var name: StaticString {
        switch self {
        case .aggregation: "aggregation"
        case .baseline: "baseline"
        case .by: "by"
        case .direction: "direction"
        case .expected: "expected"
        case .from: "from"
        case .goal: "goal"
        case .history: "history"
        case .id: "id"
        case .label: "label"
        case .pledge: "pledge"
        case .progress: "progress"
        case .status: "status"
        case .target: "target"
        case .unit: "unit"
        case .value: "value"
        }
    }
}

enum HistoryKey: SummaryJSONObject {
    case expected, quarter, reported, value

    static let schemaPlace = "historyEntry"
    var name: StaticString {
        switch self {
        case .expected: "expected"
        case .quarter: "quarter"
        case .reported: "reported"
        case .value: "value"
        }
    }
}

enum BreakdownKey: SummaryJSONObject {
    case counts, field, section

    static let schemaPlace = "breakdown"
    var name: StaticString {
        switch self {
        case .counts: "counts"
        case .field: "field"
        case .section: "section"
        }
    }
}

enum RollupKey: SummaryJSONObject {
    case filing, filingByQuarter, id, indicators, name, signatories, statuses

    static let schemaPlace = "rollup"
    var name: StaticString {
        switch self {
        case .filing: "filing"
        case .filingByQuarter: "filing_by_quarter"
        case .id: "id"
        case .indicators: "indicators"
        case .name: "name"
        case .signatories: "signatories"
        case .statuses: "statuses"
        }
    }
}

enum TotalKey: SummaryJSONObject {
    case aggregation, id, label, signatories, unit, value

    static let schemaPlace = "total"
    var name: StaticString {
        switch self {
        case .aggregation: "aggregation"
        case .id: "id"
        case .label: "label"
        case .signatories: "signatories"
        case .unit: "unit"
        case .value: "value"
        }
    }
}
