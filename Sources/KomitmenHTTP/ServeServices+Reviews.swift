import Foundation
import KomitmenCore
import KomitmenRender
import KomitmenServer

extension ServeServices {
    /// Sets the review of a report on file: the audit entry, then `reviews/<Q>/<id>.yaml` written
    /// whole. 404 when there is no report to review.
    public func setReview(approved: Bool, comment: String?, quarter: Quarter, signatory: String,
                          by account: Account) async throws -> JSONValue {
        let relative = "reports/\(quarter)/\(signatory).yaml"
        return try await locks.run(relative) {
            guard RootFile.exists(root: self.root, relative) else { throw APIError.noReport(quarter, signatory) }
            let workspace = await self.holder.current()
            let review = Review(state: approved ? .approved : .changesRequested, by: account.who, on: workspace.today, comment: comment)
            try self.store.recordReview(action: "review.set", quarter: "\(quarter)", signatory: signatory, by: account,
                                        detail: ["state": review.state.rawValue], now: self.configuration.now())
            try self.write(Array(review.text.utf8), relative: Review.relativePath(quarter, signatory), quarter: quarter)
            return .object([
                "signatory": .string(signatory), "quarter": .string("\(quarter)"), "state": .string(review.state.rawValue),
                "by": .string(review.by), "on": .string("\(review.on)"), "comment": .optional(comment),
            ])
        }
    }

    /// Removes a report's review (reopening it); the audit entry first. False when there was none.
    public func removeReview(quarter: Quarter, signatory: String, by account: Account) async throws -> Bool {
        try await locks.run("reports/\(quarter)/\(signatory).yaml") {
            let relative = Review.relativePath(quarter, signatory)
            guard RootFile.exists(root: self.root, relative) else { return false }
            try self.store.recordReview(action: "review.remove", quarter: "\(quarter)", signatory: signatory, by: account,
                                        detail: [:], now: self.configuration.now())
            return try RootFile.remove(root: self.root, relative)
        }
    }
}
