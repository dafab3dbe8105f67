/// What the server answers for an accepted filing, and keeps with the version's bytes.
public struct Receipt: Sendable, Equatable, Codable {
    public enum Filing: String, Sendable, Codable {
        case onTime = "on-time"
        case late
    }

    /// `<quarter>-<signatory>-v<version>-<first 8 hex digits of sha256>`: unique, and checkable
    /// against the bytes by anyone holding them.
    public var receipt: String
    public var signatory: String
    public var quarter: String
    /// 1 for the first filing of this report, then 2, 3, … for each replacement.
    public var version: Int
    /// SHA-256 of the bytes stored, lowercase hex.
    public var sha256: String
    /// RFC 3339, in UTC as stored and hashed (`received(in:)` gives the declaration's offset).
    public var received: String
    public var filing: Filing
    /// The account that filed: `account:<id>` (the signatory, or the secretariat on its behalf).
    public var filedBy: String
    /// A replacement received after the due date that changed a value: `filing` keeps the first
    /// filing's date, so without this a placeholder filed early would make the real report look
    /// on time.
    public var lateCorrection = false
    /// The filing's audit entry and the chain's head after it; nil only for a version no entry
    /// records (a damaged state).
    public var audit: ReceiptAudit?

    enum CodingKeys: String, CodingKey {
        case receipt, signatory, quarter, version, sha256, received, filing
        case filedBy = "filed_by"
        case lateCorrection = "late_correction"
        case audit
    }

    /// As the API answers it: every key, `audit` null when no entry records the version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(receipt, forKey: .receipt)
        try container.encode(signatory, forKey: .signatory)
        try container.encode(quarter, forKey: .quarter)
        try container.encode(version, forKey: .version)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(received, forKey: .received)
        try container.encode(filing, forKey: .filing)
        try container.encode(filedBy, forKey: .filedBy)
        try container.encode(lateCorrection, forKey: .lateCorrection)
        try container.encode(audit, forKey: .audit)
    }

    /// Where the report lives under ROOT.
    public var relativePath: String { "reports/\(quarter)/\(signatory).yaml" }

    static func id(quarter: String, signatory: String, version: Int, sha256: String) -> String {
        "\(quarter)-\(signatory)-v\(version)-\(sha256.prefix(8))"
    }

    /// DESIGN: ids are lowercase `a-z0-9-`; anything else never reaches a path.
    public static func isValidSignatoryID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 100
            && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

/// Where a receipt sits in the audit chain: whoever keeps the receipt can later show the chain
/// held that entry and that head (`audit verify --receipts`).
public struct ReceiptAudit: Sendable, Equatable, Codable {
    public var sequence: Int64
    /// The hash of the filing's own entry.
    public var hash: String
    /// The chain's head when the filing was answered: its own entry, or a later one committed in
    /// the same transaction.
    public var head: String

    public init(sequence: Int64, hash: String, head: String) {
        self.sequence = sequence
        self.hash = hash
        self.head = head
    }
}
