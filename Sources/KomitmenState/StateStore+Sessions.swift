import Crypto
import Foundation
import GRDB

/// A browser session of the served pages: its account and the CSRF token its forms carry.
public struct PageSession: Sendable {
    public var account: Account
    /// The form token of this session (derived from the session token, never stored as is).
    public var csrf: String
}

extension StateStore {
    /// How long a session lasts from its login.
    public static let sessionLifetime: TimeInterval = 8 * 3600

    /// A new session for `account`: the cookie's token (shown once, stored only as a SHA-256, like
    /// an access token) and its CSRF token. Expired sessions are dropped on the way.
    public func createSession(for account: Account, now: Date = Date()) throws -> (token: String, session: PageSession)
    {
        let token = AccessToken.generate()
        let csrf = Self.csrfToken(session: token)
        try writer.write { db in
            try db.execute(sql: "DELETE FROM session WHERE expires < ?", arguments: [Timestamp.rfc3339(now)])
            try db.execute(
                sql: "INSERT INTO session (id_hash, account_id, csrf_hash, created, expires) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    Data(AccessToken.hash(token)), account.id, Data(AccessToken.hash(csrf)),
                    Timestamp.rfc3339(now), Timestamp.rfc3339(now.addingTimeInterval(Self.sessionLifetime)),
                ])
        }
        return (token, PageSession(account: account, csrf: csrf))
    }

    /// The live session of a cookie's token: not expired, its account not revoked; else nil.
    public func session(_ token: String, now: Date = Date()) throws -> PageSession? {
        guard token.hasPrefix(AccessToken.prefix), token.utf8.count <= 256 else { return nil }
        let hash = AccessToken.hash(token)
        let csrf = Self.csrfToken(session: token)
        return try writer.read { db -> PageSession? in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT session.id_hash AS id_hash, session.csrf_hash AS csrf_hash, session.expires AS expires,
                               account.id AS id, account.kind AS kind, account.who AS who, account.created AS created,
                               account.revoked AS revoked
                        FROM session JOIN account ON account.id = session.account_id WHERE session.id_hash = ?
                        """, arguments: [Data(hash)]),
                let stored = row["id_hash"] as Data?, ConstantTime.equal(Array(stored), hash),
                let storedCSRF = row["csrf_hash"] as Data?,
                ConstantTime.equal(Array(storedCSRF), AccessToken.hash(csrf)),
                let expires = row["expires"] as String?, expires >= Timestamp.rfc3339(now)
            else { return nil }
            let account = try Self.account(row)
            return account.isRevoked ? nil : PageSession(account: account, csrf: csrf)
        }
    }

    /// Ends a session (logout). Unknown tokens are ignored.
    public func endSession(_ token: String) throws {
        guard token.utf8.count <= 256 else { return }
        try writer.write { db in
            try db.execute(sql: "DELETE FROM session WHERE id_hash = ?", arguments: [Data(AccessToken.hash(token))])
        }
    }

    /// The CSRF token of a session: an HMAC of a fixed label keyed by the session token, so it
    /// is known to whoever holds the session (the page) and to no one else, and needs no
    /// plain-text column.
    static func csrfToken(session token: String) -> String {
        let key = SymmetricKey(data: Array(token.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Array("komitmen csrf v1".utf8), using: key)
        return AccessToken.base64url(Array(mac))
    }
}
