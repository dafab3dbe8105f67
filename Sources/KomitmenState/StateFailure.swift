import KomitmenYAML

/// Why the state folder cannot be used or an account change was refused; every case says it in
/// both languages.
public enum StateFailure: Error, Sendable, Equatable {
    /// The state folder is ROOT itself or inside it: the server would write its secrets into the
    /// record (and a `git add -A` would publish them).
    case insideRoot(state: String, root: String)
    /// The folder cannot be made or is not a folder.
    case folder(String, reason: String)
    /// `list`, `revoke` and `verify` read an existing state; they never make an empty one.
    case missing(String)
    /// SQLite refused (a damaged file, a full disk, a newer schema).
    case database(String)
    /// A row holds a value komitmen never writes (`what` names the row and column): the file was
    /// edited by hand.
    case unknownValue(what: Phrase, value: String)
    case unknownAccount(String)
    case alreadyRevoked(Int64)
    case unknownSignatory(String, suggestion: String?)
    case invalidName(String)

    public var message: Phrase {
        switch self {
        case .insideRoot(let state, let root):
            Phrase(
                en:
                    "the state folder \(state) is inside the repository \(root); choose one outside it with --state DIR (it holds token hashes and must not become part of the record)",
                id:
                    "folder status \(state) berada di dalam repositori \(root); pilih folder di luarnya dengan --state DIR (isinya hash token dan tidak boleh menjadi bagian dari catatan)"
            )
        case .folder(let path, let reason):
            Phrase(
                en: "cannot use the state folder \(path): \(reason)",
                id: "folder status \(path) tidak dapat dipakai: \(reason)")
        case .missing(let path):
            Phrase(
                en: "there is no state folder \(path); `komitmen accounts add` makes it (or give --state DIR)",
                id: "tidak ada folder status \(path); `komitmen accounts add` membuatnya (atau berikan --state DIR)")
        case .database(let reason):
            Phrase(
                en: "the state database cannot be used: \(reason)",
                id: "basis data status tidak dapat dipakai: \(reason)")
        case .unknownValue(let what, let value):
            Phrase(
                en:
                    "the state database cannot be used: \(what.en) is stored as '\(value)', which komitmen never writes",
                id:
                    "basis data status tidak dapat dipakai: \(what.id) tersimpan sebagai '\(value)', yang tidak pernah ditulis komitmen"
            )
        case .unknownAccount(let account):
            Phrase(
                en: "no account '\(account)'; `komitmen accounts list` shows them",
                id: "tidak ada akun '\(account)'; `komitmen accounts list` menampilkannya")
        case .alreadyRevoked(let id):
            Phrase(en: "account \(id) is already revoked", id: "akun \(id) sudah dicabut")
        case .unknownSignatory(let id, let match):
            Phrase(
                en: "unknown signatory '\(id)'" + (match.map { " (did you mean '\($0)'?)" } ?? ""),
                id: "penanda tangan '\(id)' tidak dikenal" + (match.map { " (maksud Anda '\($0)'?)" } ?? ""))
        case .invalidName(let name):
            Phrase(
                en: "'\(name)' is not a usable name: use 1 to 64 letters, digits, '-', '_' or '.'",
                id: "'\(name)' bukan nama yang dapat dipakai: gunakan 1 sampai 64 huruf, angka, '-', '_' atau '.'")
        }
    }
}
