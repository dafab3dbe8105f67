import Foundation
import KomitmenYAML

/// How much one account may file (DESIGN: 429 `quota_exceeded`), so a valid token cannot fill the
/// disk: every version is kept. `versionsPerReport` counts every stored version of the report,
/// whoever filed it; `bytesPerDay` counts the bytes this account filed since the day began in
/// the declaration's time zone.
public struct FilingQuota: Sendable, Equatable {
    public var versionsPerReport: Int
    public var bytesPerDay: Int

    public init(versionsPerReport: Int, bytesPerDay: Int) {
        self.versionsPerReport = versionsPerReport
        self.bytesPerDay = bytesPerDay
    }

    /// A signatory's account: 30 versions of one report, 20 MiB a day.
    public static let signatory = FilingQuota(versionsPerReport: 30, bytesPerDay: 20 << 20)
    /// The secretariat files for many signatories and may correct a report whose signatory
    /// reached its limit: 100 versions of one report, 200 MiB a day.
    public static let secretariat = FilingQuota(versionsPerReport: 100, bytesPerDay: 200 << 20)
}

/// A filing refused by its account's quota; nothing was stored.
public enum QuotaExceeded: Error, Sendable, Equatable {
    /// The report already holds `limit` versions.
    case versions(limit: Int)
    /// This filing would take the account past `limit` bytes today (`used` already filed).
    case bytesPerDay(limit: Int, used: Int, retryAfter: Int)

    public var message: Phrase {
        switch self {
        case .versions(let limit):
            StateWords.versionLimit(limit)
        case .bytesPerDay(let limit, let used, _):
            StateWords.dailyByteLimit(limit, used: used)
        }
    }
}
