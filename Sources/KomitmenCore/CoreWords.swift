import KomitmenText

/// The phrases of komitmen's core: the messages and hints of reading a repository (declaration,
/// signatories, reports, reviews), the summary engine's, and the indicator and section names.
/// Layout messages are in `CoreWords+Layout.swift`, the report template's in
/// `CoreWords+Template.swift`. CONTRIBUTING.md, "Languages", says where a phrase goes.
public enum CoreWords {
    static func alreadyGivenForAContact(_ key: String, value: String, line: Int) -> Phrase {
        Phrase(
en: "\(key) \(value) is already given for a contact on line \(line)",
id: "\(key) \(value) sudah tercantum untuk kontak di baris \(line)")
    }

    static let listEachAddressOnce = Phrase(
en: "list each address once: every contact gets every reminder",
id: "cantumkan setiap alamat sekali saja: setiap kontak menerima setiap pengingat")

    static func notAnEmailAddress(_ email: String) -> Phrase {
        Phrase(en: "'\(email)' is not an e-mail address", id: "'\(email)' bukan alamat surel")
    }

    static let writeOnePlainAddress = Phrase(
en: "write one plain address such as sekretariat@example.org, without a name or <>",
id: "tulis satu alamat saja, mis. sekretariat@example.org, tanpa nama atau <>")

    static func write(_ suggestion: String) -> Phrase {
        Phrase(en: "write \(suggestion)", id: "tulis \(suggestion)")
    }

    static let writeE164 = Phrase(
en:
"write + and the country code, then the number without 0, spaces or dashes, e.g. +6281234567890",
id:
"tulis + dan kode negara, lalu nomor tanpa 0 di depan, spasi atau tanda hubung, mis. +6281234567890"
)

    static func phoneNotE164(_ phone: String) -> Phrase {
        Phrase(
en: "phone '\(phone)' is not written in E.164 form",
id: "telepon '\(phone)' tidak ditulis dalam bentuk E.164")
    }

    static let contactNeedsAnAddress = Phrase(en: "a contact needs an email or a phone", id: "kontak memerlukan email atau phone")

    static let remindersGoToThese = Phrase(
en: "reminders go to these; add email: or phone: (E.164, e.g. +6281234567890)",
id: "pengingat dikirim ke sini; tambahkan email: atau phone: (E.164, mis. +6281234567890)")

    static func unknownLanguage(_ text: String) -> Phrase {
        // The codes from `Language`, Indonesian first as everywhere: "id or en".
        Phrase(
            en: "unknown language '\(text)'; use \(Language.codes(joinedBy: " or "))",
            id: "bahasa '\(text)' tidak dikenal; gunakan \(Language.codes(joinedBy: " atau "))")
    }

    static func dueDaysOutOfRange(_ days: Int, first: Int, last: Int) -> Phrase {
        Phrase(
en:
"due_days must be from \(days) to \(first), found \(last)",
id:
"due_days harus dari \(days) sampai \(first), tertulis \(last)"
)
    }

    static let whatDueDaysAre = Phrase(
en: "the number of days after a quarter ends that its report is due, e.g. 15",
id: "jumlah hari setelah triwulan berakhir sampai laporannya jatuh tempo, mis. 15")

    static func fractionAboveZero(_ key: String) -> Phrase {
        Phrase(
en: "\(key) must be a fraction above 0 and at most 1, e.g. 0.9",
id: "\(key) harus pecahan di atas 0 dan paling besar 1, mis. 0.9")
    }

    static func atRiskAboveOnTrack(_ atRisk: Double, onTrack: Double) -> Phrase {
        Phrase(
en: "at_risk (\(atRisk)) must not be above on_track (\(onTrack))",
id: "at_risk (\(atRisk)) tidak boleh di atas on_track (\(onTrack))")
    }

    static let writeAnIANAZone = Phrase(
en:
"write an IANA zone name such as Asia/Makassar (WITA), Asia/Jakarta (WIB) or Asia/Jayapura (WIT)",
id: "tulis nama zona IANA seperti Asia/Makassar (WITA), Asia/Jakarta (WIB) atau Asia/Jayapura (WIT)"
)

    static func unknownTimeZone(_ text: String) -> Phrase {
        Phrase(en: "unknown time zone '\(text)'", id: "zona waktu '\(text)' tidak dikenal")
    }

