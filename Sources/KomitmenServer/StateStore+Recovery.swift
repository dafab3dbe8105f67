import Foundation
import KomitmenApp
import KomitmenCore

extension StateStore {
    /// Finishes the writes a crash interrupted: a report whose latest receipt was stored but whose
    /// file still holds the previous version (or nothing, for a first filing) gets the stored
    /// bytes. No one was answered for such a filing, but it is recorded, so the record catches up.
    /// A file changed in any other way is left alone (`verify` reports it). Returns the paths
    /// written. Call it before serving.
    public func completeUnfinishedWrites(root: String) throws -> [String] {
        var written: [String] = []
        let removed = try Self.removals(pool.read { db in try Self.outsideChangeEntries(db) })
        for latest in try latestReceipts() {
            // A removal recorded is not a write to finish.
            guard let quarter = Quarter(latest.quarter), !removed.contains(latest.receipt) else { continue }
            let path = (root as NSString).appendingPathComponent(latest.relativePath)
            let current = ReportFileDigest.of(path)
            guard current != latest.sha256 else { continue }
            let previous =
                latest.version > 1
                ? try version(latest.version - 1, signatory: latest.signatory, quarter: quarter) : nil
            guard current == previous?.receipt.sha256 || (current == nil && previous == nil),
                let stored = try version(latest.version, signatory: latest.signatory, quarter: quarter)
            else { continue }
            let reports = (root as NSString).appendingPathComponent("reports")
            for folder in [reports, (reports as NSString).appendingPathComponent(latest.quarter)] {
                if let problem = ReportFolder.prepare(folder) { throw StateFailure.folder(folder, reason: problem.en) }
            }
            try AtomicFile.write(stored.bytes, to: path)
            written.append(path)
        }
        return written
    }
}
