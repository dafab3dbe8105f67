import KomitmenCore

/// Every word the pages show, in Indonesian and English.
enum PageWords {
    static let home = Phrase(en: "Home", id: "Beranda")
    static let logout = Phrase(en: "Sign out", id: "Keluar")
    static let signIn = Phrase(en: "Sign in", id: "Masuk")
    static let tokenLabel = Phrase(en: "Your access token", id: "Token akses Anda")
    static let tokenHelp = Phrase(
        en: "The token the secretariat gave you (it starts with kmt_).",
        id: "Token yang diberikan sekretariat (diawali kmt_).")
    static let signInFirst = Phrase(en: "please sign in first", id: "silakan masuk terlebih dahulu")
    static let badCSRF = Phrase(
        en: "this form has expired or did not come from this site; open the page again and resend it",
        id: "formulir ini sudah kedaluwarsa atau tidak berasal dari situs ini; buka halamannya lagi lalu kirim ulang")
    static let crossOrigin = Phrase(
        en: "this form was sent from another site; open the page on this site and send it from there",
        id: "formulir ini dikirim dari situs lain; buka halamannya di situs ini lalu kirim dari sana")
    static func moreProblems(_ count: Int) -> Phrase {
        Phrase(
            en: "… and \(count) more (komitmen validate lists them all)",
            id: "… dan \(count) lagi (komitmen validate mencantumkan semuanya)")
    }
    static let problem = Phrase(en: "Something went wrong", id: "Terjadi masalah")
    static let backHome = Phrase(en: "Back to the home page", id: "Kembali ke beranda")
    static let homeTitle = Phrase(en: "Your quarterly reports", id: "Laporan triwulan Anda")
    static func reportsOf(_ signatory: String) -> Phrase {
        Phrase(en: "Quarterly reports of \(signatory)", id: "Laporan triwulan \(signatory)")
    }
    static let today = Phrase(en: "today", id: "hari ini")
    static let quarter = Phrase(en: "Quarter", id: "Triwulan")
    static let dueDate = Phrase(en: "Due", id: "Batas waktu")
    static let state = Phrase(en: "State", id: "Status")
    static let receipt = Phrase(en: "Receipt", id: "Tanda terima")
    static let review = Phrase(en: "Review", id: "Tinjauan")
    static let locked = Phrase(en: "approved and locked", id: "disetujui dan dikunci")
    static let fillIn = Phrase(en: "Fill in", id: "Isi laporan")
    static let correct = Phrase(en: "Correct", id: "Perbaiki")
    static let hasErrors = Phrase(en: "filed with errors", id: "ada kesalahan")
    static let received = Phrase(en: "received", id: "diterima")
    static let narrative = Phrase(en: "Narrative", id: "Uraian")
    static let evidence = Phrase(en: "Evidence", id: "Bukti pendukung")
    static let evidenceHelp = Phrase(
        en: "Links or document numbers, one per line (optional).",
        id: "Tautan atau nomor dokumen, satu per baris (boleh kosong).")
    static let values = Phrase(en: "This quarter's numbers", id: "Angka triwulan ini")
    static let valuesHelp = Phrase(
        en: "Whole numbers, digits only (1234, not 1.234). Leave empty what a section below counts.",
        id: "Bilangan bulat, angka saja (1234, bukan 1.234). Kosongkan yang dihitung dari bagian di bawah.")
    static let target = Phrase(en: "target", id: "target")
    static func derived(_ section: Phrase) -> Phrase {
        Phrase(
            en: "Or leave it empty and list the \(section.en) below: komitmen counts them.",
            id: "Atau kosongkan dan isi \(section.id) di bawah: komitmen menghitungnya.")
    }
    static let yes = Phrase(en: "yes", id: "ya")
    static let no = Phrase(en: "no", id: "tidak")
    static let optional = Phrase(en: "optional", id: "boleh kosong")
    static let addRow = Phrase(en: "Add a row", id: "Tambah baris")
    static func removeRow(_ number: Int) -> Phrase {
        Phrase(en: "Remove row #\(number)", id: "Hapus baris #\(number)")
    }
    static func formTooLarge(_ kilobytes: Int) -> Phrase {
        Phrase(
            en:
                "This report is too large to edit on a page (its form would be \(kilobytes) KB). Download it, correct it in a text editor and upload it below.",
            id:
                "Laporan ini terlalu besar untuk diubah di halaman (formulirnya \(kilobytes) KB). Unduh berkasnya, perbaiki dengan penyunting teks, lalu unggah di bawah."
        )
    }
    static let downloadReport = Phrase(en: "Download the report as filed", id: "Unduh laporan yang tersimpan")
    static func pageTooLarge(_ kilobytes: Int) -> Phrase {
        Phrase(
            en: "This page would be \(kilobytes) KB, more than a page may hold (200 KB); nothing is lost.",
            id: "Halaman ini akan berukuran \(kilobytes) KB, lebih dari batas halaman (200 KB); tidak ada yang hilang.")
    }
    static let orUpload = Phrase(en: "Or upload a YAML file", id: "Atau unggah berkas YAML")
    static let upload = Phrase(en: "Upload and file", id: "Unggah dan serahkan")
    static let downloadTemplate = Phrase(
        en: "Download the blank template to fill offline", id: "Unduh templat kosong untuk diisi tanpa internet")
    static let noFile = Phrase(en: "choose a YAML file to upload", id: "pilih berkas YAML yang akan diunggah")
    static let uploadedFile = Phrase(en: "the uploaded file", id: "berkas yang diunggah")
    static let line = Phrase(en: "line", id: "baris")
    static func formTitle(_ quarter: Quarter) -> Phrase {
        Phrase(en: "Report for \(quarter)", id: "Laporan triwulan \(quarter)")
    }
    static let receiptTitle = Phrase(en: "Receipt", id: "Tanda terima")
    static let stored = Phrase(en: "Your report was stored.", id: "Laporan Anda sudah tersimpan.")
    static let signatoryWord = Phrase(en: "Signatory", id: "Penanda tangan")
    static let version = Phrase(en: "Version", id: "Versi")
    static let received2 = Phrase(en: "Received", id: "Diterima")
    static let filing = Phrase(en: "Filing", id: "Ketepatan waktu")
    static let onTime = Phrase(en: "on time", id: "tepat waktu")
    static let late = Phrase(en: "late", id: "terlambat")
    /// A replacement after the due date that changed a value (its `filing` keeps the first date).
    static let lateCorrection = Phrase(en: "late correction", id: "koreksi terlambat")
    static let auditEntry = Phrase(en: "Audit entry", id: "Entri audit")
    static let chainHead = Phrase(en: "Audit chain head", id: "Kepala rantai audit")
    static let statusTitle = Phrase(en: "Filing status", id: "Status pelaporan")
    static let summaryOf = Phrase(en: "Summary of", id: "Ringkasan triwulan")
    static let show = Phrase(en: "Show", id: "Tampilkan")
    static let asOf = Phrase(en: "As of", id: "Per")
    static let reviewQueue = Phrase(en: "Review queue", id: "Antrean tinjauan")
    static let chase = Phrase(en: "Whom to chase", id: "Yang perlu diingatkan")
    static func nothingToChase(_ asOf: CalendarDate) -> Phrase {
        Phrase(
            en: "Nothing to chase as of \(asOf): every report due is filed and none is waiting for changes.",
            id:
                "Tidak ada yang perlu diingatkan per \(asOf): semua laporan yang jatuh tempo sudah masuk dan tidak ada yang menunggu perbaikan."
        )
    }
    static let email = Phrase(en: "E-mail", id: "Surel")
    static let noContact = Phrase(
        en: "No contact listed (reach them another way):", id: "Tanpa kontak (hubungi dengan cara lain):")
    static let queueEmpty = Phrase(en: "Nothing is waiting for review.", id: "Tidak ada yang menunggu tinjauan.")
    static let submittedOn = Phrase(en: "submitted", id: "diserahkan")
    static let versions = Phrase(en: "Versions", id: "Versi")
    static let noVersions = Phrase(
        en: "No version was filed through the server (the file came another way).",
        id: "Belum ada versi yang diserahkan lewat server (berkasnya datang dengan cara lain).")
    static let comment = Phrase(en: "Comment for the signatory", id: "Komentar untuk penanda tangan")
    static let approve = Phrase(en: "Approve", id: "Setujui")
    static let requestChanges = Phrase(en: "Ask for changes", id: "Minta perbaikan")
    static let reopen = Phrase(en: "Reopen", id: "Buka kembali")
    static let chooseReview = Phrase(
        en: "choose approve, ask for changes or reopen", id: "pilih setujui, minta perbaikan atau buka kembali")
    static func reviewTitle(_ quarter: Quarter, _ name: String) -> Phrase {
        Phrase(en: "Review: \(name), \(quarter)", id: "Tinjauan: \(name), \(quarter)")
    }
    static func reviewState(_ state: ReviewState) -> Phrase {
        switch state {
        case .received: Phrase(en: "received", id: "diterima")
        case .approved: Phrase(en: "approved", id: "disetujui")
        case .changesRequested: Phrase(en: "changes requested", id: "perlu perbaikan")
        }
    }

    /// The receipt's digest: the algorithm's name, the same in every language.
    static let sha256 = Phrase(en: "SHA-256", id: "SHA-256")

    /// The messaging service's name, the same in every language.
    static let whatsapp = Phrase(en: "WhatsApp", id: "WhatsApp")
}