    static let needsAGoal = Phrase(
en: "the declaration needs at least one goal",
id: "deklarasi memerlukan paling sedikit satu tujuan")

    static let expectedAMappingFound = Phrase(
en: "expected a mapping (key: value lines), found ",
id: "seharusnya pemetaan (baris kunci: nilai), tertulis ")

    static let keyMustBePlain = Phrase(en: "a key must be a plain name", id: "kunci harus berupa nama biasa")

    static let theFieldsAre = Phrase(en: "the fields here are: ", id: "kolom yang dikenal di sini: ")

    static func unknownField(_ key: String) -> Phrase {
        Phrase(en: "unknown field '\(key)'", id: "kolom '\(key)' tidak dikenal")
    }

    static func missingField(_ key: String) -> Phrase {
        Phrase(en: "missing field '\(key)'", id: "kolom '\(key)' belum ada")
    }

    static func fieldHasNoValue(_ key: String) -> Phrase {
        Phrase(en: "field '\(key)' has no value", id: "kolom '\(key)' tidak berisi nilai")
    }

    static let count = Phrase(en: "count", id: "jumlah")

    static let percent = Phrase(en: "percent", id: "persen")

    static let rupiah = Phrase(en: "rupiah", id: "rupiah")

    static let yesNo = Phrase(en: "yes/no", id: "ya/tidak")

    static let expectedACountFound = Phrase(
en: "expected a whole number (0 or more), found ", id: "seharusnya bilangan bulat (0 atau lebih), tertulis "
)

    static func expectedRupiah(_ text: String) -> Phrase {
        Phrase(
en: "expected a whole number of rupiah, found '\(text)'",
id: "seharusnya bilangan bulat rupiah, tertulis '\(text)'")
    }

    static let writeRupiahPlain = Phrase(
en: "write the amount without 'Rp' and without dots, e.g. 1500000",
id: "tulis nominal tanpa 'Rp' dan tanpa titik, mis. 1500000")

    static func expectedAPercentage(_ text: String) -> Phrase {
        Phrase(
en: "expected a percentage from 0 to 100, found '\(text)'",
id: "seharusnya persentase 0 sampai 100, tertulis '\(text)'")
    }

    static let writeAQuarter = Phrase(
en: "write the year, a dash, Q and the quarter's number, e.g. 2025-Q3",
id: "tulis tahun, tanda hubung, Q dan nomor triwulan, mis. 2025-Q3")

    static func expectedAQuarter(_ text: String) -> Phrase {
        Phrase(
en: "expected a quarter (YYYY-Qn), found '\(text)'",
id: "seharusnya triwulan (TTTT-Qn), tertulis '\(text)'")
    }

    static func invalidID(_ text: String) -> Phrase {
        Phrase(
en: "id '\(text)' may use only lowercase letters a-z, digits and '-'",
id: "id '\(text)' hanya boleh memakai huruf kecil a-z, angka dan '-'")
    }

    static func forExample(_ suggestion: String) -> Phrase {
        Phrase(en: "for example '\(suggestion)'", id: "misalnya '\(suggestion)'")
    }

    static let textIsEmpty = Phrase(en: "the text is empty", id: "teksnya kosong")

    static func unknownSignatory(_ id: String) -> Phrase {
        Phrase(en: "unknown signatory '\(id)'", id: "penanda tangan '\(id)' tidak dikenal")
    }

    static let signatoriesAreFiles = Phrase(
en: "signatories are the files in signatories/",
id: "daftar penanda tangan ada di folder signatories/")

    static func signatoryNotFileName(_ id: String, stem: String) -> Phrase {
        Phrase(
en: "signatory '\(id)' does not match the file name '\(stem).yaml'",
id: "signatory '\(id)' tidak sama dengan nama berkas '\(stem).yaml'")
    }

    static func reportIsNamedAfter(_ id: String) -> Phrase {
        Phrase(
en: "a report is named after its signatory: \(id).yaml",
id: "laporan diberi nama sesuai penanda tangannya: \(id).yaml")
    }

    static func periodNotFolder(_ period: Quarter, folder: Quarter) -> Phrase {
        Phrase(
en: "period \(period) does not match the folder reports/\(folder)/",
id: "period \(period) tidak sama dengan folder reports/\(folder)/")
    }

    static func moveTheFile(_ period: Quarter) -> Phrase {
        Phrase(
en: "move the file to reports/\(period)/, or correct the period",
id: "pindahkan berkas ke reports/\(period)/, atau perbaiki period")
    }

