import KomitmenCore
import KomitmenState

/// Why the intake refused a request, in the domain's words: what went wrong, never how a transport
/// says it (the transport maps each case to its own answer and error code). Every case says it in
/// both languages.
public enum IntakeFailure: Error, Sendable {
    /// No credential was given (or not one the front end can read).
    case unauthenticated
    /// A credential was given that is unknown or revoked.
    case badCredential
    /// The address failed to authenticate too often; it may try again in `retryAfter` seconds.
    case tooManyFailures(retryAfter: Int)
    /// The account may not act for this signatory.
    case forbidden(signatory: String)
    /// Only the secretariat may do this.
    case secretariatOnly
    case unknownSignatory(String, suggestion: String?)
    case noReport(Quarter, signatory: String)
    /// The report was approved: the secretariat must reopen it before it is filed again.
    case locked(Quarter, signatory: String)
    /// `entry` under ROOT is a link or a file where a folder belongs; nothing was written through it.
    case folderNotPlain(String)
    /// The report failed its checks (`errors` of `diagnostics` are errors); nothing was stored.
    case invalidReport(diagnostics: [Diagnostic], errors: Int)
    /// The report's `submitted:` date is not this filing's; `expected` is the one to write.
    case submittedDate(Diagnostic, expected: CalendarDate)
    /// The report has no `submitted:` (or a blank one) and the server found no safe place to write
    /// the date: the author must write `expected`.
    case submittedNeeded(Diagnostic, expected: CalendarDate)
    case invalidReview(Phrase)
    /// The account's filing quota is used up; nothing was stored.
    case quotaExceeded(QuotaExceeded)
    /// The repository has `errors` errors: nothing is summarised or filed until they are fixed.
    case repositoryHasErrors(Int)
    /// Something failed inside (the disk, the state store); the log says what, the answer no more.
    case internalFailure

    public var message: Phrase {
        switch self {
        case .unauthenticated:
            IntakeWords.tokenNeeded
        case .badCredential:
            IntakeWords.tokenUnknown
        case .tooManyFailures(let seconds):
            IntakeWords.tooManyFailures(seconds)
        case .forbidden(let signatory):
            IntakeWords.forbidden(signatory)
        case .secretariatOnly:
            IntakeWords.secretariatOnly
        case .unknownSignatory(let id, let suggestion):
            IntakeWords.unknownSignatory(id, suggestion: suggestion)
        case .noReport(let quarter, let signatory):
            IntakeWords.noReport(quarter, signatory)
        case .locked(let quarter, let signatory):
            IntakeWords.locked(quarter, signatory)
        case .folderNotPlain(let entry):
            IntakeWords.folderNotPlain(entry)
        case .invalidReport(let diagnostics, let errors):
            Self.invalidReportMessage(diagnostics.count, errors: errors)
        case .submittedDate(_, let expected):
            IntakeWords.writeSubmitted(expected)
        case .submittedNeeded(_, let expected):
            IntakeWords.addSubmitted(expected)
        case .invalidReview(let message):
            message
        case .quotaExceeded(let refused):
            refused.message
        case .repositoryHasErrors(let errors):
            IntakeWords.repositoryHasErrors(errors)
        case .internalFailure:
            IntakeWords.internalFailure
        }
    }

    /// An answer lists at most this many diagnostics, as `validate` prints at most 100 per file: a
    /// 1 MiB body can hold ~70,000 mistakes (26 MB of JSON, a 16 MB page).
    public static let maxDiagnostics = 100

    /// The diagnostics an answer lists (the first `maxDiagnostics`), and how many it leaves out.
    public var listedDiagnostics: (diagnostics: [Diagnostic], omitted: Int)? {
        switch self {
        case .invalidReport(let diagnostics, _):
            (Array(diagnostics.prefix(Self.maxDiagnostics)), max(0, diagnostics.count - Self.maxDiagnostics))
        case .submittedDate(let diagnostic, _), .submittedNeeded(let diagnostic, _): ([diagnostic], 0)
        default: nil
        }
    }

    /// Whether the report's author can fix this in the report (or must wait for the secretariat):
    /// a form shows it beside what was typed rather than as an error page.
    public var isAboutTheFiling: Bool {
        switch self {
        case .invalidReport, .submittedDate, .submittedNeeded, .locked, .folderNotPlain: true
        default: false
        }
    }

    static func invalidReportMessage(_ count: Int, errors: Int) -> Phrase {
        IntakeWords.invalidReport(errors: errors, problems: count, listed: maxDiagnostics)
    }
}
