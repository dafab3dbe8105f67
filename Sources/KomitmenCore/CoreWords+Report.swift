import KomitmenText

/// The messages of reading reports and reviews: header, values, sections, narrative, evidence.
extension CoreWords {
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

    /// Names the indicator and the section by their labels, with their YAML keys to find them.
    static func derivedMismatch(
        _ indicator: IndicatorDefinition, given: String, section: SectionDefinition, derived: String, formula: Phrase
    ) -> Phrase {
        Phrase(
            en:
                "\(indicator.label.en) (\(indicator.id)) is \(given) but the entries of \(section.label.en) (\(section.name)) give \(derived) (\(formula.en))",
            id:
                "\(indicator.label.id) (\(indicator.id)) tertulis \(given) tetapi entri \(section.label.id) (\(section.name)) menghasilkan \(derived) (\(formula.id))"
        )
    }

    static func correctOrLetKomitmenCount(_ section: SectionDefinition) -> Phrase {
        Phrase(
            en: "correct the number, or leave it out and let komitmen count the \(section.label.en) (\(section.name))",
            id:
                "perbaiki angkanya, atau hapus saja dan biarkan komitmen menghitung dari \(section.label.id) (\(section.name))"
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

    static func notReported(_ label: Phrase, id indicator: String, _ quarter: Quarter) -> Phrase {
        Phrase(
            en: "\(label.en) (\(indicator)) is not reported for \(quarter): write 0 if there was none",
            id: "\(label.id) (\(indicator)) tidak dilaporkan untuk \(quarter): tulis 0 jika tidak ada")
    }

    static let reportsNothing = Phrase(
        en: "the report reports nothing: no value and no section entry",
        id: "laporan ini tidak melaporkan apa pun: tidak ada nilai maupun entri bagian")

    static let writeEachPledgedValue = Phrase(
        en: "write the value of each pledged indicator under values: (0 if there was none)",
        id: "tulis nilai setiap indikator janji di bawah values: (0 jika tidak ada)")

    static func aboveTenTimesTarget(_ label: Phrase, id indicator: String, value: String, target: String) -> Phrase {
        Phrase(
            en: "\(label.en) (\(indicator)) is \(value), more than 10× its target of \(target)",
            id: "\(label.id) (\(indicator)) bernilai \(value), lebih dari 10× targetnya \(target)")
    }

    static func aboveTenTimesEarlier(
        _ label: Phrase, id indicator: String, value: String, largest: String, quarter: Quarter
    ) -> Phrase {
        Phrase(
            en:
                "\(label.en) (\(indicator)) is \(value), more than 10× the largest value reported before (\(largest) in \(quarter))",
            id:
                "\(label.id) (\(indicator)) bernilai \(value), lebih dari 10× nilai terbesar yang dilaporkan sebelumnya (\(largest) pada \(quarter))"
        )
    }

    static let checkTheValue = Phrase(
        en: "check the value: a warning, the report is accepted as it is",
        id: "periksa nilainya: ini peringatan, laporan tetap diterima apa adanya")

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

    static func duplicateEntry(_ field: FieldDefinition, text: String, line: Int) -> Phrase {
        Phrase(
            en: "duplicate \(field.label.en) (\(field.name)) '\(text)' (first used on line \(line))",
            id: "\(field.label.id) (\(field.name)) '\(text)' ganda (pertama dipakai di baris \(line))")
    }

    static func dateOutsideQuarter(
        _ date: CalendarDate, quarter: Quarter, firstDay: CalendarDate, lastDay: CalendarDate
    ) -> Phrase {
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

    /// Names the field and each allowed value by its label, with the YAML value to write.
    static func invalidChoice(_ text: String, field: FieldDefinition, allowed: [Choice]) -> Phrase {
        let en = allowed.map { "\($0.value) (\($0.label.en))" }.joined(separator: ", ")
        let id = allowed.map { "\($0.value) (\($0.label.id))" }.joined(separator: ", ")
        return Phrase(
            en: "'\(text)' is not a valid \(field.label.en) (\(field.name)); write one of: \(en)",
            id: "'\(text)' bukan \(field.label.id) (\(field.name)) yang sah; tulis salah satu: \(id)")
    }
}