    static func doesNotReportFor(_ signatory: String, period: Quarter, first: Quarter) -> Phrase {
        Phrase(
en: "\(signatory) does not report for \(period): its first quarter is \(first)",
id: "\(signatory) tidak melapor untuk \(period): triwulan pertamanya \(first)")
    }

    static func submittedBeforeQuarter(_ submitted: CalendarDate, period: Quarter, firstDay: CalendarDate) -> Phrase {
        Phrase(
en: "submitted \(submitted) is before the quarter \(period) began (\(firstDay))",
id: "submitted \(submitted) lebih awal dari awal triwulan \(period) (\(firstDay))")
    }

    static func submittedAfterToday(_ submitted: CalendarDate, today: CalendarDate) -> Phrase {
        Phrase(
en:
"submitted \(submitted) is after today (\(today)); summaries leave this report out until then",
id:
"submitted \(submitted) lebih lambat dari hari ini (\(today)); ringkasan tidak memuat laporan ini sampai tanggal itu"
)
    }

    static let checkTheSubmittedDate = Phrase(
en: "check the date: write the day the report was submitted",
id: "periksa tanggalnya: tulis hari laporan diserahkan")

    static func derivedMismatch(
        _ indicator: String, given: String, section: String, derived: String, formula: Phrase
    ) -> Phrase {
        Phrase(
            en: "\(indicator) is \(given) but the \(section) give \(derived) (\(formula.en))",
            id: "\(indicator) tertulis \(given) tetapi \(section) menghasilkan \(derived) (\(formula.id))")
    }

    static func correctOrLetKomitmenCount(_ name: String) -> Phrase {
        Phrase(
en: "correct the number, or leave it out and let komitmen count the \(name)",
id:
"perbaiki angkanya, atau hapus saja dan biarkan komitmen menghitung dari \(name)"
)
    }

    static func narrativeTooLong(_ count: Int, most: Int) -> Phrase {
        Phrase(
en: "narrative is \(count) characters long; at most \(most) are read",
id: "narrative sepanjang \(count) karakter; paling banyak \(most) yang dibaca"
)
    }

    static let shortenIt = Phrase(
en: "shorten it, and put long documents under evidence as links",
id: "persingkat, dan cantumkan dokumen panjang di evidence sebagai tautan")

    static func tooManyEvidenceItems(_ count: Int, most: Int) -> Phrase {
        Phrase(
en: "evidence lists \(count) items; at most \(most) are read",
id: "evidence memuat \(count) butir; paling banyak \(most) yang dibaca")
    }

    static func keepTheEvidence(_ most: Int) -> Phrase {
        Phrase(
en: "keep the \(most) that matter most, or link to one page listing the rest",
id:
"pertahankan \(most) yang terpenting, atau tautkan satu halaman yang memuat sisanya"
)
    }

    static func evidenceItemTooLong(_ count: Int, most: Int) -> Phrase {
        Phrase(
en: "evidence item is \(count) characters long; at most \(most) are read",
id:
"butir evidence sepanjang \(count) karakter; paling banyak \(most) yang dibaca"
)
    }

    static let giveALink = Phrase(
en: "give a link or a document number, not the document itself",
id: "tulis tautan atau nomor dokumen, bukan isi dokumennya")

    static func notPledged(_ key: String, signatory: String) -> Phrase {
        Phrase(
en: "'\(key)' is not among \(signatory)'s pledged indicators; it is not counted",
id: "'\(key)' tidak termasuk indikator janji \(signatory); nilainya tidak dihitung")
    }

    static let requestChangesNeedsComment = Phrase(
en: "a review that requests changes says which: write a comment",
id: "tinjauan yang meminta perbaikan menyebut apa yang diperbaiki: tulis comment")

    static let forExampleComment = Phrase(
en: "for example  comment: The number of victims differs from the police report",
id: "misalnya  comment: Jumlah korban berbeda dengan laporan polres")

    static func noReportForReview(_ quarter: Quarter, signatory: String) -> Phrase {
        Phrase(
en: "there is no report reports/\(quarter)/\(signatory).yaml for this review",
id: "tidak ada laporan reports/\(quarter)/\(signatory).yaml untuk tinjauan ini")
    }

    static let reviewBelongsToReport = Phrase(
en: "a review belongs to a report: check the file name and its folder",
id: "tinjauan milik sebuah laporan: periksa nama berkas dan foldernya")

