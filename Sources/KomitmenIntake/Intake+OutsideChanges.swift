import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenState

/// Changes made outside the server (a `git pull`, an editor) to reports it holds receipts for are
/// served at once and recorded: the new bytes as a version (`filed_by: outside`) with an audit
/// entry `report.outside-change`, a removal as an entry, so `audit verify` agrees again. Found by
/// the next request's stat scan, by SIGHUP and at start (which also catches what a crash between
/// noticing and recording left), each recorded under the report's lock.
extension Intake {
    /// Records the changes to `relatives` (`reports/<Q>/<id>.yaml`), or, with nil, to every
    /// report whose file disagrees with its latest receipt.
    public func recordOutsideChanges(_ relatives: [String]? = nil) async {
        var paths = relatives ?? []
        if relatives == nil {
            do {
                paths = try store.outsideChangeCandidates(root: root).map(\.relativePath)
            } catch {
                logger.error("state store: \(error)")
                return
            }
        }
        for relative in paths {
            do {
                try await locks.run(relative) { try await self.recordOutsideChange(relative) }
            } catch {
                logger.error("cannot record a change made outside the server to \(relative): \(error)")
                await holder.markPending(relative)
            }
        }
    }

    /// Records one report's outside change; the caller holds its lock.
    func recordOutsideChange(_ relative: String) async throws {
        let parts = relative.split(separator: "/")
        guard parts.count == 3, let quarter = Quarter(String(parts[1])), parts[2].hasSuffix(".yaml") else { return }
        let signatory = String(parts[2].dropLast(5))
        let workspace = await holder.current()
        let change = try store.recordOutsideChange(
            root: root, quarter: quarter, signatory: signatory, now: settings.now()
        ) { bytes in
            Self.filing(bytes, quarter: quarter, signatory: signatory, in: workspace)
        }
        switch change {
        case .changed(let receipt)?:
            logger.notice("recorded a change made outside the server: \(relative) is \(receipt.receipt)")
        case .removed(let after)?:
            logger.notice("recorded a removal made outside the server: \(relative) (after \(after))")
        case nil: break
        }
    }

    /// On time when the bytes' `submitted:` is on or before the due date, else late (also when
    /// they hold no readable report: the record keeps them all the same).
    static func filing(_ bytes: [UInt8], quarter: Quarter, signatory: String, in workspace: Workspace)
        -> Receipt.Filing
    {
        guard let declaration = workspace.repository.declaration,
            let report = workspace.checkReport(bytes: bytes, quarter: quarter, signatory: signatory).report
        else { return .late }
        return report.submitted <= declaration.dueDate(quarter) ? .onTime : .late
    }
}
