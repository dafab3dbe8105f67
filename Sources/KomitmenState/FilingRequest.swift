import Foundation
import KomitmenCore

/// One filing to store: checked and hashed before it waits for a transaction, so a commit does
/// no more than insert.
struct FilingRequest: Sendable {
    var signatory: String
    var quarter: String
    var bytes: [UInt8]
    var sha256: String
    var received: Date
    var filing: Receipt.Filing
    var filedBy: Account
    var lateCorrection: Bool
    /// Checked in the transaction that stores the filing, so filings at the same moment cannot
    /// pass it together; nil files without one (the command line, tests).
    var quota: FilingQuota?
    /// The account's day (in the declaration's time zone): bytes filed since its start count
    /// against `quota.bytesPerDay`; its end is when to try again.
    var day: DateInterval

    init(
        signatory: String, quarter: Quarter, bytes: [UInt8], received: Date, filing: Receipt.Filing,
        filedBy: Account, lateCorrection: Bool = false, quota: FilingQuota? = nil, day: DateInterval? = nil
    ) throws {
        guard Receipt.isValidSignatoryID(signatory) else {
            throw StateFailure.unknownSignatory(signatory, suggestion: nil)
        }
        self.signatory = signatory
        self.quarter = "\(quarter)"
        self.bytes = bytes
        self.sha256 = sha256Hex(bytes)
        self.received = received
        self.filing = filing
        self.filedBy = filedBy
        self.lateCorrection = lateCorrection
        self.quota = quota
        self.day = day ?? DateInterval(start: received, duration: 86_400)
    }
}
