import KomitmenCore

/// The served intake's phrases: why a request was refused, the `submitted:` rule, and a review's
/// problems.
public enum IntakeWords {

    static let commentRequired = Phrase(
        en: "a review asking for changes needs a comment saying what to change",
        id: "tinjauan yang meminta perbaikan memerlukan komentar yang menyebut apa yang harus diperbaiki")

    static func unsafeText(_ field: String, _ reason: Phrase) -> Phrase {
        Phrase(en: "\(field): \(reason.en)", id: "\(field): \(reason.id)")
    }

    static func emptyText(_ field: String) -> Phrase {
        Phrase(en: "\(field) is empty", id: "\(field) kosong")
    }

    static func correctionKeepsDate(_ expected: CalendarDate) -> Phrase {
        Phrase(
            en: "a correction keeps the first filing's date, \(expected)",
            id: "perbaikan tetap memakai tanggal penyerahan pertama, \(expected)")
    }

    static func serverReceivedOn(_ expected: CalendarDate) -> Phrase {
        Phrase(en: "the server received it on \(expected)", id: "server menerimanya pada \(expected)")
    }

    static func notThisFilingsDate(_ written: String, _ why: Phrase) -> Phrase {
        Phrase(
            en: "submitted \(written) is not the date of this filing: \(why.en)",
            id: "submitted \(written) bukan tanggal penyerahan ini: \(why.id)")
    }

    static func writeOrLeaveOutSubmitted(_ expected: CalendarDate) -> Phrase {
        Phrase(
            en: "write submitted: \(expected), or leave the line out and the server writes it",
            id: "tulis submitted: \(expected), atau hapus baris itu dan server yang menuliskannya")
    }

    static let tokenNeeded = Phrase(
        en: "a valid token is needed: send Authorization: Bearer TOKEN",
        id: "perlu token yang sah: kirim Authorization: Bearer TOKEN")

    static let tokenUnknown = Phrase(
        en: "the token is unknown or revoked", id: "token tidak dikenal atau sudah dicabut")

    static func tooManyFailures(_ seconds: Int) -> Phrase {
        Phrase(
            en: "too many failed authentications from this address; try again in \(seconds) s",
            id: "terlalu banyak autentikasi gagal dari alamat ini; coba lagi dalam \(seconds) detik")
    }

    static func forbidden(_ signatory: String) -> Phrase {
        Phrase(
            en: "this account may not act for '\(signatory)'", id: "akun ini tidak berwenang untuk '\(signatory)'")
    }

    static let secretariatOnly = Phrase(
        en: "only the secretariat may do this", id: "hanya sekretariat yang boleh melakukan ini")

    static func unknownSignatory(_ id: String, suggestion: String?) -> Phrase {
        Phrase(
            en: "unknown signatory '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
            id: "penanda tangan '\(id)' tidak dikenal" + (suggestion.map { " (maksud Anda '\($0)'?)" } ?? ""))
    }

    static func noReport(_ quarter: Quarter, _ signatory: String) -> Phrase {
        Phrase(
            en: "\(signatory) has no report for \(quarter)", id: "\(signatory) belum punya laporan untuk \(quarter)"
        )
    }

    static func locked(_ quarter: Quarter, _ signatory: String) -> Phrase {
        Phrase(
            en:
                "the report of \(signatory) for \(quarter) was approved and is locked; the secretariat must reopen it first",
            id:
                "laporan \(signatory) untuk \(quarter) sudah disetujui dan dikunci; sekretariat harus membukanya dahulu"
        )
    }

    static func folderNotPlain(_ entry: String) -> Phrase {
        Phrase(
            en:
                "\(entry) on the server is not a plain folder (a link or a file), and komitmen never writes through one; nothing was stored: ask the secretariat to put the folder back",
            id:
                "\(entry) di server bukan folder biasa (tautan atau berkas), dan komitmen tidak pernah menulis melaluinya; tidak ada yang disimpan: minta sekretariat mengembalikan foldernya"
        )
    }

    static func writeSubmitted(_ expected: CalendarDate) -> Phrase {
        Phrase(
            en: "write submitted: \(expected) (or leave it out); nothing was stored",
            id: "tulis submitted: \(expected) (atau hapus baris itu); tidak ada yang disimpan")
    }

    static func noPlaceForTheDate(_ date: CalendarDate) -> Phrase {
        Phrase(
            en: "the server could not write the date into this report: add submitted: \(date)",
            id: "server tidak dapat menuliskan tanggal ke laporan ini: tambahkan submitted: \(date)")
    }

    static func writeSubmittedAfterPeriod(_ date: CalendarDate) -> Phrase {
        Phrase(
            en: "write submitted: \(date) on a line of its own after period:",
            id: "tulis submitted: \(date) pada baris tersendiri setelah period:")
    }

    static func addSubmitted(_ expected: CalendarDate) -> Phrase {
        Phrase(
            en: "add submitted: \(expected) to the report; nothing was stored",
            id: "tambahkan submitted: \(expected) ke laporan; tidak ada yang disimpan")
    }

    static func repositoryHasErrors(_ errors: Int) -> Phrase {
        Phrase(
            en: "the repository has \(errors) error\(errors == 1 ? "" : "s"); run komitmen validate on the server",
            id: "repositori memiliki \(errors) kesalahan; jalankan komitmen validate di server")
    }

    static let internalFailure = Phrase(
        en: "the server could not complete the request; nothing was answered as stored",
        id: "server tidak dapat menyelesaikan permintaan; tidak ada yang dinyatakan tersimpan")

    /// The report's errors; when more than `listed` problems were found, how many are listed.
    static func invalidReport(errors: Int, problems count: Int, listed: Int) -> Phrase {
        let more =
            count <= listed
            ? (en: "", id: "")
            : (
                en: " (the first \(listed) of \(count) problems are listed)",
                id: " (\(listed) masalah pertama dari \(count) ditampilkan)"
            )
        return Phrase(
            en: "the report has \(errors) error\(errors == 1 ? "" : "s"); nothing was stored\(more.en)",
            id: "laporan memiliki \(errors) kesalahan; tidak ada yang disimpan\(more.id)")
    }

    /// The form's and the API's limit on a review's comment.
    public static let commentTooLong = Phrase(
        en: "comment is longer than 4000 characters", id: "comment lebih dari 4000 karakter")
}
