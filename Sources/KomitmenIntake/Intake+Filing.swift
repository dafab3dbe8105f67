import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenFiles
import KomitmenRender
import KomitmenState
import KomitmenYAML

/// An accepted filing: its receipt, and whether it replaced a report already on file.
public struct Filed: Sendable {
    public var receipt: Receipt
    public var replaced: Bool
    /// The declaration's time zone, which the receipt's `received` is answered in.
    public var zone: TimeZone
    /// The report's warnings (a filing with an error is refused), placed as in the body sent.
    public var warnings: [Diagnostic]
}

/// A body that passed: the bytes to store (with the server's date), the report they hold, its
/// warnings as placed in those bytes (kept with the report, as `validate` gives them) and as
/// placed in the body sent (answered).
struct Accepted: Sendable {
    var bytes: [UInt8]
    var report: Report
    var warnings: [Diagnostic]
    var warningsAsSent: [Diagnostic]
}

extension Intake {
    /// Files `bytes` as `signatory`'s report for `quarter`: checked by `validate`'s rules, the
    /// `submitted:` rule applied, then the version, its receipt and its audit entry committed, then
    /// the file written whole (fsync of file and folder), then the repository in memory updated.
    /// When this returns, all of it is on disk. One filing per report at a time.
    public func file(_ bytes: [UInt8], quarter: Quarter, signatory: String, by account: Account) async throws -> Filed {
        let relative = "reports/\(quarter)/\(signatory).yaml"
        return try await locks.run(relative) {
            if ReviewLock.isApproved(root: self.root, quarter, signatory) {
                throw IntakeFailure.locked(quarter, signatory: signatory)
            }
            // Before any receipt: a link where the quarter's folder belongs is never written through.
            try self.requirePlainFolders("reports/\(quarter)")
            let workspace = await self.holder.current()
            // A change made outside to this report is recorded before the filing replaces it.
            if await self.holder.takePending(relative) { try await self.recordOutsideChange(relative) }
            let (rule, replaced) = try self.submittedRule(
                quarter: quarter, signatory: signatory, by: account, in: workspace)
            let accepted = try await BlockingWork.check {
                try Self.accepted(bytes, quarter: quarter, signatory: signatory, rule: rule, in: workspace)
            }
            let (stored, report, warnings) = (accepted.bytes, accepted.report, accepted.warnings)
            guard let declaration = workspace.repository.declaration else { throw IntakeFailure.repositoryHasErrors(1) }
            let due = declaration.dueDate(quarter)
            let filing: Receipt.Filing = report.submitted <= due ? .onTime : .late
            // A correction keeps the first date, so `filing` alone would call it on time.
            let previous = replaced ? workspace.report(signatory: signatory, quarter: quarter) : nil
            let lateCorrection = workspace.today > due && previous.map { $0.values != report.values } ?? false
            let now = self.settings.now()
            // Committed with the filings waiting at the same moment (one fsync for all), then the
            // file written on a thread of its own (its fsyncs block no request).
            let receipt: Receipt
            do {
                receipt = try await self.store.commitFiling(
                    signatory: signatory, quarter: quarter, bytes: stored, received: now, filing: filing,
                    filedBy: account, lateCorrection: lateCorrection, quota: self.settings.quota(for: account),
                    day: Self.day(of: now, in: declaration.timeZone))
            } catch let refused as QuotaExceeded {
                throw IntakeFailure.quotaExceeded(refused)
            }
            await self.holder.willWrite(relative)
            do {
                try await BlockingWork.run {
                    try self.write(stored, relative: relative, quarter: quarter)
                }
            } catch {
                await self.holder.didWrite(relative)
                throw error
            }
            await self.holder.filed(report, warnings: warnings, quarter: quarter, signatory: signatory)
            await self.holder.didWrite(relative)
            if let git = self.git {
                await git.commit(
                    receipt, json: try Self.json(receipt, zone: declaration.timeZone).serialized(pretty: false))
            }
            return Filed(
                receipt: receipt, replaced: replaced, zone: declaration.timeZone, warnings: accepted.warningsAsSent)
        }
    }

