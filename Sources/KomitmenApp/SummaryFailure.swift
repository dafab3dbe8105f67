import KomitmenCore
import KomitmenYAML

/// Why no summary was made.
public enum SummaryFailure: Error, Sendable {
    /// The repository has errors (every diagnostic is in the validation).
    case repositoryHasErrors(Validation)
    /// The data cannot be summarised as asked: no declaration, no quarter due yet, and so on.
    case cannotSummarize(SummaryError)

    /// One line that says why, for a front end to show.
    public func message(root: String) -> Phrase {
        switch self {
        case .repositoryHasErrors(let validation):
            let count = validation.errorCount
            return AppWords.errorsNoSummary(count, root: root)
        case .cannotSummarize(let error):
            return AppWords.error(error.message)
        }
    }
}