    static func reviewedBeforeSubmitted(_ on: CalendarDate, submitted: CalendarDate) -> Phrase {
        Phrase(
en: "reviewed on \(on), before the report was submitted (\(submitted))",
id: "ditinjau pada \(on), sebelum laporan diserahkan (\(submitted))")
    }

    static func writeTheReviewDay(_ submitted: CalendarDate) -> Phrase {
        Phrase(
en: "write the day of the review: \(submitted) or later",
id: "tulis tanggal tinjauan: \(submitted) atau sesudahnya")
    }

    static func reviewedAfterToday(_ on: CalendarDate, today: CalendarDate) -> Phrase {
        Phrase(
en:
"reviewed on \(on), after today (\(today)); summaries show the report as received until then",
id:
"ditinjau pada \(on), lebih lambat dari hari ini (\(today)); ringkasan menampilkan laporan sebagai diterima sampai tanggal itu"
)
    }

    static func invalidState(_ text: String, list: Phrase) -> Phrase {
        Phrase(
en: "'\(text)' is not a valid state; expected one of: \(list.en)",
id: "'\(text)' bukan state yang sah; pilih salah satu: \(list.id)")
    }

    static let numberOfEntries = Phrase(en: "number of entries", id: "jumlah entri")

    static func numberOfEntriesWith(_ field: String, value: String) -> Phrase {
        Phrase(en: "number of entries with \(field): \(value)", id: "jumlah entri dengan \(field): \(value)")
    }

    static func duplicateEntry(_ field: String, text: String, line: Int) -> Phrase {
        Phrase(
en: "duplicate \(field) '\(text)' (first used on line \(line))",
id: "\(field) '\(text)' ganda (pertama dipakai di baris \(line))")
    }

    static func dateOutsideQuarter(_ date: CalendarDate, quarter: Quarter, firstDay: CalendarDate, lastDay: CalendarDate) -> Phrase {
        Phrase(
en:
"\(date) is outside the report's quarter \(quarter) (\(firstDay) to \(lastDay))",
id:
"\(date) berada di luar triwulan laporan \(quarter) (\(firstDay) sampai \(lastDay))"
)
    }

    static func expectedAWebAddress(_ text: String) -> Phrase {
        Phrase(
en: "expected a web address starting with http:// or https://, found '\(text)'",
id: "seharusnya alamat web yang diawali http:// atau https://, tertulis '\(text)'")
    }

    static func invalidChoice(_ text: String, field: String, list: Phrase) -> Phrase {
        Phrase(
en: "'\(text)' is not a valid \(field); expected one of: \(list.en)",
id: "'\(text)' bukan \(field) yang sah; pilih salah satu: \(list.id)")
    }

    static func idNotFileName(_ id: String, expected: String) -> Phrase {
        Phrase(
en: "id '\(id)' does not match the file name '\(expected).yaml'",
id: "id '\(id)' tidak sama dengan nama berkas '\(expected).yaml'")
    }

    static func renameOrWriteID(_ id: String, expected: String) -> Phrase {
        Phrase(
en: "rename the file to \(id).yaml, or write id: \(expected)",
id: "ganti nama berkas menjadi \(id).yaml, atau tulis id: \(expected)")
    }

    static func unknownStakeholderKind(_ kind: String) -> Phrase {
        Phrase(
en: "unknown stakeholder kind '\(kind)'",
id: "jenis pemangku kepentingan '\(kind)' tidak dikenal")
    }

    static let theKindsAre = Phrase(en: "the kinds are: ", id: "jenis yang ada: ")

    static func unknownRegion(_ region: String) -> Phrase {
        Phrase(
en: "unknown region '\(region)'; regions are listed in declaration.yaml",
id: "wilayah '\(region)' tidak dikenal; daftar wilayah ada di declaration.yaml")
    }

    static func joinedTooEarly(_ joined: Quarter, first: Quarter) -> Phrase {
        Phrase(
en:
"joined \(joined) is before the declaration's first reporting quarter \(first)",
id:
"joined \(joined) lebih awal dari triwulan pelaporan pertama deklarasi \(first)"
)
    }

    static func unknownGoal(_ goal: String) -> Phrase {
        Phrase(en: "unknown goal '\(goal)'", id: "tujuan '\(goal)' tidak dikenal")
    }

    static let theGoalsAre = Phrase(en: "the goals are: ", id: "tujuan yang ada: ")

