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
            Phrase(
                en: "a valid token is needed: send Authorization: Bearer TOKEN",
                id: "perlu token yang sah: kirim Authorization: Bearer TOKEN")
        case .badCredential:
            Phrase(en: "the token is unknown or revoked", id: "token tidak dikenal atau sudah dicabut")
        case .tooManyFailures(let seconds):
            Phrase(
                en: "too many failed authentications from this address; try again in \(seconds) s",
                id: "terlalu banyak autentikasi gagal dari alamat ini; coba lagi dalam \(seconds) detik")
        case .forbidden(let signatory):
            Phrase(
                en: "this token may not act for '\(signatory)'", id: "token ini tidak berwenang untuk '\(signatory)'")
        case .secretariatOnly:
            Phrase(en: "only a secretariat token may do this", id: "hanya token sekretariat yang boleh melakukan ini")
        case .unknownSignatory(let id, let suggestion):
            Phrase(
                en: "unknown signatory '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                id: "penanda tangan '\(id)' tidak dikenal" + (suggestion.map { " (maksud Anda '\($0)'?)" } ?? ""))
        case .noReport(let quarter, let signatory):
            Phrase(
                en: "\(signatory) has no report for \(quarter)", id: "\(signatory) belum punya laporan untuk \(quarter)"
            )
        case .locked(let quarter, let signatory):
            Phrase(
                en:
                    "the report of \(signatory) for \(quarter) was approved and is locked; the secretariat must reopen it first",
                id:
                    "laporan \(signatory) untuk \(quarter) sudah disetujui dan dikunci; sekretariat harus membukanya dahulu"
            )
        case .folderNotPlain(let entry):
            Phrase(
                en:
                    "\(entry) on the server is not a plain folder (a link or a file), and komitmen never writes through one; nothing was stored: ask the secretariat to put the folder back",
                id:
                    "\(entry) di server bukan folder biasa (tautan atau berkas), dan komitmen tidak pernah menulis melaluinya; tidak ada yang disimpan: minta sekretariat mengembalikan foldernya"
            )
        case .invalidReport(let diagnostics, let errors):
            Self.invalidReportMessage(diagnostics.count, errors: errors)
        case .submittedDate(_, let expected):
            Phrase(
                en: "write submitted: \(expected) (or leave it out); nothing was stored",
                id: "tulis submitted: \(expected) (atau hapus baris itu); tidak ada yang disimpan")
        case .invalidReview(let message):
            message
        case .quotaExceeded(let refused):
            refused.message
        case .repositoryHasErrors(let errors):
            Phrase(
                en: "the repository has \(errors) error\(errors == 1 ? "" : "s"); run komitmen validate on the server",
                id: "repositori memiliki \(errors) kesalahan; jalankan komitmen validate di server")
        case .internalFailure:
            Phrase(
                en: "the server could not complete the request; nothing was answered as stored",
                id: "server tidak dapat menyelesaikan permintaan; tidak ada yang dinyatakan tersimpan")
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
        case .submittedDate(let diagnostic, _): ([diagnostic], 0)
        default: nil
        }
    }

    /// Whether the report's author can fix this in the report (or must wait for the secretariat):
    /// a form shows it beside what was typed rather than as an error page.
    public var isAboutTheFiling: Bool {
        switch self {
        case .invalidReport, .submittedDate, .locked, .folderNotPlain: true
        default: false
        }
    }

    static func invalidReportMessage(_ count: Int, errors: Int) -> Phrase {
        let more =
            count <= maxDiagnostics
            ? Phrase(en: "", id: "")
            : Phrase(
                en: " (the first \(maxDiagnostics) of \(count) problems are listed)",
                id: " (\(maxDiagnostics) masalah pertama dari \(count) ditampilkan)")
        return Phrase(
            en: "the report has \(errors) error\(errors == 1 ? "" : "s"); nothing was stored\(more.en)",
            id: "laporan memiliki \(errors) kesalahan; tidak ada yang disimpan\(more.id)")
    }
}
