import Hummingbird
import KomitmenCore
import KomitmenServer
import KomitmenYAML

/// Every error the API answers with, by code, in both languages.
extension APIError {
    static func badQuarter(_ text: String) -> APIError {
        APIError(
            .badRequest, "invalid_quarter",
            Phrase(
                en: "'\(text)' is not a quarter: write YYYY-Qn, e.g. 2026-Q1",
                id: "'\(text)' bukan triwulan: tulis TTTT-Qn, misalnya 2026-Q1"))
    }

    static func quarterTooFar(_ text: String, latest: Quarter) -> APIError {
        APIError(
            .badRequest, "invalid_quarter",
            Phrase(
                en: "'\(text)' is too far ahead: ask for \(latest) at the latest (four quarters after today's)",
                id: "'\(text)' terlalu jauh ke depan: paling lambat \(latest) (empat triwulan setelah triwulan ini)"))
    }

    static func badSignatoryID(_ text: String) -> APIError {
        APIError(
            .badRequest, "invalid_signatory",
            Phrase(
                en: "'\(text)' is not a signatory id: lowercase letters, digits and '-' only",
                id: "'\(text)' bukan id penanda tangan: hanya huruf kecil, angka dan '-'"))
    }

    static func badParameter(_ name: String, _ text: String, expected: Phrase) -> APIError {
        APIError(
            .badRequest, "invalid_parameter",
            Phrase(
                en: "\(name) '\(text)' is not valid: \(expected.en)", id: "\(name) '\(text)' tidak sah: \(expected.id)")
        )
    }

    static let unauthenticated = APIError(
        .unauthorized, "unauthenticated",
        Phrase(
            en: "a valid token is needed: send Authorization: Bearer TOKEN",
            id: "perlu token yang sah: kirim Authorization: Bearer TOKEN"),
        headers: [.wwwAuthenticate: "Bearer realm=\"komitmen\""])

    static let badToken = APIError(
        .unauthorized, "invalid_token",
        Phrase(en: "the token is unknown or revoked", id: "token tidak dikenal atau sudah dicabut"),
        headers: [.wwwAuthenticate: "Bearer realm=\"komitmen\", error=\"invalid_token\""])

    static func tooManyFailures(retryAfter seconds: Int) -> APIError {
        APIError(
            .tooManyRequests, "too_many_failed_authentications",
            Phrase(
                en: "too many failed authentications from this address; try again in \(seconds) s",
                id: "terlalu banyak autentikasi gagal dari alamat ini; coba lagi dalam \(seconds) detik"),
            headers: [.retryAfter: String(seconds)])
    }

    /// DESIGN: 429 `quota_exceeded`; `Retry-After` when waiting for the next day helps.
    static func quotaExceeded(_ refused: QuotaExceeded) -> APIError {
        var headers: HTTPFields = [:]
        if case .bytesPerDay(_, _, let wait) = refused { headers[.retryAfter] = String(wait) }
        return APIError(.tooManyRequests, "quota_exceeded", refused.message, headers: headers)
    }

    static func forbidden(_ signatory: String) -> APIError {
        APIError(
            .forbidden, "forbidden",
            Phrase(
                en: "this token may not act for '\(signatory)'", id: "token ini tidak berwenang untuk '\(signatory)'"))
    }

    static let secretariatOnly = APIError(
        .forbidden, "secretariat_only",
        Phrase(en: "only a secretariat token may do this", id: "hanya token sekretariat yang boleh melakukan ini"))

