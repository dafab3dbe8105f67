import KomitmenYAML

/// The diagnostics of the repository's layout and of the declaration, signatory and report files.
extension DiagnosticCode {
    // Layout: what lies where in the repository.
    public static let noSuchFolder = DiagnosticCode(
        "no-such-folder", .error,
        Phrase(
            en: "The repository folder given does not exist.", id: "Folder repositori yang disebut tidak ada."))
    public static let missingDeclaration = DiagnosticCode(
        "missing-declaration", .error,
        Phrase(
            en: "The repository has no declaration.yaml.", id: "Repositori tidak memiliki declaration.yaml."))
    public static let cannotList = DiagnosticCode(
        "cannot-list", .error,
        Phrase(
            en: "A folder cannot be listed (permissions, or a system error).",
            id: "Isi folder tidak dapat dibaca (izin, atau kesalahan sistem)."))
    public static let cannotRead = DiagnosticCode(
        "cannot-read", .error,
        Phrase(
            en: "A file cannot be read (permissions, or a system error).",
            id: "Berkas tidak dapat dibaca (izin, atau kesalahan sistem)."))
    public static let symlink = DiagnosticCode(
        "symlink", .error,
        Phrase(
            en: "A symbolic link inside the repository; links are never followed.",
            id: "Tautan simbolik di dalam repositori; tautan tidak pernah diikuti."))
    public static let notAFile = DiagnosticCode(
        "not-a-file", .error,
        Phrase(
            en: "A folder, pipe or device where a file belongs.",
            id: "Folder, pipa atau perangkat di tempat seharusnya berkas."))
    public static let notAFolder = DiagnosticCode(
        "not-a-folder", .error,
        Phrase(
            en: "A file where a folder belongs.", id: "Berkas di tempat seharusnya folder."))
    public static let notRead = DiagnosticCode(
        "not-read", .warning,
        Phrase(
            en: "A file or folder komitmen does not read, in a place it looks into.",
            id: "Berkas atau folder yang tidak dibaca komitmen, di tempat yang diperiksanya."))
    public static let misnamed = DiagnosticCode(
        "misnamed", .error,
        Phrase(
            en:
                "A file or folder whose name is almost what komitmen reads (.yml, a space, capitals), so it is not read.",
            id: "Berkas atau folder yang namanya hampir sesuai (.yml, spasi, huruf besar), sehingga tidak dibaca."))
    public static let notAQuarterFolder = DiagnosticCode(
        "not-a-quarter-folder", .error,
        Phrase(
            en: "A folder in reports/ or reviews/ that is not named as a quarter (YYYY-Qn).",
            id: "Folder di reports/ atau reviews/ yang namanya bukan triwulan (TTTT-Qn)."))
    public static let reportOutOfPlace = DiagnosticCode(
        "report-out-of-place", .error,
        Phrase(
            en: "A report or review outside its quarter's folder.",
            id: "Laporan atau tinjauan di luar folder triwulannya."))
    public static let fileNameEncoding = DiagnosticCode(
        "file-name-encoding", .error,
        Phrase(
            en: "A file name that is not valid UTF-8.", id: "Nama berkas yang bukan UTF-8 yang sah."))
    public static let fileNameControlCharacter = DiagnosticCode(
        "file-name-control-character", .error,
        Phrase(
            en: "A file name that holds a control or bidirectional character.",
            id: "Nama berkas yang memuat karakter kendali atau pengatur arah."))
    public static let emptyFile = DiagnosticCode(
        "empty-file", .error,
        Phrase(
            en: "A declaration, signatory, report or review file with nothing in it.",
            id: "Berkas deklarasi, penanda tangan, laporan atau tinjauan yang kosong."))

