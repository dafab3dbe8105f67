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
            CommandPhrase.declarationHasErrors
        case .unknownSignatory(let id, let match, _):
            CommandPhrase.unknownSignatory(id, suggestion: match)
        case .reportMissing(let signatory, let quarter):
            Phrase(
                en: "there is no report reports/\(quarter)/\(signatory).yaml to review",
                id: "tidak ada laporan reports/\(quarter)/\(signatory).yaml untuk ditinjau")
        case .reportHasErrors(let signatory, let quarter, _):
            Phrase(
                en: "the report reports/\(quarter)/\(signatory).yaml has errors; it is reviewed once it reads cleanly",
                id:
                    "laporan reports/\(quarter)/\(signatory).yaml bermasalah; laporan ditinjau setelah terbaca tanpa kesalahan"
            )
        case .beforeSubmitted(let today, let submitted):
            Phrase(
                en: "today (\(today)) is before the report was submitted (\(submitted)); a review cannot precede it",
                id:
                    "hari ini (\(today)) lebih awal dari penyerahan laporan (\(submitted)); tinjauan tidak boleh mendahuluinya"
            )
        case .commentRequired:
            Phrase(
                en: "--request-changes needs --comment saying what to change",
                id: "--request-changes memerlukan --comment yang menyebut apa yang harus diperbaiki")
        case .notWritten:
            Phrase(
                en: "a review is approved or changes-requested; received is a report without one",
                id: "tinjauan berisi approved atau changes-requested; received adalah laporan tanpa tinjauan")
        case .unsafeText(let field, let reason):
            Phrase(en: "--\(field): \(reason.en)", id: "--\(field): \(reason.id)")
        case .emptyText(let field):
            Phrase(en: "--\(field) is empty", id: "--\(field) kosong")
        case .folder(let problem):
            problem
        case .writeFailed(let path, let reason):
            Phrase(
                en: "could not write \(path): \(reason.en); the file was left as it was",
                id: "tidak dapat menulis \(path): \(reason.id); berkas tidak diubah")
        }
    }
}
