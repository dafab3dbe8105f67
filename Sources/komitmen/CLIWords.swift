import KomitmenCore

/// The phrases of the command line (`komitmen`): its options' errors and the messages of
/// `accounts`, `audit`, `remind` and the others. CONTRIBUTING.md, "Languages".
enum CLIWords {
    static let giveSignatoryOrSecretariat = Phrase(
        en: "give either SIGNATORY-ID or --secretariat NAME",
        id: "berikan SIGNATORY-ID atau --secretariat NAME, salah satu"
    )

    static func noUsableDeclaration(_ root: String) -> Phrase {
        Phrase(
            en:
                "\(root) has no usable declaration.yaml; `komitmen validate \(root)` says why",
            id:
                "\(root) tidak memiliki declaration.yaml yang dapat dipakai; `komitmen validate \(root)` menjelaskan sebabnya"
        )
    }

    static func accountAdded(_ id: Int64, kind: String, who: String) -> Phrase {
        Phrase(
            en: "Account \(id) added (\(kind) \(who)). Its token:",
            id: "Akun \(id) ditambahkan (\(kind) \(who)). Tokennya:"
        )
    }

    static let id = Phrase(en: "id", id: "id")

    static let kind = Phrase(en: "kind", id: "jenis")

    static let who = Phrase(en: "who", id: "siapa")

    static let created = Phrase(en: "created", id: "dibuat")

    static let revoked = Phrase(en: "revoked", id: "dicabut")

    static func accountRevoked(_ id: Int64, kind: String, who: String) -> Phrase {
        Phrase(
            en: "Account \(id) (\(kind) \(who)) revoked.",
            id: "Akun \(id) (\(kind) \(who)) dicabut."
        )
    }

    static func notAQuarter(_ text: String) -> Phrase {
        Phrase(
            en: "'\(text)' is not a quarter; write it as YYYY-Qn with n from 1 to 4, e.g. 2026-Q3",
            id: "'\(text)' bukan triwulan; tulis sebagai YYYY-Qn dengan n dari 1 sampai 4, mis. 2026-Q3")
    }

    static func quarterMustLookLike(_ text: String) -> Phrase {
        Phrase(
            en: "--quarter must look like 2025-Q4 (year, dash, Q and 1 to 4), not '\(text)'",
            id: "--quarter harus seperti 2025-Q4 (tahun, tanda hubung, Q dan 1 sampai 4), bukan '\(text)'")
    }

    static func notADay(_ text: String) -> Phrase {
        Phrase(
            en: "\(text) is not a day of the calendar; check the month and day",
            id: "\(text) bukan tanggal yang ada di kalender; periksa bulan dan harinya")
    }

    static func notADate(_ text: String) -> Phrase {
        Phrase(
            en: "'\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
            id: "'\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2026-11-20")
    }

    static func quarterOutOfRange(_ quarter: Quarter, first: Int, last: Int) -> Phrase {
        Phrase(
            en: "--quarter: \(quarter) is out of range; give a quarter from \(first) to \(last)",
            id:
                "--quarter: \(quarter) di luar rentang; berikan triwulan dari tahun \(first) sampai \(last)"
        )
    }

    static func asOfOutOfRange(_ date: CalendarDate, first: Int, last: Int) -> Phrase {
        Phrase(
            en: "--as-of: \(date) is out of range; give a date from \(first) to \(last)",
            id:
                "--as-of: \(date) di luar rentang; berikan tanggal dari tahun \(first) sampai \(last)"
        )
    }

    static func auditCounts(_ entries: Int, receipts: Int, files: Int) -> Phrase {
        Phrase(
            en:
                "\(entries) audit entries, \(receipts) stored versions, \(files) report files",
            id:
                "\(entries) entri audit, \(receipts) versi tersimpan, \(files) berkas laporan"
        )
    }

    static func keptReceipts(_ kept: Int) -> Phrase {
        Phrase(en: ", \(kept) kept receipts", id: ", \(kept) tanda terima simpanan")
    }

    static let auditIntact = Phrase(en: "Audit chain intact: ", id: "Rantai audit utuh: ")

    static func auditFailed(_ count: Int) -> Phrase {
        Phrase(
            en: "Audit verification failed (\(count) problems): ",
            id: "Verifikasi audit gagal (\(count) masalah): ")
    }

    static func couldNotWrite(_ path: String, reason: Phrase) -> Phrase {
        Phrase(
            en: "could not write \(path): \(reason.en)",
            id: "tidak dapat menulis \(path): \(reason.id)")
    }

    static func notAMailHeader(_ address: String) -> Phrase {
        Phrase(
            en: "'\(address)' cannot be written into a mail header",
            id: "'\(address)' tidak dapat ditulis ke kepala surel")
    }

    static func messagesWritten(_ written: Int, output: String) -> Phrase {
        Phrase(
            en: "\(written) message\(written == 1 ? "" : "s") written to \(output)",
            id: "\(written) pesan ditulis ke \(output)"
        )
    }

    static let sendmailPrefix = Phrase(en: "--sendmail: ", id: "--sendmail: ")

