import Foundation
import GRDB
import KomitmenCore

extension StateStore {
    /// Stores a filed version: its bytes, its receipt and its audit entry in one transaction, so
    /// when this returns all three are on disk (and after a crash, none or all). Versions count
    /// from 1 per signatory and quarter. Writing the file under ROOT is the caller's (after this,
    /// so a receipt never names a file that was not kept).
    public func recordFiling(
        signatory: String, quarter: Quarter, bytes: [UInt8], received: Date,
        filing: Receipt.Filing, filedBy: Account
    ) throws -> Receipt {
        let request = try FilingRequest(
            signatory: signatory, quarter: quarter, bytes: bytes, received: received, filing: filing,
            filedBy: filedBy)
        return try pool.write { db in try Self.insertFiling(db, request) }
    }

    /// One filing's rows (version, receipt, audit entry) inside the caller's transaction.
    static func insertFiling(_ db: Database, _ request: FilingRequest) throws -> Receipt {
        let receipt = try insertVersion(
            db, signatory: request.signatory, quarter: request.quarter, bytes: request.bytes, sha256: request.sha256,
            received: request.received, filing: request.filing, filedBy: request.filedBy.actor)
        let (version, digest) = (receipt.version, receipt.sha256)
        try Self.appendAudit(
            db, time: request.received, actor: request.filedBy.actor, action: "report.file",
            subject: receipt.relativePath,
            detail: [
                "receipt": receipt.receipt, "version": String(version), "sha256": digest,
                "filing": request.filing.rawValue, "kind": request.filedBy.kind.rawValue, "who": request.filedBy.who,
            ])
        return receipt
    }

    /// The next version of one report (versions count from 1 per signatory and quarter) stored
    /// with its receipt, inside the caller's transaction: a filing's and an outside change's.
    static func insertVersion(
        _ db: Database, signatory: String, quarter: String, bytes: [UInt8], sha256 digest: String, received: Date,
        filing: Receipt.Filing, filedBy: String
    ) throws -> Receipt {
        let last =
            try Int.fetchOne(
                db, sql: "SELECT MAX(version) FROM receipt WHERE signatory = ? AND quarter = ?",
                arguments: [signatory, quarter]) ?? 0
        let version = last + 1
        let receipt = Receipt(
            receipt: Receipt.id(quarter: quarter, signatory: signatory, version: version, sha256: digest),
            signatory: signatory, quarter: quarter, version: version, sha256: digest,
            received: Timestamp.rfc3339(received), filing: filing, filedBy: filedBy)
        try db.execute(
            sql: """
                INSERT INTO receipt (receipt, signatory, quarter, version, sha256, received, filing, filed_by, bytes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                receipt.receipt, signatory, quarter, version, digest, receipt.received, filing.rawValue, filedBy,
                Data(bytes),
            ])
        return receipt
    }

    /// Whether any version of one report is stored (a filing replaces one or makes the first).
    public func hasReceipt(signatory: String, quarter: Quarter) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM receipt WHERE signatory = ? AND quarter = ?)",
                arguments: [signatory, "\(quarter)"]) ?? false
        }
    }

    /// The receipts of every stored version of one report, oldest first.
    public func versions(signatory: String, quarter: Quarter) throws -> [Receipt] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT receipt, signatory, quarter, version, sha256, received, filing, filed_by FROM receipt
                    WHERE signatory = ? AND quarter = ? ORDER BY version
                    """, arguments: [signatory, "\(quarter)"]
            ).map(Self.receipt)
        }
    }

    /// Version `number` of one report: its receipt and the bytes stored, or nil.
    public func version(_ number: Int, signatory: String, quarter: Quarter) throws -> (
        receipt: Receipt, bytes: [UInt8]
    )? {
        try pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM receipt WHERE signatory = ? AND quarter = ? AND version = ?",
                    arguments: [signatory, "\(quarter)", number])
            else { return nil }
            let bytes: Data = row["bytes"]
            return (Self.receipt(row), Array(bytes))
        }
    }

    /// The latest receipt of each report, by quarter then signatory.
    public func latestReceipts() throws -> [Receipt] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT receipt, signatory, quarter, version, sha256, received, filing, filed_by FROM receipt AS r
                    WHERE version = (SELECT MAX(version) FROM receipt WHERE signatory = r.signatory AND quarter = r.quarter)
                    ORDER BY quarter, signatory
                    """
            ).map(Self.receipt)
        }
    }

    static func receipt(_ row: Row) -> Receipt {
        Receipt(
            receipt: row["receipt"], signatory: row["signatory"], quarter: row["quarter"], version: row["version"],
            sha256: row["sha256"], received: row["received"],
            filing: Receipt.Filing(rawValue: row["filing"]) ?? .late, filedBy: row["filed_by"])
    }
}
