import KomitmenText

/// The comments of `new-report`'s draft and the server's template (`ReportTemplate`), written in
/// every offered language.
extension CoreWords {
    static func quarterlyReportOf(_ quarter: Quarter, name: String) -> Phrase {
        Phrase(
            en: "Quarterly report \(quarter) of \(name)",
            id: "Laporan triwulan \(quarter) dari \(name)")
    }

    static let fillInEveryBlank = Phrase(
        en: "Fill in every blank after a colon, then run: komitmen validate",
        id: "Isi setiap bagian kosong setelah titik dua, lalu jalankan: komitmen validate")

    /// The served template's: a clerk uploads it on the report page (and has no `komitmen`).
    static let fillInAndUpload = Phrase(
        en: "Fill in every blank after a colon, then upload this file on the report page",
        id: "Isi setiap bagian kosong setelah titik dua, lalu unggah berkas ini di halaman laporan")

    static func theServerWritesTheDate(_ due: CalendarDate) -> Phrase {
        Phrase(
            en: "Leave this blank: the server writes the date it receives the report; it is due on \(due)",
            id: "Biarkan kosong: server menuliskan tanggal laporan diterima; batas waktunya \(due)")
    }

    static func theDateYouSubmit(_ due: CalendarDate) -> Phrase {
        Phrase(
            en: "The date you submit this report (YYYY-MM-DD); it is due on \(due)",
            id: "Tanggal laporan ini diserahkan (TTTT-BB-HH); batas waktunya \(due)")
    }

    static let thisQuartersNumbers = Phrase(
        en: "This quarter's numbers: whole numbers, digits only (1234, not 1.234)",
        id: "Angka triwulan ini: bilangan bulat, angka saja (1234, bukan 1.234)")

    static let whatWasDone = Phrase(
        en: "What was done this quarter and what blocked progress (optional)",
        id: "Apa yang dilakukan triwulan ini dan apa hambatannya (boleh dikosongkan)")

    static let linksOrDocumentNumbers = Phrase(
        en: "Links or document numbers that support the numbers (optional), one per line: - https://…",
        id: "Tautan atau nomor dokumen pendukung (boleh dikosongkan), satu per baris: - https://…")

    static let levelAtTheEnd = Phrase(en: "the level at the end of the quarter", id: "keadaan pada akhir triwulan")

    static let thisQuarterOnly = Phrase(en: "this quarter only", id: "khusus triwulan ini")

    static func targetBy(_ target: String, by: Quarter) -> Phrase {
        Phrase(
            en: "target \(target) by \(by)",
            id: "target \(target) pada \(by)")
    }

    static func orLeaveThisLineOut(_ section: SectionDefinition) -> Phrase {
        Phrase(
            en:
                "or leave this line out and list the \(section.label.en) (\(section.name)) below: komitmen counts them",
            id: "atau hapus baris ini dan isi \(section.label.id) (\(section.name)) di bawah: komitmen menghitungnya")
    }

    static let removeTheHash = Phrase(
        en: " Remove the # to use it; add one entry per item.",
        id: " Hapus tanda # untuk memakainya; satu entri per butir.")

    static let optional = Phrase(en: "optional", id: "boleh kosong")
}
