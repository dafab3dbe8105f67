import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRender
import KomitmenState

extension Intake {
    /// Sets the review of a report on file: the audit entry, then `reviews/<Q>/<id>.yaml` written
    /// whole; the review as set. `noReport` when there is no report to review.
    public func setReview(
        approved: Bool, comment: String?, quarter: Quarter, signatory: String,
        by account: Account
    ) async throws -> Review {
        let relative = "reports/\(quarter)/\(signatory).yaml"
        return try await locks.run(relative) {
            guard RootFile.exists(root: self.root, relative) else {
                throw IntakeFailure.noReport(quarter, signatory: signatory)
            }
            try self.requirePlainFolders("reviews/\(quarter)")
            let workspace = await self.holder.current()
            // The same checks and the same file text as `komitmen review` (the app layer's draft).
            let draft: ReviewDraft
            switch workspace.reviewDraft(
                signatory: signatory, quarter: quarter,
                state: approved ? .approved : .changesRequested, comment: comment, by: account.who)
            {
            case .success(let made): draft = made
            case .failure(let failure): throw Self.failure(failure, quarter: quarter, signatory: signatory)
            }
            let review = draft.review
            try self.store.recordReview(
                action: "review.set", quarter: "\(quarter)", signatory: signatory, by: account,
                detail: ["state": review.state.rawValue], now: self.settings.now())
            let reviewFile = ReviewLock.relativePath(quarter, signatory)
            await self.holder.willWrite(reviewFile)
            do {
                try self.write(Array(draft.text.utf8), relative: reviewFile, quarter: quarter)
            } catch {
                await self.holder.didWrite(reviewFile)
                throw error
            }
            await self.holder.reviewed(review, quarter: quarter, signatory: signatory)
            await self.holder.didWrite(reviewFile)
            return review
        }
    }

    /// A review the app layer refused, as the intake says it.
    static func failure(_ failure: ReviewFailure, quarter: Quarter, signatory: String) -> IntakeFailure {
        switch failure {
        case .reportMissing: .noReport(quarter, signatory: signatory)
        case .unknownSignatory(let id, let suggestion, _): .unknownSignatory(id, suggestion: suggestion)
        case .commentRequired:
            .invalidReview(
                IntakeWords.commentRequired)
        case .unsafeText(let field, let reason):
            .invalidReview(IntakeWords.unsafeText(field, reason))
        case .emptyText(let field): .invalidReview(IntakeWords.emptyText(field))
        default: .invalidReview(failure.message)
        }
    }

    /// Removes a report's review (reopening it); the audit entry first. False when there was none.
    public func removeReview(quarter: Quarter, signatory: String, by account: Account) async throws -> Bool {
        try await locks.run("reports/\(quarter)/\(signatory).yaml") {
            let relative = ReviewLock.relativePath(quarter, signatory)
            guard RootFile.exists(root: self.root, relative) else { return false }
            try self.requirePlainFolders("reviews/\(quarter)")
            try self.store.recordReview(
                action: "review.remove", quarter: "\(quarter)", signatory: signatory, by: account,
                detail: [:], now: self.settings.now())
            await self.holder.willWrite(relative)
            let removed: Bool
            do {
                removed = try RootFile.remove(root: self.root, relative)
            } catch {
                await self.holder.didWrite(relative)
                throw error
            }
            await self.holder.reviewed(nil, quarter: quarter, signatory: signatory)
            await self.holder.didWrite(relative)
            return removed
        }
    }
}
