import Foundation
import GRDB

extension StateStore {
    /// Adds an entry after the last one, inside the caller's write transaction, so the change it
    /// records and the entry commit together or not at all.
    @discardableResult
    static func appendAudit(
        _ db: Database, time: Date, actor: String, action: String, subject: String,
        detail: [String: String]
    ) throws -> AuditEntry {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        let seq: Int64 = (last?["seq"] as Int64? ?? 0) + 1
        let prevHash: String = last?["hash"] ?? AuditEntry.genesis
        var entry = AuditEntry(
            seq: seq, time: Timestamp.rfc3339(time), actor: actor, action: action, subject: subject,
            detail: AuditEntry.canonicalDetail(detail), prevHash: prevHash, hash: "")
        entry.hash = entry.expectedHash
        try db.execute(
            sql: """
                INSERT INTO audit (seq, time, actor, action, subject, detail, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.seq, entry.time, entry.actor, entry.action, entry.subject, entry.detail,
                entry.prevHash, entry.hash,
            ])
        return entry
    }

    /// The entries after sequence number `after`, oldest first, at most `limit`.
    public func auditEntries(after: Int64 = 0, limit: Int = 1000) throws -> [AuditEntry] {
        try writer.read { db in
            try AuditEntry.fetchAll(
                db, sql: "SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [after, limit])
        }
    }

    /// How the command line names itself in the chain: `cli:<user>`.
    public static var commandLineActor: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return "cli:" + String(cString: name) }
        return "cli:uid-\(geteuid())"
    }
}