    /// The bytes to store, the report they hold and its warnings (kept with it, as `validate`
    /// gives them, and as placed in the body sent), or the failure that says why not.
    static func accepted(
        _ bytes: [UInt8], quarter: Quarter, signatory: String, rule: SubmittedRule,
        in workspace: Workspace
    ) throws(IntakeFailure) -> Accepted {
        let check = workspace.checkReport(bytes: bytes, quarter: quarter, signatory: signatory)
        let root = check.root
        if let mapping = root?.mapping,
            mapping.first(where: { $0.key.scalar?.value == "submitted" }).map({ SubmittedRule.isBlank($0.value) })
                ?? true
        {
            // The server writes the date: the body with it written in, checked again whole.
            let date = rule.dateToInsert
            for placed in SubmittedRule.placings(date, into: bytes, root: root) {
                let second = workspace.checkReport(bytes: placed.bytes, quarter: quarter, signatory: signatory)
                guard SubmittedRule.insertionHolds(original: root, inserted: second.root, date: date) else { continue }
                let asSent = placed.written.asSent(second.diagnostics)
                guard let report = second.report else { throw invalid(asSent) }
                return Accepted(
                    bytes: placed.bytes, report: report, warnings: second.diagnostics, warningsAsSent: asSent)
            }
            throw SubmittedRule.noPlace(for: date, in: check.diagnostics)
        }
        guard let report = check.report else { throw invalid(check.diagnostics) }
        if let expected = rule.problem(with: report.submitted), let node = root?["submitted"] {
            throw .submittedDate(rule.diagnostic(node, expected: expected), expected: expected)
        }
        return Accepted(bytes: bytes, report: report, warnings: check.diagnostics, warningsAsSent: check.diagnostics)
    }

    static func invalid(_ diagnostics: [Diagnostic]) -> IntakeFailure {
        .invalidReport(diagnostics: diagnostics, errors: diagnostics.count { $0.severity == .error })
    }

    /// `folderNotPlain` when a folder on the way to `relativeFolder` under ROOT is a link or a file.
    func requirePlainFolders(_ relativeFolder: String) throws(IntakeFailure) {
        if let entry = RootRelativeFile.firstBlockedFolder(root: root, relativeFolder) {
            logger.warning("refused a write under ROOT: \(entry) is not a plain folder")
            throw .folderNotPlain(entry)
        }
    }

    /// Writes a file under ROOT whole (temporary file, fsync, rename, fsync of the folder), its
    /// folders made when missing and never through a link.
    func write(_ bytes: [UInt8], relative: String, quarter: Quarter) throws {
        let top = relative.split(separator: "/").first.map(String.init) ?? "reports"
        let folders = [top, "\(top)/\(quarter)"].map { (root as NSString).appendingPathComponent($0) }
        for folder in folders {
            if let problem = ReportFolder.prepare(folder) {
                logger.error("cannot write under ROOT: \(problem.en)")
                throw IntakeFailure.internalFailure
            }
        }
        // Between the check before the receipt and now, a link may have been put in place.
        try requirePlainFolders("\(top)/\(quarter)")
        try AtomicFile.write(bytes, to: (root as NSString).appendingPathComponent(relative))
    }

    /// A receipt as answered (and as `--git` writes it into the commit message), `received` with
    /// `zone`'s offset (the declaration's).
    public static func json(_ receipt: Receipt, zone: TimeZone) throws -> JSONValue {
        try JSONValue(encoding: receipt.answered(in: zone))
    }

    /// The day `now` falls in, in `zone`: what an account's daily quota counts.
    static func day(of now: Date, in zone: TimeZone) -> DateInterval {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = calendar.startOfDay(for: now)
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
        return DateInterval(start: start, end: end)
    }
}