    static let addressNotAMailHeader = Phrase(
        en: "the address cannot be written into a mail header",
        id: "alamat tidak dapat ditulis ke kepala surel")

    static func failed(_ recipient: String) -> Phrase {
        Phrase(en: "failed: \(recipient): ", id: "gagal: \(recipient): ")
    }

    static func sent(_ recipient: String) -> Phrase {
        Phrase(en: "sent: \(recipient)", id: "terkirim: \(recipient)")
    }

    static func couldNotMakeTheFolder(_ path: String, reason: String) -> Phrase {
        Phrase(
            en: "could not make the folder \(path): \(reason)", id: "tidak dapat membuat folder \(path): \(reason)")
    }

    static func folderIsALink(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) is a symbolic link; komitmen does not write through links",
            id: "\(path) adalah tautan simbolik; komitmen tidak menulis melalui tautan")
    }

    static func notAFolder(_ path: String) -> Phrase {
        Phrase(en: "\(path) is not a folder", id: "\(path) bukan folder")
    }

    static func daysBeforeOutOfRange(_ daysBefore: Int) -> Phrase {
        Phrase(
            en: "--days-before must be from 0 to 366, not \(daysBefore)",
            id: "--days-before harus 0 sampai 366, bukan \(daysBefore)"
        )
    }

    static let timeoutOutOfRange = Phrase(
        en: "--sendmail-timeout must be from 1 to 600 seconds",
        id: "--sendmail-timeout harus 1 sampai 600 detik"
    )

    static let emlNeedsOutput = Phrase(
        en: "--format eml needs --output DIR", id: "--format eml memerlukan --output DIR")

    static let outputIsForEml = Phrase(
        en: "--output DIR is for --format eml", id: "--output DIR hanya untuk --format eml")

    static func invalidBaseURL(_ baseURL: String) -> Phrase {
        Phrase(
            en: "--base-url must be an http:// or https:// address without spaces, not '\(baseURL)'",
            id: "--base-url harus alamat http:// atau https:// tanpa spasi, bukan '\(baseURL)'"
        )
    }

    static func invalidFrom(_ from: String) -> Phrase {
        Phrase(
            en: "--from must be one plain e-mail address, not '\(from)'",
            id: "--from harus satu alamat surel biasa, bukan '\(from)'"
        )
    }

    static func noPhone(_ name: String) -> Phrase {
        Phrase(en: "note: no phone for \(name)", id: "catatan: tidak ada telepon untuk \(name)")
    }

    static func noEmail(_ name: String) -> Phrase {
        Phrase(
            en: "note: no e-mail address for \(name)", id: "catatan: tidak ada alamat surel untuk \(name)"
        )
    }

    static let noContactListedFor = Phrase(en: "note: no contact listed for ", id: "catatan: tidak ada kontak untuk ")

    static let files = Phrase(en: "files", id: "berkas")

    static let approveOrRequestChanges = Phrase(
        en: "give exactly one of --approve and --request-changes",
        id: "berikan tepat satu dari --approve dan --request-changes"
    )

    static func outputNeedsAFileName(_ output: String) -> Phrase {
        Phrase(
            en: "--output needs a file name, not '\(output)'",
            id: "--output memerlukan nama berkas, bukan '\(output)'"
        )
    }

    static func messagesSent(_ sent: Int, of count: Int) -> Phrase {
        Phrase(
            en: "\(sent) of \(count) message\(count == 1 ? "" : "s") sent",
            id: "\(sent) dari \(count) pesan terkirim")
    }

    /// An option's error before `--lang` is read: in every offered language, English first, each
    /// other one in parentheses where it differs.
    /// In the pseudo-language (`--lang qps` anywhere on the command line) its marked text.
    static func bothLanguages(_ message: Phrase) -> String {
        if pseudoLanguageAsked { return message.text(.qps) }
        var texts: [String] = []
        for language in Language.allCases where !texts.contains(message.text(language)) {
            texts.append(message.text(language))
        }
        return texts.dropFirst().reduce(texts.first ?? "") { $0 + " (\($1))" }
    }

    /// Whether the command line asks for the pseudo-language, which an option's error is shown in
    /// before `--lang` itself is read.
    static let pseudoLanguageAsked: Bool = {
        let arguments = CommandLine.arguments
        return arguments.contains("--lang=qps")
            || zip(arguments, arguments.dropFirst()).contains { $0 == "--lang" && $1 == "qps" }
    }()

    /// Every language people are offered, one line each, whatever `--lang` says (for text whoever
    /// receives it must understand); in the pseudo-language, its marked text.
    static func everyLanguage(_ phrase: Phrase, _ lang: Language) -> String {
        lang == .qps ? phrase.text(.qps) : Language.allCases.map { phrase.text($0) }.joined(separator: "\n")
    }

    static let tokenShownOnce = Phrase(
        en: "Note: this token will not be shown again; only its hash is kept. Hand it over now, privately.",
        id:
            "Catatan: token ini tidak akan ditampilkan lagi; hanya hash-nya yang disimpan. Serahkan sekarang, secara pribadi."
    )
}
