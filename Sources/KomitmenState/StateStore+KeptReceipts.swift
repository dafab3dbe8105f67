import Foundation
import GRDB
import KomitmenYAML

extension StateStore {
    /// The chain's head: its last entry's sequence number and hash (0 and the genesis hash when
    /// empty). Published, it pins the chain: no one can later cut it short or rewrite it unseen.
    public func auditHead() throws -> (sequence: Int64, hash: String) {
        try writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            return (row?["seq"] ?? 0, row?["hash"] ?? AuditEntry.genesis)
        }
    }

    /// What the chain and the stored versions say against receipts their holders kept: each
    /// receipt's version still stored with its sha256, its audit entry still at its sequence
    /// number with its hash, and the head it was handed with still in the chain. A chain cut
    /// short or rewritten (every hash recomputed) passes `verify`, but not this.
    public func check(_ kept: [KeptReceipt]) throws -> [Phrase] {
        let (entries, stored) = try writer.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT seq, hash FROM audit").map { row -> (Int64, String) in
                    (row["seq"], row["hash"])
                },
                try Row.fetchAll(db, sql: "SELECT receipt, sha256 FROM receipt").map { row -> (String, String) in
                    (row["receipt"], row["sha256"])
                }
            )
        }
        let hashes = Dictionary(entries) { first, _ in first }
        let heads = Dictionary(entries.map { ($1, $0) }) { first, _ in first }
        let digests = Dictionary(stored) { first, _ in first }
        let last = entries.map(\.0).max() ?? 0
        var problems: [Phrase] = []
        for receipt in kept {
            let (file, id) = (receipt.file, receipt.receipt)
            if let digest = digests[id] {
                if digest != receipt.sha256 {
                    problems.append(
                        StateWords.keptDigestDiffers(file, id, receipt, digest))
                }
            } else {
                problems.append(
                    StateWords.keptVersionGone(file, id))
            }
            guard let audit = receipt.audit else { continue }
            guard let hash = hashes[audit.sequence] else {
                problems.append(
                    StateWords.keptChainCut(file, id, audit, last))
                continue
            }
            if hash != audit.hash {
                problems.append(
                    StateWords.keptChainRewritten(file, id, audit, hash))
            } else if (heads[audit.head] ?? 0) < audit.sequence {
                problems.append(
                    StateWords.keptHeadGone(file, id, audit))
            }
        }
        return problems
    }
}
