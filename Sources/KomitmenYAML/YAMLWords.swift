/// The phrases of KomitmenYAML: the messages and hints of reading YAML (syntax, limits, types).
public enum YAMLWords {
    static func duplicateKey(_ name: String, firstLine: Int) -> Phrase {
        Phrase(
            en: "duplicate key '\(name)' (first given on line \(firstLine))",
            id: "kunci '\(name)' ganda (pertama kali ditulis di baris \(firstLine))")
    }

    static let giveEachKeyOnce = Phrase(
        en: "give each key once; remove or rename one of them",
        id: "tulis setiap kunci sekali saja; hapus atau ganti salah satunya")

    static func tooManyDuplicateKeys(_ most: Int) -> Phrase {
        Phrase(
            en: "too many duplicate keys (more than \(most)); reading stopped here",
            id: "terlalu banyak kunci ganda (lebih dari \(most)); pembacaan berhenti di sini")
    }

    static let secondDocument = Phrase(
        en: "a second document in one file; a file holds one document",
        id: "dokumen kedua dalam satu berkas; satu berkas hanya memuat satu dokumen")

    static let removeTheDocumentLine = Phrase(
        en: "remove the '---' line, or move this part to its own file",
        id: "hapus baris '---', atau pindahkan bagian ini ke berkasnya sendiri")

    static func unknownAlias(_ name: String) -> Phrase {
        Phrase(
            en: "unknown alias '*\(name)': no anchor '&\(name)' before it",
            id: "alias '*\(name)' tidak dikenal: tidak ada jangkar '&\(name)' sebelumnya")
    }

    static func aliasesExpandTooFar(_ most: Int) -> Phrase {
        Phrase(
            en: "aliases expand to too many values (more than \(most))",
            id: "alias menghasilkan terlalu banyak nilai (lebih dari \(most))")
    }

    static let writeTheValuesOut = Phrase(
        en: "write the values out instead of repeating aliases",
        id: "tulis nilainya langsung, jangan mengulang alias")

    static func aliasesExpandTooLong(_ byteBudget: Int) -> Phrase {
        Phrase(
            en: "aliases expand to too much text (more than \(byteBudget) bytes: "
                + "1 MiB or 10 times the file's size, whichever is less)",
            id: "alias menghasilkan teks terlalu panjang (lebih dari \(byteBudget) bita: "
                + "1 MiB atau 10 kali ukuran berkas, mana yang lebih kecil)")
    }

    static let writeTheTextOutOnce = Phrase(
        en: "write the text out once instead of repeating it through aliases",
        id: "tulis teksnya sekali saja, jangan diulang lewat alias")

    static let indentWithSpaces = Phrase(
        en: "indent with spaces, not tabs", id: "gunakan spasi untuk indentasi, bukan tab")

    static let quoteAValueWithColon = Phrase(
        en: "a value that contains ': ' must be put in quotes, or check the indentation",
        id: "nilai yang memuat ': ' harus diberi tanda kutip, atau periksa indentasi")

    static let checkTheIndentation = Phrase(
        en: "check that this line is indented like the lines around it",
        id: "periksa apakah baris ini diindentasi sama seperti baris di sekitarnya")

    static func controlCharacter(_ name: String) -> Phrase {
        Phrase(
            en: "the text contains a control character (\(name)); remove it",
            id: "teks ini memuat karakter kendali (\(name)); hapus karakter itu")
    }

    static func bidiControl(_ name: String) -> Phrase {
        Phrase(
            en:
                "the text contains a bidirectional control character (\(name)), which can make it display in a misleading order; remove it",
            id:
                "teks ini memuat karakter pengatur arah teks (\(name)) yang dapat membuat teks tampil dengan urutan menyesatkan; hapus karakter itu"
        )
    }

    static func lineBreak(_ name: String) -> Phrase {
        Phrase(
            en: "the text contains a line break (\(name)); write it on one line",
            id: "teks ini memuat pindah baris (\(name)); tulis dalam satu baris")
    }

    static let onlyNarrativesSpanLines = Phrase(
        en: "only a report's narrative and a review's comment may span several lines",
        id: "hanya narrative laporan dan comment tinjauan yang boleh lebih dari satu baris")

    static let backslashInDoubleQuotes = Phrase(
        en:
            "inside double quotes a backslash starts an escape (\\e, \\x1b, \\u202e); write \\\\ for a backslash",
        id:
            "di dalam tanda kutip ganda, garis miring terbalik memulai kode khusus (\\e, \\x1b, \\u202e); tulis \\\\ untuk garis miring terbalik"
    )

    static func expected(_ what: Phrase) -> Phrase {
        Phrase(en: "expected \(what.en), found ", id: "seharusnya \(what.id), tertulis ")
    }

    static let wholeNumber = Phrase(en: "a whole number", id: "bilangan bulat")

    static let number = Phrase(en: "a number", id: "angka")

    static let trueOrFalse = Phrase(en: "true or false", id: "true atau false")

    static let date = Phrase(en: "a date (YYYY-MM-DD)", id: "tanggal (TTTT-BB-HH)")

    static let text = Phrase(en: "text", id: "teks")

    static let removeTheQuotes = Phrase(
        en: "a value in quotes is text; remove the quotes",
        id: "nilai dalam tanda kutip adalah teks; hapus tanda kutipnya")

    static func tooLargeForAWholeNumber(_ shown: String) -> Phrase {
        Phrase(
            en: "\(shown) is too large: a whole number here is at most \(Int.max)",
            id: "\(shown) terlalu besar: bilangan bulat di sini paling besar \(Int.max)")
    }

