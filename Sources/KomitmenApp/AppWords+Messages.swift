import KomitmenCore

/// The messages of the shared use cases: outputs and report folders, drafting and reviewing,
/// validation counts, the `--sendmail` command.
extension AppWords {
    static func doesNotReportFor(_ signatory: String, quarter: Quarter, first: Quarter) -> Phrase {
        Phrase(
            en: "\(signatory) does not report for \(quarter): its first quarter is \(first)",
            id: "\(signatory) tidak melapor untuk \(quarter): triwulan pertamanya \(first)")
    }

    static func alreadyExists(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) already exists; komitmen never overwrites a report",
            id: "\(path) sudah ada; komitmen tidak pernah menimpa laporan")
    }

    static func couldNotWrite(_ path: String, reason: Phrase) -> Phrase {
        Phrase(en: "could not write \(path): \(reason.en)", id: "tidak dapat menulis \(path): \(reason.id)")
    }

    static let fileOfTheRepository = Phrase(
        en: "it is a file of the repository being read", id: "itu berkas repositori yang sedang dibaca")

    static let theDeclarationFile = Phrase(
        en: "it is the repository's declaration file", id: "itu berkas deklarasi repositori")

    static func insideTheFolder(_ place: String) -> Phrase {
        Phrase(
            en: "it is inside the repository's \(place)/ folder",
            id: "itu berada di dalam folder \(place)/ milik repositori")
    }

    static let commandHoldsALineBreak = Phrase(
        en: "the command holds a line break or NUL", id: "perintah memuat baris baru atau NUL")

    static let commandHasUnclosedQuote = Phrase(
        en: "the command has an unclosed quote or a \\ at its end",
        id: "perintah memiliki tanda kutip yang tidak ditutup atau \\ di akhir")

    static let commandIsEmpty = Phrase(en: "the command is empty", id: "perintahnya kosong")

    static func noProgram(_ name: String) -> Phrase {
        Phrase(en: "no program '\(name)' was found", id: "program '\(name)' tidak ditemukan")
    }

    static func didNotFinish(_ seconds: Int) -> Phrase {
        Phrase(
            en: "it did not finish within \(seconds) s and was stopped",
            id: "tidak selesai dalam \(seconds) detik dan dihentikan")
    }

    static func couldNotStart(_ executable: String, reason: String) -> Phrase {
        Phrase(
            en: "could not start \(executable): \(reason)", id: "tidak dapat menjalankan \(executable): \(reason)")
    }

    static func noReportToReview(_ quarter: Quarter, signatory: String) -> Phrase {
        Phrase(
            en: "there is no report reports/\(quarter)/\(signatory).yaml to review",
            id: "tidak ada laporan reports/\(quarter)/\(signatory).yaml untuk ditinjau")
    }

    static func reportHasErrors(_ quarter: Quarter, signatory: String) -> Phrase {
        Phrase(
            en: "the report reports/\(quarter)/\(signatory).yaml has errors; it is reviewed once it reads cleanly",
            id:
                "laporan reports/\(quarter)/\(signatory).yaml bermasalah; laporan ditinjau setelah terbaca tanpa kesalahan"
        )
    }

    static func todayBeforeSubmitted(_ today: CalendarDate, submitted: CalendarDate) -> Phrase {
        Phrase(
            en: "today (\(today)) is before the report was submitted (\(submitted)); a review cannot precede it",
            id:
                "hari ini (\(today)) lebih awal dari penyerahan laporan (\(submitted)); tinjauan tidak boleh mendahuluinya"
        )
    }

    static let requestChangesNeedsComment = Phrase(
        en: "--request-changes needs --comment saying what to change",
        id: "--request-changes memerlukan --comment yang menyebut apa yang harus diperbaiki")

    static let reviewStates = Phrase(
        en: "a review is approved or changes-requested; received is a report without one",
        id: "tinjauan berisi approved atau changes-requested; received adalah laporan tanpa tinjauan")

    static func optionProblem(_ field: String, reason: Phrase) -> Phrase {
        Phrase(en: "--\(field): \(reason.en)", id: "--\(field): \(reason.id)")
    }

    static func optionIsEmpty(_ field: String) -> Phrase {
        Phrase(en: "--\(field) is empty", id: "--\(field) kosong")
    }

    static func couldNotWriteLeftAsItWas(_ path: String, reason: Phrase) -> Phrase {
        Phrase(
            en: "could not write \(path): \(reason.en); the file was left as it was",
            id: "tidak dapat menulis \(path): \(reason.id); berkas tidak diubah")
    }

    static func errorsNoSummary(_ count: Int, root: String) -> Phrase {
        Phrase(
            en:
                "\(count) error\(count == 1 ? "" : "s") in \(root); no summary was made. Run `komitmen validate \(root)` and fix \(count == 1 ? "it" : "them") first.",
            id:
                "\(count) kesalahan dalam \(root); ringkasan tidak dibuat. Jalankan `komitmen validate \(root)` dan perbaiki dahulu."
        )
    }

    static func error(_ message: Phrase) -> Phrase {
        Phrase(en: "error: \(message.en)", id: "kesalahan: \(message.id)")
    }

    static func moreProblemsInFile(_ file: String, count: Int) -> Phrase {
        Phrase(
            en:
                "\(file): … and \(count) more problem\(count == 1 ? "" : "s") in this file (at most \(Repository.maxDiagnosticsPerFile) are shown per file)",
            id:
                "\(file): … dan \(count) masalah lain dalam berkas ini (paling banyak \(Repository.maxDiagnosticsPerFile) ditampilkan per berkas)"
        )
    }

    static func moreProblemsNotShown(_ count: Int, limit: Int) -> Phrase {
        Phrase(
            en:
                "… and \(count) more problem\(count == 1 ? "" : "s") not shown (at most \(limit) are shown; --max-errors 0 shows all)",
            id:
                "… dan \(count) masalah lain tidak ditampilkan (paling banyak \(limit) ditampilkan; --max-errors 0 menampilkan semuanya)"
        )
    }

    static func counts(_ errors: Int, warnings: Int, files: Int) -> Phrase {
        Phrase(
            en:
                "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")",
            id: "\(errors) kesalahan, \(warnings) peringatan dalam \(files) berkas"
        )
    }

    static func controlCharacter(_ name: String) -> Phrase {
        Phrase(
            en: "the text contains a control character (\(name))",
            id: "teks ini memuat karakter kendali (\(name))")
    }

    static func bidiControl(_ name: String) -> Phrase {
        Phrase(
            en: "the text contains a bidirectional control character (\(name))",
            id: "teks ini memuat karakter pengatur arah teks (\(name))")
    }

    static func lineBreak(_ name: String) -> Phrase {
        Phrase(
            en: "the text contains a line break (\(name)); write it on one line",
            id: "teks ini memuat pindah baris (\(name)); tulis dalam satu baris")
    }
}
