/// The diagnostics of reading YAML: the file as text, its syntax, and a node read as a type.
extension DiagnosticCode {
    public static let fileTooLarge = DiagnosticCode(
        "file-too-large", .error,
        Phrase(
            en: "The file is larger than komitmen reads.", id: "Berkas lebih besar dari yang dibaca komitmen."))
    public static let invalidUTF8 = DiagnosticCode(
        "invalid-utf8", .error,
        Phrase(
            en: "The file is not valid UTF-8 text.", id: "Berkas bukan teks UTF-8 yang sah."))
    public static let yamlSyntax = DiagnosticCode(
        "yaml-syntax", .error,
        Phrase(
            en: "The file is not valid YAML (libyaml's problem, in plain words).",
            id: "Berkas bukan YAML yang sah (masalah dari libyaml, dalam kata-kata sederhana)."))
    public static let nestingTooDeep = DiagnosticCode(
        "nesting-too-deep", .error,
        Phrase(
            en: "Lists and mappings are nested deeper than komitmen reads.",
            id: "Daftar dan pemetaan bertingkat lebih dalam dari yang dibaca komitmen."))
    public static let duplicateKey = DiagnosticCode(
        "duplicate-key", .error,
        Phrase(
            en: "A key is given twice in one mapping; the first value is kept.",
            id: "Satu kunci ditulis dua kali dalam satu pemetaan; nilai pertama yang dipakai."))
    public static let tooManyProblems = DiagnosticCode(
        "too-many-problems", .error,
        Phrase(
            en: "So many problems in one file that reading stopped.",
            id: "Terlalu banyak masalah dalam satu berkas sehingga pembacaan berhenti."))
    public static let multipleDocuments = DiagnosticCode(
        "multiple-documents", .error,
        Phrase(
            en: "A second YAML document ('---') in a file that holds one.",
            id: "Dokumen YAML kedua ('---') dalam berkas yang hanya memuat satu."))
    public static let unknownAlias = DiagnosticCode(
        "unknown-alias", .error,
        Phrase(
            en: "An alias (*name) without an anchor (&name) before it.",
            id: "Alias (*nama) tanpa jangkar (&nama) sebelumnya."))
    public static let aliasExpansion = DiagnosticCode(
        "alias-expansion", .error,
        Phrase(
            en:
                "Aliases expand to more values, or more text, than komitmen reads (at most 1 MiB of text or 10 times the file).",
            id:
                "Alias menghasilkan lebih banyak nilai, atau teks lebih panjang, dari yang dibaca komitmen (paling banyak 1 MiB teks atau 10 kali ukuran berkas)."
        ))
    public static let controlCharacter = DiagnosticCode(
        "control-character", .error,
        Phrase(
            en: "A text holds a control character.", id: "Teks memuat karakter kendali."))
    public static let bidiControl = DiagnosticCode(
        "bidi-control", .error,
        Phrase(
            en: "A text holds a bidirectional control character that can make it display in a misleading order.",
            id: "Teks memuat karakter pengatur arah yang dapat membuatnya tampil dengan urutan menyesatkan."))
    public static let lineBreak = DiagnosticCode(
        "line-break", .error,
        Phrase(
            en: "A one-line text holds a line break.", id: "Teks satu baris memuat pindah baris."))
    public static let wrongType = DiagnosticCode(
        "wrong-type", .error,
        Phrase(
            en: "A value is not of the kind expected here (a number, a date, text, a list, a mapping).",
            id: "Nilai bukan jenis yang diharapkan di sini (angka, tanggal, teks, daftar, pemetaan)."))
    public static let thousandsSeparator = DiagnosticCode(
        "thousands-separator", .error,
        Phrase(
            en: "A number is written with dots as thousands separators (1.500), the Indonesian way.",
            id: "Angka ditulis dengan titik sebagai pemisah ribuan (1.500), seperti kebiasaan Indonesia."))
    public static let numberOutOfRange = DiagnosticCode(
        "number-out-of-range", .error,
        Phrase(
            en: "A number is too large or too small to be read.",
            id: "Angka terlalu besar atau terlalu kecil untuk dibaca."))
    public static let yearOutOfRange = DiagnosticCode(
        "year-out-of-range", .error,
        Phrase(
            en: "A date's or quarter's year is outside 1900–2999.", id: "Tahun tanggal atau triwulan di luar 1900–2999."
        ))
    public static let invalidDate = DiagnosticCode(
        "invalid-date", .error,
        Phrase(
            en: "A date that is not a day in the calendar (2026-02-30).",
            id: "Tanggal yang tidak ada di kalender (2026-02-30)."))
}

/// Every code of the YAML module, for `docs/diagnostics.md` and the uniqueness test.
public enum YAMLDiagnosticCodes {
    public static let all: [DiagnosticCode] = [
        .fileTooLarge, .invalidUTF8, .yamlSyntax, .nestingTooDeep, .duplicateKey, .tooManyProblems,
        .multipleDocuments, .unknownAlias, .aliasExpansion, .controlCharacter, .bidiControl, .lineBreak,
        .wrongType, .thousandsSeparator, .numberOutOfRange, .yearOutOfRange, .invalidDate,
    ]
}
