import KomitmenCore

/// The words of the check page, of a report shown as a page and of reading versions.
extension PageWords {
    static let check = Phrase(en: "Check the report", id: "Periksa laporan")
    static let checkTitle = Phrase(en: "Check before filing", id: "Periksa sebelum mengirim")
    static let checkHelp = Phrase(
        en: "This is your report as it will be stored. Nothing is filed yet: press “File this report” to file it.",
        id:
            "Inilah laporan Anda sebagaimana akan disimpan. Belum ada yang dikirim: tekan “Kirim laporan ini” untuk mengirimnya."
    )
    static let fileIt = Phrase(en: "File this report", id: "Kirim laporan ini")
    static let change = Phrase(en: "Go back and change it", id: "Kembali dan ubah")
    static let notReported = Phrase(en: "not reported", id: "tidak dilaporkan")
    static let indicator = Phrase(en: "Indicator", id: "Indikator")
    static let value = Phrase(en: "Value", id: "Nilai")
    static let targetHeading = Phrase(en: "Target", id: "Target")
    static let submittedDate = Phrase(en: "Date submitted", id: "Tanggal diserahkan")
    static let countedFrom = Phrase(en: "counted from the list", id: "dihitung dari daftar")
    static let nothingWritten = Phrase(en: "nothing written", id: "tidak diisi")
    static let noEntries = Phrase(en: "No entries.", id: "Tidak ada entri.")
    static func warnings(_ count: Int) -> Phrase {
        Phrase(
            en: count == 1 ? "1 warning: check it before filing" : "\(count) warnings: check them before filing",
            id: "\(count) peringatan: periksa sebelum mengirim")
    }
    static func moreEntries(_ count: Int) -> Phrase {
        Phrase(en: "… and \(count) more entries (in the file).", id: "… dan \(count) entri lagi (di dalam berkas).")
    }
    static let continuedInFile = Phrase(
        en: "… (continued in the file)", id: "… (selanjutnya di dalam berkas)")
    static let lockedShown = Phrase(
        en:
            "This report was approved and is locked: it is shown here and cannot be changed. Ask the secretariat to reopen it if something must be corrected.",
        id:
            "Laporan ini sudah disetujui dan dikunci: laporan ditampilkan di sini dan tidak dapat diubah. Minta sekretariat membukanya kembali bila ada yang harus diperbaiki."
    )
    static let storedShown = Phrase(
        en: "The report on file is shown below, unchanged.",
        id: "Laporan yang tersimpan ditampilkan di bawah, tidak berubah.")
    static let uploadFile = Phrase(en: "Report file (YAML)", id: "Berkas laporan (YAML)")
    static let narrativeHelp = Phrase(
        en: "What was done this quarter and what blocked progress (optional; at most 20,000 characters).",
        id: "Apa yang dilakukan triwulan ini dan apa hambatannya (boleh kosong; paling banyak 20.000 karakter).")
    static func versionTitle(_ number: Int, _ name: String, _ quarter: Quarter) -> Phrase {
        Phrase(en: "Version \(number): \(name), \(quarter)", id: "Versi \(number): \(name), \(quarter)")
    }
    static func linesOf(_ first: Int, _ last: Int, _ count: Int) -> Phrase {
        Phrase(en: "lines \(first)–\(last) of \(count)", id: "baris \(first)–\(last) dari \(count)")
    }
    static let firstPage = Phrase(en: "first page", id: "halaman pertama")
    static let versionSays = Phrase(en: "What this version says", id: "Isi versi ini")
    static let versionUnreadable = Phrase(
        en: "This version no longer passes today's checks; its file is shown as stored.",
        id: "Versi ini tidak lagi lolos pemeriksaan hari ini; berkasnya ditampilkan sebagaimana tersimpan.")
    static let downloadVersion = Phrase(en: "Download this version (YAML)", id: "Unduh versi ini (YAML)")
    static func compareWithPrevious(_ previous: Int) -> Phrase {
        Phrase(en: "Compare with version \(previous)", id: "Bandingkan dengan versi \(previous)")
    }
    static let filedBy = Phrase(en: "Filed by", id: "Dikirim oleh")
    static let secretariatWord = Phrase(en: "secretariat", id: "sekretariat")
    static let diffHelp = Phrase(
        en: "Old lines (−) come before new ones (+); comment and empty lines are left out.",
        id: "Baris lama (−) ditulis sebelum baris baru (+); baris komentar dan baris kosong tidak ditampilkan.")
    static let versionFrom = Phrase(en: "Compare version", id: "Bandingkan versi")
    static let versionTo = Phrase(en: "with version", id: "dengan versi")
}
