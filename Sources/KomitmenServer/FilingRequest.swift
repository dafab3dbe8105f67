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

    init(
        signatory: String, quarter: Quarter, bytes: [UInt8], received: Date, filing: Receipt.Filing,
        filedBy: Account
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
    }
}