    // Fields of any file.
    public static let unknownField = DiagnosticCode(
        "unknown-field", .error,
        Phrase(
            en: "A field komitmen does not know here (often a typo).",
            id: "Kolom yang tidak dikenal komitmen di sini (sering salah ketik)."))
    public static let missingField = DiagnosticCode(
        "missing-field", .error,
        Phrase(
            en: "A required field is missing.", id: "Kolom wajib belum ada."))
    public static let emptyField = DiagnosticCode(
        "empty-field", .error,
        Phrase(
            en: "A required field is there but has no value.", id: "Kolom wajib ada tetapi tidak berisi nilai."))
    public static let keyNotPlain = DiagnosticCode(
        "key-not-plain", .error,
        Phrase(
            en: "A key that is a list or mapping instead of a plain name.",
            id: "Kunci yang berupa daftar atau pemetaan, bukan nama biasa."))
    public static let emptyText = DiagnosticCode(
        "empty-text", .error,
        Phrase(
            en: "A text given as a map of languages holds no text.",
            id: "Teks berupa peta bahasa yang tidak berisi teks."))
    public static let unknownLanguage = DiagnosticCode(
        "unknown-language", .error,
        Phrase(
            en: "A language other than id or en.", id: "Bahasa selain id atau en."))
    public static let invalidID = DiagnosticCode(
        "invalid-id", .error,
        Phrase(
            en: "An id with characters other than lowercase letters a-z, digits and '-'.",
            id: "Id dengan karakter selain huruf kecil a-z, angka dan '-'."))
    public static let duplicateID = DiagnosticCode(
        "duplicate-id", .error,
        Phrase(
            en: "An id used twice (goals, regions, pledges, signatories).",
            id: "Id yang dipakai dua kali (tujuan, wilayah, janji, penanda tangan)."))
    public static let invalidQuarter = DiagnosticCode(
        "invalid-quarter", .error,
        Phrase(
            en: "A quarter not written YYYY-Qn.", id: "Triwulan yang tidak ditulis TTTT-Qn."))
    public static let rupiahPrefix = DiagnosticCode(
        "rupiah-prefix", .error,
        Phrase(
            en: "An amount written with 'Rp'.", id: "Nominal yang ditulis dengan 'Rp'."))
    public static let percentOutOfRange = DiagnosticCode(
        "percent-out-of-range", .error,
        Phrase(
            en: "A percentage outside 0–100.", id: "Persentase di luar 0–100."))

    // The declaration.
    public static let invalidThreshold = DiagnosticCode(
        "invalid-threshold", .error,
        Phrase(
            en: "A status threshold that is not a fraction above 0 and at most 1, or at_risk above on_track.",
            id: "Ambang status yang bukan pecahan di atas 0 dan paling besar 1, atau at_risk di atas on_track."))
    public static let dueDaysOutOfRange = DiagnosticCode(
        "due-days-out-of-range", .error,
        Phrase(
            en: "due_days outside the range allowed.", id: "due_days di luar rentang yang diizinkan."))
    public static let invalidTile = DiagnosticCode(
        "invalid-tile", .error,
        Phrase(
            en: "A region's tile is not [column, row] with two whole numbers from 0 to 99.",
            id: "Tile wilayah bukan [kolom, baris] berisi dua bilangan bulat 0 sampai 99."))
    public static let duplicateTile = DiagnosticCode(
        "duplicate-tile", .error,
        Phrase(
            en: "Two regions on the same tile of the map.", id: "Dua wilayah pada tile peta yang sama."))
    public static let regionWithoutTile = DiagnosticCode(
        "region-without-tile", .warning,
        Phrase(
            en: "Some regions give a tile and others do not; the public site draws no map.",
            id: "Sebagian wilayah memiliki tile dan sebagian tidak; situs publik tidak menggambar peta."))
    public static let unknownTimeZone = DiagnosticCode(
        "unknown-time-zone", .error,
        Phrase(
            en: "A time zone that is not an IANA zone name.", id: "Zona waktu yang bukan nama zona IANA."))
    public static let noGoals = DiagnosticCode(
        "no-goals", .error,
        Phrase(
            en: "A declaration without goals.", id: "Deklarasi tanpa tujuan."))

    // Signatories.
    public static let fileNameMismatch = DiagnosticCode(
        "file-name-mismatch", .error,
        Phrase(
            en: "A signatory's id, or a report's signatory, differs from the file name.",
            id: "Id penanda tangan, atau penanda tangan laporan, berbeda dari nama berkas."))
    public static let unknownStakeholder = DiagnosticCode(
        "unknown-stakeholder", .error,
        Phrase(
            en: "A stakeholder kind no compiled-in plugin provides.",
            id: "Jenis pemangku kepentingan yang tidak disediakan plugin mana pun."))
    public static let unknownRegion = DiagnosticCode(
        "unknown-region", .error,
        Phrase(
            en: "A region not listed in declaration.yaml.", id: "Wilayah yang tidak tercantum di declaration.yaml."))
    public static let joinedTooEarly = DiagnosticCode(
        "joined-too-early", .error,
        Phrase(
            en: "A signatory joined before the declaration's first reporting quarter.",
            id: "Penanda tangan bergabung sebelum triwulan pelaporan pertama deklarasi."))
    public static let unknownGoal = DiagnosticCode(
        "unknown-goal", .error,
        Phrase(
            en: "A pledge names a goal the declaration does not have.",
            id: "Janji menyebut tujuan yang tidak ada di deklarasi."))
    public static let pledgeWithoutIndicator = DiagnosticCode(
        "pledge-without-indicator", .error,
        Phrase(
            en: "A pledge with no indicator.", id: "Janji tanpa indikator."))
    public static let unknownIndicator = DiagnosticCode(
        "unknown-indicator", .error,
        Phrase(
            en: "An indicator the signatory's plugin does not define.",
            id: "Indikator yang tidak didefinisikan plugin penanda tangan."))
    public static let quarterOrder = DiagnosticCode(
        "quarter-order", .error,
        Phrase(
            en: "A target's from is after its by, or its by is before the signatory's first quarter.",
            id: "from sebuah target lebih lambat dari by-nya, atau by lebih awal dari triwulan pertama penanda tangan.")
    )
    public static let targetDirection = DiagnosticCode(
        "target-direction", .error,
        Phrase(
            en: "A target that does not go the indicator's way from its baseline.",
            id: "Target yang tidak searah dengan arah indikator dari baseline-nya."))
    public static let missingBaseline = DiagnosticCode(
        "missing-baseline", .warning,
        Phrase(
            en: "An indicator that should go down has no baseline.",
            id: "Indikator yang seharusnya turun tidak memiliki baseline."))