    static func checkTheDigits(_ digits: Int) -> Phrase {
        Phrase(
            en: "check the number; it has \(digits) digits",
            id: "periksa angkanya; panjangnya \(digits) digit")
    }

    static func tooSmallForAWholeNumber(_ shown: String) -> Phrase {
        Phrase(
            en: "\(shown) is too small: a whole number here is at least \(Int.min)",
            id: "\(shown) terlalu kecil: bilangan bulat di sini paling kecil \(Int.min)")
    }

    public static func yearOutOfRange(_ text: String, first: Int, last: Int) -> Phrase {
        Phrase(
            en: "'\(text)' is out of range: years run from \(first) to \(last)",
            id: "'\(text)' di luar rentang: tahun harus dari \(first) sampai \(last)")
    }

    static let checkTheNumber = Phrase(en: "check the number", id: "periksa angkanya")

    public static let checkTheYear = Phrase(en: "check the year", id: "periksa tahunnya")

    static func writeWithoutDots(_ text: String, plain: String) -> Phrase {
        Phrase(
            en: "'\(text)' looks like an Indonesian thousands separator; write \(plain) without dots",
            id: "'\(text)' tampaknya memakai titik sebagai pemisah ribuan; tulis \(plain) tanpa titik")
    }

    static func writeWithoutGroupsAndComma(_ text: String, plain: String) -> Phrase {
        Phrase(
            en: "'\(text)' looks like Indonesian thousands separators and a decimal comma; write \(plain)",
            id: "'\(text)' tampaknya memakai titik pemisah ribuan dan koma desimal; tulis \(plain)")
    }

    static func onlyWholeNumbersSuchAs(_ text: String, plain: String) -> Phrase {
        Phrase(
            en:
                "'\(text)' looks like Indonesian thousands separators and a decimal comma; only whole numbers are allowed here, such as \(plain)",
            id:
                "'\(text)' tampaknya memakai titik pemisah ribuan dan koma desimal; di sini hanya boleh bilangan bulat, seperti \(plain)"
        )
    }

    static func writeDigitsOnly(_ plain: String) -> Phrase {
        Phrase(
            en: "write digits only, without separators: \(plain)",
            id: "tulis angka saja, tanpa pemisah: \(plain)")
    }

    static func removeLeadingZeros(_ trimmed: Substring) -> Phrase {
        Phrase(
            en: "remove the leading zeros: \(trimmed)",
            id: "hapus angka nol di depan: \(trimmed)")
    }

    static let onlyWholeNumbers = Phrase(
        en: "only whole numbers are allowed here", id: "di sini hanya boleh bilangan bulat")

    static let dotIsNotAThousandsSeparator = Phrase(
        en: " (a dot is not a thousands separator here)", id: " (titik bukan pemisah ribuan di sini)")

    static func tooLargeForANumber(_ shown: String) -> Phrase {
        Phrase(en: "\(shown) is too large for a number", id: "\(shown) terlalu besar untuk sebuah angka")
    }

    static let infinityIsNotANumber = Phrase(
        en: "infinity and NaN are not numbers here; write the value",
        id: "tak hingga dan NaN bukan angka di sini; tulis nilainya")

    static func writeDecimal(_ text: String, plain: String) -> Phrase {
        Phrase(
            en:
                "'\(text)' looks like Indonesian thousands separators and a decimal comma; write \(plain)",
            id: "'\(text)' tampaknya memakai titik pemisah ribuan dan koma desimal; tulis \(plain)")
    }

    static func writeDecimalsWithAPoint(_ pointed: String) -> Phrase {
        Phrase(
            en: "write decimals with a point: \(pointed)",
            id: "tulis desimal dengan titik: \(pointed)")
    }

    static func writeTrue(_ text: String) -> Phrase {
        Phrase(en: "write true instead of \(text)", id: "tulis true, bukan \(text)")
    }

    static func writeFalse(_ text: String) -> Phrase {
        Phrase(en: "write false instead of \(text)", id: "tulis false, bukan \(text)")
    }

    static func notADay(_ shown: String) -> Phrase {
        Phrase(en: "\(shown) is not a day in the calendar", id: "\(shown) bukan tanggal yang ada di kalender")
    }

    static let writeDatesAsYearMonthDay = Phrase(
        en: "write dates as year-month-day, for example 2026-01-12",
        id: "tulis tanggal sebagai tahun-bulan-hari, misalnya 2026-01-12")

    static let mapping = Phrase(en: "a mapping (key: value lines)", id: "pemetaan (baris kunci: nilai)")

    static let list = Phrase(en: "a list (lines starting with '- ')", id: "daftar (baris diawali '- ')")

    static let nothing = Phrase(en: "nothing", id: "kosong")

    static let singleValue = Phrase(en: "a single value", id: "satu nilai")

    static let aList = Phrase(en: "a list", id: "daftar")

    static func fileTooLarge(_ size: Int, most: Int) -> Phrase {
        Phrase(
            en: "file is too large (\(size) bytes; at most \(most) are read)",
            id: "berkas terlalu besar (\(size) bait; paling banyak \(most) dibaca)"
        )
    }

    static let invalidUTF8 = Phrase(
        en: "invalid UTF-8 byte sequence",
        id: "urutan bait UTF-8 tidak sah")

    static let saveAsUTF8 = Phrase(en: "save the file as UTF-8 text", id: "simpan berkas sebagai teks UTF-8")

    static func nestingTooDeep(_ most: Int) -> Phrase {
        Phrase(
            en: "nesting is too deep (more than \(most) levels)",
            id: "susunan bertingkat terlalu dalam (lebih dari \(most) tingkat)")
    }

    static let unexpectedEvent = Phrase(en: "unexpected YAML event", id: "peristiwa YAML tak terduga")
}
