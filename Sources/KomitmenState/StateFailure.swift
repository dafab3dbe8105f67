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
            StateWords.insideRoot(state, root)
        case .folder(let path, let reason):
            StateWords.folderUnusable(path, reason)
        case .missing(let path):
            StateWords.noStateFolder(path)
        case .database(let reason):
            StateWords.databaseUnusable(reason)
        case .unknownValue(let what, let value):
            StateWords.unknownValue(what, value)
        case .unknownAccount(let account):
            StateWords.unknownAccount(account)
        case .alreadyRevoked(let id):
            StateWords.alreadyRevoked(id)
        case .unknownSignatory(let id, let match):
            StateWords.unknownSignatory(id, suggestion: match)
        case .invalidName(let name):
            StateWords.invalidName(name)
        }
    }
}