    static let pledgeNeedsAnIndicator = Phrase(
en: "a pledge needs at least one indicator",
id: "janji memerlukan paling sedikit satu indikator")

    static func fromAfterBy(_ from: Quarter, by: Quarter) -> Phrase {
        Phrase(en: "from \(from) is after by \(by)", id: "from \(from) lebih lambat dari by \(by)")
    }

    static func byTooEarly(_ by: Quarter, firstQuarter: Quarter) -> Phrase {
        Phrase(
en:
"by \(by) is before \(firstQuarter), the first quarter this signatory reports: the target could never be reached",
id:
"by \(by) lebih awal dari \(firstQuarter), triwulan pertama penanda tangan ini melapor: target tidak mungkin tercapai"
)
    }

    static func writeAQuarterFrom(_ firstQuarter: Quarter) -> Phrase {
        Phrase(
en: "write a quarter from \(firstQuarter) on", id: "tulis triwulan mulai \(firstQuarter)")
    }

    static func targetNotAboveBaseline(_ indicator: String, floor: String) -> Phrase {
        Phrase(
en: "'\(indicator)' should go up, so its target must be above its baseline \(floor)",
id: "'\(indicator)' seharusnya naik, jadi target harus di atas baseline \(floor)")
    }

    static let withoutABaseline = Phrase(
en: "without a baseline the baseline counts as 0", id: "tanpa baseline, baseline dihitung 0"
)

    static func giveABaselineAbove(_ indicator: String) -> Phrase {
        Phrase(
en:
"'\(indicator)' should go down: give a baseline (the value before the declaration) above the target",
id:
"'\(indicator)' seharusnya turun: tuliskan baseline (nilai sebelum deklarasi) di atas target"
)
    }

    static func baselineNotAboveTarget(_ indicator: String, target: String) -> Phrase {
        Phrase(
en:
"'\(indicator)' should go down, so its baseline must be above its target \(target)",
id:
"'\(indicator)' seharusnya turun, jadi baseline harus di atas target \(target)"
)
    }

    static func unknownIndicator(_ id: String, kind: String) -> Phrase {
        Phrase(
en: "unknown indicator '\(id)' for a \(kind) signatory",
id: "indikator '\(id)' tidak dikenal untuk penanda tangan jenis \(kind)")
    }

    static let itsIndicatorsAre = Phrase(en: "its indicators are: ", id: "indikatornya: ")

    static func didYouMean(_ match: String) -> Phrase {
        Phrase(en: "did you mean '\(match)'?", id: "maksud Anda '\(match)'?")
    }

    static func andMore(_ shown: String, more: Int) -> Phrase {
        Phrase(en: "\(shown) and \(more) more", id: "\(shown) dan \(more) lainnya")
    }

    static let noUsableDeclaration = Phrase(
en: "the repository has no usable declaration.yaml",
id: "repositori tidak memiliki declaration.yaml yang dapat dipakai")

    static func noQuarterDueYet(_ asOf: CalendarDate, first: Quarter, due: CalendarDate) -> Phrase {
        Phrase(
en:
"no quarter is due yet on \(asOf): the first, \(first), is due on \(due)",
id:
"belum ada triwulan yang jatuh tempo pada \(asOf): yang pertama, \(first), jatuh tempo \(due)"
)
    }

    static func summaryYearOutOfRange(_ text: String, first: Int, last: Int) -> Phrase {
        Phrase(
en:
"\(text) is out of range: a summary covers the years \(first) to \(last)",
id:
"\(text) di luar rentang: ringkasan mencakup tahun \(first) sampai \(last)"
)
    }

    /// "duplicate goal id 'x' (first used on line N)"; `what` is one of the kinds named here.
    static func duplicateID(_ what: String, _ id: String, _ line: Int) -> Phrase {
        let kinds = [
            "goal": Phrase(en: "goal", id: "tujuan"), "region": Phrase(en: "region", id: "wilayah"),
            "pledge": Phrase(en: "pledge", id: "janji"), "signatory": Phrase(en: "signatory", id: "penanda tangan"),
        ]
        let kind = kinds[what] ?? Phrase(verbatim: what)
        return Phrase(
            en: "duplicate \(kind.en) id '\(id)' (first used on line \(line))",
            id: "id \(kind.id) '\(id)' ganda (pertama dipakai di baris \(line))")
    }
}
