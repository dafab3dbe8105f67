import Foundation
import GRDB

extension StateStore {
    /// Refuses `request` (`QuotaExceeded`) when its report already holds `quota.versionsPerReport`
    /// versions, or when it would take its account past `quota.bytesPerDay` since the day began.
    /// Runs in the transaction that would store it; both counts use an index.
    static func checkQuota(_ db: Database, _ quota: FilingQuota, _ request: FilingRequest) throws {
        let versions =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM receipt WHERE signatory = ? AND quarter = ?",
                arguments: [request.signatory, request.quarter]) ?? 0
        if versions >= quota.versionsPerReport { throw QuotaExceeded.versions(limit: quota.versionsPerReport) }
        let used =
            try Int.fetchOne(
                db, sql: "SELECT COALESCE(SUM(length(bytes)), 0) FROM receipt WHERE filed_by = ? AND received >= ?",
                arguments: [request.filedBy.actor, Timestamp.rfc3339(request.day.start)]) ?? 0
        if used + request.bytes.count > quota.bytesPerDay {
            let wait = Int(request.day.end.timeIntervalSince(request.received).rounded(.up))
            throw QuotaExceeded.bytesPerDay(limit: quota.bytesPerDay, used: used, retryAfter: max(1, wait))
        }
    }

}
