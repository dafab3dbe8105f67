import KomitmenText

/// The state store's phrases: why the state cannot be used, what `komitmen audit` finds wrong
/// with the chain, the receipts and the files, and the filing quota's refusals.
enum StateWords {

    static func keptDigestDiffers(_ file: String, _ id: String, _ receipt: KeptReceipt, _ digest: String) -> Phrase {
        Phrase(
            en:
                "\(file): receipt \(id) says sha256 \(receipt.sha256), but the version stored has \(digest)",
            id:
                "\(file): tanda terima \(id) menyebut sha256 \(receipt.sha256), tetapi versi tersimpan \(digest)"
        )
    }

    static func keptVersionGone(_ file: String, _ id: String) -> Phrase {
        Phrase(
            en: "\(file): receipt \(id) was handed out, but its version is no longer stored",
            id: "\(file): tanda terima \(id) pernah diberikan, tetapi versinya tidak tersimpan lagi")
    }

    static func keptChainCut(_ file: String, _ id: String, _ audit: ReceiptAudit, _ last: Int64) -> Phrase {
        Phrase(
            en:
                "\(file): receipt \(id) names audit entry \(audit.sequence), but the chain ends at entry \(last): it was cut short after the receipt was handed out",
            id:
                "\(file): tanda terima \(id) menyebut entri audit \(audit.sequence), tetapi rantai berakhir di entri \(last): rantai dipotong setelah tanda terima diberikan"
        )
    }

    static func keptChainRewritten(_ file: String, _ id: String, _ audit: ReceiptAudit, _ hash: String) -> Phrase {
        Phrase(
            en:
                "\(file): receipt \(id) was handed out with audit entry \(audit.sequence) hashed \(audit.hash), but the chain's entry \(audit.sequence) hashes \(hash): the chain was rewritten",
            id:
                "\(file): tanda terima \(id) diberikan dengan entri audit \(audit.sequence) ber-hash \(audit.hash), tetapi entri \(audit.sequence) di rantai ber-hash \(hash): rantai ditulis ulang"
        )
    }

    static func keptHeadGone(_ file: String, _ id: String, _ audit: ReceiptAudit) -> Phrase {
        Phrase(
            en:
                "\(file): receipt \(id) was handed out with chain head \(audit.head), which the chain no longer holds: it was cut short or rewritten",
            id:
                "\(file): tanda terima \(id) diberikan dengan kepala rantai \(audit.head), yang tidak ada lagi di rantai: rantai dipotong atau ditulis ulang"
        )
    }

    static func filingOfReceipt(_ receipt: String) -> Phrase {
        Phrase(en: "the filing of receipt \(receipt)", id: "ketepatan waktu tanda terima \(receipt)")
    }

    static func kindOfAccount(_ id: Int64) -> Phrase {
        Phrase(en: "the kind of account \(id)", id: "jenis akun \(id)")
    }

    static func notAFolderOfReceipts(_ folder: String) -> Phrase {
        Phrase(en: "\(folder) is not a folder of receipts", id: "\(folder) bukan folder tanda terima")
    }

