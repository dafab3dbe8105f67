import Foundation
import KomitmenCore
import KomitmenFiles

extension StateStore {
    /// Finishes the writes a crash interrupted: a report whose latest receipt was stored but whose
    /// file still holds the previous version (or nothing, for a first filing) gets the stored
    /// bytes. No one was answered for such a filing, but it is recorded, so the record catches up.
    /// A file changed in any other way is left alone (`verify` reports it), and so is one whose
    /// folder is a link or a file (`blocked`: the server starts all the same, its pages name the
    /// entry, and the write is finished at a later start once it is a folder again). Call it
    /// before serving.
    public func completeUnfinishedWrites(root: String) throws -> (written: [String], blocked: [String]) {
        var written: [String] = []
        var blocked: [String] = []
        let removed = try Self.removals(writer.read { db in try Self.outsideChangeEntries(db) })
        for latest in try latestReceipts() {
            // A removal recorded is not a write to finish.
            guard let quarter = Quarter(latest.quarter), !removed.contains(latest.receipt) else { continue }
            let current = ReportFileDigest.of(root: root, latest.relativePath)
            guard current != latest.sha256 else { continue }
            let previous =
                latest.version > 1
                ? try version(latest.version - 1, signatory: latest.signatory, quarter: quarter) : nil
            let folder = "reports/\(latest.quarter)"
            if let entry = RootRelativeFile.firstBlockedFolder(root: root, folder) {
                blocked.append(entry)
                continue
            }
            guard current == previous?.receipt.sha256 || (current == nil && previous == nil),
                let stored = try version(latest.version, signatory: latest.signatory, quarter: quarter)
            else { continue }
            let reports = (root as NSString).appendingPathComponent("reports")
            for folder in [reports, (reports as NSString).appendingPathComponent(latest.quarter)] {
                if let problem = ReportFolder.prepare(folder) { throw StateFailure.folder(folder, reason: problem.en) }
            }
            let path = (root as NSString).appendingPathComponent(latest.relativePath)
            try AtomicFile.write(stored.bytes, to: path)
            written.append(path)
        }
        return (written, blocked)
    }
}
