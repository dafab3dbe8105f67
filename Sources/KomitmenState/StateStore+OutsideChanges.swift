import Foundation
import GRDB
import KomitmenCore
import KomitmenFiles

/// A change made outside the server to a report it holds receipts for, as recorded.
public enum OutsideChange: Sendable, Equatable {
    /// The file's new bytes, stored as a version (`filed_by: outside`).
    case changed(Receipt)
    /// The file is gone; `after` is the receipt whose file it was.
    case removed(after: String)
}

extension StateStore {
    /// Who made a change the server found but did not make (a `git pull`, an editor).
    public static let outsideActor = "outside"
    public static let outsideChangeAction = "report.outside-change"

    /// Records what happened outside the server to `reports/<quarter>/<signatory>.yaml` since its
    /// latest receipt: new bytes become a version with its receipt and an audit entry
    /// (`report.outside-change`, detail with the sha256), a removal an entry alone (sha256
    /// `removed`), in one transaction. Nothing when the file is as recorded, or when the server
    /// never took a filing for it (such a file is the repository's, not the record's). Safe to
    /// repeat: after a crash before the commit the next look records it, after it there is
    /// nothing left to record. Call it under the report's lock, so a filing in flight (receipt
    /// stored, file not yet written) is never taken for a change.
    public func recordOutsideChange(
        root: String, quarter: Quarter, signatory: String, now: Date, filing: ([UInt8]) -> Receipt.Filing
    ) throws -> OutsideChange? {
        guard Receipt.isValidSignatoryID(signatory) else { return nil }
        let quarterText = "\(quarter)"
        let relative = "reports/\(quarterText)/\(signatory).yaml"
        guard let latest = try versions(signatory: signatory, quarter: quarter).last else { return nil }
        let removed = try removalRecorded(after: latest)
        let file = ReportFileDigest.contents(root: root, relative)
        switch file {
        case .unreadable: return nil
        case .missing:
            guard !removed else { return nil }
            try writer.write { db in
                try Self.appendAudit(
                    db, time: now, actor: Self.outsideActor, action: Self.outsideChangeAction, subject: relative,
                    detail: ["sha256": "removed", "after": latest.receipt])
            }
            return .removed(after: latest.receipt)
        case .bytes(let bytes):
            let digest = sha256Hex(bytes)
            guard digest != latest.sha256 || removed else { return nil }
            let kind = filing(bytes)
            let receipt = try writer.write { db -> Receipt in
                var receipt = try Self.insertVersion(
                    db, signatory: signatory, quarter: quarterText, bytes: bytes, sha256: digest, received: now,
                    filing: kind, filedBy: Self.outsideActor)
                let entry = try Self.appendAudit(
                    db, time: now, actor: Self.outsideActor, action: Self.outsideChangeAction, subject: relative,
                    detail: [
                        "receipt": receipt.receipt, "version": String(receipt.version), "sha256": digest,
                        "filing": kind.rawValue, "after": latest.receipt,
                    ])
                receipt.audit = try Self.link(db, receipt: receipt.receipt, to: entry)
                return receipt
            }
            return .changed(receipt)
        }
    }

    /// The latest receipts whose files under `root` are not as recorded (changed, removed, or back
    /// after a removal was recorded): what `recordOutsideChange` would record. One read of the
    /// record, one digest per file, so it suits a start or a SIGHUP.
    public func outsideChangeCandidates(root: String) throws -> [Receipt] {
        let removed = try Self.removals(writer.read { db in try Self.outsideChangeEntries(db) })
        return try latestReceipts().filter { latest in
            let current = ReportFileDigest.of(root: root, latest.relativePath)
            return removed.contains(latest.receipt) ? current != nil : current != latest.sha256
        }
    }

    /// Whether a removal of `latest`'s file was recorded (an entry naming it as `after`).
    public func removalRecorded(after latest: Receipt) throws -> Bool {
        try Self.removals(writer.read { db in try Self.outsideChangeEntries(db) }).contains(latest.receipt)
    }

    static func outsideChangeEntries(_ db: Database) throws -> [AuditEntry] {
        try AuditEntry.fetchAll(
            db, sql: "SELECT * FROM audit WHERE action = ? ORDER BY seq", arguments: [outsideChangeAction])
    }

    /// The receipts whose files were recorded as removed.
    static func removals(_ entries: [AuditEntry]) -> Set<String> {
        Set(
            entries.filter { $0.action == outsideChangeAction }.compactMap { entry in
                let fields = entry.detailFields
                return fields["sha256"] == "removed" ? fields["after"] : nil
            })
    }
}

extension ReportFileDigest {
    enum Contents {
        case missing
        case unreadable
        case bytes([UInt8])
    }

    /// A report file's bytes, read without following a link at any depth; `unreadable` for
    /// anything but a regular file no larger than `largest`.
    static func contents(root: String, _ relative: String) -> Contents {
        switch RootRelativeFile.read(root: root, relative, limit: largest) {
        case .bytes(let bytes): .bytes(bytes)
        case .missing: .missing
        case .refused: .unreadable
        }
    }
}
