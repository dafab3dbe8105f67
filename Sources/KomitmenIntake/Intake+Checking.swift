import KomitmenApp
import KomitmenCore
import KomitmenState

/// What a filing would store, found without storing anything: the check page shows it.
public struct Checked: Sendable {
    /// The bytes that would be stored (with the server's `submitted:` date).
    public var bytes: [UInt8]
    public var report: Report
    /// `validate`'s warnings of the report (blank indicators, implausible values, ...).
    public var warnings: [Diagnostic]
}

extension Intake {
    /// Checks `bytes` as `file` would, by the same rules and the same `submitted:` rule, and
    /// refuses as it would (a locked report, a folder that is not plain), but stores nothing and
    /// takes no lock: the check page of the two-step form.
    public func check(_ bytes: [UInt8], quarter: Quarter, signatory: String, by account: Account) async throws
        -> Checked
    {
        if ReviewLock.isApproved(root: root, quarter, signatory) {
            throw IntakeFailure.locked(quarter, signatory: signatory)
        }
        try requirePlainFolders("reports/\(quarter)")
        let workspace = await holder.current()
        let (rule, _) = try submittedRule(quarter: quarter, signatory: signatory, by: account, in: workspace)
        let accepted = try await BlockingWork.check {
            try Self.accepted(bytes, quarter: quarter, signatory: signatory, rule: rule, in: workspace)
        }
        // Placed as in the body sent: the form's lines map back to its fields.
        return Checked(bytes: accepted.bytes, report: accepted.report, warnings: accepted.warningsAsSent)
    }

    /// The `submitted:` rule of a filing by `account` now (a replacement keeps the stored date),
    /// and whether the filing replaces a report.
    func submittedRule(quarter: Quarter, signatory: String, by account: Account, in workspace: Workspace) throws
        -> (SubmittedRule, replaced: Bool)
    {
        let relative = "reports/\(quarter)/\(signatory).yaml"
        // Whether a version is stored, not the versions themselves: reading every receipt made
        // each filing slower than the last (the load benchmark's profile).
        let replaced =
            try RootFile.exists(root: root, relative) || store.hasReceipt(signatory: signatory, quarter: quarter)
        let rule = SubmittedRule(
            receiptDate: workspace.today,
            storedDate: replaced ? workspace.report(signatory: signatory, quarter: quarter)?.submitted : nil,
            onBehalf: account.kind == .secretariat)
        return (rule, replaced)
    }
}
