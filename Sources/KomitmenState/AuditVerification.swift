import Foundation
import GRDB
import KomitmenFiles
import KomitmenYAML

/// What `komitmen audit verify` found: counts, and every disagreement in both languages.
public struct AuditVerification: Sendable {
    public var entries = 0
    public var receipts = 0
    public var filesChecked = 0
    public var problems: [Phrase] = []
    public var isIntact: Bool { problems.isEmpty }
}

extension StateStore {
    /// Checks the chain (every hash, every link, no gap), that every stored version matches its
    /// receipt and the chain's entry for it, that revocations still hold, and that each report's
    /// latest receipt matches its file under `root`.
    ///
    /// The file rule is strict: a report file that differs from its latest receipt disagrees,
    /// whether it was edited outside the server, rolled back or damaged; the record and the
    /// receipts must tell the same story. The one exception is a write a crash interrupted (the
    /// file still holds the previous version, or none for a first filing): no one was answered
    /// for it, and `completeUnfinishedWrites` (the server, when it starts) finishes it; it is
    /// reported as unfinished until then.
    public func verify(root: String) throws -> AuditVerification {
        var result = AuditVerification()
        let (entries, rows, revoked) = try writer.read { db in
            (
                try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq"),
                try Row.fetchAll(db, sql: "SELECT * FROM receipt ORDER BY quarter, signatory, version"),
                try Set(Int64.fetchAll(db, sql: "SELECT id FROM account WHERE revoked IS NOT NULL"))
            )
        }
        result.entries = entries.count
        result.receipts = rows.count
        result.problems += Self.chainProblems(entries)
        result.problems += try Self.receiptProblems(rows, entries: entries, revoked: revoked)
        let removed = Self.removals(entries)
        let latest = Dictionary(grouping: try rows.map { (try Self.receipt($0), $0) }) {
            "\($0.0.quarter)/\($0.0.signatory)"
        }
        for key in latest.keys.sorted() {
            guard let versions = latest[key]?.map(\.0).sorted(by: { $0.version < $1.version }), let last = versions.last
            else { continue }
            result.filesChecked += 1
            if let problem = Self.fileProblem(
                root: root, latest: last, previous: versions.dropLast().last, removed: removed.contains(last.receipt))
            {
                result.problems.append(problem)
            }
        }
        return result
    }

    static func chainProblems(_ entries: [AuditEntry]) -> [Phrase] {
        var problems: [Phrase] = []
        var previous: AuditEntry?
        for entry in entries {
            let expectedSeq = (previous?.seq ?? 0) + 1
            if entry.seq != expectedSeq {
                problems.append(
                    StateWords.entriesMissing(expectedSeq, entry))
            }
            if entry.prevHash != (previous?.hash ?? AuditEntry.genesis) {
                problems.append(
                    StateWords.entryDoesNotFollow(entry))
            }
            if entry.hash != entry.expectedHash {
                problems.append(
                    StateWords.entryChanged(entry))
            }
            previous = entry
        }
        return problems
    }

    static func receiptProblems(_ rows: [Row], entries: [AuditEntry], revoked: Set<Int64>) throws -> [Phrase] {
        var problems: [Phrase] = []
        let filed = Dictionary(
            entries.filter { $0.action == "report.file" || Self.recordsOutsideVersion($0) }.map {
                ($0.detailFields["receipt"] ?? "", $0)
            }
        ) { first, _ in first }
        var stored = Set<String>()
        let hashes = Dictionary(entries.map { ($0.seq, $0.hash) }) { first, _ in first }
        for row in rows {
            let receipt = try Self.receipt(row)
            stored.insert(receipt.receipt)
            // The link a receipt was answered with must still be the chain's (holders compare it).
            if let link = receipt.audit, hashes[link.sequence] != link.hash {
                problems.append(
                    StateWords.receiptNamesUnknownEntry(receipt, link))
            }
            let bytes: Data = row["bytes"] ?? Data()
            if sha256Hex(bytes) != receipt.sha256 {
                problems.append(
                    StateWords.storedBytesDiffer(receipt))
            }
            let fields = filed[receipt.receipt]?.detailFields
            if fields == nil || fields?["sha256"] != receipt.sha256 || fields?["version"] != String(receipt.version)
                || filed[receipt.receipt]?.subject != receipt.relativePath
            {
                problems.append(
                    StateWords.receiptNotInChain(receipt))
            }
        }
        for (id, entry) in filed where !stored.contains(id) {
            problems.append(
                StateWords.entryRecordsGoneReceipt(entry, id))
        }
        for entry in entries where entry.action == "account.revoke" {
            if let id = Int64(entry.subject.replacingOccurrences(of: "account:", with: "")), !revoked.contains(id) {
                problems.append(
                    StateWords.revokedAccountActive(entry, id))
            }
        }
        return problems.sorted { $0.en < $1.en }
    }

    /// nil when `latest`'s file under `root` holds its bytes; else what is wrong with it.
    /// A removal recorded after `latest` (`removed`) means the file should be gone.
    static func fileProblem(root: String, latest: Receipt, previous: Receipt?, removed: Bool = false) -> Phrase? {
        let path = (root as NSString).appendingPathComponent(latest.relativePath)
        let current = ReportFileDigest.of(root: root, latest.relativePath)
        if removed {
            guard current != nil else { return nil }
            return StateWords.removedFileIsThere(path, latest)
        }
        if current == latest.sha256 { return nil }
        if let entry = RootRelativeFile.firstBlockedFolder(root: root, "reports/\(latest.quarter)") {
            return StateWords.folderBlocksCheck(path, latest, entry)
        }
        let unfinished = current == previous?.sha256 || (current == nil && previous == nil)
        if unfinished {
            return StateWords.unfinishedWrite(path, latest)
        }
        guard current != nil else {
            return StateWords.fileMissing(path, latest)
        }
        return StateWords.fileDiffers(path, latest)
    }
}

extension StateStore {
    /// An outside change that stored a version (not a removal).
    static func recordsOutsideVersion(_ entry: AuditEntry) -> Bool {
        entry.action == outsideChangeAction && entry.detailFields["receipt"] != nil
    }
}

/// The SHA-256 of a report file under ROOT, read without following a link at any depth; nil when
/// nothing is there. Larger files than any filing may be are not read: they differ anyway.
enum ReportFileDigest {
    static let largest = 16 << 20

    static func of(root: String, _ relative: String) -> String? {
        switch RootRelativeFile.read(root: root, relative, limit: largest) {
        case .bytes(let bytes): sha256Hex(bytes)
        case .missing: nil
        // Never a digest: a link, a device, a link on the way, or too large.
        case .refused: "not a plain file"
        }
    }
}
