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
        filing: Receipt.Filing, filedBy: Account, lateCorrection: Bool = false, quota: FilingQuota? = nil,
        day: DateInterval? = nil
    ) throws -> Receipt {
        let request = try FilingRequest(
            signatory: signatory, quarter: quarter, bytes: bytes, received: received, filing: filing,
            filedBy: filedBy, lateCorrection: lateCorrection, quota: quota, day: day)
        return try writer.write { db in try Self.insertFiling(db, request) }
    }

    /// One filing's rows (version, receipt, audit entry) inside the caller's transaction, after
    /// its quota is checked (`QuotaExceeded`, nothing stored). The receipt's head is its own entry
    /// until `setHead` moves it to the last entry of the transaction.
    static func insertFiling(_ db: Database, _ request: FilingRequest) throws -> Receipt {
        if let quota = request.quota { try checkQuota(db, quota, request) }
        var receipt = try insertVersion(
            db, signatory: request.signatory, quarter: request.quarter, bytes: request.bytes, sha256: request.sha256,
            received: request.received, filing: request.filing, filedBy: request.filedBy.actor,
            lateCorrection: request.lateCorrection)
        let (version, digest) = (receipt.version, receipt.sha256)
        var detail = [
            "receipt": receipt.receipt, "version": String(version), "sha256": digest,
            "filing": request.filing.rawValue, "kind": request.filedBy.kind.rawValue, "who": request.filedBy.who,
        ]
        // In the chain too, so a mark removed later is found.
        if request.lateCorrection { detail["late_correction"] = "true" }
        let entry = try Self.appendAudit(
            db, time: request.received, actor: request.filedBy.actor, action: "report.file",
            subject: receipt.relativePath, detail: detail)
        receipt.audit = try link(db, receipt: receipt.receipt, to: entry)
        return receipt
    }

    /// Stores where `receipt` sits in the chain (its entry, the head after it).
    static func link(_ db: Database, receipt: String, to entry: AuditEntry) throws -> ReceiptAudit {
        try db.execute(
            sql: "UPDATE receipt SET audit_seq = ?, audit_hash = ?, audit_head = ? WHERE receipt = ?",
            arguments: [entry.seq, entry.hash, entry.hash, receipt])
        return ReceiptAudit(sequence: entry.seq, hash: entry.hash, head: entry.hash)
    }

    /// Moves the head of `receipts` to the chain's last entry: a batch's receipts name the head
    /// their transaction left, which holds each of them.
    static func setHead(_ db: Database, of receipts: [Receipt]) throws -> String? {
        guard let head = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1") else {
            return nil
        }
        for receipt in receipts {
            try db.execute(
                sql: "UPDATE receipt SET audit_head = ? WHERE receipt = ?", arguments: [head, receipt.receipt])
        }
        return head
    }

    /// Versions stored before receipts carried their audit link (schema v1) get it from the
    /// entry that records them; the head is that entry (the chain's head right after it).
    static func linkOldReceipts(_ db: Database) throws {
        let entries = try AuditEntry.fetchAll(
            db, sql: "SELECT * FROM audit WHERE action IN (?, ?) ORDER BY seq",
            arguments: ["report.file", outsideChangeAction])
        for entry in entries {
            guard let receipt = entry.detailFields["receipt"] else { continue }
            try db.execute(
                sql:
                    "UPDATE receipt SET audit_seq = ?, audit_hash = ?, audit_head = ? WHERE receipt = ? AND audit_seq IS NULL",
                arguments: [entry.seq, entry.hash, entry.hash, receipt])
        }
    }

    /// The next version of one report (versions count from 1 per signatory and quarter) stored
    /// with its receipt, inside the caller's transaction: a filing's and an outside change's.
    static func insertVersion(
        _ db: Database, signatory: String, quarter: String, bytes: [UInt8], sha256 digest: String, received: Date,
        filing: Receipt.Filing, filedBy: String, lateCorrection: Bool = false
    ) throws -> Receipt {
        let last =
            try Int.fetchOne(
                db, sql: "SELECT MAX(version) FROM receipt WHERE signatory = ? AND quarter = ?",
                arguments: [signatory, quarter]) ?? 0
        let version = last + 1
        let receipt = Receipt(
            receipt: Receipt.id(quarter: quarter, signatory: signatory, version: version, sha256: digest),
            signatory: signatory, quarter: quarter, version: version, sha256: digest,
            received: Timestamp.rfc3339(received), filing: filing, filedBy: filedBy, lateCorrection: lateCorrection)
        try db.execute(
            sql: """
                INSERT INTO receipt (receipt, signatory, quarter, version, sha256, received, filing, filed_by, bytes,
                    late_correction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                receipt.receipt, signatory, quarter, version, digest, receipt.received, filing.rawValue, filedBy,
                Data(bytes), lateCorrection,
            ])
        return receipt
    }

    /// Whether any version of one report is stored (a filing replaces one or makes the first).
    public func hasReceipt(signatory: String, quarter: Quarter) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM receipt WHERE signatory = ? AND quarter = ?)",
                arguments: [signatory, "\(quarter)"]) ?? false
        }
    }

    /// The receipts of every stored version of one report, oldest first.
    public func versions(signatory: String, quarter: Quarter) throws -> [Receipt] {
        try writer.read { db in
            try ReceiptRow.fetchAll(
                db,
                sql: """
                    SELECT \(Self.receiptColumns) FROM receipt
                    WHERE signatory = ? AND quarter = ? ORDER BY version
                    """, arguments: [signatory, "\(quarter)"]
            ).map { row throws(StateFailure) in try row.read() }
        }
    }

    /// Version `number` of one report: its receipt and the bytes stored, or nil.
    public func version(_ number: Int, signatory: String, quarter: Quarter) throws -> (
        receipt: Receipt, bytes: [UInt8]
    )? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM receipt WHERE signatory = ? AND quarter = ? AND version = ?",
                    arguments: [signatory, "\(quarter)", number])
            else { return nil }
            let bytes: Data = row["bytes"]
            return (try Self.receipt(row), Array(bytes))
        }
    }

    /// The latest receipt of each report, by quarter then signatory.
    public func latestReceipts() throws -> [Receipt] {
        try writer.read { db in
            try ReceiptRow.fetchAll(
                db,
                sql: """
                    SELECT \(Self.receiptColumns) FROM receipt AS r
                    WHERE version = (SELECT MAX(version) FROM receipt WHERE signatory = r.signatory AND quarter = r.quarter)
                    ORDER BY quarter, signatory
                    """
            ).map { row throws(StateFailure) in try row.read() }
        }
    }

    /// Every column of a receipt but its bytes.
    static let receiptColumns =
        "receipt, signatory, quarter, version, sha256, received, filing, filed_by, late_correction, audit_seq, audit_hash, audit_head"

    /// A receipt row as stored (its bytes aside).
    static func receipt(_ row: Row) throws -> Receipt {
        try ReceiptRow(row: row).read()
    }
}
