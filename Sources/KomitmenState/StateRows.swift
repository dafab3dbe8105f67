import GRDB
import KomitmenText

/// The audit table's rows are audit entries as they are: the columns are the entry's coding keys.
extension AuditEntry: FetchableRecord {}

/// A receipt row as stored (every column but the bytes), read by its column names; `receipt()`
/// checks what the schema's CHECK constraints should already have held.
struct ReceiptRow: Decodable, FetchableRecord {
    var receipt: String
    var signatory: String
    var quarter: String
    var version: Int
    var sha256: String
    var received: String
    var filing: String
    var filedBy: String
    var lateCorrection: Bool?
    var auditSeq: Int64?
    var auditHash: String?
    var auditHead: String?

    enum CodingKeys: String, CodingKey {
        case receipt, signatory, quarter, version, sha256, received, filing
        case filedBy = "filed_by"
        case lateCorrection = "late_correction"
        case auditSeq = "audit_seq"
        case auditHash = "audit_hash"
        case auditHead = "audit_head"
    }

    /// The receipt; a `filing` neither `on-time` nor `late` is named, never read as one of them
    /// (the store wrote it, so another value means the file was changed).
    func read() throws(StateFailure) -> Receipt {
        guard let filing = Receipt.Filing(rawValue: filing) else {
            throw .unknownValue(
                what: StateWords.filingOfReceipt(receipt),
                value: filing)
        }
        let audit = auditSeq.flatMap { sequence in
            auditHash.map { ReceiptAudit(sequence: sequence, hash: $0, head: auditHead ?? $0) }
        }
        return Receipt(
            receipt: receipt, signatory: signatory, quarter: quarter, version: version, sha256: sha256,
            received: received, filing: filing, filedBy: filedBy, lateCorrection: lateCorrection ?? false,
            audit: audit)
    }
}

/// An account row as stored (never its token hash).
struct AccountRow: Decodable, FetchableRecord {
    var id: Int64
    var kind: String
    var who: String
    var created: String
    var revoked: String?

    /// The account; an unknown `kind` is named, never read as a signatory's.
    func read() throws(StateFailure) -> Account {
        guard let kind = Account.Kind(rawValue: kind) else {
            throw .unknownValue(what: StateWords.kindOfAccount(id), value: kind)
        }
        return Account(id: id, kind: kind, who: who, created: created, revoked: revoked)
    }
}
