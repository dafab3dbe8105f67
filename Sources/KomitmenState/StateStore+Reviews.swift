import Foundation
import GRDB

extension StateStore {
    /// Records a review set (`review.set`) or removed (`review.remove`) by `by`, as an audit entry
    /// on `reviews/<quarter>/<signatory>.yaml`. Called before the review file is written, like a
    /// filing: the chain never misses a change the server made.
    @discardableResult
    public func recordReview(
        action: String, quarter: String, signatory: String, by account: Account,
        detail: [String: String], now: Date = Date()
    ) throws -> AuditEntry {
        guard Receipt.isValidSignatoryID(signatory), ["review.set", "review.remove"].contains(action) else {
            throw StateFailure.unknownSignatory(signatory, suggestion: nil)
        }
        var fields = detail
        fields["kind"] = account.kind.rawValue
        fields["who"] = account.who
        return try writer.write { db in
            try Self.appendAudit(
                db, time: now, actor: account.actor, action: action,
                subject: "reviews/\(quarter)/\(signatory).yaml", detail: fields)
        }
    }
}