    static func unknownSignatory(_ id: String, suggestion: String?) -> APIError {
        APIError(
            .notFound, "unknown_signatory",
            Phrase(
                en: "unknown signatory '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                id: "penanda tangan '\(id)' tidak dikenal" + (suggestion.map { " (maksud Anda '\($0)'?)" } ?? "")))
    }

    static func noReport(_ quarter: Quarter, _ signatory: String) -> APIError {
        APIError(
            .notFound, "no_report",
            Phrase(
                en: "\(signatory) has no report for \(quarter)", id: "\(signatory) belum punya laporan untuk \(quarter)"
            ))
    }

    static func noVersion(_ number: Int) -> APIError {
        APIError(.notFound, "no_version", Phrase(en: "there is no version \(number)", id: "versi \(number) tidak ada"))
    }

    static let notFound = APIError(.notFound, "not_found", Phrase(en: "no such page", id: "halaman tidak ada"))

    static let methodNotAllowed = APIError(
        .methodNotAllowed, "method_not_allowed",
        Phrase(en: "this method is not allowed here", id: "metode ini tidak diizinkan di sini"))

    static func locked(_ quarter: Quarter, _ signatory: String) -> APIError {
        APIError(
            .conflict, "locked",
            Phrase(
                en:
                    "the report of \(signatory) for \(quarter) was approved and is locked; the secretariat must reopen it first",
                id:
                    "laporan \(signatory) untuk \(quarter) sudah disetujui dan dikunci; sekretariat harus membukanya dahulu"
            ))
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(
            .contentTooLarge, "body_too_large",
            Phrase(en: "the body is larger than \(limit) bytes", id: "isi permintaan lebih besar dari \(limit) bita"),
            headers: [.connection: "close"])
    }

    static let malformedBody = APIError(
        .badRequest, "malformed_body",
        Phrase(
            en: "the body could not be read: its HTTP framing is broken (e.g. a chunk size that is not hexadecimal)",
            id: "isi permintaan tidak dapat dibaca: pembingkaian HTTP-nya rusak (mis. ukuran chunk bukan heksadesimal)"),
        headers: [.connection: "close"])

    static func unsupportedType(_ given: String?, accepted: [String]) -> APIError {
        let list = accepted.joined(separator: ", ")
        return APIError(
            .unsupportedMediaType, "unsupported_media_type",
            Phrase(
                en: "Content-Type '\(given ?? "")' is not accepted here; send one of: \(list)",
                id: "Content-Type '\(given ?? "")' tidak diterima di sini; kirim salah satu dari: \(list)"))
    }

    static func folderNotPlain(_ entry: String) -> APIError {
        APIError(
            .conflict, "folder_not_plain",
            Phrase(
                en:
                    "\(entry) on the server is not a plain folder (a link or a file), and komitmen never writes through one; nothing was stored: ask the secretariat to put the folder back",
                id:
                    "\(entry) di server bukan folder biasa (tautan atau berkas), dan komitmen tidak pernah menulis melaluinya; tidak ada yang disimpan: minta sekretariat mengembalikan foldernya"
            ))
    }

    /// The first `maxDiagnostics` of `diagnostics`, and how many more there were.
    static func invalidReport(_ diagnostics: [Diagnostic], errors: Int) -> APIError {
        let omitted = max(0, diagnostics.count - maxDiagnostics)
        let more =
            omitted == 0
            ? Phrase(en: "", id: "")
            : Phrase(
                en: " (the first \(maxDiagnostics) of \(diagnostics.count) problems are listed)",
                id: " (\(maxDiagnostics) masalah pertama dari \(diagnostics.count) ditampilkan)")
        var error = APIError(
            .unprocessableContent, "invalid_report",
            Phrase(
                en: "the report has \(errors) error\(errors == 1 ? "" : "s"); nothing was stored\(more.en)",
                id: "laporan memiliki \(errors) kesalahan; tidak ada yang disimpan\(more.id)"),
            diagnostics: Array(diagnostics.prefix(maxDiagnostics)))
        error.omitted = omitted
        return error
    }

    static func submittedDate(_ diagnostic: Diagnostic, expected: CalendarDate) -> APIError {
        APIError(
            .unprocessableContent, "submitted_date",
            Phrase(
                en: "write submitted: \(expected) (or leave it out); nothing was stored",
                id: "tulis submitted: \(expected) (atau hapus baris itu); tidak ada yang disimpan"),
            diagnostics: [diagnostic])
    }

    static func invalidReview(_ message: Phrase) -> APIError {
        APIError(.unprocessableContent, "invalid_review", message)
    }

    static func repositoryHasErrors(_ errors: Int) -> APIError {
        APIError(
            .serviceUnavailable, "repository_has_errors",
            Phrase(
                en: "the repository has \(errors) error\(errors == 1 ? "" : "s"); run komitmen validate on the server",
                id: "repositori memiliki \(errors) kesalahan; jalankan komitmen validate di server"))
    }

    static func cannotAnswer(_ message: Phrase) -> APIError {
        APIError(.unprocessableContent, "cannot_summarize", message)
    }

    static let internalFailure = APIError(
        .internalServerError, "internal_error",
        Phrase(
            en: "the server could not complete the request; nothing was answered as stored",
            id: "server tidak dapat menyelesaikan permintaan; tidak ada yang dinyatakan tersimpan"))
}
