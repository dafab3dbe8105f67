import Foundation
import KomitmenCore

/// What changed between two workspaces of one process: every load is a new `epoch` (anything may
/// have changed), and replacing a signatory's report or review gives that signatory a new stamp.
/// What was computed for a signatory from a workspace of the same epoch and the same stamp (its
/// row of the summary) is still right: the server's filings change one signatory at a time.
public struct WorkspaceRevision: Sendable, Equatable {
    public let epoch: UInt64
    private var stamps: [String: UInt64] = [:]
    /// Epochs and stamps alike: never the same number twice in a process.
    private static let revisions = SharedCounter()

    /// A revision no other workspace of this process has.
    public static func fresh() -> WorkspaceRevision {
        WorkspaceRevision(epoch: Self.revisions.next())
    }

    private init(epoch: UInt64) {
        self.epoch = epoch
    }

    /// 0 for a signatory unchanged since the load.
    public func stamp(of signatory: String) -> UInt64 { stamps[signatory] ?? 0 }

    /// This revision with `signatory` changed.
    public func changing(_ signatory: String) -> WorkspaceRevision {
        var next = self
        next.stamps[signatory] = Self.revisions.next()
        return next
    }
}
