import KomitmenCore
import KomitmenYAML

/// Why `komitmen review` (or the server's review route) wrote nothing.
public enum ReviewFailure: Error, Sendable {
    /// declaration.yaml is missing or has errors (every diagnostic is in the validation).
    case declarationHasErrors(Validation)
    case unknownSignatory(String, suggestion: String?, Validation)
    /// No report file at `reports/<quarter>/<signatory>.yaml`: there is nothing to review.
    case reportMissing(signatory: String, quarter: Quarter)
    /// The report is there but has errors; they are in the validation.
    case reportHasErrors(signatory: String, quarter: Quarter, Validation)
    /// Today (the review's date) is before the report's `submitted`.
    case beforeSubmitted(today: CalendarDate, submitted: CalendarDate)
    case commentRequired
    /// `received` is what a report without a review is; a review file holds a decision.
    case notWritten
    /// A text (`--comment`, `--by`) with a character a field may not hold.
    case unsafeText(field: String, Phrase)
    case emptyText(field: String)
    /// `reviews/` or its quarter folder cannot be used.
    case folder(Phrase)
    case writeFailed(String, Phrase)

    /// The repository's diagnostics, when they may explain the failure.
    public var validation: Validation? {
        switch self {
        case .declarationHasErrors(let validation), .unknownSignatory(_, _, let validation),
            .reportHasErrors(_, _, let validation):
            validation
        default: nil
        }
    }

    public var message: Phrase {
        switch self {
        case .declarationHasErrors:
            AppWords.declarationHasErrors
        case .unknownSignatory(let id, let match, _):
            AppWords.unknownSignatory(id, suggestion: match)
        case .reportMissing(let signatory, let quarter):
            AppWords.noReportToReview(quarter, signatory: signatory)
        case .reportHasErrors(let signatory, let quarter, _):
            AppWords.reportHasErrors(quarter, signatory: signatory)
        case .beforeSubmitted(let today, let submitted):
            AppWords.todayBeforeSubmitted(today, submitted: submitted)
        case .commentRequired:
            AppWords.requestChangesNeedsComment
        case .notWritten:
            AppWords.reviewStates
        case .unsafeText(let field, let reason):
            AppWords.optionProblem(field, reason: reason)
        case .emptyText(let field):
            AppWords.optionIsEmpty(field)
        case .folder(let problem):
            problem
        case .writeFailed(let path, let reason):
            AppWords.couldNotWriteLeftAsItWas(path, reason: reason)
        }
    }
}
