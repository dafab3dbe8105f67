import KomitmenCore

/// The words of the summary pages and of the lists that go page by page.
extension PageWords {
    static let previous = Phrase(en: "previous", id: "sebelumnya")
    static let next = Phrase(en: "next", id: "berikutnya")
    static func pageOf(_ page: Int, _ pages: Int, _ count: Int) -> Phrase {
        Phrase(
            en: "page \(page) of \(pages) (\(count) in all)", id: "halaman \(page) dari \(pages) (\(count) seluruhnya)")
    }
    static let download = Phrase(
        en: "Download the whole summary (HTML, to print)", id: "Unduh ringkasan lengkap (HTML, untuk dicetak)")
    static let statusGrid = Phrase(en: "Status grid", id: "Tabel status")
    static let signatories = Phrase(en: "Signatories", id: "Penanda tangan")
    static let all = Phrase(en: "all", id: "semua")
    static let stakeholder = Phrase(en: "Stakeholder", id: "Pemangku kepentingan")
    static let indicators = Phrase(en: "Indicators", id: "Indikator")
    static let backToSummary = Phrase(en: "Back to the summary", id: "Kembali ke ringkasan")
    static let signatoryHome = Phrase(en: "The signatory's reports", id: "Laporan penanda tangan ini")
    static let earlier = Phrase(en: "earlier quarters", id: "triwulan sebelumnya")
    static let later = Phrase(en: "later quarters", id: "triwulan berikutnya")
    static func olderVersions(_ count: Int) -> Phrase {
        Phrase(en: "and \(count) older versions", id: "dan \(count) versi yang lebih lama")
    }
    /// The name of the review page's second version box (the first is "Compare").
    static let diffCut = Phrase(
        en: "The comparison is cut here: the rest is too long for one page. Open the versions themselves.",
        id: "Perbandingan dipotong di sini: sisanya terlalu panjang untuk satu halaman. Buka versinya langsung.")
}
