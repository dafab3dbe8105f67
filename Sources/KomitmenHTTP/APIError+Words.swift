import Hummingbird
import KomitmenCore
import KomitmenIntake
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

    static func noVersion(_ number: Int) -> APIError {
        APIError(.notFound, "no_version", Phrase(en: "there is no version \(number)", id: "versi \(number) tidak ada"))
    }

    static let notFound = APIError(.notFound, "not_found", Phrase(en: "no such page", id: "halaman tidak ada"))

    static let methodNotAllowed = APIError(
        .methodNotAllowed, "method_not_allowed",
        Phrase(en: "this method is not allowed here", id: "metode ini tidak diizinkan di sini"))

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

    static func invalidReview(_ message: Phrase) -> APIError { APIError(IntakeFailure.invalidReview(message)) }

    static func cannotAnswer(_ message: Phrase) -> APIError {
        APIError(.unprocessableContent, "cannot_summarize", message)
    }

    static let internalFailure = APIError(IntakeFailure.internalFailure)

    /// A review's body that is not `{"state": …, "comment": …}`.
    static let reviewBodyShape = Phrase(
        en: "send {\"state\": \"approved\" or \"changes-requested\", \"comment\": \"...\"}",
        id: "kirim {\"state\": \"approved\" atau \"changes-requested\", \"comment\": \"...\"}")

    static let commentNotText = Phrase(en: "comment must be text", id: "comment harus berupa teks")
}
