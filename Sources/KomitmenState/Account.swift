/// Who may use the server: a signatory (files for itself alone) or the secretariat (reads
/// everything, reviews, files on a signatory's behalf). Holds no token and no hash.
public struct Account: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case signatory
        case secretariat
    }

    public var id: Int64
    public var kind: Kind
    /// The signatory's id, or the secretariat account's name.
    public var who: String
    /// RFC 3339.
    public var created: String
    /// RFC 3339, when revoked.
    public var revoked: String?

    public var isRevoked: Bool { revoked != nil }

    /// How the audit chain names this account as an actor.
    public var actor: String { "account:\(id)" }

    /// May this account file (or read) `signatory`'s reports?
    public func mayAct(for signatory: String) -> Bool {
        !isRevoked && (kind == .secretariat || who == signatory)
    }
}

/// A new account and its token, which exists only here: print it once, then drop it.
public struct NewAccount: Sendable {
    public var account: Account
    public var token: String
}
