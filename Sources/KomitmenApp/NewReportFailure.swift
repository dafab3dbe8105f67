import KomitmenCore
import KomitmenYAML

/// Why `new-report` wrote nothing.
public enum NewReportFailure: Error, Sendable {
    /// declaration.yaml is missing or has errors (every diagnostic is in the validation).
    case declarationHasErrors(Validation)
    /// No signatory has this id; the closest id, if one is close; the repository's diagnostics
    /// (a signatory file with errors is not known).
    case unknownSignatory(String, suggestion: String?, Validation)
    /// The signatory's own file has errors (in the validation).
    case signatoryHasErrors(String, Validation)
    case beforeFirstQuarter(signatory: String, quarter: Quarter, first: Quarter)
    /// `reports/` or its quarter folder cannot be used.
    case folder(Phrase)
    case exists(String)
    case writeFailed(String, Phrase)

    /// The repository's diagnostics, when they may explain the failure.
    public var validation: Validation? {
        switch self {
        case .declarationHasErrors(let validation), .unknownSignatory(_, _, let validation),
            .signatoryHasErrors(_, let validation):
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
        case .signatoryHasErrors(let id, _):
            AppWords.signatoryHasErrors(id)
        case .beforeFirstQuarter(let signatory, let quarter, let first):
            AppWords.doesNotReportFor(signatory, quarter: quarter, first: first)
        case .folder(let problem):
            problem
        case .exists(let path):
            AppWords.alreadyExists(path)
        case .writeFailed(let path, let reason):
            AppWords.couldNotWrite(path, reason: reason)
        }
    }
}