    static func unreadableReceipt(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) cannot be read as a receipt (JSON as the API answered it)",
            id: "\(path) tidak dapat dibaca sebagai tanda terima (JSON seperti jawaban API)")
    }

    static func notAReceipt(_ path: String) -> Phrase {
        Phrase(
            en: "\(path) holds something that is not a receipt (receipt, sha256, version expected)",
            id: "\(path) berisi sesuatu yang bukan tanda terima (perlu receipt, sha256, version)")
    }

    static func versionLimit(_ limit: Int) -> Phrase {
        Phrase(
            en:
                "this report already has \(limit) versions, the most this account may file; nothing was stored (ask the secretariat if a correction is still needed)",
            id:
                "laporan ini sudah memiliki \(limit) versi, batas untuk akun ini; tidak ada yang disimpan (hubungi sekretariat bila masih perlu perbaikan)"
        )
    }

    static func dailyByteLimit(_ limit: Int, used: Int) -> Phrase {
        Phrase(
            en:
                "this account has filed \(used) bytes today; with this filing it would pass its daily limit of \(limit) bytes; nothing was stored, try again tomorrow",
            id:
                "akun ini sudah menyerahkan \(used) bita hari ini; dengan penyerahan ini batas hariannya \(limit) bita terlampaui; tidak ada yang disimpan, coba lagi besok"
        )
    }

    static func entriesMissing(_ expectedSeq: Int64, _ entry: AuditEntry) -> Phrase {
        Phrase(
            en: "audit entries \(expectedSeq) to \(entry.seq - 1) are missing from the chain",
            id: "entri audit \(expectedSeq) sampai \(entry.seq - 1) hilang dari rantai")
    }

    static func entryDoesNotFollow(_ entry: AuditEntry) -> Phrase {
        Phrase(
            en:
                "audit entry \(entry.seq) does not follow the entry before it: its prev_hash is not that entry's hash",
            id:
                "entri audit \(entry.seq) tidak menyambung entri sebelumnya: prev_hash-nya bukan hash entri itu"
        )
    }

    static func entryChanged(_ entry: AuditEntry) -> Phrase {
        Phrase(
            en:
                "audit entry \(entry.seq) (\(entry.action) \(entry.subject)) was changed: its hash does not match its fields",
            id:
                "entri audit \(entry.seq) (\(entry.action) \(entry.subject)) telah diubah: hash-nya tidak cocok dengan isinya"
        )
    }

    static func receiptNamesUnknownEntry(_ receipt: Receipt, _ link: ReceiptAudit) -> Phrase {
        Phrase(
            en:
                "receipt \(receipt.receipt) names audit entry \(link.sequence) with hash \(link.hash), which the chain does not hold",
            id:
                "tanda terima \(receipt.receipt) menyebut entri audit \(link.sequence) dengan hash \(link.hash), yang tidak ada di rantai"
        )
    }

    static func storedBytesDiffer(_ receipt: Receipt) -> Phrase {
        Phrase(
            en: "the stored bytes of receipt \(receipt.receipt) do not match its sha256",
            id: "isi tersimpan tanda terima \(receipt.receipt) tidak cocok dengan sha256-nya")
    }

    static func receiptNotInChain(_ receipt: Receipt) -> Phrase {
        Phrase(
            en: "receipt \(receipt.receipt) disagrees with the audit chain (no entry records it as stored)",
            id:
                "tanda terima \(receipt.receipt) tidak sesuai dengan rantai audit (tidak ada entri yang mencatatnya)"
        )
    }

    static func entryRecordsGoneReceipt(_ entry: AuditEntry, _ id: String) -> Phrase {
        Phrase(
            en: "audit entry \(entry.seq) records receipt \(id), which is no longer stored",
            id: "entri audit \(entry.seq) mencatat tanda terima \(id), yang tidak tersimpan lagi")
    }

    static func revokedAccountActive(_ entry: AuditEntry, _ id: Int64) -> Phrase {
        Phrase(
            en: "audit entry \(entry.seq) revoked account \(id), but the account is active again",
            id: "entri audit \(entry.seq) mencabut akun \(id), tetapi akun itu aktif lagi")
    }

    static func removedFileIsThere(_ path: String, _ latest: Receipt) -> Phrase {
        Phrase(
            en:
                "\(path) was recorded as removed after receipt \(latest.receipt), but it is there: it was changed outside the server, which records it when it next looks",
            id:
                "\(path) tercatat dihapus setelah tanda terima \(latest.receipt), tetapi berkas itu ada: diubah di luar server, yang mencatatnya saat memeriksa berikutnya"
        )
    }

    static func folderBlocksCheck(_ path: String, _ latest: Receipt, _ entry: String) -> Phrase {
        Phrase(
            en:
                "\(path) cannot be checked against receipt \(latest.receipt): \(entry) under ROOT is not a plain folder (a link or a file), which komitmen never follows; put the folder back",
            id:
                "\(path) tidak dapat dicocokkan dengan tanda terima \(latest.receipt): \(entry) di bawah ROOT bukan folder biasa (tautan atau berkas), yang tidak pernah diikuti komitmen; kembalikan foldernya"
        )
    }

    static func unfinishedWrite(_ path: String, _ latest: Receipt) -> Phrase {
        Phrase(
            en:
                "\(path) does not yet hold receipt \(latest.receipt) (version \(latest.version)): a write a crash interrupted; starting the server finishes it",
            id:
                "\(path) belum berisi tanda terima \(latest.receipt) (versi \(latest.version)): penulisan yang terputus; menjalankan server akan menyelesaikannya"
        )
    }

    static func fileMissing(_ path: String, _ latest: Receipt) -> Phrase {
        Phrase(
            en: "\(path) is missing, but receipt \(latest.receipt) (version \(latest.version)) stored it",
            id: "\(path) tidak ada, padahal tanda terima \(latest.receipt) (versi \(latest.version)) menyimpannya")
    }

    static func fileDiffers(_ path: String, _ latest: Receipt) -> Phrase {
        Phrase(
            en:
                "\(path) differs from its latest receipt \(latest.receipt) (version \(latest.version), sha256 \(latest.sha256)): it was changed outside the server",
            id:
                "\(path) berbeda dari tanda terima terakhirnya \(latest.receipt) (versi \(latest.version), sha256 \(latest.sha256)): berkas itu diubah di luar server"
        )
    }

    static func insideRoot(_ state: String, _ root: String) -> Phrase {
        Phrase(
            en:
                "the state folder \(state) is inside the repository \(root); choose one outside it with --state DIR (it holds token hashes and must not become part of the record)",
            id:
                "folder status \(state) berada di dalam repositori \(root); pilih folder di luarnya dengan --state DIR (isinya hash token dan tidak boleh menjadi bagian dari catatan)"
        )
    }

    static func folderUnusable(_ path: String, _ reason: String) -> Phrase {
        Phrase(
            en: "cannot use the state folder \(path): \(reason)",
            id: "folder status \(path) tidak dapat dipakai: \(reason)")
    }

    static func noStateFolder(_ path: String) -> Phrase {
        Phrase(
            en: "there is no state folder \(path); `komitmen accounts add` makes it (or give --state DIR)",
            id: "tidak ada folder status \(path); `komitmen accounts add` membuatnya (atau berikan --state DIR)")
    }

    static func databaseUnusable(_ reason: String) -> Phrase {
        Phrase(
            en: "the state database cannot be used: \(reason)",
            id: "basis data status tidak dapat dipakai: \(reason)")
    }

    static func unknownValue(_ what: Phrase, _ value: String) -> Phrase {
        Phrase(
            en:
                "the state database cannot be used: \(what.en) is stored as '\(value)', which komitmen never writes",
            id:
                "basis data status tidak dapat dipakai: \(what.id) tersimpan sebagai '\(value)', yang tidak pernah ditulis komitmen"
        )
    }

    static func unknownAccount(_ account: String) -> Phrase {
        Phrase(
            en: "no account '\(account)'; `komitmen accounts list` shows them",
            id: "tidak ada akun '\(account)'; `komitmen accounts list` menampilkannya")
    }

    static func alreadyRevoked(_ id: Int64) -> Phrase {
        Phrase(en: "account \(id) is already revoked", id: "akun \(id) sudah dicabut")
    }

    static func unknownSignatory(_ id: String, suggestion match: String?) -> Phrase {
        Phrase(
            en: "unknown signatory '\(id)'" + (match.map { " (did you mean '\($0)'?)" } ?? ""),
            id: "penanda tangan '\(id)' tidak dikenal" + (match.map { " (maksud Anda '\($0)'?)" } ?? ""))
    }

    static func invalidName(_ name: String) -> Phrase {
        Phrase(
            en: "'\(name)' is not a usable name: use 1 to 64 letters, digits, '-', '_' or '.'",
            id: "'\(name)' bukan nama yang dapat dipakai: gunakan 1 sampai 64 huruf, angka, '-', '_' atau '.'")
    }
}
