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
            return Phrase(
                en:
                    "\(count) error\(count == 1 ? "" : "s") in \(root); no summary was made. Run `komitmen validate \(root)` and fix \(count == 1 ? "it" : "them") first.",
                id:
                    "\(count) kesalahan dalam \(root); ringkasan tidak dibuat. Jalankan `komitmen validate \(root)` dan perbaiki dahulu."
            )
        case .cannotSummarize(let error):
            return Phrase(en: "error: \(error.message.en)", id: "kesalahan: \(error.message.id)")
        }
    }
}
