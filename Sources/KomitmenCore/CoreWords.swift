import KomitmenText

/// The phrases of komitmen's core: reading fields and values, suggestions, the summary engine's
/// messages, the indicator and section names. The rest by concern: `CoreWords+Declaration`
/// (declaration and signatories), `+Report` (reports and reviews), `+Layout` (the repository's
/// files and folders), `+Template` (`new-report`'s draft), `+Plugins` (`komitmen plugins`).
/// CONTRIBUTING.md, "Languages", says where a phrase goes.
public enum CoreWords {
    static func write(_ suggestion: String) -> Phrase {
        Phrase(en: "write \(suggestion)", id: "tulis \(suggestion)")
    }

    static func unknownLanguage(_ text: String) -> Phrase {
        // The codes from `Language`, Indonesian first as everywhere: "id or en".
        Phrase(
            en: "unknown language '\(text)'; use \(Language.codes(joinedBy: " or "))",
            id: "bahasa '\(text)' tidak dikenal; gunakan \(Language.codes(joinedBy: " atau "))")
    }

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

    /// A labelled field named for a person: its label, then its key (`Tahap (stage)`).
    static func labelled(_ label: Phrase, key: String) -> Phrase {
        Phrase(en: "\(label.en) (\(key))", id: "\(label.id) (\(key))")
    }

    static func missingField(_ field: Phrase) -> Phrase {
        Phrase(en: "\(field.en) is missing", id: "\(field.id) belum ada")
    }

    static func fieldHasNoValue(_ field: Phrase) -> Phrase {
        Phrase(en: "\(field.en) has no value", id: "\(field.id) tidak berisi nilai")
    }

    static func commaSeparated(_ names: [Phrase]) -> Phrase {
        Phrase(en: names.map(\.en).joined(separator: ", "), id: names.map(\.id).joined(separator: ", "))
    }

    static func didYouMeanField(_ field: Phrase) -> Phrase {
        Phrase(en: "did you mean \(field.en)?", id: "maksud Anda \(field.id)?")
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

    static let numberOfEntries = Phrase(en: "number of entries", id: "jumlah entri")

    static func numberOfEntriesWith(_ field: Phrase, value: Phrase) -> Phrase {
        Phrase(
            en: "number of entries with \(field.en): \(value.en)", id: "jumlah entri dengan \(field.id): \(value.id)")
    }

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
}
