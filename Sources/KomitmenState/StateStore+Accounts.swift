import Foundation
import GRDB
import KomitmenCore

extension StateStore {
    /// A new signatory account. `known` is the repository's signatory ids: an account for a
    /// signatory that does not exist is refused (with the closest id as a hint).
    public func addSignatoryAccount(
        _ signatory: String, known: [String], actor: String,
        now: Date = Date()
    ) throws -> NewAccount {
        guard known.contains(signatory) else {
            throw StateFailure.unknownSignatory(signatory, suggestion: Suggestion.closest(to: signatory, in: known))
        }
        return try addAccount(kind: .signatory, who: signatory, actor: actor, now: now)
    }

    /// A new secretariat account named `name` (letters, digits, `-`, `_`, `.`).
    public func addSecretariatAccount(_ name: String, actor: String, now: Date = Date()) throws -> NewAccount {
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
        }
        guard allowed, (1...64).contains(name.count) else { throw StateFailure.invalidName(name) }
        return try addAccount(kind: .secretariat, who: name, actor: actor, now: now)
    }

    private func addAccount(kind: Account.Kind, who: String, actor: String, now: Date) throws -> NewAccount {
        let token = AccessToken.generate()
        let hash = AccessToken.hash(token)
        let created = Timestamp.rfc3339(now)
        let account = try writer.write { db -> Account in
            try db.execute(
                sql: "INSERT INTO account (kind, who, token_hash, created) VALUES (?, ?, ?, ?)",
                arguments: [kind.rawValue, who, Data(hash), created])
            let account = Account(id: db.lastInsertedRowID, kind: kind, who: who, created: created, revoked: nil)
            try Self.appendAudit(
                db, time: now, actor: actor, action: "account.add", subject: account.actor,
                detail: ["kind": kind.rawValue, "who": who])
            return account
        }
        return NewAccount(account: account, token: token)
    }

    /// Every account, oldest first; tokens are never stored, hashes never leave this file.
    public func accounts() throws -> [Account] {
        try writer.read { db in
            try AccountRow.fetchAll(db, sql: "SELECT id, kind, who, created, revoked FROM account ORDER BY id").map {
                row throws(StateFailure) in try row.read()
            }
        }
    }

    /// Revokes an account given by its id (as `accounts list` shows it). Its token stops working
    /// at once; the row stays, so the chain's references to it still resolve.
    @discardableResult
    public func revokeAccount(_ reference: String, actor: String, now: Date = Date()) throws -> Account {
        guard let id = Int64(reference.hasPrefix("account:") ? String(reference.dropFirst(8)) : reference), id > 0
        else {
            throw StateFailure.unknownAccount(reference)
        }
        return try writer.write { db -> Account in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, kind, who, created, revoked FROM account WHERE id = ?",
                    arguments: [id])
            else { throw StateFailure.unknownAccount(reference) }
            var account = try Self.account(row)
            guard !account.isRevoked else { throw StateFailure.alreadyRevoked(id) }
            account.revoked = Timestamp.rfc3339(now)
            try db.execute(sql: "UPDATE account SET revoked = ? WHERE id = ?", arguments: [account.revoked, id])
            try Self.appendAudit(
                db, time: now, actor: actor, action: "account.revoke", subject: account.actor,
                detail: ["kind": account.kind.rawValue, "who": account.who])
            return account
        }
    }

    /// The live account whose token this is, or nil (unknown or revoked). The row is found by the
    /// token's SHA-256 (an index lookup on a hash reveals nothing of the token), then the hashes
    /// are compared again in constant time before the account is trusted.
    public func authenticate(_ token: String) throws -> Account? {
        guard token.hasPrefix(AccessToken.prefix), token.utf8.count <= 256 else { return nil }
        let hash = AccessToken.hash(token)
        return try writer.read { db -> Account? in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM account WHERE token_hash = ?", arguments: [Data(hash)]),
                let stored = row["token_hash"] as Data?,
                ConstantTime.equal(Array(stored), hash)
            else { return nil }
            let account = try Self.account(row)
            return account.isRevoked ? nil : account
        }
    }

    /// An account row as stored (its token hash aside).
    static func account(_ row: Row) throws -> Account {
        try AccountRow(row: row).read()
    }
}