    // Signatories' contacts (reminders go to them).
    public static let invalidEmail = DiagnosticCode(
        "invalid-email", .error,
        Phrase(
            en: "A contact's email that is not one plain address (local@domain).",
            id: "Email kontak yang bukan satu alamat biasa (lokal@domain)."))
    public static let invalidPhone = DiagnosticCode(
        "invalid-phone", .error,
        Phrase(
            en: "A contact's phone not written in E.164 form (+ country code and number, e.g. +6281234567890).",
            id: "Telepon kontak yang tidak ditulis dalam bentuk E.164 (+ kode negara dan nomor, mis. +6281234567890)."))
    public static let contactWithoutAddress = DiagnosticCode(
        "contact-without-address", .error,
        Phrase(
            en: "A contact with neither an email nor a phone.", id: "Kontak tanpa email maupun telepon."))
    public static let duplicateContact = DiagnosticCode(
        "duplicate-contact", .error,
        Phrase(
            en: "An email or phone given for two contacts of one signatory.",
            id: "Email atau telepon yang tercantum untuk dua kontak dari satu penanda tangan."))

    // Reports.
    public static let unknownSignatory = DiagnosticCode(
        "unknown-signatory", .error,
        Phrase(
            en: "A report's signatory has no file in signatories/.",
            id: "Penanda tangan laporan tidak memiliki berkas di signatories/."))
    public static let periodMismatch = DiagnosticCode(
        "period-mismatch", .error,
        Phrase(
            en: "A report's period differs from its folder.", id: "Periode laporan berbeda dari foldernya."))
    public static let beforeFirstQuarter = DiagnosticCode(
        "before-first-quarter", .error,
        Phrase(
            en: "A report for a quarter before the signatory's first.",
            id: "Laporan untuk triwulan sebelum triwulan pertama penanda tangan."))
    public static let submittedBeforeQuarter = DiagnosticCode(
        "submitted-before-quarter", .error,
        Phrase(
            en: "A report submitted before its quarter began.", id: "Laporan diserahkan sebelum triwulannya dimulai."))
    public static let submittedNotFilingDate = DiagnosticCode(
        "submitted-not-filing-date", .error,
        Phrase(
            en: "A report filed through `komitmen serve` whose `submitted:` is not the day the server received it.",
            id:
                "Laporan yang diserahkan lewat `komitmen serve` dengan `submitted:` yang bukan tanggal server menerimanya."
        ))
    public static let futureSubmitted = DiagnosticCode(
        "future-submitted", .warning,
        Phrase(
            en: "A report submitted after today; summaries leave it out until then.",
            id: "Laporan diserahkan setelah hari ini; ringkasan tidak memuatnya sampai tanggal itu."))
    public static let unpledgedIndicator = DiagnosticCode(
        "unpledged-indicator", .warning,
        Phrase(
            en: "A value for an indicator the signatory did not pledge; it is not counted.",
            id: "Nilai untuk indikator yang tidak dijanjikan penanda tangan; tidak dihitung."))
    public static let derivedMismatch = DiagnosticCode(
        "derived-mismatch", .error,
        Phrase(
            en: "A value differs from what the report's section entries give.",
            id: "Nilai berbeda dari hasil hitungan entri bagian laporan."))
    public static let duplicateEntry = DiagnosticCode(
        "duplicate-entry", .error,
        Phrase(
            en: "Two section entries with the same value in a field that must be unique.",
            id: "Dua entri bagian dengan nilai sama pada kolom yang harus unik."))
    public static let dateOutsideQuarter = DiagnosticCode(
        "date-outside-quarter", .error,
        Phrase(
            en: "A section entry's date outside the report's quarter.",
            id: "Tanggal entri bagian di luar triwulan laporan."))
    public static let invalidURL = DiagnosticCode(
        "invalid-url", .error,
        Phrase(
            en: "A web address not starting with http:// or https://.",
            id: "Alamat web yang tidak diawali http:// atau https://."))
    public static let unknownChoice = DiagnosticCode(
        "unknown-choice", .error,
        Phrase(
            en: "A value not among a field's choices.", id: "Nilai yang tidak termasuk pilihan kolom."))
    public static let notReported = DiagnosticCode(
        "not-reported", .warning,
        Phrase(
            en: "A pledged indicator whose trajectory has started has no value in the report (blank is not zero).",
            id: "Indikator janji yang lintasannya sudah dimulai tidak bernilai dalam laporan (kosong bukan nol)."))
    public static let emptyReport = DiagnosticCode(
        "empty-report", .error,
        Phrase(
            en: "A report with no value at all and no section entry.",
            id: "Laporan tanpa nilai apa pun dan tanpa entri bagian."))
    public static let implausibleValue = DiagnosticCode(
        "implausible-value", .warning,
        Phrase(
            en:
                "A value above 10× its target, or (sum indicators) above 10× the largest value reported before, when that is at least 10.",
            id:
                "Nilai di atas 10× targetnya, atau (indikator sum) di atas 10× nilai terbesar yang dilaporkan sebelumnya, bila itu paling sedikit 10."
        ))
    public static let narrativeTooLong = DiagnosticCode(
        "narrative-too-long", .error,
        Phrase(
            en: "A report's narrative is longer than 20,000 characters.",
            id: "narrative laporan lebih dari 20.000 karakter."))
    public static let tooMuchEvidence = DiagnosticCode(
        "too-much-evidence", .error,
        Phrase(
            en: "A report's evidence lists more than 50 items.",
            id: "evidence laporan memuat lebih dari 50 butir."))
    public static let evidenceTooLong = DiagnosticCode(
        "evidence-too-long", .error,
        Phrase(
            en: "An evidence item is longer than 500 characters.",
            id: "Butir evidence lebih dari 500 karakter."))

    // Reviews.
    public static let reviewWithoutReport = DiagnosticCode(
        "review-without-report", .error,
        Phrase(
            en: "A review in reviews/ with no report at the same place in reports/.",
            id: "Tinjauan di reviews/ tanpa laporan di tempat yang sama di reports/."))
    public static let reviewBeforeSubmitted = DiagnosticCode(
        "review-before-submitted", .error,
        Phrase(
            en: "A review dated before its report was submitted.",
            id: "Tinjauan bertanggal sebelum laporannya diserahkan."))
    public static let reviewCommentMissing = DiagnosticCode(
        "review-comment-missing", .error,
        Phrase(
            en: "A review that requests changes without a comment saying which.",
            id: "Tinjauan yang meminta perbaikan tanpa comment yang menyebut apa yang diperbaiki."))
    public static let futureReview = DiagnosticCode(
        "future-review", .warning,
        Phrase(
            en: "A review dated after today; summaries show the report as received until then.",
            id:
                "Tinjauan bertanggal setelah hari ini; ringkasan menampilkan laporan sebagai diterima sampai tanggal itu."
        ))
}

/// Every code of the core module, for `docs/diagnostics.md` and the uniqueness test.
public enum CoreDiagnosticCodes {
    public static let all: [DiagnosticCode] = [
        .noSuchFolder, .missingDeclaration, .cannotList, .cannotRead, .symlink, .notAFile, .notAFolder, .notRead,
        .misnamed, .notAQuarterFolder, .reportOutOfPlace, .fileNameEncoding, .fileNameControlCharacter, .emptyFile,
        .unknownField, .missingField, .emptyField, .keyNotPlain, .emptyText, .unknownLanguage, .invalidID,
        .duplicateID, .invalidQuarter, .rupiahPrefix, .percentOutOfRange,
        .invalidThreshold, .dueDaysOutOfRange, .invalidTile, .duplicateTile, .regionWithoutTile, .unknownTimeZone,
        .noGoals, .fileNameMismatch, .unknownStakeholder, .unknownRegion, .joinedTooEarly, .unknownGoal,
        .pledgeWithoutIndicator,
        .unknownIndicator, .quarterOrder, .targetDirection, .missingBaseline,
        .invalidEmail, .invalidPhone, .contactWithoutAddress, .duplicateContact,
        .unknownSignatory, .periodMismatch, .beforeFirstQuarter, .submittedBeforeQuarter, .submittedNotFilingDate,
        .futureSubmitted,
        .unpledgedIndicator, .notReported, .emptyReport, .implausibleValue, .derivedMismatch, .duplicateEntry,
        .dateOutsideQuarter, .invalidURL, .unknownChoice,
        .narrativeTooLong, .tooMuchEvidence, .evidenceTooLong,
        .reviewWithoutReport, .reviewBeforeSubmitted, .reviewCommentMissing, .futureReview,
    ]
}
